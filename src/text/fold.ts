/**
 * Text folding shared by topics, entities and search: one place decides what counts as
 * "the same word".
 *
 * Decisions (the rules themselves are public/js/fold-rules.js, which the search page reads too):
 * - Case, accents (NFD, combining marks removed) and the ligatures œ/æ are folded.
 * - Apostrophes ' ’ ʼ ‘ ´ ′ are one character; an elided article or pronoun (`l’`, `d’`, `qu’`,
 *   `jusqu’`…) is dropped, so `d’OpenAI` is the word `openai`. Other inner apostrophes stay
 *   (`aujourd’hui` is one word). Pagefind does not split `’` (PITFALLS, "Pagefind 1.5").
 * - Hyphenated words stay whole (`etats-unis`, `jean-luc`, `sud-coreen`): a token is the word
 *   a reader reads, and aliases are folded the same way, so `États-Unis` matches as one token
 *   while `sud-américain` does not count as `américain`. Callers that want the parts split
 *   the token on `-`.
 * - `singular` is a deliberately small French plural rule (final s/x, -aux → -al), applied to
 *   alias and text alike, so `créateurs` meets `créateur`; it is a matching key, not a lemma.
 */

import { APOSTROPHES, ELIDED_WORDS, HYPHENS, LIGATURES } from '../../public/js/fold-rules.js';

/** Character classes of the scanner. */
const OTHER = 0;
const LETTER = 1;
/** Joins two letters into one word: an apostrophe or a hyphen. */
const JOINER = 2;

interface CharInfo {
  cls: number;
  fold: string;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const APOSTROPHE_SET = new Set(APOSTROPHES);
const HYPHEN_SET = new Set(HYPHENS.replace('\\', ''));

function describe(code: number): CharInfo {
  const ch = String.fromCharCode(code);
  if (APOSTROPHE_SET.has(ch)) return { cls: JOINER, fold: "'" };
  if (HYPHEN_SET.has(ch)) return { cls: JOINER, fold: '-' };
  const fold = ch
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[œæ]/, (c) => LIGATURES[c] ?? c);
  return { cls: LETTER_OR_DIGIT.test(ch) ? LETTER : OTHER, fold };
}

/**
 * Per-character tables, filled on first sight of each UTF-16 code unit (astral characters
 * are read as two halves, which are not letters): folding one character at a time from a
 * table is several times faster than `normalize('NFD')` plus a Unicode regex per article.
 */
const UNKNOWN = 255;
const CLASS = new Uint8Array(0x10000).fill(UNKNOWN);
const FOLD = new Array<string>(0x10000);
/** 1 for a character that folds to itself (a space, a digit, most punctuation), once learnt. */
const KEPT = new Uint8Array(0x10000);

function learn(code: number): number {
  const d = describe(code);
  CLASS[code] = d.cls;
  FOLD[code] = d.fold;
  KEPT[code] = d.fold === String.fromCharCode(code) ? 1 : 0;
  return d.cls;
}

function classOf(code: number): number {
  const cls = CLASS[code]!;
  return cls === UNKNOWN ? learn(code) : cls;
}

function foldOf(code: number): string {
  if (CLASS[code] === UNKNOWN) learn(code);
  return FOLD[code]!;
}

/** An elided prefix, once apostrophes are folded to `'`. */
const ELISION = new RegExp(`^(?:${ELIDED_WORDS.join('|')})'`);

/** One word of a text with its place, for callers that need the original spelling. */
export interface Word {
  /** The word as written, without its elided prefix: `OpenAI` for `d’OpenAI`. */
  raw: string;
  /** `foldText(raw)`. */
  folded: string;
  /** UTF-16 offsets of `raw` in the input. */
  start: number;
  end: number;
}

/**
 * Lowercase, accents and ligatures removed, apostrophes and hyphens unified.
 * @example foldText('L’Élysée et l’œuvre') // "l'elysee et l'oeuvre"
 */
export function foldText(s: string): string {
  // Runs of characters that fold to themselves are copied whole: most of a French text is
  // lowercase letters, spaces and digits (appending one character at a time cost about 1 s of
  // profile over four analyses of 5,000 articles).
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 97 && code <= 122) continue;
    const fold = foldOf(code);
    if (KEPT[code] === 1) continue;
    out += s.slice(from, i) + fold;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * Calls `emit` for each word: letters and digits, joined by single apostrophes or hyphens,
 * with an elided prefix (`l’`, `qu’`…) cut off. `folded` is the folded word; `plain` says it
 * has only a-z and 0-9 (no hyphen).
 */
function scan(s: string, emit: (start: number, end: number, folded: string, plain: boolean) => void): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && classOf(s.charCodeAt(i)) !== LETTER) i++;
    if (i >= n) break;
    const start = i;
    // `plain`: only a-z and 0-9, so the slice is already folded.
    let plain = true;
    for (; i < n; i++) {
      const code = s.charCodeAt(i);
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) continue;
      const cls = classOf(code);
      if (cls === OTHER || (cls === JOINER && (i + 1 >= n || classOf(s.charCodeAt(i + 1)) !== LETTER))) break;
      plain = false;
    }
    if (plain) {
      emit(start, i, s.slice(start, i), true);
      continue;
    }
    const folded = foldText(s.slice(start, i));
    let cut = 0;
    if (folded.includes("'")) {
      for (let m = ELISION.exec(folded); m; m = ELISION.exec(folded.slice(cut))) cut += m[0].length;
    }
    emit(start + cut, i, cut ? folded.slice(cut) : folded, false);
  }
}

