/**
 * Related articles: the nearest neighbours of each article by the topics and entities they
 * share, each shared feature weighted by its rarity (IDF, log(N/df)).
 *
 * Scale: candidates come from an inverted index, so the work grows with the sum of df² over
 * features, not with N². Features held by more than `commonDf(N)` articles (a topic like
 * `politique` in a big archive) would make that quadratic again: for them only the articles
 * nearest in date that share the feature become candidates, though every shared feature,
 * common or not, counts in every candidate's score.
 */

/** One article as related-article search sees it. */
export interface RelatedItem {
  id: string;
  /** Topic slugs. */
  topics: readonly string[];
  /** Entity slugs prefixed by kind, e.g. `person:mark-zuckerberg`. */
  entities: readonly string[];
  /** Sortable date text (`2024`, `2024-02`, `2024-02-15`); empty when undated. */
  dateKey: string;
}

/** Neighbours taken on each side in date order, per common feature. */
const COMMON_FEATURE_WINDOW = 10;
/** Weights are IDF × 1000 rounded, so sums are exact and ties are real ties. */
const WEIGHT_SCALE = 1000;

/** Above this document frequency a feature is "common" (see the file header). */
const commonDf = (n: number): number => Math.max(50, Math.min(500, Math.floor(n / 2)));

interface Index {
  /** Position of each item by date, then id descending: the higher rank wins a tie (newer, then smaller id). */
  rank: Int32Array;
  /** Feature ids of each item, deduplicated. */
  features: number[][];
  /** Items holding each feature, in date order. */
  postings: number[][];
  weight: Int32Array;
  common: Uint8Array;
  /** For common features: item index → holds the feature. */
  holders: Map<number, Uint8Array>;
}

function buildIndex(items: readonly RelatedItem[]): Index {
  const n = items.length;
  const order = items.map((_, i) => i).sort((a, b) => compareText(items[a]!.dateKey, items[b]!.dateKey) || compareText(items[b]!.id, items[a]!.id));
  const rank = new Int32Array(n);
  order.forEach((item, r) => (rank[item] = r));
  const ids = new Map<string, number>();
  const postings: number[][] = [];
  const features: number[][] = items.map(() => []);
  for (const item of order) {
    const { topics, entities } = items[item]!;
    for (const name of new Set([...topics.map((t) => `topic:${t}`), ...entities.map((e) => `entity:${e}`)])) {
      let id = ids.get(name);
      if (id === undefined) {
        id = postings.length;
        ids.set(name, id);
        postings.push([]);
      }
      postings[id]!.push(item);
      features[item]!.push(id);
    }
  }
  const weight = new Int32Array(postings.length);
  const common = new Uint8Array(postings.length);
  const holders = new Map<number, Uint8Array>();
  postings.forEach((list, f) => {
    weight[f] = Math.round(WEIGHT_SCALE * Math.log(n / list.length));
    if (list.length > commonDf(n)) {
      common[f] = 1;
      const member = new Uint8Array(n);
      for (const item of list) member[item] = 1;
      holders.set(f, member);
    }
  });
  return { rank, features, postings, weight, common, holders };
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Binary search: first position in `list` (items in date order) whose rank is ≥ `r`. */
function lowerBound(list: readonly number[], rank: Int32Array, r: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rank[list[mid]!]! < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For each article, the ids of up to `k` related articles: most shared weight first (IDF of
 * the shared topics and entities), then the newer, then by id. An article sharing nothing
 * with any other gets an empty list. Deterministic whatever the input order.
 * @example
 * relatedArticles([
 *   { id: 'a', topics: ['chine'], entities: ['person:li-qiang'], dateKey: '2024-07' },
 *   { id: 'b', topics: ['chine'], entities: [], dateKey: '2024-01' },
 *   { id: 'c', topics: ['chine'], entities: ['person:li-qiang'], dateKey: '2023-05' },
 *   { id: 'd', topics: ['sante'], entities: [], dateKey: '2024-02' },
 * ]).get('a') // ['c', 'b']
 */
export function relatedArticles(items: readonly RelatedItem[], k = 5): Map<string, string[]> {
  const { features, postings, weight, common, holders, rank } = buildIndex(items);
  const score = new Int32Array(items.length);
  const seen = new Uint8Array(items.length);
  const result = new Map<string, string[]>();
  const better = (a: number, b: number): boolean => score[a]! > score[b]! || (score[a] === score[b] && rank[a]! > rank[b]!);

  for (let item = 0; item < items.length; item++) {
    const candidates: number[] = [];
    const own = features[item]!;
    const ownCommon = own.filter((f) => common[f]);
    const ownHolders = ownCommon.map((f) => holders.get(f)!);
    const visit = (c: number): void => {
      if (c === item || seen[c]) return;
      seen[c] = 1;
      candidates.push(c);
    };
    for (const f of own) {
      if (common[f] || weight[f] === 0) continue;
      for (const c of postings[f]!) {
        if (c === item) continue;
        score[c]! += weight[f]!;
        visit(c);
      }
    }
    for (const f of ownCommon) {
      const list = postings[f]!;
      const at = lowerBound(list, rank, rank[item]!);
      const from = Math.max(0, at - COMMON_FEATURE_WINDOW);
      const to = Math.min(list.length, at + COMMON_FEATURE_WINDOW + 1);
      for (let p = from; p < to; p++) visit(list[p]!);
    }
    // Top k by insertion into a short sorted list: most candidates are rejected at once.
    const top: number[] = [];
    for (const c of candidates) {
      for (let h = 0; h < ownCommon.length; h++) if (ownHolders[h]![c]) score[c]! += weight[ownCommon[h]!]!;
      if (score[c]! > 0 && (top.length < k || better(c, top[top.length - 1]!))) {
        let p = top.length < k ? top.length : k - 1;
        while (p > 0 && better(c, top[p - 1]!)) p--;
        top.splice(p, 0, c);
        if (top.length > k) top.pop();
      }
    }
    result.set(items[item]!.id, top.map((c) => items[c]!.id));
    for (const c of candidates) {
      score[c] = 0;
      seen[c] = 0;
    }
  }
  return result;
}
