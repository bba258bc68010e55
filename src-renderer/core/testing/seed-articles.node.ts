// Node-only test support: the three seed articles as a case's articles (ids
// a0, a1, a2 in that order, outlets "Outlet A", "B", "C"), for tests of the
// case views built over them.
import { buildArticle } from '../case-views/case-builder';
import { parseSeedArticle } from '../seed-format';
import { readSeedTexts } from './seed-texts.node';

export function seedCaseArticles(): ReturnType<typeof buildArticle>[] {
  return readSeedTexts().map((text, i) => {
    const parsed = parseSeedArticle(text);
    return buildArticle('case', `a${i}`, i, { text: '', blocks: parsed.blocks, title: parsed.title, outlet: `Outlet ${'ABC'[i]}` });
  });
}
