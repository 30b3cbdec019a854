/**
 * What an article's entities tell its topics (src/enrich/entities.ts output read, never
 * changed): where its places are (in France, abroad, or neither: a continent, a sea, a range),
 * how prominently the foreign ones are named, whether a person named in the title is its
 * subject, and whether the title puts forward French politics (a politician or the government
 * acting, src/enrich/title-politics.ts). `assignTopics` (topics.ts) weighs these hints against the taxonomy's evidence.
 */
import type { EntityRef } from '../model.ts';
import { extend } from '../model/objects.ts';
import type { TopicHints } from './topics.ts';
import { foldText, slugify } from '../text/fold.ts';
import { homonymHome } from './homonyms.ts';
import { entityReference } from '../reference/index.ts';
import { frenchAreas } from '../reference/places.ts';
import { roleNextToName, titlePolitics, titleWords, toldAsPolitician } from './title-politics.ts';

/** Places that are neither France nor abroad: continents, oceans, seas and ranges. */
const NEUTRAL = new Set(['europe', 'afrique', 'asie', 'oceanie', 'amerique latine', 'amerique du sud', 'amerique du nord', 'amerique centrale',
  'mediterranee', 'rhin', 'arctique', 'antarctique', 'atlantique', 'pacifique', 'manche', 'alpes', 'pyrenees', 'caraibes', 'antilles', 'sahara']);

export type PlaceScope = 'home' | 'abroad' | 'neutral';

