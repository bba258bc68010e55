import { describe, expect, it } from 'vitest';
import { pdfFileName, pdfOptions } from './pdf-options';

describe('pdfOptions', () => {
  it('prints the chosen page size with page numbers in the footer', () => {
    for (const size of ['A4', 'Letter'] as const) {
      const o = pdfOptions(size);
      expect(o.pageSize).toBe(size);
      expect(o.displayHeaderFooter).toBe(true);
      expect(o.footerTemplate).toContain('<span class="pageNumber"></span> / <span class="totalPages"></span>');
      expect(o.headerTemplate).not.toBe('');
      expect(o.margins.bottom).toBeGreaterThan(o.margins.top);
    }
  });

  it('names the file .pdf', () => {
    expect(pdfFileName('Report – vaccines.html')).toBe('Report – vaccines.pdf');
    expect(pdfFileName('report')).toBe('report.pdf');
    expect(pdfFileName('report.pdf')).toBe('report.pdf');
  });
});
