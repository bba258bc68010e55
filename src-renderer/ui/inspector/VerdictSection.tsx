// The verdict of a claim: rating from the case's scale (with its colour),
// a one-line conclusion, a rich-text rationale, the reviewer and the date.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Case, Claim, RichText } from '../../core/model';
import { findRating, UNRATED_COLOR } from '../../core/rating-scales';
import type { RationaleEditorLabels } from '../../editor/RationaleEditor';
import { RationaleField } from '../../editor/RationaleField';
import { useDialogs } from '../shared/dialogs';
import { useApp } from '../app/app-context';
import { T } from './strings';
import { useClaimField, type UpdateClaim } from './use-claim-field';
import { useSaveTracker } from './save-state';
import { verdictPatch } from './verdict';

interface Props {
  theCase: Case;
  claim: Claim;
  reviewer: string;
  onUpdate: UpdateClaim;
  onEditScale(): void;
}

const RATIONALE_LABELS: RationaleEditorLabels = {
  field: T.verdict.rationale,
  toolbar: T.verdict.toolbar,
  bold: T.verdict.bold,
  italic: T.verdict.italic,
  link: T.verdict.link,
  bullets: T.verdict.bullets,
  numbers: T.verdict.numbers,
  quote: T.verdict.quoteBlock,
};

export function VerdictSection({ theCase, claim, reviewer, onUpdate, onEditScale }: Props) {
  const tracker = useSaveTracker();
  const dialogs = useDialogs();
  const { notify } = useApp();
  const scale = theCase.scale;
  const rating = findRating(scale, claim.verdict?.ratingId);
  const conclusion = useClaimField('conclusion', claim, (c) => c.verdict?.conclusion ?? '', (v) => verdictPatch({ conclusion: v }), onUpdate);
  const rationale = useClaimField<RichText>('rationale', claim, (c) => c.verdict?.rationale ?? [], (v) => verdictPatch({ rationale: v }), onUpdate, 700);
  const verdictReviewer = useClaimField('reviewer', claim, (c) => c.verdict?.reviewer ?? reviewer, (v) => verdictPatch({ reviewer: v }), onUpdate);

  // The rationale editor owns its document; when the stored rationale changes
  // from elsewhere (undo, redo), it starts again from the stored one.
  const draftKey = JSON.stringify(rationale.draft);
  const emitted = useRef(draftKey);
  const [epoch, setEpoch] = useState(0);
  useEffect(() => {
    if (draftKey === emitted.current) return;
    emitted.current = draftKey;
    setEpoch((e) => e + 1);
  }, [draftKey]);
  const setRationale = rationale.setDraft;
  const onRationale = useCallback(
    (rich: RichText) => {
      emitted.current = JSON.stringify(rich);
      setRationale(rich);
    },
    [setRationale],
  );

  const askUrl = useCallback(async () => {
    const url = await dialogs.prompt(T.verdict.linkPrompt, 'https://', T.verdict.link);
    if (url && !/^https?:\/\//i.test(url.trim())) notify(T.verdict.badLink, 'error');
    return url;
  }, [dialogs, notify]);

  return (
    <section className="fm-section" data-section="verdict">
      <div className="fm-section-head">
        <h3 id="fm-verdict-heading" className="fm-section-title">{T.sections.verdict}</h3>
        <button type="button" className="fm-link-button" onClick={onEditScale}>
          {T.verdict.editScale}
        </button>
      </div>
      {scale.ratings.length > 0 ? (
        <label className="fm-field">
          <span className="fm-visually-hidden">{T.verdict.rating}</span>
          <span className="fm-rating-select">
            <span className="fm-swatch fm-swatch-lg" style={{ background: rating?.color ?? UNRATED_COLOR }} aria-hidden="true" />
            <select
              value={rating?.id ?? ''}
              title={T.verdict.shortcutHint}
              onChange={(e) => void tracker.track('rating', onUpdate(claim, verdictPatch({ ratingId: e.target.value || null })))}
            >
              <option value="">{T.verdict.noRating}</option>
              {scale.ratings.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </span>
        </label>
      ) : (
        <p className="fm-hint">{T.verdict.freeText}</p>
      )}
      <label className="fm-field">
        <span>{T.verdict.conclusion}</span>
        <input value={conclusion.draft} placeholder={T.verdict.conclusionHint} onChange={(e) => conclusion.setDraft(e.target.value)} onBlur={conclusion.commit} />
      </label>
      <div
        className="fm-field"
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) rationale.commit();
        }}
      >
        <span className="fm-field-label">{T.verdict.rationale}</span>
        <RationaleField key={`${claim.id}:${epoch}`} initial={rationale.draft} labels={RATIONALE_LABELS} onChange={onRationale} askUrl={askUrl} />
      </div>
      <div className="fm-field-row">
        <label className="fm-field">
          <span>{T.verdict.reviewer}</span>
          <input value={verdictReviewer.draft} onChange={(e) => verdictReviewer.setDraft(e.target.value)} onBlur={verdictReviewer.commit} />
        </label>
        <label className="fm-field">
          <span>{T.verdict.date}</span>
          <input
            type="date"
            value={claim.verdict?.date ?? ''}
            onChange={(e) => void tracker.track('verdictDate', onUpdate(claim, verdictPatch({ date: e.target.value })))}
          />
        </label>
      </div>
    </section>
  );
}
