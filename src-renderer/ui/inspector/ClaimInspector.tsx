// The right pane: the selected claim's quote and the fields a reviewer sets
// (statement, claimant, verdict). Edits save as the reviewer types.
import { useEffect, useRef, useState } from 'react';
import type { Case, Claim } from '../../core/model';
import { ratingColor } from '../../core/rating-scales';
import { S } from '../app/strings';
import type { ClaimPatch } from '../../storage';

interface Props {
  theCase: Case;
  claim: Claim | undefined;
  onUpdate(before: Claim, patch: ClaimPatch): Promise<void>;
  onDelete(claimId: string): void;
  reviewer: string;
}

/** A text field that saves shortly after the reviewer stops typing. */
function useAutosave(value: string, save: (v: string) => Promise<void>, delay = 400) {
  const [draft, setDraft] = useState(value);
  const [state, setState] = useState<'saved' | 'saving'>('saved');
  const latest = useRef({ value, save });
  latest.current = { value, save };
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft === latest.current.value) return;
    setState('saving');
    const t = setTimeout(() => void latest.current.save(draft).then(() => setState('saved')), delay);
    return () => clearTimeout(t);
  }, [draft, delay]);
  return { draft, setDraft, state };
}

export function ClaimInspector({ theCase, claim, onUpdate, onDelete, reviewer }: Props) {
  if (!claim) {
    return (
      <aside className="fm-inspector" aria-label={S.inspector.title}>
        <p className="fm-empty">{S.inspector.empty}</p>
      </aside>
    );
  }
  return <ClaimFields key={claim.id} theCase={theCase} claim={claim} onUpdate={onUpdate} onDelete={onDelete} reviewer={reviewer} />;
}

function ClaimFields({ theCase, claim, onUpdate, onDelete, reviewer }: Props & { claim: Claim }) {
  const statement = useAutosave(claim.statement, (v) => onUpdate(claim, { statement: v }));
  const claimant = useAutosave(claim.claimant, (v) => onUpdate(claim, { claimant: v }));
  const ratingId = claim.verdict?.ratingId ?? '';
  const saving = statement.state === 'saving' || claimant.state === 'saving';

  return (
    <aside className="fm-inspector" aria-label={S.inspector.title}>
      <div className="fm-pane-header">
        <h2>{S.inspector.title}</h2>
        <span className="fm-save-state" role="status">
          {saving ? S.inspector.saving : S.inspector.saved}
        </span>
      </div>
      {claim.anchor.state === 'needs-review' && <p className="fm-warning">{S.inspector.needsReview}</p>}
      <figure className="fm-quote-box" style={{ borderColor: ratingColor(theCase.scale, ratingId) }}>
        <figcaption>{S.inspector.quote}</figcaption>
        <blockquote data-testid="claim-quote">{claim.anchor.quote.exact}</blockquote>
      </figure>
      <label className="fm-field">
        <span>{S.inspector.statement}</span>
        <textarea value={statement.draft} rows={3} onChange={(e) => statement.setDraft(e.target.value)} />
      </label>
      <label className="fm-field">
        <span>{S.inspector.claimant}</span>
        <input value={claimant.draft} onChange={(e) => claimant.setDraft(e.target.value)} />
      </label>
      <label className="fm-field">
        <span>{S.inspector.verdict}</span>
        <select
          value={ratingId}
          onChange={(e) => {
            const id = e.target.value || null;
            const base = claim.verdict ?? { ratingId: null, conclusion: '', rationale: [], reviewer, date: '' };
            void onUpdate(claim, { verdict: id || base.conclusion ? { ...base, ratingId: id, reviewer, date: new Date().toISOString().slice(0, 10) } : null });
          }}
        >
          <option value="">{S.inspector.noRating}</option>
          {theCase.scale.ratings.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <div className="fm-inspector-actions">
        <button type="button" className="fm-button fm-danger" onClick={() => onDelete(claim.id)}>
          {S.inspector.deleteClaim}
        </button>
      </div>
    </aside>
  );
}
