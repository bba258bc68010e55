// Case bundles: the versioned JSON that carries a case (or a backup of every
// case) between machines without loss. Reading validates the whole file and
// its references and never throws; a "keep both" import gets fresh ids.
import type { CaseContents, Id, Timestamp } from '../model';
import { newId, nowIso } from '../ids';
import { backupBundleSchema, BUNDLE_VERSION, caseBundleSchema, MAX_BUNDLE_CHARS } from './bundle-schema';
import { BUNDLE_MESSAGES as M } from './messages';

export const CASE_FORMAT = 'factmark-case';
export const BACKUP_FORMAT = 'factmark-backup';

export interface CaseBundle {
  format: typeof CASE_FORMAT;
  version: typeof BUNDLE_VERSION;
  exportedAt: Timestamp;
  contents: CaseContents;
}

export interface BackupBundle {
  format: typeof BACKUP_FORMAT;
  version: typeof BUNDLE_VERSION;
  exportedAt: Timestamp;
  cases: CaseContents[];
}

export type ReadResult<T> = ({ ok: true } & T) | { ok: false; message: string };

export function writeBundle(contents: CaseContents, exportedAt: Timestamp = nowIso()): string {
  const bundle: CaseBundle = { format: CASE_FORMAT, version: BUNDLE_VERSION, exportedAt, contents };
  return JSON.stringify(bundle, null, 1) + '\n';
}

export function writeBackup(cases: readonly CaseContents[], exportedAt: Timestamp = nowIso()): string {
  const bundle: BackupBundle = { format: BACKUP_FORMAT, version: BUNDLE_VERSION, exportedAt, cases: [...cases] };
  return JSON.stringify(bundle, null, 1) + '\n';
}

/** Where a case's lists sit in a backup: `cases[i].claims` opens on a line indented this deep. */
const CASE_LIST_DEPTH = 3;

/**
 * The text of `writeBackup(cases, exportedAt)` in parts of at most `batch`
 * records each: whoever writes a large backup can rest between parts, and
 * never holds nor encodes one string of tens of megabytes. Every list of a
 * case is stood in for by a marker while the rest is written in one go, then
 * written record by record where its marker is.
 */
export function* backupParts(cases: readonly CaseContents[], exportedAt: Timestamp = nowIso(), batch = 200): Generator<string> {
  const nonce = newId('list-');
  const lists: unknown[][] = [];
  const outline = cases.map((contents) =>
    Object.fromEntries(Object.entries(contents).map(([key, value]) => (Array.isArray(value) && value.length > 0 ? [key, `${nonce}:${lists.push(value) - 1}`] : [key, value]))),
  );
  const text = JSON.stringify({ format: BACKUP_FORMAT, version: BUNDLE_VERSION, exportedAt, cases: outline }, null, 1) + '\n';
  let at = 0;
  for (const marker of text.matchAll(new RegExp(`"${nonce}:(\\d+)"`, 'g'))) {
    yield text.slice(at, marker.index);
    yield* listParts(lists[Number(marker[1])], CASE_LIST_DEPTH, batch);
    at = marker.index + marker[0].length;
  }
  yield text.slice(at);
}

/** A non-empty list as JSON.stringify(…, null, 1) writes it when it opens at `depth`. */
function* listParts(items: readonly unknown[], depth: number, batch: number): Generator<string> {
  const pad = ' '.repeat(depth + 1);
  yield '[\n';
  for (let i = 0; i < items.length; i += batch) {
    // Newlines inside strings are escaped: every newline of a record's JSON is one of its own lines.
    const records = items.slice(i, i + batch).map((item) => pad + JSON.stringify(item, null, 1).replaceAll('\n', '\n' + pad));
    yield records.join(',\n') + (i + batch < items.length ? ',\n' : '\n');
  }
  yield ' '.repeat(depth) + ']';
}

/** "contents.claims[3].anchor.position.start" */
function pathText(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || 'the top level';
}

/** Parses and checks the envelope: format, version. */
function envelope(text: string): ReadResult<{ value: Record<string, unknown>; format: string }> {
  if (text.length > MAX_BUNDLE_CHARS) return { ok: false, message: M.tooLarge(Math.round(MAX_BUNDLE_CHARS / 1024 / 1024)) };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: M.notJson };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: M.notBundle };
  const v = value as Record<string, unknown>;
  if (v.format !== CASE_FORMAT && v.format !== BACKUP_FORMAT) return { ok: false, message: M.notBundle };
  if (typeof v.version !== 'number' || !Number.isInteger(v.version) || v.version < 1) return { ok: false, message: M.badVersion };
  if (v.version > BUNDLE_VERSION) return { ok: false, message: M.newer(v.version) };
  return { ok: true, value: v, format: v.format };
}

