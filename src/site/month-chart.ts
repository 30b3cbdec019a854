/**
 * Geometry of the articles-per-month bar chart (./views/charts.ts), computed
 * here so the template only loops. The SVG has no viewBox: x positions are percentages of its
 * width and y positions are pixels, so bars stretch with the column while labels keep their
 * size from 320 px up.
 *
 * Up to three years of months, each bar links to its month page. Beyond, bars are too thin to
 * aim at (under a pixel each for twenty years in a 270 px column) and would put a stop per month
 * in the keyboard's path: the chart is then one image, named by its caption, and the months are
 * reached from the year lists beside it.
 */
import type { MonthBar, MonthCell } from '../model.ts';
import { countLabel } from '../text/french-counts.ts';
import { fromMonth, monthName, shortMonthName } from '../text/french-dates.ts';

/** Pixels from the top of the SVG to the top of the tallest bar (room for the max label). */
const TOP = 18;
/** Height of the tallest bar, in pixels. */
const BAR_AREA = 72;
/** Room under the baseline for the axis labels. */
const AXIS = 20;
/** Share of a month's slot that its bar fills. */
const BAR_SHARE = 0.72;
/** A year that shows fewer months than this gets no label, so labels never collide. */
const MIN_MONTHS_FOR_LABEL = 3;
/** At most this many months, the axis names each month instead of each year. */
const MONTH_AXIS_MAX = 12;
/** At most this many year labels: four-digit labels at 11 px fit six to a 270 px column. */
const MAX_YEAR_LABELS = 6;
/** A year label centred nearer an edge than this, in percent, would spill out of the chart: it is aligned on the edge instead. */
const LABEL_EDGE = 6;
/** Above this many months, bars are drawn without links. */
const MAX_LINKED_MONTHS = 36;

/** From this many months, a narrow chart labels them by their initials (`ChartTick.initial`). */
const MANY_MONTHS = 8;

export interface ChartBar {
  /** `2024-03`. */
  key: string;
  /** Accessible name and tooltip: `mars 2024 : 3 articles` (French spacing). */
  title: string;
  /** Month page, when the chart links its bars and the month has articles. */
  url?: string;
  count: number;
  /** Left edge and width, in percent of the chart width (`12.5%`). */
  x: string;
  width: string;
  y: number;
  /** 0 for a month without articles, which draws no bar. */
  height: number;
  /** The month's whole column, the area a pointer can hit to follow the link. */
  slotX: string;
  slotWidth: string;
}

export interface ChartTick {
  label: string;
  /**
   * The month's initial (`F` for `févr.`), shown instead of `label` in a narrow chart of many
   * months (public/css/kiosque.css, `.many-months`), where the short names would touch.
   */
  initial?: string;
  /** Centre of the label, in percent; its end or its start when `anchor` says so. */
  x: string;
  /** A year against an edge of the chart is aligned on it (`end` at the right, `start` at the left), not centred past it. */
  anchor?: 'start' | 'end';
}

export interface MonthChartView {
  /** Id of the caption, unique on the page. */
  id: string;
  caption: string;
  /** `group` when the bars are links, else `img`: one image that the caption names. */
  role: 'group' | 'img';
  height: number;
  /** Top and height of a column's link area: the whole bar area, not just the bar. */
  hitY: number;
  hitHeight: number;
  /** y of the line at the tallest bar, and its label (`4 articles`). */
  maxY: number;
  maxLabel: string;
  baseline: number;
  tickY: number;
  bars: ChartBar[];
  ticks: ChartTick[];
}

const pct = (n: number) => `${Number(n.toFixed(3))}%`;
const articles = (n: number) => countLabel(n, 'article');

/**
 * The busiest month, or the months tied for it, each with `max` articles.
 * @example busiestText(['mai 2016'], 3) // 'Mois le plus fourni\u00a0: mai 2016 (3 articles)'
 * @example busiestText(['mai 2016', 'juin 2016', 'juillet 2016'], 203) // 'Mois les plus fournis\u00a0: mai 2016 et 2 autres (203 articles chacun)'
 */
export function busiestText(months: readonly string[], max: number): string {
  if (months.length === 1) return `Mois le plus fourni\u00a0: ${months[0]} (${articles(max)})`;
  const which = months.length === 2 ? `${months[0]} et ${months[1]}` : `${months[0]} et ${months.length - 1} autres`;
  return `Mois les plus fournis\u00a0: ${which} (${articles(max)} chacun)`;
}

