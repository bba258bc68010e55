// Finds candidate claims in an article's plain text: direct quotes (straight or
// curly double quotes, across sentences and continued across paragraphs) and
// reported speech ("X said that…", "according to X", "X denied…"), each with
// its speaker where the text names one. A pronoun speaker is resolved only to
// the named subject of the sentence just before; otherwise it is left empty.
import { splitSentences, type SentenceSpan } from '../similarity/sentences';

export type QuoteKind = 'quote' | 'reported';

export interface QuoteCandidate {
  /** Offsets of the quoted words (inside the quote marks) or of the reported clause. */
  start: number;
  end: number;
  text: string;
  /** Who is quoted, as the text names them; '' when it does not say or is unclear. */
  speaker: string;
  kind: QuoteKind;
}

interface RawQuote {
  open: number;
  close: number;
}

const OPENING = '“';
const CLOSING = '”';

/** Double-quoted stretches: [open mark, close mark]. Curly marks pair up; straight ones toggle. */
function scanQuotes(text: string): RawQuote[] {
  const quotes: RawQuote[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const straight = ch === '"';
    const opens = ch === OPENING || (straight && open < 0 && (i === 0 || /[\s([—–-]/.test(text[i - 1])));
    const closes = ch === CLOSING || (straight && open >= 0);
    if (open >= 0 && text.startsWith('\n\n', i)) {
      // A quote running on into the next paragraph reopens there; anything else left it unclosed.
      let next = i;
      while (next < text.length && /\s/.test(text[next])) next++;
      if (text[next] === OPENING || text[next] === '"') {
        i = next;
        continue;
      }
      open = -1;
      continue;
    }
    if (opens && open < 0) open = i;
    else if (closes && open >= 0) {
      quotes.push({ open, close: i });
      open = -1;
    }
  }
  return quotes;
}

const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|continued|insisted|insists|claimed|claims|stated|states|explained|' +
  'denied|denies|announced|argued|noted|asked|replied|shot back|wrote|tweeted|declared|complained|reiterated|' +
  'acknowledged|confirmed|concluded|reported|warned|revealed';
/** A capitalised word, an initial ("F."), a dotted acronym ("U.S.") or a dotted title ("Mr."). */
const NAME_WORD = "(?:\\p{Lu}\\.(?:\\p{Lu}\\.)*|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr)\\.|\\p{Lu}[\\p{L}'’-]*)";
const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,4}`;
const ROLE = "(?:['’]s\\s+(?:press office|office|press secretary|spokesman|spokeswoman|spokesperson|government|ministry))";
const SUBJECT = `(${NAME}${ROLE}?|[Hh]e|[Ss]he)`;
const ADVERB = '(?:\\s+(?:also|later|then|again|once again|repeatedly|firmly|vehemently))*';

/** Speaker right after a closing quote: `,” Trump said` or `,” said Trump`. */
const AFTER_QUOTE = new RegExp(`^[ \\t,]*(?:${SUBJECT}${ADVERB}\\s+(?:${SPEECH_VERBS})\\b|(?:${SPEECH_VERBS})\\s+(${NAME}))`, 'u');
/** Speaker right before an opening quote: `Trump said: “` or `Putin’s office insisted that “`. */
const BEFORE_QUOTE = new RegExp(`${SUBJECT}${ADVERB}\\s+(?:${SPEECH_VERBS})(?:\\s+\\w+){0,3}?(?:\\s+that)?[\\s,:]*$`, 'u');
/** Reported speech: `Trump told reporters that …`, `Trump says he …`, `Putin denied …`. */
const REPORTED = new RegExp(
  `(?:^|[\\s,;])${SUBJECT}${ADVERB}\\s+(${SPEECH_VERBS})\\b` +
    `(?:\\s+(?:reporters|journalists|him|her|them|us)\\b(?:(?:\\s+[^,\\s“"]+){0,6}?\\s+that\\b)?)?(?:\\s+that\\b)?\\s+`,
  'u',
);
const ACCORDING_TO = new RegExp(`,?\\s*according to (${NAME})`, 'u');

const NOT_NAMES = new Set([
  'The', 'But', 'And', 'When', 'While', 'At', 'In', 'On', 'If', 'It', 'This', 'That', 'They', 'We', 'You', 'I', 'Now', 'Then',
  'What', 'Who', 'A', 'An', 'As', 'With', 'After', 'Before', 'So', 'No', 'Yes', 'Later',
]);
/** Sentence-opening words a capitalised subject match may start with. */
const LEADING_CONJUNCTIONS = new Set(['But', 'And', 'While', 'When', 'If', 'As', 'After', 'Before', 'So', 'Now', 'Then', 'Yet']);
const TITLES = new Set([
  'President', 'Russian', 'American', 'U.S.', 'Former', 'former', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Sen.', 'Senator', 'Rep.',
  'Gov.', 'Governor', 'Secretary', 'Press', 'White', 'House', 'Minister', 'Prime', 'Director', 'Chancellor', 'General',
]);

/** A named speaker with leading titles dropped ("President Donald Trump" → "Donald Trump"); '' if not a name. */
function cleanName(raw: string | undefined): string {
  if (!raw) return '';
  const words = raw.trim().split(/\s+/);
  while (words.length > 1 && LEADING_CONJUNCTIONS.has(words[0])) words.shift();
  if (/['’]s$/.test(words[0]) || words.some((w) => /^(office|press|secretary)$/.test(w))) return words.join(' ');
  while (words.length > 1 && TITLES.has(words[0])) words.shift();
  if (words.length === 1 && (NOT_NAMES.has(words[0]) || TITLES.has(words[0]))) return '';
  return words.join(' ');
}

const isPronoun = (s: string | undefined) => s !== undefined && /^(he|she)$/i.test(s);

/** The person a sentence opens with, if it opens with a name: the antecedent of a following "he". */
function sentenceSubject(sentence: string): string {
  const m = new RegExp(`^[“"]?(${NAME}${ROLE}?)`, 'u').exec(sentence);
  if (!m) return '';
  // "Putin’s press secretary Dmitri Pesko": the person is the name after the role.
  const afterRole = new RegExp(`['’]s\\s+(?:[a-z]+\\s+){1,3}(${NAME})`, 'u').exec(sentence.slice(0, 120));
  if (afterRole && afterRole.index < m[0].length + 2) return cleanName(afterRole[1]);
  return cleanName(m[1]);
}

function sentenceBefore(sentences: SentenceSpan[], offset: number): SentenceSpan | undefined {
  let found: SentenceSpan | undefined;
  for (const s of sentences) {
    if (s.end <= offset) found = s;
    else break;
  }
  return found;
}

function resolveSpeaker(raw: string | undefined, sentences: SentenceSpan[], at: number): string {
  if (!isPronoun(raw)) return cleanName(raw);
  const previous = sentenceBefore(sentences, at);
  return previous ? sentenceSubject(previous.text) : '';
}

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

function findDirectQuotes(text: string, sentences: SentenceSpan[]): QuoteCandidate[] {
  const found: QuoteCandidate[] = [];
  let previous: { speaker: string; paragraphEnd: number } | null = null;
  for (const q of scanQuotes(text)) {
    const inner = text.slice(q.open + 1, q.close);
    // One quoted word is a term or a scare quote ("reset"), not a statement.
    if (wordCount(inner) < 2) continue;
    const paragraphEnd = text.indexOf('\n\n', q.close) < 0 ? text.length : text.indexOf('\n\n', q.close);
    const lineStart = text.lastIndexOf('\n', q.open) + 1;
    const after = AFTER_QUOTE.exec(text.slice(q.close + 1, Math.min(text.length, q.close + 120)));
    const before = BEFORE_QUOTE.exec(text.slice(Math.max(lineStart, q.open - 160), q.open));
    // A quote ending its own sentence ("…it.”) is more often introduced before than
    // attributed after: the next sentence may be someone else's.
    const endsSentence = /[.!?…]\s*$/.test(inner);
    let speaker = '';
    if (before && (endsSentence || !after)) speaker = resolveSpeaker(before[1], sentences, q.open - before[0].length);
    else if (after) speaker = resolveSpeaker(after[1] ?? after[2], sentences, q.open);
    else if (previous && previous.paragraphEnd === paragraphEnd) {
      // A second quote in the same paragraph with no attribution continues the first speaker.
      speaker = previous.speaker;
    }
    found.push({ start: q.open + 1, end: q.close, text: inner, speaker, kind: 'quote' });
    previous = { speaker, paragraphEnd };
  }
  return found;
}

function findReportedSpeech(text: string, sentences: SentenceSpan[], quotes: QuoteCandidate[]): QuoteCandidate[] {
  const found: QuoteCandidate[] = [];
  const insideQuote = (at: number) => quotes.some((q) => at >= q.start && at < q.end);
  for (const s of sentences) {
    const body = s.text.replace(/[.!?…]+[”"’]*$/, '');
    const according = ACCORDING_TO.exec(body);
    if (according) {
      const clauseStart = Math.max(body.lastIndexOf('”', according.index), body.lastIndexOf('"', according.index)) + 1;
      const clause = body.slice(clauseStart, according.index);
      const lead = clause.length - clause.trimStart().length;
      if (wordCount(clause) >= 3 && !insideQuote(s.start + clauseStart + lead)) {
        found.push(candidate(s.start + clauseStart + lead, clause.trim(), cleanName(according[1])));
      }
      continue;
    }
    const m = REPORTED.exec(body);
    if (!m) continue;
    const subjectAt = m.index + m[0].indexOf(m[1]);
    // "…,” Trump said": the attribution of a direct quote, not reported speech.
    if (/[”"][\s,]*$/.test(body.slice(0, subjectAt))) continue;
    if (insideQuote(s.start + subjectAt)) continue;
    const contentAt = m.index + m[0].length;
    const content = body.slice(contentAt);
    if (/^[“"]/.test(content) || wordCount(content) < 3) continue;
    const verb = m[2];
    const speaker = resolveSpeaker(m[1], sentences, s.start);
    const start = verb === 'denied' || verb === 'denies' ? s.start + m.index + m[0].indexOf(verb) : s.start + contentAt;
    found.push(candidate(start, text.slice(start, s.start + body.length), speaker));
  }
  return found;
}

function candidate(start: number, text: string, speaker: string): QuoteCandidate {
  return { start, end: start + text.length, text, speaker, kind: 'reported' };
}

/** Every quoted statement and reported claim of a text, in reading order. */
export function findQuotes(text: string): QuoteCandidate[] {
  const sentences = splitSentences(text);
  const quotes = findDirectQuotes(text, sentences);
  const reported = findReportedSpeech(text, sentences, quotes);
  return [...quotes, ...reported].sort((a, b) => a.start - b.start || a.end - b.end);
}
