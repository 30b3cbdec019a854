/**
 * The headline a file name carries. Archives dumped by scrapers and CMS exports name each file
 * after its article's headline (`2016-08-04-allaitement-l-unicef-fait-polemique-19195.txt`):
 * without accents, capitals or punctuation, sometimes cut, so no title to show, but the words
 * the article is about when its text has no title line.
 */

/** A date the name opens with (`2016-08-04-`, `20160804_`) or a running number (`000_`). */
const LEADING = /^(?:\d{4}[-_.]?\d{2}[-_.]?\d{2}|\d+)(?=[-_ .])/u;
/** An id the name ends with (`-19195`). */
const TRAILING_ID = /[-_ .]\d+$/u;
/** HTML entities a scraper slugged with the headline (`…-quot-vive-les-bobos-quot-…`): no words of it. */
const ENTITY_NAMES = new Set(['quot', 'amp', 'nbsp', 'laquo', 'raquo', 'rsquo', 'lsquo', 'ldquo', 'rdquo', 'hellip', 'apos', 'ndash', 'mdash']);

/** Words a name needs to read as a headline, not as `article-12` or `notes-jean`. */
const MIN_WORDS = 3;

/**
 * The words of a file name that reads as a headline (at least three words of letters; numbers
 * and ordinals such as `3eme` allowed between them), date, running number, trailing id and a
 * medium's name glued at the end (`-lefigaro`, one of `glued`: `gluedMediaNames`, src/reference/media.ts) left
 * out; undefined otherwise.
 * @example fileHeadline('txt/2016-08-04-allaitement-l-unicef-fait-polemique-19195.txt') // 'allaitement l unicef fait polemique'
 * @example fileHeadline('000_8d8c1ec7b0367f6a.txt') // undefined
 */
export function fileHeadline(path: string, glued: ReadonlySet<string> = new Set()): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]*$/u, '');
  const words = name.replace(LEADING, '').replace(TRAILING_ID, '').split(/[-_ .]+/u).filter((w) => w && !ENTITY_NAMES.has(w.toLowerCase()));
  if (words.length > MIN_WORDS && glued.has(words.at(-1)!.toLowerCase())) words.pop();
  if (!words.every((w) => /^(?:\p{L}+|\d+(?:e|er|re|eme|ème|nd|nde)?)$/iu.test(w))) return undefined;
  // Words of two letters or more, one of four at least: `x-y-z-w` is no headline.
  const lettered = words.filter((w) => /^\p{L}{2,}$/u.test(w));
  return lettered.length >= MIN_WORDS && lettered.some((w) => w.length >= 4) ? words.join(' ') : undefined;
}

/**
 * Lengths of a name's headline part a slug cap leaves (Kiosque's own addresses, and the scrapers
 * of the corpus it was tried on, stop at 60 characters): a name this long may be cut.
 */
const CUT_LENGTHS = { min: 55, max: 60 };

/**
 * Whether a headline from a file name may have been cut by a slug cap (`fileHeadline`).
 * @example nameMayBeCut('la croix de valerie boyer porte parole de francois fillon ch') // true
 */
export function nameMayBeCut(headline: string): boolean {
  return headline.length >= CUT_LENGTHS.min && headline.length <= CUT_LENGTHS.max;
}
