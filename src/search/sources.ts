/**
 * The values of the search page's source filter. Scraped archives spell one source many ways
 * (`Non Stop Zapping`, `nonstopzapping`, `non-stop-zapping.com`; `L'Opinion`, `Lopinion.fr`),
 * and their source line sometimes holds the author instead (`Florian Lautre`). The filter
 * offers one value per source, spelled as most articles spell it, and leaves authors out.
 * Articles keep their own source line everywhere else. Pure.
 */

/** Other names of one source, by key (see sourceKey): the key they are filed under. */
const ALIASES: Record<string, string> = {
  huffingtonpost: 'huffpost', hufpost: 'huffpost', huffongtonpost: 'huffpost', huffpostfr: 'huffpost',
  francetvinfo: 'franceinfo', francetv: 'franceinfo',
  morandini: 'jeanmarcmorandini', jeanmarmorandini: 'jeanmarcmorandini', jeanmarcmoranidini: 'jeanmarcmorandini',
  bmftv: 'bfmtv', nouvelobs: 'obs', europe1fr: 'europe1', rtlfr: 'rtl', euronewsfr: 'euronews',
};

/**
 * Common French first names: a source line of two or three capitalised words starting with one
 * of them is a byline, not a source. (`France` is left out: `France Inter`, `France 2`.)
 */
const FIRST_NAMES_TEXT = ('adrien alain alexandre alice amandine anne antoine arnaud arthur aurélie baptiste benjamin bernard camille caroline catherine cécile céline charles charlotte christine christophe claire clara claude clément corinne damien daniel david denis dominique edouard élise elodie émilie emma emmanuel eric étienne fabien fabrice florence florian françois frédéric gabriel guillaume hannah hélène henri hugo isabelle jacques jean jérôme julie julien justine laura laurence laurent léa louis lucas lucie luc manon marc marie marine martin mathieu mathilde maxime mélanie mélissa michel michèle nathalie nicolas olivier pascal patrick paul pauline philippe pierre quentin raphaël rémi romain roxane sandrine sarah sébastien sophie stéphane sylvie thomas valérie vincent virginie xavier yann');

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const FIRST_NAMES = new Set(fold(FIRST_NAMES_TEXT).split(' '));

/**
 * Whether a source line names a person (an author) rather than a source.
 * @example isByline('Florian Lautre') // true
 * @example isByline('France Inter') // false
 */
export function isByline(source: string): boolean {
  const parts = source.trim().split(/\s+/);
  if (parts.length < 2 || parts.length > 3) return false;
  if (!parts.every((p) => /^\p{Lu}[\p{Ll}'’-]*(?:-\p{Lu}[\p{Ll}'’-]*)?$/u.test(p))) return false;
  return FIRST_NAMES.has(fold(parts[0]!.split('-')[0]!));
}

/**
 * The key that groups the spellings of one source: case, accents, spaces, punctuation, a web
 * address ending (`.fr`, `.com`), `officiel` and a leading article dropped; a text-and-video
 * credit (`Texte 6Medias, vidéo BFMTV`) is filed under its text source.
 * @example sourceKey('Non-Stop Zapping officiel') === sourceKey('nonstopzapping') // true
 * @example sourceKey('Lopinion.fr') === sourceKey("L'Opinion") // true
 */
export function sourceKey(source: string): string {
  const text = fold(source)
    .replace(/^texte\s+/, '')
    .replace(/\s*[,/]\s*(?:et\s+)?(?:video|avec)\b.*$/, '')
    .replace(/\s+et\s+.*$/, '')
    .replace(/[.\s-](?:fr|com|net|be)$/, '')
    .replace(/[\s-]*officiel(?:le)?$/, '');
  const bare = text.replace(/[^a-z0-9]+/g, '');
  const unarticled = bare.replace(/^(?:les|le|la|l)(?=[a-z0-9]{3})/, '');
  return ALIASES[unarticled] ?? unarticled;
}

/**
 * The filter value of each source line of an archive: its group's most frequent spelling (ties:
 * the first in code-point order); bylines get none.
 * @example sourceFilterValues(['AFP', 'afp', 'AFP', 'Florian Lautre']).get('afp') // 'AFP'
 */
export function sourceFilterValues(sources: readonly string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sources) {
    if (isByline(s)) continue;
    const key = sourceKey(s);
    if (!key) continue;
    const spellings = counts.get(key) ?? new Map<string, number>();
    spellings.set(s, (spellings.get(s) ?? 0) + 1);
    counts.set(key, spellings);
  }
  const out = new Map<string, string>();
  for (const spellings of counts.values()) {
    const label = [...spellings].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))[0]![0];
    for (const s of spellings.keys()) out.set(s, label);
  }
  return out;
}
