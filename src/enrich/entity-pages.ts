/**
 * Entity pages and their indexes: which entities get a page, under which name, and the
 * `/personnes/`, `/organisations/`, `/lieux/` index pages (A–Z with counts, the most cited first).
 */
import type { EntityIndexView, EntityKind, EntityLetterPage, EntityStats, EntityView, Link } from '../model.ts';
import { entityIndexUrl, entityLetterUrl } from '../model/urls.ts';
import { ENTITY_BASE, ENTITY_KINDS } from '../model/entity-kinds.ts';
import { countInWords, countLabel, countOf } from '../text/french-counts.ts';
import { foldText, singleLetters, slugify } from '../text/fold.ts';
import { entityReference } from '../reference/index.ts';

/** Entities listed as « les plus cités » at the top of an index. */
const TOP_SIZE = 30;

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const accents = (s: string): number => s.normalize('NFD').length - s.length;

/**
 * The name an entity is shown under across the archive: the spelling most articles use (a capital
 * without its accent counting as with it, and shown with it: `Éric Woerth` in 11 articles over
 * `Eric Woerth` in 14), then the one spelt as the page's address (`slug`: `Dany Boon` at `dany-boon`, over a slip `Danny Boon` named as often),
 * then the most accented (`Édouard Philippe` over `Edouard Philippe`), then alphabetical. A name
 * with its leading article counts the articles of the bare name too: `Le Lab` is the name that
 * `le Lab` and `au Lab` leave as `Lab`; a full name counts those of its last word alone (`Boulloud`
 * for `Bernard Boulloud`, `sameSurname`).
 * @example preferredName(new Map([['Edouard Philippe', 2], ['Édouard Philippe', 2]])) // 'Édouard Philippe'
 * @example preferredName(new Map([['Eric Woerth', 14], ['Éric Woerth', 11]])) // 'Éric Woerth'
 * @example preferredName(new Map([['Lab', 3], ['Le Lab', 1]])) // 'Le Lab'
 * @example preferredName(new Map([['Danny Boon', 1], ['Dany Boon', 1]]), 'dany-boon') // 'Dany Boon'
 */
export function preferredName(names: ReadonlyMap<string, number>, slug?: string): string {
  const atSlug = (name: string): number => (slug !== undefined && slugify(name) === slug ? 1 : 0);
  const count = (name: string): number => {
    const bare = indexKey(name);
    const lastWord = name.slice(name.lastIndexOf(' ') + 1);
    // `Le Monde`'s last word is its bare name, counted once.
    return names.get(name)! + (name !== bare ? names.get(bare) ?? 0 : 0) + (lastWord !== name && lastWord !== bare ? names.get(lastWord) ?? 0 : 0);
  };
  // Capitals written without their accent (`Eric`, `Edouard`) are the same spelling as with it: counted together, shown with it.
  const together = new Map<string, number>();
  for (const name of names.keys()) {
    const key = plainCapitals(name);
    together.set(key, (together.get(key) ?? 0) + count(name));
  }
  const spelling = (name: string): number => together.get(plainCapitals(name))!;
  return [...names.keys()].sort((a, b) => spelling(b) - spelling(a) || atSlug(b) - atSlug(a) || accents(b) - accents(a) || count(b) - count(a) || (a < b ? -1 : a > b ? 1 : 0))[0]!;
}

/**
 * A name with its capitals' accents taken off: French writes `Éric`, and the press often `Eric`, capitals losing
 * their accents in print.
 * @example plainCapitals('Éric Dupond-Moretti') // 'Eric Dupond-Moretti'
 */
function plainCapitals(name: string): string {
  return name.normalize('NFC').replace(/\p{Lu}/gu, (c) => c.normalize('NFD').charAt(0));
}

