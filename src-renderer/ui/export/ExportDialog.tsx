// The Export dialog: choose a format and what goes in (articles, statuses,
// rationales, format options), see ClaimReview warnings before saving, then a
// busy line while the file is written and a clear result. Below, case files:
// open a case file, back up all cases, restore a backup.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { CLAIM_STATUSES, type ArticleSummary, type Case, type ClaimStatus } from '../../core/model';
import { STATUS_LABEL } from '../../core/export/messages';
import type { PageSize } from '../../host/host';
import { useApp } from '../app/app-context';
import { Modal } from '../inspector/Modal';
import { buildExport, claimReviewOf, EXPORT_FORMATS, USES_ARTICLES, USES_RATIONALES, USES_STATUSES, type ExportChoices, type ExportFormat } from './export-formats';
import type { CaseFiles, Outcome } from './use-case-files';
import { XS } from './strings';
import './export.css';

interface Props {
  theCase: Case;
  articles: ArticleSummary[];
  caseFiles: CaseFiles;
  onClose(): void;
}

type State = { kind: 'idle' } | { kind: 'busy'; message: string } | Outcome;

const why = (error: unknown) => (error instanceof Error ? error.message : String(error));
/** Lets the busy line paint before a long synchronous write starts. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function ExportDialog({ theCase, articles, caseFiles, onClose }: Props) {
  const { repos, host } = useApp();
  const contents = useLiveQuery(() => repos.cases.contents(theCase.id), [theCase.id]);
  const [format, setFormat] = useState<ExportFormat>('html');
  const [articleIds, setArticleIds] = useState<string[]>(() => articles.map((a) => a.id));
  const [statuses, setStatuses] = useState<ClaimStatus[]>([...CLAIM_STATUSES]);
  const [includeRationales, setIncludeRationales] = useState(true);
  const [pageSize, setPageSize] = useState<PageSize>('A4');
  const [bom, setBom] = useState(false);
  const [orgName, setOrgName] = useState('');
  const [orgUrl, setOrgUrl] = useState('');
  const [reviewUrl, setReviewUrl] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });

  // Articles in case order, whatever order they were ticked in.
  const choices: ExportChoices = {
    articleIds: articles.map((a) => a.id).filter((id) => articleIds.includes(id)),
    statuses: CLAIM_STATUSES.filter((s) => statuses.includes(s)),
    includeRationales,
    pageSize,
    bom,
    orgName,
    orgUrl,
    reviewUrl,
  };
  const warnings = useMemo(
    () => (format === 'claimreview' && contents ? claimReviewOf(contents, { statuses, orgName, orgUrl, reviewUrl }).warnings : []),
    [format, contents, statuses, orgName, orgUrl, reviewUrl],
  );
  const problem = USES_ARTICLES.has(format) && choices.articleIds.length === 0 ? XS.noArticles : USES_STATUSES.has(format) && choices.statuses.length === 0 ? XS.noStatuses : null;
  const busy = state.kind === 'busy';

  const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));

  const run = async () => {
    setState({ kind: 'busy', message: XS.writing(XS.formats[format]) });
    await nextFrame();
    try {
      const fresh = await repos.cases.contents(theCase.id);
      if (!fresh) throw new Error(theCase.title);
      const file = buildExport(format, fresh, choices, new Date());
      const saved = format === 'pdf' ? await host.printReport(file.data, pageSize, file.name) : await host.saveFile(file.name, file.data, file.mime);
      if (!saved) setState({ kind: 'cancelled', message: XS.cancelled });
      else setState({ kind: 'done', message: format === 'pdf' && host.kind === 'browser' ? XS.printed : XS.saved(file.name) });
    } catch (error) {
      setState({ kind: 'error', message: XS.failed(why(error)) });
    }
  };

  const caseFileAction = async (busyMessage: string | null, action: () => Promise<Outcome | null>) => {
    if (busyMessage) setState({ kind: 'busy', message: busyMessage });
    const outcome = await action();
    setState(outcome ?? { kind: 'idle' });
  };

  return (
    <Modal
      title={XS.title}
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="fm-button" onClick={onClose}>
            {XS.close}
          </button>
          <button type="button" className="fm-button fm-primary" disabled={busy || problem !== null} onClick={() => void run()}>
            {XS.exportButton}
          </button>
        </>
      }
    >
      <div className="fm-export" aria-busy={busy}>
        <fieldset className="fm-export-formats">
          <legend>{XS.format}</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f} className="fm-export-format">
              <input
                type="radio"
                name="export-format"
                value={f}
                checked={format === f}
                onChange={() => {
                  setFormat(f);
                  setState({ kind: 'idle' });
                }}
              />
              <span>
                <strong>{XS.formats[f]}</strong>
                <small>{XS.formatHints[f]}</small>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="fm-export-options">
          {USES_ARTICLES.has(format) && (
            <fieldset>
              <legend>{XS.articles}</legend>
              {articles.map((a) => (
                <label key={a.id} className="fm-export-check">
                  <input type="checkbox" checked={articleIds.includes(a.id)} onChange={(e) => setArticleIds((ids) => toggle(ids, a.id, e.target.checked))} />
                  <span>
                    {a.title}
                    {a.outlet && <small> — {a.outlet}</small>}
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          {USES_STATUSES.has(format) && (
            <fieldset>
              <legend>{XS.statuses}</legend>
              <div className="fm-export-inline">
                {CLAIM_STATUSES.map((s) => (
                  <label key={s} className="fm-export-check">
                    <input type="checkbox" checked={statuses.includes(s)} onChange={(e) => setStatuses((list) => toggle(list, s, e.target.checked))} />
                    <span>{STATUS_LABEL[s]}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          {USES_RATIONALES.has(format) && (
            <label className="fm-export-check">
              <input type="checkbox" checked={includeRationales} onChange={(e) => setIncludeRationales(e.target.checked)} />
              <span>{XS.rationales}</span>
            </label>
          )}
          {format === 'pdf' && (
            <label className="fm-field">
              <span>{XS.pageSize}</span>
              <select value={pageSize} onChange={(e) => setPageSize(e.target.value as PageSize)}>
                <option value="A4">A4</option>
                <option value="Letter">Letter</option>
              </select>
            </label>
          )}
          {format === 'csv' && (
            <label className="fm-export-check">
              <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} />
              <span>{XS.bom}</span>
            </label>
          )}
          {format === 'claimreview' && (
            <>
              <label className="fm-field">
                <span>{XS.orgName}</span>
                <input value={orgName} onChange={(e) => setOrgName(e.target.value)} />
              </label>
              <label className="fm-field">
                <span>{XS.orgUrl}</span>
                <input type="url" value={orgUrl} placeholder="https://" onChange={(e) => setOrgUrl(e.target.value)} />
              </label>
              <label className="fm-field">
                <span>{XS.reviewUrl}</span>
                <input type="url" value={reviewUrl} placeholder="https://" onChange={(e) => setReviewUrl(e.target.value)} />
              </label>
              {warnings.length > 0 && (
                <div className="fm-warning fm-export-warnings">
                  <strong>{XS.warnings}</strong>
                  <ul aria-label={XS.warnings}>
                    {warnings.map((w) => (
                      <li key={w}>{w}</li>
                    ))}
                  </ul>
                </div>
              )}
            </>
          )}
          {problem && <p className="fm-export-problem">{problem}</p>}
        </div>
      </div>
      <div className="fm-export-result">
        {state.kind === 'busy' && (
          <p role="status" className="fm-export-busy">
            <progress aria-label={state.message} />
            {state.message}
          </p>
        )}
        {(state.kind === 'done' || state.kind === 'cancelled') && <p role="status">{state.message}</p>}
        {state.kind === 'error' && (
          <p role="alert" className="fm-export-error">
            {state.message}
          </p>
        )}
      </div>
      <section className="fm-export-files" aria-label={XS.caseFiles}>
        <h3>{XS.caseFiles}</h3>
        <button type="button" className="fm-button" disabled={busy} onClick={() => void caseFileAction(null, () => caseFiles.openCaseFile())}>
          {XS.openCaseFile}
        </button>
        <button type="button" className="fm-button" disabled={busy} onClick={() => void caseFileAction(XS.backingUp, caseFiles.backupAll)}>
          {XS.backupAll}
        </button>
        <button type="button" className="fm-button" disabled={busy} onClick={() => void caseFileAction(null, caseFiles.restoreBackup)}>
          {XS.restoreBackup}
        </button>
      </section>
    </Modal>
  );
}
