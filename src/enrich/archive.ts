/**
 * Article[] (with topics and entities) to the frozen Archive that templates read.
 * Pure; linear or n·log n in the number of articles.
 */
import type {
  Archive, ArchiveArticle, Article, ArticleCard, DayGroup, EntityHead, EntityKind, EntityView, Link, ListPage, MonthBar, MonthCell,
  Diagnostic, MonthPage, MonthView, NeighbourLink, Neighbours, Pager, PagerItem, ShelfPage, SiteOptions, TopicDef, TopicHead, TopicView, YearView,
} from '../model.ts';
import {
  anchorUrl, articleUrl, entityIndexUrl, entityUrl, listPageUrl, monthKeyUrl, monthUrl, numberedPageUrl, SITE_URLS, topicFeedUrl, topicUrl,
  UNDATED_PAGES_URL, yearOnlyPagesUrl, yearOnlyUrl, yearUrl,
} from '../model/urls.ts';
import { entityIndexes, entityStats, preferredName, sameEntities, splitIndexes } from './entity-pages.ts';
import { sitemapFiles, sitePages } from './sitemap.ts';
import { ENTITY_BASE } from '../model/entity-kinds.ts';
import { dayPageUrl, dayUrls, evenRuns, MONTH_PAGE_SIZE, planMonth, sameDayAndMonth, type MonthPlan } from './days.ts';
import { entityYears, topicGroups, topicYears } from './topic-years.ts';
import { withAuthor } from './author.ts';
import { sourceSpellings } from '../reference/sources.ts';
import { extend } from '../model/objects.ts';
import { dateSortKey } from '../text/date-key.ts';
import { countLabel, countOf, plural } from '../text/french-counts.ts';
import { dayLabel, frenchDate, frenchTime, frenchWeekday, monthName, withShortMonths } from '../text/french-dates.ts';
import { closeCutQuote } from '../text/french-typography.ts';
import { datedTitle, kindTitle } from '../text/kind-title.ts';
import { withInitialCapital } from '../text/capitals.ts';
import { cardLede, ledeUnderTitle } from '../text/article-text.ts';

export const PAGE_SIZE = 20;
export const FEED_SIZE = 50;

/**
 * A lede longer than this (characters) is set in the text's weight: bold suits a standfirst of a
 * few lines, not a first paragraph of ten (a poll's whole presentation).
 */
export const LONG_LEDE = 320;
export const LATEST_SIZE = 13;
const EXCERPT_MAX = 220;
/** Pages a pager lists on each side of the current one: numbers are short, dates (`16 sept. 2018`) are not. */
const PAGER_SPAN = 2;
const DATED_PAGER_SPAN = 1;

/**
 * The newest dated cards of a list (newest first), for a feed: an undated article has no time a
 * feed reader could show (Atom would need one, and the epoch shows as 1 January 1970).
 */
function feedCards(cards: readonly ArticleCard[]): ArticleCard[] {
  return cards.filter((c) => c.dateIso !== undefined).slice(0, FEED_SIZE);
}

/** The words of the previous/next navigation of dated and undated articles. */
const ARTICLE_NEIGHBOURS = {
  dated: { label: 'Articles voisins dans le temps', prev: '← Article précédent', next: 'Article suivant →' },
  undated: { label: 'Autres articles sans date, par ordre alphabétique', prev: '← Sans date, précédent', next: 'Sans date, suivant →' },
};

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Newest first; undated last. Articles of the same date (a day with no time, or a month with no
 * day) are in the order of their titles, as a reader scanning the list expects (« numéro 3 »
 * before « numéro 29 »; their ids, file paths, would give « numéro 29, 3, 30 »), then of their
 * ids, so that the order never depends on input order.
 * @example [may2, may1b, may1a].sort(newestFirst) // may2, then the two of 1 May by title
 */
