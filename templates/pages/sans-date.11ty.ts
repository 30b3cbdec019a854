/** The pages of the undated articles, by title, when they are too many for the timeline page (src/enrich/archive.ts). */
import type { UndatedPage } from '../../src/model.ts';
import { href } from '../../src/site/filters/href.ts';
import { esc } from '../../src/site/html.ts';
import { basePage } from '../../src/site/views/base.ts';
import { cardList } from '../../src/site/views/cards.ts';
import type { PageData, Pagination } from '../../src/site/views/page.ts';
import { pager } from '../../src/site/views/pager.ts';

type Data = PageData & { listing: UndatedPage };

export const data = {
  pagination: {
    data: 'archive.undatedPages',
    size: 1,
    alias: 'listing',
  } satisfies Pagination<'listing'>,
  permalink: ({ listing }: Data) => listing.url,
};

export function render({ archive, urls, csp, listing }: Data): string {
  const page = listing.pager.position ? ` · ${listing.pager.position}` : '';
  const pageDescription = `${archive.summary.undated.label} sans date connue, par ordre alphabétique${page}.`;
  const layout = { archive, urls, csp, navSection: 'chronologie', pageTitle: listing.title, canonicalUrl: listing.url, pageDescription };
  const base = archive.site.basePath;
  return basePage(layout, `<header class="page-header">
  <p class="kicker"><a href="${esc(href(urls.timeline, base))}">Chronologie</a></p>
  <h1>Articles sans date</h1>
  <p class="lead">${esc(pageDescription)}</p>
</header>
<div class="listing-main">
  <h2 class="visually-hidden">Articles</h2>
  ${cardList(listing.items, base)}${pager(listing.pager, base, 'titleOrder')}
</div>
`);
}
