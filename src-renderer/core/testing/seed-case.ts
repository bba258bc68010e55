// A realistic case built from the three seed articles: claims anchored on real
// passages, six-step verdicts, sources with evidence stances, same/contradicts
// links and a corrections history. Tests of exporters, storage and the UI reuse
// it. It reads nothing from disk: callers pass the three seed files' texts.
import type {
  Article,
  CaseContents,
  Claim,
  ClaimLink,
  ClaimStatus,
  Evidence,
  HistoryEntry,
  LinkKind,
  RichText,
  Source,
  SourceKind,
  Stance,
  Verdict,
} from '../model';
import { sixStepScale } from '../rating-scales';
import { parseSeedArticle } from '../seed-format';
import { articleFromDraft } from '../article-from-draft';
import { describeAnchor } from '../anchoring/describe';

export const SEED_CASE_ID = 'case-seed';
const CREATED = '2026-11-30T09:00:00.000Z';
const REVIEWER = 'A. Reviewer';

export const SEED_ARTICLE_IDS = ['article-000', 'article-001', 'article-002'] as const;

interface ClaimSpec {
  id: string;
  article: 0 | 1 | 2;
  exact: string;
  statement: string;
  claimant: string;
  status: ClaimStatus;
  tags: string[];
  notes?: string;
  verdict?: Omit<Verdict, 'reviewer' | 'date'> & { date?: string };
}

const para = (...children: RichText[number]['children']): RichText[number] => ({ type: 'paragraph', children });

