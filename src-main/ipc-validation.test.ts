import { describe, expect, it } from 'vitest';
import { CHANNELS } from './preload/contract';
import { IPC_LIMITS, isTrustedSender, parseInvokePayload } from './ipc-validation';

describe('parseInvokePayload', () => {
  it('accepts well-formed requests on every channel', () => {
    expect(parseInvokePayload(CHANNELS.openFiles, [{ title: 'Import articles', extensions: ['html', 'txt'], multiple: true, directory: false }]))
      .toEqual({ title: 'Import articles', extensions: ['html', 'txt'], multiple: true, directory: false });
    const bytes = new Uint8Array([1, 2, 3]);
    expect(parseInvokePayload(CHANNELS.saveFile, [{ suggestedName: 'Report – vaccines.html', data: bytes, extensions: ['html'] }]).data).toBe(bytes);
    expect(parseInvokePayload(CHANNELS.saveFile, [{ suggestedName: 'notes.md', data: '# Notes', extensions: [] }]).data).toBe('# Notes');
    expect(parseInvokePayload(CHANNELS.printToPdf, [{ html: '<p>x</p>', pageSize: 'Letter', suggestedName: 'report.pdf' }]).pageSize).toBe('Letter');
    expect(parseInvokePayload(CHANNELS.openExternal, ['https://example.org/a?b=c#d'])).toBe('https://example.org/a?b=c#d');
    expect(parseInvokePayload(CHANNELS.writeBackup, ['{"cases":[]}'])).toBe('{"cases":[]}');
    expect(parseInvokePayload(CHANNELS.readBackup, ['factmark-backup-20261201T083000123Z.json'])).toBe('factmark-backup-20261201T083000123Z.json');
    expect(parseInvokePayload(CHANNELS.appInfo, [])).toBeUndefined();
    expect(parseInvokePayload(CHANNELS.listBackups, [])).toBeUndefined();
  });

  it('rejects wrong types and missing fields', () => {
    expect(() => parseInvokePayload(CHANNELS.openFiles, [{ title: 'x', extensions: 'html', multiple: true, directory: false }])).toThrow(/extensions/);
    expect(() => parseInvokePayload(CHANNELS.openFiles, [{ title: 'x', extensions: [], multiple: 'yes', directory: false }])).toThrow(/multiple/);
    expect(() => parseInvokePayload(CHANNELS.saveFile, [{ suggestedName: 'a.html', data: { length: 3 }, extensions: [] }])).toThrow(/data/);
    expect(() => parseInvokePayload(CHANNELS.printToPdf, [{ html: '<p/>', pageSize: 'A3', suggestedName: 'r.pdf' }])).toThrow(/pageSize/);
    expect(() => parseInvokePayload(CHANNELS.readBackup, [42])).toThrow(/factmark:read-backup/);
    expect(() => parseInvokePayload(CHANNELS.openFiles, [])).toThrow(/payload/);
  });

  it('rejects extra keys and extra arguments', () => {
    expect(() => parseInvokePayload(CHANNELS.openFiles, [{ title: 'x', extensions: [], multiple: true, directory: false, path: '/etc' }])).toThrow(/path|Unrecognized/i);
    expect(() => parseInvokePayload(CHANNELS.appInfo, [{}])).toThrow();
    expect(() => parseInvokePayload(CHANNELS.openExternal, ['https://example.org', 'extra'])).toThrow(/more than one argument/);
  });

  it('rejects huge strings', () => {
    const huge = 'x'.repeat(IPC_LIMITS.printHtmlChars + 1);
    expect(() => parseInvokePayload(CHANNELS.printToPdf, [{ html: huge, pageSize: 'A4', suggestedName: 'r.pdf' }])).toThrow(/html/);
    expect(() => parseInvokePayload(CHANNELS.openFiles, [{ title: 't'.repeat(IPC_LIMITS.titleChars + 1), extensions: [], multiple: false, directory: false }])).toThrow(/title/);
    expect(() => parseInvokePayload(CHANNELS.openExternal, [`https://example.org/${'a'.repeat(IPC_LIMITS.urlChars)}`])).toThrow();
  });

  it('rejects file names that could leave the chosen folder', () => {
    for (const name of ['../evil.html', '..', '.', 'a/b.html', 'a\\b.html', 'C:evil', '.bashrc', 'report.html ', 'nul\u0000.html', '']) {
      expect(() => parseInvokePayload(CHANNELS.saveFile, [{ suggestedName: name, data: 'x', extensions: [] }]), name).toThrow();
    }
    for (const name of ['../factmark-backup-20261201T083000123Z.json', 'factmark-backup-20261201T083000123Z.json/../../x', '/etc/passwd', 'backup.json']) {
      expect(() => parseInvokePayload(CHANNELS.readBackup, [name]), name).toThrow();
    }
  });

  it('rejects URLs other than http(s)', () => {
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x</b>', 'smb://host/share', 'not a url', 'https://user:pw@example.org/']) {
      expect(() => parseInvokePayload(CHANNELS.openExternal, [url]), url).toThrow(/only http and https/);
    }
  });

  it('rejects backups that are not a JSON object', () => {
    expect(() => parseInvokePayload(CHANNELS.writeBackup, ['{"cases": ['])).toThrow(/JSON/);
    expect(() => parseInvokePayload(CHANNELS.writeBackup, ['"just a string"'])).toThrow(/JSON/);
  });
});

describe('isTrustedSender', () => {
  const trusted = { windowContentsId: 7 };

  it('accepts the main window showing the app, with any hash or query', () => {
    expect(isTrustedSender({ senderId: 7, isMainFrame: true, frameUrl: 'app://factmark/index.html#/case/1' }, trusted)).toBe(true);
  });

  it('refuses other windows, sub-frames, other files and remote pages', () => {
    const url = 'app://factmark/index.html';
    expect(isTrustedSender({ senderId: 8, isMainFrame: true, frameUrl: url }, trusted)).toBe(false);
    expect(isTrustedSender({ senderId: 7, isMainFrame: false, frameUrl: url }, trusted)).toBe(false);
    expect(isTrustedSender({ senderId: 7, isMainFrame: true, frameUrl: null }, trusted)).toBe(false);
    expect(isTrustedSender({ senderId: 7, isMainFrame: true, frameUrl: 'file:///tmp/evil.html' }, trusted)).toBe(false);
    expect(isTrustedSender({ senderId: 7, isMainFrame: true, frameUrl: 'app://evil/index.html' }, trusted)).toBe(false);
    expect(isTrustedSender({ senderId: 7, isMainFrame: true, frameUrl: 'data:text/html,<script>1</script>' }, trusted)).toBe(false);
    expect(isTrustedSender({ senderId: 7, isMainFrame: true, frameUrl: 'https://example.org/' }, trusted)).toBe(false);
    expect(isTrustedSender({ senderId: 7, isMainFrame: true, frameUrl: 'http://localhost:5173/' }, trusted)).toBe(false);
  });

  it('accepts the dev server only when one is configured', () => {
    const dev = { ...trusted, devServerOrigin: 'http://localhost:5173' };
    expect(isTrustedSender({ senderId: 7, isMainFrame: true, frameUrl: 'http://localhost:5173/index.html' }, dev)).toBe(true);
    expect(isTrustedSender({ senderId: 7, isMainFrame: true, frameUrl: 'http://localhost:5174/' }, dev)).toBe(false);
  });
});
