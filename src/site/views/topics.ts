/**
 * A topic's years, as HTML: newest first, each a link to the topic's articles of that year,
 * with a bar for its count; `currentYear` (optional) is the year being shown. An entity's years
 * too, each a link to its page holding that year's newest article.
 */
import type { TopicYear } from '../../model.ts';
import { href } from '../filters/href.ts';
import { esc } from '../html.ts';

export function topicYears(years: TopicYear[], base: string, currentYear?: number): string {
  if (!years.length) return '\n';
  return `
<ol class="topic-years">${years.map((y) => `
  <li><a href="${esc(href(y.url, base))}"${y.year === currentYear ? ' aria-current="page"' : ''}>${esc(y.label)}</a><svg class="year-bar" width="100%" height="8" aria-hidden="true" focusable="false"><rect width="${esc(y.share)}" height="8"/></svg><span class="count">${esc(y.articleCount.figure)}<span class="visually-hidden"> ${esc(y.articleCount.noun)}</span></span></li>`).join('')}
</ol>
`;
}