/**
 * The matching key of a folded word: final s dropped (words over 3 letters), the x of a plural
 * in -ux too (-aux → -al, -eaux → -eau, `jeux`, `genoux`); each part of a hyphenated word is
 * treated alone. Another final x is the word's own (`prix`, `choix`, `voix`, `flux`): `pris`,
 * `choi` and `voi` are other words.
 * @example singular('createurs') // 'createur'
 * @example singular('journaux') // 'journal'
 * @example singular('etats-unis') // 'etat-uni'
 * @example singular('prix') // 'prix'
 */
export function singular(word: string): string {
  if (word.indexOf('-') > 0) return word.split('-').map(singularPart).join('-');
  return singularPart(word);
}

function singularPart(w: string): string {
  const n = w.length;
  if (n <= 3) return w;
  const last = w.charCodeAt(n - 1);
  if (last === 115 /* s */) return w.slice(0, -1);
  if (last !== 120 /* x */ || w.charCodeAt(n - 2) !== 117 /* u */) return w;
  return n > 4 && w.endsWith('aux') && w.charCodeAt(n - 4) !== 101 /* e */ ? `${w.slice(0, -3)}al` : w.slice(0, -1);
}

/**
 * Appended to the key of a word ending in an accented é (`jugé`, `retraitées`), which accents
 * tell apart from a noun in -e (`juge`, `retraite`): see `markedTokens`.
 */
export const FINAL_E_ACUTE = '\u00b4';
const ENDS_E_ACUTE = /[éÉ][eE]?[sS]?$/u;

/**
 * Folded words with elisions dropped, then `singular`: the keys a front-matter topic is looked
 * up by (the text's words are matched on `markedTokens`).
 * @example tokens('L’IA générative d’OpenAI, les créateurs') // ['ia', 'generative', 'openai', 'les', 'createur']
 */
export function tokens(s: string): string[] {
  return keys(s, false);
}

/** The keys of `tokens`, with FINAL_E_ACUTE after a word in é when `marked` (`markedTokens`). */
function keys(s: string, marked: boolean): string[] {
  const out: string[] = [];
  scan(s, (start, end, folded, plain) => {
    if (plain) out.push(singularPart(folded));
    else out.push(marked && ENDS_E_ACUTE.test(s.slice(start, end)) ? singular(folded) + FINAL_E_ACUTE : singular(folded));
  });
  return out;
}

/**
 * `tokens` with FINAL_E_ACUTE after the key of each word ending in é, ée, és or ées: the keys
 * topics match on, where a participle (« jugés peu attractifs », « un retraité ») is not the
 * noun (« juge », « retraite »). Match them with `sameKey`.
 * @example markedTokens('Les juges jugés') // ['les', 'juge', 'juge´']
 */
export function markedTokens(s: string): string[] {
  return keys(s, true);
}

/**
 * Whether a token of a text matches a token of an alias (both `markedTokens`): the same key, or
 * an alias word in é written without its accent (`SANTE` for `santé`); never a word in é for an
 * alias word in -e (`jugé` is no `juge`).
 * @example sameKey('sante', 'sante´') // true
 * @example sameKey('juge´', 'juge') // false
 */
export function sameKey(text: string | undefined, alias: string): boolean {
  return text === alias || (alias.endsWith(FINAL_E_ACUTE) && text === alias.slice(0, -1));
}

/**
 * Words as written, with offsets, elided prefixes dropped (no plural rule: names keep their s).
 * The list may be the one an earlier call gave for the same text: read it, never change it.
 * @example words('d’OpenAI').map((w) => [w.raw, w.folded]) // [['OpenAI', 'openai']]
 */
export function words(s: string): readonly Word[] {
  for (const kept of recentWords) if (kept.text === s) return kept.words;
  const out: Word[] = [];
  scan(s, (start, end, folded) => out.push({ raw: s.slice(start, end), folded, start, end }));
  recentWords[nextRecent] = { text: s, words: out };
  nextRecent = (nextRecent + 1) % recentWords.length;
  return out;
}

/**
 * The last texts `words` split, and their words: an article's analysis splits its title, lede
 * and body for its entities, then again for its topics.
 */
const recentWords: { text: string; words: readonly Word[] }[] = Array.from({ length: 4 }, () => ({ text: '', words: [] }));
let nextRecent = 0;

/**
 * A slug with each doubled letter written once: the key of a name's spellings that differ only there.
 * @example singleLetters('edouard-phillipe') // 'edouard-philipe'
 */
export function singleLetters(slug: string): string {
  return slug.replace(/([a-z])\1+/g, '$1');
}

/**
 * ASCII kebab-case slug of a label or name; empty when nothing Latin is left.
 * @example slugify('États-Unis') // 'etats-unis'
 * @example slugify('Santé publique') // 'sante-publique'
 */
export function slugify(s: string): string {
  const folded = foldText(s);
  // One word of plain letters and digits (most names' words) is its own slug.
  if (PLAIN_SLUG.test(folded)) return folded;
  return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

const PLAIN_SLUG = /^[a-z0-9]+$/;
