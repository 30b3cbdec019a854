/**
 * The pages of a topic's year (`/sujets/politique/2018/`): its articles, 20 a page; on its first
 * page, also its count and the topic's years (numbered pages show nothing that changes as articles arrive).
 */
import type { Archive } from '../../src/model.ts';
import { href } from '../../src/site/filters/href.ts';
import { filters } from '../../src/site/filters/index.ts';
import { esc } from '../../src/site/html.ts';
import { basePage } from '../../src/site/views/base.ts';
import { kicker } from '../../src/site/views/kicker.ts';
import type { PageData, Pagination } from '../../src/site/views/page.ts';
import { firstFacts, listingMain, numberedFacts } from '../../src/site/views/pager.ts';
import { topicYears } from '../../src/site/views/topics.ts';

type Data = PageData & { listing: Archive['topicYearPages'][number] };
const { typo } = filters;

export const data = {
  pagination: {
    data: 'archive.topicYearPages',
    size: 1,
    alias: 'listing',
  } satisfies Pagination<'listing'>,
  permalink: ({ listing }: Data) => listing.url,
};

export function render({ archive, urls, csp, listing }: Data): string {
  const layout = { archive, urls, csp, navSection: 'sujets', pageTitle: listing.title, canonicalUrl: listing.url, pageDescription: listing.topic.description };
  return basePage(layout, content(archive.site.basePath, urls, listing));
}

function content(base: string, urls: Data['urls'], listing: Data['listing']): string {
  const topic = listing.topic;
  const front = listing.view && listing.yearView ? { topic: listing.view, year: listing.yearView } : undefined;
  return `<header class="page-header">
  <p class="kicker">${kicker([{ label: 'Sujets', url: urls.topics }, { label: typo(topic.label), url: topic.url }], base)}</p>
  <h1>${esc(typo(topic.label))} en ${listing.year.year}</h1>
  <p class="page-facts">${esc(front ? firstFacts(listing, `${front.year.articleCount.label} sur ${front.topic.articleCount.figure}`) : numberedFacts(listing))}</p>
</header>
<div class="listing">
  ${listingMain(listing, base)}
  <aside class="listing-side" aria-labelledby="sujet-annees">
    <h2 id="sujet-annees" class="section-title">${esc(typo(topic.label))}, année par année</h2>${front ? `
    ${topicYears(front.topic.years, base, listing.year.year)}` : `
    <p class="more"><a href="${esc(href(listing.year.url, base))}">Les plus récents de ${listing.year.year}</a></p>`}
    <p class="more"><a href="${esc(href(topic.url, base))}">Tous les articles du sujet</a></p>
  </aside>
</div>
`;
}
