// Every source of the case in one dialog: what cites it, edit, delete
// (asking first when claims cite it).
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Source } from '../../core/model';
import { useApp } from '../app/app-context';
import { useDialogs } from '../shared/dialogs';
import { T } from '../inspector/strings';
import { ExternalLink } from './ExternalLink';
import { SourceForm, sourceLabel } from './SourceForm';
import { Modal } from '../inspector/Modal';

export function SourcesDialog({ caseId, onClose }: { caseId: string; onClose(): void }) {
  const { repos } = useApp();
  const dialogs = useDialogs();
  const sources = useLiveQuery(() => repos.sources.listByCase(caseId), [caseId]);
  const evidence = useLiveQuery(() => repos.sources.evidenceOfCase(caseId), [caseId]);
  const [editing, setEditing] = useState<string | null>(null);
  const uses = (s: Source) => new Set((evidence ?? []).filter((e) => e.sourceId === s.id).map((e) => e.claimId)).size;

  const remove = async (s: Source) => {
    const n = uses(s);
    const ok = await dialogs.confirm(T.sources.delete(sourceLabel(s)), n ? T.sources.deleteInUse(n) : T.sources.deleteUnused, T.sources.confirmDelete, true);
    if (ok) await repos.sources.delete(s.id);
  };

  return (
    <Modal title={T.sources.title} onClose={onClose} wide>
      {sources && sources.length === 0 && <p className="fm-empty">{T.sources.empty}</p>}
      <ul className="fm-source-list">
        {[...(sources ?? [])]
          .sort((a, b) => sourceLabel(a).localeCompare(sourceLabel(b)))
          .map((s) => (
            <li key={s.id} className="fm-source-row">
              {editing === s.id ? (
                <SourceForm
                  initial={s}
                  submitLabel={T.sources.save}
                  onCancel={() => setEditing(null)}
                  onSubmit={(fields) => void repos.sources.update(s.id, fields).then(() => setEditing(null))}
                />
              ) : (
                <>
                  <div className="fm-source-main">
                    <strong>{sourceLabel(s)}</strong>
                    <span className="fm-meta">
                      {[s.publisher, T.sourceKinds[s.kind], s.accessedDate, T.sources.usedBy(uses(s))].filter(Boolean).join(' · ')}
                    </span>
                    {s.url && <ExternalLink url={s.url} />}
                    {s.archivedUrl && <ExternalLink url={s.archivedUrl}>{T.sources.archived}</ExternalLink>}
                    {s.excerpt && <blockquote className="fm-excerpt">{s.excerpt}</blockquote>}
                  </div>
                  <div className="fm-row-actions">
                    <button type="button" className="fm-button" aria-label={T.sources.edit(sourceLabel(s))} onClick={() => setEditing(s.id)}>
                      Edit
                    </button>
                    <button type="button" className="fm-button fm-danger" aria-label={T.sources.delete(sourceLabel(s))} onClick={() => void remove(s)}>
                      Delete
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
      </ul>
    </Modal>
  );
}
