/**
 * Quotations that span paragraphs. The typography pairs straight double quotes within a text
 * (src/text/french-typography.ts), so a quotation opened in one paragraph and closed in a later
 * one kept both its quotes straight (« "Je me suis fait larguer plein de fois. » … « Et je peux
 * vous assurer que… », a-t-elle confié. »): about 4 % of the corpus's files. Found here over an
 * article's paragraphs in order, they are set as « and », and the typography does the rest
 * (spaces, inner quotes as “ ”). Pure.
 */

/** Paragraphs without a quote that a quotation may run through (a speech of several paragraphs). */
const MAX_INNER_PARAGRAPHS = 3;

/** Where a quote is in an article's paragraphs: the paragraph, then the character. */
export interface QuoteAt {
  paragraph: number;
  at: number;
}

/**
 * Whether the straight double quotes of a text do not pair (an odd number of them).
 * @example leavesQuoteOpen('Il a dit : "Je pars.') // true
 */
export function leavesQuoteOpen(text: string): boolean {
  return text.split('"').length % 2 === 0;
}

const quotesOf = (text: string): number[] => {
  const out: number[] = [];
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) out.push(i);
  return out;
};

/** A quote that opens: at the start or after a space or an opening sign, before a word. */
function opens(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  return (before === undefined || /[\s(\[«—–-]/u.test(before)) && after !== undefined && /[\p{L}\p{N}.…'‘(\[]/u.test(after);
}

/** A quote that closes: after a word, a sentence's sign or an inner quote, at the end or before a space or punctuation. */
function closes(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  return before !== undefined && /[\p{L}\p{N}.!?…)\]'’”»]/u.test(before) && (after === undefined || /[\s,.;:!?)\]»]/u.test(after));
}

/**
 * The quotes to set as « and » because the quotation they open and close spans paragraphs: a
 * paragraph whose straight quotes do not pair (an odd number) and whose last one opens, then the
 * next paragraph holding quotes (at most three quote-free paragraphs later), whose quotes do not
 * pair either and whose first one closes.
 * @example spanningQuotes(['Elle a dit : "Je pars.', 'Et je reviens", a-t-elle ajouté.'])
 * // [{ open: { paragraph: 0, at: 13 }, close: { paragraph: 1, at: 13 } }]
 */
export function spanningQuotes(paragraphs: readonly string[]): { open: QuoteAt; close: QuoteAt }[] {
  const out: { open: QuoteAt; close: QuoteAt }[] = [];
  // Most articles have no two paragraphs whose quotes do not pair.
  if (paragraphs.filter(leavesQuoteOpen).length < 2) return out;
  const quotes = paragraphs.map(quotesOf);
  for (let a = 0; a < paragraphs.length; a++) {
    const qa = quotes[a]!;
    if (qa.length % 2 === 0 || !opens(paragraphs[a]!, qa[qa.length - 1]!)) continue;
    let b = a + 1;
    while (b < paragraphs.length && quotes[b]!.length === 0 && b - a <= MAX_INNER_PARAGRAPHS) b++;
    const qb = quotes[b];
    if (!qb || qb.length % 2 === 0 || !closes(paragraphs[b]!, qb[0]!)) continue;
    out.push({ open: { paragraph: a, at: qa[qa.length - 1]! }, close: { paragraph: b, at: qb[0]! } });
    a = b - 1;
  }
  return out;
}

/**
 * The paragraphs with their spanning quotations set as « and » (`spanningQuotes`); the same
 * array when there is none.
 * @example withSpanningQuotes(['Elle a dit : "Je pars.', 'Et je reviens", a-t-elle ajouté.'])
 * // ['Elle a dit : «Je pars.', 'Et je reviens», a-t-elle ajouté.']
 */
export function withSpanningQuotes(paragraphs: readonly string[]): readonly string[] {
  const found = spanningQuotes(paragraphs);
  if (found.length === 0) return paragraphs;
  const out = [...paragraphs];
  const set = ({ paragraph, at }: QuoteAt, mark: string): void => {
    out[paragraph] = `${out[paragraph]!.slice(0, at)}${mark}${out[paragraph]!.slice(at + 1)}`;
  };
  for (const { open, close } of found) {
    set(open, '«');
    set(close, '»');
  }
  return out;
}