export function newestFirst(a: Article, b: Article): number {
  const ka = dateSortKey(a.date);
  const kb = dateSortKey(b.date);
  if (ka !== kb) return ka < kb ? 1 : -1;
  return collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The lede, cut at a word near EXCERPT_MAX characters with an ellipsis. A quotation the cut
 * leaves open is closed after the ellipsis (`« suscite… »`), so that typography pairs its
 * quotes as it does in the whole lede instead of showing a straight `"`.
 * @example excerpt(`Il estime que le candidat "suscite de l'espoir" ${'x '.repeat(120)}`) // ends with `…"`
 */
export function excerpt(text: string): string {
  if (text.length <= EXCERPT_MAX) return text;
  const cut = text.slice(0, EXCERPT_MAX);
  return closeCutQuote(`${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:.]+$/u, '')}…`, text);
}

/**
 * Gives each article a unique slug and URL, and keeps the former addresses (`aliases`) that no
 * page and no earlier article holds. A slug written in the front matter keeps its address
 * first; then slugs made from titles, by source file: the same URL again takes `-2`, `-3`…,
 * and the article is told where it went. A former address taken is dropped with a warning.
 * @example uniqueUrls([a, sameTitleAsA]).map((x) => x.slug) // ['budget', 'budget-2']
 */
export function uniqueUrls(articles: Article[]): Article[] {
  const byFile = [...articles].sort((a, b) => Number(!a.slugWritten) - Number(!b.slugWritten) || (a.sourceFile < b.sourceFile ? -1 : 1));
  const holder = new Map<string, string>();
  const out = new Map<string, Article>();
  for (const a of byFile) {
    let slug = a.slug;
    let url = a.url;
    for (let n = 2; holder.has(url); n++) {
      slug = `${a.slug}-${n}`;
      url = articleUrl(a.date, slug);
    }
    holder.set(url, a.sourceFile);
    // A slug the editor wrote that another file holds is a choice not followed: a warning.
    const moved: Diagnostic[] = url === a.url ? [] : [{
      id: 'url-taken', level: a.slugWritten ? 'warning' : 'info', file: a.sourceFile,
      message: `adresse ${a.url} déjà prise par ${holder.get(a.url)} : article publié à ${url} ; ${a.slugWritten ? 'changez son slug' : 'pour choisir son adresse, écrivez slug: dans son en-tête'}`,
    }];
    out.set(a.id, extend(a, { slug, url, diagnostics: moved.length > 0 ? [...a.diagnostics, ...moved] : a.diagnostics }));
  }
  const articleUrls = new Set(holder.keys());
  for (const a of [...articles].sort((x, y) => (x.sourceFile < y.sourceFile ? -1 : 1))) {
    if (!a.aliases) continue;
    const kept: string[] = [];
    const dropped: Diagnostic[] = [];
    for (const path of a.aliases) {
      const by = holder.get(path);
      if (by === undefined) {
        holder.set(path, a.sourceFile);
        kept.push(path);
      } else if (by !== a.sourceFile) {
        dropped.push({ id: 'alias-taken', level: 'warning', file: a.sourceFile, ...(a.aliasesLine !== undefined ? { line: a.aliasesLine } : {}), message: `ancienne adresse ${path} ignorée : ${articleUrls.has(path) ? `c’est l’adresse de l’article de ${by}` : `${by} la donne déjà comme ancienne adresse`} ; retirez-la de l’un des deux fichiers` });
      }
    }
    const article = out.get(a.id)!;
    const { aliases: _, ...rest } = article;
    out.set(a.id, { ...rest, ...(kept.length > 0 ? { aliases: kept } : {}), diagnostics: [...article.diagnostics, ...dropped] } as Article);
  }
  return articles.map((a) => out.get(a.id)!);
}

/**
 * The page numbers a pager lists: the first, the last, and `span` pages on each side of the
 * current one, in order, with `undefined` for a gap. A gap never stands for a single page: that
 * page is listed instead. So a pager has at most nine entries, however long the list.
 * @example pagerWindow(10, 470) // [1, undefined, 8, 9, 10, 11, 12, undefined, 470]
 * @example pagerWindow(4, 9) // [1, 2, 3, 4, 5, 6, undefined, 9]
 */
export function pagerWindow(current: number, count: number, span = PAGER_SPAN): (number | undefined)[] {
  const shown = new Set([1, count]);
  for (let n = Math.max(1, current - span); n <= Math.min(count, current + span); n++) shown.add(n);
  const out: (number | undefined)[] = [];
  let previous = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    if (n - previous === 2) out.push(n - 1);
    else if (n - previous > 2) out.push(undefined);
    out.push(n);
    previous = n;
  }
  return out;
}

/**
 * `cards` cut into pages of at most MONTH_PAGE_SIZE at `url` and its numbered pages, shared out
 * evenly (90: three of 30), each described by `page`; none when they fit on one page, which then
 * lists them itself (the timeline page its undated articles, a year page those dated to the year only).
 */
function shelf(url: string, cards: ArticleCard[], page: (n: number, count: number) => Pick<ShelfPage, 'title' | 'heading' | 'kicker' | 'lead'>): ShelfPage[] {
  if (cards.length <= MONTH_PAGE_SIZE) return [];
  const runs = evenRuns(cards, MONTH_PAGE_SIZE);
  return runs.map((items, i) => ({ url: listPageUrl(url, i + 1), ...page(i + 1, runs.length), items, pager: pager(url, runs.length, i + 1) }));
}

/**
 * The pager of page `pageNumber` of `pageCount` (month pages, numbered from the first).
 * @example pager('/chronologie/2024/03/', 3, 2).prevUrl // '/chronologie/2024/03/'
 */
export function pager(baseUrl: string, pageCount: number, pageNumber: number): Pager {
  const urlOf = (n: number) => listPageUrl(baseUrl, n);
  return Object.assign(
    {},
    pageCount > 1 ? { position: `page ${pageNumber} sur ${pageCount}` } : {},
    pageNumber > 1 ? { prevUrl: urlOf(pageNumber - 1) } : {},
    pageNumber < pageCount ? { nextUrl: urlOf(pageNumber + 1) } : {},
    {
      pages: pageCount < 2 ? [] : pagerWindow(pageNumber, pageCount).map((n): PagerItem => (n === undefined
        ? { label: '…' }
        : { label: String(n), name: `Page ${n}`, url: urlOf(n), ...(n === pageNumber ? { current: true } : {}) })),
    },
  );
}

/** The label of a listing's first page in its pager. */
const FIRST_PAGE = { label: 'Récents', name: 'Articles les plus récents' };

