// Every user-facing string of the main process: menu labels, dialog titles
// and the errors the renderer may show. Kept in one place for translation.

export const MENU_LABELS = {
  file: '&File',
  newCase: 'New Case',
  importArticles: 'Import Articles…',
  export: 'Export…',
  edit: '&Edit',
  undo: 'Undo',
  redo: 'Redo',
  find: 'Find…',
  view: '&View',
  help: '&Help',
  keyboardShortcuts: 'Keyboard Shortcuts',
  about: 'About Factmark',
} as const;

export const DIALOG_TEXT = {
  saveTitle: 'Save',
  printTitle: 'Save PDF',
  pdfFilterName: 'PDF document',
  allFilesFilterName: 'All files',
  filesFilterName: 'Supported files',
} as const;

export const CASE_FILE_TEXT = {
  openFailedTitle: 'Could not open the case file',
} as const;

export const ERRORS = {
  untrustedSender: 'Refused: the request did not come from the Factmark window.',
  invalidPayload: (channel: string, detail: string) => `Refused: malformed request on ${channel}: ${detail}`,
  fileTooLarge: (name: string, limitMb: number) => `“${name}” is larger than ${limitMb} MB and was not opened.`,
  notAFile: (name: string) => `“${name}” is not a file.`,
  folderTooManyFiles: (limit: number) => `The folder holds more than ${limit} files; pick a smaller folder.`,
  folderTooLarge: (limitMb: number) => `The folder’s files add up to more than ${limitMb} MB; pick a smaller folder.`,
  backupNotFound: (name: string) => `No backup named “${name}”.`,
  backupNotJson: 'Refused: a backup must be a JSON document.',
} as const;
