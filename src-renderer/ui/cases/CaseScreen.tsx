// One case filling the window: the top bar and the current view. Holds which
// article and claim are selected, so every view can open a claim in place.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Article, Case } from '../../core/model';
import { useApp } from '../app/app-context';
import { S } from '../app/strings';
import { useClaimActions } from '../app/use-claim-actions';
import { ArticleList } from '../articles/ArticleList';
import { ArticleReader, type ArticleReaderHandle } from '../articles/ArticleReader';
import { ClaimInspector, type InspectorDialog } from '../inspector/ClaimInspector';
import { CaseDialogs, CaseToolButtons } from '../inspector/CaseDialogs';
import { useClaimNavigation } from '../inspector/use-claim-navigation';
import { importArticles } from '../import/import-articles';
import { TopBar, type ViewName } from './TopBar';
import { ClaimsTable } from '../claims/ClaimsTable';
import { Overview } from '../overview/Overview';
import { Matrix } from '../matrix/Matrix';
import { isModShortcut, isTypingTarget } from '../shared/keyboard';

interface Props {
  caseId: string;
  cases: Case[];
  onSwitchCase(id: string): void;
  onNewCase(): void;
  onDeleted(): void;
}

const IMPORT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf'];

export function CaseScreen({ caseId, cases, onSwitchCase, onNewCase, onDeleted }: Props) {
  const { repos, host, undo, reviewer, notify } = useApp();
  const theCase = useLiveQuery(() => repos.cases.get(caseId), [caseId]);
  const articles = useLiveQuery(() => repos.articles.listByCase(caseId), [caseId]);
  const claims = useLiveQuery(() => repos.claims.listByCase(caseId), [caseId]);
  // Null until chosen: a case with claims opens on its Overview, an empty one on Articles.
  const [chosenView, setView] = useState<ViewName | null>(null);
  const view: ViewName = chosenView ?? (claims?.length ? 'overview' : 'articles');
  const [articleId, setArticleId] = useState<string | null>(null);
  const [claimId, setClaimId] = useState<string | null>(null);
  const readerRef = useRef<ArticleReaderHandle>(null);
  const [dialog, setDialog] = useState<InspectorDialog | null>(null);
  const pendingReveal = useRef<string | null>(null);
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

  const article = articles?.find((a) => a.id === articleId);
  const articleClaims = useMemo(() => (claims ?? []).filter((c) => c.articleId === articleId), [claims, articleId]);
  const claimCounts = useMemo(() => {
    const m = new Map<string, number>();
    for (const c of claims ?? []) m.set(c.articleId, (m.get(c.articleId) ?? 0) + 1);
    return m;
  }, [claims]);
  const selectedClaim = claims?.find((c) => c.id === claimId);

  // Pin the first view once the claims are known, so marking a first claim does not switch views.
  useEffect(() => {
    if (claims && chosenView === null) setView(claims.length ? 'overview' : 'articles');
  }, [claims, chosenView]);


  /** Opens a claim wherever it is: its article in the reader, its highlight in view. */
  const openClaim = useCallback(
    (id: string) => {
      const target = claims?.find((c) => c.id === id);
      if (!target) return;
      setView('articles');
      setArticleId(target.articleId);
      setClaimId(id);
      pendingReveal.current = id;
    },
    [claims],
  );
  useEffect(() => {
    const id = pendingReveal.current;
    if (!id || !articleClaims.some((c) => c.id === id)) return;
    pendingReveal.current = null;
    // The reader builds its document on mount; reveal once it has painted.
    requestAnimationFrame(() => requestAnimationFrame(() => readerRef.current?.revealClaim(id)));
  }, [articleClaims, claimId]);
  useClaimNavigation(articleClaims, claimId, openClaim);

  const onImport = useCallback(async () => {
    const files = await host.pickFiles({ title: S.articles.import, extensions: IMPORT_EXTENSIONS, multiple: true, directory: false });
    if (files.length === 0) return;
    const outcomes = await importArticles(repos, caseId, files);
    const ok = outcomes.filter((o) => o.ok).length;
    const failed = outcomes.filter((o) => !o.ok);
    notify(`Imported ${ok} of ${outcomes.length} files.` + failed.map((f) => ` ${f.name}: ${f.message}`).join(''), failed.length ? 'error' : 'info');
  }, [host, repos, caseId, notify]);

  const onMark = useCallback(
    async (a: Article, span: { start: number; end: number }) => {
      const claim = await markClaim(a, span);
      if (claim) setClaimId(claim.id);
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
        if (command === 'import-articles') void onImport();
        else if (command === 'undo') void runUndo();
        else if (command === 'redo') void runRedo();
        else if (command === 'new-case') onNewCase();
      }),
    [host, onImport, runUndo, runRedo, onNewCase],
  );

  if (!theCase || !articles || !claims) return <div className="fm-loading" aria-busy="true" />;
  const [canUndo, canRedo] = undoState.split(':').map((v) => v === 'true');

  return (
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
        extraActions={<CaseToolButtons onDialog={setDialog} />}
      />
      {view === 'overview' && <Overview theCase={theCase} articles={articles} claims={claims} onOpenClaim={openClaim} onShowArticles={() => setView('articles')} />}
      {view === 'claims' && <ClaimsTable theCase={theCase} articles={articles} claims={claims} onOpenClaim={openClaim} onShowArticles={() => setView('articles')} />}
      {view === 'matrix' && <Matrix theCase={theCase} articles={articles} claims={claims} onOpenClaim={openClaim} onShowArticles={() => setView('articles')} />}
      {view === 'articles' && (
      <div className="fm-articles-view">
        <ArticleList articles={articles} claimCounts={claimCounts} selectedId={articleId} onSelect={setArticleId} onImport={() => void onImport()} />
        {article ? (
          <ArticleReader
            ref={readerRef}
            theCase={theCase}
            article={article}
            claims={articleClaims}
            selectedClaimId={claimId}
            onSelectClaim={setClaimId}
            onMark={onMark}
            notify={notify}
          />
        ) : (
          <section className="fm-reader fm-empty-state">
            <p className="fm-empty">{articles.length ? S.articles.noneSelected : S.articles.empty}</p>
          </section>
        )}
        <ClaimInspector
          theCase={theCase}
          claim={selectedClaim}
          claims={claims}
          articles={articles}
          reviewer={reviewer}
          onUpdate={updateClaim}
          onDelete={(id) => {
            void deleteClaim(id);
            setClaimId(null);
          }}
          onOpenClaim={openClaim}
          onDialog={setDialog}
        />
      </div>
      )}
      <CaseDialogs theCase={theCase} dialog={dialog} onDialog={setDialog} />
    </div>
  );
}
