// Turns a sentence into comparable terms: lower case, one kind of quote mark,
// contractions spelt out (didn't -> did not), punctuation and stop words
// dropped, words reduced to a rough stem, and a few reporting verbs and
// near-synonyms folded together so paraphrases share terms.

const CONTRACTION = /\b(won|can|shan|ain)'t\b|n't\b|'(re|m|ll|ve|d|s)\b/g;
const WHOLE: Record<string, string> = { won: 'will not', can: 'can not', shan: 'shall not', ain: 'is not' };
const ENDINGS: Record<string, string> = { re: ' are', m: ' am', ll: ' will', ve: ' have', d: ' would', s: '' };

export const STOP_WORDS = new Set(
  ('a an the and or but if then so of in on at to for from by with about as into over after before than that this ' +
    'these those there here it its he him his she her they them their we us our you your i me my mine be is am are was ' +
    'were been being do does did done have has had having will would shall should can could may might must also just ' +
    'very really what which who whom whose when where why how all any some such only own same too s t').split(' '),
);


const NEGATIONS = new Set(['not', 'no', 'never', 'nothing', 'none', 'nor']);

const SYNONYMS: Record<string, string> = {
  said: 'say', says: 'say', saying: 'say', told: 'say', tell: 'say', tells: 'say', stated: 'say', states: 'say',
  added: 'say', insisted: 'say', insists: 'say', claimed: 'say', claims: 'say', according: 'say',
  interfere: 'meddle', interfered: 'meddle', interference: 'meddle', interfering: 'meddle', meddling: 'meddle',
  meddled: 'meddle', elections: 'election', vote: 'election', polls: 'election',
  talked: 'discuss', talk: 'discuss', talks: 'discuss', discussed: 'discuss', discussion: 'discuss', raised: 'discuss',
  denies: 'deny', denied: 'deny', denying: 'deny', denial: 'deny', rejected: 'deny',
};

/** Straight quotes, plain apostrophes, lower case. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„]/g, '"');
}

/** A rough English stem: enough to let "meddles", "meddled" and "meddle" meet. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  let out = word;
  for (const [re, to] of SUFFIXES) {
    if (re.test(out)) {
      const cut = out.replace(re, to);
      if (cut.length >= 3) out = cut;
      break;
    }
  }
  // A final silent e goes too, so "meddle", "meddles" and "meddled" meet.
  return out.length > 3 && out.endsWith('e') ? out.slice(0, -1) : out;
}

const SUFFIXES: [RegExp, string][] = [
  [/ies$/, 'y'],
  [/ied$/, 'y'],
  [/(ss)es$/, '$1'],
  [/([^s])s$/, '$1'],
  [/ingly$/, ''],
  [/edly$/, ''],
  [/ing$/, ''],
  [/ed$/, ''],
  [/ly$/, ''],
  [/ment$/, ''],
  [/ness$/, ''],
];

/** The words of a text after folding and spelling out contractions (stop words kept). */
export function words(text: string): string[] {
  const folded = foldText(text).replace(CONTRACTION, (_m, whole: string | undefined, ending: string | undefined) =>
    whole ? WHOLE[whole] : ending !== undefined ? ENDINGS[ending] : ' not',
  );
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The comparable terms of a text. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    // Negation words are stop words here: they decide the relation (see cues), not the topic.
    if (STOP_WORDS.has(w) || NEGATIONS.has(w)) continue;
    out.push(stem(SYNONYMS[w] ?? w));
  }
  return out;
}

/** Kinds of negation or denial a passage carries; two passages differing here disagree. */
export type Cue = 'negation' | 'falsity' | 'not-discussed';

export function cues(text: string): Set<Cue> {
  const ws = words(text);
  const found = new Set<Cue>();
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (NEGATIONS.has(w) || /^den(y|ied|ies|ying|ial)$/.test(w)) {
      found.add('negation');
    }
    if (w === 'false' || w === 'untrue' || w === 'lie' || w === 'lies' || w === 'lying' || w === 'fake') found.add('falsity');
    if ((w === 'not' || w === 'never') && /^(discuss|discussed|raise|raised|talk|talked|mention|mentioned)$/.test(ws[i + 1] ?? '')) {
      found.add('not-discussed');
    }
  }
  return found;
}
