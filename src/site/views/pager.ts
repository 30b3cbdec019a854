/**
 * The pages of a listing, as HTML, in `order` (newest first by default). It lists the first and
 * last pages and the current one's neighbours; a gap (…) stands for the rest. Only a line break
 * for a single page.
 */
import type { ListPage, Pager, PagerItem } from '../../model.ts';
import { cardList, type CardOptions } from './cards.ts';
import { href } from '../filters/href.ts';
import { esc } from '../html.ts';

/**
 * The words of the links to the previous and next pages: a listing runs newest first, so its
 * previous page holds newer articles; a month runs in date order, so its previous page holds
 * older ones; other lists (the undated articles, by title) say only which way.
 */
const LINKS = {
  newestFirst: { prev: '← Plus récents', next: 'Plus anciens →' },
  dateOrder: { prev: '← Plus anciens', next: 'Plus récents →' },
  neutral: { prev: '← Précédents', next: 'Suivants →' },
} as const;

/** A page's label, after the words screen readers hear first (`hint`), if any. */
function itemLabel(i: PagerItem): string {
  return `${i.hint ? `<span class="visually-hidden">${esc(i.hint)} </span>` : ''}${esc(i.label)}`;
}

export function pager(p: Pager, base: string, order: keyof typeof LINKS = 'newestFirst'): string {
  if (!p.pages.length) return '\n';
  return `<nav class="pager" aria-label="Pages de la liste">${p.prevUrl ? `
  <a class="pager-prev" rel="prev" href="${esc(href(p.prevUrl, base))}">${LINKS[order].prev}</a>` : ''}
  <ol>${p.pages.map((i) => `
    <li>${i.current ? `<span aria-current="page">${itemLabel(i)}</span>` : i.url ? `<a href="${esc(href(i.url, base))}"${i.name ? ` aria-label="${esc(i.name)}"` : ''}>${itemLabel(i)}</a>` : `<span class="pager-gap">${esc(i.label)}</span>`}</li>`).join('')}
  </ol>${p.nextUrl ? `
  <a class="pager-next" rel="next" href="${esc(href(p.nextUrl, base))}">${LINKS[order].next}</a>` : ''}
</nav>
`;
}

/**
 * The main column of a listing page (topic, topic year, entity): its article cards and its
 * pages, as HTML, at the indentation of `<div class="listing">`'s children.
 */
export function listingMain(listing: ListPage, base: string, options: Pick<CardOptions, 'yearAnchors'> = {}): string {
  return `<div class="listing-main">
    <h2 class="visually-hidden">Articles</h2>
    ${cardList(listing.items, base, options)}${pager(listing.pager, base)}
  </div>`;
}

/**
 * What the first page of a listing says of itself, after its title: `counts` (its listing's
 * articles), its order, and when the listing has several pages, how many and the dates this one
 * holds.
 * @example firstFacts({ span: '3 mars 2020 – 12 avril 2020', pager: { position: 'page 1 sur 3', pages: [] } }, '45 articles') // '45 articles, du plus récent au plus ancien · page 1 sur 3 · 3 mars 2020 – 12 avril 2020'
 */
export function firstFacts(listing: Pick<ListPage, 'span' | 'pager'>, counts: string): string {
  return `${counts}, du plus récent au plus ancien${listing.pager.position ? ` · ${listing.pager.position}` : ''}${listing.span ? ` · ${listing.span}` : ''}`;
}

/**
 * What a numbered page of a listing says of itself, after its title: its order and the dates
 * it spans (its listing's counts are on the first page only).
 * @example numberedFacts({ span: '3 mars 2020 – 12 avril 2020' }) // 'Du plus récent au plus ancien · 3 mars 2020 – 12 avril 2020'
 */
export function numberedFacts(listing: Pick<ListPage, 'span'>): string {
  return `Du plus récent au plus ancien${listing.span ? ` · ${listing.span}` : ''}`;
}
