import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MonthBar } from '../../../src/model.ts';
import { monthChart } from '../../../src/site/month-chart.ts';

const bar = (key: string, count: number): MonthBar => {
  const [y, m] = key.split('-');
  return { key, label: `${new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(y), Number(m) - 1)))} ${y}`, url: `/chronologie/${y}/${m}/`, count };
};

test('the chart has one slot per month from the first to the last, gaps included, bars only where there are articles', () => {
  const chart = monthChart([bar('2023-11', 2), bar('2024-02', 4)], 'c', 'Articles par mois')!;
  assert.deepEqual(chart.bars.map((b) => b.key), ['2023-11', '2023-12', '2024-01', '2024-02']);
  assert.deepEqual(chart.bars.map((b) => b.url), ['/chronologie/2023/11/', undefined, undefined, '/chronologie/2024/02/']);
  assert.deepEqual(chart.bars.map((b) => b.title), ['novembre 2023\u00a0: 2 articles', 'décembre 2023\u00a0: aucun article', 'janvier 2024\u00a0: aucun article', 'février 2024\u00a0: 4 articles']);
  const [nov, , , feb] = chart.bars;
  assert.equal(feb!.height, 2 * nov!.height, 'heights are proportional to counts');
  assert.equal(feb!.y + feb!.height, chart.baseline);
  assert.equal(chart.maxLabel, '4 articles');
  assert.equal(chart.caption, 'Articles par mois, de novembre 2023 à février 2024. Mois le plus fourni\u00a0: février 2024 (4 articles).');
  assert.match(monthChart([bar('2023-04', 1)], 'c', 'Articles par mois')!.caption, /^Articles par mois, d’avril 2023 à avril 2023\./, 'elided before a vowel');
});

test('bars sit side by side across the whole width, in percent', () => {
  const chart = monthChart(['2024-01', '2024-02', '2024-03', '2024-04'].map((k) => bar(k, 1)), 'c', 'T')!;
  const xs = chart.bars.map((b) => parseFloat(b.x));
  const width = parseFloat(chart.bars[0]!.width);
  xs.forEach((x, i) => i && assert.ok(x > xs[i - 1]! + width, 'bars do not overlap'));
  assert.ok(xs[3]! + width <= 100);
  assert.match(chart.bars[0]!.x, /^\d+(\.\d+)?%$/);
});

test('up to twelve months the axis names each month; beyond, each year with room for a label', () => {
  const year = monthChart(['2024-01', '2024-06', '2024-12'].map((k) => bar(k, 1)), 'c', 'T')!;
  assert.deepEqual(year.ticks.map((t) => t.label), ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']);
  const long = monthChart([bar('2022-12', 1), bar('2024-03', 1)], 'c', 'T')!;
  assert.deepEqual(long.ticks.map((t) => t.label), ['2023', '2024'], 'December 2022 alone gets no label');
  // Eight months or more: each has its initial too, which a narrow chart shows instead (kiosque.css).
  assert.deepEqual(year.ticks.map((t) => t.initial).join(''), 'JFMAMJJASOND');
  assert.ok(monthChart(['2024-01', '2024-03'].map((k) => bar(k, 1)), 'c', 'T')!.ticks.every((t) => t.initial === undefined));
  assert.ok(long.ticks.every((t) => t.initial === undefined), 'years have no initial');
});

test('a chart over 24 years labels at most six years, every fourth one, none spilling over an edge', () => {
  const keys = Array.from({ length: 24 * 12 }, (_, i) => `${2001 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  const chart = monthChart(keys.map((k) => bar(k, 1)), 'c', 'T')!;
  assert.deepEqual(chart.ticks.map((t) => t.label), ['2004', '2008', '2012', '2016', '2020', '2024']);
  // 2024 sits against the right edge: it ends there, under its December, instead of being centred past it.
  assert.deepEqual(chart.ticks.map((t) => t.anchor), [undefined, undefined, undefined, undefined, undefined, 'end']);
  assert.equal(chart.ticks.at(-1)!.x, '100%');
  const xs = chart.ticks.map((t) => parseFloat(t.x));
  xs.forEach((x, i) => i && assert.ok(x - xs[i - 1]! > 16.6, 'labels a sixth of the width apart, 45 px in a 270 px column'));
  assert.ok(xs[0]! >= 6 && xs.slice(0, -1).every((x) => x <= 94));
  const thirteen = monthChart(['2004-01', '2016-12'].map((k) => bar(k, 1)), 'c', 'T')!;
  assert.deepEqual(
    thirteen.ticks.map((t) => [t.label, t.anchor ?? 'middle', t.x]),
    [['2004', 'start', '0%'], ['2007', 'middle', '26.923%'], ['2010', 'middle', '50%'], ['2013', 'middle', '73.077%'], ['2016', 'end', '100%']],
    'a first year against the left edge starts there, every third year between',
  );
  const seven = monthChart(['2018-01', '2024-12'].map((k) => bar(k, 1)), 'c', 'T')!;
  assert.deepEqual(seven.ticks.map((t) => t.label), ['2018', '2020', '2022', '2024'], 'seven years: every other one');
});

test('up to 36 months the bars link their months and the chart is a group; beyond, an image with no link', () => {
  const months = (n: number) => Array.from({ length: n }, (_, i) => bar(`${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 1 + (i % 3)));
  const linked = monthChart(months(36), 'c', 'T')!;
  assert.equal(linked.role, 'group');
  assert.equal(linked.bars.filter((b) => b.url).length, 36);
  assert.equal(linked.bars[1]!.slotX, `${Number((100 / 36).toFixed(3))}%`, 'a link takes its whole column');
  const image = monthChart(months(37), 'c', 'T')!;
  assert.equal(image.role, 'img');
  assert.deepEqual(image.bars.filter((b) => b.url), []);
  assert.equal(image.bars.filter((b) => b.height > 0).length, 37, 'every month is still drawn');
});

test('a year calendar with empty months spans the whole year; nothing to draw gives no chart', () => {
  const cells = Array.from({ length: 12 }, (_, i) => ({ key: `2024-${String(i + 1).padStart(2, '0')}`, label: 'm', count: i === 4 ? 3 : 0, ...(i === 4 ? { url: '/chronologie/2024/05/' } : {}) }));
  const chart = monthChart(cells, 'c', 'T')!;
  assert.equal(chart.bars.length, 12);
  assert.deepEqual(chart.bars.filter((b) => b.url).map((b) => b.key), ['2024-05']);
  assert.equal(monthChart(cells.map((c) => ({ ...c, count: 0 })), 'c', 'T'), undefined);
  assert.equal(monthChart([], 'c', 'T'), undefined);
});

test('months tied for the most articles are all named, or counted past two, instead of the first one alone', () => {
  const two = monthChart([bar('2016-05', 1), bar('2016-10', 1)], 'c', 'Articles du sujet par mois')!;
  assert.equal(two.caption, 'Articles du sujet par mois, de mai 2016 à octobre 2016. Mois les plus fournis\u00a0: mai 2016 et octobre 2016 (1 article chacun).');
  const many = monthChart([bar('2016-03', 31), ...['05', '06', '07', '08'].map((m) => bar(`2016-${m}`, 203))], 'c', 'Articles par mois')!;
  assert.match(many.caption, /\. Mois les plus fournis\u00a0: mai 2016 et 3 autres \(203 articles chacun\)\.$/);
});
