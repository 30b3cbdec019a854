/**
 * Topics read by time: each topic's years with their counts and pages (`/sujets/slug/2018/`),
 * and the topics index's groups, so a reader sees the big and the current topics first; an
 * entity's years, each leading to its page of that year. Pure.
 */
import type { ArticleCard, TopicGroup, TopicYear } from '../model.ts';
import { anchorUrl, topicYearUrl, yearAnchor } from '../model/urls.ts';
import { countOf } from '../text/french-counts.ts';

/** Topics in each of « Les plus traités » and « Actifs récemment ». */
export const GROUP_SIZE = 8;
/** « Actifs récemment » counts the articles of the archive's last this-many months. */
export const RECENT_MONTHS = 12;

/**
 * The years of a topic, newest first, from its cards (newest first), with each year's URL and
 * its share of the busiest year (for the bars of the years list).
 * @example topicYears('sport', cards)[0] // { year: 2024, label: '2024', url: '/sujets/sport/2024/', count: 3, share: '100%' }
 */
export function topicYears(slug: string, cards: ArticleCard[]): { years: TopicYear[]; byYear: Map<number, ArticleCard[]> } {
  return listingYears(cards, (year) => topicYearUrl(slug, year));
}

/**
 * The years of a listing's cards (newest first), newest first, each with the URL `urlOf` gives
 * it, its count and its share of the busiest year.
 */
export function listingYears(cards: readonly ArticleCard[], urlOf: (year: number) => string): { years: TopicYear[]; byYear: Map<number, ArticleCard[]> } {
  const byYear = new Map<number, ArticleCard[]>();
  for (const c of cards) {
    if (!c.dateIso) continue;
    const year = Number(c.dateIso.slice(0, 4));
    (byYear.get(year) ?? byYear.set(year, []).get(year)!).push(c);
  }
  const max = Math.max(1, ...[...byYear.values()].map((l) => l.length));
  const years = [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => ({ year, label: String(year), url: urlOf(year), count: list.length, articleCount: countOf(list.length, 'article'), share: `${Math.round((list.length / max) * 1000) / 10}%` }));
  return { years, byYear };
}

/**
 * The years of an entity's pages, newest first, each leading to the page that holds its newest
 * article, at that article (`yearAnchor`: the page may open with the next year's, review 33): a
 * person cited in 1,500 articles has 77 pages, which its pager reaches only a few at a time
 * (reader's review 23). None when its articles fit one page or one year.
 */
export function entityYears(pages: readonly { url: string; items: readonly ArticleCard[] }[]): TopicYear[] {
  if (pages.length < 2) return [];
  const pageOf = new Map<number, string>();
  for (const page of pages) for (const c of page.items) if (c.dateIso && !pageOf.has(Number(c.dateIso.slice(0, 4)))) pageOf.set(Number(c.dateIso.slice(0, 4)), page.url);
  if (pageOf.size < 2) return [];
  return listingYears(pages.flatMap((p) => p.items), (year) => anchorUrl(pageOf.get(year)!, yearAnchor(year))).years;
}

/** The month key (`2024-03`) `n` months before `key`. */
function monthsBefore(key: string, n: number): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) - n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

interface TopicStats {
  slug: string;
  label: string;
  url: string;
  count: number;
  /** Month keys of its articles, with counts. */
  months: { key: string; count?: number }[];
}

/**
 * The groups of the topics index: « Les plus traités » (most articles), « Actifs récemment »
 * (most articles in the archive's last RECENT_MONTHS months, `latestMonth` included), each of
 * GROUP_SIZE topics. A group is left out when it would list every topic anyway.
 */
export function topicGroups(topics: TopicStats[], latestMonth: string | undefined): TopicGroup[] {
  if (topics.length <= GROUP_SIZE) return [];
  const link = (t: TopicStats, count: number) => ({ label: t.label, url: t.url, count, articleCount: countOf(count, 'article') });
  const biggest = [...topics].sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : 1)).slice(0, GROUP_SIZE);
  const groups: TopicGroup[] = [{ id: 'plus-traites', title: 'Les plus traités', note: 'par nombre d’articles', topics: biggest.map((t) => link(t, t.count)) }];
  if (latestMonth) {
    const from = monthsBefore(latestMonth, RECENT_MONTHS - 1);
    const recent = topics
      .map((t) => ({ t, n: t.months.filter((m) => m.key >= from && m.key <= latestMonth).reduce((s, m) => s + (m.count ?? 0), 0) }))
      .filter((r) => r.n > 0)
      .sort((a, b) => b.n - a.n || b.t.count - a.t.count || (a.t.slug < b.t.slug ? -1 : 1))
      .slice(0, GROUP_SIZE);
    if (recent.length) {
      groups.push({ id: 'actifs-recemment', title: 'Actifs récemment', note: `articles des ${RECENT_MONTHS} derniers mois des archives`, topics: recent.map((r) => link(r.t, r.n)) });
    }
  }
  return groups;
}
