/**
 * Quotations that span paragraphs. The typography pairs straight double quotes within a text
 * (src/text/french-typography.ts), so a quotation opened in one paragraph and closed in a later
 * one kept both its quotes straight (« "Je me suis fait larguer plein de fois. » … « Et je peux
 * vous assurer que… », a-t-elle confié. »): about 4 % of the corpus's files. When the next
 * paragraph closes it, the pair is most often one paragraph a dump cut at a sentence's end, and
 * is joined again (`quotationRunsOn`, used by src/ingest/text-rules.ts's `goesOn` for raw text
 * and Markdown alike); across a speech of several paragraphs, the quotes are found here over an
 * article's paragraphs in order and set as « and », and the typography does the rest (spaces,
 * inner quotes as “ ”). Pure.
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

/**
 * How the quotation marks of a paragraph read so far leave it, line after line (`quotesAfter`):
 * a paragraph of thousands of wrapped lines is read once.
 */
export interface QuoteState {
  /** Straight double quotes met. */
  straight: number;
  /** The last straight quote met opens a quotation (`opens`). */
  lastOpens: boolean;
  /** « not yet closed by a », and “ not yet closed by a ”. */
  guillemets: number;
  curly: number;
}

export const NO_QUOTES: QuoteState = { straight: 0, lastOpens: false, guillemets: 0, curly: 0 };

/**
 * The quote state after `text`, read after `state`.
 * @example quotesAfter(NO_QUOTES, 'Il a dit : "Je pars.') // { straight: 1, lastOpens: true, guillemets: 0, curly: 0 }
 */
export function quotesAfter(state: QuoteState, text: string): QuoteState {
  let { straight, lastOpens, guillemets, curly } = state;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      straight++;
      lastOpens = opens(text, i);
    } else if (c === '«') guillemets++;
    else if (c === '»') guillemets = Math.max(0, guillemets - 1);
    else if (c === '“') curly++;
    else if (c === '”') curly = Math.max(0, curly - 1);
  }
  return { straight, lastOpens, guillemets, curly };
}

/** The kind of quotation a paragraph leaves open at its end, if any. */
function openKind(state: QuoteState): '"' | '«' | '“' | undefined {
  if (state.straight % 2 === 1 && state.lastOpens) return '"';
  if (state.guillemets > 0) return '«';
  return state.curly > 0 ? '“' : undefined;
}

/**
 * Whether the paragraph read into `state` leaves a quotation open that `next` closes: the first
 * quotation mark of `next` closes one of the same kind, and `next` does not open with a quotation
 * mark (as the next paragraph of a speech quoted whole does). A scraper that cut the text at
 * sentences left such pairs (« "Arnaud Beltrame est Français. » / « Il appartient à tout le
 * monde". Contactée par… »): one paragraph of the article.
 * @example quotationRunsOn(quotesAfter(NO_QUOTES, '"Il est Français.'), 'Il appartient à tous".') // true
 */
export function quotationRunsOn(state: QuoteState, next: string): boolean {
  const kind = openKind(state);
  if (kind === undefined || /^["«“]/u.test(next)) return false;
  if (kind === '"') {
    const first = next.indexOf('"');
    return first > 0 && quotesOf(next).length % 2 === 1 && closes(next, first);
  }
  const [open, close] = kind === '«' ? ['«', '»'] : ['“', '”'];
  const closing = next.indexOf(close);
  if (closing < 0) return false;
  const opening = next.indexOf(open);
  return opening < 0 || closing < opening;
}

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
