// Claims of this article whose text changed so much that they could not be
// re-attached with confidence. The reviewer re-attaches each to a selection
// or deletes it; nothing is moved without them.
import type { Claim } from '../../core/model';
import { AS } from './strings';

interface Props {
  claims: readonly Claim[];
  onReattach(claim: Claim): void;
  onDelete(claim: Claim): void;
}

export function ReviewQueue({ claims, onReattach, onDelete }: Props) {
  if (claims.length === 0) return null;
  return (
    <section className="fm-review-queue" aria-label={AS.queueTitle(claims.length)}>
      <h2>{AS.queueTitle(claims.length)}</h2>
      <p>{AS.queueHelp}</p>
      <ul>
        {claims.map((c) => (
          <li key={c.id}>
            <blockquote>{c.anchor.quote.exact}</blockquote>
            {c.anchor.reviewReason && <p className="fm-review-reason">{c.anchor.reviewReason}</p>}
            <div className="fm-review-actions">
              <button type="button" className="fm-button" onMouseDown={(e) => e.preventDefault()} onClick={() => onReattach(c)}>
                {AS.reattach}
              </button>
              <button type="button" className="fm-button fm-danger" onClick={() => onDelete(c)}>
                {AS.deleteClaim}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
