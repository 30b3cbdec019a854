/**
 * Whether a short line (a source or byline) names a person: one predicate shared by the author
 * of an article (author.ts) and the source filter of search (./sources.ts), on the given
 * names of the entity reference (reference/first-names.ts), accents and case folded. Pure.
 */
import { foldText } from '../text/fold.ts';
import { FIRST_NAMES } from './first-names.ts';
import { ORGANISATION_ENTRIES } from './organisations.ts';

/** Lowercase words allowed between a given name and a surname: `Anne de Gaulle`. */
const PARTICLES = new Set(['de', 'du', 'des', "d'", 'd’', 'le', 'la', 'van', 'von', 'da', 'di']);
/** A capitalised word, hyphens and apostrophes inside: `Adjou`, `Marc-Emmanuel`, `D'Arvor`. */
const CAPITALISED = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
/** Known organisations and media, folded: `Charlie Hebdo` starts with a given name but is a newspaper. */
const ORGANISATIONS = new Set(ORGANISATION_ENTRIES.flatMap(([name, aliases]) => [name, ...aliases].map(foldText)));

/**
 * True when `name` reads as a person's name: a given name Kiosque knows (or hyphenated given
 * names starting with one), then one or two capitalised words (particles aside), and not a
 * known organisation or medium.
 * @example isPersonName('Marc-Emmanuel Adjou') // true
 * @example isPersonName('Élodie Dupont') // true
 * @example isPersonName('Le Parisien') // false
 */
export function isPersonName(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 4) return false;
  const [first, ...rest] = words as [string, ...string[]];
  if (!CAPITALISED.test(first) || !FIRST_NAMES.has(foldText(first.split('-')[0]!))) return false;
  const names = rest.filter((w) => !PARTICLES.has(w.toLocaleLowerCase('fr')));
  if (names.length < 1 || names.length > 2 || !names.every((w) => CAPITALISED.test(w) || /^\p{Lu}{2,}$/u.test(w))) return false;
  return !ORGANISATIONS.has(foldText(name));
}
