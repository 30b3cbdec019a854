/**
 * Days on the timeline: how a month's articles are laid out in pages of whole days, the URL of
 * each day (its month page and an anchor named by the day number, `#05`), and the articles of
 * the same day and of the same month shown on an article. Pure.
 */
import type { Article } from '../model.ts';
import { anchorUrl, listPageUrl } from '../model/urls.ts';

/** A month page holds about this many articles; a day is never split across pages. */
export const MONTH_PAGE_SIZE = 40;
/** Articles listed under « Le même jour » and « Ce mois-là » on an article. */
export const SAME_DAY_SIZE = 4;
export const SAME_MONTH_SIZE = 4;
/** Anchor of the articles dated to the month only, after the days. */
export const MONTH_ONLY_ANCHOR = 'au-cours-du-mois';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The anchor of a day on its month page: the day number on two digits.
 * @example dayAnchor(5) // '05'
 */
export function dayAnchor(day: number): string {
  return pad(day);
}

/** One day of a month (or the month-only group), with the page it is on. */
export interface PlannedDay {
  /** `2024-03-05`, or `2024-03` for the month-only group. */
  dateIso: string;
  day?: number;
  anchor: string;
  /** Article ids, in the month's order. */
  ids: string[];
  /** 1-based page of the month. */
  page: number;
}

/**
 * What one page shows of a day: the whole day, or, for a day longer than a page, the part of it
 * on that page (`continued` when an earlier page holds its beginning).
 */
export interface PlannedPart {
  /** Index of its day in `MonthPlan.days`. */
  day: number;
  ids: string[];
  page: number;
  continued: boolean;
}

export interface MonthPlan {
  /** `2024-03`. */
  key: string;
  /** `/chronologie/2024/03/`. */
  url: string;
  /** Whole days, each with the page it starts on. */
  days: PlannedDay[];
  /** The days as the pages show them, in order. */
  parts: PlannedPart[];
  pageCount: number;
}

/**
 * `items` in as few runs of at most `max` as they need, of even lengths (90 at most 40: three of 30).
 * @example evenRuns([1, 2, 3, 4, 5], 2) // [[1, 2], [3, 4], [5]]
 */
export function evenRuns<T>(items: readonly T[], max: number): T[][] {
  const n = Math.max(1, Math.ceil(items.length / max));
  const size = Math.ceil(items.length / n);
  return Array.from({ length: n }, (_, k) => items.slice(k * size, (k + 1) * size));
}

/**
 * Groups a month's articles (dated to the month or finer, in display order) by day, month-only
 * articles last, and cuts the days into as few pages of about MONTH_PAGE_SIZE articles as they
 * need, evenly. A day is split across pages only when it is longer than two pages (an export
 * that dated a whole archive to the day it was made, or raw texts dated to the month only,
 * ` date 2024-02`: 300 such articles made one page of 300), in parts of at most a page.
 * @example planMonth('2024-03', '/chronologie/2024/03/', articles).days[0].anchor // '01'
 */
export function planMonth(key: string, url: string, list: Pick<Article, 'id' | 'date'>[], pageSize = MONTH_PAGE_SIZE): MonthPlan {
  const days: PlannedDay[] = [];
  const monthOnly: string[] = [];
  for (const a of list) {
    const day = a.date?.day;
    if (!day) {
      monthOnly.push(a.id);
      continue;
    }
    const last = days[days.length - 1];
    if (last?.day === day) last.ids.push(a.id);
    else days.push({ dateIso: `${key}-${pad(day)}`, day, anchor: dayAnchor(day), ids: [a.id], page: 0 });
  }
  if (monthOnly.length) days.push({ dateIso: key, anchor: MONTH_ONLY_ANCHOR, ids: monthOnly, page: 0 });
  // A day longer than two pages is cut into as few parts of at most a page as it needs, evenly;
  // a shorter one stays whole, on one page.
  const cut = days.flatMap((d, day) => (d.ids.length > 2 * pageSize ? evenRuns(d.ids, pageSize) : [d.ids]).map((ids) => ({ day, ids, page: 0 })));
  // As few pages as the page size allows, the parts shared out evenly: a part goes on the page its middle falls on,
  // so that no page holds a remainder of one or two articles (41 articles make pages of 21 and 20, not 40 and 1).
  const total = cut.reduce((n, c) => n + c.ids.length, 0);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  let before = 0;
  let page = 0;
  let last = -1;
  for (const c of cut) {
    const share = Math.min(pages - 1, Math.floor(((before + c.ids.length / 2) * pages) / total));
    // A part bigger than its share leaves the share after it empty: pages are numbered without gaps.
    if (share !== last) page++;
    last = share;
    c.page = page;
    before += c.ids.length;
  }
  // Parts of one day that fall on one page are shown as one.
  const parts: PlannedPart[] = [];
  for (const c of cut) {
    const prev = parts[parts.length - 1];
    if (prev?.day === c.day && prev.page === c.page) prev.ids.push(...c.ids);
    else parts.push({ day: c.day, ids: [...c.ids], page: c.page, continued: prev?.day === c.day });
  }
  for (const p of parts) if (!p.continued) days[p.day]!.page = p.page;
  return { key, url, days, parts, pageCount: Math.max(1, page) };
}