/**
 * The pager of a listing paginated by `paginate`: its first page (`page` 0), then its `numbered`
 * pages from the newest (`numbered`) to the oldest (1), each shown by its `labels` entry (the
 * date of its newest article, one page on each side of the current one so that the dates hold on
 * one line) or else its number. What a numbered page's pager lists
 * depends on how many pages there are only near the newest ones, so the others stay as they are
 * when articles join the listing.
 * The first page also says how many pages there are (`page 1 sur 6`).
 * @example listPager('/sujets/x/', 5, 0).nextUrl // '/sujets/x/page/5/'
 * @example listPager('/sujets/x/', 5, 1).pages.map((p) => p.label) // ['Récents', '…', '3', '2', '1']
 */
export function listPager(baseUrl: string, numbered: number, page: number, labels?: ReadonlyMap<number, Pick<PagerItem, 'label' | 'hint'>>): Pager {
  if (numbered === 0) return { pages: [] };
  // Positions from the newest: 1 is the first page, numbered + 1 the oldest page (number 1).
  const count = numbered + 1;
  const pageAt = (position: number) => (position === 1 ? 0 : count + 1 - position);
  const urlOf = (p: number) => (p === 0 ? baseUrl : numberedPageUrl(baseUrl, p));
  const here = page === 0 ? 1 : count + 1 - page;
  return Object.assign(
    {},
    // The first page only: a numbered page that said how many pages follow it would change with each new page.
    page === 0 ? { position: `page 1 sur ${count}` } : {},
    here > 1 ? { prevUrl: urlOf(pageAt(here - 1)) } : {},
    here < count ? { nextUrl: urlOf(pageAt(here + 1)) } : {},
    {
      pages: pagerWindow(here, count, labels ? DATED_PAGER_SPAN : PAGER_SPAN).map((position): PagerItem => {
        if (position === undefined) return { label: '…' };
        const p = pageAt(position);
        return extend(p === 0 ? FIRST_PAGE : labels?.get(p) ?? { label: String(p), name: `Page ${p}` }, { url: urlOf(p), ...(p === page ? { current: true } : {}) });
      }),
    },
  );
}

/**
 * The dates a page's dated articles span, oldest first; undefined when none is dated.
 * @example dateSpan([{ dateLabel: '12 avril 2020', dateIso: '2020-04-12' }, { dateLabel: '3 mars 2020', dateIso: '2020-03-03' }]) // '3 mars 2020 – 12 avril 2020'
 */
export function dateSpan(items: Pick<ArticleCard, 'dateIso' | 'dateLabel'>[]): string | undefined {
  const ends = spanEnds(items);
  if (!ends) return undefined;
  return ends.oldest === ends.newest ? ends.newest : `${ends.oldest} – ${ends.newest}`;
}

/** The date labels of the oldest and newest dated items (newest first in `items`); undefined when none is dated. */
function spanEnds(items: Pick<ArticleCard, 'dateIso' | 'dateLabel'>[]): { oldest: string; newest: string } | undefined {
  const dated = items.filter((c) => c.dateIso);
  if (!dated.length) return undefined;
  return { oldest: dated.at(-1)!.dateLabel, newest: dated[0]!.dateLabel };
}

/**
 * Splits a listing, newest first, into pages that stay as they are when newer articles join it:
 * counted from the oldest, numbered pages (`baseUrl/page/1/`, `…/page/2/`…) hold PAGE_SIZE
 * articles each, and the first page (`baseUrl`) holds the newest ones, PAGE_SIZE to
 * 2 × PAGE_SIZE − 1 of them (all of them when there are fewer). The first page comes first,
 * then the numbered pages from the newest.
 * @example paginate('/sujets/x/', 'X', cards45).map((p) => [p.url, p.items.length]) // [['/sujets/x/', 25], ['/sujets/x/page/1/', 20]]
 */
export function paginate(baseUrl: string, title: string, items: ArticleCard[]): ListPage[] {
  const numbered = Math.max(0, Math.floor(items.length / PAGE_SIZE) - 1);
  const first = items.length - numbered * PAGE_SIZE;
  const lists = new Map<number, ArticleCard[]>();
  const labels = new Map<number, Pick<PagerItem, 'label' | 'hint'>>();
  for (let n = numbered; n >= 1; n--) {
    const start = first + (numbered - n) * PAGE_SIZE;
    const list = items.slice(start, start + PAGE_SIZE);
    lists.set(n, list);
    labels.set(n, pageLabel(list));
  }
  const firstSpan = numbered > 0 ? dateSpan(items.slice(0, first)) : undefined;
  const pages: ListPage[] = [{ url: baseUrl, title, items: items.slice(0, first), pager: listPager(baseUrl, numbered, 0, labels), ...(firstSpan ? { span: firstSpan } : {}) }];
  for (const [n, list] of lists) {
    const span = dateSpan(list);
    pages.push({ url: numberedPageUrl(baseUrl, n), title: datedTitle(title, titleSpan(list) ?? 'sans date'), items: list, pager: listPager(baseUrl, numbered, n, labels), ...(span ? { span } : {}) });
  }
  return pages;
}

