// The right pane: the selected claim's quote, its own fields, verdict,
// evidence, links and corrections log. Edits save as the reviewer types,
// with a "Saving…/Saved" indicator; Alt+1…9 sets the verdict's rating.
import type { CaseClaims } from '../../core/case-claims';
import { useCallback, useEffect, useRef } from 'react';
import type { ArticleSummary, Case, Claim } from '../../core/model';
import { ratingColor } from '../../core/rating-scales';
import { caseVocabulary } from '../../core/case-views/vocabulary';
import { IS_MAC, isTypingTarget } from '../shared/keyboard';
import { T } from './strings';
import { ClaimDetails } from './ClaimDetails';
import { VerdictSection } from './VerdictSection';
import { EvidenceSection } from './EvidenceSection';
import { LinksSection } from './LinksSection';
import { HistorySection } from './HistorySection';
import { SuggestionsSection } from '../suggestions/SuggestionsSection';
import { SaveContext, useIsSaving, useNewSaveTracker } from './save-state';
import type { UpdateClaim } from './use-claim-field';
import { verdictPatch } from './verdict';
import './inspector.css';

export type InspectorDialog = 'scale' | 'sources' | 'shortcuts';

interface Props {
  theCase: Case;
  claim: Claim | undefined;
  claims: CaseClaims;
  articles: ArticleSummary[];
  reviewer: string;
  onUpdate: UpdateClaim;
  onDelete(claimId: string): void;
  onOpenClaim(claimId: string): void;
  onDialog(dialog: InspectorDialog): void;
  /** The claim's first write, while it commits (a claim just marked). */
  saving?: Promise<unknown>;
}

export function ClaimInspector(props: Props) {
  if (!props.claim) {
    return (
      <aside className="fm-inspector" aria-label={T.title}>
        <p className="fm-empty">{T.empty}</p>
      </aside>
    );
  }
  return <ClaimPanel key={props.claim.id} {...props} claim={props.claim} />;
}

const SECTIONS = ['details', 'verdict', 'evidence', 'links', 'suggestions', 'history'] as const;

function ClaimPanel({ theCase, claim, claims, articles, reviewer, onUpdate, onDelete, onOpenClaim, onDialog, saving: firstWrite }: Props & { claim: Claim }) {
  const tracker = useNewSaveTracker(firstWrite);
  const saving = useIsSaving(tracker);
  const panel = useRef<HTMLElement>(null);
  // Suggestions are gathered from the whole case when a field asks (on focus), not on every render.
  const claimsNow = useRef(claims);
  claimsNow.current = claims;
  const vocabulary = useCallback(() => caseVocabulary(claimsNow.current.all), []);
  const latest = useRef({ claim, onUpdate, theCase });
  latest.current = { claim, onUpdate, theCase };

  // Alt+1…9 rates the selected claim with the scale's n-th rating; Alt+0 clears it.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || !/^Digit[0-9]$/.test(e.code)) return;
      // On macOS Option+digit types characters in text fields.
      if (IS_MAC && isTypingTarget(e.target)) return;
      const { claim: c, onUpdate: save, theCase: k } = latest.current;
      const n = Number(e.code.slice(5));
      const rating = n === 0 ? null : k.scale.ratings[n - 1];
      if (n !== 0 && !rating) return;
      e.preventDefault();
      void tracker.track('rating', save(c, verdictPatch({ ratingId: rating?.id ?? null })));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [tracker]);

  return (
    <SaveContext.Provider value={tracker}>
      <aside ref={panel} className="fm-inspector fm-inspector-panel" aria-label={T.title}>
        <div className="fm-inspector-top">
          <div className="fm-pane-header">
            <h2>{T.title}</h2>
            <span className="fm-save-state" role="status" data-saving={saving}>
              {saving ? T.saving : T.saved}
            </span>
          </div>
          <nav className="fm-section-nav" aria-label="Claim sections">
            {SECTIONS.map((s) => (
              <button
                key={s}
                type="button"
                onClick={() => panel.current?.querySelector(`#fm-${s}-heading`)?.scrollIntoView({ block: 'start', behavior: 'smooth' })}
              >
                {T.sections[s]}
              </button>
            ))}
          </nav>
        </div>
        {claim.anchor.state === 'needs-review' && <p className="fm-warning">{T.needsReview}</p>}
        <figure className="fm-quote-box" style={{ borderColor: ratingColor(theCase.scale, claim.verdict?.ratingId) }}>
          <figcaption>{T.quote}</figcaption>
          <blockquote data-testid="claim-quote">{claim.anchor.quote.exact}</blockquote>
        </figure>
        <ClaimDetails claim={claim} vocabulary={vocabulary} onUpdate={onUpdate} />
        <VerdictSection theCase={theCase} claim={claim} reviewer={reviewer} onUpdate={onUpdate} onEditScale={() => onDialog('scale')} />
        <EvidenceSection claim={claim} onManageSources={() => onDialog('sources')} />
        <LinksSection claim={claim} claims={claims} articles={articles} onOpenClaim={onOpenClaim} />
        <SuggestionsSection claim={claim} claims={claims} articles={articles} />
        <HistorySection claimId={claim.id} />
        <div className="fm-inspector-actions">
          <button type="button" className="fm-button fm-danger" onClick={() => onDelete(claim.id)}>
            {T.deleteClaim}
          </button>
        </div>
      </aside>
    </SaveContext.Provider>
  );
}
