// The import feature's public surface: what the app, the CLI and tests call.
export type { ArticleDraft, DraftMetadata, HtmlDocumentParser, HtmlSanitizer, ImportDeps, ImportErrorCode, ImportFile, ImportFileResult, ImportOptions } from './types';
export type { PdfDocumentLike, PdfLoader, PdfPageLike } from './pdf-types';
export { MAX_IMPORT_BYTES, importFile } from './import-file';
export { importFiles, type ImportFilesOptions, type ImportFilesResult, type ImportProgress } from './import-files';
export { importPaste, type PastedContent } from './paste';
export { draftContentHash, findDuplicateArticle } from './duplicates';
export { createHtmlSanitizer, IMPORT_SANITIZE_CONFIG, type DomPurifyLike } from './sanitize';
export { importMessages } from './messages';
