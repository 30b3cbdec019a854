/**
 * A year's calendar, as HTML: the twelve months as a grid; months without articles are not
 * links, and those outside the archive's span (before its first month, after its last) show
 * their name only: « aucun article » there would read as a gap in the archive.
 */
import type { MonthCell } from '../../model.ts';
import { href } from '../filters/href.ts';
import { esc } from '../html.ts';

export function yearCalendar(calendar: MonthCell[], base: string): string {
  return `<ol class="year-calendar">${calendar.map((m) => m.url ? `
  <li><a class="cell" href="${esc(href(m.url, base))}"><span class="month-name">${esc(m.label)}</span> <span class="count">${esc(m.articleCount.label)}</span></a></li>` : m.outside ? `
  <li class="outside"><span class="cell"><span class="month-name">${esc(m.label)}</span></span></li>` : `
  <li class="empty"><span class="cell"><span class="month-name">${esc(m.label)}</span> <span class="count">aucun article</span></span></li>`).join('')}
</ol>
`;
}
