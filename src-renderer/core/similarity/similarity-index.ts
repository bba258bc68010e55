// An incremental TF-IDF index over the sentences of a case's articles, for
// suggesting passages that match a newly marked claim. Articles are added,
// replaced or removed one at a time; weights use the current document
// frequencies at query time, so an update never rebuilds the whole index.
import { cues, foldText, terms, type Cue } from './normalize';
import { splitSentences } from './sentences';

/** Below this score (half cosine, half coverage of the claim's terms) a passage is not proposed. */
export const SUGGESTION_THRESHOLD = 0.25;

/** A passage must share this many words with the claim (not counting "say"), if the claim has them. */
const MIN_SHARED_WORDS = 2;
const REPORTING_VERB = 'say';
/** From this many sentences on, words in more than COMMON_SHARE of them do not gather candidates. */
const PRUNE_FROM_SENTENCES = 2000;
const COMMON_SHARE = 0.05;
/** Norms are recomputed once the number of sentences has changed by this share. */
const NORM_DRIFT = 0.05;

export type SuggestedRelation = 'same' | 'contradicts';

export interface Suggestion {
  articleId: string;
  /** Offsets into the article's plain text. */
  start: number;
  end: number;
  text: string;
  /** 0–1: half TF-IDF cosine (words and neighbouring pairs), half the share of the claim's word weight the passage holds. */
  score: number;
  relation: SuggestedRelation;
}

export interface SuggestOptions {
  /** The claim's own article, whose sentences are not proposed. */
  excludeArticleId?: string;
  limit?: number;
  minScore?: number;
}

interface SentenceEntry {
  articleId: string;
  start: number;
  end: number;
  text: string;
  tf: Map<string, number>;
  cues: Set<Cue>;
  /** Folded text, to show each wording once per article. */
  key: string;
}

/**
 * Terms plus each pair of neighbouring terms in either order, so a shared
 * phrase counts more than scattered words and "election meddling" meets
 * "meddle in our election".
 */
function termFrequencies(text: string): Map<string, number> {
  const tf = new Map<string, number>();
  const add = (t: string) => tf.set(t, (tf.get(t) ?? 0) + 1);
  const list = terms(text);
  list.forEach((t, i) => {
    add(t);
    if (i > 0 && list[i - 1] !== t) add(list[i - 1] < t ? `${list[i - 1]} ${t}` : `${t} ${list[i - 1]}`);
  });
  return tf;
}

const sameCues = (a: Set<Cue>, b: Set<Cue>) => a.size === b.size && [...a].every((c) => b.has(c));

/** Sentences indexed between two yields of upsertArticleInSteps: well under a millisecond of work. */
const SENTENCES_PER_STEP = 40;

export class SimilarityIndex {
  private readonly sentences: (SentenceEntry | undefined)[] = [];
  private readonly free: number[] = [];
  private readonly byArticle = new Map<string, number[]>();
  /** term → (sentence id → term frequency). */
  private readonly postings = new Map<string, Map<number, number>>();
  private liveSentences = 0;
  /**
   * Sentence norms depend on document frequencies. They are cached per epoch;
   * a new epoch starts once the sentence count has moved by NORM_DRIFT since
   * the last, so editing one article of hundreds does not recompute them all.
   */
  private version = 0;
  private epochSentences = 0;
  private readonly norms = new Map<number, { version: number; norm: number }>();

  get articleCount(): number {
    return this.byArticle.size;
  }

  get sentenceCount(): number {
    return this.liveSentences;
  }

  upsertArticle(articleId: string, text: string): void {
    for (const _step of this.upsertArticleInSteps(articleId, text)) {
      // All at once.
    }
  }

  /**
   * Indexes an article (replacing its earlier version) a few dozen sentences
   * at a time, yielding between them: a place for a worker to rest, so a
   * 50,000-word transcript is not one long stretch of work. The article is in
   * the index once the steps are done; run them to the end before asking.
   */
  *upsertArticleInSteps(articleId: string, text: string, sentencesPerStep = SENTENCES_PER_STEP): Generator<void, void, undefined> {
    this.removeArticle(articleId);
    const ids: number[] = [];
    // Known at once, so removing the article meanwhile removes what is indexed so far.
    this.byArticle.set(articleId, ids);
    for (const s of splitSentences(text)) {
      const tf = termFrequencies(s.text);
      if (tf.size === 0) continue;
      const entry: SentenceEntry = { articleId, ...s, tf, cues: cues(s.text), key: foldText(s.text).replace(/\W+/g, ' ').trim() };
      const id = this.free.pop() ?? this.sentences.length;
      this.sentences[id] = entry;
      ids.push(id);
      this.liveSentences += 1;
      for (const [t, f] of tf) {
        let list = this.postings.get(t);
        if (!list) this.postings.set(t, (list = new Map()));
        list.set(id, f);
      }
      if (ids.length % sentencesPerStep === 0) yield;
    }
    this.touch();
  }

