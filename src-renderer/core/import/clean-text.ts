// Normalises text coming out of any importer: no control characters, no lone
// surrogates, single spaces, and (for text that came through markup) no
// tag-like leftovers, so what reaches an article is plain, inert prose.

// C0 and C1 controls except tab and newline, plus DEL: matching them is the point.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Anything shaped like a tag, comment or processing instruction: `<a …>`, `</x>`, `<!…>`, `<?…>`.
const TAG_LIKE = /<\s*[/!?]?\s*[A-Za-z!?][^<>]*>?/g;

// Tested before the costlier replacements, which most text does not need.
const ANY_SURROGATE = /[\uD800-\uDFFF]/;
// A run of white space (\s includes NBSP, U+2028/9 and U+FEFF) other than one plain space.
const SPACE_RUN = / \s+|[^\S ]\s*/g;

export function stripControls(text: string): string {
  const out = text.replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '');
  return ANY_SURROGATE.test(out) ? out.replace(LONE_SURROGATES, '') : out;
}

/** One line of text: controls removed, every run of white space (NBSP too) made one space. */
export function cleanInline(text: string): string {
  return stripControls(text).replace(SPACE_RUN, ' ').trim();
}

/** Text extracted from HTML: also drops tag-shaped remnants (escaped markup,
 *  raw text of removed elements), which a news article never needs verbatim. */
export function cleanMarkupText(text: string): string {
  let out = stripControls(text);
  for (let previous = ''; previous !== out && out.includes('<'); ) {
    previous = out;
    out = out.replace(TAG_LIKE, ' ');
  }
  return cleanInline(out);
}

/** True when text has a character no importer may let through. */
export function hasForbiddenChars(text: string): boolean {
  return new RegExp(CONTROL_CHARS.source).test(text) || new RegExp(LONE_SURROGATES.source).test(text) || text.includes('\r');
}
