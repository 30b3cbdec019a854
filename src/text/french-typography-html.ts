/**
 * French typography inside the HTML that markdown-it renders for Markdown bodies: only text
 * between tags is set, never tags, attributes (link targets) or the inside of `<code>` and
 * `<pre>`. markdown-it escapes text with exactly four entities (`&amp; &lt; &gt; &quot;`),
 * so those are decoded before setting and escaped again after.
 */
import { frenchTypography } from './french-typography.ts';

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>/g;
/** Elements whose text is code: left exactly as written. */
const VERBATIM = new Set(['code', 'pre']);
/** Elements that end a run of text: a quote or `?` after them starts afresh. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'td', 'th', 'br', 'hr', 'ul', 'ol', 'table', 'tr']);

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const encode = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Typesets the text of an HTML fragment.
 * @example frenchTypographyHtml('<p>Il dit <em>&quot;non&quot;</em> ?</p>') // '<p>Il dit <em>«\u202fnon\u202f»</em>\u202f?</p>'
 * @example frenchTypographyHtml('<p><code>a ; b</code></p>') // '<p><code>a ; b</code></p>'
 */
export function frenchTypographyHtml(html: string): string {
  let out = '';
  let last = 0;
  let verbatim = 0;
  let context = '';
  const text = (raw: string) => {
    if (!raw) return;
    if (verbatim > 0) {
      out += raw;
      context = raw.slice(-1);
      return;
    }
    const set = frenchTypography(decode(raw), context);
    out += encode(set);
    context = set.slice(-1);
  };
  for (const m of html.matchAll(TAG)) {
    text(html.slice(last, m.index));
    const name = m[2]!.toLowerCase();
    if (VERBATIM.has(name)) verbatim = Math.max(0, verbatim + (m[1] ? -1 : 1));
    if (BLOCKS.has(name)) context = '';
    out += m[0];
    last = m.index + m[0].length;
  }
  text(html.slice(last));
  return out;
}
