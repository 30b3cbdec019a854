/**
 * The articles-per-month bar chart, as HTML: `chart` comes from monthChart (../month-chart.ts),
 * or is undefined (then only a line break). An SVG bar chart without script; the caption says
 * what it shows in words. A linked chart is a group of links, one per month that has articles,
 * each named for screen readers, with a tooltip and its whole column to click; a long chart is
 * one image named by its caption.
 */
import { href } from '../filters/href.ts';
import { esc } from '../html.ts';
import { madeOnce } from './made-once.ts';
import { monthChart, type ChartTick, type MonthChartView } from '../month-chart.ts';

/** A label of the axis: a month's short name or initial (`variant`), or a year. */
const tick = (chart: MonthChartView, t: ChartTick, variant: string, label: string): string =>
  `<text class="chart-tick${variant ? ` ${variant}` : ''}" x="${esc(t.x)}" y="${chart.tickY}" text-anchor="${t.anchor ?? 'middle'}" aria-hidden="true">${esc(label)}</text>`;

export function monthChartFigure(chart: MonthChartView | undefined, base: string): string {
  if (!chart) return '\n';
  const many = chart.ticks.some((t) => t.initial);
  return `<figure class="month-chart${many ? ' many-months' : ''}">
  <svg class="month-chart-svg" width="100%" height="${chart.height}" role="${chart.role}" aria-labelledby="${esc(chart.id)}">
    <line class="chart-grid" x1="0" x2="100%" y1="${chart.maxY}" y2="${chart.maxY}"/>
    <text class="chart-max" x="0" y="${chart.maxY - 5}" aria-hidden="true">${esc(chart.maxLabel)}</text>${chart.bars.map((b) => b.url ? `
    <a href="${esc(href(b.url, base))}" aria-label="${esc(b.title)}"><rect class="chart-hit" x="${esc(b.slotX)}" y="${chart.hitY}" width="${esc(b.slotWidth)}" height="${chart.hitHeight}"/><rect class="chart-bar" x="${esc(b.x)}" y="${b.y}" width="${esc(b.width)}" height="${b.height}"/><title>${esc(b.title)}</title></a>` : b.height ? `
    <rect class="chart-bar" x="${esc(b.x)}" y="${b.y}" width="${esc(b.width)}" height="${b.height}"/>` : '').join('')}
    <line class="chart-baseline" x1="0" x2="100%" y1="${chart.baseline}" y2="${chart.baseline}"/>${chart.ticks.map((t) => `
    ${t.initial ? `${tick(chart, t, 'chart-tick-long', t.label)}${tick(chart, t, 'chart-tick-short', t.initial)}` : tick(chart, t, '', t.label)}`).join('')}
  </svg>
  <figcaption id="${esc(chart.id)}">${esc(chart.caption)}</figcaption>
</figure>
`;
}

/** Charts already made (./made-once.ts). */
const chartOnce = madeOnce<string | undefined>();

/**
 * The chart of a topic's or entity's months as HTML, or undefined when it would say nothing the
 * list does not: no month with two articles (bars all alike, « 1 article chacun »), or a single
 * month. Every listing page of a topic or entity shows the same chart: it is made once per bars
 * list (one object, shared by those pages) and options.
 */
export function listingChart(bars: Parameters<typeof monthChart>[0], id: string, title: string, base: string): string | undefined {
  const months = bars.filter((b) => b.count);
  if (months.length < 2 || !months.some((b) => (b.count ?? 0) >= 2)) return undefined;
  return chartOnce(bars, `${id}\n${title}\n${base}`, () => {
    const chart = monthChart(bars, id, title);
    return chart ? monthChartFigure(chart, base) : undefined;
  });
}