/**
 * The URL of every article's day on the timeline, by article id: its month page (the one showing
 * the article, for a day over several pages) and the day's anchor (`/chronologie/2024/03/page/2/#15`).
 */
export function dayUrls(plans: MonthPlan[]): Map<string, string> {
  const urls = new Map<string, string>();
  for (const plan of plans) {
    for (const p of plan.parts) {
      const url = dayPageUrl(plan, p.day, p.page);
      for (const id of p.ids) urls.set(id, url);
    }
  }
  return urls;
}

/**
 * The address of day `day` (its index in `plan.days`) on page `page` of its month.
 * @example dayPageUrl(plan, 0, 2) // '/chronologie/2024/03/page/2/#15' when the month's first day with articles is the 15th
 */
export function dayPageUrl(plan: Pick<MonthPlan, 'url' | 'days'>, day: number, page: number): string {
  return anchorUrl(listPageUrl(plan.url, page), plan.days[day]!.anchor);
}

interface Neighbour {
  id: string;
  topics: string[];
}

/**
 * « Le même jour » and « Ce mois-là » for every article of a month: other articles of its day
 * (those sharing most topics, then in the month's order), and articles of other days of the
 * month that share a topic with it (most shared, then nearest in time), each list shown in the
 * month's order. Articles already in `exclude` (those the page shows elsewhere: related, previous
 * and next in time) are skipped.
 */
export function sameDayAndMonth(
  plan: MonthPlan,
  articles: Map<string, Neighbour>,
  exclude: (id: string) => Set<string>,
): Map<string, { sameDay: string[]; sameMonth: string[] }> {
  const out = new Map<string, { sameDay: string[]; sameMonth: string[] }>();
  const order = plan.days.flatMap((d) => d.ids);
  const position = new Map(order.map((id, i) => [id, i]));
  const dayOf = new Map(plan.days.flatMap((d) => d.ids.map((id) => [id, d] as const)));
  const shared = (a: Neighbour, b: Neighbour) => a.topics.reduce((n, t) => n + (b.topics.includes(t) ? 1 : 0), 0);
  // Articles of the month per topic: « Ce mois-là » only looks at articles sharing a topic,
  // instead of scoring every pair of the month (a month of 1,000 articles made a million pairs).
  const byTopic = new Map<string, number[]>();
  order.forEach((other, i) => {
    for (const t of new Set(articles.get(other)!.topics)) (byTopic.get(t) ?? byTopic.set(t, []).get(t)!).push(i);
  });
  const dayIndex = new Int32Array(order.length);
  let i = 0;
  plan.days.forEach((d, n) => d.ids.forEach(() => (dayIndex[i++] = n)));
  const score = new Int32Array(order.length);
  /** The excluded articles of the month, by position, for the article at hand. */
  const skipped = new Uint8Array(order.length);
  const touched: number[] = [];
  // Most shared topics first, then nearest in time, then in the month's order.
  type Ranked = { other: string; score: number; distance: number; at: number };
  const better = (a: Ranked, b: Ranked) => b.score - a.score || a.distance - b.distance || a.at - b.at;
  for (const id of order) {
    const self = articles.get(id)!;
    const skip = exclude(id);
    const day = dayOf.get(id)!;
    const at = position.get(id)!;
    const ranked = (other: string, score: number): Ranked => {
      const where = position.get(other)!;
      return { other, score, distance: Math.abs(where - at), at: where };
    };
    const sameDay = day.day === undefined ? [] : best(
      day.ids.filter((other) => other !== id && !skip.has(other)).map((other) => ranked(other, shared(self, articles.get(other)!))),
      SAME_DAY_SIZE,
      better,
    ).sort((a, b) => a.at - b.at).map((r) => r.other);
    // Scores by position in the month, in one array for the whole month (a map and a ranked
    // object per candidate made about 300 MB of garbage at 10,000 articles).
    touched.length = 0;
    const skippedAt = [...skip].flatMap((other) => position.get(other) ?? []);
    for (const p of skippedAt) skipped[p] = 1;
    for (const t of self.topics) {
      for (const other of byTopic.get(t) ?? []) {
        if (other === at || dayIndex[other] === dayIndex[at] || skipped[other]) continue;
        const n = score[other]!;
        if (n === 0) touched.push(other);
        score[other] = n + 1;
      }
    }
    // Chosen by shared topics, shown in the month's order: a list of dates reads in time.
    const sameMonth = best(touched, SAME_MONTH_SIZE, (p, q) => score[q]! - score[p]! || Math.abs(p - at) - Math.abs(q - at) || p - q).sort((p, q) => p - q).map((p) => order[p]!);
    for (const p of touched) score[p] = 0;
    for (const p of skippedAt) skipped[p] = 0;
    out.set(id, { sameDay, sameMonth });
  }
  return out;
}

/**
 * The first `k` items of `items` in the order of `compare` (a total order), without sorting
 * them all: a month of 1,000 articles ranks hundreds of candidates for each of its articles.
 * @example best([3, 1, 2], 2, (a, b) => a - b) // [1, 2]
 */
export function best<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  if (k <= 0) return top;
  for (const item of items) {
    if (top.length === k && compare(item, top[k - 1]!) >= 0) continue;
    let i = Math.min(top.length, k - 1);
    while (i > 0 && compare(item, top[i - 1]!) < 0) i--;
    top.splice(i, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}
