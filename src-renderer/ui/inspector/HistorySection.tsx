// The corrections log of a claim: newest first, who changed what and when,
// from what to what.
import { useLiveQuery } from 'dexie-react-hooks';
import type { HistoryEntry } from '../../core/model';
import { useApp } from '../app/app-context';
import { T } from './strings';

function when(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function Change({ entry }: { entry: HistoryEntry }) {
  if (entry.action === 'create') return <span>{T.history.created}</span>;
  if (entry.action === 'delete') return <span>{T.history.deleted}</span>;
  const field = T.history.fields[entry.field] ?? entry.field;
  return (
    <span>
      <span className="fm-history-field">{field}</span>: <del>{entry.before || T.history.nothing}</del> → <ins>{entry.after || T.history.nothing}</ins>
    </span>
  );
}

export function HistorySection({ claimId }: { claimId: string }) {
  const { repos } = useApp();
  const history = useLiveQuery(() => repos.claims.historyOf(claimId), [claimId]);
  const newestFirst = [...(history ?? [])].reverse();
  return (
    <section className="fm-section" data-section="history">
      <h3 id="fm-history-heading" className="fm-section-title">{T.sections.history}</h3>
      {history && history.length === 0 && <p className="fm-hint">{T.history.empty}</p>}
      <ol className="fm-history" aria-label={T.sections.history}>
        {newestFirst.map((h) => (
          <li key={h.id}>
            <span className="fm-meta">
              {when(h.at)} · {h.reviewer || '—'}
            </span>
            <Change entry={h} />
          </li>
        ))}
      </ol>
    </section>
  );
}
