// The sample case: the three seed articles shipped under resources/, offered
// on first run so a reviewer can try everything before importing their own.
import a000 from '../../../resources/sample-case/000_9044352e4e2fc21f.txt?raw';
import a001 from '../../../resources/sample-case/001_a3ddd61e6e446330.txt?raw';
import a002 from '../../../resources/sample-case/002_1a4ff22dfbcd21b9.txt?raw';
import type { Repositories } from '../../storage';
import type { Case } from '../../core/model';
import { parseSeedArticle } from '../../core/seed-format';
import { S } from './strings';

const SAMPLE_FILES: [string, string, string][] = [
  ['000_9044352e4e2fc21f.txt', a000, 'Outlet A'],
  ['001_a3ddd61e6e446330.txt', a001, 'Outlet B'],
  ['002_1a4ff22dfbcd21b9.txt', a002, 'Outlet C'],
];

export async function createSampleCase(repos: Repositories): Promise<Case> {
  const c = await repos.cases.create(S.welcome.sampleTitle, { summary: S.welcome.sampleSummary, eventDate: '2017-11-11' });
  await repos.articles.addMany(
    c.id,
    SAMPLE_FILES.map(([name, text, outlet]) => {
      const parsed = parseSeedArticle(text);
      return { title: parsed.title, outlet, publishedDate: parsed.publishedDate, blocks: parsed.blocks, origin: { format: 'sample' as const, name } };
    }),
  );
  return c;
}
