/**
 * The pages of a topic: its articles, 20 a page, and its feed; on its first page, also its years
 * and months and the other topics (numbered pages show nothing that changes as articles arrive).
 */
import type { Archive, TopicView } from '../../src/model.ts';
import { href } from '../../src/site/filters/href.ts';
import { filters } from '../../src/site/filters/index.ts';
import { esc } from '../../src/site/html.ts';
import { basePage } from '../../src/site/views/base.ts';
import { listingChart } from '../../src/site/views/charts.ts';
import type { PageData, Pagination } from '../../src/site/views/page.ts';
import { firstFacts, listingMain, numberedFacts } from '../../src/site/views/pager.ts';
import { topicYears } from '../../src/site/views/topics.ts';

type Data = PageData & { listing: Archive['topicPages'][number] };
/** What the first page adds: the topic's counts and charts, and the other topics. */
type Front = { topic: TopicView; topics: TopicView[] };
const { typo } = filters;

export const data = {
  pagination: {
    data: 'archive.topicPages',
    size: 1,
    alias: 'listing',
  } satisfies Pagination<'listing'>,
  permalink: ({ listing }: Data) => listing.url,
};

export function render({ archive, urls, csp, listing }: Data): string {
  const topic = listing.topic;
  const layout = {
    archive, urls, csp, navSection: 'sujets',
    pageTitle: listing.title, canonicalUrl: listing.url, pageDescription: topic.description,
    pageFeed: { label: topic.label, url: topic.feedUrl },
  };
  return basePage(layout, content(archive.site.basePath, urls, listing));
}

function content(base: string, urls: Data['urls'], listing: Data['listing']): string {
  const topic = listing.topic;
  const front = listing.view && listing.topics ? { topic: listing.view, topics: listing.topics } : undefined;
  return `<header class="page-header">
  <p class="kicker"><a href="${esc(href(urls.topics, base))}">Sujets</a></p>
  <h1>${esc(typo(topic.label))}</h1>${topic.description ? `
  <p class="lead">${esc(typo(topic.description))}</p>` : ''}
  <p class="page-facts">${esc(front ? firstFacts(listing, front.topic.articleCount.label) : numberedFacts(listing))}</p>
</header>
<div class="listing">
  ${listingMain(listing, base)}
  <aside class="listing-side" aria-label="Autour du sujet">${front ? frontSide(base, front) : `
    <p class="more"><a href="${esc(href(topic.url, base))}">Tout le sujet, ses années et ses mois</a></p>`}
    <section class="side-block" aria-labelledby="sujet-suivre">
      <h2 id="sujet-suivre" class="section-title">Suivre ce sujet</h2>
      <p class="side-note"><a class="feed-link" href="${esc(href(topic.feedUrl, base))}">Flux Atom «&#8239;${esc(typo(topic.label))}&#8239;»</a></p>
    </section>${front ? otherTopics(base, front) : ''}
  </aside>
</div>
`;
}

function frontSide(base: string, front: Front): string {
  const chart = listingChart(front.topic.months, 'graphique-sujet', 'Articles du sujet par mois', base);
  return `
    <section class="side-block" aria-labelledby="sujet-annees">
      <h2 id="sujet-annees" class="section-title">Année par année</h2>
      ${topicYears(front.topic.years, base)}
    </section>${chart ? `
    <section class="side-block" aria-labelledby="sujet-mois">
      <h2 id="sujet-mois" class="section-title">Au fil des mois</h2>
      ${chart}
    </section>` : ''}`;
}

function otherTopics(base: string, front: Front): string {
  return `
    <section class="side-block" aria-labelledby="sujet-autres">
      <h2 id="sujet-autres" class="section-title">Tous les sujets</h2>
      <ul class="topic-counts">${front.topics.map((t) => `
        <li><a href="${esc(href(t.url, base))}"${t.slug === front.topic.slug ? ' aria-current="page"' : ''}>${esc(typo(t.label))}</a> <span class="count">${esc(t.articleCount.figure)}<span class="visually-hidden"> ${esc(t.articleCount.noun)}</span></span></li>`).join('')}
      </ul>
    </section>`;
}