/** A leading article, which the A–Z index files and sorts a name without: `Le Monde` under M. */
const LEADING_ARTICLE = /^(?:l['’]|le |la |les |the )/iu;

/** The name without its leading article: `Monde` for `Le Monde`, `Mans` for `Le Mans`. */
function indexKey(name: string): string {
  return name.replace(LEADING_ARTICLE, '');
}

/** A leading article of a slug: `le-lab`, `la-rochelle`, `l-union`. */
const SLUG_ARTICLE = /^(?:l|le|la|les|the)-(?=.)/u;

/**
 * One entity for a name the archive writes both with and without its leading article: `le Lab`
 * leaves the organisation `Lab` where `Le Lab d’Europe 1` named `Le Lab`, and `de la Rochelle`
 * the place `Rochelle`. Organisations and places (a person's `Le Pen` is a surname) whose slugs
 * differ only by a leading article go under the slug most articles use (then the longer one).
 * `articles` counts the articles naming each `kind/slug` key; the result maps each key that
 * goes under another to that one.
 * @example sameWithoutArticle(new Map([['organisation/lab', 21], ['organisation/le-lab', 30]])) // Map { 'organisation/lab' => 'organisation/le-lab' }
 */
export function sameWithoutArticle(articles: ReadonlyMap<string, number>): Map<string, string> {
  return underMostCited(articles, (key) => {
    const [kind, slug] = key.split('/') as [string, string];
    return kind === 'person' ? undefined : `${kind}/${slug.replace(SLUG_ARTICLE, '')}`;
  }, (a, b) => b.length - a.length);
}

/**
 * Keys that share a group (`groupOf`, undefined for none) go under the one most articles name,
 * then the first by `tie`, then the first in alphabetical order; the result maps each other key
 * of a group of several to that one.
 */
function underMostCited(articles: ReadonlyMap<string, number>, groupOf: (key: string) => string | undefined, tie: (a: string, b: string) => number = () => 0): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const key of articles.keys()) {
    const group = groupOf(key);
    if (group !== undefined) (groups.get(group) ?? groups.set(group, []).get(group)!).push(key);
  }
  const out = new Map<string, string>();
  for (const keys of groups.values()) {
    if (keys.length < 2) continue;
    const [chosen] = [...keys].sort((a, b) => articles.get(b)! - articles.get(a)! || tie(a, b) || (a < b ? -1 : 1));
    for (const key of keys) if (key !== chosen) out.set(key, chosen!);
  }
  return out;
}

/** Letters a name must have (hyphens aside) for one more letter to be taken for a slip. */
const SLIP_MIN_LETTERS = 8;

/**
 * How many more articles the usual spelling must have than the slip, by kind: two people whose
 * names are one letter apart are more often two people (`Michel Delpech`, `Michel Delpuech`).
 */
const SLIP_RATIO: Record<string, number> = { person: 5, organisation: 3, place: 3 };

/** `b` is `a` with one more letter (not a digit: `France 2`, `France 24`). */
function oneMoreLetter(a: string, b: string): boolean {
  if (b.length !== a.length + 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return !/[0-9]/.test(b[i]!) && a.slice(i) === b.slice(i + 1);
}

/**
 * The text with one character less, each way, once each.
 * @example deletions('abb') // Set { 'bb', 'ab' }
 */
function deletions(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < text.length; i++) out.add(text.slice(0, i) + text.slice(i + 1));
  return out;
}

/** The slugs differ by a word of one letter, an initial: `George H. W. Bush` is not `George W. Bush`. */
function oneMoreInitial(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  const words = long.split('-');
  return words.some((w, i) => w.length === 1 && [...words.slice(0, i), ...words.slice(i + 1)].join('-') === short);
}

/**
 * One entity for a name the archive spells once or twice with a slip: a hyphen or a space more or
 * less (`Dailymail` and `Daily Mail`, `Gilles Legendre` and `Gilles Le Gendre`), or one letter
 * more or less (`Laurent Wauqiez`, `Mathieu Orphelin`, `Télé Loisir`). The rare spelling goes
 * under the usual one when the usual one has at least SLIP_RATIO times its articles (three
 * times, five for people) and the name has at least SLIP_MIN_LETTERS letters; a letter for
 * another (`Eurostat`, `Eurostar`), a digit (`France 2`, `France 24`) or an initial (`George H. W.
 * Bush`, `George W. Bush`) is never a slip.
 * `articles` counts the articles naming each `kind/slug` key; the result maps each key that goes
 * under another to that one.
 * @example sameSpeltOtherwise(new Map([['person/laurent-wauqiez', 2], ['person/laurent-wauquiez', 161]])) // Map { 'person/laurent-wauqiez' => 'person/laurent-wauquiez' }
 */
