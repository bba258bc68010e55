// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { paintMark, safeColour } from './claim-mark-styles';

describe('paintMark', () => {
  const colours: Record<string, string> = { a: '#ff0000', b: '#00ff00' };
  const colorOf = (id: string) => colours[id] ?? '#888888';

  it('paints the inner claim’s colour, the outer one as an underline, and the selection', () => {
    const el = document.createElement('mark');
    paintMark(el, ['a', 'b'], colorOf, 'a');
    expect(el.dataset.claims).toBe('a b');
    expect(el.style.backgroundColor).toBe('rgba(0, 255, 0, 0.32)');
    expect(el.style.boxShadow).toContain('#ff0000');
    expect(el.classList.contains('fm-mark-overlap')).toBe(true);
    expect(el.classList.contains('fm-mark-selected')).toBe(true);
  });

  it('writes nothing when the mark would look the same, and repaints when it would not', () => {
    const el = document.createElement('mark');
    paintMark(el, ['a'], colorOf, null);
    el.style.backgroundColor = 'white';
    paintMark(el, ['a'], colorOf, 'b');
    expect(el.style.backgroundColor).toBe('white');
    paintMark(el, ['a'], colorOf, 'a');
    expect(el.style.backgroundColor).toBe('rgba(255, 0, 0, 0.32)');
    expect(el.classList.contains('fm-mark-selected')).toBe(true);
  });

  it('lets only plain hex colours through: anything else a case file sets becomes grey', () => {
    expect(safeColour('#1565c0')).toBe('#1565c0');
    expect(safeColour('#fff')).toBe('#fff');
    for (const hostile of ['red; background-image: url(https://evil.example/x)', 'url(https://evil.example/x)', '#12345g', '', 'expression(alert(1))']) {
      expect(safeColour(hostile)).toBe('#9e9e9e');
    }
    const el = document.createElement('mark');
    paintMark(el, ['a'], () => 'red; background-image: url(https://evil.example/x)', null);
    expect(el.getAttribute('style') ?? '').not.toContain('evil');
  });
});