const CLAIMS: ClaimSpec[] = [
  {
    id: 'claim-denial-000',
    article: 0,
    exact: 'He said he as absolutely did not meddle in our election',
    statement: 'Putin told Trump again at APEC that he did not meddle in the 2016 US election.',
    claimant: 'Donald Trump',
    status: 'reviewed',
    tags: ['election meddling', 'denial'],
    notes: 'Quoted as said aboard Air Force One on 11 November 2017.',
    verdict: {
      ratingId: 'half-true',
      conclusion: 'Putin has denied meddling in public, but the Kremlin says the topic was not discussed at APEC.',
      rationale: [
        para({ text: 'Putin has repeatedly denied interference in public. ' }, { text: 'The Kremlin', bold: true }, { text: ' says the two leaders did not discuss it on Saturday.' }),
      ],
    },
  },
  {
    id: 'claim-hit-job-000',
    article: 0,
    exact: 'The president described the story surrounding Russian attempts to influence the election as an “artificial Democratic hit job.”',
    statement: 'Reports of Russian attempts to influence the 2016 election are an artificial Democratic hit job.',
    claimant: 'Donald Trump',
    status: 'published',
    tags: ['election meddling'],
    verdict: {
      ratingId: 'false',
      conclusion: 'US intelligence agencies concluded that Russia interfered in the 2016 election.',
      rationale: [
        para({ text: 'The January 2017 ' }, { text: 'intelligence community assessment', italic: true, link: 'https://www.dni.gov/files/documents/ICA_2017_01.pdf' }, { text: ' found a Russian influence campaign.' }),
        { type: 'bullet', children: [{ text: 'Assessment by CIA, FBI and NSA.' }] },
        { type: 'bullet', children: [{ text: 'Not limited to one party’s claims.' }] },
      ],
    },
  },
  {
    id: 'claim-denial-001',
    article: 1,
    exact: 'He said he didn’t meddle. He said he didn’t meddle.',
    statement: 'Putin told Trump again at APEC that he did not meddle in the 2016 US election.',
    claimant: 'Donald Trump',
    status: 'reviewed',
    tags: ['election meddling', 'denial'],
    verdict: {
      ratingId: 'half-true',
      conclusion: 'Putin has denied meddling in public, but the Kremlin says the topic was not discussed at APEC.',
      rationale: [para({ text: 'Same quote as in the first article.' })],
    },
  },
  {
    id: 'claim-kremlin-001',
    article: 1,
    exact: 'President Trump and Russian President Vladimir Putin did not discuss alleged election meddling on Saturday.',
    statement: 'Trump and Putin did not discuss election meddling at the APEC summit.',
    claimant: 'Kremlin press office',
    status: 'researching',
    tags: ['election meddling'],
    notes: 'Reported second-hand via The Hill; find the original Kremlin statement.',
  },
  {
    id: 'claim-reach-001',
    article: 1,
    exact: 'posted fake ads on American social media companies helping them reach a staggering 126 million Americans through Facebook alone',
    statement: 'Russian fake ads on US social media reached 126 million Americans through Facebook.',
    claimant: 'Sample outlet B',
    status: 'drafted',
    tags: ['figures', 'social media'],
    verdict: {
      ratingId: 'mostly-false',
      conclusion: 'The 126 million figure counts everyone who may have seen Russian-linked posts, mostly not ads.',
      rationale: [para({ text: 'Facebook counted organic posts, not ads, for most of that reach.' })],
    },
  },
  {
    id: 'claim-126m-001',
    article: 1,
    exact: '126 million Americans through Facebook',
    statement: 'Russian-linked content reached 126 million Americans through Facebook.',
    claimant: 'Sample outlet B',
    status: 'reviewed',
    tags: ['figures'],
    verdict: {
      ratingId: 'mostly-true',
      conclusion: 'Facebook told Congress up to 126 million people may have been served Russian-linked content.',
      rationale: [
        para({ text: 'Facebook’s general counsel gave the figure in testimony on 31 October 2017: ' }, { text: '“may have been served”', italic: true }, { text: '.' }),
      ],
    },
  },
  {
    id: 'claim-dnc-001',
    article: 1,
    exact: 'Russia hacked into DNC servers and posted fake ads',
    statement: 'Russia hacked into DNC servers.',
    claimant: 'Sample outlet B',
    status: 'open',
    tags: [],
  },
  {
    id: 'claim-syria-002',
    article: 2,
    exact: 'The Presidents agreed that there is no military solution to the conflict in Syria.',
    statement: 'The two presidents agreed that there is no military solution in Syria.',
    claimant: 'Joint statement of the US and Russian presidents',
    status: 'published',
    tags: ['Syria'],
    verdict: {
      ratingId: 'true',
      conclusion: 'The joint statement published on 11 November 2017 says so word for word.',
      rationale: [{ type: 'quote', children: [{ text: 'The Presidents agreed that there is no military solution to the conflict in Syria.' }] }],
    },
  },
  {
    id: 'claim-denial-002',
    article: 2,
    exact: 'Putin once again denied any such meddling',
    statement: 'Putin told Trump again at APEC that he did not meddle in the 2016 US election.',
    claimant: 'Donald Trump',
    status: 'drafted',
    tags: ['election meddling', 'denial'],
  },
  {
    id: 'claim-intel-002',
    article: 2,
    exact: 'The U.S. intelligence community has concluded that Russia did interfere',
    statement: 'US intelligence agencies concluded that Russia interfered in the 2016 election.',
    claimant: 'Sample outlet C',
    status: 'published',
    tags: ['election meddling'],
    verdict: {
      ratingId: 'true',
      conclusion: 'The January 2017 intelligence community assessment says so.',
      rationale: [para({ text: 'See the declassified assessment.' })],
    },
  },
];

interface SourceSpec {
  id: string;
  url: string;
  title: string;
  publisher: string;
  archivedUrl: string;
  excerpt: string;
  kind: SourceKind;
}

