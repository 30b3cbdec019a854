/** ASCII slugs for URLs: accents transliterated, lowercase, hyphens, bounded length. */

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd' };

export const SLUG_MAX = 60;

/**
 * @example slugify('Meta : Mark Zuckerberg veut permettre aux créateurs d’utiliser des clones d’IA')
 * // 'meta-mark-zuckerberg-veut-permettre-aux-createurs-d-utiliser-des-clones-d-ia'
 */
export function slugify(text: string, max = SLUG_MAX): string {
  const ascii = text
    .replace(/[œŒæÆßøØłŁđĐ]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= max) return ascii;
  const cut = ascii.slice(0, max + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > max / 2 ? cut.slice(0, dash) : ascii.slice(0, max)).replace(/-+$/, '');
}

/**
 * A site path that stays inside the output folder whatever Eleventy does with it: lowercase
 * ASCII segments, no `.` or `..`, no empty segment (PITFALLS, "permalink containing ../").
 * @example isSafeSitePath('/articles/2024/02/sujets/') // true
 * @example isSafeSitePath('/articles/../../etc/') // false
 */
export function isSafeSitePath(path: string): boolean {
  // 200: well under the 255-byte limit of a file name, so every folder can be written.
  return /^\/(?:[a-z0-9][a-z0-9-]{0,199}\/)*$/.test(path);
}
