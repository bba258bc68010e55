// Everything the command-line tool prints: usage, summaries and errors.

export const USAGE = `Usage: factmark <command> [options]

Commands:
  import FILES|DIR... -o case.json [--title TITLE]
      Read articles (and W3C Web Annotation .json/.jsonld files, attached as
      claims) into a new case bundle. A folder is read with its sub-folders.
  export case.json --format FORMAT [-o FILE] [options]
      FORMAT: html | md | csv | claimreview | webannotation | bundle
      --articles ID,ID     only these articles       --status S,S   only these claim statuses
      --no-rationales      leave verdict rationales out of html/md reports
      --bom                start the CSV with a UTF-8 byte-order mark
      --org NAME --org-url URL --review-url URL      ClaimReview publisher and page
      Without -o the file is named after the case and today's date.
  validate case.json
      Check a case bundle (or a backup of all cases) and print what it holds.
  sample SEEDS_DIR -o case.json
      Build the sample case: the three seed articles with example claims,
      verdicts, sources and links (for trying the exports).
  --help
      Show this help.

Exit codes: 0 done, 1 a file could not be read or is not valid, 2 wrong usage.
`;

export const CLI_TEXT = {
  unknownCommand: (c: string) => `factmark: unknown command “${c}”. Run factmark --help.`,
  badOptions: (detail: string) => `factmark: ${detail}. Run factmark --help.`,
  needInputs: 'factmark import: name at least one file or folder.',
  needOutput: (command: string) => `factmark ${command}: say where to write with -o FILE.`,
  needSeeds: 'factmark sample: name the folder that holds the three seed articles.',
  notSeeds: (dir: string, n: number) => `${dir}: expected the three seed articles (.txt), found ${n}.`,
  needCase: (command: string) => `factmark ${command}: name one case bundle (case.json).`,
  badFormat: (f: string) => `factmark export: unknown format “${f}” (use html, md, csv, claimreview, webannotation or bundle).`,
  badStatus: (s: string) => `factmark export: unknown claim status “${s}” (use open, researching, drafted, reviewed, published).`,
  notFound: (path: string) => `${path}: no such file or folder.`,
  unreadable: (path: string, why: string) => `${path}: cannot be read (${why}).`,
  fileError: (name: string, message: string) => `${name}: ${message}`,
  skipped: (name: string) => `${name}: skipped (not a format Factmark reads).`,
  noArticles: 'factmark import: no article could be read, so no case was written.',
  annotationNotJson: (name: string) => `${name}: not valid JSON.`,
  annotationIsBundle: (name: string) => `${name}: this is a Factmark case bundle, not Web Annotations; open it with export or validate.`,
  unmatched: (name: string, id: string, reason: string) => `${name}: annotation ${id || '(no id)'} not attached: ${reason}`,
  imported: (path: string, articles: number, claims: number, links: number) =>
    `Wrote ${path}: ${articles} article${articles === 1 ? '' : 's'}, ${claims} claim${claims === 1 ? '' : 's'}, ${links} link${links === 1 ? '' : 's'}.`,
  exported: (path: string) => `Wrote ${path}.`,
  warning: (text: string) => `warning: ${text}`,
  validCase: (path: string, title: string, articles: number, claims: number, sources: number, links: number) =>
    `${path}: a valid Factmark case, “${title}”: ${articles} articles, ${claims} claims, ${sources} sources, ${links} links.`,
  validBackup: (path: string, cases: number) => `${path}: a valid Factmark backup of ${cases} case${cases === 1 ? '' : 's'}.`,
  defaultTitle: 'Imported articles',
  writeFailed: (path: string, why: string) => `${path}: could not be written (${why}).`,
} as const;
