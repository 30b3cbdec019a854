/** The pages of a person, organisation or place: its articles, 20 a page; on its first page, its years (each leading to its newest article of that year, on its page) and its months. */
import type { Archive } from '../../src/model.ts';
import { href } from '../../src/site/filters/href.ts';
import { filters } from '../../src/site/filters/index.ts';
import { esc } from '../../src/site/html.ts';
import { basePage } from '../../src/site/views/base.ts';
import { listingChart } from '../../src/site/views/charts.ts';
import { topicYears } from '../../src/site/views/topics.ts';
import type { PageData, Pagination } from '../../src/site/views/page.ts';
import { firstFacts, listingMain, numberedFacts } from '../../src/site/views/pager.ts';
import { plural } from '../../src/text/french-counts.ts';

type Data = PageData & { listing: Archive['entityPages'][number] };

export const data = {
  pagination: {
    data: 'archive.entityPages',
    size: 1,
    alias: 'listing',
  } satisfies Pagination<'listing'>,
  permalink: ({ listing }: Data) => listing.url,
};

export function render({ archive, urls, csp, listing }: Data): string {
  const { entity, view } = listing;
  const pageDescription = view
    ? `${view.articleCount.label} des archives ${plural(view.count, 'cite', 'citent')} ${entity.name}, du plus récent au plus ancien.`
    : `Articles citant ${entity.name}${listing.span ? `, ${listing.span}` : ''}.`;
  const layout = { archive, urls, csp, navSection: entity.kind, pageTitle: listing.title, canonicalUrl: listing.url, pageDescription };
  return basePage(layout, content(archive.site.basePath, listing));
}

function content(base: string, listing: Data['listing']): string {
  const entity = listing.entity;
  const front = listing.view;
  const chart = front ? listingChart(front.months, 'graphique-entite', 'Articles par mois', base) : '';
  const years = front?.years.length ? `
    <section class="side-block" aria-labelledby="entite-annees">
      <h2 id="entite-annees" class="section-title">Année par année</h2>
      ${topicYears(front.years, base)}
    </section>` : '';
  return `<header class="page-header">
  <p class="kicker"><a href="${esc(href(entity.indexUrl, base))}">${esc(entity.kindLabel)}</a></p>
  <h1>${esc(filters.typo(entity.name))}</h1>
  <p class="page-facts">${esc(front ? firstFacts(listing, front.articleCount.label) : numberedFacts(listing))}</p>
</header>
<div class="listing">
  ${listingMain(listing, base, { yearAnchors: true })}${chart || years ? `
  <aside class="listing-side" aria-label="Au fil du temps">${years}${chart ? `
    <section class="side-block" aria-labelledby="entite-mois">
      <h2 id="entite-mois" class="section-title">Au fil des mois</h2>
      ${chart}
    </section>` : ''}
  </aside>` : ''}
</div>
`;
}
