// How a report is laid out as PDF: page size, margins and the page-number
// footer that Chromium fills in (its template may use only inline styles and
// the pageNumber/totalPages classes).
import type { PageSize } from './preload/contract';

export interface PdfOptions {
  pageSize: PageSize;
  printBackground: boolean;
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
  margins: { top: number; bottom: number; left: number; right: number };
  generateDocumentOutline: boolean;
  generateTaggedPDF: boolean;
}

// An empty header element: Chromium prints the title and date when the header template is empty.
const EMPTY_HEADER = '<span></span>';
const PAGE_FOOTER =
  '<div style="width:100%;font-size:8pt;font-family:sans-serif;color:#555;text-align:center;">' +
  '<span class="pageNumber"></span> / <span class="totalPages"></span></div>';

export function pdfOptions(pageSize: PageSize): PdfOptions {
  return {
    pageSize,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: EMPTY_HEADER,
    footerTemplate: PAGE_FOOTER,
    // Inches; the bottom margin leaves room for the footer.
    margins: { top: 0.6, bottom: 0.8, left: 0.6, right: 0.6 },
    generateDocumentOutline: true,
    // Tagged PDF keeps headings and reading order for screen readers.
    generateTaggedPDF: true,
  };
}

/** The suggested name with a .pdf extension, whatever extension the renderer gave. */
export function pdfFileName(suggestedName: string): string {
  return `${suggestedName.replace(/\.[a-z0-9]{1,10}$/i, '')}.pdf`;
}
