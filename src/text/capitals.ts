/**
 * Headings in capitals, as scrapers take them from sites whose style sheets set subheadings so
 * (`ISABELLE BALKANY FUTURE MAIRE DE LEVALLOIS ?`, 1,228 of the corpus's raw-text headings): shown
 * as a sentence, each word spelt as the article's own text spells it within a sentence (`Isabelle
 * Balkany future maire de Levallois ?`), which gives back proper nouns, acronyms and the accents
 * capitals often drop (`METHODES` → `méthodes`); and a text's first letter as a capital. Pure.
 */
import { foldText } from './fold.ts';

/**
 * The text with its first character in capitals, the rest as written.
 * @example withInitialCapital('mars 2024') // 'Mars 2024'
 * @example withInitialCapital('économie') // 'Économie'
 */
export const withInitialCapital = (text: string): string => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);

/** Two capitals at least and no lowercase letter: `LES PERDANTS`, `15 FRANÇAIS À BORD`, not `FN` alone in `Le FN`. */
const IN_CAPITALS = /^(?=[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu})[^\p{Ll}]*$/u;

/**
 * The text is written in capitals: two at least, and no lowercase letter.
 * @example inCapitals('UNE SOMME RECORD') // true
 * @example inCapitals('FN') // true
 * @example inCapitals('Le FN') // false
 */
export const inCapitals = (text: string): boolean => IN_CAPITALS.test(text);

/** Per UTF-16 unit, once seen: 1 a letter uppercasing changes, 2 one lowercasing changes, 0 neither; UNSEEN before. */
const UNSEEN = 255;
const CASES = new Uint8Array(0x10000).fill(UNSEEN);
function caseOf(c: number): number {
  let k = CASES[c]!;
  if (k === UNSEEN) {
    const ch = String.fromCharCode(c);
    k = CASES[c] = ch.toUpperCase() !== ch ? 1 : ch.toLowerCase() !== ch ? 2 : 0;
  }
  return k;
}

/**
 * Whether a word of two characters or more is in capitals: it is its own uppercase and not its own
 * lowercase (`CGT`, `ÉLYSÉE`, `A1`; not `Macron`, nor `X`, nor `2024`). Unlike `inCapitals`, one
 * capital is enough. Read one character at a time, without copying the word in either case: most
 * words have a lowercase letter early (the copies cost 0.3 s of profile over three analyses of
 * 5,000 articles). A character outside the Basic Multilingual Plane is left to the whole word's
 * case mappings.
 * @example isAllCaps('SNCF') // true
 * @example isAllCaps('État') // false
 */
export function isAllCaps(raw: string): boolean {
  if (raw.length < 2) return false;
  let upper = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 0xd800 && c <= 0xdfff) return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
    else if (c >= 128) {
      const k = caseOf(c);
      if (k === 1) return false;
      if (k === 2) upper = true;
    }
  }
  return upper;
}

/** A model's code: a capital, then letters and at least one digit (`M8`, `X5`, `RS6`, `GT410`, `A110`); no ordinal (`70e`). */
const MODEL_CODE = /^\p{Lu}(?=[\p{L}\d]*\d)[\p{L}\d]{1,5}$/u;

/**
 * Whether a word is a model's code (`MODEL_CODE`): a word after it, written with a capital, is the
 * model's name (`la BMW M8 Coupé`, `la Yaris GR Sport`), not a name or a word of its own.
 * @example isModelCode('GT410') // true
 * @example isModelCode('70e') // false
 */
export const isModelCode = (word: string): boolean => MODEL_CODE.test(word);

/** A word: letters, with the marks that join them inside names (`Jean-Luc` is two words for this). */
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/**
 * What ends a sentence or opens a quotation before a word: a word after one may take a capital
 * for that alone, so its spelling says nothing of the word.
 */
