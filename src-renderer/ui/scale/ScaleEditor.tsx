// The rating-scale editor of a case: preset, names, colours, order, added
// and removed ratings. ClaimReview values follow the order (first = best).
// A change that drops a rating still in use says so before saving: those
// verdicts become "Not rated" and the corrections log records it.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Case, RatingScale, ScalePreset } from '../../core/model';
import { presetScale } from '../../core/rating-scales';
import { addRating, moveRating, normalizeScale, removeRating, scaleProblems, updateRating, verdictsLosingRating } from '../../core/scale-edits';
import { newId } from '../../core/ids';
import { useApp } from '../app/app-context';
import { Modal } from '../inspector/Modal';
import { T } from '../inspector/strings';

const PRESETS: Exclude<ScalePreset, 'custom'>[] = ['six-step', 'short', 'free-text'];
const NEW_COLOURS = ['#00838f', '#5d4037', '#455a64', '#ad1457', '#283593'];

export function ScaleEditor({ theCase, onClose }: { theCase: Case; onClose(): void }) {
  const { repos, reviewer, notify } = useApp();
  const claims = useLiveQuery(() => repos.claims.listByCase(theCase.id), [theCase.id]);
  const [draft, setDraft] = useState<RatingScale>(theCase.scale);
  const shown = draft.preset === 'custom' ? normalizeScale(draft) : draft;
  const problems = scaleProblems(shown);
  const losing = useMemo(() => verdictsLosingRating(theCase.scale, shown, claims ?? []), [theCase.scale, shown, claims]);
  const usage = useMemo(() => {
    const m = new Map<string, number>();
    for (const c of claims ?? []) if (c.verdict?.ratingId) m.set(c.verdict.ratingId, (m.get(c.verdict.ratingId) ?? 0) + 1);
    return m;
  }, [claims]);

  const save = async () => {
    const unrated = await repos.cases.changeScale(theCase.id, shown, reviewer);
    notify(unrated ? `${T.scale.saved} ${T.scale.unrated(unrated)}` : T.scale.saved);
    onClose();
  };

  return (
    <Modal
      title={T.scale.title}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="fm-button" onClick={onClose}>
            {T.scale.cancel}
          </button>
          <button type="button" className={`fm-button ${losing.length ? 'fm-danger' : 'fm-primary'}`} disabled={problems.length > 0 || !claims} onClick={() => void save()}>
            {losing.length ? T.scale.saveAnyway : T.scale.save}
          </button>
        </>
      }
    >
      <label className="fm-field fm-scale-preset">
        <span>{T.scale.preset}</span>
        <select
          value={draft.preset}
          onChange={(e) => {
            const p = e.target.value as ScalePreset;
            if (p !== 'custom') setDraft(presetScale(p));
          }}
        >
          {PRESETS.map((p) => (
            <option key={p} value={p}>
              {T.scale.presets[p]}
            </option>
          ))}
          {draft.preset === 'custom' && <option value="custom">{T.scale.presets.custom}</option>}
        </select>
      </label>
      {shown.ratings.length > 0 && (
        <table className="fm-scale-table">
          <thead>
            <tr>
              <th scope="col">Colour</th>
              <th scope="col">Name</th>
              <th scope="col" title={T.scale.value}>
                Value
              </th>
              <th scope="col">In use</th>
              <th scope="col">
                <span className="fm-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.ratings.map((r, i) => (
              <tr key={r.id}>
                <td>
                  <input type="color" aria-label={T.scale.color(i + 1)} value={r.color} onChange={(e) => setDraft(updateRating(draft, r.id, { color: e.target.value }))} />
                </td>
                <td>
                  <input className="fm-scale-name" aria-label={T.scale.name(i + 1)} value={r.name} onChange={(e) => setDraft(updateRating(draft, r.id, { name: e.target.value }))} />
                </td>
                <td className="fm-num">{r.value}</td>
                <td className="fm-num">{usage.get(r.id) ?? 0}</td>
                <td className="fm-scale-actions">
                  <button type="button" className="fm-icon-button fm-small" aria-label={T.scale.up(r.name)} disabled={i === 0} onClick={() => setDraft(moveRating(draft, i, -1))}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="fm-icon-button fm-small"
                    aria-label={T.scale.down(r.name)}
                    disabled={i === shown.ratings.length - 1}
                    onClick={() => setDraft(moveRating(draft, i, 1))}
                  >
                    ↓
                  </button>
                  <button type="button" className="fm-icon-button fm-small" aria-label={T.scale.remove(r.name)} onClick={() => setDraft(removeRating(draft, r.id))}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="fm-form-actions">
        <button
          type="button"
          className="fm-button"
          onClick={() => setDraft(addRating(draft, { id: newId('rating-'), name: T.scale.newRating, color: NEW_COLOURS[draft.ratings.length % NEW_COLOURS.length] }))}
        >
          {T.scale.add}
        </button>
        <span className="fm-spacer" />
        {shown.ratings.length > 0 && <span className="fm-meta">{T.scale.numbers(shown.bestRating, shown.worstRating)}</span>}
      </div>
      {problems.map((p) => (
        <p key={p} className="fm-form-problem" role="alert">
          {p}
        </p>
      ))}
      {losing.length > 0 && (
        <p className="fm-warning" role="alert">
          {T.scale.willUnrate(losing.length)}
        </p>
      )}
    </Modal>
  );
}
