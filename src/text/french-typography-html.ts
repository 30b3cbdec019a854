/**
 * French typography inside the HTML that markdown-it renders for Markdown bodies: only text
 * between tags is set, never tags, attributes (link targets) or the inside of `<code>` and
 * `<pre>`. markdown-it escapes text with exactly four entities (`&amp; &lt; &gt; &quot;`),
 * so those are decoded before setting and escaped again after.
 *
 * The text of one block (paragraph, heading, list item…) is set as one run, tags marked by SEP
 * and code by CODE, so a quote opened before `<em>` and closed after it is paired, and a `?`
 * after `</em>` gets its space.
 */
import { CODE, SEP, richHtml, typesetText } from './french-typography.ts';

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>/g;
/** Elements whose text is code: left exactly as written. */
const VERBATIM = new Set(['code', 'pre']);
/** Elements that end a run of text: a quote or `?` after them starts afresh. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'td', 'th', 'br', 'hr', 'ul', 'ol', 'table', 'tr']);

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/**
 * Typesets the text of an HTML fragment; ordinals are raised with `<sup>`.
 * @example frenchTypographyHtml('<p>Il dit <em>&quot;non&quot;</em> ?</p>') // '<p>Il dit <em>«\u202fnon\u202f»</em>\u202f?</p>'
 * @example frenchTypographyHtml('<p><code>a ; b</code></p>') // '<p><code>a ; b</code></p>'
 */
export function frenchTypographyHtml(html: string): string {
  // Text holding the markers themselves cannot be cut back into runs: left as written.
  if (/[\ue000-\ue004]/u.test(html)) return html;
  let out = '';
  let last = 0;
  let verbatim = 0;
  /** The block being collected: its text runs (decoded, code as CODE) and the tags between them. */
  let runs: string[] = [''];
  let tags: string[] = [];
  let codes: string[] = [];
  const flush = () => {
    const set = typesetText(runs.join(SEP), true).split(SEP);
    let code = 0;
    set.forEach((run, i) => {
      out += run.includes(CODE) ? run.split(CODE).map((part) => richHtml(part)).reduce((a, b) => a + codes[code++]! + b) : richHtml(run);
      if (i < tags.length) out += tags[i];
    });
    runs = [''];
    tags = [];
    codes = [];
  };
  const text = (raw: string) => {
    if (!raw) return;
    if (verbatim > 0) {
      codes.push(raw);
      runs[runs.length - 1] += CODE;
    } else runs[runs.length - 1] += decode(raw);
  };
  for (const m of html.matchAll(TAG)) {
    text(html.slice(last, m.index));
    const name = m[2]!.toLowerCase();
    if (BLOCKS.has(name)) {
      flush();
      out += m[0];
    } else {
      tags.push(m[0]);
      runs.push('');
    }
    if (VERBATIM.has(name)) verbatim = Math.max(0, verbatim + (m[1] ? -1 : 1));
    last = m.index + m[0].length;
  }
  text(html.slice(last));
  flush();
  return out;
}