const key = (name: string): string => foldText(name).replace(/[’`]/g, '\'');

/** Places of France that are neither a commune, a department nor a current region (the French
 * part of the curated place reference), and the names of France itself. */
const FRENCH_AREAS = new Set([...frenchAreas(), 'France', 'Hexagone', 'Métropole', 'Polynésie', 'Réunion', 'Wallis-et-Futuna'].map((n) => key(n)));

/**
 * Where a place entity lies, by its name: France (a commune, department or region of INSEE's
 * geography, overseas included, or a French area the place reference lists), neither (a
 * continent, ocean, sea or range), or abroad (any other place: countries, foreign cities and
 * regions). A name several places share is the one its page names (`Vienne` is Vienna, `Vienne
 * (département)` is French: ./homonyms.ts); another name both French and foreign counts as French.
 * @example placeScope('Barcelone') // 'abroad'
 * @example placeScope('Val-d’Oise') // 'home'
 * @example placeScope('Vienne (Isère)') // 'home'
 */
export function placeScope(name: string): PlaceScope {
  const k = key(name);
  if (NEUTRAL.has(k)) return 'neutral';
  // `Vienne` is Vienna, `Vienne (département)` is in France (./homonyms.ts).
  const home = homonymHome(slugify(name));
  if (home !== undefined) return home ? 'home' : 'abroad';
  // The entity reference holds the geography (and the build cache keeps it: src/build/cache.ts).
  const ref = entityReference();
  const folded = foldText(name);
  if (FRENCH_AREAS.has(k) || ref.regions.has(k) || ref.departments.has(folded) || ref.communes.has(folded)) return 'home';
  return 'abroad';
}

/** Whether the folded `text` holds the folded `name` as whole words. */
function names(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at < 0) return false;
  const before = at === 0 ? ' ' : text[at - 1]!;
  const after = text[at + name.length] ?? ' ';
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

/** Role words (folded) that, next to a person's name, tell a celebrity of show business: the stage,
 * the screen, music, television and fashion (not writers or directors alone, whose news is often
 * their work's). */
const ENTERTAINMENT_ROLES = new Set(['chanteur', 'chanteuse', 'acteur', 'actrice', 'comedien', 'comedienne', 'humoriste', 'animateur', 'animatrice',
  'presentateur', 'presentatrice', 'rappeur', 'rappeuse', 'mannequin', 'star', 'vedette', 'chroniqueur', 'chroniqueuse', 'youtubeur', 'youtubeuse',
  'influenceur', 'influenceuse', 'danseur', 'danseuse', 'musicien', 'musicienne', 'interprete', 'comique', 'top-model', 'starlette', 'diva']);

/**
 * Whether the text (its words, from `titleWords`) presents the person by an entertainment role
 * right before their name, an adjective allowed between (« l’acteur américain Paul Durand »), or
 * right after it and a comma (« Paul Durand, chanteur du groupe »): not a role that ends the
 * sentence before (« … a répondu Paul Durand. Mais la chroniqueuse »).
 * @example toldAsEntertainer('Paul Durand', titleWords('L’acteur Paul Durand a tourné.')) // true
 * @example toldAsEntertainer('Paul Durand', titleWords('Le député Paul Durand a voté.')) // false
 */
export function toldAsEntertainer(name: string, words: readonly string[]): boolean {
  const parts = titleWords(name);
  return roleNextToName(name, words, (i) => {
    if (!ENTERTAINMENT_ROLES.has(words[i]!)) return false;
    const at = words.indexOf(parts[0]!, i);
    return (at > i && at - i <= 2 && words.slice(i + 1, at).every((w) => /^\p{L}/u.test(w))) || (words[i - 1] === ',' && words.slice(Math.max(0, i - 1 - parts.length), i - 1).join(' ') === parts.join(' '));
  });
}

/** A surname that names a person alone in a title (« Castaner prêt à… »): the last word of four letters or more. */
function surname(name: string): string | undefined {
  const last = name.split(/\s+/).at(-1) ?? '';
  return last.length >= 4 && last !== name ? last : undefined;
}

/**
 * The hints of one article from its text and the entities found in it. `isPolitician` says
 * whether the taxonomy knows a person as a politician (an alias of Politique); any other person
 * named in the title counts as one when the text gives their political role next to their name.
 * @example
 * topicHints({ title: 'Séisme à Lima', lede: '', body: '' }, [{ kind: 'place', name: 'Lima', slug: 'lima', count: 2 }])
 * // { abroad: 2, abroadInTitle: 1, abroadInLede: 0, home: 0, titlePeople: [], titleEntertainers: [], politics: 'none' }
 */
export function topicHints(doc: { title: string; lede: string; body: string }, entities: readonly EntityRef[], scope: (name: string) => PlaceScope = placeScope, isPolitician: (name: string) => boolean = () => false): TopicHints {
  const title = key(doc.title);
  const lede = key(doc.lede);
  const hints = { abroad: 0, abroadInTitle: 0, abroadInLede: 0, home: 0, titlePeople: [] as string[], titleEntertainers: [] as string[] };
  const politicians: string[] = [];
  /** The lede's and body's words, split once and only for a person the title names. */
  let textWords: string[] | undefined;
  const fullNamesInTitle = entities.filter((e) => e.kind === 'person' && names(title, key(e.name))).map((e) => key(e.name));
  for (const e of entities) {
    const name = key(e.name);
    if (e.kind === 'person') {
      if (e.count >= 2 && names(title, name)) hints.titlePeople.push(e.name);
      // By surname alone only when no full name in the title holds it (« Brigitte Macron » is not Emmanuel).
      const short = surname(e.name);
      const bySurname = short !== undefined && names(title, key(short)) && !fullNamesInTitle.some((n) => names(n, key(short)));
      const inTitle = names(title, name) ? e.name : bySurname ? short : undefined;
      if (inTitle === undefined) continue;
      if (isPolitician(e.name) || toldAsPolitician(e.name, (textWords ??= titleWords(`${doc.lede}\n${doc.body}`)))) politicians.push(inTitle);
      else if (toldAsEntertainer(e.name, textWords)) hints.titleEntertainers.push(e.name);
      continue;
    }
    if (e.kind !== 'place') continue;
    const where = scope(e.name);
    if (where === 'home') hints.home += e.count;
    if (where !== 'abroad') continue;
    hints.abroad += e.count;
    if (names(title, name)) hints.abroadInTitle++;
    if (names(lede, name)) hints.abroadInLede++;
  }
  return extend(hints, { politics: titlePolitics(doc.title, politicians) });
}
