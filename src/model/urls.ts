/**
 * The URL map: the site path of every page (no base path; templates add it with the `href`
 * filter, feeds and the sitemap with `absoluteUrl`). The archive (src/enrich/archive.ts), the
 * feeds and sitemap (src/site/feeds.ts) and the templates (as the global data `urls`) take their
 * URLs from here, so a page's address is written once. Pure; imports only model types and the
 * flat-string tag (./flat-string.ts).
 */
import type { DateInfo, EntityKind } from '../model.ts';
import { flat } from './flat-string.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Pages with a fixed address, for templates (global data `urls`), feeds and the sitemap. */
export const SITE_URLS = {
  home: '/',
  topics: '/sujets/',
  timeline: '/chronologie/',
  /** The undated articles, at the end of the timeline. */
  undated: '/chronologie/#sans-date',
  search: '/recherche/',
  atomFeed: '/flux.xml',
  jsonFeed: '/flux.json',
  sitemap: '/sitemap.xml',
  robots: '/robots.txt',
  notFound: '/404.html',
} as const;

/**
 * The address of the sitemap's `n`th file (from 1) when the site has more pages than one file may
 * list; `SITE_URLS.sitemap` is then their index (src/enrich/sitemap.ts).
 * @example sitemapPartUrl(2) // '/sitemap-2.xml'
 */
export function sitemapPartUrl(n: number): string {
  return `/sitemap-${n}.xml`;
}

/**
 * The undated articles' own pages, when they are too many to follow the timeline on its page
 * (src/enrich/archive.ts); `SITE_URLS.undated` otherwise.
 */
export const UNDATED_PAGES_URL = '/chronologie/sans-date/';

/** The folder of each kind of entity: `/personnes/`, `/organisations/`, `/lieux/`. */
export const ENTITY_FOLDERS: Readonly<Record<EntityKind, string>> = { person: 'personnes', organisation: 'organisations', place: 'lieux' };

/** Anchor of the articles dated to the year only, on the year page. */
export const YEAR_ONLY_ANCHOR = 'annee-seule';

/**
 * An article, under its year and month; year-only under the year, undated under `sans-date`.
 * @example articleUrl({ year: 2024, month: 3 }, 'budget') // '/articles/2024/03/budget/'
 * @example articleUrl(undefined, 'budget') // '/articles/sans-date/budget/'
 */
export function articleUrl(date: Pick<DateInfo, 'year' | 'month'> | undefined, slug: string): string {
  if (!date) return flat`/articles/sans-date/${slug}/`;
  if (!date.month) return flat`/articles/${date.year}/${slug}/`;
  return flat`/articles/${date.year}/${pad(date.month)}/${slug}/`;
}

/** @example topicUrl('politique') // '/sujets/politique/' */
export function topicUrl(slug: string): string {
  return flat`${SITE_URLS.topics}${slug}/`;
}

/** @example topicFeedUrl('politique') // '/sujets/politique/flux.xml' */
export function topicFeedUrl(slug: string): string {
  return flat`${topicUrl(slug)}flux.xml`;
}

/** A topic's articles of one year. @example topicYearUrl('politique', 2018) // '/sujets/politique/2018/' */
export function topicYearUrl(slug: string, year: number): string {
  return flat`${topicUrl(slug)}${year}/`;
}

/** @example yearUrl(2018) // '/chronologie/2018/' */
export function yearUrl(year: number): string {
  return flat`${SITE_URLS.timeline}${year}/`;
}

/** The year page's articles dated to the year only. @example yearOnlyUrl(2018) // '/chronologie/2018/#annee-seule' */
export function yearOnlyUrl(year: number): string {
  return flat`${yearUrl(year)}#${YEAR_ONLY_ANCHOR}`;
}

/**
 * The pages of a year's articles dated to the year only, when they are too many for the year page.
 * @example yearOnlyPagesUrl(2018) // '/chronologie/2018/annee-seule/'
 */
export function yearOnlyPagesUrl(year: number): string {
  return flat`${yearUrl(year)}${YEAR_ONLY_ANCHOR}/`;
}

/** @example monthUrl(2018, 6) // '/chronologie/2018/06/' */
export function monthUrl(year: number, month: number): string {
  return flat`${yearUrl(year)}${pad(month)}/`;
}

/** A month from its key. @example monthKeyUrl('2018-06') // '/chronologie/2018/06/' */
export function monthKeyUrl(key: string): string {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return monthUrl(year, month);
}

/**
 * Page `n` (1-based) of a listing whose first page is `firstUrl`.
 * @example listPageUrl('/sujets/politique/', 1) // '/sujets/politique/'
 * @example listPageUrl('/sujets/politique/', 3) // '/sujets/politique/page/3/'
 */
export function listPageUrl(firstUrl: string, n: number): string {
  return n === 1 ? firstUrl : numberedPageUrl(firstUrl, n);
}

/**
 * Numbered page `n` of a listing counted from its oldest articles (src/enrich/archive.ts,
 * `paginate`), whose first page, `firstUrl`, holds the newest.
 * @example numberedPageUrl('/sujets/politique/', 1) // '/sujets/politique/page/1/'
 */
export function numberedPageUrl(firstUrl: string, n: number): string {
  return flat`${firstUrl}page/${n}/`;
}

/**
 * The anchor of a listing page's first article of a year, where an entity's years lead.
 * @example yearAnchor(2019) // 'annee-2019'
 */
export function yearAnchor(year: number): string {
  return `annee-${year}`;
}

/** A place on a page. @example anchorUrl('/chronologie/2024/03/page/2/', '15') // '/chronologie/2024/03/page/2/#15' */
export function anchorUrl(pageUrl: string, anchor: string): string {
  return flat`${pageUrl}#${anchor}`;
}

/** @example entityIndexUrl('place') // '/lieux/' */
export function entityIndexUrl(kind: EntityKind): string {
  return flat`/${ENTITY_FOLDERS[kind]}/`;
}

/**
 * The page of one letter of a large entity index (src/enrich/entity-pages.ts, `splitIndexes`):
 * two levels down, so that no entity's slug can take it.
 * @example entityLetterUrl('person', 'm') // '/personnes/a-z/m/'
 */
export function entityLetterUrl(kind: EntityKind, letter: string): string {
  return flat`${entityIndexUrl(kind)}a-z/${letter}/`;
}

/** @example entityUrl('person', 'mark-zuckerberg') // '/personnes/mark-zuckerberg/' */
export function entityUrl(kind: EntityKind, slug: string): string {
  return flat`${entityIndexUrl(kind)}${slug}/`;
}
