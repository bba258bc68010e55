// The evidence of a claim: the case's sources it cites, each with a stance
// (supports, refutes, context) and a note. Evidence is added by picking a
// source of the case (searchable) or by creating a new one.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { STANCES, type Claim, type Evidence, type Source, type Stance } from '../../core/model';
import { useApp } from '../app/app-context';
import { ExternalLink } from '../sources/ExternalLink';
import { SourceForm, sourceLabel } from '../sources/SourceForm';
import { T } from './strings';
import { useRelationActions } from './use-relation-actions';

interface Props {
  claim: Claim;
  onManageSources(): void;
}

export function EvidenceSection({ claim, onManageSources }: Props) {
  const { repos } = useApp();
  const evidence = useLiveQuery(() => repos.sources.evidenceOfClaim(claim.id), [claim.id]);
  const sources = useLiveQuery(() => repos.sources.listByCase(claim.caseId), [claim.caseId]);
  const [adding, setAdding] = useState(false);
  const byId = useMemo(() => new Map((sources ?? []).map((s) => [s.id, s])), [sources]);

  return (
    <section className="fm-section" data-section="evidence">
      <div className="fm-section-head">
        <h3 id="fm-evidence-heading" className="fm-section-title">{T.sections.evidence}</h3>
        <button type="button" className="fm-link-button" onClick={onManageSources}>
          {T.evidence.manageSources}
        </button>
      </div>
      {evidence && evidence.length === 0 && !adding && <p className="fm-hint">{T.evidence.empty}</p>}
      <ul className="fm-evidence-list" aria-label={T.sections.evidence}>
        {(evidence ?? []).map((e) => {
          const s = byId.get(e.sourceId);
          return s ? <EvidenceRow key={e.id} evidence={e} source={s} /> : null;
        })}
      </ul>
      {adding ? (
        <AddEvidence claim={claim} sources={sources ?? []} cited={new Set((evidence ?? []).map((e) => e.sourceId))} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="fm-button" onClick={() => setAdding(true)}>
          {T.evidence.add}
        </button>
      )}
    </section>
  );
}

function EvidenceRow({ evidence, source }: { evidence: Evidence; source: Source }) {
  const { repos } = useApp();
  const { removeEvidence } = useRelationActions();
  const [note, setNote] = useState(evidence.note);
  const label = sourceLabel(source);
  return (
    <li className={`fm-evidence fm-stance-${evidence.stance}`} aria-label={label}>
      <div className="fm-evidence-head">
        <span className="fm-evidence-title">{source.url ? <ExternalLink url={source.url}>{label}</ExternalLink> : label}</span>
        <button type="button" className="fm-icon-button fm-small" aria-label={`${T.evidence.remove}: ${label}`} onClick={() => void removeEvidence(evidence)}>
          ×
        </button>
      </div>
      <span className="fm-meta">{[source.publisher, T.sourceKinds[source.kind], source.accessedDate].filter(Boolean).join(' · ')}</span>
      <div className="fm-evidence-fields">
        <select
          aria-label={`${T.evidence.stance}: ${label}`}
          value={evidence.stance}
          onChange={(e) => void repos.sources.updateEvidence(evidence.id, { stance: e.target.value as Stance })}
        >
          {STANCES.map((s) => (
            <option key={s} value={s}>
              {T.stance[s]}
            </option>
          ))}
        </select>
        <input
          aria-label={`${T.evidence.note}: ${label}`}
          placeholder={T.evidence.note}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => note !== evidence.note && void repos.sources.updateEvidence(evidence.id, { note })}
        />
      </div>
    </li>
  );
}

function AddEvidence({ claim, sources, cited, onDone }: { claim: Claim; sources: Source[]; cited: Set<string>; onDone(): void }) {
  const { repos } = useApp();
  const { addEvidence } = useRelationActions();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const [stance, setStance] = useState<Stance>('supports');
  const [note, setNote] = useState('');
  const [creating, setCreating] = useState(false);
  const q = query.trim().toLowerCase();
  const matches = sources
    .filter((s) => !cited.has(s.id))
    .filter((s) => !q || [s.title, s.url, s.publisher, s.excerpt].some((f) => f.toLowerCase().includes(q)));

  const add = async (sourceId: string) => {
    await addEvidence(claim.caseId, claim.id, sourceId, stance, note.trim());
    onDone();
  };

  return (
    <div className="fm-add-panel" role="group" aria-label={T.evidence.add}>
      <div className="fm-field-row">
        <label className="fm-field">
          <span>{T.evidence.stance}</span>
          <select value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {T.stance[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="fm-field">
          <span>{T.evidence.note}</span>
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      {creating ? (
        <SourceForm
          submitLabel={T.sources.create}
          onCancel={() => setCreating(false)}
          onSubmit={(fields) => void repos.sources.create(claim.caseId, fields).then((s) => add(s.id))}
        />
      ) : (
        <>
          <label className="fm-field">
            <span>{T.evidence.searchSources}</span>
            <input type="search" value={query} autoFocus onChange={(e) => setQuery(e.target.value)} />
          </label>
          <ul className="fm-pick-list" role="listbox" aria-label={T.evidence.searchSources}>
            {matches.map((s) => (
              <li key={s.id} role="option" aria-selected={picked === s.id}>
                <button type="button" onClick={() => setPicked(s.id)} onDoubleClick={() => void add(s.id)}>
                  <strong>{sourceLabel(s)}</strong>
                  <span className="fm-meta">{[s.publisher, T.sourceKinds[s.kind]].filter(Boolean).join(' · ')}</span>
                </button>
              </li>
            ))}
            {matches.length === 0 && <li className="fm-hint">{T.evidence.noSources}</li>}
          </ul>
          <div className="fm-form-actions">
            <button type="button" className="fm-button" onClick={() => setCreating(true)}>
              {T.evidence.newSource}
            </button>
            <span className="fm-spacer" />
            <button type="button" className="fm-button" onClick={onDone}>
              {T.evidence.cancel}
            </button>
            <button type="button" className="fm-button fm-primary" disabled={!picked} onClick={() => picked && void add(picked)}>
              {T.evidence.pick}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
