/**
 * Atom, JSON Feed 1.1 and sitemap documents, serialised from the archive's objects; titles and
 * summaries typeset as the pages show them (« … », l’IA, `Mexique :`).
 */
import type { Archive, ArticleCard, SiteOptions, SitemapFile, TopicView } from '../model.ts';
import { SITE_URLS } from '../model/urls.ts';
import { absoluteUrl } from './filters/href.ts';
import { xmlEscape } from './filters/xml.ts';
import { filters } from './filters/index.ts';

/** The pages' typography filter, which keeps what it set: a title is set once for its pages and every feed that lists it. */
const typo = filters.typo;

export interface FeedInput {
  site: SiteOptions;
  title: string;
  /** Site-relative URL of the feed itself and of the page it follows. */
  feedUrl: string;
  pageUrl: string;
  items: ArticleCard[];
}

/** An RFC 3339 timestamp for a date of any precision (Atom requires one); undated → the epoch. */
export function rfc3339(iso: string | undefined): string {
  if (!iso) return '1970-01-01T00:00:00Z';
  if (iso.length > 10) return iso;
  const [y, m = '01', d = '01'] = iso.split('-');
  return `${y}-${m}-${d}T00:00:00Z`;
}

/** The whole archive's newest articles, as the feed at `feedUrl` (`SITE_URLS.atomFeed` or `.jsonFeed`). */
export function archiveFeed(archive: Pick<Archive, 'site' | 'feedItems'>, feedUrl: string): FeedInput {
  return { site: archive.site, title: archive.site.title, feedUrl, pageUrl: SITE_URLS.home, items: archive.feedItems };
}

/** One topic's newest articles, as its Atom feed. */
export function topicFeed(topic: Pick<TopicView, 'label' | 'url' | 'feedUrl' | 'feedItems'>, site: SiteOptions): FeedInput {
  return { site, title: `${site.title} — ${topic.label}`, feedUrl: topic.feedUrl, pageUrl: topic.url, items: topic.feedItems };
}

/** @example atomFeed({ site, title: 'Kiosque', feedUrl: '/flux.xml', pageUrl: '/', items: [] }) */
export function atomFeed(feed: FeedInput): string {
  const abs = (u: string) => xmlEscape(absoluteUrl(u, feed.site));
  const updated = feed.items.map((i) => rfc3339(i.dateIso)).sort().at(-1) ?? '1970-01-01T00:00:00Z';
  const entries = feed.items.map((i) => `  <entry>
    <title>${xmlEscape(typo(i.title))}</title>
    <link href="${abs(i.url)}"/>
    <id>${abs(i.url)}</id>
    <updated>${rfc3339(i.dateIso)}</updated>
    <summary>${xmlEscape(typo(i.excerpt))}</summary>
${i.topics.map((t) => `    <category term="${xmlEscape(t.label)}"/>\n`).join('')}${i.author ?? i.source ? `    <author><name>${xmlEscape((i.author ?? i.source)!)}</name></author>\n` : ''}  </entry>
`).join('');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>${xmlEscape(feed.title)}</title>
  <link href="${abs(feed.feedUrl)}" rel="self"/>
  <link href="${abs(feed.pageUrl)}"/>
  <id>${abs(feed.feedUrl)}</id>
  <updated>${updated}</updated>
  <author><name>${xmlEscape(feed.site.title)}</name></author>
${entries}</feed>
`;
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export function jsonFeed(feed: FeedInput): string {
  const abs = (u: string) => absoluteUrl(u, feed.site);
  return `${JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: abs(feed.pageUrl),
    feed_url: abs(feed.feedUrl),
    language: 'fr',
    items: feed.items.map((i) => ({
      id: abs(i.url),
      url: abs(i.url),
      title: typo(i.title),
      summary: typo(i.excerpt),
      content_text: typo(i.excerpt),
      ...(i.dateIso ? { date_published: rfc3339(i.dateIso) } : {}),
      tags: i.topics.map((t) => t.label),
      ...(i.author ?? i.source ? { authors: [{ name: (i.author ?? i.source)! }] } : {}),
    })),
  }, null, 2)}\n`;
}

/**
 * One file of the sitemap as XML: its pages (a `urlset`) or, for the index of a split sitemap, its
 * parts (a `sitemapindex`), at their absolute addresses.
 * @example sitemapXml({ url: '/sitemap.xml', pages: ['/'] }, site) // '<?xml …><urlset …>\n  <url><loc>https://a.fr/</loc></url>\n</urlset>\n'
 */
export function sitemapXml(file: SitemapFile, site: SiteOptions): string {
  const entries = (tag: string, urls: readonly string[]) => urls.map((u) => `  <${tag}><loc>${xmlEscape(absoluteUrl(u, site))}</loc></${tag}>\n`).join('');
  const [root, tag, urls] = file.parts ? ['sitemapindex', 'sitemap', file.parts] : ['urlset', 'url', file.pages ?? []];
  return `<?xml version="1.0" encoding="utf-8"?>\n<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries(tag, urls)}</${root}>\n`;
}
