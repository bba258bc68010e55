// Host for a plain browser: a hidden file input to pick files, a download
// link to save, the print dialog for PDF. Menu commands come from the app's
// own keyboard shortcuts instead of a native menu. Backups go to a database
// of their own in the browser's storage (./browser-backups.ts).
import type { OpenedFile } from '../../src-main/preload/contract';
import { isSafeExternalUrl, type Host, type PickFilesOptions } from './host';
import { createBrowserBackupStore } from './browser-backups';

async function readPicked(files: FileList | File[]): Promise<OpenedFile[]> {
  const out: OpenedFile[] = [];
  for (const f of Array.from(files)) {
    const rel = (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;
    out.push({ name: f.name, relativePath: rel, bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  return out;
}

function pickWithInput(options: PickFilesOptions): Promise<OpenedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = options.multiple;
    input.setAttribute('aria-label', options.title);
    if (options.directory) input.setAttribute('webkitdirectory', '');
    else if (options.extensions.length) input.accept = options.extensions.map((e) => '.' + e).join(',');
    input.style.display = 'none';
    let settled = false;
    const finish = (files: OpenedFile[]) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => void readPicked(input.files ?? []).then(finish));
    input.addEventListener('cancel', () => finish([]));
    document.body.appendChild(input);
    input.click();
  });
}

export function createBrowserHost(): Host {
  return {
    kind: 'browser',
    pickFiles: pickWithInput,
    async saveFile(suggestedName, data, mime) {
      const blob = new Blob([data as BlobPart], { type: mime });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = suggestedName;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return true;
    },
    async printReport(html) {
      // Print from a sandboxed frame without scripts: the report is inert HTML.
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-modals allow-same-origin');
      frame.style.cssText = 'position:fixed;width:0;height:0;border:0;';
      frame.srcdoc = html;
      document.body.appendChild(frame);
      await new Promise<void>((r) => frame.addEventListener('load', () => r(), { once: true }));
      frame.contentWindow?.print();
      setTimeout(() => frame.remove(), 60_000);
      return true;
    },
    async openExternal(url) {
      if (isSafeExternalUrl(url)) window.open(url, '_blank', 'noopener,noreferrer');
    },
    backups: createBrowserBackupStore(),
    onMenuCommand: () => () => {},
    onOpenCaseFile: () => () => {},
  };
}
