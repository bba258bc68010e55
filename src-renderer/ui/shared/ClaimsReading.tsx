// How far the first read of a large case's claims has got: a bar and a count,
// read out politely by screen readers. It takes a second or more on a laptop,
// and a view that waits without saying how long looks stuck.
import { S } from '../app/strings';

export function ClaimsReading({ read, total }: { read: number; total: number }) {
  return (
    <p className="fm-claims-reading" role="status">
      <progress max={Math.max(total, 1)} value={Math.min(read, total)} aria-hidden="true" />
      <span>{S.readingClaims(read, total)}</span>
    </p>
  );
}
