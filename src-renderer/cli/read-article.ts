// Reads one article file for `factmark import`. Once the app's importers
// (core/import) are merged, the body of readArticleFile becomes
// `return importFile(file, deps);` and node-deps.ts passes createNodeImportDeps;
// until then the seed/plain-text format is read here.
import type { ImportDeps, ImportFile, ImportFileResult } from '../core/import/types';
import { parseSeedArticle } from '../core/seed-format';

const MAX_TEXT_BYTES = 10 * 1024 * 1024;

export async function readArticleFile(file: ImportFile, _deps: ImportDeps): Promise<ImportFileResult> {
  return readSeedFile(file);
}

/** The seed format (optional " date YYYY-MM-DD " line, paragraphs) from .txt files. */
function readSeedFile(file: ImportFile): ImportFileResult {
  const fail = (code: Exclude<ImportFileResult, { ok: true }>['code'], message: string): ImportFileResult => ({ ok: false, name: file.name, code, message });
  if (!/\.(txt|text)$/i.test(file.name)) return fail('unsupported', 'only plain-text (.txt) articles can be read by this build.');
  if (file.bytes.length === 0) return fail('empty', 'the file is empty.');
  if (file.bytes.length > MAX_TEXT_BYTES) return fail('too-large', 'the file is larger than 10 MB.');
  if (file.bytes.includes(0)) return fail('binary', 'the file is not text.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return fail('malformed', 'the file is not UTF-8 text.');
  }
  const parsed = parseSeedArticle(text);
  if (parsed.blocks.length === 0) return fail('no-text', 'the file holds no text.');
  return {
    ok: true,
    name: file.name,
    warnings: [],
    drafts: [
      {
        title: parsed.title,
        outlet: '',
        author: '',
        url: '',
        publishedDate: parsed.publishedDate,
        language: '',
        blocks: parsed.blocks,
        format: parsed.publishedDate ? 'seed' : 'text',
        sourceName: file.name,
      },
    ],
  };
}
