import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, RENDERER_CSP, contentTypeFor, isAllowedPrintRequest, isAllowedRequest, resolveAppAsset } from './app-origin';

const root = '/opt/Factmark/resources/app.asar/out/renderer';

describe('resolveAppAsset', () => {
  it('maps app URLs to files under the renderer folder', () => {
    expect(resolveAppAsset(root, APP_ENTRY_URL)).toBe(`${root}/index.html`);
    expect(resolveAppAsset(root, 'app://factmark/')).toBe(`${root}/index.html`);
    expect(resolveAppAsset(root, 'app://factmark/assets/index-D3zdf2A.js?v=1#x')).toBe(`${root}/assets/index-D3zdf2A.js`);
    expect(resolveAppAsset(root, 'app://factmark/assets/pdf%20worker.mjs')).toBe(`${root}/assets/pdf worker.mjs`);
  });

  it('refuses paths that climb out, other hosts and other schemes', () => {
    // "/../" (also written %2e%2e) is folded by the URL parser itself and stays inside the folder.
    expect(resolveAppAsset(root, 'app://factmark/../main/index.js')).toBe(`${root}/main/index.js`);
    expect(resolveAppAsset(root, 'app://factmark/%2e%2e/main/index.js')).toBe(`${root}/main/index.js`);
    for (const url of ['app://factmark/assets/%2e%2e%2f%2e%2e%2fmain%2findex.js',
      'app://factmark/..%5cmain%5cindex.js', 'app://factmark/a%00.js', 'app://factmark/%E0%A4%A', 'app://other/index.html',
      'file:///opt/Factmark/resources/app.asar/out/renderer/index.html', 'https://factmark/index.html', 'nonsense']) {
      expect(resolveAppAsset(root, url), url).toBeNull();
    }
  });
});

describe('isAllowedRequest', () => {
  it('lets the app load its own files and in-memory data', () => {
    for (const url of ['app://factmark/assets/x.js', 'data:image/png;base64,AAAA', 'blob:app://factmark/1b4e', 'devtools://devtools/bundled/inspector.html']) {
      expect(isAllowedRequest(url), url).toBe(true);
    }
  });

  it('blocks the network and files outside the app', () => {
    for (const url of ['https://example.org/', 'http://127.0.0.1:8080/', 'ws://example.org/socket', 'wss://example.org/', 'ftp://example.org/',
      'file:///etc/passwd', 'file:///opt/Factmark/resources/app.asar/out/renderer/index.html', 'app://evil/x.js', 'chrome://gpu']) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });

  it('allows the dev server and its hot-reload socket only in development', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx')).toBe(false);
  });
});

describe('isAllowedPrintRequest', () => {
  it('lets the print window load its page and inline images only', () => {
    expect(isAllowedPrintRequest('factmark-print://job/3f2a')).toBe(true);
    expect(isAllowedPrintRequest('data:image/png;base64,AAAA')).toBe(true);
    for (const url of ['https://example.org/tracker.gif', 'file:///etc/passwd', 'app://factmark/index.html']) expect(isAllowedPrintRequest(url), url).toBe(false);
  });
});

describe('policies', () => {
  it('keeps script to the app itself', () => {
    const directives = Object.fromEntries(RENDERER_CSP.split('; ').map((d) => [d.split(' ')[0], d]));
    expect(directives['default-src']).toBe("default-src 'none'");
    expect(directives['script-src']).toBe("script-src 'self'");
    expect(RENDERER_CSP).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(directives['object-src']).toBe("object-src 'none'");
  });

  it('names content types for the built files', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/pdf.worker.MJS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/blob.bin')).toBe('application/octet-stream');
  });
});
