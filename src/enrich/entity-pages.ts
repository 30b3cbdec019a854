/**
 * Entity pages and their indexes: which entities get a page, under which name, and the
 * `/personnes/`, `/organisations/`, `/lieux/` index pages (A–Z with counts, the most cited first).
 */
import type { EntityIndexView, EntityKind, EntityStats, EntityView, Link } from '../model.ts';
import { entityIndexUrl } from '../model/urls.ts';
import { countOf } from '../text/french-counts.ts';
import { foldText } from '../text/fold.ts';

/**
 * What a kind of entity is called, one (`Personne`) and many (`Personnes`), and `cited` agreeing
 * with it (`Personnes citées`, `Lieux cités`); URLs in ../model/urls.ts.
 */
export const ENTITY_BASE: Record<EntityKind, { label: string; title: string; cited: string }> = {
  person: { label: 'Personne', title: 'Personnes', cited: 'citées' },
  organisation: { label: 'Organisation', title: 'Organisations', cited: 'citées' },
  place: { label: 'Lieu', title: 'Lieux', cited: 'cités' },
};
const KINDS: readonly EntityKind[] = ['person', 'organisation', 'place'];
/** Entities listed as « les plus cités » at the top of an index. */
const TOP_SIZE = 30;

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const accents = (s: string): number => s.normalize('NFD').length - s.length;

/**
 * The name an entity is shown under across the archive: the spelling most articles use, then
 * the most accented (`Édouard Philippe` over `Edouard Philippe`), then alphabetical. A name
 * with its leading article counts the articles of the bare name too: `Le Lab` is the name that
 * `le Lab` and `au Lab` leave as `Lab`.
 * @example preferredName(new Map([['Edouard Philippe', 2], ['Édouard Philippe', 2]])) // 'Édouard Philippe'
 * @example preferredName(new Map([['Lab', 3], ['Le Lab', 1]])) // 'Le Lab'
 */
export function preferredName(names: ReadonlyMap<string, number>): string {
  const count = (name: string): number => names.get(name)! + (name !== indexKey(name) ? names.get(indexKey(name)) ?? 0 : 0);
  return [...names.keys()].sort((a, b) => count(b) - count(a) || accents(b) - accents(a) || (a < b ? -1 : a > b ? 1 : 0))[0]!;
}

/** A leading article, which the A–Z index files and sorts a name without: `Le Monde` under M. */
const LEADING_ARTICLE = /^(?:l['’]|le |la |les |the )/iu;

/** The name without its leading article: `Monde` for `Le Monde`, `Mans` for `Le Mans`. */
function indexKey(name: string): string {
  return name.replace(LEADING_ARTICLE, '');
}

/** Initial letter for the A–Z index: `É` under `E`, digits and signs under `#`. */
function initial(name: string): string {
  const c = foldText(indexKey(name)).charAt(0).toUpperCase();
  return c >= 'A' && c <= 'Z' ? c : '#';
}

/**
 * One index per kind that has pages: the most cited first, then every entity A–Z, filed and
 * sorted without a leading article (`Le Mans` between `Mandela` and `Manuel Valls`).
 * @example entityIndexes([])  // []
 */
export function entityIndexes(entities: readonly EntityView[]): EntityIndexView[] {
  return KINDS.flatMap((kind) => {
    const list = entities.filter((e) => e.kind === kind);
    if (!list.length) return [];
    const link = (e: EntityView): Link => ({ label: e.name, url: e.url, count: e.count, articleCount: countOf(e.count, 'article') });
    const top = [...list].sort((a, b) => b.count - a.count || collator.compare(a.name, b.name)).slice(0, TOP_SIZE).map(link);
    const letters = new Map<string, Link[]>();
    for (const e of [...list].sort((a, b) => collator.compare(indexKey(a.name), indexKey(b.name)) || collator.compare(a.name, b.name) || (a.url < b.url ? -1 : 1))) {
      const l = initial(e.name);
      (letters.get(l) ?? letters.set(l, []).get(l)!).push(link(e));
    }
    const base = ENTITY_BASE[kind];
    return [{
      kind,
      title: base.title,
      cited: base.cited,
      url: entityIndexUrl(kind),
      top,
      letters: [...letters].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a < b ? -1 : 1)).map(([letter, entities]) => ({ letter, id: letter === '#' ? 'autres' : `lettre-${letter.toLowerCase()}`, entities })),
      count: list.length,
      pageCount: countOf(list.length, 'fiche'),
    }];
  });
}

/**
 * How many entities got a page, and how many did not, per kind.
 * @example entityStats([{ kind: 'person', count: 1 }], 2).withoutPage.person // 1
 */
export function entityStats(all: readonly { kind: EntityKind; count: number }[], minArticles: number): EntityStats {
  const zero = (): Record<EntityKind, number> => ({ person: 0, organisation: 0, place: 0 });
  const stats: EntityStats = { minArticles, withPage: zero(), withoutPage: zero() };
  for (const e of all) (e.count >= minArticles ? stats.withPage : stats.withoutPage)[e.kind]++;
  return stats;
}
