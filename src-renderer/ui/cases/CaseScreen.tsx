// One case filling the window: the top bar and the current view. Holds which
// article and claim are selected, so every view can open a claim in place.
import { lazy, startTransition, Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Article, Case } from '../../core/model';
import { CaseClaims } from '../../core/case-claims';
import { useApp } from '../app/app-context';
import { S } from '../app/strings';
import { useClaimActions, useRehearsedClaimWrite } from '../app/use-claim-actions';
import { ArticleList } from '../articles/ArticleList';
import { useSimilarityIndexAhead } from '../suggestions/use-suggestions';
import { ArticleReader, type ArticleReaderHandle } from '../articles/ArticleReader';
import { ClaimInspector, type InspectorDialog } from '../inspector/ClaimInspector';
import { CaseDialogs, CaseToolButtons } from '../inspector/CaseDialogs';
import { useClaimNavigation } from '../inspector/use-claim-navigation';
import { readDroppedFiles } from '../import/dropped-files';
import { IS } from '../import/strings';
import type { ImportFile } from '../../core/import';
import { TopBar, type ViewName } from './TopBar';
import { LiveClaimsContext, useCaseClaims } from './use-case-claims';
import { ClaimsReading } from '../shared/ClaimsReading';
import { ArticleBodies } from './article-bodies';
import { useArticleBody } from './use-article-body';
import { keepIfSame, useKept } from '../shared/use-stable-value';
import { afterNextPaint, afterPaintWhenIdle } from '../shared/after-paint';
import { SettingsButton } from '../settings/SettingsDialog';
import { ClaimsTable } from '../claims/ClaimsTable';
import { Overview } from '../overview/Overview';
import { Matrix } from '../matrix/Matrix';
import { isModShortcut, isTypingTarget } from '../shared/keyboard';
import type { CaseFiles } from '../export/use-case-files';
import { XS } from '../export/strings';

interface Props {
  caseId: string;
  cases: Case[];
  onSwitchCase(id: string): void;
  onNewCase(): void;
  onDeleted(): void;
  /** Opening case files, backups and restores (App owns it: files from the OS arrive on any screen). */
  caseFiles: CaseFiles;
}

const CASE_TIMESTAMPS = ['updatedAt'];

// Importing and exporting bring their parsers and writers (docx, zip, Markdown, reports): loaded on
// first use, so opening the app does not parse and compile them.
const ImportDialog = lazy(() => import('../import/ImportDialog').then((m) => ({ default: m.ImportDialog })));
const ExportDialog = lazy(() => import('../export/ExportDialog').then((m) => ({ default: m.ExportDialog })));

/** How long after a new highlight the inspector waits for the claim's commit before opening anyway. */
const INSPECTOR_WAIT_MS = 120;

