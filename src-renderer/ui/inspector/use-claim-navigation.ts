// Moving through the claims of the open article from the keyboard:
// Alt+↓/Alt+↑ anywhere but in multi-line text, J/K outside text fields.
import { useEffect, useRef } from 'react';
import type { Claim } from '../../core/model';
import { isTypingTarget } from '../shared/keyboard';

/** The claim `delta` places from `currentId` in reading order (wrapping), or the first/last one. */
export function neighbourClaim(claims: readonly Claim[], currentId: string | null, delta: 1 | -1): Claim | undefined {
  const ordered = [...claims].sort((a, b) => a.anchor.position.start - b.anchor.position.start || a.anchor.position.end - b.anchor.position.end);
  if (ordered.length === 0) return undefined;
  const at = ordered.findIndex((c) => c.id === currentId);
  if (at < 0) return delta > 0 ? ordered[0] : ordered[ordered.length - 1];
  return ordered[(at + delta + ordered.length) % ordered.length];
}

function keepsArrows(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || (el.isContentEditable ?? false));
}

export function useClaimNavigation(claims: readonly Claim[], currentId: string | null, open: (claimId: string) => void): void {
  const latest = useRef({ claims, currentId, open });
  latest.current = { claims, currentId, open };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      let delta: 1 | -1 | 0 = 0;
      if (e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp') && !keepsArrows(e.target)) delta = e.key === 'ArrowDown' ? 1 : -1;
      else if (!e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'j' || e.key === 'k') && !isTypingTarget(e.target) && !document.querySelector('[role="dialog"]'))
        delta = e.key === 'j' ? 1 : -1;
      if (!delta) return;
      const next = neighbourClaim(latest.current.claims, latest.current.currentId, delta);
      if (!next) return;
      e.preventDefault();
      latest.current.open(next.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
