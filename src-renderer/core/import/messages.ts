// Every sentence the import feature shows a reviewer, in one place so it can be
// translated. Each failure names the file and says what to do about it.

export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1)} MB`;
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : formatMegabytes(bytes);
}

export const importMessages = {
  empty: (name: string) => `“${name}” is empty. Choose the file that holds the article’s text.`,
  blank: (name: string) => `“${name}” contains only blank space. Choose the file that holds the article’s text.`,
  tooLarge: (name: string, size: number, limit: number) =>
    `“${name}” is ${formatSize(size)}; files up to ${formatMegabytes(limit)} can be imported. Save just the article (text, HTML or PDF) and import that.`,
  binary: (name: string) =>
    `“${name}” is not a text, Markdown, HTML, Word (.docx) or PDF file. Open it in the program that made it and save the article as one of those.`,
  image: (name: string) =>
    `“${name}” is an image. Factmark imports article text: run it through OCR or copy the text, then import or paste it.`,
  legacyWord: (name: string) => `“${name}” is an old Word (.doc) file. Open it in Word or LibreOffice, save it as .docx, and import that.`,
  rtf: (name: string) => `“${name}” is a Rich Text (.rtf) file. Save it as .docx or plain text and import that.`,
  otherZip: (name: string) =>
    `“${name}” is a zip archive but not a Word (.docx) document. Unpack it and import the article files inside.`,
  notPdf: (name: string) => `“${name}” is named like a PDF but is not one. Check that the download finished, or open it and save it again.`,
  notDocx: (name: string) =>
    `“${name}” is named like a Word document but is not a .docx file. Open it in Word or LibreOffice and save it as .docx.`,
  brokenPdf: (name: string) => `“${name}” is a damaged PDF that could not be read. Open it in a PDF viewer and save or print it to a new PDF.`,
  brokenDocx: (name: string) => `“${name}” is a damaged Word document that could not be read. Open it in Word or LibreOffice and save it again.`,
  encryptedPdf: (name: string) =>
    `“${name}” is password-protected. Open it with its password, print it to a new PDF without protection, and import that.`,
  encryptedDocx: (name: string) =>
    `“${name}” is password-protected. Open it in Word, remove the password (File › Info › Protect Document), save, and import again.`,
  pdfNoText: (name: string) =>
    `“${name}” has no text layer: it is probably scanned images. Run OCR on it (or copy the text by hand), then import the result.`,
  noText: (name: string) => `No article text was found in “${name}”. Check that it is the right file, or copy the text and paste it instead.`,
  pasteNoText: () => 'The pasted content holds no text. Copy the article’s text and paste again.',
  unexpected: (name: string, detail: string) =>
    `“${name}” could not be imported (${detail}). Try saving it in another format (text, HTML, .docx or PDF).`,

  warnLegacyEncoding: (encoding: string) =>
    `The file was not UTF-8; it was read as ${encoding}. Check accented letters and quotation marks.`,
  warnWholePage: () =>
    'No article body could be told apart from the rest of the page, so the whole page’s text was taken. Remove menus or notices that came along.',
  warnSomePagesEmpty: (pages: number[]) =>
    `Page${pages.length > 1 ? 's' : ''} ${pages.join(', ')} had no text (scanned images?) and were skipped.`,
  warnDocxMessages: (count: number) =>
    `${count} part${count > 1 ? 's' : ''} of the Word document could not be converted (unusual styles or embedded objects); check the text.`,
  pasteLabel: 'Pasted text',
} as const;
