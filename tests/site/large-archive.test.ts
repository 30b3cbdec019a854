/**
 * What only a large archive shows: an entity page and a topic page of 190 articles split into
 * pages, a pager that lists a window of pages, a chart over 24 years, and a headline too long for
 * a `<title>`. The content is generated here: one article per file, each about Paris and under
 * the rubric « Conseil municipal », dated from 2001 to 2024.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildSite, cardsOf, followPages, ORIGIN, parseHtml, queryAll, textOf, type Element } from '../helpers/site.ts';

const ARTICLES = 190;
const LONG_TITLE = 'Le Conseil de Paris adopte un budget de transition écologique après une séance de nuit';
const pad = (n: number) => String(n).padStart(2, '0');

function writeContent(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kiosque-large-')), 'content');
  process.once('exit', () => rmSync(join(dir, '..'), { recursive: true, force: true }));
  mkdirSync(dir);
  writeFileSync(join(dir, 'entites.yml'), '- kind: place\n  name: Paris\n');
  for (let i = 0; i < ARTICLES; i++) {
    const date = i === 0 ? '2024-03-15T14:30:00+01:00' : i === 1 ? '2024-03-15' : `${2001 + (i % 24)}-${pad(1 + ((i + 5 * Math.floor(i / 24)) % 12))}-${pad(1 + (i % 28))}`;
    const title = i === 2 ? LONG_TITLE : `Séance numéro ${i} à Paris`;
    writeFileSync(join(dir, `a${i}.md`), `---\ntitle: "${title}"\ndate: ${date}\nrubrique: Conseil municipal\n---\n\nÀ Paris, la séance numéro ${i} a duré ${i + 1} heures.\n`);
  }
  return dir;
}

const site = await buildSite(writeContent());
const paris = followPages(site, '/lieux/paris/');
const topic = followPages(site, '/sujets/conseil-municipal/');

test('an entity page lists its newest articles first, then pages of 20 numbered from the oldest, /lieux/paris/page/N/', () => {
  // 190 articles: the first page holds the newest 30, pages 8 down to 1 hold 20 each.
  assert.equal(paris.length, 9);
  assert.deepEqual(paris.map((p) => p.url), ['/lieux/paris/', ...Array.from({ length: 8 }, (_, i) => `/lieux/paris/page/${8 - i}/`)]);
  assert.deepEqual(paris.map((p) => cardsOf(p.page, '.listing-main').length), [30, 20, 20, 20, 20, 20, 20, 20, 20]);
  const cards = paris.flatMap((p) => cardsOf(p.page, '.listing-main'));
  assert.equal(cards.length, ARTICLES);
  assert.equal(new Set(cards.map((c) => c.url)).size, ARTICLES);
  const dates = cards.map((c) => c.datetime!.slice(0, 10));
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  paris.forEach((p, i) => {
    assert.equal(p.page.text('h1'), 'Paris');
    assert.equal(p.page.one('link[rel=canonical]').attrs.href, `${ORIGIN}${p.url}`);
    assert.equal(p.page.all('nav.pager a[rel=prev]')[0]?.attrs.href, paris[i - 1]?.url);
    assert.equal(p.page.all('nav.pager a[rel=next]')[0]?.attrs.href, paris[i + 1]?.url);
  });
  assert.equal(paris[0]!.page.text('.page-facts'), `${ARTICLES} articles, du plus récent au plus ancien · page 1 sur 9 · ${firstSpan(paris)}`, 'how many pages, and the dates of this one (review 34)');
  assert.match(paris[0]!.page.text('.listing-side figcaption'), /^Articles par mois, (?:de |d’)[a-zéû]+ 2001 à [a-zéû]+ 2024\./, 'beside them, when they were written');
  for (const p of paris.slice(1)) {
    const days = cardsOf(p.page, '.listing-main').map((c) => c.datetime!.slice(0, 10));
    const label = (iso: string) => new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso));
    assert.equal(p.page.text('.page-facts'), `Du plus récent au plus ancien · ${label(days.at(-1)!)} – ${label(days[0]!)}`, `${p.url} says which dates it holds, not counts that change`);
    assert.equal(p.page.all('.listing-side figcaption').length, 0, `${p.url}: the chart is on the first page`);
  }
  const sitemap = queryAll(parseHtml(site.read('/sitemap.xml')), 'loc').map((l) => textOf(l).replace(ORIGIN, ''));
  for (const p of paris) assert.ok(sitemap.includes(p.url), `${p.url} is in the sitemap`);
});

test('an entity’s years lead each to that year’s newest article, on the page that holds it, and none is marked as the page shown', () => {
  const years = paris[0]!.page.all('.topic-years a');
  assert.equal(years.length, 24);
  assert.equal(paris[0]!.page.all('.topic-years [aria-current]').length, 0, 'the first page shows every year, not one');
  const all = paris.flatMap((p) => cardsOf(p.page, '.listing-main').map((c) => ({ ...c, page: p.url })));
  for (const a of years) {
    const year = textOf(a);
    const [url, anchor] = a.attrs.href!.split('#') as [string, string];
    assert.equal(anchor, `annee-${year}`);
    const page = paris.find((p) => p.url === url);
    assert.ok(page, `${a.attrs.href}: a page of the listing`);
    const target = page.page.all(`li#${anchor} article.card`);
    assert.equal(target.length, 1, `${a.attrs.href}: the anchor is on the page, at a card`);
    const newest = all.find((c) => c.datetime!.startsWith(year))!;
    assert.equal(queryAll(target[0]!, '.card-title a')[0]!.attrs.href, newest.url, `${year}: the year’s newest article`);
    assert.equal(newest.page, url);
  }
});

test('an entity’s pages, and the timeline’s months and years, describe themselves each in its own words, not the site’s', () => {
  // Review 32: 2,457 pages of a corpus build shared « Archives d’actualité en français ».
  assert.equal(paris[0]!.page.meta('description'), `${ARTICLES} articles des archives citent Paris, du plus récent au plus ancien.`);
  for (const p of paris.slice(1)) assert.match(p.page.meta('description')!, /^Articles citant Paris, \d+(?:er)? \S+ \d{4} – \d+(?:er)? \S+ \d{4}\.$/u, p.url);
  const months = site.urls().filter((u) => /^\/chronologie\/\d{4}\/\d{2}\/$/.test(u)).map((u) => site.page(u));
  assert.ok(months.length > 20);
  for (const m of months) assert.match(m.meta('description')!, /^\d+ articles? (?:de |d’)[a-zéû]+ \d{4}, jour par jour\.$/u);
  assert.ok(months.some((m) => m.meta('description')!.includes(' d’')), 'd’avril, d’août, d’octobre');
  assert.match(site.page('/chronologie/2010/').meta('description')!, /^\d+ articles? en 2010, mois par mois\.$/u);
  const descriptions = [paris[0]!, ...months.map((page) => ({ page }))].map((p) => p.page.meta('description'));
  assert.equal(new Set(descriptions).size, descriptions.length, 'no two alike');
});

test('a topic is paginated the same way; its counts, years and months and the other topics are on its first page only', () => {
  assert.deepEqual(topic.map((p) => p.url), ['/sujets/conseil-municipal/', ...Array.from({ length: 8 }, (_, i) => `/sujets/conseil-municipal/page/${8 - i}/`)]);
  assert.deepEqual(topic.flatMap((p) => cardsOf(p.page, '.listing-main').map((c) => c.url)), paris.flatMap((p) => cardsOf(p.page, '.listing-main').map((c) => c.url)));
  topic.forEach((p, i) => {
    assert.equal(p.page.text('h1'), 'Conseil municipal');
    assert.equal(onScreen(p.page.one('nav.pager [aria-current=page]')), i === 0 ? 'Récents' : cardsOf(p.page, '.listing-main')[0]!.dateLabel!.replace(/\p{L}+/gu, (w) => SHORT_MONTHS[w] ?? w));
    assert.equal(p.page.all('a.feed-link').length, 1, 'every page offers the topic feed');
    assert.equal(p.page.all('ul.topic-counts').length, i === 0 ? 1 : 0, `${p.url}: the other topics and their counts`);
    assert.equal(p.page.all('ol.topic-years').length, i === 0 ? 1 : 0, `${p.url}: the topic's years`);
    if (i > 0) assert.match(p.page.text('.page-facts'), /^Du plus récent au plus ancien · \S.* – \S/);
  });
  assert.equal(topic[0]!.page.text('.page-facts'), `${ARTICLES} articles, du plus récent au plus ancien · page 1 sur 9 · ${firstSpan(topic)}`);
});

/** The text of a pager's item on screen: without the words only screen readers hear. */
const onScreen = (el: Element): string => textOf(el).replace(/^Articles jusqu’(?:au|en) /, '');