export function sameSpeltOtherwise(articles: ReadonlyMap<string, number>): Map<string, string> {
  type Entry = { key: string; slug: string; squashed: string; count: number };
  const push = <K>(map: Map<K, Entry[]>, key: K, e: Entry) => (map.get(key) ?? map.set(key, []).get(key)!).push(e);
  const byKind = new Map<string, Entry[]>();
  for (const [key, count] of articles) {
    const [kind, slug] = key.split('/') as [string, string];
    const squashed = slug.replace(/-/g, '');
    if (squashed.length >= SLIP_MIN_LETTERS) push(byKind, kind, { key, slug, squashed, count });
  }
  const out = new Map<string, string>();
  for (const [kind, list] of byKind) {
    const ratio = SLIP_RATIO[kind]!;
    // Only a name with `ratio` articles or more can be the usual spelling of another. Those are
    // found by their spelling, and by their spellings with one letter less: each name looks up
    // its own spellings (one letter less than its own too) instead of trying every other name.
    // The spellings with a letter less are made for one length at a time, so few exist at once.
    const exact = new Map<string, Entry[]>();
    const usualByLength = new Map<number, Entry[]>();
    const byLength = new Map<number, Entry[]>();
    for (const e of list) {
      push(byLength, e.squashed.length, e);
      if (e.count < ratio) continue;
      push(exact, e.squashed, e);
      push(usualByLength, e.squashed.length, e);
    }
    for (const [length, names] of byLength) {
      const lessOne = new Map<string, Entry[]>();
      for (const o of usualByLength.get(length + 1) ?? []) for (const d of deletions(o.squashed)) push(lessOne, d, o);
      for (const e of names) {
        const candidates = new Set<Entry>();
        for (const o of exact.get(e.squashed) ?? []) if (o !== e) candidates.add(o);
        for (const o of lessOne.get(e.squashed) ?? []) if (oneMoreLetter(e.squashed, o.squashed)) candidates.add(o);
        for (const d of deletions(e.squashed)) for (const o of exact.get(d) ?? []) if (oneMoreLetter(o.squashed, e.squashed)) candidates.add(o);
        const best = [...candidates].filter((o) => o.count >= ratio * e.count && !oneMoreInitial(e.slug, o.slug)).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))[0];
        if (best) out.set(e.key, best.key);
      }
    }
  }
  // A spelling that went under one that itself went under another goes under that one.
  for (const [key, to] of out) {
    let end = to;
    for (let hops = 0; out.has(end) && hops < 10; hops++) end = out.get(end)!;
    out.set(key, end);
  }
  return out;
}

/**
 * The key of a person's spellings that the press uses for one person: each doubled letter once
 * (`Mohamed` and `Mohammed`, `Phillipe` and `Philippe`) and `Junior` as `Jr` (`Claude François Jr`).
 * @example personSpelling('person/claude-francois-junior') // 'person/claude-francois-jr'
 */
function personSpelling(key: string): string {
  return singleLetters(key).replace(/-junior$/u, '-jr').replace(/-senior$/u, '-sr');
}

/**
 * One person for the spellings of one name (`personSpelling`), however many articles each has:
 * `Mohamed Merah` (2 articles) and `Mohammed Merah` (2). They go under the spelling most articles
 * use, then the first in alphabetical order (as `preferredName` chooses among names).
 * @example samePersonSpelt(new Map([['person/mohamed-merah', 2], ['person/mohammed-merah', 3]])) // Map { 'person/mohamed-merah' => 'person/mohammed-merah' }
 */
export function samePersonSpelt(articles: ReadonlyMap<string, number>): Map<string, string> {
  return underMostCited(articles, (key) => (key.startsWith('person/') ? personSpelling(key) : undefined));
}

/** Capitalised particles that belong to a surname (`Le Pen`, `Le Gallo`), which the press never shortens to its last word. */
const BRETON_PARTICLES = new Set(['Le', 'La']);

/** A particle written with a capital, as it opens a surname (`Ben` of `Ben Laden`, `Le` of `Le Pen`). */
const capitalisedParticle = (word: string): boolean => PARTICLES.has(word.toLowerCase()) && /^\p{Lu}/u.test(word);

/** A folded word that is a given name of the reference's long list, or a commune's name. */
function givenNameOrTown(folded: string): boolean {
  const reference = entityReference();
  return reference.rareFirstNames.has(folded) || reference.firstNames.has(folded) || reference.communes.has(folded);
}

