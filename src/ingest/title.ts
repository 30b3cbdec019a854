/** Titles derived from a lede when a file gives none. */

const OPENING = /^["“«]\s*/u;

/** A title cut inside a quotation would keep a dangling opening quote mark: drop it. */
function balanceQuotes(title: string): string {
  const open = OPENING.exec(title);
  if (!open || /["”»]/u.test(title.slice(open[0].length))) return title;
  return title.slice(open[0].length);
}

export const DERIVED_TITLE_MAX = 110;
/** A lede's opening sentences make the title when they are at least this long (not a teaser such as `C’est une disparition mystérieuse.`). */
export const SENTENCE_TITLE_MIN = 40;

/** The end of a sentence: after a word, before a space and a capital, a digit or a quote (not `M. Dupont`, `etc. et`). */
const SENTENCE_END = /(?<=[^\s.!?]{2})[.!?…](?=\s+[\p{Lu}\p{N}«"“])/gu;

/** Quotes are balanced: as many « as », an even number of ". */
function balanced(text: string): boolean {
  return (text.match(/«/g)?.length ?? 0) === (text.match(/»/g)?.length ?? 0) && (text.match(/"/g)?.length ?? 0) % 2 === 0
    && (text.match(/“/g)?.length ?? 0) === (text.match(/”/g)?.length ?? 0);
}

/**
 * A title from the lede: the lede itself when it is short; else its opening sentences, as many as
 * fit in about 110 characters, when they make at least SENTENCE_TITLE_MIN; else the lede cut at a
 * word boundary with an ellipsis.
 * @example deriveTitle('Le Premier ministre chinois a appelé à une coopération internationale.') // 'Le Premier ministre chinois a appelé à une coopération internationale'
 * @example deriveTitle(`Le prince William ne passera pas Pâques en famille. ${'Il est en voyage officiel. '.repeat(5)}`) // 'Le prince William ne passera pas Pâques en famille'
 */
export function deriveTitle(lede: string, max = DERIVED_TITLE_MAX): string {
  const text = lede.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return balanceQuotes(text.replace(/[\s.;:,]+$/u, ''));
  let sentences = 0;
  for (const m of text.slice(0, max + 1).matchAll(SENTENCE_END)) {
    const end = m.index + 1;
    if (end >= SENTENCE_TITLE_MIN && balanced(text.slice(0, end))) sentences = end;
  }
  if (sentences > 0) return text.slice(0, sentences).replace(/[\s.;:,]+$/u, '');
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  const head = (space > max * 0.5 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s.;:,(«"“'’-]+$/u, '');
  return balanceQuotes(`${head}…`);
}
