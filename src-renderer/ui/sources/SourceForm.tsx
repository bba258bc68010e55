// The fields of a source (URL, title, publisher, accessed date, archived
// URL, excerpt, kind), for creating one or editing it.
import { useState } from 'react';
import { SOURCE_KINDS, type SourceKind } from '../../core/model';
import type { SourceFields } from '../../storage';
import { T } from '../inspector/strings';
import { today } from '../inspector/verdict';

interface Props {
  initial?: SourceFields;
  submitLabel: string;
  onSubmit(fields: SourceFields): void;
  onCancel(): void;
}

export function emptySource(): SourceFields {
  return { url: '', title: '', publisher: '', accessedDate: today(), archivedUrl: '', excerpt: '', kind: 'primary' };
}

export function SourceForm({ initial, submitLabel, onSubmit, onCancel }: Props) {
  const [f, setF] = useState<SourceFields>(initial ?? emptySource());
  const [problem, setProblem] = useState('');
  const set = <K extends keyof SourceFields>(k: K, v: SourceFields[K]) => setF((x) => ({ ...x, [k]: v }));
  const text = (k: 'url' | 'title' | 'publisher' | 'archivedUrl', label: string, type = 'text') => (
    <label className="fm-field">
      <span>{label}</span>
      <input type={type} value={f[k]} onChange={(e) => set(k, e.target.value)} />
    </label>
  );
  return (
    <div
      className="fm-source-form"
      role="group"
      aria-label={submitLabel}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      {text('title', T.sources.sourceTitle)}
      {text('url', T.sources.url, 'url')}
      <div className="fm-field-row">
        {text('publisher', T.sources.publisher)}
        <label className="fm-field">
          <span>{T.sources.kind}</span>
          <select value={f.kind} onChange={(e) => set('kind', e.target.value as SourceKind)}>
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {T.sourceKinds[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="fm-field-row">
        <label className="fm-field">
          <span>{T.sources.accessed}</span>
          <input type="date" value={f.accessedDate} onChange={(e) => set('accessedDate', e.target.value)} />
        </label>
        {text('archivedUrl', T.sources.archived, 'url')}
      </div>
      <label className="fm-field">
        <span>{T.sources.excerpt}</span>
        <textarea rows={2} value={f.excerpt} onChange={(e) => set('excerpt', e.target.value)} />
      </label>
      {problem && <p className="fm-form-problem" role="alert">{problem}</p>}
      <div className="fm-form-actions">
        <button type="button" className="fm-button" onClick={onCancel}>
          {T.sources.cancel}
        </button>
        <button
          type="button"
          className="fm-button fm-primary"
          onClick={() => {
            const clean = { ...f, url: f.url.trim(), title: f.title.trim(), publisher: f.publisher.trim(), archivedUrl: f.archivedUrl.trim() };
            if (!clean.title && !clean.url) setProblem(T.sources.needsTitle);
            else onSubmit(clean);
          }}
        >
          {submitLabel}
        </button>
      </div>
    </div>
  );
}

export function sourceLabel(s: { title: string; url: string }): string {
  return s.title || s.url || T.sources.untitled;
}
