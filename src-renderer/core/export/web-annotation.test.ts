import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseContents } from '../model';
import { buildSeedCase } from '../testing/seed-case';
import { readSeedTexts, seedsDir } from '../testing/seed-texts.node';
import { hostileCase } from '../testing/hostile-case';
import { webAnnotationCollection, webAnnotationJson, type Annotation } from './web-annotation';

let seed: CaseContents;
beforeAll(async () => {
  seed = await buildSeedCase(readSeedTexts());
});

const checker = join(dirname(seedsDir()), 'conformance/web-annotation/check.mjs');

describe('webAnnotationCollection', () => {
  it('gives each claim annotations that target its quote and position in the article', () => {
    const collection = webAnnotationCollection(seed, { collectionId: 'urn:uuid:00000000-0000-4000-8000-000000000000' });
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', label: 'Putin–Trump APEC' });
    const items = collection.first.items;
    expect(collection.total).toBe(items.length);
    const byId = new Map(items.map((a) => [a.id, a]));
    const assessing = byId.get('urn:factmark:claim:claim-126m-001:assessing')!;
    expect(assessing.motivation).toBe('assessing');
    expect(assessing.body).toEqual({
      type: 'TextualBody',
      value: 'Mostly true — Facebook told Congress up to 126 million people may have been served Russian-linked content.',
      format: 'text/plain',
      purpose: 'assessing',
      language: 'en',
    });
    expect(assessing.target).toMatchObject({
      id: 'urn:factmark:claim:claim-126m-001',
      type: 'SpecificResource',
      source: 'https://example.org/seed/001',
      selector: [{ type: 'TextQuoteSelector', exact: '126 million Americans through Facebook' }, { type: 'TextPositionSelector' }],
    });
    const tagging = byId.get('urn:factmark:claim:claim-denial-000:tagging')!;
    expect((tagging.body as Array<{ value: string; purpose: string }>).map((b) => [b.value, b.purpose])).toEqual([
      ['election meddling', 'tagging'],
      ['denial', 'tagging'],
    ]);
    expect(byId.get('urn:factmark:claim:claim-kremlin-001:commenting')!.body).toMatchObject({ purpose: 'commenting' });
    const link = items.find((a) => a.motivation === 'linking' && (a.target as Annotation['target'][]).length === 2 && a.body && !Array.isArray(a.body) && a.body.value === 'contradicts')!;
    expect((link.target as Array<{ id: string }>).map((t) => t.id)).toEqual(['urn:factmark:claim:claim-kremlin-001', 'urn:factmark:claim:claim-denial-000']);
    for (const a of items) {
      expect(a.id).toMatch(/^urn:/);
      expect(a.created).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(a.modified).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
  });

  it.each([
    ['the seed case', () => seed],
    ['a case with hostile ids, URLs and text', () => hostileCase(seed)],
  ])('passes the W3C conformance kit with selectors required: %s', (_, contents) => {
    const file = join(mkdtempSync(join(tmpdir(), 'factmark-wa-')), 'export.jsonld');
    writeFileSync(file, webAnnotationJson(contents()));
    const run = spawnSync(process.execPath, [checker, file, '--selectors'], { encoding: 'utf8', cwd: join(import.meta.dirname, '../../..') });
    expect(run.stdout + run.stderr).toMatch(/\d+ passed, 0 failed/);
    expect(run.status).toBe(0);
  });
});
