/**
 * The labelled topic samples (tests/fixtures/topics-sample.json, topics-heldout*.json): which they
 * are, how their articles were drawn from the corpus, and how assigned topics are scored against their
 * labels. Pure; the caller reads the files.
 */

/** The samples the rules may be tuned on (tests/fixtures/), joined into one set, in the order they were drawn. */
export const TUNING_FILES = ['topics-sample.json', 'topics-heldout.json', 'topics-heldout-2.json', 'topics-heldout-3.json', 'topics-heldout-4.json', 'topics-heldout-5.json', 'topics-heldout-6.json', 'topics-heldout-7.json', 'topics-heldout-8.json', 'topics-heldout-9.json', 'topics-heldout-10.json', 'topics-heldout-11.json', 'topics-heldout-12.json'];
/**
 * The held-out samples, drawn after all of them: only their figures are ever printed. The second
 * holds only articles whose raw text has no title line (a new user's archive of raw dumps).
 */
export const HELD_OUT_FILES = ['topics-heldout-13.json', 'topics-heldout-14.json'];

/** A second reader's labels for part of the tuning set (see `secondReaderDraw`): how far two readers agree. */
export const SECOND_READER_FILE = 'topics-second-reader.json';

/**
 * The articles of the tuning set a second reader labelled: sorted by file name, every 12th from position 5.
 * @example secondReaderDraw(Array.from({ length: 30 }, (_, i) => ({ file: `f${String(i).padStart(2, '0')}`, labels: [] }))).map((a) => a.file) // ['f05', 'f17', 'f29']
 */
export function secondReaderDraw(tuning: readonly LabelledArticle[]): LabelledArticle[] {
  return [...tuning].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).filter((_, i) => i % 12 === 5);
}

/** One labelled article: its corpus-relative path and the topics a reader gave it. */
export interface LabelledArticle {
  file: string;
  labels: string[];
}

export interface LabelledSample {
  about: string;
  seed: number;
  /** Positions `from` (included) to `to` (excluded) of the seeded order. */
  from: number;
  to: number;
  /** `no-title-line`: of those positions, only the articles whose raw text has no title line (the manifest's `txt_title_line` false). */
  keep?: 'no-title-line';
  articles: LabelledArticle[];
}

/** A half of the tuning set for cross-validation: `a`, every sample's articles at even positions
 * (where per-article errors may be read while tuning), or `b`, those at odd positions (read only
 * as aggregate figures, to check that a rule found on `a` holds). */
export type TuningHalf = 'a' | 'b';

/**
 * The articles of one sample in `half`, by their position in it.
 * @example sampleHalf([{ file: 'x', labels: [] }, { file: 'y', labels: [] }, { file: 'z', labels: [] }], 'a').map((a) => a.file) // ['x', 'z']
 */
export function sampleHalf(articles: readonly LabelledArticle[], half: TuningHalf): LabelledArticle[] {
  return articles.filter((_, i) => i % 2 === (half === 'a' ? 0 : 1));
}

/** Counts of one topic over a sample. */
export interface TopicScore {
  slug: string;
  /** Articles labelled with the topic. */
  labelled: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Undefined when the topic was never assigned (or never labelled). */
  precision?: number;
  recall?: number;
}

/**
 * A topic label a reader can read: capitalised, not the slug itself.
 * @example isFrenchLabel({ slug: 'societe', label: 'Société' }) // true
 * @example isFrenchLabel({ slug: 'auto', label: 'auto' }) // false
 */
export function isFrenchLabel(t: { slug: string; label: string }): boolean {
  return t.label !== t.slug && /^\p{Lu}/u.test(t.label);
}

/** The mulberry32 generator: 32-bit state, uniform floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The corpus files in the seeded order the samples were drawn from: sorted, then shuffled by
 * Fisher-Yates with mulberry32(seed). A sample is a slice of it.
 * @example drawOrder(['b.md', 'a.md', 'c.md'], 12).length // 3
 */
export function drawOrder(files: readonly string[], seed: number): string[] {
  const order = [...files].sort();
  const random = mulberry32(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * Per-topic precision and recall of `assigned` (file → topics) against the sample's labels,
 * over `topics` (the topics being evaluated), sorted by slug.
 * @example scoreTopics([{ file: 'a', labels: ['sante'] }], new Map([['a', ['sante', 'sport']]]), ['sante', 'sport'])
 * // [{ slug: 'sante', labelled: 1, truePositives: 1, …, precision: 1, recall: 1 }, { slug: 'sport', labelled: 0, falsePositives: 1, precision: 0, … }]
 */
export function scoreTopics(sample: readonly LabelledArticle[], assigned: ReadonlyMap<string, readonly string[]>, topics: readonly string[]): TopicScore[] {
  return [...topics].sort().map((slug) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const a of sample) {
      const labelled = a.labels.includes(slug);
      const got = (assigned.get(a.file) ?? []).includes(slug);
      if (labelled && got) tp++;
      else if (got) fp++;
      else if (labelled) fn++;
    }
    return {
      slug, labelled: tp + fn, truePositives: tp, falsePositives: fp, falseNegatives: fn,
      ...(tp + fp > 0 ? { precision: tp / (tp + fp) } : {}),
      ...(tp + fn > 0 ? { recall: tp / (tp + fn) } : {}),
    };
  });
}

/**
 * Micro-averaged precision and recall over every topic of `scores`.
 * @example microAverage([{ truePositives: 3, falsePositives: 1, falseNegatives: 0 }]) // { precision: 0.75, recall: 1 }
 */
export function microAverage(scores: readonly Pick<TopicScore, 'truePositives' | 'falsePositives' | 'falseNegatives'>[]): { precision: number; recall: number } {
  const tp = scores.reduce((n, s) => n + s.truePositives, 0);
  const fp = scores.reduce((n, s) => n + s.falsePositives, 0);
  const fn = scores.reduce((n, s) => n + s.falseNegatives, 0);
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}