/**
 * The dates of a numbered page in its title, short enough for `<title>` (60 characters before
 * ` · Kiosque`, ../site/filters/short-title.ts): months short, the month and year once when both
 * ends share them; undefined when none is dated.
 * @example titleSpan([{ dateIso: '2019-04-03', dateLabel: '3 avril 2019' }, { dateIso: '2019-01-02', dateLabel: '2 janvier 2019' }]) // '2 janv. – 3 avr. 2019'
 */
export function titleSpan(items: Pick<ArticleCard, 'dateIso' | 'dateLabel'>[]): string | undefined {
  const ends = spanEnds(items);
  if (!ends) return undefined;
  const newest = withShortMonths(ends.newest);
  const oldest = withShortMonths(ends.oldest);
  if (newest === oldest) return newest;
  // The words both ends close with (month and year, or year) are written once, at the end.
  const from = oldest.split(' ');
  const to = newest.split(' ');
  let shared = 0;
  while (shared < from.length - 1 && from.at(-1 - shared) === to.at(-1 - shared)) shared++;
  return `${from.slice(0, from.length - shared).join(' ')} – ${newest}`;
}

/**
 * How a numbered page of a listing is shown in its pager: by the date of its newest article,
 * months short (`16 sept. 2018`); `Sans date` when none is dated. Screen readers hear what the
 * date stands for first (`hint`, hidden words inside the link: « Articles jusqu’au 16 sept. 2018 »);
 * an `aria-label` would have to hold the visible text, which axe requires. A page's articles never
 * change as newer ones join the listing, so neither does its label.
 * @example pageLabel([{ dateIso: '2018-09-16', dateLabel: '16 septembre 2018' }, { dateIso: '2018-08-02', dateLabel: '2 août 2018' }]) // { label: '16 sept. 2018', hint: 'Articles jusqu’au' }
 */
export function pageLabel(items: Pick<ArticleCard, 'dateIso' | 'dateLabel'>[]): Pick<PagerItem, 'label' | 'hint'> {
  const newest = items.find((c) => c.dateIso);
  if (!newest) return { label: 'Sans date' };
  // A day (`16 sept. 2018`) is « jusqu’au », a month or a year (`sept. 2018`, `2018`) « jusqu’en ».
  return { label: withShortMonths(newest.dateLabel), hint: newest.dateIso!.length >= 10 ? 'Articles jusqu’au' : 'Articles jusqu’en' };
}

function topicHead(topic: TopicView): TopicHead {
  return { slug: topic.slug, label: topic.label, description: topic.description, url: topic.url, feedUrl: topic.feedUrl };
}

function monthBars(keys: Map<string, number>): MonthBar[] {
  return [...keys.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, count]) => {
      const [y, m] = key.split('-').map(Number) as [number, number];
      return { key, label: `${monthName(m)} ${y}`, url: monthUrl(y, m), count };
    });
}

/**
 * The twelve months of `year` with their counts from `bars`; those before the archive's first
 * month or after its last (`first`, `last`: `2016-02`) are marked outside it.
 */
function calendar(year: number, bars: MonthBar[], first: string, last: string): MonthCell[] {
  const byKey = new Map(bars.map((b) => [b.key, b]));
  return Array.from({ length: 12 }, (_, i) => {
    const key = `${year}-${pad(i + 1)}`;
    const bar = byKey.get(key);
    const outside = key < first || key > last;
    return { key, label: monthName(i + 1), count: bar?.count ?? 0, articleCount: countOf(bar?.count ?? 0, 'article'), ...(bar ? { url: bar.url } : {}), ...(outside ? { outside } : {}) };
  });
}

function countMonths(articles: Article[]): Map<string, number> {
  const months = new Map<string, number>();
  for (const a of articles) {
    if (a.date?.month) {
      const key = `${a.date.year}-${pad(a.date.month)}`;
      months.set(key, (months.get(key) ?? 0) + 1);
    }
  }
  return months;
}

export interface ArchiveInput {
  site: SiteOptions;
  /** Published articles (no drafts), topics and entities assigned, URLs unique. */
  articles: Article[];
  taxonomy: TopicDef[];
  /** Related article ids per article id, best first. */
  related: Map<string, string[]>;
}

/**
 * The timeline pages above an article: Accueil › Chronologie › 2018 › juin (or › Sans date). A
 * month is written lowercase wherever it does not open a heading or a sentence, as French writes
 * it (review 34: « Juin » here, « juin » in the year's calendar).
 */
function breadcrumb(a: Article, undatedUrl: string): Link[] {
  const trail: Link[] = [{ label: 'Accueil', url: SITE_URLS.home }, { label: 'Chronologie', url: SITE_URLS.timeline }];
  if (!a.date) return [...trail, { label: 'Sans date', url: undatedUrl }];
  trail.push({ label: String(a.date.year), url: yearUrl(a.date.year) });
  if (a.date.month) trail.push({ label: monthName(a.date.month), url: monthUrl(a.date.year, a.date.month) });
  return trail;
}

/**
 * `make`, called once per key: the objects an archive repeats across articles (the link to a
 * topic, a month, a breadcrumb) are one object each, not one copy per article that shows them
 * (at 50,000 articles, tens of megabytes of the build's heap; templates only read them).
 */