  removeArticle(articleId: string): void {
    const ids = this.byArticle.get(articleId);
    if (!ids) return;
    for (const id of ids) {
      const entry = this.sentences[id];
      if (!entry) continue;
      for (const t of entry.tf.keys()) {
        const list = this.postings.get(t);
        list?.delete(id);
        if (list?.size === 0) this.postings.delete(t);
      }
      this.sentences[id] = undefined;
      this.norms.delete(id);
      this.free.push(id);
    }
    this.liveSentences -= ids.length;
    this.byArticle.delete(articleId);
    this.touch();
  }

  private touch(): void {
    if (Math.abs(this.liveSentences - this.epochSentences) > NORM_DRIFT * Math.max(1, this.epochSentences)) {
      this.version++;
      this.epochSentences = this.liveSentences;
    }
  }

  private idf(term: string): number {
    const df = this.postings.get(term)?.size ?? 0;
    return Math.log(1 + this.liveSentences / (1 + df));
  }

  private norm(id: number, entry: SentenceEntry): number {
    const cached = this.norms.get(id);
    if (cached?.version === this.version) return cached.norm;
    let sum = 0;
    for (const [t, f] of entry.tf) sum += ((1 + Math.log(f)) * this.idf(t)) ** 2;
    const norm = Math.sqrt(sum);
    this.norms.set(id, { version: this.version, norm });
    return norm;
  }

  suggest(claimText: string, options: SuggestOptions = {}): Suggestion[] {
    const { excludeArticleId, limit = 5, minScore = SUGGESTION_THRESHOLD } = options;
    const query = termFrequencies(claimText);
    const claimCues = cues(claimText);
    const size = this.sentences.length;
    const dots = new Float64Array(size);
    const covered = new Float64Array(size);
    const shared = new Uint16Array(size);
    const touched: number[] = [];
    let queryNorm = 0;
    let queryWeight = 0;
    let contentWords = 0;
    const common: { t: string; w: number; idf: number; word: boolean }[] = [];
    const commonAbove = this.liveSentences >= PRUNE_FROM_SENTENCES ? this.liveSentences * COMMON_SHARE : Infinity;
    const rareTerms = [...query.keys()].filter((t) => (this.postings.get(t)?.size ?? 0) <= commonAbove).length;
    const count = (id: number, ef: number, w: number, idf: number, word: boolean, t: string) => {
      if (dots[id] === 0) touched.push(id);
      dots[id] += w * (1 + Math.log(ef)) * idf;
      if (word) {
        covered[id] += w;
        if (t !== REPORTING_VERB) shared[id]++;
      }
    };
    for (const [t, f] of query) {
      const idf = this.idf(t);
      const w = (1 + Math.log(f)) * idf;
      queryNorm += w * w;
      const word = !t.includes(' ');
      if (word) queryWeight += w;
      if (word && t !== REPORTING_VERB) contentWords++;
      const list = this.postings.get(t);
      if (!list) continue;
      // In a large case, words found in a big share of all sentences only add
      // to passages that rarer words already found: walking their lists is waste.
      if (rareTerms > 0 && list.size > commonAbove) common.push({ t, w, idf, word });
      else for (const [id, ef] of list) count(id, ef, w, idf, word, t);
    }
    for (const { t, w, idf, word } of common) {
      for (const id of [...touched]) {
        const ef = this.sentences[id]?.tf.get(t);
        if (ef) count(id, ef, w, idf, word, t);
      }
    }
    queryNorm = Math.sqrt(queryNorm);
    if (queryNorm === 0 || queryWeight === 0) return [];

    const scored: { id: number; entry: SentenceEntry; score: number }[] = [];
    // One shared word ("president") is chance, not a match, unless the claim has only one.
    const needShared = Math.min(MIN_SHARED_WORDS, contentWords);
    for (const id of touched) {
      if (shared[id] < needShared) continue;
      const entry = this.sentences[id];
      if (!entry || entry.articleId === excludeArticleId) continue;
      // Cosine alone punishes a long passage that holds the whole claim; how much of
      // the claim's word weight the passage covers makes up for it.
      const score = 0.5 * (dots[id] / (queryNorm * this.norm(id, entry))) + 0.5 * (covered[id] / queryWeight);
      if (score >= minScore) scored.push({ id, entry, score });
    }
    scored.sort((a, b) => b.score - a.score || a.id - b.id);

    const seen = new Set<string>();
    const out: Suggestion[] = [];
    for (const { entry, score } of scored) {
      const key = `${entry.articleId}\u0000${entry.key}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        articleId: entry.articleId,
        start: entry.start,
        end: entry.end,
        text: entry.text,
        score: Math.min(1, score),
        relation: sameCues(claimCues, entry.cues) ? 'same' : 'contradicts',
      });
      if (out.length >= limit) break;
    }
    return out;
  }
}
