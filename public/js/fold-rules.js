/**
 * The French folding rules, in one place for the build and the search page: src/text/fold.ts
 * (topics, entities, search vocabulary), src/search/fold.ts (what Pagefind indexes) and
 * ./search-core.js (what the reader types, excerpts) all read them from here; and the word every
 * search record holds.
 */

/** Apostrophes read as one: straight, typographic, modifier letter, opening quote, acute accent, prime. */
export const APOSTROPHES = "'\u2019\u02bc\u2018\u00b4\u2032";

/** Hyphens that join the parts of a compound word, escaped for a character class. */
export const HYPHENS = '\\-\u2010\u2011';

/** Articles and pronouns elided before a vowel: `l’eau`, `qu’il`, `jusqu’à`. */
export const ELIDED_WORDS = ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu'];

/** An elided word and its apostrophe, as a regular expression source: `l’`, `qu'`, `jusqu’`. */
export const ELIDED_PREFIX = `(?:${ELIDED_WORDS.join('|')})[${APOSTROPHES}]`;

/**
 * An elided word inside a hyphenated name, before its apostrophe (`-d` of `Giscard-d’Estaing`), as a regular
 * expression source: the index writes that apostrophe straight, the search page typographic again.
 */
export const COMPOUND_ELISION = `[${HYPHENS}](?:${ELIDED_WORDS.join('|')})`;

/** Ligatures and the letters they are folded to (`cœur` is found by `coeur` and the other way round). */
export const LIGATURES = /** @type {Record<string, string>} */ ({ 'œ': 'oe', 'æ': 'ae', 'Œ': 'OE', 'Æ': 'AE' });

/**
 * A word every search record holds, in its metadata (src/search/records.ts), never in its text:
 * the search page searches it when the reader chose filters only. Pagefind answers a search
 * without words (`null`) by fetching every index chunk of every bundle (183 chunks, 2 MB, 1.8 s
 * on 2,000 articles), and a search for this word by one chunk per bundle, with the same results.
 * Digits only: no French word starts with it, and the search page drops the query words it
 * starts with (`00`), which would find every article.
 */
export const EVERY_RECORD_WORD = '0000000000';
