/**
 * The page-title part of `<title>`, short enough for a tab or a search result: html-validate's
 * `long-title` rule wants at most 70 characters, and ` · Kiosque` follows. og:title and the h1
 * keep the whole title.
 */

import { closeCutQuote } from '../../text/french-typography.ts';
import { kindTitleParts, type KindTitleParts } from '../../text/kind-title.ts';

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

/** `text` within `max` characters: whole, or cut at a word with the quotation it cuts closed after `…`. */
function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = cutAt(text, max);
  const closed = closeCutQuote(cut, text);
  return closed === cut ? cut : closeCutQuote(cutAt(text, max - CLOSING_QUOTE_ROOM), text);
}

/** Characters a cut name keeps at least: fewer, and it no longer says whose page it is. */
const MIN_NAME = 20;

/**
 * A listing's title (src/text/kind-title.ts) within TITLE_MAX, keeping what tells its pages
 * apart: a numbered page's dates first, then the kind; the name is what gets cut. Undefined when
 * even the dates leave too little of the name.
 */
function shortKindTitle({ name, kind, span }: KindTitleParts): string | undefined {
  const dates = span === undefined ? '' : ` (${span})`;
  // A numbered page: the whole name and the dates say more than the kind, which its first page gives.
  if (span !== undefined && name.length + dates.length <= TITLE_MAX) return `${name}${dates}`;
  const tail = ` — ${kind}${dates}`;
  if (TITLE_MAX - tail.length >= MIN_NAME) return `${cutText(name, TITLE_MAX - tail.length)}${tail}`;
  if (span !== undefined && TITLE_MAX - dates.length >= MIN_NAME) return `${cutText(name, TITLE_MAX - dates.length)}${dates}`;
  return undefined;
}

/**
 * A title longer than TITLE_MAX cut at the last space that leaves room for `…`, without the
 * punctuation the cut leaves hanging, and with the quotation it cuts closed after `…` (typeset,
 * `« Il n’y a pas… »`); a shorter one as it is. A listing's title keeps its kind and dates, and
 * its name is cut instead (175 of 14,673 listing titles of a 10,000-article archive were cut in
 * their dates, « ministère de l’Intérieur — organisation (8 avr. 2016 – 23… »).
 * @example shortTitle('Budget 2024 adopté') // 'Budget 2024 adopté'
 * @example shortTitle('Le conseil municipal adopte le budget 2024, après une séance de six heures') // 'Le conseil municipal adopte le budget 2024, après une…'
 * @example shortTitle('ministère de l’Intérieur — organisation (8 avr. 2016 – 23 mai 2016)') // 'ministère de l’Intérieur (8 avr. 2016 – 23 mai 2016)'
 */
export function shortTitle(title: string | number): string {
  const text = String(title);
  if (text.length <= TITLE_MAX) return text;
  const parts = kindTitleParts(text);
  return (parts && shortKindTitle(parts)) ?? cutText(text, TITLE_MAX);
}
