// A claim field that saves as the reviewer types. Saves during a burst of
// typing are not undoable and fold into one corrections-log entry; when the
// burst ends (the field loses focus, or the inspector closes) one undoable
// save records the change from the burst's start value.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Claim } from '../../core/model';
import type { ClaimPatch } from '../../storage';
import { useSaveTracker } from './save-state';

export type UpdateClaim = (before: Claim, patch: ClaimPatch, undoable?: boolean, mergeHistory?: boolean) => Promise<void>;

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export function useClaimField<T>(
  key: string,
  claim: Claim,
  read: (c: Claim) => T,
  write: (value: T, latest: Claim) => ClaimPatch,
  onUpdate: UpdateClaim,
  delay = 400,
) {
  const tracker = useSaveTracker();
  const stored = read(claim);
  const [draft, setDraftState] = useState<T>(stored);
  const burstStart = useRef<Claim | null>(null);
  const latest = useRef({ claim, draft, write, onUpdate, read });
  latest.current = { claim, draft, write, onUpdate, read };
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Show changes made elsewhere (undo, other views) unless the reviewer is typing here.
  const storedKey = JSON.stringify(stored);
  useEffect(() => {
    if (!burstStart.current) setDraftState(latest.current.read(latest.current.claim));
  }, [storedKey]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const start = burstStart.current;
    burstStart.current = null;
    const { claim: now, draft: value, write: w, onUpdate: save, read: r } = latest.current;
    if (!start) return;
    if (same(r(start), value)) {
      if (!same(r(now), value)) void tracker.track(key, save(now, w(value, now), false, true));
      else tracker.set(key, false);
      return;
    }
    void tracker.track(key, save(start, w(value, now), true, true));
  }, [key, tracker]);

  const setDraft = useCallback(
    (value: T) => {
      setDraftState(value);
      latest.current.draft = value;
      if (!burstStart.current) burstStart.current = latest.current.claim;
      tracker.set(key, true);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        const { claim: now, write: w, onUpdate: save } = latest.current;
        void save(now, w(latest.current.draft, now), false, true).then(() => {
          if (!timer.current) tracker.set(key, false);
        });
      }, delay);
    },
    [key, tracker, delay],
  );

  // Closing the inspector or switching claims ends the burst.
  useEffect(() => flush, [flush]);

  return { draft, setDraft, commit: flush };
}