/** Every month from the first to the last key, so gaps in the archive show as gaps. */
function monthRange(first: string, last: string): string[] {
  const [y0, m0] = first.split('-').map(Number) as [number, number];
  const [y1, m1] = last.split('-').map(Number) as [number, number];
  const keys: string[] = [];
  for (let i = y0 * 12 + m0 - 1; i <= y1 * 12 + m1 - 1; i++) {
    keys.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return keys;
}

function ticksFor(keys: string[], slot: number): ChartTick[] {
  if (keys.length <= MONTH_AXIS_MAX) {
    return keys.map((k, i) => {
      const label = shortMonthName(Number(k.slice(5)));
      return { label, ...(keys.length >= MANY_MONTHS ? { initial: label.charAt(0).toUpperCase() } : {}), x: pct((i + 0.5) * slot) };
    });
  }
  const years = new Map<string, number[]>();
  keys.forEach((k, i) => (years.get(k.slice(0, 4)) ?? years.set(k.slice(0, 4), []).get(k.slice(0, 4))!).push(i));
  // Every step-th year, on multiples of the step (2004, 2008…), reads like a scale.
  const step = Math.ceil(years.size / MAX_YEAR_LABELS);
  return [...years.entries()]
    .filter(([year, idx]) => Number(year) % step === 0 && idx.length >= MIN_MONTHS_FOR_LABEL)
    .map(([year, idx]): ChartTick => {
      const centre = ((idx[0]! + idx[idx.length - 1]! + 1) / 2) * slot;
      // The archive's last year, against the right edge, ends under its last month; its first, under its first.
      if (centre > 100 - LABEL_EDGE) return { label: year, x: pct((idx[idx.length - 1]! + 1) * slot), anchor: 'end' };
      if (centre < LABEL_EDGE) return { label: year, x: pct(idx[0]! * slot), anchor: 'start' };
      return { label: year, x: pct(centre) };
    });
}

/**
 * Lays out a bar per month between the first and the last month of `bars`, scaled to the
 * busiest month; a year's calendar (twelve cells, empty ones included) gives the full year.
 * Bars link to their months up to MAX_LINKED_MONTHS months. Returns undefined when no month
 * has an article.
 * @example monthChart([{ key: '2024-03', label: 'mars 2024', url: '/chronologie/2024/03/', count: 2 }], 'graphique', 'Articles par mois')?.bars[0]?.title
 * // 'mars 2024\u00a0: 2 articles'
 */
export function monthChart(bars: (MonthBar | Omit<MonthCell, 'articleCount'>)[], id: string, title: string): MonthChartView | undefined {
  if (!bars.some((b) => b.count)) return undefined;
  const byKey = new Map(bars.map((b) => [b.key, b]));
  const sortedKeys = [...byKey.keys()].sort();
  const keys = monthRange(sortedKeys[0]!, sortedKeys[sortedKeys.length - 1]!);
  const max = Math.max(1, ...bars.map((b) => b.count ?? 0));
  const slot = 100 / keys.length;
  const baseline = TOP + BAR_AREA;
  const label = (key: string) => `${monthName(Number(key.slice(5)))} ${key.slice(0, 4)}`;
  const busiest = bars.filter((b) => b.count === max).map((b) => b.key).sort().map(label);
  const linked = keys.length <= MAX_LINKED_MONTHS;
  return {
    id,
    caption: `${title}, ${fromMonth(label(keys[0]!))} à ${label(keys[keys.length - 1]!)}. ${busiestText(busiest, max)}.`,
    role: linked ? 'group' : 'img',
    height: baseline + AXIS,
    hitY: TOP,
    hitHeight: BAR_AREA,
    maxY: TOP,
    maxLabel: articles(max),
    baseline,
    tickY: baseline + 15,
    bars: keys.map((key, i) => {
      const bar = byKey.get(key);
      const count = bar?.count ?? 0;
      const height = count ? Math.max(2, Math.round((count / max) * BAR_AREA)) : 0;
      return {
        key,
        title: `${label(key)}\u00a0: ${count ? articles(count) : 'aucun article'}`,
        ...(linked && bar?.url && count ? { url: bar.url } : {}),
        count,
        x: pct((i + (1 - BAR_SHARE) / 2) * slot),
        width: pct(slot * BAR_SHARE),
        y: baseline - height,
        height,
        slotX: pct(i * slot),
        slotWidth: pct(slot),
      };
    }),
    ticks: ticksFor(keys, slot),
  };
}
