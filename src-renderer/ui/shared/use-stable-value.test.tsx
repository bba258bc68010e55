// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { useStableValue } from './use-stable-value';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function renderValues<T>(values: T[], ignoring?: string[]): T[] {
  const seen: T[] = [];
  function Probe({ value }: { value: T }) {
    seen.push(useStableValue(value, ignoring));
    return null;
  }
  const root = createRoot(document.createElement('div'));
  for (const value of values) act(() => root.render(createElement(Probe, { value })));
  act(() => root.unmount());
  return seen;
}

describe('useStableValue', () => {
  it('keeps the first object while later ones serialise alike, and takes a changed one', () => {
    const a = { title: 'APEC', scale: { ratings: ['true', 'false'] } };
    const sameAsA = { title: 'APEC', scale: { ratings: ['true', 'false'] } };
    const changed = { title: 'APEC summit', scale: { ratings: ['true', 'false'] } };
    const [first, second, third] = renderValues([a, sameAsA, changed]);
    expect(first).toBe(a);
    expect(second).toBe(a);
    expect(third).toBe(changed);
  });

  it('starts from undefined (a row still loading) and then takes the row', () => {
    const row = { title: 'APEC' };
    expect(renderValues([undefined, row, { ...row }])).toEqual([undefined, row, row]);
    expect(renderValues([undefined, row, { ...row }])[2]).toBe(row);
  });

  it('leaves the ignored fields out of the comparison', () => {
    const a = { title: 'APEC', updatedAt: '2026-12-01T10:00:00Z' };
    const touched = { title: 'APEC', updatedAt: '2026-12-01T10:05:00Z' };
    expect(renderValues([a, touched], ['updatedAt'])).toEqual([a, a]);
    expect(renderValues([a, touched])[1]).toBe(touched);
  });
});
