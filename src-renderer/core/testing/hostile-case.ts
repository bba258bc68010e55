// Turns a case into a hostile one: every string field of every object carries
// markup, attribute break-outs and script URLs, so exporter tests can prove
// that nothing active reaches their output. Offsets and ids stay usable.
import type { CaseContents } from '../model';

export const HOSTILE = `<script>alert(1)</script>" onmouseover="alert(2)' onfocus='x' <img src=x onerror=alert(3)>`;
export const HOSTILE_URL = 'javascript:alert(4)';

const KEEP = new Set(['id', 'caseId', 'articleId', 'claimId', 'sourceId', 'fromClaimId', 'toClaimId', 'ratingId', 'type', 'state', 'status', 'kind', 'stance', 'action', 'format', 'preset', 'text', 'exact', 'prefix', 'suffix']);
const URL_FIELDS = new Set(['url', 'archivedUrl', 'link']);
const DATE_FIELDS = new Set(['createdAt', 'updatedAt', 'at', 'importedAt', 'publishedDate', 'claimDate', 'accessedDate', 'eventDate', 'date', 'contentHash']);

function poison(value: unknown, key: string): unknown {
  if (typeof value === 'string') {
    if (URL_FIELDS.has(key)) return HOSTILE_URL;
    if (KEEP.has(key) || DATE_FIELDS.has(key)) return value;
    if (key === 'color') return `red;background:url(https://evil.example/x)`;
    return `${value}${HOSTILE}`;
  }
  if (Array.isArray(value)) return value.map((v) => poison(v, key === 'tags' ? 'tag' : key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  return value;
}

/** A copy of `contents` with hostile strings in every free-text, URL and colour field. */
export function hostileCase(contents: CaseContents): CaseContents {
  const c = poison(contents, '') as CaseContents;
  // Article text and quotes carry markup too, with the anchors kept consistent.
  const first = c.articles[0];
  first.blocks = [{ type: 'paragraph', text: HOSTILE }, ...first.blocks];
  const shift = HOSTILE.length + 2;
  first.text = first.blocks.map((b) => b.text).join('\n\n');
  for (const claim of c.claims) {
    if (claim.articleId !== first.id) continue;
    claim.anchor.position.start += shift;
    claim.anchor.position.end += shift;
  }
  for (const claim of c.claims) claim.verdict?.rationale.push({ type: 'bullet', children: [{ text: HOSTILE, link: HOSTILE_URL, bold: true }] });
  c.claims.push({
    ...c.claims[0],
    id: 'claim"><script>alert(5)</script>',
    anchor: {
      quote: { type: 'TextQuoteSelector', exact: HOSTILE, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: HOSTILE.length },
      state: 'needs-review',
      reviewReason: HOSTILE,
    },
  });
  return c;
}
