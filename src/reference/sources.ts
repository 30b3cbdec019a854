/**
 * The values of the search page's source filter. Scraped archives spell one source many ways
 * (`Non Stop Zapping`, `nonstopzapping`, `non-stop-zapping.com`; `L'Opinion`, `Lopinion.fr`),
 * and their source line sometimes holds the author instead (`Florian Lautre`). The filter
 * offers one value per source, spelled as most articles spell it, and leaves authors out.
 * An article shows that spelling too when it writes the same words (`sourceSpellings`); a line
 * that says more (`Texte 6Medias, vidéo BFMTV`) is shown as written. Pure.
 */
import { isPersonName } from './person-name.ts';

/** Other names of one source, by key (see sourceKey): the key they are filed under. */
const ALIASES: Record<string, string> = {
  huffingtonpost: 'huffpost', hufpost: 'huffpost', huffongtonpost: 'huffpost', huffpostfr: 'huffpost',
  francetvinfo: 'franceinfo', francetv: 'franceinfo',
  morandini: 'jeanmarcmorandini', jeanmarmorandini: 'jeanmarcmorandini', jeanmarcmoranidini: 'jeanmarcmorandini',
  bmftv: 'bfmtv', nouvelobs: 'obs', europe1fr: 'europe1', rtlfr: 'rtl', euronewsfr: 'euronews',
};

/**
 * Whether a source line names a person (an author) rather than a source: the predicate the
 * article's author is read with (src/reference/person-name.ts), so a byline is one everywhere.
 * @example isByline('Florian Lautre') // true
 * @example isByline('France Inter') // false
 */
export const isByline = isPersonName;

/** A web address ending a source's name (`.fr`, `.com`): `Lopinion.fr` is L'Opinion. */
const WEB_ENDING = /[.\s-](?:fr|com|net|be)$/;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The key that groups the spellings of one source: case, accents, spaces, punctuation, a web
 * address ending (`.fr`, `.com`), `officiel` and a leading article dropped; a text-and-video
 * credit (`Texte 6Medias, vidéo BFMTV`) and a list of credits (`6Medias, BFMTV`) are filed under
 * their first, the text's source; a joint credit with its
 * parts in any order (`BVA - Orange`, `Orange - BVA`).
 * @example sourceKey('Non-Stop Zapping officiel') === sourceKey('nonstopzapping') // true
 * @example sourceKey('Lopinion.fr') === sourceKey("L'Opinion") // true
 * @example sourceKey('Orange - BVA') === sourceKey('BVA - Orange') // true
 */
export function sourceKey(source: string): string {
  // Joint credits in either order (`BVA - Orange`, `Orange - BVA`): the parts' keys, sorted.
  const parts = source.split(/\s+[-–]\s+/);
  if (parts.length > 1) return parts.map(sourceKey).sort().join('+');
  const text = fold(source)
    .replace(/^texte\s+/, '')
    .replace(/\s*[,/]\s*(?:et\s+)?(?:video|avec)\b.*$/, '')
    // `6Medias, BFMTV`: a list of credits is filed under its first, the text's, as `Texte 6Medias, vidéo BFMTV` is.
    .replace(/\s*,\s.*$/, '')
    .replace(/\s+et\s+.*$/, '')
    .replace(WEB_ENDING, '')
    .replace(/[\s-]*officiel(?:le)?$/, '');
  const bare = text.replace(/[^a-z0-9]+/g, '');
  const unarticled = bare.replace(/^(?:les|le|la|l)(?=[a-z0-9]{3})/, '');
  return ALIASES[unarticled] ?? unarticled;
}

/** Words that join a credit's parts (`Orange avec AFP`), which its key leaves out. */
const CREDIT_SKIPS = new Set(['avec', 'et']);

/**
 * The key of a credit of several words whatever their order and number (`Orange BVA`,
 * `BVA-Orange`; `Oranges avec AFP-Services`, `Orange avec AFP-Service`): its words sorted, each
 * of five letters or more in the singular, without a leading article or `avec`. Undefined for
 * one word. `sourceFilterValues` joins the spellings that share this key or `sourceKey`.
 * @example creditKey('BVA-Orange') === creditKey('Orange BVA') // true
 */
export function creditKey(source: string): string | undefined {
  const words = fold(source).replace(WEB_ENDING, '').split(/[^a-z0-9]+/).filter((w) => w && !CREDIT_SKIPS.has(w));
  if (['le', 'la', 'les', 'l'].includes(words[0] ?? '')) words.shift();
  if (words.length < 2) return undefined;
  return words.map((w) => (w.length >= 5 ? w.replace(/s$/, '') : w)).sort().join('+');
}

/**
 * The filter value of each source line of an archive: its group's most frequent spelling (ties:
 * the first in code-point order); bylines get none.
 * @example sourceFilterValues(['AFP', 'afp', 'AFP', 'Florian Lautre']).get('afp') // 'AFP'
 */
export function sourceFilterValues(sources: readonly string[]): Map<string, string> {
  // Keys that name one source (a spelling's `sourceKey` and `creditKey`) go under one root.
  const root = new Map<string, string>();
  const find = (key: string): string => {
    let r = key;
    while (root.has(r) && root.get(r) !== r) r = root.get(r)!;
    root.set(key, r);
    return r;
  };
  // Each spelling read once: an archive writes a few hundred, thousands of times each.
  const written = new Map<string, number>();
  for (const s of sources) written.set(s, (written.get(s) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const [s, n] of written) {
    if (isByline(s)) continue;
    const key = sourceKey(s);
    if (!key) continue;
    counts.set(s, n);
    const credit = creditKey(s);
    const a = find(`=${key}`);
    if (credit !== undefined) {
      const b = find(`+${credit}`);
      // The smaller key as the root: the groups do not depend on the order of the sources.
      if (a !== b) root.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const groups = new Map<string, [string, number][]>();
  for (const [s, n] of counts) {
    const r = find(`=${sourceKey(s)}`);
    (groups.get(r) ?? groups.set(r, []).get(r)!).push([s, n]);
  }
  const out = new Map<string, string>();
  for (const spellings of groups.values()) {
    const label = spellings.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))[0]![0];
    // Written as the article pages write it: `L’Opinion`.
    for (const [s] of spellings) out.set(s, label.replace(/'/g, '\u2019'));
  }
  return out;
}

/** A source's words with case, accents, spaces and punctuation aside: `orange avec AFP/Services` is `Orange avec AFP-Services`. */
const spellingKey = (s: string): string => fold(s).replace(/[^a-z0-9]+/g, '');

/**
 * The spelling an article shows of its source line, when it is not the line as written: the
 * line's filter value (`sourceFilterValues`), when that writes the same words, so that one source
 * reads one way on every page (`orange avec AFP-Services`, `Orange avec AFP/Services` and
 * `Orange avec AFP-Services` are all `Orange avec AFP-Services`); a line that names more or
 * otherwise (`Texte 6Medias, vidéo BFMTV`, `Huffington Post`) is kept as written.
 * @example sourceSpellings(['Non Stop Zapping', 'Non Stop Zapping', 'Non-Stop Zapping']).get('Non-Stop Zapping') // 'Non Stop Zapping'
 */
export function sourceSpellings(sources: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [source, label] of sourceFilterValues(sources)) {
    if (label !== source && spellingKey(label) === spellingKey(source)) out.set(source, label);
  }
  return out;
}
