import { describe, expect, it } from 'vitest';
import { buildClaim, buildLink } from './case-builder';
import { cellFor, cellsInColumns, deniesCanonical, hasNegationCue, matrixModel, sortMatrixRows } from './matrix';
import { seedCaseArticles } from '../testing/seed-articles.node';
import { sixStepScale } from '../rating-scales';

const articles = seedCaseArticles();
const [a0, a1, a2] = articles;

// Trump says meddling came up; the Kremlin says it did not.
const raised0 = buildClaim(a0, 'raised0', 'he spoke with Russian President Vladimir Putin about meddling in the 2016 election', { ratingId: 'mostly-true' });
const raised1 = buildClaim(a1, 'raised1', 'he brought up the question of election meddling again during their conversation');
const kremlin1 = buildClaim(a1, 'kremlin1', 'President Trump and Russian President Vladimir Putin did not discuss alleged election meddling on Saturday');
// Putin's denial, as each outlet reports it.
const denial0 = buildClaim(a0, 'denial0', 'He said he as absolutely did not meddle in our election', { ratingId: 'false' });
const denial1 = buildClaim(a1, 'denial1', 'He said he didn’t meddle');
const denial2 = buildClaim(a2, 'denial2', 'Putin once again denied any such meddling');
const barrier2 = buildClaim(a2, 'barrier2', 'artificial barrier');
const claims = [raised0, raised1, kremlin1, denial0, denial1, denial2, barrier2];
const links = [
  buildLink('l1', raised0, raised1, 'same'),
  buildLink('l2', kremlin1, raised1, 'contradicts'),
  buildLink('l3', denial1, denial0, 'same'),
  buildLink('l4', denial2, denial1, 'same'),
  buildLink('l5', barrier2, raised0, 'contradicts'),
];
const model = matrixModel({ case: { scale: sixStepScale() }, articles: [a2, a0, a1], claims, links });
const kinds = (id: string) => cellsInColumns(model.rows.find((r) => r.group.memberIds.includes(id))!, model.columns).map((c) => c.kind);

describe('negation cues', () => {
  it('spots not, never, no, n’t forms and deny words, not words that merely contain them', () => {
    for (const t of ['did not discuss', 'He said he didn’t meddle', "doesn't", 'never', 'No, he said', 'Putin denied it', 'they deny']) expect(hasNegationCue(t), t).toBe(true);
    for (const t of ['he spoke with Putin about meddling', 'knotty nothingness notion', 'Nordic denizens']) expect(hasNegationCue(t), t).toBe(false);
  });

  it('judges a member against the canonical claim: a denial among denials states it', () => {
    expect(deniesCanonical(denial1, denial0)).toBe(false);
    expect(deniesCanonical(kremlin1, raised0)).toBe(true);
    expect(deniesCanonical(raised1, raised0)).toBe(false);
    expect(deniesCanonical({ ...raised1, tags: ['Denies'] }, raised0)).toBe(true);
  });
});

describe('matrixModel', () => {
  it('has a column per article in case order and a row per claim group', () => {
    expect(model.columns.map((c) => c.outlet)).toEqual(['Outlet A', 'Outlet B', 'Outlet C']);
    expect(model.rows.map((r) => r.group.memberIds)).toEqual([['raised0', 'raised1'], ['denial0', 'denial1', 'denial2'], ['kremlin1'], ['barrier2']]);
  });

  it('says which articles state, deny, contradict or omit each claim', () => {
    expect(kinds('raised0')).toEqual(['states', 'states', 'contradicts']);
    expect(kinds('denial0')).toEqual(['states', 'states', 'states']);
    expect(kinds('kremlin1')).toEqual(['omits', 'states', 'omits']);
    // The Kremlin claim contradicts a member, but Outlet B also states the claim: stating wins.
    const raised = model.rows[0];
    expect(raised.contradictionCount).toBe(1);
    expect(raised.cells[2]).toEqual({ articleId: 'a2', kind: 'contradicts', claimIds: ['barrier2'], quote: 'artificial barrier' });
    // Rows keep only the articles that take part; omissions are filled in per column.
    expect(model.rows.find((r) => r.group.canonicalId === 'kremlin1')!.cells.map((c) => c.articleId)).toEqual(['a1']);
    expect(cellsInColumns(model.rows[2], model.columns)[0]).toEqual({ articleId: 'a0', kind: 'omits', claimIds: [], quote: '' });
    expect(raised).toMatchObject({ statement: raised0.statement, ratingName: 'Mostly true', ratingColor: '#7cb342' });
  });

  it('marks an article as denying when its member negates the canonical claim', () => {
    const cell = cellFor('a1', [raised0, kremlin1], raised0, []);
    expect(cell).toEqual({ articleId: 'a1', kind: 'denies', claimIds: ['kremlin1'], quote: kremlin1.anchor.quote.exact });
  });

  it('sorts rows by group size, verdict, contradictions and statement', () => {
    const first = (key: Parameters<typeof sortMatrixRows>[1]) => sortMatrixRows(model.rows, key).map((r) => r.group.canonicalId);
    expect(first('size')).toEqual(['denial0', 'raised0', 'kremlin1', 'barrier2']);
    expect(first('verdict')).toEqual(['raised0', 'denial0', 'kremlin1', 'barrier2']);
    expect(first('contradictions')[0]).toBe('raised0');
    expect(first('statement')).toEqual(['barrier2', 'denial0', 'raised0', 'kremlin1']);
  });
});