const SOURCES: SourceSpec[] = [
  {
    id: 'source-ica-2017',
    url: 'https://www.dni.gov/files/documents/ICA_2017_01.pdf',
    title: 'Assessing Russian Activities and Intentions in Recent US Elections',
    publisher: 'Office of the Director of National Intelligence',
    archivedUrl: 'https://web.archive.org/web/2017/https://www.dni.gov/files/documents/ICA_2017_01.pdf',
    excerpt: 'We assess Russian President Vladimir Putin ordered an influence campaign in 2016 aimed at the US presidential election.',
    kind: 'official',
  },
  {
    id: 'source-facebook-testimony',
    url: 'https://www.judiciary.senate.gov/imo/media/doc/10-31-17%20Stretch%20Testimony.pdf',
    title: 'Testimony of Colin Stretch, General Counsel, Facebook',
    publisher: 'U.S. Senate Committee on the Judiciary',
    archivedUrl: '',
    excerpt: 'Our best estimate is that approximately 126 million people may have been served one of their stories at some point during the two-year period.',
    kind: 'primary',
  },
  {
    id: 'source-joint-statement',
    url: 'https://trumpwhitehouse.archives.gov/briefings-statements/joint-statement-president-united-states-president-russian-federation/',
    title: 'Joint Statement by the President of the United States and the President of the Russian Federation',
    publisher: 'The White House',
    archivedUrl: '',
    excerpt: 'The Presidents agreed that there is no military solution to the conflict in Syria.',
    kind: 'official',
  },
];

const EVIDENCE: Array<[claimId: string, sourceId: string, stance: Stance, note: string]> = [
  ['claim-hit-job-000', 'source-ica-2017', 'refutes', 'Finds a Russian influence campaign aimed at the election.'],
  ['claim-intel-002', 'source-ica-2017', 'supports', ''],
  ['claim-126m-001', 'source-facebook-testimony', 'supports', 'Gives the 126 million estimate.'],
  ['claim-reach-001', 'source-facebook-testimony', 'refutes', 'The figure covers organic posts, not ads.'],
  ['claim-syria-002', 'source-joint-statement', 'supports', ''],
  ['claim-dnc-001', 'source-ica-2017', 'context', 'Describes the DNC intrusions.'],
];

const LINKS: Array<[from: string, to: string, kind: LinkKind]> = [
  ['claim-denial-000', 'claim-denial-001', 'same'],
  ['claim-denial-002', 'claim-denial-001', 'same'],
  ['claim-kremlin-001', 'claim-denial-000', 'contradicts'],
  ['claim-intel-002', 'claim-hit-job-000', 'contradicts'],
  ['claim-126m-001', 'claim-reach-001', 'elaborates'],
  ['claim-intel-002', 'claim-dnc-001', 'supports'],
];

/** Start/end of the one occurrence of `exact` in `text`; throws if it is missing or repeated. */
function uniqueSpan(text: string, exact: string): { start: number; end: number } {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`seed case: passage not found: ${exact}`);
  if (text.indexOf(exact, start + 1) >= 0) throw new Error(`seed case: passage occurs twice: ${exact}`);
  return { start, end: start + exact.length };
}

function minutesAfter(base: string, minutes: number): string {
  return new Date(Date.parse(base) + minutes * 60_000).toISOString();
}

async function seedArticles(texts: readonly [string, string, string]): Promise<Article[]> {
  return Promise.all(
    texts.map((source, i) => {
      const parsed = parseSeedArticle(source);
      const n = String(i).padStart(3, '0');
      return articleFromDraft(
        {
          title: parsed.title,
          outlet: `Sample outlet ${'ABC'[i]}`,
          author: '',
          url: `https://example.org/seed/${n}`,
          publishedDate: parsed.publishedDate,
          language: 'en',
          blocks: parsed.blocks,
          format: 'sample',
          sourceName: `${n}.txt`,
        },
        { caseId: SEED_CASE_ID, order: i, now: CREATED, id: SEED_ARTICLE_IDS[i] },
      );
    }),
  );
}