const SENTENCE_START = /[.!?…«"“:;]\s*$|^\s*$/u;

/** A word the text does not spell, this short, is kept in capitals: an acronym (`PS`, `ONU`, `FAQ`). */
const ACRONYM_MAX = 3;

/** Particles between a first name and a surname (`François de Rugy`, `Marine Le Pen`). */
const PARTICLES = new Set(['de', 'du', 'd', 'le', 'la']);
/** Particles written with a capital in a surname (`Le Pen`, `Le Drian`). */
const CAPITAL_PARTICLES = new Set(['le', 'la']);

/** Where a sentence starts inside a heading: at its start, or after `.`, `?`, `!` or `:`, a quotation mark between. */
const HEADING_SENTENCE = /(?:^|[.!?:])[\s"«“]*$/u;

/** Roman numerals kept in capitals (`Louis XIV`, `Vatican II`). */
const ROMAN = /^[IVX]{2,}$/u;

/** How an article's text spells its words (`textSpellings`). */
export interface TextSpellings {
  /**
   * Each word's spellings within a sentence, by folded word (`balkany` → `['Balkany']`, `an` →
   * `['an', 'AN']`): the most used first, a spelling in capitals after every other (an acronym or
   * a shout: `AN` for the Assemblée nationale is no spelling of `an`).
   */
  within: Map<string, string[]>;
  /** Folded words the text also has after a sentence's end or a quotation's start, where any word takes a capital (`Depuis`). */
  opening: Set<string>;
  /**
   * Names of two words the text writes with a capital each within a sentence, by their folded
   * words (`le pen` → `Le Pen`, `la rochelle` → `La Rochelle`): a particle that is a common word
   * elsewhere (`le`) takes its capital there.
   */
  pairs: Map<string, [string, string]>;
}

/**
 * How `texts` spell their words (see TextSpellings).
 * @example textSpellings(['Le maire de Levallois a dit.']).within.get('levallois') // ['Levallois']
 */
export function textSpellings(texts: readonly string[]): TextSpellings {
  const counts = new Map<string, Map<string, number>>();
  const opening = new Set<string>();
  const pairs = new Map<string, [string, string]>();
  for (const text of texts) {
    /** The word before, when it is within a sentence, capitalised, and one space before this one. */
    let before: { word: string; key: string; end: number } | undefined;
    for (const m of text.matchAll(WORD)) {
      const word = m[0];
      const key = foldText(word);
      if (before && before.end + 1 === m.index && text[before.end] === ' ' && CAPITALISED.test(word)) pairs.set(`${before.key} ${key}`, [before.word, word]);
      const start = SENTENCE_START.test(text.slice(Math.max(0, m.index - 3), m.index));
      before = !start && CAPITALISED.test(word) ? { word, key, end: m.index + word.length } : undefined;
      if (start) {
        opening.add(key);
        continue;
      }
      const spellings = counts.get(key) ?? counts.set(key, new Map()).get(key)!;
      spellings.set(word, (spellings.get(word) ?? 0) + 1);
    }
  }
  const capitals = (w: string): number => (w.length > 1 && !/\p{Ll}/u.test(w) ? 1 : 0);
  const within = new Map([...counts].map(([key, spellings]) => [key, [...spellings].sort((a, b) => capitals(a[0]) - capitals(b[0]) || b[1] - a[1]).map(([w]) => w)]));
  return { within, opening, pairs };
}

/** A capital, then lowercase letters: `Le`, `Pen`, not `PS`. */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * Common words, in lowercase whatever the text: a short one is no acronym (`UNE`, `EST`), and none
 * is a surname after a first name (`MARIE DEPUIS`).
 */
const COMMON_WORDS = new Set([
  'l', 'd', 'j', 'c', 'n', 's', 'm', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu',
  'a', 'au', 'aux', 'ce', 'ces', 'de', 'des', 'du', 'en', 'et', 'il', 'ils', 'je', 'la', 'le', 'les', 'ma', 'me', 'mes', 'ne', 'ni', 'on', 'ou', 'par',
  'pas', 'qui', 'que', 'sa', 'se', 'ses', 'si', 'son', 'sur', 'ta', 'te', 'tu', 'un', 'une', 'va', 'vu', 'y', 'an', 'ans', 'est', 'non', 'oui', 'ete',
  'des', 'tot', 'fin', 'bon', 'mal', 'vie', 'loi', 'mot', 'nos', 'vos', 'lui', 'eux', 'moi', 'toi', 'car', 'dix', 'six', 'mis', 'dit', 'fait',
  'avec', 'sans', 'pour', 'dans', 'sous', 'vers', 'chez', 'entre', 'contre', 'apres', 'avant', 'pendant', 'depuis', 'selon', 'comme', 'mais', 'donc',
  'ex', 'quand', 'plus', 'moins', 'tres', 'tout', 'tous', 'toute', 'toutes', 'aussi', 'encore', 'deja', 'jamais', 'toujours', 'alors', 'leur', 'leurs',
]);

/** Letters beyond ASCII: a word in capitals that has them kept its accents. */
const ACCENTED = /[^\x00-\x7f]/u;
/** Letters a word needs for its accents to be taken from the text: `A` may be `a` or `à`, `LA` `la` or `là`. */
const ACCENTS_MIN = 4;
/**
 * An accent on a word's ending, which tells one form of a verb from another (`SIGNE` may be `signe`
 * or `signé`): not taken from the text, but for nouns in `-té` (`DIFFICULTE` → `difficulté`).
 */
const ACCENTED_ENDING = /(?<!t)é[es]{0,2}$/u;

/**
 * `heading` as a sentence when it is written in capitals. Each word is spelt as the article's
 * text spells it within a sentence (`spellings`, from `textSpellings`): the same letters in
 * another case, or, for a word of ACCENTS_MIN letters or more written without accents, the
 * accented word (`METHODES` → `méthodes`); two words the text writes as a name with a capital
 * each are written so (`LE PEN` → `Le Pen`, where `le` alone is `le`), but for an accent on its ending (`SIGNE` stays `signe`,
 * the text's `signé` may be another form). Of the words the text never spells within a sentence,
 * one it has after a sentence's end (unless `isFirstName` knows it), or a common word (COMMON_WORDS), is in lowercase; one `isFirstName`
 * knows is a name (`TAYLOR`), and so is the word after a first name (`SWIFT`, and `RUGY` after `FRANÇOIS DE`) and the part
 * of a compound after a part shown with a capital (`AIGNAN` of `DUPONT-AIGNAN`); a short one
 * without accents (an acronym: `PS`, `ONU`; `CLÉ` is a word) and a Roman numeral stay in capitals; any other is in lowercase. A
 * sentence's first letter is a capital, in the heading and after `.`, `?`, `!` or `:` in it.
 * Other headings are returned as they are.
 * @example sentenceCase('UN RÉFÉRENDUM À LEVALLOIS ?', textSpellings(['Un maire de Levallois.']), () => false) // 'Un référendum à Levallois ?'
 * @example sentenceCase('Le "oui" de Macron', textSpellings([]), () => false) // 'Le "oui" de Macron'
 */
export function sentenceCase(heading: string, spellings: TextSpellings, isFirstName: (folded: string) => boolean): string {
  if (!IN_CAPITALS.test(heading)) return heading;
  const words = [...heading.matchAll(WORD)];
  /** The spelling of each word that is half of a name the text writes (`pairs`: `LE PEN` → `Le Pen`). */
  const named = new Map<number, string>();
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    const pair = heading[a.index + a[0].length] === ' ' && a.index + a[0].length + 1 === b.index ? spellings.pairs.get(`${foldText(a[0])} ${foldText(b[0])}`) : undefined;
    if (pair && pair[0].toLocaleUpperCase('fr') === a[0] && pair[1].toLocaleUpperCase('fr') === b[0]) [named.set(i, pair[0]), named.set(i + 1, pair[1])];
  }
  /** The word before was a first name, or a particle after one: a word the text does not spell is the surname. */
  let afterName = false;
  /** The word before was shown with a capital of its own, not a sentence's (`DUPONT` of `DUPONT-AIGNAN`). */
  let capitalBefore = false;
  let out = '';
  let end = 0;
  words.forEach((m, i) => {
    const word = m[0];
    const key = foldText(word);
    const known = spellings.within.get(key) ?? [];
    const upper = word.toLocaleUpperCase('fr');
    let shown = named.get(i) ?? known.find((s) => s.toLocaleUpperCase('fr') === upper) ?? (!ACCENTED.test(word) && word.length >= ACCENTS_MIN && !ACCENTED_ENDING.test(known[0] ?? '') ? known[0] : undefined);
    const particle = afterName && PARTICLES.has(key);
    // `MARINE LE PEN`: a Breton surname's particle takes its capital, `de` and `du` do not (`François de Rugy`).
    if (particle && !named.has(i) && CAPITAL_PARTICLES.has(key)) shown = word.charAt(0) + word.slice(1).toLocaleLowerCase('fr');
    if (shown === undefined) {
      // A first name the text writes only where any word takes a capital (`Isabelle est…`) is still a name.
      const common = COMMON_WORDS.has(key) || (spellings.opening.has(key) && !isFirstName(key));
      // `NICOLAS DUPONT-AIGNAN`: the part of a compound after a name's part is a name's too.
      const compound = capitalBefore && heading[m.index - 1] === '-';
      const name = !common && ((isFirstName(key) && word.length > ACRONYM_MAX) || (afterName && word.length > 1) || compound);
      shown = name ? word.charAt(0) + word.slice(1).toLocaleLowerCase('fr') : !common && ((word.length <= ACRONYM_MAX && !ACCENTED.test(word)) || ROMAN.test(word)) ? word : word.toLocaleLowerCase('fr');
    }
    // A first name starts a name (`JEAN-LUC` one); the name's next word (after its particles) ends it.
    afterName = particle || ((!afterName || heading[m.index - 1] === '-') && isFirstName(key) && /^\p{Lu}/u.test(shown) && !COMMON_WORDS.has(key));
    capitalBefore = CAPITALISED.test(shown);
    if (HEADING_SENTENCE.test(heading.slice(0, m.index))) shown = withInitialCapital(shown);
    out += heading.slice(end, m.index) + shown;
    end = m.index + word.length;
  });
  return out + heading.slice(end);
}
