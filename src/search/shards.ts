/**
 * The search index in date-ordered shards. Pagefind's memory grows with the pages of one index
 * (about 150 MB per 1,000 articles in one process, PITFALLS "Pagefind 1.5"), so the articles are
 * indexed in shards of at most about SHARD_SIZE articles, each by its own Pagefind process, and
 * the search page queries them together (public/js/search-page.js, `mergeIndex`). Pure.
 *
 * A shard holds whole months (an article dated to the year only counts as the month before
 * January of that year: its sort key `2024` sorts between `2023-12-…` and `2024-01`), oldest
 * first: a month is added to the open shard, which closes once it holds `size` articles or
 * more. The months left in the last, open shard are shared the same way into shards of a
 * quarter of `size`, and those left open again into shards of a sixteenth (`tierCaps`): the
 * newest articles are in the smallest shards. So the shards cover disjoint ranges of the date
 * sort keys, in order, which is what lets the date sorts be exact across shards (./stable.ts,
 * `toArchive`). Undated articles are a shard of their own. The boundaries only depend on how
 * many articles each month holds, walked from the oldest: new articles in the newest month, or
 * a correction anywhere, leave every other shard as it was (only the newest shard, a small one,
 * or the corrected one, is indexed again), but for the day the small newest shards add up to
 * the next tier's cap and become one; an article added to an old month can move the boundaries
 * after it. A month larger than a cap is a shard alone.
 *
 * An archive of at most `size` articles is one index, undated articles included (`tout`):
 * Pagefind sorts it by itself. A shard is named after its first month (`2019-03`, `2019` for
 * a year-only start) or `sans-date`; the newest shard's bundle is the main one, in `pagefind/` (Pagefind's scripts
 * load from there), the others are in `pagefind/<name>/`.
 */
import { dateSortKey } from '../text/date-key.ts';
import type { DateInfo } from '../model.ts';

/**
 * Articles per shard, at most about: a Pagefind process stays near 0.25 GB. A correction
 * to an old article has its whole shard indexed again (about 1.4 ms of CPU per article), and
 * each shard adds to the bytes a query fetches (about 3 kB): at 10,000 real articles, shards of
 * 1,500 with their smaller newest tiers (8 shards) fetch 7 % more than one index on a cold
 * page, shards of 1,250 (9 shards) 10 % more.
 */
export const SHARD_SIZE = 1500;

/**
 * The newest articles are in smaller shards: the months that a full shard has not yet closed on
 * are shared again in shards of a quarter of the size, and those a quarter-size shard has not
 * closed on in shards of a sixteenth. New articles, which land in the newest month, then have
 * a small shard indexed again rather than one of up to `size` articles; when the small shards
 * add up to the next size, they are indexed again as one.
 */
const TIERS = 3;

/**
 * The caps of the tiers: `size`, a quarter of it, a sixteenth.
 * @example tierCaps(2500) // [2500, 625, 156]
 */
export function tierCaps(size: number): number[] {
  return Array.from({ length: TIERS }, (_, level) => Math.max(1, Math.floor(size / 4 ** level)));
}

/** Name of the shard of undated articles. */
export const UNDATED_SHARD = 'sans-date';

/** Name of the one shard of an archive that fits in one. */
export const WHOLE_ARCHIVE = 'tout';

export interface Shard {
  /** Its first month (`2019-03`), or `sans-date`. */
  name: string;
  /** Positions of its articles in the list given, in list order. */
  articles: number[];
}

/**
 * The month an article is filed under for sharding: the first seven characters of its sort key
 * (`2024-03`, or `2024` for a year-only date), undefined when undated. Truncating keeps the
 * order of the keys, so months of consecutive keys never interleave.
 * @example shardMonth({ iso: '2024-03-15', precision: 'day' } as DateInfo) // '2024-03'
 */
export function shardMonth(date: DateInfo | undefined): string | undefined {
  return date ? dateSortKey(date).slice(0, 7) : undefined;
}

/**
 * Shards of a list of articles, oldest first, the undated shard last; one shard when there are
 * at most `size` articles (or `size` is 0: no sharding).
 * @example partitionShards([{ date: jan }, { date: feb }, {}], 1).map((s) => s.name) // ['2024-01', '2024-02', 'sans-date']
 * @example partitionShards([{ date: jan }, {}], 2).map((s) => s.name) // ['tout']
 */
export function partitionShards(articles: readonly { date?: DateInfo }[], size = SHARD_SIZE): Shard[] {
  if (articles.length === 0) return [];
  if (size <= 0 || articles.length <= size) return [{ name: WHOLE_ARCHIVE, articles: articles.map((_, i) => i) }];
  const byMonth = new Map<string, number[]>();
  const undated: number[] = [];
  articles.forEach((a, i) => {
    const month = shardMonth(a.date);
    if (month === undefined) undated.push(i);
    else {
      const list = byMonth.get(month);
      if (list) list.push(i);
      else byMonth.set(month, [i]);
    }
  });
  const shards: Shard[] = [];
  // Whole months, oldest first, into shards that close at `cap` articles; the months of the
  // shard left open are shared again at the next, smaller cap; the last one left open is the
  // newest shard.
  let months = [...byMonth.keys()].sort();
  for (const [level, cap] of tierCaps(size).entries()) {
    let open: Shard | undefined;
    let openMonths: string[] = [];
    for (const month of months) {
      open ??= { name: month, articles: [] };
      openMonths.push(month);
      open.articles.push(...byMonth.get(month)!);
      if (open.articles.length >= cap) {
        shards.push(open);
        open = undefined;
        openMonths = [];
      }
    }
    if (!open) break;
    if (level === TIERS - 1 || openMonths.length === 1) {
      shards.push(open);
      break;
    }
    months = openMonths;
  }
  for (const s of shards) s.articles.sort((a, b) => a - b);
  if (undated.length) shards.push({ name: UNDATED_SHARD, articles: undated });
  return shards;
}

/**
 * The shard whose bundle is the main one (`pagefind/`): the newest dated shard, else the
 * undated one. Undefined without articles.
 */
export function mainShard(shards: readonly Shard[]): Shard | undefined {
  return shards.filter((s) => s.name !== UNDATED_SHARD).at(-1) ?? shards[0];
}

/**
 * Site-relative folders of the bundles, the main one first, then the others newest first
 * (the undated shard last): the list the search page merges.
 * @example bundleFolders(partitionShards(articles, 1000)) // ['pagefind/', 'pagefind/2019-03/', …]
 */
export function bundleFolders(shards: readonly Shard[]): string[] {
  const main = mainShard(shards);
  const others = shards.filter((s) => s !== main);
  const dated = others.filter((s) => s.name !== UNDATED_SHARD).reverse();
  return ['pagefind/', ...[...dated, ...others.filter((s) => s.name === UNDATED_SHARD)].map((s) => `pagefind/${s.name}/`)];
}

/** Folder of a shard's bundle, relative to the site. */
export function shardFolder(shards: readonly Shard[], shard: Shard): string {
  return shard === mainShard(shards) ? 'pagefind/' : `pagefind/${shard.name}/`;
}
