// The strip along the top of a case: the case's name and switcher, the
// views of the case, and case actions (new, rename, delete, undo, redo).
import type { ReactNode } from 'react';
import type { Case } from '../../core/model';
import { S } from '../app/strings';
import { useDialogs } from '../shared/dialogs';

export type ViewName = 'overview' | 'articles' | 'claims' | 'matrix';
export const VIEWS: ViewName[] = ['overview', 'articles', 'claims', 'matrix'];

interface Props {
  cases: Case[];
  current: Case;
  view: ViewName;
  onView(v: ViewName): void;
  onSwitch(id: string): void;
  onNew(): void;
  onRename(title: string): void;
  onDelete(): void;
  onUndo(): void;
  onRedo(): void;
  canUndo: boolean;
  canRedo: boolean;
  /** Case tools from other features (rating scale, sources, shortcuts). */
  extraActions?: ReactNode;
}

export function TopBar(p: Props) {
  const dialogs = useDialogs();
  return (
    <header className="fm-topbar">
      <span className="fm-logo" aria-hidden="true">
        F
      </span>
      <label className="fm-case-switch">
        <span className="fm-visually-hidden">{S.cases.switchCase}</span>
        <select value={p.current.id} onChange={(e) => p.onSwitch(e.target.value)}>
          {p.cases.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="fm-icon-button"
        aria-label={S.cases.rename}
        title={S.cases.rename}
        onClick={async () => {
          const t = await dialogs.prompt(S.cases.rename, p.current.title, 'Rename');
          if (t && t.trim()) p.onRename(t.trim());
        }}
      >
        ✎
      </button>
      <nav className="fm-tabs" aria-label="Case views">
        {VIEWS.map((v) => (
          <button key={v} type="button" className="fm-tab" aria-current={p.view === v ? 'page' : undefined} onClick={() => p.onView(v)}>
            {S.views[v]}
          </button>
        ))}
      </nav>
      <div className="fm-topbar-actions">
        {p.extraActions}
        <button type="button" className="fm-icon-button" aria-label="Undo" title="Undo (Ctrl+Z)" disabled={!p.canUndo} onClick={p.onUndo}>
          ↶
        </button>
        <button type="button" className="fm-icon-button" aria-label="Redo" title="Redo (Ctrl+Shift+Z)" disabled={!p.canRedo} onClick={p.onRedo}>
          ↷
        </button>
        <button type="button" className="fm-button" onClick={p.onNew}>
          {S.cases.newCase}
        </button>
        <button
          type="button"
          className="fm-button fm-quiet"
          onClick={async () => {
            if (await dialogs.confirm(S.cases.delete, S.cases.confirmDelete(p.current.title), 'Delete', true)) p.onDelete();
          }}
        >
          {S.cases.delete}
        </button>
      </div>
    </header>
  );
}
