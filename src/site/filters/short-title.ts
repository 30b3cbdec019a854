/**
 * The page-title part of `<title>`, short enough for a tab or a search result: html-validate's
 * `long-title` rule wants at most 70 characters, and ` · Kiosque` follows. og:title and the h1
 * keep the whole title.
 */

import { closeCutQuote } from '../../text/french-typography.ts';

/** Longest page-title part, ellipsis included. */
export const TITLE_MAX = 60;

/**
 * What closing a cut quotation adds once typeset: the closing ` »` and the space after the
 * opening `«`, which stayed a bare `"` while unpaired.
 */
const CLOSING_QUOTE_ROOM = 3;

/** `text` cut at the last space that leaves `max` characters with `…`, without hanging punctuation. */
function cutAt(text: string, max: number): string {
  const space = text.lastIndexOf(' ', max - 1);
  // One word longer than the limit: cut it, by code points so no emoji is split.
  const head = space > 0 ? text.slice(0, space) : Array.from(text).slice(0, max - 1).join('');
  return `${head.replace(/[\s,;:.·—–-]+$/u, '')}…`;
}

/**
 * A title longer than TITLE_MAX cut at the last space that leaves room for `…`, without the
 * punctuation the cut leaves hanging, and with the quotation it cuts closed after `…` (typeset,
 * `« Il n’y a pas… »`); a shorter one as it is.
 * @example shortTitle('Budget 2024 adopté') // 'Budget 2024 adopté'
 * @example shortTitle('Le conseil municipal adopte le budget 2024, après une séance de six heures') // 'Le conseil municipal adopte le budget 2024, après une…'
 */
export function shortTitle(title: string | number): string {
  const text = String(title);
  if (text.length <= TITLE_MAX) return text;
  const cut = cutAt(text, TITLE_MAX);
  const closed = closeCutQuote(cut, text);
  return closed === cut ? cut : closeCutQuote(cutAt(text, TITLE_MAX - CLOSING_QUOTE_ROOM), text);
}