function once<T, V>(make: (x: T) => V, keyOf: (x: T) => unknown = (x) => x): (x: T) => V {
  const made = new Map<unknown, V>();
  return (x) => {
    const key = keyOf(x);
    if (!made.has(key)) made.set(key, make(x));
    return made.get(key)!;
  };
}

/**
 * The articles as the archive holds them: each with its author set (./author.ts) and its source
 * spelt as the archive most often spells it (src/reference/sources.ts, `sourceSpellings`), newest first.
 * @example archiveOrder(articles).map((a) => a.date?.iso) // ['2024-03-02', '2024-02', …]
 */
export function archiveOrder(articles: readonly Article[]): Article[] {
  const spelt = sourceSpellings(articles.flatMap((a) => (a.source ? [a.source] : [])));
  const spelling = (a: Article): Article => {
    const source = a.source === undefined ? undefined : spelt.get(a.source);
    return source === undefined ? a : extend(a, { source });
  };
  return articles.map((a) => withAuthor(spelling(a))).sort(newestFirst);
}

/**
 * Builds the archive.
 * @example buildArchive({ site, articles, taxonomy: [], related: new Map() }).articles.length
 */
export function buildArchive(input: ArchiveInput): Archive {
  const { site } = input;
  const sorted = archiveOrder(input.articles);
  const defs = new Map(input.taxonomy.map((t) => [t.slug, t]));
  const topicLink = once((slug: string): Link => ({ label: defs.get(slug)?.label ?? slug, url: topicUrl(slug) }));

  // Days: each month's articles in pages of whole days, so that every date can lead to its day.
  const datedOldestFirst = sorted.filter((a) => a.date).reverse();
  const monthGroups = new Map<string, Article[]>();
  for (const a of datedOldestFirst) {
    if (a.date!.month) {
      const key = `${a.date!.year}-${pad(a.date!.month)}`;
      (monthGroups.get(key) ?? monthGroups.set(key, []).get(key)!).push(a);
    }
  }
  const plans = new Map<string, MonthPlan>([...monthGroups.entries()].map(([key, list]) => [key, planMonth(key, monthKeyUrl(key), list)]));
  const dayUrl = dayUrls([...plans.values()]);
  const dateTarget = (a: Article): string | undefined => (!a.date ? undefined : dayUrl.get(a.id) ?? yearUrl(a.date.year));

  const cards = new Map<string, ArticleCard>();
  for (const a of sorted) {
    // Descriptions and feeds need a text: the whole lede when the title holds it.
    const described = ledeUnderTitle(a) || a.lede;
    const onCard = cardLede(a);
    cards.set(a.id, {
      id: a.id,
      url: a.url,
      title: a.title,
      ...(a.date ? { dateIso: a.date.iso } : {}),
      dateLabel: frenchDate(a.date),
      ...(a.date?.precision === 'datetime' ? { timeLabel: frenchTime(a.date)! } : {}),
      excerpt: excerpt(described),
      ...(onCard !== described ? { teaser: excerpt(onCard) } : {}),
      topics: a.topics.map(topicLink),
      ...(a.source ? { source: a.source } : {}),
      ...(a.author ? { author: a.author } : {}),
      ...(a.date ? { dayUrl: dateTarget(a)! } : {}),
    });
  }
  const card = (id: string) => cards.get(id)!;

  // Previous / next in time: dated articles in one chronological chain, undated among themselves.
  const dated = datedOldestFirst;
  const undatedArticles = sorted.filter((a) => !a.date); // by title (newestFirst)
  const neighbours = new Map<string, Neighbours>();
  /** The ids of each article's previous and next articles, which « À lire aussi », « Le même jour » and « Ce mois-là » do not repeat. */
  const beside = new Map<string, string[]>();
  const articleSide = (id: string, direction: string): NeighbourLink => {
    const c = card(id);
    return { url: c.url, direction, title: c.title, detail: c.dateLabel };
  };
  for (const [chain, words] of [[dated, ARTICLE_NEIGHBOURS.dated], [undatedArticles, ARTICLE_NEIGHBOURS.undated]] as const) {
    if (chain.length < 2) continue;
    chain.forEach((a, i) => beside.set(a.id, [chain[i - 1]?.id, chain[i + 1]?.id].filter((id) => id !== undefined)));
    chain.forEach((a, i) => neighbours.set(a.id, {
      label: words.label,
      compact: false,
      ...(i > 0 ? { prev: articleSide(chain[i - 1]!.id, words.prev) } : {}),
      ...(i < chain.length - 1 ? { next: articleSide(chain[i + 1]!.id, words.next) } : {}),
    }));
  }

  // Topics.
  const byTopic = new Map<string, Article[]>();
  for (const a of sorted) for (const t of a.topics) (byTopic.get(t) ?? byTopic.set(t, []).get(t)!).push(a);
  const topicCards = new Map<string, ArticleCard[]>();
  const topics: TopicView[] = [...byTopic.entries()]
    .map(([slug, list]) => {
      const def = defs.get(slug);
      const url = topicUrl(slug);
      const label = def?.label ?? slug;
      const listCards = list.map((a) => card(a.id));
      topicCards.set(slug, listCards);
      const { years } = topicYears(slug, listCards);
      const yearUrl = new Map(years.map((y) => [y.year, y.url]));
      // The topic's chart leads to the topic's year, not to the whole month of the timeline.
      const months = monthBars(countMonths(list)).map((b) => extend(b, { url: yearUrl.get(Number(b.key.slice(0, 4)))! }));
      return {
        slug, label, description: def?.description ?? '', url, feedUrl: topicFeedUrl(slug), count: list.length,
        articleCount: countOf(list.length, 'article'), ...(years.length > 0 ? { span: years.length > 1 ? `de ${years.at(-1)!.year} à ${years[0]!.year}` : `en ${years[0]!.year}` } : {}),
        months, feedItems: feedCards(listCards), years,
      };
    })
    .sort((a, b) => collator.compare(a.label, b.label) || (a.slug < b.slug ? -1 : 1));

  // What every page of a topic shows of it, one object per topic for all its pages.
  const topicHeads = new Map(topics.map((t) => [t.slug, topicHead(t)]));

  // Entities: a page only for those named in at least `minEntityArticles` articles.
  const minArticles = site.minEntityArticles ?? 2;
  // `Lab` and `Le Lab`, `Wauqiez` and `Wauquiez`, `Cambadélis` and `Jean-Christophe Cambadélis`: one entity (./entity-pages.ts).
  const naming = new Map<string, number>();
  const names = new Map<string, string>();
  const namedAs = sorted.map((a) => a.entities.map((e) => {
    const key = `${e.kind}/${e.slug}`;
    if (!names.has(key)) names.set(key, e.name);
    return key;
  }));
  for (const keys of namedAs) for (const key of keys) naming.set(key, (naming.get(key) ?? 0) + 1);
  const sameEntity = sameEntities(naming, names);
  /** Each article's entities' keys, by position in `sorted` and in its `entities`. */
  const entityKeys = namedAs.map((keys) => keys.map((key) => sameEntity.get(key) ?? key));
  const entityMap = new Map<string, Omit<EntityView, 'articleCount' | 'months' | 'years'> & { list: Article[]; names: Map<string, number> }>();
  for (const [i, a] of sorted.entries()) {
    for (const [j, e] of a.entities.entries()) {
      const key = entityKeys[i]![j]!;
      let view = entityMap.get(key);
      if (!view) {
        const base = ENTITY_BASE[e.kind];
        const slug = key.slice(key.indexOf('/') + 1);
        view = { kind: e.kind, kindLabel: base.label, indexUrl: entityIndexUrl(e.kind), slug, name: e.name, url: entityUrl(e.kind, slug), count: 0, list: [], names: new Map() };
        entityMap.set(key, view);
      }
      view.names.set(e.name, (view.names.get(e.name) ?? 0) + 1);
      // An article naming both `Lab` and `Le Lab` is one article of the entity.
      if (view.list.at(-1) === a) continue;
      view.count++;
      view.list.push(a);
    }
  }
  const entityPages: Archive['entityPages'] = [];
  const entities: EntityView[] = [...entityMap.values()]
    .filter((v) => v.count >= minArticles)
    .sort((a, b) => (a.url < b.url ? -1 : 1))
    .map(({ list, names, ...v }) => {
      const name = preferredName(names, v.slug);
      const pages = paginate(v.url, kindTitle(name, ENTITY_BASE[v.kind].one), list.map((a) => card(a.id)));
      const entity: EntityView = extend(v, { name, articleCount: countOf(v.count, 'article'), months: monthBars(countMonths(list)), years: entityYears(pages) });
      const head: EntityHead = { kind: entity.kind, kindLabel: entity.kindLabel, indexUrl: entity.indexUrl, name: entity.name, url: entity.url };
      pages.forEach((p, i) => entityPages.push(extend(p, { entity: head, ...(i === 0 ? { view: entity } : {}) })));
      return entity;
    });
  const entityByKey = new Map(entities.map((e) => [`${e.kind}/${e.slug}`, e]));

  // Timeline.
  const yearGroups = new Map<number, Article[]>();
  for (const a of dated) (yearGroups.get(a.date!.year) ?? yearGroups.set(a.date!.year, []).get(a.date!.year)!).push(a);
  const monthKeys = [...monthGroups.keys()].sort();
  const calendars = new Map([...yearGroups.entries()].map(([y, list]) => [y, calendar(y, monthBars(countMonths(list)), monthKeys[0] ?? '', monthKeys.at(-1) ?? '')]));
  const monthLink = once((key: string): Link => {
    const [y, m] = key.split('-').map(Number) as [number, number];
    const count = monthGroups.get(key)!.length;
    return { label: `${monthName(m)} ${y}`, url: monthUrl(y, m), count, articleCount: countOf(count, 'article') };
  });
  const monthSide = (key: string, direction: string): NeighbourLink => {
    const link = monthLink(key);
    return { url: link.url, direction, title: link.label, detail: link.articleCount!.label };
  };
  const monthPages: MonthPage[] = [];
  const months: MonthView[] = monthKeys.map((key, i) => {
    const list = monthGroups.get(key)!;
    const plan = plans.get(key)!;
    const [year, month] = key.split('-').map(Number) as [number, number];
    const url = monthUrl(year, month);
    const dayLabels = plan.days.map((d) => (d.day === undefined ? 'Au cours du mois' : withInitialCapital(`${frenchWeekday({ iso: d.dateIso, precision: 'day', year, month, day: d.day })} ${dayLabel(d.day, month, year)}`)));
    const days = plan.parts.map((p): DayGroup & { page: number } => {
      const d = plan.days[p.day]!;
      return { label: p.continued ? `${dayLabels[p.day]} (suite)` : dayLabels[p.day]!, dateIso: d.dateIso, anchor: d.anchor, url: dayPageUrl(plan, p.day, p.page), articles: p.ids.map(card), page: p.page };
    });
    const view: MonthView = {
      year, month, key, label: `${monthName(month)} ${year}`, url, yearUrl: yearUrl(year), count: list.length, articleCount: countOf(list.length, 'article'), days: days.map(({ page: _, ...d }) => d),
      yearCalendar: calendars.get(year)!,
      neighbours: {
        label: 'Mois voisins',
        compact: true,
        ...(i > 0 ? { prev: monthSide(monthKeys[i - 1]!, '← Mois précédent') } : {}),
        ...(i < monthKeys.length - 1 ? { next: monthSide(monthKeys[i + 1]!, 'Mois suivant →') } : {}),
      },
      pageCount: plan.pageCount,
    };
    for (let n = 1; n <= plan.pageCount; n++) {
      monthPages.push({
        url: listPageUrl(url, n),
        title: kindTitle(n === 1 ? withInitialCapital(view.label) : `${withInitialCapital(view.label)} (page ${n})`, 'chronologie'),
        month: view,
        days: view.days.filter((_, j) => days[j]!.page === n),
        dayIndex: plan.days.map((d, j) => {
          // A day over several pages is here on each of them.
          const here = plan.parts.some((p) => p.day === j && p.page === n);
          return {
            label: d.dateIso.length > 7 ? (d.dateIso.endsWith('-01') ? '1er' : String(Number(d.dateIso.slice(8)))) : 'Au cours du mois',
            url: here ? anchorUrl('', d.anchor) : dayPageUrl(plan, j, d.page),
            count: d.ids.length,
            title: `${d.dateIso.length > 7 ? dayLabel(Number(d.dateIso.slice(8)), month, year) : `au cours du mois de ${monthName(month)}`}, ${countLabel(d.ids.length, 'article')}`,
            here,
          };
        }),
        pager: pager(url, plan.pageCount, n),
      });
    }
    return view;
  });
  const yearNumbers = [...yearGroups.keys()].sort((a, b) => b - a);
  const yearOnlyShelves: ShelfPage[] = [];
  const timelineKicker: Link = { label: 'Chronologie', url: SITE_URLS.timeline };
  const yearLink = once((y: number): Link => ({ label: String(y), url: yearUrl(y), count: yearGroups.get(y)!.length, articleCount: countOf(yearGroups.get(y)!.length, 'article') }));
  const years: YearView[] = yearNumbers.map((year, i) => {
    const list = yearGroups.get(year)!;
    const yearOnly = list.filter((a) => !a.date!.month).map((a) => card(a.id));
    const yearOnlyLabel = `${countLabel(yearOnly.length, 'article')} ${plural(yearOnly.length, 'daté')} de l’année seulement`;
    const pages = shelf(yearOnlyPagesUrl(year), yearOnly, (n, count) => ({
      title: kindTitle(`${year}, sans mois précis${n === 1 ? '' : ` (page ${n})`}`, 'chronologie'),
      heading: `${year}, sans mois précis`,
      kicker: [timelineKicker, { label: String(year), url: yearUrl(year) }],
      lead: `${yearOnlyLabel} · page ${n} sur ${count}`,
    }));
    yearOnlyShelves.push(...pages);
    return {
      year, url: yearUrl(year), yearOnlyUrl: pages.length ? yearOnlyPagesUrl(year) : yearOnlyUrl(year), count: list.length, articleCount: countOf(list.length, 'article'),
      months: monthBars(countMonths(list)), calendar: calendars.get(year)!, yearOnly: pages.length ? [] : yearOnly,
      ...(yearOnly.length ? { yearOnlyLabel } : {}),
      neighbours: {
        label: 'Années voisines',
        compact: true,
        ...(i < yearNumbers.length - 1 ? { prev: { url: yearUrl(yearNumbers[i + 1]!), direction: '← Année précédente', title: String(yearNumbers[i + 1]) } } : {}),
        ...(i > 0 ? { next: { url: yearUrl(yearNumbers[i - 1]!), direction: 'Année suivante →', title: String(yearNumbers[i - 1]) } } : {}),
      },
    };
  });

  const neighbourInfo = new Map(dated.map((a) => [a.id, { id: a.id, topics: a.topics }]));
  const nearby = new Map<string, { sameDay: string[]; sameMonth: string[] }>();
  for (const plan of plans.values()) {
    // Neither the related articles nor the previous and next in time, which the page shows already.
    for (const [id, n] of sameDayAndMonth(plan, neighbourInfo, (id) => new Set([...(input.related.get(id) ?? []), ...(beside.get(id) ?? [])]))) nearby.set(id, n);
  }

  // Undated articles, by title: on the timeline page, or on pages of their own past a page of them.
  const undatedCards = undatedArticles.map((a) => card(a.id));
  const undatedShelf = shelf(UNDATED_PAGES_URL, undatedCards, (n, count) => ({
    title: kindTitle(n === 1 ? 'Articles sans date' : `Articles sans date (page ${n})`, 'chronologie'),
    heading: 'Articles sans date',
    kicker: [timelineKicker],
    lead: `${countLabel(undatedCards.length, 'article')} sans date connue, par ordre alphabétique · page ${n} sur ${count}`,
  }));
  const undatedUrl = undatedShelf.length ? UNDATED_PAGES_URL : SITE_URLS.undated;
  const undatedLink: Link = { label: 'Sans date', url: undatedUrl };
  const entityLink = once((key: string): (Link & { kind: EntityKind }) | undefined => {
    const view = entityByKey.get(key);
    return view ? { kind: view.kind, label: view.name, url: view.url } : undefined;
  });
  const trail = once((a: Article) => breadcrumb(a, undatedUrl), (a) => `${a.date?.year}-${a.date?.month}`);
  const dayLink = once((a: Article): Link => ({ label: `Toute la journée du ${dayLabel(a.date!.day!, a.date!.month!, a.date!.year)}`, url: dayUrl.get(a.id)! }), (a) => dayUrl.get(a.id));
  const articles: ArchiveArticle[] = sorted.map((a, i) => {
    const topicLinks = a.topics.map(topicLink);
    const timelineLink: Link = !a.date
      ? undatedLink
      : a.date.month
        ? monthLink(`${a.date.year}-${pad(a.date.month)}`)
        : yearLink(a.date.year);
    const ledeShown = ledeUnderTitle(a);
    return extend(a, {
      dateLabel: frenchDate(a.date),
      ledeShown,
      ...(ledeShown.length > LONG_LEDE ? { ledeLong: true as const } : {}),
      topicLinks,
      entityLinks: [...new Set(entityKeys[i])].flatMap((key) => entityLink(key) ?? []),
      ...(neighbours.has(a.id) ? { neighbours: neighbours.get(a.id)! } : {}),
      // Not the previous or next article, linked just below (review 33).
      related: (input.related.get(a.id) ?? []).filter((id) => cards.has(id) && !beside.get(a.id)?.includes(id)).map(card),
      timelineLink,
      card: card(a.id),
      sameDay: (nearby.get(a.id)?.sameDay ?? []).map(card),
      sameMonth: (nearby.get(a.id)?.sameMonth ?? []).map(card),
      breadcrumb: trail(a),
      ...(a.date?.day ? { dayLink: dayLink(a) } : {}),
    });
  });

  const { indexes, letterPages } = splitIndexes(entityIndexes(entities, minArticles));
  const archive: Omit<Archive, 'sitemaps'> = {
    site,
    summary: {
      articles: countOf(articles.length, 'article'),
      undated: countOf(undatedArticles.length, 'article'),
      topics: countOf(topics.length, 'sujet'),
      ...(yearNumbers.length ? { span: yearNumbers.length > 1 ? `de ${yearNumbers.at(-1)} à ${yearNumbers[0]}` : `en ${yearNumbers[0]}` } : {}),
    },
    articles,
    redirects: sorted.flatMap((a) => (a.aliases ?? []).map((url) => ({ url, article: card(a.id) }))).sort((a, b) => (a.url < b.url ? -1 : 1)),
    latest: sorted.slice(0, LATEST_SIZE).map((a) => card(a.id)),
    topics,
    topicPages: topics.flatMap((topic) => paginate(topic.url, kindTitle(topic.label, 'sujet'), topicCards.get(topic.slug)!)
      .map((p, i) => extend(p, { topic: topicHeads.get(topic.slug)!, ...(i === 0 ? { view: topic, topics } : {}) }))),
    topicYearPages: topics.flatMap((topic) => {
      const { byYear } = topicYears(topic.slug, topicCards.get(topic.slug)!);
      return topic.years.flatMap((year) => paginate(year.url, kindTitle(`${topic.label} en ${year.year}`, 'sujet'), byYear.get(year.year)!)
        .map((p, i) => extend(p, { topic: topicHeads.get(topic.slug)!, year: { year: year.year, url: year.url }, ...(i === 0 ? { view: topic, yearView: year } : {}) })));
    }),
    topicGroups: topicGroups(topics, monthKeys[monthKeys.length - 1]),
    entities,
    entityPages,
    entityIndexes: indexes,
    entityLetterPages: letterPages,
    entityMenu: indexes.map(({ kind, title, url }) => ({ kind, title, url })),
    entityStats: entityStats([...entityMap.values()], minArticles),
    years,
    months,
    monthPages,
    undated: undatedShelf.length ? [] : undatedCards,
    shelfPages: [...undatedShelf, ...yearOnlyShelves],
    ...(undatedCards.length ? { undatedUrl } : {}),
    chart: monthBars(countMonths(sorted)),
    feedItems: feedCards(articles.map((a) => a.card)),
  };
  return { ...archive, sitemaps: sitemapFiles(sitePages(archive)) };
}

