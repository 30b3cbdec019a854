/**
 * The people, organisations and places an article names, as HTML: one list per kind, people
 * first, each in the article's order. One list of forty-seven tags, kinds mixed, read as a wall
 * (review 33).
 */
import type { EntityKind, Link } from '../../model.ts';
import { ENTITY_BASE, ENTITY_KINDS } from '../../model/entity-kinds.ts';
import { href } from '../filters/href.ts';
import { filters } from '../filters/index.ts';
import { esc } from '../html.ts';

export function entityGroups(links: readonly (Link & { kind: EntityKind })[], base: string): string {
  return ENTITY_KINDS.map((kind) => {
    const of = links.filter((e) => e.kind === kind);
    return of.length ? `
  <h3 class="entity-kind">${esc(ENTITY_BASE[kind].title)}</h3>
  <ul class="tags">${of.map((e) => `<li class="entity-${esc(e.kind)}"><a href="${esc(href(e.url, base))}">${esc(filters.typo(e.label))}</a></li>`).join('')}</ul>` : '';
  }).join('');
}
