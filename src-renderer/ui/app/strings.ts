// User-facing strings of the app shell, case list, article view and inspector.
// One place per feature so the interface can be translated later.

// One formatter for counts that change while they are shown.
const counts = new Intl.NumberFormat();

export const S = {
  appName: 'Factmark',
  views: { overview: 'Overview', articles: 'Articles', claims: 'Claims', matrix: 'Matrix' },
  cases: {
    newCase: 'New case',
    untitled: 'Untitled case',
    rename: 'Rename case',
    delete: 'Delete case',
    confirmDelete: (title: string) => `Delete the case “${title}” and everything in it? This cannot be undone.`,
    switchCase: 'Switch case',
    namePrompt: 'Name of the new case',
  },
  articles: {
    listLabel: 'Articles in this case',
    import: 'Import articles…',
    empty: 'No articles yet. Import the articles that report this event: plain text, Markdown, web pages, Word or PDF files.',
    noneSelected: 'Choose an article on the left to read it and mark its claims.',
    claims: (n: number) => (n === 1 ? '1 claim' : `${n} claims`),
    markClaim: 'Mark claim',
    markClaimHint: 'Select text in the article, then mark it as a claim (Ctrl+Shift+M)',
    selectFirst: 'Select the words of the claim in the article first.',
    readerLabel: (title: string) => `Article text: ${title}`,
    untitled: 'Untitled article',
  },
  inspector: {
    choose: 'Overlapping claims — choose one',
  },
  welcome: {
    title: 'Welcome to Factmark',
    intro: 'Check what the news says, claim by claim, across every outlet that reported it.',
    steps: [
      ['Gather a case', 'A case holds the articles that report one event. Import web pages, Word files, PDFs or text.'],
      ['Mark claims', 'Select a statement in an article and mark it as a claim. Link it to the same claim in other articles.'],
      ['Rate and publish', 'Give each claim a verdict with sources, then export an annotated report.'],
    ] as const,
    reviewerLabel: 'Your name, as it will appear in the corrections log',
    openSample: 'Open the sample case',
    startEmpty: 'Start an empty case',
    sampleTitle: 'Trump and Putin at APEC (sample)',
    sampleSummary: 'Three reports of 11 November 2017 on what the US and Russian presidents said about election meddling.',
  },
  undo: { nothing: 'Nothing to undo', nothingRedo: 'Nothing to redo' },
  loadingClaims: 'Loading the case’s claims…',
  readingClaims: (read: number, total: number) => `Reading the case’s claims: ${counts.format(read)} of ${counts.format(total)}…`,
  errors: {
    storage: 'Factmark could not open its storage in this browser. Private windows and some settings block it.',
    storageFull: 'Storage is full: this change was not saved, and nothing saved before it was lost. Free disk space or export a backup, then try again.',
    markFailed: (reason: string) => `The claim could not be saved, so it was not marked: ${reason}`,
    claimsUnread: (reason: string) => `The case’s claims could not be read: ${reason}. Nothing was changed.`,
    tryAgain: 'Try again',
  },
} as const;
