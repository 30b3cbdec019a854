/**
 * What Pagefind indexes, so that a word is found whatever elision stands in front of it, and
 * whether it is written with a ligature or not.
 *
 * Pagefind 1.5 does not split `l’eau` on the typographic apostrophe (the single word `leau`),
 * so `intelligence` missed `l’intelligence` (PITFALLS, "Pagefind 1.5"). It splits the straight
 * `'`, but only into parts of one compound word, which a hyphenated query does not reach:
 * `a-t-il` missed `Qu'a-t-il`, `Île-de-France` missed `d'Île-de-France`. So the indexed text
 * gets a space right after each elision apostrophe, straight or not (`l’ intelligence`,
 * `qu' a-t-il`): two words, the second one whole. Pagefind rebuilds excerpts from its words
 * joined by spaces; the search page takes the space out again after an elided article
 * (`l’ eau` → `l’eau`), so readers see the original typography. Which prefixes are elisions is
 * decided by src/text/fold.ts, the one place that defines "the same word" for topics,
 * entities and search.
 *
 * Pagefind does not fold `œ` and `æ` either: `coeur` missed `cœur` (60 of 94 articles in a
 * 2,000-article sample of the corpus). Ligatures are indexed as their two letters joined by
 * U+034F COMBINING GRAPHEME JOINER (`co\u034feur`): an invisible combining mark, so Pagefind
 * keeps the word whole and its diacritic folding drops the mark, indexing `coeur`; the search
 * page turns the pair back into the ligature, and folds ligatures in what the reader types.
 *
 * Invisible characters (soft hyphens from the sources, `d'eu\u00adros`; zero-width spaces) are
 * left out of the indexed text: Pagefind splits the parts of a word on them, so `euros`
 * missed `d'eu\u00adros`. Readers never see them, so excerpts lose nothing.
 */
import { APOSTROPHES, COMPOUND_ELISION } from '../../public/js/fold-rules.js';
import { words } from '../text/fold.ts';

const APOSTROPHE_SET = new Set(APOSTROPHES);
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** What goes after an elision apostrophe in the indexed text; the search page takes it out again. */
export const ELISION_MARK = ' ';

/**
 * Offsets in `text` right after an elision apostrophe, where the mark goes.
 * @example elisionOffsets("l’eau et d'IA") // [2, 11]
 */
export function elisionOffsets(text: string): number[] {
  const out: number[] = [];
  for (const w of words(text)) {
    const apostrophe = text[w.start - 1];
    const before = text[w.start - 2];
    // words() starts a word after its elided prefix; a word that merely follows an opening
    // quote (‘cité’) has no letter before the quote.
    if (apostrophe && before && APOSTROPHE_SET.has(apostrophe) && LETTER_OR_DIGIT.test(before)) out.push(w.start);
  }
  return out;
}

/**
 * Puts ELISION_MARK after every elision apostrophe.
 * @example splitElisions("L’intelligence d’IA et l'eau") // "L’ intelligence d’ IA et l' eau"
 * @example splitElisions('aujourd’hui, ‘cité’') // 'aujourd’hui, ‘cité’'
 */
export function splitElisions(text: string): string {
  let out = '';
  let last = 0;
  for (const at of elisionOffsets(text)) {
    out += text.slice(last, at) + ELISION_MARK;
    last = at;
  }
  return out + text.slice(last);
}

/** The invisible mark between the two letters of an expanded ligature. */
export const LIGATURE_JOINER = '\u034f';
const LIGATURES: Record<string, string> = { 'œ': 'oe', 'Œ': 'OE', 'æ': 'ae', 'Æ': 'AE' };

/**
 * Writes each ligature as its two letters joined by LIGATURE_JOINER.
 * @example expandLigatures('Le cœur') // 'Le co\u034feur'
 */
export function expandLigatures(text: string): string {
  return text.replace(/[œŒæÆ]/g, (l) => LIGATURES[l]![0] + LIGATURE_JOINER + LIGATURES[l]![1]);
}

const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;

/** A typographic apostrophe after an elided word inside a hyphenated name: `Giscard-d’Estaing`, `Val-d’Oise`. */
const COMPOUND_APOSTROPHE = new RegExp(`(?<=${COMPOUND_ELISION})[\u2019\u02bc](?=[\\p{L}\\p{N}])`, 'giu');

/**
 * Writes the apostrophe of an elision inside a hyphenated name straight. Pagefind indexes a
 * hyphenated word whole and each of its parts, splitting a straight `'` but not a typographic
 * one: `Giscard-d’Estaing` was not found by `estaing` nor by « Giscard d’Estaing » (the search
 * page drops `d’`), `Giscard-d'Estaing` is. The search page writes it typographic again
 * (public/js/search-core.js, `restoreTypography`). One character for one: offsets hold.
 * @example compoundApostrophes('Valéry Giscard-d’Estaing, l’eau') // "Valéry Giscard-d'Estaing, l’eau"
 */
export function compoundApostrophes(text: string): string {
  return text.replace(COMPOUND_APOSTROPHE, "'");
}

/**
 * Plain text as Pagefind should index it: invisible characters dropped, elisions split, the
 * apostrophes of hyphenated names straight, ligatures expanded.
 * @example indexableText('l’œuvre') // 'l’ o\u034feuvre'
 * @example indexableText('d’eu\u00adros') // 'd’ euros'
 */
export function indexableText(text: string): string {
  return expandLigatures(compoundApostrophes(splitElisions(text.replace(INVISIBLE, ''))));
}

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)[^>]*>/g;
/** Tags that separate words; the others (`em`, `a`, `strong`…) sit inside a word's run of text. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'br', 'hr', 'table', 'tr', 'td', 'th', 'div']);

/**
 * `indexableText` for the text of an HTML fragment, never inside tags or attributes; an inline
 * tag does not end a word (`l’<em>eau</em>`), a block tag does.
 * @example indexableHtml('<p title="l’œil">l’<em>œil</em></p>') // '<p title="l’œil">l’<em> o\u034feil</em></p>'
 */
export function indexableHtml(source: string): string {
  const html = source.replace(INVISIBLE, '');
  // The text as Pagefind reads it, and where each run of text sits in the HTML.
  let text = '';
  const runs: { html: number; text: number }[] = [];
  let last = 0;
  const addRun = (end: number) => {
    runs.push({ html: last, text: text.length });
    text += html.slice(last, end);
  };
  for (const m of html.matchAll(TAG)) {
    addRun(m.index);
    if (BLOCKS.has(m[1]!.toLowerCase())) text += ' ';
    last = m.index + m[0].length;
  }
  addRun(html.length);
  const inserts = elisionOffsets(text).map((at) => {
    const run = runs.findLast((r) => r.text <= at)!;
    return run.html + (at - run.text);
  });
  let marked = '';
  let from = 0;
  for (const at of inserts) {
    marked += html.slice(from, at) + ELISION_MARK;
    from = at;
  }
  marked += html.slice(from);
  let out = '';
  last = 0;
  for (const m of marked.matchAll(TAG)) {
    out += expandLigatures(compoundApostrophes(marked.slice(last, m.index))) + m[0];
    last = m.index + m[0].length;
  }
  return out + expandLigatures(compoundApostrophes(marked.slice(last)));
}
