/**
 * Article cards, as HTML. `base` is the site's base path; `headingLevel` 2 or 3; `showDate`
 * false where a heading already gives the day (month pages): the card then shows only the time
 * of day, if it has one. The title comes first for screen readers; CSS shows the date above it.
 */
import type { ArticleCard } from '../../model.ts';
import { yearAnchor } from '../../model/urls.ts';
import { href } from '../filters/href.ts';
import { filters } from '../filters/index.ts';
import { esc } from '../html.ts';
import { madeOnce } from './made-once.ts';

const { typo, typoRich } = filters;

export interface CardOptions {
  headingLevel?: number;
  showDate?: boolean;
  /** Gives the first card the lead story's size. */
  leadFirst?: boolean;
  /** Gives the first card of each year its year's anchor (`yearAnchor`), where an entity's years lead. */
  yearAnchors?: boolean;
}

/**
 * Between the date, author and source of a card: a character in the page, so that its text copied
 * or read in a reader view keeps them apart (« 3 décembre 2019 · Orange »); screen readers skip it.
 */
const CARD_SEPARATOR = '<span class="sep" aria-hidden="true"> · </span>';

function cardMeta(item: ArticleCard, base: string, showDate: boolean): string {
  let date = '';
  if (showDate) {
    date = item.dateIso
      ? `<a class="date-link" href="${esc(href(item.dayUrl!, base))}"><time datetime="${esc(item.dateIso)}">${esc(item.dateLabel)}</time></a>`
      : `<span class="undated">${esc(item.dateLabel)}</span>`;
  } else if (item.timeLabel) {
    date = `<time datetime="${esc(item.dateIso)}">${esc(item.timeLabel)}</time>`;
  }
  const facts = [date, item.author ? `<span class="source author">${esc(typo(item.author))}</span>` : '', item.source ? `<span class="source">${esc(typo(item.source))}</span>` : ''];
  return `
  <p class="card-meta">${facts.filter((f) => f).join(CARD_SEPARATOR)}</p>`;
}

/**
 * Cards already made (./made-once.ts): an article's card is one object shared by every list
 * that holds it (src/enrich/archive.ts), and appears on many listing pages (its topics,
 * entities, month, years); it is typeset and escaped once.
 */
const cardOnce = madeOnce<string>();

/** One card. */
export function card(item: ArticleCard, base: string, headingLevel = 3, showDate = true): string {
  return cardOnce(item, `${base}\n${headingLevel}\n${showDate}`, () => cardHtml(item, base, headingLevel, showDate));
}

function cardHtml(item: ArticleCard, base: string, headingLevel: number, showDate: boolean): string {
  return `
<article class="card">
  <h${headingLevel} class="card-title"><a href="${esc(href(item.url, base))}">${typoRich(item.title)}</a></h${headingLevel}>${
    showDate || item.timeLabel || item.source || item.author ? cardMeta(item, base, showDate) : ''}${(item.teaser ?? item.excerpt) ? `
  <p class="excerpt">${typoRich(item.teaser ?? item.excerpt)}</p>` : ''}${item.topics.length ? `
  <ul class="tags">${item.topics.map((t) => `<li><a href="${esc(href(t.url, base))}">${esc(typo(t.label))}</a></li>`).join('')}</ul>` : ''}
</article>
`;
}

/**
 * A list of cards.
 * @example cardList([], '/') // '<ol class="card-list">\n</ol>\n'
 */
export function cardList(items: ArticleCard[], base: string, { headingLevel = 3, showDate = true, leadFirst = false, yearAnchors = false }: CardOptions = {}): string {
  const anchors = yearAnchors ? firstOfYears(items) : new Map<ArticleCard, string>();
  return `<ol class="card-list${leadFirst ? ' card-list-lead' : ''}">${items.map((item) => `
  <li${anchors.has(item) ? ` id="${anchors.get(item)}"` : ''}>${card(item, base, headingLevel, showDate)}</li>`).join('')}
</ol>
`;
}

/** The first dated card of each year of a list, with its year's anchor. */
function firstOfYears(items: readonly ArticleCard[]): Map<ArticleCard, string> {
  const out = new Map<ArticleCard, string>();
  const seen = new Set<number>();
  for (const item of items) {
    const year = item.dateIso ? Number(item.dateIso.slice(0, 4)) : undefined;
    if (year === undefined || seen.has(year)) continue;
    seen.add(year);
    out.set(item, yearAnchor(year));
  }
  return out;
}