/** The first broken reference or duplicate id of a case, or null. */
export function integrityProblem(c: CaseContents, at = 'contents'): string | null {
  const caseId = c.case.id;
  const collections = ['articles', 'claims', 'sources', 'evidence', 'links', 'history', 'dismissed'] as const;
  for (const name of collections) {
    const seen = new Set<Id>();
    for (const [i, item] of c[name].entries()) {
      const path = `${at}.${name}[${i}]`;
      if (seen.has(item.id)) return M.duplicateId(path, item.id);
      seen.add(item.id);
      if (item.caseId !== caseId) return M.otherCase(path);
    }
  }
  const articles = new Map(c.articles.map((a) => [a.id, a]));
  const claims = new Set(c.claims.map((x) => x.id));
  const sources = new Set(c.sources.map((x) => x.id));
  const ratings = new Set(c.case.scale.ratings.map((r) => r.id));
  for (const [i, claim] of c.claims.entries()) {
    const path = `${at}.claims[${i}]`;
    const article = articles.get(claim.articleId);
    if (!article) return M.missingRef(`${path}.articleId`, claim.articleId);
    const { start, end } = claim.anchor.position;
    if (start > end || end > article.text.length) return M.anchorOutside(`${path}.anchor.position`);
    const ratingId = claim.verdict?.ratingId;
    if (ratingId && !ratings.has(ratingId)) return M.unknownRating(`${path}.verdict.ratingId`, ratingId);
  }
  for (const [i, e] of c.evidence.entries()) {
    if (!claims.has(e.claimId)) return M.missingRef(`${at}.evidence[${i}].claimId`, e.claimId);
    if (!sources.has(e.sourceId)) return M.missingRef(`${at}.evidence[${i}].sourceId`, e.sourceId);
  }
  for (const [i, l] of c.links.entries()) {
    if (!claims.has(l.fromClaimId)) return M.missingRef(`${at}.links[${i}].fromClaimId`, l.fromClaimId);
    if (!claims.has(l.toClaimId)) return M.missingRef(`${at}.links[${i}].toClaimId`, l.toClaimId);
  }
  return null;
}

/** Reads a case bundle. Never throws: a damaged file gives a message naming its first problem. */
export function readBundle(text: string): ReadResult<{ contents: CaseContents; exportedAt: Timestamp }> {
  const env = envelope(text);
  if (!env.ok) return env;
  if (env.format !== CASE_FORMAT) return { ok: false, message: M.isBackup };
  const parsed = caseBundleSchema.safeParse(env.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: M.invalid(pathText(issue.path), issue.message) };
  }
  const problem = integrityProblem(parsed.data.contents);
  if (problem) return { ok: false, message: problem };
  return { ok: true, contents: parsed.data.contents, exportedAt: parsed.data.exportedAt };
}

/** Reads a backup of every case, with the same checks per case. */
export function readBackup(text: string): ReadResult<{ cases: CaseContents[]; exportedAt: Timestamp }> {
  const env = envelope(text);
  if (!env.ok) return env;
  if (env.format !== BACKUP_FORMAT) return { ok: false, message: M.isCase };
  const parsed = backupBundleSchema.safeParse(env.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: M.invalid(pathText(issue.path), issue.message) };
  }
  for (const [i, c] of parsed.data.cases.entries()) {
    const problem = integrityProblem(c, `cases[${i}]`);
    if (problem) return { ok: false, message: problem };
  }
  return { ok: true, cases: parsed.data.cases, exportedAt: parsed.data.exportedAt };
}

/**
 * A copy of a case with a new id for every object and every reference remapped,
 * for importing a bundle next to the case it came from ("keep both"). A
 * reference to an object no longer in the case (a deleted claim in the history)
 * is remapped consistently too.
 */
export function reIdContents(contents: CaseContents, now: Timestamp = nowIso()): CaseContents {
  const ids = new Map<Id, Id>();
  const map = (old: Id): Id => {
    let fresh = ids.get(old);
    if (!fresh) {
      fresh = newId();
      ids.set(old, fresh);
    }
    return fresh;
  };
  // A deep copy (case contents are plain JSON data), so nothing is shared with the original.
  const c = JSON.parse(JSON.stringify(contents)) as CaseContents;
  const caseId = map(c.case.id);
  return {
    case: { ...c.case, id: caseId, updatedAt: now },
    articles: c.articles.map((a) => ({ ...a, id: map(a.id), caseId })),
    claims: c.claims.map((x) => ({ ...x, id: map(x.id), caseId, articleId: map(x.articleId) })),
    sources: c.sources.map((s) => ({ ...s, id: map(s.id), caseId })),
    evidence: c.evidence.map((e) => ({ ...e, id: map(e.id), caseId, claimId: map(e.claimId), sourceId: map(e.sourceId) })),
    links: c.links.map((l) => ({ ...l, id: map(l.id), caseId, fromClaimId: map(l.fromClaimId), toClaimId: map(l.toClaimId) })),
    history: c.history.map((h) => ({ ...h, id: map(h.id), caseId, claimId: h.claimId === null ? null : map(h.claimId) })),
    dismissed: c.dismissed.map((d) => ({ ...d, id: map(d.id), caseId, claimId: map(d.claimId), articleId: map(d.articleId) })),
  };
}
