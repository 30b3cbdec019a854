/**
 * Counts as French readers see them: the noun agrees with the number (singular for 0 and 1,
 * as in French), and the figure is grouped by thousands with a narrow no-break space (U+202F),
 * as the search page does (public/js/search-core.js, `countOf`).
 */
import type { Count } from '../model.ts';

const NUMBER = new Intl.NumberFormat('fr-FR');

/**
 * @example frenchNumber(1234) // '1\u202f234'
 * @example frenchNumber(12) // '12'
 */
export function frenchNumber(n: number): string {
  return NUMBER.format(n);
}

/**
 * The noun for `n` things: `one` for 0 and 1, `many` (by default `one` + `s`) from 2 on.
 * @example plural(1, 'article') // 'article'
 * @example plural(2, 'article') // 'articles'
 * @example plural(2, 'daté') // 'datés'
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return n > 1 ? many : one;
}

/**
 * A count with its noun, whole and in parts (pages that hide the noun from sight print the
 * figure and the noun apart).
 * @example countOf(1234, 'article') // { figure: '1\u202f234', noun: 'articles', label: '1\u202f234 articles' }
 */
export function countOf(n: number, one: string, many?: string): Count {
  const figure = frenchNumber(n);
  const noun = plural(n, one, many);
  return { figure, noun, label: `${figure} ${noun}` };
}

/**
 * The text of a count: `1 article`, `2 articles`, `1 234 articles`.
 * @example countLabel(2, 'sujet') // '2 sujets'
 */
export function countLabel(n: number, one: string, many?: string): string {
  return countOf(n, one, many).label;
}

/** Numbers French running text writes in letters (a masculine noun after them). */
const IN_WORDS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'];

/**
 * A count in running text: in letters up to ten, as French typography writes them in a sentence
 * (`au moins deux articles`), in figures above. For a masculine noun.
 * @example countInWords(2, 'article') // 'deux articles'
 * @example countInWords(12, 'article') // '12 articles'
 */
export function countInWords(n: number, one: string, many?: string): string {
  const words = Number.isInteger(n) && n >= 0 ? IN_WORDS[n] : undefined;
  return words ? `${words} ${plural(n, one, many)}` : countLabel(n, one, many);
}
