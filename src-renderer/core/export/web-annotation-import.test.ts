import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseContents } from '../model';
import { buildSeedCase } from '../testing/seed-case';
import { readSeedTexts } from '../testing/seed-texts.node';
import { exactLocate } from '../testing/exact-locator';
import { webAnnotationCollection, webAnnotationJson } from './web-annotation';
import { importWebAnnotations } from './web-annotation-import';

let seed: CaseContents;
beforeAll(async () => {
  seed = await buildSeedCase(readSeedTexts());
});

const key = (c: { articleId: string; anchor: { position: { start: number; end: number } } }) => `${c.articleId}:${c.anchor.position.start}-${c.anchor.position.end}`;

describe('importWebAnnotations', () => {
  it('round-trips the seed case: same anchors, statements, tags, notes, verdicts and links', () => {
    const result = importWebAnnotations(webAnnotationJson(seed), seed.articles, exactLocate, { scale: seed.case.scale });
    expect(result.unmatched).toEqual([]);
    expect(result.claims).toHaveLength(seed.claims.length);
    const imported = new Map(result.claims.map((c) => [key(c), c]));
    for (const original of seed.claims) {
      const back = imported.get(key(original))!;
      expect(back.anchor).toEqual(original.anchor);
      expect(back.statement).toBe(original.statement);
      expect(back.tags).toEqual(original.tags);
      expect(back.notes).toBe(original.notes);
      expect(back.verdict?.ratingId ?? null).toBe(original.verdict?.ratingId ?? null);
      expect(back.verdict?.conclusion ?? '').toBe(original.verdict?.conclusion ?? '');
      expect(back.verdict?.reviewer ?? '').toBe(original.verdict?.reviewer ?? '');
    }
    const originalKeys = new Map(seed.claims.map((c) => [c.id, key(c)]));
    const importedKeys = new Map(result.claims.map((c) => [c.id, key(c)]));
    const asKeys = (links: CaseContents['links'], keys: Map<string, string>) => links.map((l) => `${keys.get(l.fromClaimId)} ${l.kind} ${keys.get(l.toClaimId)}`).sort();
    expect(asKeys(result.links, importedKeys)).toEqual(asKeys(seed.links, originalKeys));
  });

  it('accepts a single annotation, an array and a page, placing foreign annotations by quote and context', () => {
    const items = webAnnotationCollection(seed).first.items;
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://hypothes.is/a/abc',
      type: 'Annotation',
      motivation: 'commenting',
      bodyValue: 'Check this figure.',
      target: { source: 'https://elsewhere.example/story', selector: { type: 'TextQuoteSelector', exact: '126 million Americans through Facebook', prefix: 'a staggering ', suffix: ' alone' } },
    };
    const one = importWebAnnotations(foreign, seed.articles, exactLocate);
    expect(one.unmatched).toEqual([]);
    expect(one.claims).toHaveLength(1);
    expect(one.claims[0]).toMatchObject({ articleId: 'article-001', notes: 'Check this figure.', caseId: 'case-seed' });
    expect(seed.articles[1].text.slice(one.claims[0].anchor.position.start, one.claims[0].anchor.position.end)).toBe('126 million Americans through Facebook');
    expect(importWebAnnotations(items.slice(0, 3), seed.articles, exactLocate).claims.length).toBeGreaterThan(0);
    expect(importWebAnnotations({ type: 'AnnotationPage', items: [foreign] }, seed.articles, exactLocate).claims).toHaveLength(1);
  });

  it('lists every annotation it cannot place, with the reason', () => {
    const lost = {
      id: 'urn:x:1',
      type: 'Annotation',
      motivation: 'commenting',
      target: { source: 'urn:x', selector: { type: 'TextQuoteSelector', exact: 'words that are in no article' } },
    };
    const noSelector = { id: 'urn:x:2', type: 'Annotation', target: 'https://example.org/seed/000' };
    const everywhere = { id: 'urn:x:3', type: 'Annotation', target: { source: 'urn:x', selector: { type: 'TextQuoteSelector', exact: 'Air Force One' } } };
    const repeated = { id: 'urn:x:4', type: 'Annotation', target: { source: 'https://example.org/seed/000', selector: { type: 'TextQuoteSelector', exact: 'Trump' } } };
    const result = importWebAnnotations([lost, noSelector, everywhere, repeated, 'https://example.org/anno/9', { type: 'Note' }], seed.articles, exactLocate);
    expect(result.claims).toEqual([]);
    expect(result.unmatched).toEqual([
      { annotationId: 'https://example.org/anno/9', reason: 'The annotation is given only by its address, not its content.' },
      { annotationId: '#6', reason: 'The item is not an annotation.' },
      { annotationId: 'urn:x:1', reason: 'The quote was not found in any article of the case.' },
      { annotationId: 'urn:x:2', reason: 'The target has no TextQuoteSelector or TextPositionSelector.' },
      { annotationId: 'urn:x:3', reason: 'The quote matches several articles equally well.' },
      { annotationId: 'urn:x:4', reason: 'The quote could not be placed: the quote occurs more than once' },
    ]);
    expect(importWebAnnotations('{not json', seed.articles, exactLocate).unmatched).toEqual([{ annotationId: '', reason: 'The file is not valid JSON.' }]);
  });
});
