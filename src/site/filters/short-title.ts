/**
 * The page-title part of `<title>`, short enough for a tab or a search result: html-validate's
 * `long-title` rule wants at most 70 characters, and ` · Kiosque` follows. og:title and the h1
 * keep the whole title.
 */

/** Longest page-title part, ellipsis included. */
export const TITLE_MAX = 60;

/**
 * A title longer than TITLE_MAX cut at the last space that leaves room for `…`, without the
 * punctuation the cut leaves hanging; a shorter one as it is.
 * @example shortTitle('Budget 2024 adopté') // 'Budget 2024 adopté'
 * @example shortTitle('Le conseil municipal adopte le budget 2024, après une séance de six heures') // 'Le conseil municipal adopte le budget 2024, après une…'
 */
export function shortTitle(title: string | number): string {
  const text = String(title);
  if (text.length <= TITLE_MAX) return text;
  const space = text.lastIndexOf(' ', TITLE_MAX - 1);
  // One word longer than the limit: cut it, by code points so no emoji is split.
  const head = space > 0 ? text.slice(0, space) : Array.from(text).slice(0, TITLE_MAX - 1).join('');
  return `${head.replace(/[\s,;:.·—–-]+$/u, '')}…`;
}
