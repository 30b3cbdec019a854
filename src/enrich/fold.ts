/**
 * Text folding shared by topics, entities and search: one place decides what counts as
 * "the same word".
 *
 * Decisions:
 * - Case, accents (NFD, combining marks removed) and the ligatures œ/æ are folded.
 * - Apostrophes ' ’ ʼ ‘ are one character; an elided article or pronoun (`l’`, `d’`, `qu’`,
 *   `jusqu’`…) is dropped, so `d’OpenAI` is the word `openai`. Other inner apostrophes stay
 *   (`aujourd’hui` is one word). Pagefind does not split `’` (PITFALLS, "Pagefind 1.5").
 * - Hyphenated words stay whole (`etats-unis`, `jean-luc`, `sud-coreen`): a token is the word
 *   a reader reads, and aliases are folded the same way, so `États-Unis` matches as one token
 *   while `sud-américain` does not count as `américain`. Callers that want the parts split
 *   the token on `-`.
 * - `singular` is a deliberately small French plural rule (final s/x, -aux → -al), applied to
 *   alias and text alike, so `créateurs` meets `créateur`; it is a matching key, not a lemma.
 */

const APOSTROPHES = /[\u2019\u02bc\u2018\u00b4\u2032]/g;
const HYPHENS = /[\u2010\u2011]/g;
const MARKS = /\p{M}/gu;
const FOLDED_WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;
const RAW_WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02bc\u2018\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*/gu;
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=[\p{L}\p{N}])/u;
const ASCII = /^[\x20-\x7e]*$/;

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
  const lower = s.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, '-')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/**
 * The matching key of a folded word: final s/x dropped (words over 3 letters), -aux → -al,
 * -eaux → -eau; each part of a hyphenated word is treated alone.
 * @example singular('createurs') // 'createur'
 * @example singular('journaux') // 'journal'
 * @example singular('etats-unis') // 'etat-uni'
 */
export function singular(word: string): string {
  if (word.includes('-')) return word.split('-').map(singularPart).join('-');
  return singularPart(word);
}

function singularPart(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('aux') && w.length > 4 && !w.endsWith('eaux')) return `${w.slice(0, -3)}al`;
  const last = w.charCodeAt(w.length - 1);
  return last === 115 /* s */ || last === 120 /* x */ ? w.slice(0, -1) : w;
}

function dropElision(folded: string): number {
  let cut = 0;
  for (let m = ELISION.exec(folded); m; m = ELISION.exec(folded.slice(cut))) cut += m[0].length;
  return cut;
}

/**
 * Folded words with elisions dropped, then `singular`: the keys topics match on.
 * @example tokens('L’IA générative d’OpenAI, les créateurs') // ['ia', 'generative', 'openai', 'le', 'createur']
 */
export function tokens(s: string): string[] {
  const out: string[] = [];
  for (const m of foldText(s).matchAll(FOLDED_WORD)) {
    const w = m[0];
    const cut = w.includes("'") ? dropElision(w) : 0;
    out.push(singular(cut ? w.slice(cut) : w));
  }
  return out;
}

/**
 * Words as written, with offsets, elided prefixes dropped (no plural rule: names keep their s).
 * @example words('d’OpenAI').map((w) => [w.raw, w.folded]) // [['OpenAI', 'openai']]
 */
export function words(s: string): Word[] {
  const out: Word[] = [];
  for (const m of s.matchAll(RAW_WORD)) {
    const folded = foldText(m[0]);
    const cut = folded.includes("'") ? dropElision(folded) : 0;
    const start = m.index + cut;
    out.push({ raw: m[0].slice(cut), folded: folded.slice(cut), start, end: m.index + m[0].length });
  }
  return out;
}

/**
 * ASCII kebab-case slug of a label or name; empty when nothing Latin is left.
 * @example slugify('États-Unis') // 'etats-unis'
 * @example slugify('Santé publique') // 'sante-publique'
 */
export function slugify(s: string): string {
  return foldText(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
