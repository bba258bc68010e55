// The gate in front of every IPC handler: who may call (our window's top frame
// on the app's own URL) and what a well-formed payload is, per channel.
// Pure (no Electron import) so unit tests run it without an Electron binary.
import { z } from 'zod';
import { CHANNELS } from './preload/contract';
import { ERRORS } from './messages';
import { APP_HOST, APP_SCHEME } from './app-origin';

const MB = 1024 * 1024;

/** Upper bounds on what the renderer may hand to main in one call. */
export const IPC_LIMITS = {
  titleChars: 200,
  fileNameChars: 200,
  extensions: 32,
  /** Exports (HTML/Markdown/JSON/zip) are written whole; 256 MB is far above any real report. */
  saveBytes: 256 * MB,
  printHtmlChars: 64 * MB,
  backupChars: 256 * MB,
  urlChars: 4096,
} as const;

// Printable characters only; no path separators, no Windows-reserved characters,
// not "." or "..", no leading dot (hidden files) and no trailing dot or space.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const FILE_NAME = /^(?![. ])[^\\/:*?"<>|\u0000-\u001f\u007f]+(?<![. ])$/u;

export const fileNameSchema = z.string().min(1).max(IPC_LIMITS.fileNameChars).regex(FILE_NAME, 'not a plain file name');
const extensionSchema = z.string().regex(/^[a-z0-9]{1,10}$/i, 'an extension is 1–10 letters or digits, without a dot');
const extensionsSchema = z.array(extensionSchema).max(IPC_LIMITS.extensions);
const bytesSchema = z.instanceof(Uint8Array).refine((b) => b.byteLength <= IPC_LIMITS.saveBytes, 'data too large');

export const openFilesRequestSchema = z.strictObject({
  title: z.string().max(IPC_LIMITS.titleChars),
  extensions: extensionsSchema,
  multiple: z.boolean(),
  directory: z.boolean(),
});

export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  data: z.union([z.string().max(IPC_LIMITS.saveBytes), bytesSchema]),
  extensions: extensionsSchema,
});

export const printToPdfRequestSchema = z.strictObject({
  html: z.string().max(IPC_LIMITS.printHtmlChars),
  pageSize: z.enum(['A4', 'Letter']),
  suggestedName: fileNameSchema,
});

/** Only http(s) URLs ever leave the app, and never with credentials in them. */
export const externalUrlSchema = z
  .string()
  .max(IPC_LIMITS.urlChars)
  .refine((raw) => {
    try {
      const url = new URL(raw);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  }, 'only http and https URLs may be opened');

export const backupJsonSchema = z
  .string()
  .max(IPC_LIMITS.backupChars)
  .refine((json) => {
    try {
      const value: unknown = JSON.parse(json);
      return typeof value === 'object' && value !== null;
    } catch {
      return false;
    }
  }, ERRORS.backupNotJson);

/** The exact names writeBackup produces, e.g. factmark-backup-20261201T083000123Z.json. */
export const BACKUP_NAME = /^factmark-backup-\d{8}T\d{9}Z(-\d{1,3})?\.json$/;
export const backupNameSchema = z.string().max(64).regex(BACKUP_NAME, 'not a backup file name');

const noPayload = z.undefined();

/** The payload schema of each invoke channel; a channel missing here is never handled. */
export const INVOKE_PAYLOADS = {
  [CHANNELS.openFiles]: openFilesRequestSchema,
  [CHANNELS.saveFile]: saveFileRequestSchema,
  [CHANNELS.printToPdf]: printToPdfRequestSchema,
  [CHANNELS.openExternal]: externalUrlSchema,
  [CHANNELS.appInfo]: noPayload,
  [CHANNELS.writeBackup]: backupJsonSchema,
  [CHANNELS.listBackups]: noPayload,
  [CHANNELS.readBackup]: backupNameSchema,
} as const;

export type InvokeChannel = keyof typeof INVOKE_PAYLOADS;
export type InvokePayload<C extends InvokeChannel> = z.output<(typeof INVOKE_PAYLOADS)[C]>;

/** Checks the arguments of one invoke call: at most one payload, matching its channel's schema. */
export function parseInvokePayload<C extends InvokeChannel>(channel: C, args: readonly unknown[]): InvokePayload<C> {
  if (args.length > 1) throw new Error(ERRORS.invalidPayload(channel, 'more than one argument'));
  const result = INVOKE_PAYLOADS[channel].safeParse(args[0]);
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ');
    throw new Error(ERRORS.invalidPayload(channel, detail.slice(0, 300)));
  }
  return result.data as InvokePayload<C>;
}

export interface SenderFacts {
  /** webContents id of the sender. */
  senderId: number;
  /** URL of the frame that sent the message; null when the frame is gone. */
  frameUrl: string | null;
  /** Whether that frame is the top frame of its page (not an iframe). */
  isMainFrame: boolean;
}

export interface TrustedOrigin {
  /** webContents id of the main window. */
  windowContentsId: number;
  /** Origin of the electron-vite dev server, only in development. */
  devServerOrigin?: string;
}

/** True when the message comes from our window's top frame showing the app itself. */
export function isTrustedSender(sender: SenderFacts, trusted: TrustedOrigin): boolean {
  if (sender.senderId !== trusted.windowContentsId || !sender.isMainFrame || !sender.frameUrl) return false;
  let url: URL;
  try {
    url = new URL(sender.frameUrl);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST;
  return trusted.devServerOrigin !== undefined && url.origin === trusted.devServerOrigin;
}
