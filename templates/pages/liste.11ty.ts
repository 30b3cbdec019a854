/**
 * The pages of a list too long for the page that would hold it, by title or in the archive's
 * order: the undated articles, a year's articles dated to the year only (src/enrich/archive.ts, `shelf`).
 */
import type { ShelfPage } from '../../src/model.ts';
import { esc } from '../../src/site/html.ts';
import { basePage } from '../../src/site/views/base.ts';
import { cardList } from '../../src/site/views/cards.ts';
import { kicker } from '../../src/site/views/kicker.ts';
import type { PageData, Pagination } from '../../src/site/views/page.ts';
import { pager } from '../../src/site/views/pager.ts';

type Data = PageData & { listing: ShelfPage };

export const data = {
  pagination: {
    data: 'archive.shelfPages',
    size: 1,
    alias: 'listing',
  } satisfies Pagination<'listing'>,
  permalink: ({ listing }: Data) => listing.url,
};

export function render({ archive, urls, csp, listing }: Data): string {
  const layout = { archive, urls, csp, navSection: 'chronologie', pageTitle: listing.title, canonicalUrl: listing.url, pageDescription: `${listing.lead}.` };
  const base = archive.site.basePath;
  return basePage(layout, `<header class="page-header">
  <p class="kicker">${kicker(listing.kicker, base)}</p>
  <h1>${esc(listing.heading)}</h1>
  <p class="lead">${esc(listing.lead)}.</p>
</header>
<div class="listing-main">
  <h2 class="visually-hidden">Articles</h2>
  ${cardList(listing.items, base)}${pager(listing.pager, base, 'neutral')}
</div>
`);
}
