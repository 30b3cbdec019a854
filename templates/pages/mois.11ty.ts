/** The pages of a month: its articles day by day, the days of the month, the months of its year. */
import type { MonthPage } from '../../src/model.ts';
import { href } from '../../src/site/filters/href.ts';
import { capitalize, esc } from '../../src/site/html.ts';
import { basePage } from '../../src/site/views/base.ts';
import { cardList } from '../../src/site/views/cards.ts';
import { kicker } from '../../src/site/views/kicker.ts';
import type { PageData, Pagination } from '../../src/site/views/page.ts';
import { pager } from '../../src/site/views/pager.ts';
import { prevNext } from '../../src/site/views/prev-next.ts';
import { fromMonth } from '../../src/text/french-dates.ts';

type Data = PageData & { listing: MonthPage };

export const data = {
  pagination: {
    data: 'archive.monthPages',
    size: 1,
    alias: 'listing',
  } satisfies Pagination<'listing'>,
  permalink: ({ listing }: Data) => listing.url,
};

export function render({ archive, urls, csp, listing }: Data): string {
  const month = listing.month;
  const page = listing.pager.position ? ` (${listing.pager.position})` : '';
  const pageDescription = `${month.articleCount.label} ${fromMonth(month.label)}, jour par jour${page}.`;
  const layout = { archive, urls, csp, navSection: 'chronologie', pageTitle: listing.title, canonicalUrl: listing.url, pageDescription };
  return basePage(layout, content(archive.site.basePath, urls, listing));
}

function content(base: string, urls: Data['urls'], listing: MonthPage): string {
  const month = listing.month;
  return `<header class="page-header">
  <p class="kicker">${kicker([{ label: 'Chronologie', url: urls.timeline }, { label: String(month.year), url: month.yearUrl }], base)}</p>
  <h1>${esc(capitalize(month.label))}</h1>
  <p class="lead">${esc(month.articleCount.label)}, dans l’ordre des dates${listing.pager.position ? ` · ${esc(listing.pager.position)}` : ''}</p>${listing.dayIndex.length > 1 ? `
  <nav class="day-index" aria-label="Jours du mois">
    <ol>${listing.dayIndex.map((d) => `
      <li${d.here ? '' : ' class="elsewhere"'}><a href="${esc(href(d.url, base))}" aria-label="${esc(d.title)}">${esc(d.label)}</a></li>`).join('')}
    </ol>
  </nav>` : ''}
</header>
<div class="listing">
  <div class="listing-main">${listing.days.map((d) => `
    <section class="day" aria-labelledby="${esc(d.anchor)}">
      <h2 id="${esc(d.anchor)}" class="day-title"><time datetime="${esc(d.dateIso)}">${esc(d.label)}</time></h2>
      ${cardList(d.articles, base, { showDate: false })}
    </section>`).join('')}${pager(listing.pager, base, 'dateOrder')}
    ${prevNext(month.neighbours, base, '    ')}
  </div>
  <aside class="listing-side" aria-labelledby="annee-mois">
    <h2 id="annee-mois" class="section-title">${month.year}, mois par mois</h2>
    <ul class="year-counts">${month.yearCalendar.map((m) => `
      <li${m.url ? '' : ' class="empty"'}>${m.url ? `<a href="${esc(href(m.url, base))}"${m.key === month.key ? ' aria-current="page"' : ''}>${esc(m.label)}</a>` : `<span>${esc(m.label)}</span>`}${m.outside ? '' : ` <span class="count">${esc(m.articleCount.figure)}<span class="visually-hidden"> ${esc(m.articleCount.noun)}</span></span>`}</li>`).join('')}
    </ul>
    <p class="more"><a href="${esc(href(month.yearUrl, base))}">Toute l’année ${month.year}</a></p>
  </aside>
</div>
`;
}
