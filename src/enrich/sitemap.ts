/**
 * The sitemap's files: every page of the site, in a stable order, in files of at most
 * `SITEMAP_MAX_URLS` addresses. The sitemap protocol (sitemaps.org) caps a file at 50,000
 * addresses and 50 MB: search engines reject a larger one whole. A site within the cap has one
 * file, `/sitemap.xml`; a larger one (about 25,000 articles and more, with their topic, entity and
 * month pages) gets `/sitemap.xml` as an index of `/sitemap-1.xml`, `/sitemap-2.xml`…, so that
 * robots.txt and anyone who knew the address still find it. Kiosque's addresses are at most a
 * few hundred bytes (slugs of at most 200 characters), so 50,000 of them stay far below 50 MB.
 * Pure; src/site/feeds.ts writes the XML.
 */
import type { Archive, SitemapFile } from '../model.ts';
import { SITE_URLS, sitemapPartUrl } from '../model/urls.ts';

/** Addresses one sitemap file may list (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000;

/** Every page of the site, in a stable order: what the sitemap lists. */
export function sitePages(archive: Pick<Archive, 'articles' | 'topicPages' | 'entityIndexes' | 'entityLetterPages' | 'topicYearPages' | 'entityPages' | 'years' | 'monthPages' | 'shelfPages'>): string[] {
  return [
    SITE_URLS.home, SITE_URLS.topics, SITE_URLS.timeline, SITE_URLS.search,
    ...archive.articles.map((a) => a.url),
    ...archive.topicPages.map((p) => p.url),
    ...archive.entityIndexes.map((i) => i.url),
    ...archive.entityLetterPages.map((p) => p.url),
    ...archive.topicYearPages.map((p) => p.url),
    ...archive.entityPages.map((p) => p.url),
    ...archive.years.map((y) => y.url),
    ...archive.monthPages.map((p) => p.url),
    ...archive.shelfPages.map((p) => p.url),
  ];
}

/**
 * The sitemap's files for these pages: one listing them all, or an index then its parts.
 * @example sitemapFiles(['/', '/sujets/']) // [{ url: '/sitemap.xml', pages: ['/', '/sujets/'] }]
 * @example sitemapFiles(['/', '/a/', '/b/'], 2).map((f) => f.url) // ['/sitemap.xml', '/sitemap-1.xml', '/sitemap-2.xml']
 */
export function sitemapFiles(pages: readonly string[], maxUrls = SITEMAP_MAX_URLS): SitemapFile[] {
  if (pages.length <= maxUrls) return [{ url: SITE_URLS.sitemap, pages: [...pages] }];
  const parts: SitemapFile[] = [];
  for (let start = 0; start < pages.length; start += maxUrls) parts.push({ url: sitemapPartUrl(parts.length + 1), pages: pages.slice(start, start + maxUrls) });
  return [{ url: SITE_URLS.sitemap, parts: parts.map((p) => p.url) }, ...parts];
}
