/**
 * HTML escaping for the TypeScript templates (templates/**\/*.ts): the same characters and
 * entities as Nunjucks' autoescape (`&"'<>\`), so a page renders byte for byte as it did in
 * Nunjucks. `null` and `undefined` print nothing, numbers print as `String(n)`.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;', '\\': '&#92;' };
const SPECIAL = /[&"'<>\\]/;
const SPECIALS = /[&"'<>\\]/g;
const entity = (ch: string) => ENTITIES[ch]!;

/**
 * Text or attribute value as HTML.
 * @example esc('Fish & "chips"') // 'Fish &amp; &quot;chips&quot;'
 * @example esc(undefined) // ''
 */
export function esc(value: string | number | boolean | null | undefined): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return SPECIAL.test(text) ? text.replace(SPECIALS, entity) : text;
}

/**
 * Nunjucks' `capitalize` filter: the first character upper case, the rest lower case.
 * @example capitalize('mars 2024') // 'Mars 2024'
 */
export function capitalize(text: string): string {
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
