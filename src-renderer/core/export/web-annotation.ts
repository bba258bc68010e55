// W3C Web Annotation export: the case's claims as an AnnotationCollection. Each
// claim gives a describing (statement) or highlighting annotation, plus
// assessing (verdict), commenting (notes) and tagging (tags) ones; claim links
// become linking annotations that target both claims. Targets are
// SpecificResources with a TextQuoteSelector and a TextPositionSelector.
import type { Article, CaseContents, Claim, ClaimStatus, Id, Timestamp } from '../model';
import { findRating } from '../rating-scales';
import { safeHttpUrl } from './escape';
import { LINK_LABEL } from './messages';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface WebAnnotationOptions {
  articleIds?: readonly Id[];
  statuses?: readonly ClaimStatus[];
  /** Collection id (a urn:uuid); a new one when absent. */
  collectionId?: string;
}

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: string;
  language?: string;
}

export interface SpecificTarget {
  id: string;
  type: 'SpecificResource';
  source: string;
  selector: [
    { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
    { type: 'TextPositionSelector'; start: number; end: number },
  ];
}

export interface Annotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation: string;
  created: Timestamp;
  modified: Timestamp;
  creator?: { type: 'Person'; name: string };
  body?: TextualBody | TextualBody[];
  target: SpecificTarget | SpecificTarget[];
}

export interface AnnotationCollection {
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

const urnPart = (id: string) => encodeURIComponent(id);
export const claimUrn = (claimId: Id) => `urn:factmark:claim:${urnPart(claimId)}`;
export const articleUrn = (articleId: Id) => `urn:factmark:article:${urnPart(articleId)}`;
export const linkUrn = (linkId: Id) => `urn:factmark:link:${urnPart(linkId)}`;

/** The address annotations use for an article: its http(s) URL, or a URN of its id. */
export function articleSource(article: Article): string {
  return safeHttpUrl(article.url) ?? articleUrn(article.id);
}

/** "Mostly true — conclusion": what an assessing body says. */
export function verdictText(ratingName: string | undefined, conclusion: string): string {
  return [ratingName, conclusion.trim()].filter(Boolean).join(' — ');
}

function body(value: string, purpose: string, language: string): TextualBody {
  return language ? { type: 'TextualBody', value, format: 'text/plain', purpose, language } : { type: 'TextualBody', value, format: 'text/plain', purpose };
}

function target(claim: Claim, article: Article): SpecificTarget {
  const { quote, position } = claim.anchor;
  return {
    id: claimUrn(claim.id),
    type: 'SpecificResource',
    source: articleSource(article),
    selector: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: position.start, end: position.end },
    ],
  };
}

function claimAnnotations(claim: Claim, article: Article, contents: CaseContents): Annotation[] {
  const lang = article.language;
  const t = target(claim, article);
  const base = (kind: string, motivation: string, created: Timestamp): Annotation => ({
    id: `${claimUrn(claim.id)}:${kind}`,
    type: 'Annotation',
    motivation,
    created,
    modified: claim.updatedAt,
    target: t,
  });
  const out: Annotation[] = [];
  // Every claim gets one annotation even when it has no statement, verdict, notes or tags.
  out.push(claim.statement.trim() ? { ...base('describing', 'describing', claim.createdAt), body: body(claim.statement, 'describing', lang) } : base('highlighting', 'highlighting', claim.createdAt));
  const v = claim.verdict;
  if (v) {
    const text = verdictText(findRating(contents.case.scale, v.ratingId)?.name, v.conclusion);
    if (text) {
      const a: Annotation = { ...base('assessing', 'assessing', claim.createdAt), body: body(text, 'assessing', lang) };
      if (v.reviewer.trim()) a.creator = { type: 'Person', name: v.reviewer };
      out.push(a);
    }
  }
  if (claim.notes.trim()) out.push({ ...base('commenting', 'commenting', claim.createdAt), body: body(claim.notes, 'commenting', lang) });
  if (claim.tags.length) out.push({ ...base('tagging', 'tagging', claim.createdAt), body: claim.tags.map((tag) => body(tag, 'tagging', '')) });
  return out;
}

export function webAnnotationCollection(contents: CaseContents, options: WebAnnotationOptions = {}): AnnotationCollection {
  const statuses = options.statuses ? new Set(options.statuses) : null;
  const articles = [...contents.articles].sort((a, b) => a.order - b.order).filter((a) => !options.articleIds || options.articleIds.includes(a.id));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const claims = contents.claims.filter((c) => articleById.has(c.articleId) && (!statuses || statuses.has(c.status)));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const items: Annotation[] = [];
  for (const article of articles) {
    for (const claim of claims.filter((c) => c.articleId === article.id).sort((a, b) => a.anchor.position.start - b.anchor.position.start)) {
      items.push(...claimAnnotations(claim, article, contents));
    }
  }
  for (const link of contents.links) {
    const from = claimById.get(link.fromClaimId);
    const to = claimById.get(link.toClaimId);
    if (!from || !to) continue;
    items.push({
      id: linkUrn(link.id),
      type: 'Annotation',
      motivation: 'linking',
      created: link.createdAt,
      modified: link.createdAt,
      body: body(LINK_LABEL[link.kind], 'linking', ''),
      // Order matters: the link reads from the first target to the second.
      target: [target(from, articleById.get(from.articleId)!), target(to, articleById.get(to.articleId)!)],
    });
  }
  return {
    '@context': ANNO_CONTEXT,
    id: options.collectionId ?? `urn:uuid:${crypto.randomUUID()}`,
    type: 'AnnotationCollection',
    label: contents.case.title,
    total: items.length,
    first: { id: `urn:uuid:${crypto.randomUUID()}`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function webAnnotationJson(contents: CaseContents, options: WebAnnotationOptions = {}): string {
  return JSON.stringify(webAnnotationCollection(contents, options), null, 2) + '\n';
}