/**
 * A person the archive names by surname alone in some articles (`Me Boulloud`, `Cambadélis`,
 * `Ben Laden`: a surname opened by a capitalised particle is one too)
 * goes under the one person it names in full with that surname (`Bernard Boulloud`,
 * `Jean-Christophe Cambadélis`, `Oussama Ben Laden`); with two or more (`Emmanuel Macron`, `Brigitte Macron`; `Marine Le Pen`, `Jean-Marie Le Pen`), or
 * none, the surname stays apart. So does a name that is also a given name or a town
 * (`isOtherName`): one word for an artist (`Dieudonné`, `Alma`, `Nour`) is no surname of
 * `Romain Dieudonné` or `Gil Alma`. Nor is a surname's last word after `Le` or `La` (`Gallo` of
 * `Julie Le Gallo`). `names` gives a name of each `kind/slug` key; `spelt` the
 * spellings of one person (`samePersonSpelt`), which count as one.
 * @example sameSurname(new Map([['person/boulloud', 'Boulloud'], ['person/bernard-boulloud', 'Bernard Boulloud']])) // Map { 'person/boulloud' => 'person/bernard-boulloud' }
 */
export function sameSurname(names: ReadonlyMap<string, string>, spelt: ReadonlyMap<string, string> = new Map(), isOtherName: (folded: string) => boolean = givenNameOrTown): Map<string, string> {
  const bySurname = new Map<string, Set<string>>();
  const add = (surname: string, key: string) => (bySurname.get(surname) ?? bySurname.set(surname, new Set()).get(surname)!).add(spelt.get(key) ?? key);
  for (const [key, name] of names) {
    const words = name.split(/\s+/u);
    if (!key.startsWith('person/') || words.length < 2) continue;
    const particle = words[words.length - 2]!;
    // A surname opened by a capitalised particle (`Ben Laden` of `Oussama Ben Laden`), with three words or more.
    if (words.length > 2 && capitalisedParticle(particle)) add(foldText(words.slice(-2).join(' ')), key);
    // `Julie Le Gallo`'s surname is `Le Gallo`: a `Me Gallo` of another story is someone else.
    if (!BRETON_PARTICLES.has(particle)) add(foldText(words[words.length - 1]!), key);
  }
  const out = new Map<string, string>();
  for (const [key, name] of names) {
    if (!key.startsWith('person/')) continue;
    const words = name.split(/\s+/u);
    // `M. Wang`: a family name millions share names no one in particular (FAMILY_FIRST, KOREAN_FAMILY).
    const alone = words.length === 1 ? !isOtherName(foldText(name)) && !FAMILY_FIRST.has(foldText(name)) && !KOREAN_FAMILY.has(foldText(name)) : words.length === 2 && capitalisedParticle(words[0]!);
    const full = alone ? bySurname.get(foldText(name)) : undefined;
    if (full?.size === 1) out.set(key, [...full][0]!);
  }
  return out;
}

/**
 * The entity each `kind/slug` key goes under across the archive: a person's surname alone under
 * the one person named in full with it (`sameSurname`, from `names`, a name of each key), a name
 * written without its article under the one written with it (`sameWithoutArticle`), a person's
 * spellings under one (`samePersonSpelt`), then a slip under the usual spelling (`sameSpeltOtherwise`, counted on the
 * names once so regrouped). `articles` counts the articles naming each key; the result maps each
 * key that goes under another to that one.
 * @example sameEntities(new Map([['organisation/lab', 1], ['organisation/le-lab', 9]])) // Map { 'organisation/lab' => 'organisation/le-lab' }
 */
export function sameEntities(articles: ReadonlyMap<string, number>, names: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const withoutArticle = sameWithoutArticle(articles);
  const spelt = samePersonSpelt(articles);
  const surnames = sameSurname(names, spelt);
  const bare = (key: string): string => {
    const to = surnames.get(key) ?? key;
    return withoutArticle.get(to) ?? spelt.get(to) ?? to;
  };
  const regrouped = new Map<string, number>();
  for (const [key, n] of articles) regrouped.set(bare(key), (regrouped.get(bare(key)) ?? 0) + n);
  const slips = sameSpeltOtherwise(regrouped);
  const out = new Map<string, string>();
  for (const key of articles.keys()) {
    const to = slips.get(bare(key)) ?? bare(key);
    if (to !== key) out.set(key, to);
  }
  return out;
}

