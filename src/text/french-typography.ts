/**
 * French typography for rendered text (not URLs, attributes, code or JSON-LD):
 * U+202F before `; ! ?` and inside « », U+00A0 before `:`, typographic apostrophes,
 * straight double quotes turned into « », and U+202F in digit groups (`5 000`) and before `%`.
 */

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
/** What every match of URL contains: text without it has no web address to step around. */
const URL_HINT = /:\/\/|www\./i;
const SPACES = '[ \\u00a0\\u202f]*';

/** A straight `"` opens a quote at the start, after a space or an opening bracket or dash. */
function frenchQuotes(text: string): string {
  return text.replace(/(^|[\s([{—–-])"/gu, '$1«').replace(/"/g, '»');
}

// Built once: typeset runs for every title, lede and paragraph of every page (430k calls on 10k articles).
const BEFORE_HIGH_SIGN = new RegExp(`([^\\s;!?(\\[«])${SPACES}([;!?]+)`, 'gu');
const BEFORE_COLON = new RegExp(`([^\\s:])${SPACES}:(?=\\s|$)`, 'gu');
const AFTER_OPENING_QUOTE = new RegExp(`«${SPACES}`, 'g');
// The lookbehind anchors the match at the first space of a run: without it, a long run of
// spaces before » is rescanned from every position (quadratic).
const BEFORE_CLOSING_QUOTE = new RegExp(`(?<![ \u00a0\u202f])${SPACES}»`, 'g');

const APOSTROPHE = /(\p{L})'(?=\p{L})/gu;
const DIGIT_GROUP = /(\d) (?=\d{3}(?!\d))/g;
const PERCENT = /(\d) %/g;
const HIGH_SIGN = /[;!?]/;
const DIGIT_SPACE = /\d /;
/** Text without any of these is left as is by every rule (most labels and titles). */
const TRIGGER = /["';:!?«»%]|\d /;

function typeset(text: string): string {
  if (!TRIGGER.test(text)) return text;
  // Each rule runs only when its character is there (« and » may come from the quote rule).
  let s = text.includes('"') ? frenchQuotes(text) : text;
  if (s.includes("'")) s = s.replace(APOSTROPHE, '$1’');
  if (HIGH_SIGN.test(s)) s = s.replace(BEFORE_HIGH_SIGN, `$1${NNBSP}$2`);
  if (s.includes(':')) s = s.replace(BEFORE_COLON, `$1${NBSP}:`);
  if (s.includes('«')) s = s.replace(AFTER_OPENING_QUOTE, `«${NNBSP}`);
  if (s.includes('»')) s = s.replace(BEFORE_CLOSING_QUOTE, `${NNBSP}»`);
  if (DIGIT_SPACE.test(s)) s = s.replace(DIGIT_GROUP, `$1${NNBSP}`).replace(PERCENT, `$1${NNBSP}%`);
  return s;
}

/**
 * A character that acts like `c` for every rule of `typeset` but that no rule rewrites or
 * inserts before, so the text after it can be set in context and the stand-in cut off again.
 */
function standIn(c: string): string {
  if (c === '') return '';
  if (/\s/u.test(c)) return '\n';
  if (/\p{L}/u.test(c)) return 'a';
  if (/\p{N}/u.test(c)) return '0';
  if (/[([{«—–-]/u.test(c)) return '(';
  return '.';
}

/**
 * Typesets plain text; web addresses in it are left as written. `before` is the character
 * that precedes the text on the page (when the text continues an earlier run, as after an
 * `<em>`), so that a quote or a `?` is set as it reads in context.
 * @example frenchTypography("l'IA : « oui » ?") // 'l’IA\u00a0: «\u202foui\u202f»\u202f?'
 * @example frenchTypography('"Non", dit-il.') // '«\u202fNon\u202f», dit-il.'
 * @example frenchTypography('" ?', 'i') // '\u202f»\u202f?'
 */
export function frenchTypography(text: string, before = ''): string {
  if (!URL_HINT.test(text)) {
    const context = standIn(before.slice(-1));
    return typeset(context + text).slice(context.length);
  }
  let out = before;
  let last = 0;
  const run = (chunk: string) => {
    const context = standIn(out.slice(-1));
    out += typeset(context + chunk).slice(context.length);
  };
  for (const m of text.matchAll(URL)) {
    run(text.slice(last, m.index));
    out += m[0];
    last = m.index + m[0].length;
  }
  run(text.slice(last));
  return out.slice(before.length);
}