/** The seed case from the texts of seeds 000, 001 and 002, in that order. Deterministic. */
export async function buildSeedCase(texts: readonly [string, string, string]): Promise<CaseContents> {
  const articles = await seedArticles(texts);
  const claims: Claim[] = CLAIMS.map((spec, i) => {
    const article = articles[spec.article];
    const at = minutesAfter(CREATED, 10 + i);
    const verdict: Verdict | null = spec.verdict
      ? { ratingId: spec.verdict.ratingId, conclusion: spec.verdict.conclusion, rationale: spec.verdict.rationale, reviewer: REVIEWER, date: spec.verdict.date ?? '2026-11-30' }
      : null;
    return {
      id: spec.id,
      caseId: SEED_CASE_ID,
      articleId: article.id,
      anchor: describeAnchor(article.text, uniqueSpan(article.text, spec.exact)),
      statement: spec.statement,
      claimant: spec.claimant,
      claimDate: '2017-11-11',
      status: spec.status,
      tags: spec.tags,
      notes: spec.notes ?? '',
      verdict,
      createdAt: at,
      updatedAt: verdict ? minutesAfter(at, 60) : at,
    };
  });
  const sources: Source[] = SOURCES.map((s) => ({ ...s, caseId: SEED_CASE_ID, accessedDate: '2026-11-30', createdAt: CREATED, updatedAt: CREATED }));
  const evidence: Evidence[] = EVIDENCE.map(([claimId, sourceId, stance, note], i) => ({
    id: `evidence-${i + 1}`,
    caseId: SEED_CASE_ID,
    claimId,
    sourceId,
    stance,
    note,
    createdAt: minutesAfter(CREATED, 30 + i),
  }));
  const links: ClaimLink[] = LINKS.map(([fromClaimId, toClaimId, kind], i) => ({
    id: `link-${i + 1}`,
    caseId: SEED_CASE_ID,
    fromClaimId,
    toClaimId,
    kind,
    createdAt: minutesAfter(CREATED, 40 + i),
  }));
  const history: HistoryEntry[] = [
    ...claims.map((c, i) => ({
      id: `history-create-${i + 1}`,
      caseId: SEED_CASE_ID,
      claimId: c.id,
      at: c.createdAt,
      reviewer: REVIEWER,
      action: 'create' as const,
      field: 'claim',
      before: '',
      after: c.statement,
    })),
    {
      id: 'history-verdict-126m-1',
      caseId: SEED_CASE_ID,
      claimId: 'claim-126m-001',
      at: '2026-11-30T11:00:00.000Z',
      reviewer: REVIEWER,
      action: 'update',
      field: 'verdict',
      before: 'True',
      after: 'Mostly true',
    },
    {
      id: 'history-status-syria-1',
      caseId: SEED_CASE_ID,
      claimId: 'claim-syria-002',
      at: '2026-11-30T11:05:00.000Z',
      reviewer: REVIEWER,
      action: 'update',
      field: 'status',
      before: 'reviewed',
      after: 'published',
    },
    {
      id: 'history-case-summary-1',
      caseId: SEED_CASE_ID,
      claimId: null,
      at: '2026-11-30T11:10:00.000Z',
      reviewer: REVIEWER,
      action: 'update',
      field: 'summary',
      before: '',
      after: 'Summary written.',
    },
  ];
  return {
    case: {
      id: SEED_CASE_ID,
      title: 'Putin–Trump APEC',
      summary:
        'Three reports of 11 November 2017 on the informal talks between Donald Trump and Vladimir Putin at the APEC summit in Vietnam. They disagree on whether election meddling was discussed.',
      eventDate: '2017-11-11',
      scale: sixStepScale(),
      archived: false,
      createdAt: CREATED,
      updatedAt: '2026-11-30T11:10:00.000Z',
    },
    articles,
    claims,
    sources,
    evidence,
    links,
    history,
    dismissed: [
      { id: 'dismissed-1', caseId: SEED_CASE_ID, claimId: 'claim-denial-000', articleId: 'article-002', start: 0, end: 40 },
    ],
  };
}
