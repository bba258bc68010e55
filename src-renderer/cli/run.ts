// The `factmark` commands: import files into a case bundle, export a bundle
// as a report or data file, validate a bundle. Exit codes: 0 done, 1 a file
// could not be read or is invalid, 2 wrong usage. Errors go to stderr.
import { basename, extname, join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CLAIM_STATUSES, type Article, type CaseContents, type ClaimStatus } from '../core/model';
import { DEFAULT_SCALE } from '../core/rating-scales';
import { newId } from '../core/ids';
import { articleFromDraft } from '../core/article-from-draft';
import { importWebAnnotations } from '../core/export/web-annotation-import';
import { readBackup, readBundle, writeBundle } from '../core/export/bundle';
import { htmlReport } from '../core/export/html-report';
import { markdownReport } from '../core/export/markdown-report';
import { claimsCsv } from '../core/export/claims-csv';
import { claimReviews } from '../core/export/claimreview';
import { webAnnotationJson } from '../core/export/web-annotation';
import { exportFileName } from '../core/export/file-name';
import { buildSeedCase } from '../core/testing/seed-case';
import { importFile } from '../core/import';
import type { CliDeps } from './cli-deps';
import type { ImportDeps } from '../core/import/types';
import { CLI_TEXT as T, USAGE } from './messages';

export const EXIT = { ok: 0, badFile: 1, usage: 2 } as const;

const ANNOTATION_EXTENSIONS = new Set(['.json', '.jsonld']);
const FORMAT_EXTENSION = { html: 'html', md: 'md', csv: 'csv', claimreview: 'claimreview.json', webannotation: 'annotations.jsonld', bundle: 'factmark' } as const;
type ExportFormat = keyof typeof FORMAT_EXTENSION;

class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

const why = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function runCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      deps.stdout(USAGE);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === 'import') return await importCommand(rest, deps);
    if (command === 'export') return await exportCommand(rest, deps);
    if (command === 'validate') return await validateCommand(rest, deps);
    if (command === 'sample') return await sampleCommand(rest, deps);
    throw new CliError(T.unknownCommand(command), EXIT.usage);
  } catch (error) {
    if (error instanceof CliError) {
      deps.stderr(error.message);
      return error.code;
    }
    throw error;
  }
}

function parse<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new CliError(T.badOptions(why(error)), EXIT.usage);
  }
}

async function readText(path: string, deps: CliDeps): Promise<string> {
  if ((await deps.kind(path)) !== 'file') throw new CliError(T.notFound(path), EXIT.badFile);
  try {
    return new TextDecoder('utf-8').decode(await deps.readFile(path));
  } catch (error) {
    throw new CliError(T.unreadable(path, why(error)), EXIT.badFile);
  }
}

async function write(path: string, text: string, deps: CliDeps): Promise<void> {
  try {
    await deps.writeFile(path, text);
  } catch (error) {
    throw new CliError(T.writeFailed(path, why(error)), EXIT.badFile);
  }
}

/** Every file under the inputs, folders read recursively in name order. */
async function expandInputs(inputs: readonly string[], deps: CliDeps): Promise<Array<{ path: string; relativePath: string; fromFolder: boolean }>> {
  const out: Array<{ path: string; relativePath: string; fromFolder: boolean }> = [];
  const walk = async (dir: string, prefix: string) => {
    for (const name of (await deps.listDir(dir)).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      const kind = await deps.kind(path);
      if (kind === 'dir') await walk(path, `${prefix}${name}/`);
      else if (kind === 'file') out.push({ path, relativePath: `${prefix}${name}`, fromFolder: true });
    }
  };
  for (const input of inputs) {
    const kind = await deps.kind(input);
    if (kind === 'dir') await walk(input, '');
    else if (kind === 'file') out.push({ path: input, relativePath: basename(input), fromFolder: false });
    else throw new CliError(T.notFound(input), EXIT.badFile);
  }
  return out;
}