/** The dates of a listing's first page, as its facts give them: its oldest and newest cards' days. */
function firstSpan(pages: typeof paris): string {
  const cards = cardsOf(pages[0]!.page, '.listing-main');
  return `${cards.at(-1)!.dateLabel} – ${cards[0]!.dateLabel}`;
}

/** What the pager shows of page N (0: the first page): the date of its newest article, months short, as its cards write it. */
const SHORT_MONTHS: Record<string, string> = { janvier: 'janv.', février: 'févr.', avril: 'avr.', juillet: 'juil.', septembre: 'sept.', octobre: 'oct.', novembre: 'nov.', décembre: 'déc.' };
const pageLabel = (n: number) => (n === 0 ? 'Récents' : cardsOf(paris[9 - n]!.page, '.listing-main')[0]!.dateLabel!.replace(/\p{L}+/gu, (w) => SHORT_MONTHS[w] ?? w));

test('the pager lists the first and oldest pages and one either side of the current one, with gaps between, each by the date of its newest article', () => {
  const pager = (i: number) => paris[i]!.page.all('nav.pager ol li').map((li) => {
    const current = queryAll(li, '[aria-current=page]')[0];
    return current ? `[${onScreen(current)}]` : onScreen(li);
  });
  const shown = (...pages: (number | string)[]) => pages.map((n) => (typeof n === 'string' ? n.replace(/\[(\d)\]/, (_, d: string) => `[${pageLabel(Number(d))}]`) : pageLabel(n)));
  assert.deepEqual(pager(0), shown('[0]', 8, '…', 1));
  assert.deepEqual(pager(3), shown(0, 8, 7, '[6]', 5, '…', 1), 'a gap never hides a single page');
  assert.deepEqual(pager(4), shown(0, '…', 6, '[5]', 4, '…', 1));
  assert.deepEqual(pager(8), shown(0, '…', 2, '[1]'));
  assert.match(pageLabel(1), /^\d{1,2} [a-zéû.]+ \d{4}$/u);
  for (const p of paris) {
    for (const li of p.page.all('nav.pager ol li')) {
      if (textOf(li) === '…') assert.equal(queryAll(li, 'a').length, 0, 'a gap is not a link');
    }
    for (const a of p.page.all('nav.pager ol a')) {
      // A date's link is named by its text, hidden words first (axe: the accessible name holds the visible text).
      assert.equal(a.attrs['aria-label'], textOf(a) === 'Récents' ? 'Articles les plus récents' : undefined);
      if (textOf(a) !== 'Récents') assert.match(textOf(a), /^Articles jusqu’au \d/, 'screen readers hear what the date stands for (review 34)');
      if (textOf(a) !== 'Récents') assert.equal(textOf(queryAll(a, '.visually-hidden')[0]!), 'Articles jusqu’au');
      assert.ok(site.exists(a.attrs.href!), a.attrs.href);
    }
  }
});

