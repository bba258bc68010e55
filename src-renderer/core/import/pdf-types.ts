// The small part of pdfjs-dist's API the PDF importer uses, as structural types,
// so core needs neither pdfjs's DOM-typed declarations nor its worker set-up.

export interface PdfTextItemLike {
  str?: string;
  /** [a, b, c, d, x, y]: x and y place the item's baseline on the page. */
  transform?: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
}

export interface PdfPageLike {
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup?(): unknown;
}

export interface PdfDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPageLike>;
  getMetadata(): Promise<{ info?: unknown }>;
  destroy?(): Promise<void> | void;
}

/** Opens PDF bytes. pdfjs rejects with an error named 'PasswordException' when
 *  the file needs a password, and 'InvalidPDFException' when it is not a PDF. */
export type PdfLoader = (data: Uint8Array) => Promise<PdfDocumentLike>;
