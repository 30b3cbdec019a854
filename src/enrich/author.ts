/**
 * Who wrote an article. An author is not a source: `Source : Florian Lautre` names the
 * journalist, `Source : Le Parisien` the newspaper. A source is read as a person when it is a
 * first name Kiosque knows followed by one or two capitalised words (particles aside), e.g.
 * `Roxane Mansano`, `Marc-Emmanuel Adjou`; front matter `author` always names the author. Pure.
 */
import type { Article } from '../model.ts';

/**
 * Common French first names, listed by hand. A name outside the list stays a source: showing a
 * person as a source is a smaller harm than showing a newspaper as a person.
 */
const FIRST_NAMES = new Set((
  'adam adrien agathe agnès alain alexandra alexandre alexis alice aline amandine amélie anaïs andré andrea angélique anne annie antoine ' +
  'arnaud arthur aude audrey aurélie aurélien axel baptiste benjamin benoît bernard bertrand brigitte bruno camille capucine carine carole ' +
  'caroline catherine cécile céline charles charlotte chloé christian christine christophe claire clara claude clément clémence ' +
  'corinne damien daniel david delphine denis didier dominique edouard édouard élise élodie émilie emma emmanuel emmanuelle éric estelle ' +
  'étienne eva fabien fabienne fabrice fanny florence florian franck françois françoise frédéric frédérique gabriel gaëlle gaël ' +
  'geoffroy georges gérard gilles guillaume hannah hélène henri hervé hugo inès isabelle jacques jean jeanne jérémy jérôme joël ' +
  'jonathan joseph julia julie julien juliette justine karine kevin laetitia laura laure laurence laurent léa léo léna lionel louis ' +
  'louise luc lucas lucie ludovic manon marc marie marine marion martin mathieu mathilde matthieu maxime mélanie mélissa michel ' +
  'michèle mickaël nadia nathalie nicolas noémie océane olivier pascal pascale patrick paul pauline philippe pierre quentin rachel ' +
  'raphaël rémi renaud richard robert romain roxane sabine sandrine sarah sébastien serge simon solène sophie stéphane stéphanie ' +
  'sylvain sylvie thibault thierry thomas timothée valentin valérie vanessa véronique victor victoire vincent virginie xavier yann yannick yves zoé'
).split(' '));

const PARTICLES = new Set(['de', 'du', 'des', "d'", 'le', 'la', 'van', 'von', 'da', 'di']);
const CAPITALISED = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;

/**
 * True when `name` reads as a person's name: a known first name (or hyphenated first names
 * starting with one) and one or two capitalised words after it.
 * @example isPersonName('Marc-Emmanuel Adjou') // true
 * @example isPersonName('Le Parisien') // false
 */
export function isPersonName(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 4) return false;
  const [first, ...rest] = words as [string, ...string[]];
  if (!CAPITALISED.test(first) || !FIRST_NAMES.has(first.split('-')[0]!.toLocaleLowerCase('fr'))) return false;
  const names = rest.filter((w) => !PARTICLES.has(w.toLocaleLowerCase('fr')));
  return names.length >= 1 && names.length <= 2 && names.every((w) => CAPITALISED.test(w) || /^\p{Lu}{2,}$/u.test(w));
}

/**
 * The article with its author set: front matter `author`, else its source when the source is
 * a person (then no longer shown as a source).
 * @example withAuthor({ ...a, source: 'Florian Lautre' }) // { ...a, author: 'Florian Lautre', source: undefined }
 */
export function withAuthor(a: Article): Article {
  if (a.author || !a.source || !isPersonName(a.source)) return a;
  const { source, ...rest } = a;
  return { ...rest, author: source };
}
