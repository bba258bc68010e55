// Reads W3C Web Annotations (one, an array, an AnnotationPage or a collection
// with an embedded first page, as annotation tools export them) and attaches
// each text-selector target as a claim on the article it targets. Annotations
// on the same span merge into one claim; linking annotations become claim links.
// Nothing is dropped silently: what cannot be placed is listed with a reason.
import type { Article, Claim, ClaimAnchor, ClaimLink, Id, LinkKind, RatingScale, Timestamp } from '../model';
import { LINK_KINDS } from '../model';
import type { LocateResult } from '../anchoring/locate';
import { describeAnchor } from '../anchoring/describe';
import { newId, nowIso } from '../ids';
import { articleSource, articleUrn } from './web-annotation';
import { ANNOTATION_IMPORT_REASONS as R, LINK_LABEL } from './messages';

export type LocateFn = (text: string, anchor: Pick<ClaimAnchor, 'quote' | 'position'>) => LocateResult;

export interface WebAnnotationImportOptions {
  /** Case of the new claims; the target article's case when absent. */
  caseId?: Id;
  /** Scale to read ratings from assessing bodies ("Mostly true — …"). */
  scale?: RatingScale;
  now?: Timestamp;
}

export interface UnmatchedAnnotation {
  annotationId: string;
  reason: string;
}

