// Fills the case a journey has open with a large one, for journeys that need
// many articles and claims. Apart from ./large-case, which the benchmark page
// also builds for the browser: this one reads files and drives the page.
import { readFileSync } from 'node:fs';
import { SEED_FILES, type FactmarkPage } from '../pages/factmark-page';
import { buildLargeCase, seedLargeCase, seedParagraphs, type LargeCaseOptions } from './large-case';

/**
 * Fills the case `app` has open, the only one stored, with a large case made of
 * the sample articles' paragraphs, straight into the database: a reload shows it.
 * Needs `installIdbHelper`.
 */
export async function fillOpenCase(app: FactmarkPage, opts: LargeCaseOptions): Promise<void> {
  const [{ id: caseId }] = await app.page.evaluate(() => withStore<{ id: string }[]>('cases', 'readonly', (store) => store.getAll()));
  const paragraphs = seedParagraphs(SEED_FILES.map((f) => readFileSync(f, 'utf8')));
  await seedLargeCase(app, buildLargeCase(caseId, paragraphs, opts));
}
