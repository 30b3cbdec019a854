/** Titles derived from a lede when a file gives none. */

const OPENING = /^["“«]\s*/u;

/**
 * A lede opening on a quotation that closes beyond the cut would leave a dangling quote mark:
 * drop the opening mark then.
 */
function balanceQuotes(text: string, max: number): string {
  const open = OPENING.exec(text);
  if (!open) return text;
  const close = text.slice(open[0].length).search(/["”»]/u);
  return close >= 0 && close + open[0].length < max ? text : text.slice(open[0].length);
}

export const DERIVED_TITLE_MAX = 110;

/**
 * A title from the lede, cut at a word boundary to about 110 characters, with an ellipsis when cut.
 * @example deriveTitle('Le Premier ministre chinois a appelé à une coopération internationale.') // 'Le Premier ministre chinois a appelé à une coopération internationale'
 */
export function deriveTitle(lede: string, max = DERIVED_TITLE_MAX): string {
  const text = balanceQuotes(lede.replace(/\s+/g, ' ').trim(), max);
  if (text.length <= max) return text.replace(/[\s.;:,]+$/u, '');
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  const head = (space > max * 0.5 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s.;:,(«"“'’-]+$/u, '');
  return `${head}…`;
}