/** Titles before a name, which the index files it without: `Prince Harry` under H. */
const TITLE = /^(?:prince|princesse|reine|roi|pape|lady|sir|sœur|frère|abbé|mgr|général|maître) /iu;
/** Particles that open a surname (`de Gaulle`, `Le Pen`, `van Gogh`); lowercase ones are not sorted on. */
const PARTICLES = new Set(['de', 'du', 'des', 'd’', "d'", 'le', 'la', 'von', 'van', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'das', 'ibn', 'ben', 'bin', 'al', 'el']);
/** Family names written first (`Xi Jinping`): the name is filed as written. */
const FAMILY_FIRST = new Set(['xi', 'li', 'wang', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'zhou', 'hu', 'mao', 'deng', 'jiang', 'hun']);
/** Korean family names, written first before a hyphenated given name (`Kim Jong-un`, `Moon Jae-in`), not before another (`Kim Kardashian`). */
const KOREAN_FAMILY = new Set(['kim', 'moon', 'park', 'yoon', 'lee']);
/** What follows a surname to tell a son from his father (`Claude François Junior`, `Martin Luther King Jr.`). */
const GENERATION = /^(?:Jr\.?|Sr\.?|Junior|Senior|fils|père)$/u;

/**
 * A person's name as a French index files it: the surname first, with its particle when it is
 * written in capitals (`Le Pen Marine` under L, `Gaulle Charles de` under G), every word after the
 * given name when a particle comes later (`Dupont de Ligonnès Xavier` under D); a single name, a
 * sovereign (`Elizabeth II`) or a family name written first as written; a title dropped; a
 * generation after the surname kept at the end (`François Claude Junior`).
 * @example surnameFirst('Emmanuel Macron') // 'Macron Emmanuel'
 * @example surnameFirst('Charles de Gaulle') // 'Gaulle Charles de'
 * @example surnameFirst('Xavier Dupont de Ligonnès') // 'Dupont de Ligonnès Xavier'
 * @example surnameFirst('Claude François Junior') // 'François Claude Junior'
 * @example surnameFirst('Yves Saint Laurent') // 'Saint Laurent Yves'
 * @example surnameFirst('Jeanne d’Arc') // 'Arc Jeanne d’'
 * @example surnameFirst('Bachar al-Assad') // 'Assad Bachar al-'
 */
