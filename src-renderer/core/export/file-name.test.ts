import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-name';

describe('exportFileName', () => {
  it('slugs the title and adds the date and extension', () => {
    expect(exportFileName('Putin–Trump APEC', new Date('2026-12-01T09:30:00Z'), 'html')).toBe('putin-trump-apec-2026-12-01.html');
    expect(exportFileName('Élection: « fraude » ?', '2026-12-01', '.claimreview.json')).toBe('election-fraude-2026-12-01.claimreview.json');
  });

  it('never returns an empty or path-like name', () => {
    expect(exportFileName('../../etc/passwd', '2026-12-01', 'md')).toBe('etc-passwd-2026-12-01.md');
    expect(exportFileName('???', '2026-12-01', 'csv')).toBe('case-2026-12-01.csv');
    expect(exportFileName('a'.repeat(200), '2026-12-01', 'csv').length).toBeLessThan(80);
  });
});
