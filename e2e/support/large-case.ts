// A large synthetic case for performance checks: 500 articles made from the
// sample articles' paragraphs, 20,000 claims over their sentences with varied
// verdicts, statuses, claimants and tags, plus evidence and links. Seeded
// straight into IndexedDB under an existing case, or written as a whole case
// bundle to open through the app; deterministic for a given seed.
import { createHash } from 'node:crypto';
import type { Article, CaseContents, Claim, ClaimLink, Evidence } from '../../src-renderer/core/model';
import { writeBundle } from '../../src-renderer/core/export/bundle';
import { buildArticle, buildClaim, buildLink } from '../../src-renderer/core/case-views/case-builder';
import { CLAIM_STATUSES } from '../../src-renderer/core/model';
import { sixStepScale } from '../../src-renderer/core/rating-scales';
import type { FactmarkPage } from '../pages/factmark-page';
import { seededRandom } from '../../src-renderer/core/testing/large-case';
import { splitArticles } from '../../src-renderer/storage/article-body';

export interface LargeCaseOptions {
  articles: number;
  claimsPerArticle: number;
  seed?: number;
}

export interface LargeCase {
  articles: Article[];
  claims: Claim[];
  evidence: Evidence[];
  links: ClaimLink[];
}

const CLAIMANTS = Array.from({ length: 60 }, (_, i) => `Speaker ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) || ''}`);
const TAGS = ['election', 'figures', 'diplomacy', 'quote', 'denies', 'economy', 'syria', 'media'];
const OUTLETS = Array.from({ length: 40 }, (_, i) => `Outlet ${i + 1}`);


/** `paragraphs`: the pool articles are assembled from (e.g. the sample articles' paragraphs). */
export function buildLargeCase(caseId: string, paragraphs: string[], opts: LargeCaseOptions): LargeCase {
  const rnd = seededRandom(opts.seed ?? 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const ratings = sixStepScale().ratings.map((r) => r.id);
  const articles: Article[] = [];
  const claims: Claim[] = [];
  const evidence: Evidence[] = [];
  const links: ClaimLink[] = [];
  const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();

  for (let i = 0; i < opts.articles; i++) {
    const body = Array.from({ length: 14 }, () => pick(paragraphs)).join('\n\n');
    const article = buildArticle(caseId, `large-a${i}`, i, { text: body, title: `Report ${i + 1}: ${body.slice(0, 70)}`, outlet: pick(OUTLETS), publishedDate: '2017-11-11' });
    articles.push(article);
    const sentences = [...article.text.matchAll(/[^.!?\n]{12,160}[.!?]/g)].map((m) => ({ start: m.index, text: m[0].trim() }));
    for (let k = 0; k < opts.claimsPerArticle; k++) {
      const s = sentences[k % sentences.length];
      const occurrence = article.text.slice(0, s.start + 1).split(s.text).length - 1;
      const n = claims.length;
      const rated = rnd() < 0.7;
      const claim = buildClaim(article, `large-c${n}`, s.text, {
        occurrence: Math.max(0, occurrence - 1),
        claimant: rnd() < 0.85 ? pick(CLAIMANTS) : '',
        status: pick(CLAIM_STATUSES),
        tags: rnd() < 0.5 ? [pick(TAGS)] : [],
        notes: rnd() < 0.2 ? `Check against ${pick(OUTLETS)} archive` : '',
        ratingId: rated ? pick(ratings) : null,
        createdAt: day(n),
        updatedAt: day(n + Math.floor(rnd() * 1000)),
      });
      claims.push(claim);
      if (rnd() < 0.3) evidence.push({ id: `large-e${n}`, caseId, claimId: claim.id, sourceId: 'large-s0', stance: 'supports', note: '', createdAt: day(n) });
      if (n > 0 && rnd() < 0.15) links.push(buildLink(`large-l${n}`, claim, claims[Math.floor(rnd() * n)], rnd() < 0.7 ? 'same' : 'contradicts'));
    }
  }
  return { articles, claims, evidence, links };
}

/** Puts a large case into the open app's database in chunks (page.evaluate payloads stay small); bodies before
 *  their articles, so the app never reads an article whose body is not there yet. */
export async function seedLargeCase(app: FactmarkPage, data: LargeCase, chunk = 2000): Promise<void> {
  const { summaries, bodies } = splitArticles(data.articles);
  for (const [store, rows] of [['articleBodies', bodies], ['articles', summaries], ['claims', data.claims], ['evidence', data.evidence], ['links', data.links]] as const) {
    for (let i = 0; i < rows.length; i += chunk) await app.putRows(store, rows.slice(i, i + chunk));
  }
}

/** Paragraphs of the seed articles (date line dropped), the pool large articles are made of. */
export function seedParagraphs(seedTexts: readonly string[]): string[] {
  return seedTexts.flatMap((t) => t.replace(/^\uFEFF?\s*date\s+\d{4}-\d{2}-\d{2}\s/, '').split(/\n\s*\n/)).map((p) => p.trim()).filter((p) => p.length > 40);
}

/**
 * A whole large case as a case bundle (.factmark text), as another reviewer
 * would send it: the case, its articles (with real digests), claims, the one
 * source the evidence cites, and links. Ids start with `idPrefix` so several
 * bundles can live side by side.
 */
export function largeCaseBundle(idPrefix: string, title: string, paragraphs: string[], opts: LargeCaseOptions): { text: string; caseId: string; articles: number; claims: number } {
  const caseId = `${idPrefix}case`;
  const at = '2026-01-01T00:00:00.000Z';
  const built = buildLargeCase(caseId, paragraphs, opts);
  for (const a of built.articles) a.contentHash = createHash('sha256').update(a.text).digest('hex');
  const contents: CaseContents = {
    case: { id: caseId, title, summary: '', eventDate: '2017-11-11', scale: sixStepScale(), archived: false, createdAt: at, updatedAt: at },
    ...built,
    sources: [{ id: 'large-s0', caseId, url: 'https://example.org/archive', title: 'Archive', publisher: 'Outlet 1', accessedDate: '2026-01-01', archivedUrl: '', excerpt: '', kind: 'media', createdAt: at, updatedAt: at }],
    history: [],
    dismissed: [],
  };
  const text = writeBundle(contents, at).replaceAll('"large-', `"${idPrefix}`);
  return { text, caseId, articles: built.articles.length, claims: built.claims.length };
}
