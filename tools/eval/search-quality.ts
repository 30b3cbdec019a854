/**
 * Pure helpers of the search quality evaluation (`npm run search:eval`, ./search.ts): the
 * deterministic samples, what an article "contains" for a reader, and known-item queries.
 * The ground truth is computed with src/text/fold.ts, independently of Pagefind.
 */
import { words } from '../../src/text/fold.ts';

/**
 * 32-bit FNV-1a: a stable hash for deterministic samples.
 * @example stableHash('a') // 3826002220
 */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * `n` items chosen by the hash of their key (the same items on every run), in key order.
 * @example sampleBy(['a', 'b', 'c'], (s) => s, 2).length // 2
 */
export function sampleBy<T>(items: readonly T[], key: (item: T) => string, n: number, salt = ''): T[] {
  return items
    .map((item) => ({ item, k: key(item), h: stableHash(salt + key(item)) }))
    .sort((a, b) => a.h - b.h || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .slice(0, n)
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((x) => x.item);
}


/** A folded word of the corpus with the articles that contain it. */
export interface VocabularyEntry {
  folded: string;
  /** One spelling as written in the text (the first met), e.g. `États-Unis`. */
  surface: string;
  /** Ids of the articles that contain the word. */
  articles: Set<string>;
  /** Met at least once right after an elided article (`l’eau`): the case Pagefind alone misses. */
  afterElision: boolean;
}

const APOSTROPHE = /['\u2019\u02bc\u2018\u00b4\u2032]/u;

/**
 * Folded words (case, accents, elisions) to the articles containing them.
 * @example vocabulary([{ id: 'a', text: 'L’eau' }]).get('eau')?.afterElision // true
 */
export function vocabulary(texts: readonly { id: string; text: string }[]): Map<string, VocabularyEntry> {
  const vocab = new Map<string, VocabularyEntry>();
  for (const { id, text } of texts) {
    for (const w of words(text)) {
      let entry = vocab.get(w.folded);
      if (!entry) {
        entry = { folded: w.folded, surface: w.raw, articles: new Set(), afterElision: false };
        vocab.set(w.folded, entry);
      }
      entry.articles.add(id);
      if (!entry.afterElision && w.start > 0 && APOSTROPHE.test(text[w.start - 1]!)) entry.afterElision = true;
    }
  }
  return vocab;
}

/** Document-frequency bands the word sample is spread over, as [min, max] articles. */
export const FREQUENCY_BANDS: readonly [number, number][] = [[1, 1], [2, 5], [6, 50], [51, 500], [501, Infinity]];

/**
 * A deterministic sample of words, spread evenly over the frequency bands (a band short of
 * words gives what it has). Words need two characters and a letter; `afterElision` keeps
 * only the words met after an elided article.
 * @example sampleWords(vocabulary([{ id: 'a', text: 'eau et pain' }]), 2).length // 2
 */
export function sampleWords(vocab: Map<string, VocabularyEntry>, n: number, afterElision = false): VocabularyEntry[] {
  const eligible = [...vocab.values()].filter((e) => e.folded.length >= 2 && /\p{L}/u.test(e.folded) && (!afterElision || e.afterElision));
  const perBand = Math.ceil(n / FREQUENCY_BANDS.length);
  return FREQUENCY_BANDS.flatMap(([min, max]) =>
    sampleBy(eligible.filter((e) => e.articles.size >= min && e.articles.size <= max), (e) => e.folded, perBand, 'word:'));
}

/**
 * A known-item query: the three or four rarest words of a title (three letters or more),
 * in title order, as written. Empty when the title has fewer than three such words.
 * @example knownItemQuery('La Chine ouvre son marché aux voitures électriques', (w) => ({ chine: 90, ouvre: 40, marche: 300, voitures: 120, electriques: 30 })[w] ?? 9999) // 'Chine ouvre voitures électriques'
 */
export function knownItemQuery(title: string, documentFrequency: (folded: string) => number): string {
  const candidates = words(title).filter((w) => w.folded.length >= 3 && /\p{L}/u.test(w.folded));
  const distinct = candidates.filter((w, i) => candidates.findIndex((o) => o.folded === w.folded) === i);
  if (distinct.length < 3) return '';
  const count = distinct.length >= 6 ? 4 : 3;
  const rarest = new Set([...distinct].sort((a, b) => documentFrequency(a.folded) - documentFrequency(b.folded) || a.start - b.start).slice(0, count));
  return distinct.filter((w) => rarest.has(w)).map((w) => w.raw).join(' ');
}
