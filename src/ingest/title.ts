/** Titles derived from a lede when a file gives none. */

const OPENING = /^["“«]\s*/u;

/** A title cut inside a quotation would keep a dangling opening quote mark: drop it. */
function balanceQuotes(title: string): string {
  const open = OPENING.exec(title);
  if (!open || /["”»]/u.test(title.slice(open[0].length))) return title;
  return title.slice(open[0].length);
}

export const DERIVED_TITLE_MAX = 110;

/**
 * A title from the lede, cut at a word boundary to about 110 characters, with an ellipsis when cut.
 * @example deriveTitle('Le Premier ministre chinois a appelé à une coopération internationale.') // 'Le Premier ministre chinois a appelé à une coopération internationale'
 */
export function deriveTitle(lede: string, max = DERIVED_TITLE_MAX): string {
  const text = lede.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return balanceQuotes(text.replace(/[\s.;:,]+$/u, ''));
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  const head = (space > max * 0.5 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s.;:,(«"“'’-]+$/u, '');
  return balanceQuotes(`${head}…`);
}
