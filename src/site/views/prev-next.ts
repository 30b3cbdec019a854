/**
 * Previous and next, as HTML: articles, months, years, with the words, titles and details the
 * archive gives them. `indent` is the page's indentation where the navigation sits, so that its
 * lines align in the page source.
 */
import type { NeighbourLink, Neighbours } from '../../model.ts';
import { href } from '../filters/href.ts';
import { filters } from '../filters/index.ts';
import { esc } from '../html.ts';

/** The inside of one link. */
function neighbour(side: NeighbourLink): string {
  return `<span class="dir">${esc(side.direction)}</span> <span class="t">${filters.typoRich(side.title)}</span>${side.detail ? ` <span class="d">${esc(side.detail)}</span>` : ''}`;
}

export function prevNext(nav: Neighbours, base: string, indent = ''): string {
  return `<nav class="prev-next${nav.compact ? ' prev-next-compact' : ''}" aria-label="${esc(nav.label)}">${nav.prev ? `
${indent}  <a class="prev" rel="prev" href="${esc(href(nav.prev.url, base))}">${neighbour(nav.prev)}</a>` : ''}${nav.next ? `
${indent}  <a class="next" rel="next" href="${esc(href(nav.next.url, base))}">${neighbour(nav.next)}</a>` : ''}
${indent}</nav>`;
}
