// The claim's own fields: statement (defaults to the quote), claimant with
// the case's earlier claimants as suggestions, claim date, status, tags and
// notes. Text fields save as the reviewer types; the others on change.
import { useId, useState } from 'react';
import { CLAIM_STATUSES, type Claim, type ClaimStatus } from '../../core/model';
import type { CaseVocabulary } from '../../core/case-views/vocabulary';
import { T } from './strings';
import { TagInput } from './TagInput';
import { useClaimField, type UpdateClaim } from './use-claim-field';
import { useSaveTracker } from './save-state';
import { tagsEdit } from '../../core/tag-edits';

interface Props {
  claim: Claim;
  /** The case's claimants and tags, read when a field that suggests them gets focus. */
  vocabulary(): CaseVocabulary;
  onUpdate: UpdateClaim;
}

export function ClaimDetails({ claim, vocabulary, onUpdate }: Props) {
  const tracker = useSaveTracker();
  const [words, setWords] = useState<CaseVocabulary>({ claimants: [], tags: [] });
  const readVocabulary = () => setWords(vocabulary());
  const claimantList = useId();
  const statement = useClaimField('statement', claim, (c) => c.statement, (v) => ({ statement: v }), onUpdate);
  const claimant = useClaimField('claimant', claim, (c) => c.claimant, (v) => ({ claimant: v }), onUpdate);
  const notes = useClaimField('notes', claim, (c) => c.notes, (v) => ({ notes: v }), onUpdate);
  const save = (key: string, patch: Parameters<UpdateClaim>[1]) => void tracker.track(key, onUpdate(claim, patch));

  return (
    <section className="fm-section" data-section="details">
      <h3 id="fm-details-heading" className="fm-section-title">{T.sections.details}</h3>
      <label className="fm-field">
        <span>{T.details.statement}</span>
        <textarea value={statement.draft} rows={3} onChange={(e) => statement.setDraft(e.target.value)} onBlur={statement.commit} />
      </label>
      <label className="fm-field">
        <span>{T.details.claimant}</span>
        <input value={claimant.draft} list={claimantList} onFocus={readVocabulary} onChange={(e) => claimant.setDraft(e.target.value)} onBlur={claimant.commit} />
        <datalist id={claimantList}>
          {words.claimants.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </label>
      <div className="fm-field-row">
        <label className="fm-field">
          <span>{T.details.claimDate}</span>
          <input type="date" value={claim.claimDate} onChange={(e) => save('claimDate', { claimDate: e.target.value })} />
        </label>
        <label className="fm-field">
          <span>{T.details.status}</span>
          <select value={claim.status} onChange={(e) => save('status', { status: e.target.value as ClaimStatus })}>
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {T.status[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <TagInput tags={claim.tags} suggestions={words.tags} onFocus={readVocabulary} onChange={(next) => save('tags', { tagsEdit: tagsEdit(claim.tags, next) })} />
      <label className="fm-field">
        <span>{T.details.notes}</span>
        <textarea value={notes.draft} rows={2} onChange={(e) => notes.setDraft(e.target.value)} onBlur={notes.commit} />
      </label>
    </section>
  );
}