test('a chart over 24 years is one image named by its caption, with no link to tab through and at most six year labels', () => {
  for (const url of ['/', '/chronologie/']) {
    const page = site.page(url);
    const svg = page.one('svg.month-chart-svg');
    assert.equal(svg.attrs.role, 'img');
    assert.match(page.text(`figcaption#${svg.attrs['aria-labelledby']}`), /^Articles par mois, (?:de |d’)[a-zéû]+ 2001 à [a-zéû]+ 2024\./);
    assert.equal(queryAll(svg, 'a').length, 0, url);
    assert.ok(queryAll(svg, 'rect.chart-bar').length > 100, 'a bar per month with articles');
    const years = queryAll(svg, 'text.chart-tick').map(textOf);
    assert.ok(years.length >= 3 && years.length <= 6, `${url}: ${years.join(' ')}`);
    assert.ok(years.every((y) => Number(y) % 4 === 0), `${url}: every fourth year, ${years.join(' ')}`);
  }
  const yearLinks = site.page('/').all('.year-counts a').map((a) => a.attrs.href);
  assert.equal(yearLinks.length, 24, 'the year list beside the chart links every year');
});

test('a month page gives the date in its day headings, not on each card, and keeps a time of day', () => {
  const page = site.page('/chronologie/2024/03/');
  const day = page.all('section.day').find((s) => queryAll(s, 'h2 time')[0]?.attrs.datetime === '2024-03-15')!;
  assert.equal(textOf(queryAll(day, 'h2')[0]!), 'Vendredi 15 mars 2024');
  const cards = cardsOf(page, 'section.day');
  assert.ok(cards.length >= 2);
  const sameDay = queryAll(day, 'article.card').map((card) => queryAll(card, '.card-meta time').map((t) => [t.attrs.datetime, textOf(t)]));
  assert.deepEqual(sameDay.filter((t) => t.length), [[['2024-03-15T14:30:00+01:00', '14 h 30']]], 'only the article with a time shows one');
  for (const card of cards) assert.ok(card.dateLabel === undefined || card.dateLabel === '14 h 30', `${card.url}: ${card.dateLabel}`);
});

test('a long headline is cut at a word in <title>, and whole in og:title and the h1', () => {
  const url = site.result.archive!.articles.find((a) => a.title === LONG_TITLE)!.url;
  const page = site.page(url);
  const title = page.text('title');
  assert.equal(title, 'Le Conseil de Paris adopte un budget de transition… · Kiosque');
  assert.ok(title.length <= 70);
  assert.equal(page.meta('og:title'), LONG_TITLE);
  assert.equal(page.text('h1'), LONG_TITLE);
});

test('a numbered page’s <title> names the listing, its kind and its dates, short enough to stay whole (review 34)', () => {
  for (const p of [...paris.slice(1), ...topic.slice(1)]) {
    const days = cardsOf(p.page, '.listing-main').map((c) => c.datetime!.slice(0, 10));
    const kind = p.url.startsWith('/lieux/') ? 'Paris — lieu' : 'Conseil municipal — sujet';
    assert.match(textOf(p.page.all('title')[0]!), new RegExp(`^${kind} \\(\\d{1,2}(?:er)?(?: \\S+)?(?: ${days.at(-1)!.slice(0, 4)})? – \\d{1,2}(?:er)? \\S+ ${days[0]!.slice(0, 4)}\\) · Kiosque$`), p.url);
  }
});
