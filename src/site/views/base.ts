/**
 * The page around every page's content, as HTML: head (title, description, canonical link,
 * Open Graph, feeds, JSON-LD, scripts), masthead with navigation and search form, footer.
 * TypeScript pages call it directly; Nunjucks pages reach it as the layout
 * templates/layouts/base.11ty.ts.
 */
import type { ArchiveArticle } from '../../model.ts';
import { absoluteUrl, href } from '../filters/href.ts';
import { filters } from '../filters/index.ts';
import { esc } from '../html.ts';
import { articleJsonLd } from '../json-ld.ts';
import type { PageData } from './page.ts';

/** What a page tells its layout, besides the global data. */
export interface LayoutData extends PageData {
  pageTitle?: string;
  pageDescription?: string;
  canonicalUrl: string;
  /** `article` on article pages; `website` otherwise. */
  ogType?: string;
  /** Extra class of `<main>`. */
  pageClass?: string;
  /** Which item of the main navigation is current: `sujets`, `chronologie`, `recherche`, or an entity kind (`person`, `organisation`, `place`). */
  navSection?: string;
  /** The page has its own search form: no form in the masthead. */
  searchInPage?: boolean;
  pageStyles?: string[];
  /** Style sheets for a browser without JavaScript only (the search page hides its form there). */
  noscriptStyles?: string[];
  /** A feed of this page's articles. */
  pageFeed?: { label: string; url: string };
  /** The page is a former address: the browser goes on to this one at once (and search engines with it). */
  redirectTo?: string;
  /** On article pages: published time, tags and JSON-LD in the head. */
  article?: ArchiveArticle;
}

/** The masthead's search form. */
export function searchForm(base: string, searchUrl: string): string {
  return `<form class="search-form" role="search" action="${esc(href(searchUrl, base))}" method="get">
  <label for="q-entete" class="visually-hidden">Rechercher dans les archives</label>
  <input id="q-entete" name="q" type="search" placeholder="Rechercher…" autocomplete="off">
  <button type="submit">Rechercher</button>
</form>
`;
}

export function basePage(data: LayoutData, content: string): string {
  const { archive, urls, csp, pageTitle, pageDescription, canonicalUrl, article, navSection } = data;
  const site = archive.site;
  const base = site.basePath;
  const current = (section: string) => (navSection === section ? ' aria-current="true"' : '');
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${pageTitle ? `${esc(filters.typo(filters.shortTitle(pageTitle)))} · ` : ''}${esc(site.title)}</title>
<meta name="description" content="${esc(filters.typo(pageDescription || site.description))}">${data.redirectTo ? `
<meta http-equiv="refresh" content="0; url=${esc(href(data.redirectTo, base))}">
<meta name="robots" content="noindex">` : ''}
<link rel="canonical" href="${esc(absoluteUrl(canonicalUrl, site))}">
<meta property="og:site_name" content="${esc(site.title)}">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="${esc(data.ogType || 'website')}">
<meta property="og:title" content="${esc(filters.typo(pageTitle || site.title))}">
<meta property="og:description" content="${esc(filters.typo(pageDescription || site.description))}">
<meta property="og:url" content="${esc(absoluteUrl(canonicalUrl, site))}">${article && article.date ? `
<meta property="article:published_time" content="${esc(article.date.iso)}">` : ''}${(article?.topicLinks ?? []).map((t) => `
<meta property="article:tag" content="${esc(t.label)}">`).join('')}
<meta name="color-scheme" content="light dark">
<link rel="icon" href="${esc(href('/favicon.svg', base))}" type="image/svg+xml">
<link rel="stylesheet" href="${esc(href('/css/kiosque.css', base))}">${(data.pageStyles ?? []).map((s) => `
<link rel="stylesheet" href="${esc(href(s, base))}">`).join('')}${(data.noscriptStyles ?? []).map((s) => `
<noscript><link rel="stylesheet" href="${esc(href(s, base))}"></noscript>`).join('')}
<link rel="alternate" type="application/atom+xml" title="${esc(site.title)} (Atom)" href="${esc(href(urls.atomFeed, base))}">
<link rel="alternate" type="application/feed+json" title="${esc(site.title)} (JSON Feed)" href="${esc(href(urls.jsonFeed, base))}">${data.pageFeed ? `
<link rel="alternate" type="application/atom+xml" title="${esc(data.pageFeed.label)} (Atom)" href="${esc(href(data.pageFeed.url, base))}">` : ''}${article ? `
<script type="application/ld+json">${filters.jsonForScript(articleJsonLd(article, site))}</script>` : ''}
<script type="module" src="${esc(href('/js/kiosque.js', base))}"></script>
</head>
<body>
<a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="masthead">
  <div class="masthead-inner">
    <p class="masthead-tagline">${esc(filters.typo(site.description))}</p>
    <a class="brand" href="${esc(href(urls.home, base))}"${canonicalUrl === urls.home ? ' aria-current="page"' : ''}>${esc(site.title)}</a>
    <div class="masthead-bar">
      <nav class="main-nav" aria-label="Navigation principale">
        <ul>
          <li><a href="${esc(href(urls.topics, base))}"${current('sujets')}>Sujets</a></li>${archive.entityMenu.map((i) => `
          <li><a href="${esc(href(i.url, base))}"${current(i.kind)}>${esc(i.title)}</a></li>`).join('')}
          <li><a href="${esc(href(urls.timeline, base))}"${current('chronologie')}>Chronologie</a></li>
          <li><a href="${esc(href(urls.search, base))}"${current('recherche')}>Recherche</a></li>
        </ul>
      </nav>${data.searchInPage ? '' : `
      ${searchForm(base, urls.search)}`}
    </div>
  </div>
</header>
<main id="contenu" class="page${data.pageClass ? ` ${esc(data.pageClass)}` : ''}" tabindex="-1">
${content}
</main>
<footer class="site-footer">
  <div class="site-footer-inner">
    <p class="footer-brand">${esc(site.title)}</p>
    <ul class="footer-links">
      <li><a href="${esc(href(urls.topics, base))}">Sujets</a></li>${archive.entityMenu.map((i) => `
      <li><a href="${esc(href(i.url, base))}">${esc(i.title)}</a></li>`).join('')}
      <li><a href="${esc(href(urls.timeline, base))}">Chronologie</a></li>
      <li><a href="${esc(href(urls.atomFeed, base))}">Flux Atom</a></li>
      <li><a href="${esc(href(urls.jsonFeed, base))}">JSON Feed</a></li>
    </ul>
  </div>
</footer>
</body>
</html>
`;
}