export function CaseScreen({ caseId, cases, onSwitchCase, onNewCase, onDeleted, caseFiles }: Props) {
  const { repos, host, undo, reviewer, notify } = useApp();
  // The case row's updatedAt moves with every claim written and nothing here shows it: a row
  // that changed only there is the same object, so the live query does not re-render the screen.
  const keptCase = useKept<Case | undefined>();
  const theCase = useLiveQuery(async () => keepIfSame(keptCase, await repos.cases.get(caseId), CASE_TIMESTAMPS), [caseId]);
  // Titles and metadata only: the reader loads the text of the one article it shows.
  const articles = useLiveQuery(() => repos.articles.listSummariesByCase(caseId), [caseId]);
  const { live: liveClaims, claims, loading: claimsRead, failure: claimsFailure } = useCaseClaims(caseId);
  // Once the case is on screen with its claims: the index's reads do not compete with the case's own.
  useSimilarityIndexAhead(caseId, claims ? articles : undefined);
  // A case with claims opens on its Overview, an empty one on Articles. Whether it has
  // any is asked apart (no claim is read), so the screen shows before they have loaded.
  const hasClaims = useLiveQuery(() => repos.claims.hasAny(caseId), [caseId]);
  const [chosenView, setView] = useState<ViewName | null>(null);
  const view: ViewName | null = chosenView ?? (hasClaims === undefined ? null : hasClaims ? 'overview' : 'articles');
  const [articleId, setArticleId] = useState<string | null>(null);
  const [claimId, setClaimId] = useState<string | null>(null);
  const readerRef = useRef<ArticleReaderHandle>(null);
  const [dialog, setDialog] = useState<InspectorDialog | null>(null);
  const pendingReveal = useRef<string | null>(null);
  const [importing, setImporting] = useState<{ files: ImportFile[] | null } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [exporting, setExporting] = useState(false);
  const { markClaim, deleteClaim, updateClaim } = useClaimActions(theCase);
  const undoState = useSyncExternalStore(
    (fn) => undo.subscribe(fn),
    () => `${undo.canUndo()}:${undo.canRedo()}`,
  );

  // Open the first article when none is chosen (or the chosen one is gone).
  useEffect(() => {
    if (!articles) return;
    if (!articleId || !articles.some((a) => a.id === articleId)) setArticleId(articles[0]?.id ?? null);
  }, [articles, articleId]);

  // The reader's article: its metadata from the list, its text read only while the Articles view shows it.
  const bodies = useMemo(() => new ArticleBodies((id) => repos.articles.bodyOf(id)), [repos]);
  const summary = articles?.find((a) => a.id === articleId);
  const body = useArticleBody(bodies, view === 'articles' ? summary : undefined);
  const article: Article | undefined = useMemo(() => (summary && body?.id === summary.id ? { ...summary, text: body.text, blocks: body.blocks } : undefined), [summary, body]);
  useRehearsedClaimWrite(article);
  // Selecting an article starts reading its text before the screen re-renders.
  const selectArticle = useCallback(
    (id: string) => {
      const picked = articles?.find((a) => a.id === id);
      if (picked) void bodies.load(picked.id, picked.updatedAt).catch(() => undefined);
      setArticleId(id);
    },
    [articles, bodies],
  );
  const articleClaims = (claims ?? CaseClaims.EMPTY).ofArticle(articleId);
  const claimCounts = (claims ?? CaseClaims.EMPTY).countByArticle;
  const selectedClaim = claimId ? claims?.get(claimId) : undefined;

  // Pin the first view once it is known, so marking a first claim does not switch views.
  // An update function: a view picked in the moment before this effect runs stays picked.
  useEffect(() => {
    if (hasClaims !== undefined && chosenView === null) setView((picked) => picked ?? (hasClaims ? 'overview' : 'articles'));
  }, [hasClaims, chosenView]);


  /** Opens a claim wherever it is: its article in the reader, its highlight in view. */
  const openClaim = useCallback(
    (id: string) => {
      // While the claims are first read, the table's rows come from those read so far.
      const target = claims?.get(id) ?? claimsRead?.claims.find((c) => c.id === id);
      if (!target) return;
      setView('articles');
      setArticleId(target.articleId);
      setClaimId(id);
      pendingReveal.current = id;
    },
    [claims, claimsRead],
  );
  useEffect(() => {
    const id = pendingReveal.current;
    if (!id || !articleClaims.some((c) => c.id === id)) return;
    pendingReveal.current = null;
    // The reader builds its document on mount; reveal once it has painted.
    requestAnimationFrame(() => requestAnimationFrame(() => readerRef.current?.revealClaim(id)));
  }, [articleClaims, claimId]);
  useClaimNavigation(articleClaims, claimId, openClaim);


  const onImport = useCallback(() => setImporting({ files: null }), []);

  // Files or folders dropped anywhere on the window open the import dialog.
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!e.relatedTarget) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      setDragging(false);
      void readDroppedFiles(e.dataTransfer).then((files) => files.length && setImporting({ files }));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  // The claim just marked, while its write commits: the inspector shows "Saving…" until it has.
  const [marking, setMarking] = useState<{ id: string; saved: Promise<boolean> } | null>(null);
  const onMark = useCallback(
    (a: Article, span: { start: number; end: number }) => {
      const marked = markClaim(a, span);
      if (!marked) return null;
      // The inspector opens on the new claim once its write has committed and the highlight has
      // been painted, when the thread is quiet; or soon after the highlight if the commit is slow:
      // mounting every section and starting their reads at once would compete with the commit
      // and the highlight's frames for this thread and for the database.
      let opened = false;
      const open = () => {
        if (opened) return;
        opened = true;
        startTransition(() => {
          setMarking({ id: marked.claim.id, saved: marked.saved });
          setClaimId(marked.claim.id);
        });
      };
      void marked.saved.then((stored) => stored && afterPaintWhenIdle(open));
      afterNextPaint(() => setTimeout(open, INSPECTOR_WAIT_MS));
      return marked;
    },
    [markClaim],
  );

  const runUndo = useCallback(async () => {
    const e = await undo.undo();
    notify(e ? `Undone: ${e.label}` : S.undo.nothing);
  }, [undo, notify]);
  const runRedo = useCallback(async () => {
    const e = await undo.redo();
    notify(e ? `Redone: ${e.label}` : S.undo.nothingRedo);
  }, [undo, notify]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isModShortcut(e, 'm', { shift: true })) {
        e.preventDefault();
        readerRef.current?.markSelection();
      } else if (!isTypingTarget(e.target) && isModShortcut(e, 'z', { shift: false })) {
        e.preventDefault();
        void runUndo();
      } else if (!isTypingTarget(e.target) && (isModShortcut(e, 'z', { shift: true }) || isModShortcut(e, 'y'))) {
        e.preventDefault();
        void runRedo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [runUndo, runRedo]);

  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'import-articles') onImport();
        else if (command === 'undo') void runUndo();
        else if (command === 'redo') void runRedo();
        else if (command === 'new-case') onNewCase();
        else if (command === 'export') setExporting(true);
      }),
    [host, onImport, runUndo, runRedo, onNewCase],
  );

  if (!theCase || !articles || !view) return <div className="fm-loading" aria-busy="true" />;
  // The case-wide views and the reader wait for the claims; the top bar and article list do not.
  // The Claims table alone shows the claims read so far: its rows need nothing but them.
  const claimsLoading = (
    <section className="fm-empty-state" aria-busy={!claimsFailure}>
      {claimsFailure ? (
        <div className="fm-view-empty" role="alert">
          <p className="fm-empty">{S.errors.claimsUnread(claimsFailure instanceof Error ? claimsFailure.message : String(claimsFailure))}</p>
          <button type="button" className="fm-button fm-primary" onClick={() => liveClaims.retry()}>
            {S.errors.tryAgain}
          </button>
        </div>
      ) : claimsRead ? (
        <ClaimsReading read={claimsRead.read} total={claimsRead.total} />
      ) : (
        <p className="fm-empty" role="status">
          {S.loadingClaims}
        </p>
      )}
    </section>
  );
  const tableClaims = claims?.all ?? claimsRead?.claims;
  const [canUndo, canRedo] = undoState.split(':').map((v) => v === 'true');

  return (
    <LiveClaimsContext.Provider value={liveClaims}>
    <div className="fm-case">
      <TopBar
        cases={cases}
        current={theCase}
        view={view}
        onView={setView}
        onSwitch={onSwitchCase}
        onNew={onNewCase}
        onRename={(title) => void repos.cases.update(theCase.id, { title })}
        onDelete={() => void repos.cases.delete(theCase.id).then(onDeleted)}
        onUndo={() => void runUndo()}
        onRedo={() => void runRedo()}
        canUndo={canUndo}
        canRedo={canRedo}
        extraActions={
          <>
            <CaseToolButtons onDialog={setDialog} />
            <button type="button" className="fm-button fm-quiet" onClick={() => setExporting(true)}>
              {XS.open}
            </button>
            <SettingsButton onOpenCase={onSwitchCase} />
          </>
        }
      />
      {view !== 'articles' && !claims && !(view === 'claims' && tableClaims) && claimsLoading}
      {view === 'overview' && claims && <Overview theCase={theCase} articles={articles} claims={claims.all} onOpenClaim={openClaim} onShowArticles={() => setView('articles')} />}
      {view === 'claims' && tableClaims && (
        <ClaimsTable theCase={theCase} articles={articles} claims={tableClaims} loading={claims ? undefined : claimsRead} onOpenClaim={openClaim} onShowArticles={() => setView('articles')} />
      )}
      {view === 'matrix' && claims && <Matrix theCase={theCase} articles={articles} claims={claims.all} onOpenClaim={openClaim} onShowArticles={() => setView('articles')} />}
      {view === 'articles' && (
      <div className="fm-articles-view">
        <ArticleList articles={articles} claimCounts={claimCounts} selectedId={articleId} onSelect={selectArticle} onImport={onImport} />
        {article && claims ? (
          <ArticleReader
            ref={readerRef}
            theCase={theCase}
            article={article}
            claims={articleClaims}
            selectedClaimId={claimId}
            onSelectClaim={setClaimId}
            onMark={onMark}
            onDeleteClaim={(id) => void deleteClaim(id)}
            notify={notify}
          />
        ) : articleId ? (
          claimsFailure ? claimsLoading : <section className="fm-reader fm-empty-state" aria-busy="true" />
        ) : (
          <section className="fm-reader fm-empty-state">
            <p className="fm-empty">{articles.length ? S.articles.noneSelected : S.articles.empty}</p>
          </section>
        )}
        <ClaimInspector
          theCase={theCase}
          claim={selectedClaim}
          claims={claims ?? CaseClaims.EMPTY}
          articles={articles}
          reviewer={reviewer}
          onUpdate={updateClaim}
          onDelete={(id) => {
            void deleteClaim(id);
            setClaimId(null);
          }}
          onOpenClaim={openClaim}
          onDialog={setDialog}
          saving={marking?.id === claimId ? marking.saved : undefined}
        />
      </div>
      )}
      <CaseDialogs theCase={theCase} dialog={dialog} onDialog={setDialog} />
      <Suspense fallback={null}>
      {importing && (
        <ImportDialog
          caseId={caseId}
          initialFiles={importing.files}
          onClose={() => setImporting(null)}
          onImported={(ids) => {
            if (ids.length) setArticleId(ids[0]);
          }}
        />
      )}
      {exporting && <ExportDialog theCase={theCase} articles={articles} caseFiles={caseFiles} onClose={() => setExporting(false)} />}
      </Suspense>
      {dragging && (
        <div className="fm-drop-overlay" aria-hidden="true">
          <p>{IS.dropHere}</p>
        </div>
      )}
    </div>
    </LiveClaimsContext.Provider>
  );
}
