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

/** A one-word query whose letters also start other words: the articles a reader means, and how many others hold only a longer word. */
export interface PrefixQuery {
  q: string;
  /** Articles holding the word or a form of it: the same stem for Pagefind's stemmer, or a form for the search page (`sameWord`). */
  relevant: Set<string>;
  /** Articles holding only other, longer words that start with it (`pensait` for `pen`). */
  longerOnly: number;
}

/**
 * A deterministic sample of words of 3 letters or more that start other words: at least 3
 * articles hold a form of it (the same stem for `stem`, Pagefind's stemmer, the Snowball
 * French one, for which `attendait` and `attend` are one word; or a longer word that
 * `sameWord`, the search page's rule, takes for a form: `attendre`) and at least 3 others hold
 * only other words starting with it (`pensait` for `pen`, `campagne` for `camp`). Pagefind
 * matches query words as prefixes, so these queries test that the word itself ranks first.
 * @example prefixQueries(vocab, 150, 'prefix:', (w) => frenchStemmer.stem(w), sameWord)
 */
export function prefixQueries(vocab: Map<string, VocabularyEntry>, n: number, salt: string, stem: (word: string) => string, sameWord: (a: string, b: string) => boolean): PrefixQuery[] {
  const sorted = [...vocab.keys()].sort();
  const stems = new Map<string, string>();
  const byStem = new Map<string, Set<string>>();
  for (const [w, e] of vocab) {
    stems.set(w, stem(w));
    // The parts of a compound word are words too, as Pagefind indexes them: `haute` in « Haute-Loire ».
    for (const part of new Set([w, ...w.split('-')])) {
      const s = stem(part);
      const set = byStem.get(s) ?? byStem.set(s, new Set()).get(s)!;
      for (const a of e.articles) set.add(a);
    }
  }
  /** Index of the first word not before `prefix` in `sorted`. */
  const from = (prefix: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const queries: PrefixQuery[] = [];
  for (const e of vocab.values()) {
    if (e.folded.length < 3 || !/^\p{L}+$/u.test(e.folded)) continue;
    const own = stems.get(e.folded)!;
    const relevant = new Set(byStem.get(own));
    const others: string[] = [];
    for (let i = from(e.folded); i < sorted.length && sorted[i]!.startsWith(e.folded); i++) {
      if (stems.get(sorted[i]!) === own) continue;
      if (sameWord(e.folded, sorted[i]!)) for (const a of vocab.get(sorted[i]!)!.articles) relevant.add(a);
      else others.push(sorted[i]!);
    }
    if (relevant.size < 3) continue;
    const longer = new Set<string>();
    for (const w of others) for (const a of vocab.get(w)!.articles) if (!relevant.has(a)) longer.add(a);
    if (longer.size >= 3) queries.push({ q: e.folded, relevant, longerOnly: longer.size });
  }
  return sampleBy(queries, (q) => q.q, n, salt);
}

/**
 * Precision of the first results of a query: of the first k results, k being 10 or fewer when
 * fewer articles are relevant, the share that are relevant.
 * @example precisionAtK(['a', 'x', 'b'], new Set(['a', 'b'])) // 0.5 (k = 2: a and x)
 */
export function precisionAtK(results: readonly (string | undefined)[], relevant: ReadonlySet<string>): number {
  const k = Math.min(10, relevant.size);
  if (k === 0) return 1;
  return results.slice(0, k).filter((r) => r !== undefined && relevant.has(r)).length / k;
}
