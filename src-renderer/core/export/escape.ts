// Escaping for the text formats the exporters write. Case content is untrusted
// (imported articles, bundles from other people), so every value that reaches
// HTML or Markdown passes through here, and only http(s) URLs become links.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and double- or single-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

// Scheme, host and no white space, quotes, angle brackets or control characters:
// enough to rule out javascript:, data: and attribute break-outs before escaping.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
const HTTP_URL = /^https?:\/\/[^\s"'<>`\\\u0000-\u001f\u007f]+$/i;

/** The URL if it is an absolute http(s) URL; otherwise null (it never becomes a link). */
export function safeHttpUrl(value: string): string | null {
  const trimmed = value.trim();
  return HTTP_URL.test(trimmed) ? trimmed : null;
}

/** Escapes Markdown syntax so content shows as literal text: emphasis, links, code,
 *  tables and raw HTML anywhere, and block syntax (#, -, +, >, "1.") at the start. */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/\r?\n/g, ' ')
    .replace(/[\\`*_[\]|~>]/g, '\\$&')
    .replace(/</g, '&lt;')
    .replace(/^(\s*)([#+-])/, '$1\\$2')
    .replace(/^(\s*\d+)\./, '$1\\.');
}
