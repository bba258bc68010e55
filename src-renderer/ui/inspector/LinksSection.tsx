// Links from this claim to other claims of the case (same claim,
// contradicts, supports, elaborates), shown from both ends, the "same claim"
// group across articles, and a searchable picker grouped by article.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseClaims } from '../../core/case-claims';
import { LINK_KINDS, type ArticleSummary, type Claim, type LinkKind } from '../../core/model';
import { groupContaining } from '../../core/claim-groups';
import { useApp } from '../app/app-context';
import { linkFromSide, linkKindLabel } from './link-labels';
import { useRelationActions } from './use-relation-actions';
import { T } from './strings';

interface Props {
  claim: Claim;
  claims: CaseClaims;
  articles: ArticleSummary[];
  onOpenClaim(claimId: string): void;
}

const short = (text: string, n = 90) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

export function LinksSection({ claim, claims, articles, onOpenClaim }: Props) {
  const { repos, notify } = useApp();
  const links = useLiveQuery(() => repos.links.aroundClaim(claim.id), [claim.id]);
  const [adding, setAdding] = useState(false);
  const relations = useRelationActions();
  // Only the claims these links name (a map of every claim of a large case costs more than the section).
  const claimById = useMemo(() => {
    const named = new Set([claim.id, ...(links ?? []).flatMap((l) => [l.fromClaimId, l.toClaimId])]);
    return new Map([...named].flatMap((id) => {
      const c = claims.get(id);
      return c ? [[id, c] as const] : [];
    }));
  }, [claims, links, claim.id]);
  const articleById = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  const mine = (links ?? []).filter((l) => l.fromClaimId === claim.id || l.toClaimId === claim.id);
  const group = useMemo(() => groupContaining(claim.id, claimById, links ?? [], articles.map((a) => a.id)), [claimById, links, articles, claim.id]);
  const groupArticles = new Set((group?.memberIds ?? []).map((id) => claimById.get(id)?.articleId));
  const articleTitle = (c: Claim | undefined) => {
    const a = c && articleById.get(c.articleId);
    return a ? [a.outlet, short(a.title, 64)].filter(Boolean).join(' · ') : '';
  };

  return (
    <section className="fm-section" data-section="links">
      <h3 id="fm-links-heading" className="fm-section-title">{T.sections.links}</h3>
      {group && group.memberIds.length > 1 && (
        <div className="fm-group" role="group" aria-label={T.links.group(groupArticles.size)}>
          <p className="fm-group-title">{T.links.group(groupArticles.size)}</p>
          <ul>
            {group.memberIds.map((id) => {
              const c = claimById.get(id)!;
              return (
                <li key={id}>
                  {id === claim.id ? (
                    <span className="fm-group-self">{articleTitle(c)}</span>
                  ) : (
                    <button type="button" className="fm-link-button" onClick={() => onOpenClaim(id)}>
                      {articleTitle(c)}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {links && mine.length === 0 && !adding && <p className="fm-hint">{T.links.empty}</p>}
      <ul className="fm-link-list" aria-label={T.sections.links}>
        {mine.map((l) => {
          const { otherId, label } = linkFromSide(l, claim.id);
          const other = claimById.get(otherId);
          if (!other) return null;
          return (
            <li key={l.id} className={`fm-claim-link fm-link-${l.kind}`}>
              <span className="fm-link-kind">{label}</span>
              <button type="button" className="fm-claim-ref" aria-label={T.links.open(`${label} ${short(other.anchor.quote.exact, 60)}`)} onClick={() => onOpenClaim(otherId)}>
                <span className="fm-claim-ref-quote">“{short(other.anchor.quote.exact)}”</span>
                <span className="fm-meta">{articleTitle(other)}</span>
              </button>
              <button type="button" className="fm-icon-button fm-small" aria-label={`${T.links.remove}: ${label} ${short(other.anchor.quote.exact, 40)}`} onClick={() => void relations.unlink(l)}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {adding ? (
        <ClaimPicker
          claim={claim}
          claims={claims}
          articles={articles}
          onCancel={() => setAdding(false)}
          onPick={async (otherId, kind) => {
            try {
              await relations.linkClaims(claim.caseId, claim.id, otherId, kind);
              setAdding(false);
            } catch (e) {
              notify((e as Error).message, 'error');
            }
          }}
        />
      ) : (
        <button type="button" className="fm-button" onClick={() => setAdding(true)}>
          {T.links.add}
        </button>
      )}
    </section>
  );
}

interface PickerProps {
  claim: Claim;
  claims: CaseClaims;
  articles: ArticleSummary[];
  onPick(claimId: string, kind: LinkKind): void;
  onCancel(): void;
}

function ClaimPicker({ claim, claims, articles, onPick, onCancel }: PickerProps) {
  const [kind, setKind] = useState<LinkKind>('same');
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const grouped = articles
    .map((a) => ({
      article: a,
      claims: claims
        .ofArticle(a.id)
        .filter((c) => c.id !== claim.id)
        .filter((c) => !q || c.anchor.quote.exact.toLowerCase().includes(q) || c.statement.toLowerCase().includes(q))
        .sort((x, y) => x.anchor.position.start - y.anchor.position.start),
    }))
    .filter((g) => g.claims.length > 0);

  return (
    <div className="fm-add-panel" role="group" aria-label={T.links.add} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <label className="fm-field">
        <span>{T.links.kind}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as LinkKind)}>
          {LINK_KINDS.map((k) => (
            <option key={k} value={k}>
              {linkKindLabel(k)}
            </option>
          ))}
        </select>
      </label>
      <label className="fm-field">
        <span>{T.links.search}</span>
        <input type="search" value={query} autoFocus onChange={(e) => setQuery(e.target.value)} />
      </label>
      <div className="fm-pick-groups" aria-label={T.links.search} role="listbox">
        {grouped.map((g) => (
          <div key={g.article.id} role="group" aria-label={g.article.title}>
            <p className="fm-pick-group-title">{g.article.title}</p>
            {g.claims.map((c) => (
              <button key={c.id} type="button" role="option" aria-selected={false} className="fm-pick-claim" onClick={() => onPick(c.id, kind)}>
                “{short(c.anchor.quote.exact, 120)}”
                {c.statement !== c.anchor.quote.exact && <span className="fm-meta">{short(c.statement, 120)}</span>}
              </button>
            ))}
          </div>
        ))}
        {grouped.length === 0 && <p className="fm-hint">{T.links.noMatch}</p>}
      </div>
      <div className="fm-form-actions">
        <span className="fm-spacer" />
        <button type="button" className="fm-button" onClick={onCancel}>
          {T.links.cancel}
        </button>
      </div>
    </div>
  );
}
