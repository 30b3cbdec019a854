/**
 * The JSON-LD of an article page (schema.org NewsArticle, with the page's BreadcrumbList), made
 * from the article as the page renders: the archive does not hold it, so that no build keeps,
 * sends to renderer processes or hashes for page reuse a second copy of each article's fields.
 */
import type { ArchiveArticle, Link, SiteOptions } from '../model.ts';
import { filters } from './filters/index.ts';
import { absoluteUrl } from './filters/href.ts';

/** Typography as the page's templates set it (kept for the texts every page repeats: topic labels, entity names). */
const typo = filters.typo;

/** What the JSON-LD reads of an article. */
export type JsonLdSource = Pick<ArchiveArticle, 'url' | 'title' | 'date' | 'wordCount' | 'topicLinks' | 'source' | 'author' | 'originalUrl' | 'entityLinks' | 'breadcrumb'> & {
  card: Pick<ArchiveArticle['card'], 'excerpt'>;
};

/**
 * Texts are typeset as the page shows them (`l’IA`, `« … »`), so that what a search engine or a
 * reader's app quotes from the JSON-LD reads as the page does.
 * @example articleJsonLd(article, site)['@type'] // 'NewsArticle'
 * @example articleJsonLd(article, site).description // the article's excerpt (its card's)
 */
export function articleJsonLd(a: JsonLdSource, site: SiteOptions): Record<string, unknown> {
  const canonical = absoluteUrl(a.url, site);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: typo(a.title),
    ...(a.date ? { datePublished: a.date.iso } : {}),
    inLanguage: 'fr',
    url: canonical,
    // One JSON-LD block per page: the breadcrumb belongs to the page the article is the main entity of.
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonical, breadcrumb: breadcrumbJsonLd(a.breadcrumb, site) },
    description: typo(a.card.excerpt),
    wordCount: a.wordCount,
    keywords: a.topicLinks.map((t) => typo(t.label)),
    ...(a.source ? { publisher: { '@type': 'Organization', name: typo(a.source) } } : {}),
    ...(a.author ? { author: { '@type': 'Person', name: typo(a.author) } } : {}),
    ...(a.originalUrl ? { isBasedOn: a.originalUrl } : {}),
    // What the page lists (entities with a page of their own), as it names them, with that page:
    // structured data describes what a reader sees, and names found in one article only are
    // neither shown nor checked by a second mention.
    ...(a.entityLinks.length ? { about: a.entityLinks.map((e) => ({ '@type': e.kind === 'person' ? 'Person' : e.kind === 'place' ? 'Place' : 'Organization', name: typo(e.label), url: absoluteUrl(e.url, site) })) } : {}),
  };
}

function breadcrumbJsonLd(trail: Link[], site: SiteOptions): Record<string, unknown> {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((l, i) => ({ '@type': 'ListItem', position: i + 1, name: typo(l.label), item: absoluteUrl(l.url, site) })),
  };
}