async function importCommand(args: readonly string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parse({
    args: [...args],
    options: { output: { type: 'string', short: 'o' }, title: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return (deps.stdout(USAGE), EXIT.ok);
  if (positionals.length === 0) throw new CliError(T.needInputs, EXIT.usage);
  if (!values.output) throw new CliError(T.needOutput('import'), EXIT.usage);
  const now = deps.now();
  const caseId = newId();
  const files = await expandInputs(positionals, deps);

  let importDeps: ImportDeps | undefined;
  const articles: Article[] = [];
  const annotationFiles: typeof files = [];
  const errors: string[] = [];
  for (const file of files) {
    if (ANNOTATION_EXTENSIONS.has(extname(file.path).toLowerCase())) {
      annotationFiles.push(file);
      continue;
    }
    const bytes = await deps.readFile(file.path).catch((error) => {
      errors.push(T.unreadable(file.path, why(error)));
      return null;
    });
    if (!bytes) continue;
    const result = await importFile({ name: basename(file.path), relativePath: file.relativePath, bytes }, (importDeps ??= deps.importDeps()));
    if (!result.ok) {
      // Inside a folder, files in formats Factmark does not read are passed over (and said so).
      if (result.code === 'unsupported' && file.fromFolder) deps.stderr(T.skipped(file.relativePath));
      else errors.push(T.fileError(file.path, result.message));
      continue;
    }
    for (const w of result.warnings) deps.stderr(T.warning(`${file.path}: ${w}`));
    for (const draft of result.drafts) articles.push(await articleFromDraft(draft, { caseId, order: articles.length, now }));
  }
  if (errors.length) {
    for (const e of errors) deps.stderr(e);
    return EXIT.badFile;
  }
  if (articles.length === 0) throw new CliError(T.noArticles, EXIT.badFile);

  const dates = articles.map((a) => a.publishedDate).filter(Boolean).sort();
  const contents: CaseContents = {
    case: { id: caseId, title: values.title?.trim() || T.defaultTitle, summary: '', eventDate: dates[0] ?? '', scale: DEFAULT_SCALE(), archived: false, createdAt: now, updatedAt: now },
    articles,
    claims: [],
    sources: [],
    evidence: [],
    links: [],
    history: [],
    dismissed: [],
  };
  for (const file of annotationFiles) {
    const text = await readText(file.path, deps);
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      throw new CliError(T.annotationNotJson(file.path), EXIT.badFile);
    }
    if (typeof json === 'object' && json !== null && 'format' in json && String(json.format).startsWith('factmark-')) throw new CliError(T.annotationIsBundle(file.path), EXIT.badFile);
    const found = importWebAnnotations(json, articles, deps.locate, { caseId, scale: contents.case.scale, now });
    contents.claims.push(...found.claims);
    contents.links.push(...found.links);
    for (const u of found.unmatched) deps.stderr(T.warning(T.unmatched(file.path, u.annotationId, u.reason)));
  }
  await write(values.output, writeBundle(contents, now), deps);
  deps.stdout(T.imported(values.output, articles.length, contents.claims.length, contents.links.length));
  return EXIT.ok;
}

async function readCase(path: string, deps: CliDeps): Promise<CaseContents> {
  const read = readBundle(await readText(path, deps));
  if (!read.ok) throw new CliError(T.fileError(path, read.message), EXIT.badFile);
  return read.contents;
}

const csvList = (value: string | undefined) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

async function exportCommand(args: readonly string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parse({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      articles: { type: 'string' },
      status: { type: 'string' },
      'no-rationales': { type: 'boolean' },
      bom: { type: 'boolean' },
      org: { type: 'string' },
      'org-url': { type: 'string' },
      'review-url': { type: 'string' },
    },
  });
  if (values.help) return (deps.stdout(USAGE), EXIT.ok);
  if (positionals.length !== 1) throw new CliError(T.needCase('export'), EXIT.usage);
  const format = values.format ?? '';
  if (!(format in FORMAT_EXTENSION)) throw new CliError(T.badFormat(format), EXIT.usage);
  const statuses = csvList(values.status);
  const badStatus = statuses?.find((s) => !(CLAIM_STATUSES as readonly string[]).includes(s));
  if (badStatus) throw new CliError(T.badStatus(badStatus), EXIT.usage);
  const contents = await readCase(positionals[0], deps);
  const now = deps.now();
  const filter = { articleIds: csvList(values.articles), statuses: statuses as ClaimStatus[] | undefined };
  const output = values.output ?? exportFileName(contents.case.title, now, FORMAT_EXTENSION[format as ExportFormat]);

  let text: string;
  switch (format as ExportFormat) {
    case 'html':
      text = htmlReport(contents, { ...filter, includeRationales: !values['no-rationales'], generatedAt: now });
      break;
    case 'md':
      text = markdownReport(contents, { ...filter, includeRationales: !values['no-rationales'], generatedAt: now });
      break;
    case 'csv':
      text = claimsCsv(contents, { ...filter, bom: values.bom === true });
      break;
    case 'claimreview': {
      const result = claimReviews(contents, {
        reviewUrl: values['review-url'] ?? '',
        organization: { name: values.org ?? '', url: values['org-url'] },
        statuses: filter.statuses,
      });
      for (const w of result.warnings) deps.stderr(T.warning(w));
      text = result.json;
      break;
    }
    case 'webannotation':
      text = webAnnotationJson(contents, filter);
      break;
    case 'bundle':
      text = writeBundle(contents, now);
      break;
  }
  await write(output, text, deps);
  deps.stdout(T.exported(output));
  return EXIT.ok;
}

async function validateCommand(args: readonly string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parse({ args: [...args], options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  if (values.help) return (deps.stdout(USAGE), EXIT.ok);
  if (positionals.length !== 1) throw new CliError(T.needCase('validate'), EXIT.usage);
  const path = positionals[0];
  const text = await readText(path, deps);
  const asCase = readBundle(text);
  if (asCase.ok) {
    const c = asCase.contents;
    deps.stdout(T.validCase(path, c.case.title, c.articles.length, c.claims.length, c.sources.length, c.links.length));
    return EXIT.ok;
  }
  const asBackup = readBackup(text);
  if (asBackup.ok) {
    deps.stdout(T.validBackup(path, asBackup.cases.length));
    return EXIT.ok;
  }
  throw new CliError(T.fileError(path, asCase.message), EXIT.badFile);
}

async function sampleCommand(args: readonly string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parse({ args: [...args], options: { output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  if (values.help) return (deps.stdout(USAGE), EXIT.ok);
  if (positionals.length !== 1) throw new CliError(T.needSeeds, EXIT.usage);
  if (!values.output) throw new CliError(T.needOutput('sample'), EXIT.usage);
  const dir = positionals[0];
  if ((await deps.kind(dir)) !== 'dir') throw new CliError(T.notFound(dir), EXIT.badFile);
  const names = (await deps.listDir(dir)).filter((n) => n.endsWith('.txt')).sort();
  if (names.length !== 3) throw new CliError(T.notSeeds(dir, names.length), EXIT.badFile);
  const [a, b, c] = await Promise.all(names.map((n) => readText(join(dir, n), deps)));
  let contents: CaseContents;
  try {
    contents = await buildSeedCase([a, b, c]);
  } catch (error) {
    throw new CliError(T.fileError(dir, why(error)), EXIT.badFile);
  }
  await write(values.output, writeBundle(contents, deps.now()), deps);
  deps.stdout(T.imported(values.output, contents.articles.length, contents.claims.length, contents.links.length));
  return EXIT.ok;
}