export interface WebAnnotationImport {
  claims: Claim[];
  links: ClaimLink[];
  unmatched: UnmatchedAnnotation[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const hasType = (v: Json, type: string) => asArray(v.type).includes(type);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The annotations of whatever shape the file has, or why there are none. */
function collectAnnotations(input: unknown, unmatched: UnmatchedAnnotation[]): Json[] {
  const items: unknown[] = [];
  if (Array.isArray(input)) items.push(...input);
  else if (isObject(input) && hasType(input, 'AnnotationCollection')) {
    if (isObject(input.first)) items.push(...asArray(input.first.items));
    else if (input.first !== undefined) unmatched.push({ annotationId: str(input.id), reason: R.pageByAddress });
  } else if (isObject(input) && hasType(input, 'AnnotationPage')) items.push(...asArray(input.items));
  else if (isObject(input)) items.push(input);
  const out: Json[] = [];
  items.forEach((item, i) => {
    if (typeof item === 'string') unmatched.push({ annotationId: item, reason: R.itemByAddress });
    else if (isObject(item) && hasType(item, 'Annotation')) out.push(item);
    else unmatched.push({ annotationId: isObject(item) ? str(item.id) || `#${i + 1}` : `#${i + 1}`, reason: R.notAnnotation });
  });
  if (out.length === 0 && unmatched.length === 0) unmatched.push({ annotationId: '', reason: R.noAnnotations });
  return out;
}

interface Placed {
  key: string;
  article: Article;
  anchor: ClaimAnchor;
}

interface Bodies {
  purpose: string;
  value: string;
}

function bodiesOf(a: Json): Bodies[] {
  const motivation = str(asArray(a.motivation)[0]);
  const out: Bodies[] = [];
  if (typeof a.bodyValue === 'string') out.push({ purpose: motivation, value: a.bodyValue });
  for (const b of asArray(a.body)) {
    if (isObject(b) && typeof b.value === 'string') out.push({ purpose: str(asArray(b.purpose)[0]) || motivation, value: b.value });
  }
  return out;
}

export function importWebAnnotations(input: unknown, articles: readonly Article[], locate: LocateFn, options: WebAnnotationImportOptions = {}): WebAnnotationImport {
  const unmatched: UnmatchedAnnotation[] = [];
  let parsed = input;
  if (typeof input === 'string') {
    try {
      parsed = JSON.parse(input);
    } catch {
      return { claims: [], links: [], unmatched: [{ annotationId: '', reason: R.notJson }] };
    }
  }
  const annotations = collectAnnotations(parsed, unmatched);
  const now = options.now ?? nowIso();
  const claims = new Map<string, Claim>();

  /** Finds the article and span a target points at, or says why it cannot. */
  const place = (t: unknown): Placed | { reason: string } => {
    if (!isObject(t)) return { reason: R.noTextSelector };
    const selectors = asArray(t.selector).filter(isObject);
    const tq = selectors.find((s) => hasType(s, 'TextQuoteSelector') && typeof s.exact === 'string');
    const tp = selectors.find((s) => hasType(s, 'TextPositionSelector') && Number.isInteger(s.start) && Number.isInteger(s.end));
    if (!tq && !tp) return { reason: R.noTextSelector };
    const source = isObject(t.source) ? str(t.source.id) : str(t.source);
    const named = articles.find((a) => source !== '' && (a.url === source || articleSource(a) === source || articleUrn(a.id) === source));
    const start = tp ? (tp.start as number) : 0;
    const end = tp ? (tp.end as number) : 0;
    let quote: ClaimAnchor['quote'];
    if (tq) quote = { type: 'TextQuoteSelector', exact: str(tq.exact), prefix: str(tq.prefix), suffix: str(tq.suffix) };
    else if (!named) return { reason: R.positionOnly };
    else if (start < 0 || end > named.text.length || start >= end) return { reason: R.positionOutside };
    else quote = { type: 'TextQuoteSelector', exact: named.text.slice(start, end), prefix: '', suffix: '' };
    const anchor = { quote, position: { type: 'TextPositionSelector' as const, start, end } };

    let article: Article;
    let found: LocateResult;
    if (named) {
      article = named;
      found = locate(named.text, anchor);
    } else {
      const results = articles.map((a) => ({ a, r: locate(a.text, anchor) }));
      const hits = results.filter((h) => h.r.start !== undefined && h.r.end !== undefined);
      if (hits.length === 0) {
        const ambiguous = results.find((h) => h.r.status === 'ambiguous');
        return { reason: ambiguous ? R.locate(ambiguous.r.reason ?? ambiguous.r.status) : R.noArticle };
      }
      hits.sort((x, y) => y.r.score - x.r.score);
      if (hits.length > 1 && hits[1].r.score === hits[0].r.score) return { reason: R.severalArticles };
      ({ a: article, r: found } = hits[0]);
    }
    if (found.start === undefined || found.end === undefined) return { reason: R.locate(found.reason ?? found.status) };
    const placed = describeAnchor(article.text, { start: found.start, end: found.end });
    if (found.status === 'fuzzy') {
      placed.state = 'needs-review';
      placed.reviewReason = R.fuzzy(found.score);
    }
    const id = str(t.id);
    return { key: id.startsWith('urn:factmark:claim:') ? id : `${article.id}:${found.start}:${found.end}`, article, anchor: placed };
  };

  const claimFor = (p: Placed, a: Json): Claim => {
    let claim = claims.get(p.key);
    const created = str(a.created) || now;
    const modified = str(a.modified) || created;
    if (!claim) {
      claim = {
        id: newId(),
        caseId: options.caseId ?? p.article.caseId,
        articleId: p.article.id,
        anchor: p.anchor,
        statement: '',
        claimant: '',
        claimDate: '',
        status: 'open',
        tags: [],
        notes: '',
        verdict: null,
        createdAt: created,
        updatedAt: modified,
      };
      claims.set(p.key, claim);
    }
    if (created < claim.createdAt) claim.createdAt = created;
    if (modified > claim.updatedAt) claim.updatedAt = modified;
    return claim;
  };

  const linking: Array<{ a: Json; placed: Placed[] }> = [];
  for (const a of annotations) {
    const annotationId = str(a.id) || `#${annotations.indexOf(a) + 1}`;
    const targets = asArray(a.target);
    const placed: Placed[] = [];
    for (const t of targets) {
      const p = place(t);
      if ('reason' in p) unmatched.push({ annotationId, reason: p.reason });
      else placed.push(p);
    }
    if (targets.length === 0) unmatched.push({ annotationId, reason: R.noTextSelector });
    const motivation = str(asArray(a.motivation)[0]);
    if (motivation === 'linking' && targets.length >= 2) {
      for (const p of placed) claimFor(p, a);
      if (placed.length === targets.length) linking.push({ a, placed });
      else unmatched.push({ annotationId, reason: R.linkTargets });
      continue;
    }
    for (const p of placed) applyBodies(claimFor(p, a), a, options.scale);
  }

  const links: ClaimLink[] = [];
  for (const { a, placed } of linking) {
    const relation = bodiesOf(a).find((b) => b.purpose === 'linking' || b.purpose === '')?.value ?? '';
    const kind = linkKind(relation);
    if (!kind) {
      unmatched.push({ annotationId: str(a.id), reason: R.linkRelation(relation) });
      continue;
    }
    const [from, to] = placed.map((p) => claims.get(p.key)!);
    links.push({ id: newId(), caseId: options.caseId ?? from.caseId, fromClaimId: from.id, toClaimId: to.id, kind, createdAt: str(a.created) || now });
  }
  return { claims: [...claims.values()], links, unmatched };
}

function linkKind(value: string): LinkKind | null {
  const v = value.trim().toLowerCase();
  return LINK_KINDS.find((k) => k === v || LINK_LABEL[k] === v) ?? null;
}

/** Statement, verdict, notes and tags from the annotation's bodies. */
function applyBodies(claim: Claim, a: Json, scale: RatingScale | undefined): void {
  for (const { purpose, value } of bodiesOf(a)) {
    if (purpose === 'describing' && !claim.statement) claim.statement = value;
    else if (purpose === 'tagging') {
      if (!claim.tags.includes(value)) claim.tags.push(value);
    } else if (purpose === 'assessing') {
      const rating = scale?.ratings.find((r) => value === r.name || value.startsWith(`${r.name} — `));
      const creator = asArray(a.creator).find(isObject);
      claim.verdict = {
        ratingId: rating?.id ?? null,
        conclusion: rating ? value.slice(rating.name.length).replace(/^ — /, '') : value,
        rationale: [],
        reviewer: creator ? str(creator.name) : '',
        date: (str(a.modified) || str(a.created)).slice(0, 10),
      };
    } else claim.notes = claim.notes ? `${claim.notes}\n\n${value}` : value;
  }
}