export function surnameFirst(name: string): string {
  const bare = name.replace(TITLE, '');
  const t = bare.split(/\s+/);
  const last = t[t.length - 1]!;
  if (t.length > 2 && GENERATION.test(last)) return `${surnameFirst(t.slice(0, -1).join(' '))} ${last}`;
  const family = foldText(t[0]!);
  if (t.length < 2 || /^[IVXL]+$/u.test(last) || FAMILY_FIRST.has(family) || (KOREAN_FAMILY.has(family) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(t[1]!))) return bare;
  let start = t.length - 1;
  for (let i = 1; i < t.length - 1; i++) {
    if (PARTICLES.has(t[i]!.toLowerCase())) {
      // `Xavier Dupont de Ligonnès`, `Geoffroy Roux de Bézieux`: a particle after a second name joins it to the surname.
      start = i > 1 ? 1 : i;
      break;
    }
  }
  // `Marion Maréchal-Le Pen`: a surname joined to its particle by a hyphen; `Valéry Giscard d’Estaing`: one by an elision.
  while (start > 1 && /-(?:Le|La|De|Du)$/u.test(t[start - 1]!)) start--;
  // `Yves Saint Laurent`: a surname named after a saint starts at `Saint`.
  if (start > 1 && /^Sainte?$/u.test(t[start - 1]!)) start--;
  if (start === t.length - 1 && start > 1 && /^d['’]\p{Lu}/u.test(last)) start--;
  let sortFrom = start;
  while (sortFrom < t.length - 1 && /^\p{Ll}/u.test(t[sortFrom]!)) sortFrom++;
  // `Jeanne d’Arc`: a surname elided to its particle is filed under its own letter, the particle after (`Arc Jeanne d’`).
  // `Bachar al-Assad`: a surname opened by an Arabic article is filed under its own letter too (`Assad Bachar al-`).
  const elided = sortFrom === t.length - 1 ? /^(d['’]|(?:al|el|ad|ar|as|ash|at|az|an)-)(\p{Lu}.*)$/u.exec(t[sortFrom]!) : null;
  if (elided) return [elided[2], ...t.slice(0, sortFrom), elided[1]].join(' ');
  return [...t.slice(sortFrom), ...t.slice(0, sortFrom)].join(' ');
}

/** The key an entity is filed and sorted under: a person by surname, others without a leading article. */
function fileKey(e: Pick<EntityView, 'kind' | 'name'>): string {
  return e.kind === 'person' ? surnameFirst(e.name) : indexKey(e.name);
}

/** Initial letter for the A–Z index: `É` under `E`, digits and signs under `#`. */
function initial(key: string): string {
  const c = foldText(key).charAt(0).toUpperCase();
  return c >= 'A' && c <= 'Z' ? c : '#';
}

/**
 * One index per kind that has pages: the most cited first, then every entity A–Z: people by
 * surname (`Emmanuel Macron` under M), the others without a leading article (`Le Mans` between
 * `Madrid` and `Marseille`). `minArticles`: the articles an entity needs for a page, which each says.
 * @example entityIndexes([])  // []
 */
export function entityIndexes(entities: readonly EntityView[], minArticles = 2): EntityIndexView[] {
  return ENTITY_KINDS.flatMap((kind) => {
    const list = entities.filter((e) => e.kind === kind);
    if (!list.length) return [];
    const link = (e: EntityView): Link => ({ label: e.name, url: e.url, count: e.count, articleCount: countOf(e.count, 'article') });
    const top = [...list].sort((a, b) => b.count - a.count || collator.compare(a.name, b.name)).slice(0, TOP_SIZE).map(link);
    const letters = new Map<string, Link[]>();
    // Each key once: a comparator would make one per comparison.
    const filed = list.map((e) => ({ e, key: fileKey(e) }));
    filed.sort((a, b) => collator.compare(a.key, b.key) || collator.compare(a.e.name, b.e.name) || (a.e.url < b.e.url ? -1 : 1));
    for (const { e, key } of filed) {
      const l = initial(key);
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
      lead: `${countLabel(list.length, base.one, base.many)}, ${list.length > 1 ? `${base.each} ` : ''}${base.citedOne} dans au moins ${countInWords(minArticles, 'article')}`,
    }];
  });
}

/**
 * Entities an index lists on its own page at most; past this many, each letter gets a page.
 * Four elements an entry, an index of 2,000 holds about 8,000 (Lighthouse flags a page of more
 * than 1,400 as slow to lay out); 5,000 corpus articles already name 1,324 people on two articles
 * or more (a page of 134 kB), and the list grows with the archive.
 */
export const INDEX_MAX_ENTITIES = 2000;

/**
 * Indexes of at most `max` entities as they are; a larger one keeps its most cited and its A–Z
 * bar, whose letters lead to a page each (`/personnes/a-z/m/`), listing that letter's entities.
 * @example splitIndexes([]) // { indexes: [], letterPages: [] }
 */
export function splitIndexes(indexes: readonly EntityIndexView[], max = INDEX_MAX_ENTITIES): { indexes: EntityIndexView[]; letterPages: EntityLetterPage[] } {
  const letterPages: EntityLetterPage[] = [];
  const out = indexes.map((index) => {
    if (index.count <= max) return index;
    const base = ENTITY_BASE[index.kind];
    const letters = index.letters.map((l) => ({ ...l, url: entityLetterUrl(index.kind, l.letter === '#' ? 'autres' : l.letter.toLowerCase()) }));
    for (const l of letters) {
      letterPages.push({
        kind: index.kind,
        url: l.url,
        indexUrl: index.url,
        title: index.title,
        heading: l.letter === '#' ? `${index.title} : autres` : `${index.title} : ${l.letter}`,
        lead: l.letter === '#'
          ? `${countLabel(l.entities.length, base.one, base.many)} dont le nom commence par un chiffre ou un signe`
          : `${countLabel(l.entities.length, base.one, base.many)} à la lettre ${l.letter}${index.kind === 'person' ? ', par nom de famille' : ''}`,
        entities: l.entities,
        letters: letters.map((o) => ({ letter: o.letter, url: o.url, current: o === l })),
      });
    }
    return { ...index, letters: letters.map(({ entities: _, ...l }) => ({ ...l, entities: [] })) };
  });
  return { indexes: out, letterPages };
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
