/** The kicker above a page's title: the pages it sits under, as links, from the widest. */
import type { Link } from '../../model.ts';
import { href } from '../filters/href.ts';
import { esc } from '../html.ts';

/**
 * The links of a kicker's trail, separated by a `›` screen readers skip; labels are escaped here.
 * @example kicker([{ label: 'Chronologie', url: '/chronologie/' }, { label: '2024', url: '/chronologie/2024/' }], '/')
 * // '<a href="/chronologie/">Chronologie</a> <span aria-hidden="true">›</span> <a href="/chronologie/2024/">2024</a>'
 */
export function kicker(trail: readonly Pick<Link, 'label' | 'url'>[], base: string): string {
  return trail.map((l) => `<a href="${esc(href(l.url, base))}">${esc(l.label)}</a>`).join(' <span aria-hidden="true">›</span> ');
}
