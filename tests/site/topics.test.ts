import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GROUP_SIZE, topicGroups } from '../../src/enrich/topic-years.ts';
import { buildSite, cardsOf, FIXTURE, followPages, ORIGIN, parseHtml, queryAll, textOf } from '../helpers/site.ts';

const site = await buildSite(FIXTURE);
const index = site.page('/sujets/');
const topics = index.all('.topic-index li').map((li) => {
  const a = [...queryAll(li, 'h2 a'), ...queryAll(li, 'h3 a')][0]!;
  return { label: textOf(a), url: a.attrs.href!, count: Number(/^(\d+) articles?(, (?:de \d{4} à \d{4}|en \d{4}))?$/.exec(textOf(queryAll(li, '.count')[0]!))![1]) };
});
const listings = new Map(topics.map((t) => [t.url, followPages(site, t.url)]));

test('/sujets/ lists every topic once, in French alphabetical order', () => {
  assert.ok(topics.length >= 6);
  const labels = topics.map((t) => t.label);
  assert.deepEqual(labels, [...labels].sort(new Intl.Collator('fr').compare));
  assert.notDeepEqual(labels, [...labels].sort(), 'the fixture has accented labels that byte order would misplace');
  assert.equal(new Set(labels).size, labels.length);
  const topicPages = site.urls().filter((u) => /^\/sujets\/[a-z0-9-]+\/$/.test(u));
  assert.deepEqual(topics.map((t) => t.url).sort(), topicPages.sort());
});

test('each topic shows as many articles as /sujets/ counts, newest first, the newest on its first page and 20 on each numbered page', () => {
  for (const t of topics) {
    const pages = listings.get(t.url)!;
    const cards = pages.flatMap((p) => cardsOf(p.page, '.listing-main'));
    assert.equal(cards.length, t.count, t.label);
    assert.equal(new Set(cards.map((c) => c.url)).size, cards.length, `${t.label}: an article is listed twice`);
    assert.equal(pages.length, Math.max(1, Math.floor(t.count / 20)), `${t.label}: page count`);
    pages.forEach((p, i) => assert.equal(cardsOf(p.page, '.listing-main').length, i > 0 ? 20 : t.count - 20 * (pages.length - 1), `${t.label}: the newest on the first page, 20 on each numbered page`));
    const dates = cards.map((c) => c.datetime ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse(), `${t.label}: newest first`);
    assert.match(pages[0]!.page.text('.page-facts'), new RegExp(`^${t.count} articles?, du plus récent au plus ancien`));
  }
});

test('a topic page charts its articles per month: a link per bar (to the topic’s year) up to three years, else one image; no chart that says nothing', () => {
  const roles = new Set<string>();
  let without = 0;
  for (const t of topics) {
    const page = listings.get(t.url)![0]!.page;
    const cards = listings.get(t.url)!.flatMap((p) => cardsOf(p.page, '.listing-main'));
    const byMonth = new Map<string, number>();
    for (const c of cards) if (c.datetime && c.datetime.length >= 7) byMonth.set(c.datetime.slice(0, 7), (byMonth.get(c.datetime.slice(0, 7)) ?? 0) + 1);
    // One month, or no month with two articles: bars all alike (« 1 article chacun ») tell nothing the list does not.
    if (byMonth.size < 2 || Math.max(...byMonth.values()) < 2) {
      assert.equal(page.all('.listing-side svg.month-chart-svg').length, 0, `${t.label}: ${[...byMonth.values()].join(', ')} articles by month`);
      without++;
      continue;
    }
    const svg = page.one('.listing-side svg.month-chart-svg');
    const months = [...byMonth.keys()].sort();
    const [y0, m0] = months[0]!.split('-').map(Number) as [number, number];
    const [y1, m1] = months.at(-1)!.split('-').map(Number) as [number, number];
    const span = (y1 - y0) * 12 + m1 - m0 + 1;
    roles.add(svg.attrs.role!);
    assert.equal(svg.attrs.role, span <= 36 ? 'group' : 'img', `${t.label}: ${span} months`);
    assert.equal(queryAll(svg, 'rect.chart-bar').length, byMonth.size, t.label);
    const bars = queryAll(svg, 'a').map((a): [string, number] => {
      const [, y] = new RegExp(`^${t.url}(\\d{4})/$`).exec(a.attrs.href!)!;
      const [, month] = /^(\S+) (\d{4})/.exec(a.attrs['aria-label']!)!;
      const m = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'].indexOf(month!) + 1;
      return [`${y}-${String(m).padStart(2, '0')}`, Number(/(\d+) articles?$/.exec(a.attrs['aria-label']!)![1])];
    });
    assert.deepEqual(new Map(bars), span <= 36 ? byMonth : new Map(), t.label);
    assert.match(page.text('.listing-side figcaption'), /^Articles du sujet par mois/);
  }
  assert.deepEqual([...roles].sort(), ['group', 'img'], 'the fixture has short and long topics');
  assert.ok(without > 0, 'the fixture has sparse topics');
});

test('each topic has an Atom feed of its newest dated articles, linked from its page', () => {
  for (const t of topics) {
    const page = listings.get(t.url)![0]!.page;
    const feedUrl = `${t.url}flux.xml`;
    assert.equal(page.one('link[rel=alternate][href=' + feedUrl + ']').attrs.type, 'application/atom+xml');
    assert.equal(page.one('a.feed-link').attrs.href, feedUrl);
    const feed = parseHtml(site.read(feedUrl));
    const entries = queryAll(feed, 'entry link').map((l) => l.attrs.href!.replace(ORIGIN, ''));
    const cards = listings.get(t.url)!.flatMap((p) => cardsOf(p.page, '.listing-main')).filter((c) => c.datetime !== undefined).map((c) => c.url);
    assert.deepEqual(entries, cards.slice(0, 50), t.label);
    assert.ok(textOf(queryAll(feed, 'title')[0]!).endsWith(t.label), `${t.label}: feed title`);
  }
});

test('issue 15: each topic lists its years with counts, each leading to the topic’s articles of that year', () => {
  for (const t of topics) {
    const page = listings.get(t.url)![0]!.page;
    const cards = listings.get(t.url)!.flatMap((p) => cardsOf(p.page, '.listing-main'));
    const byYear = new Map<string, string[]>();
    for (const c of cards) if (c.datetime) (byYear.get(c.datetime.slice(0, 4)) ?? byYear.set(c.datetime.slice(0, 4), []).get(c.datetime.slice(0, 4))!).push(c.url);
    const years = page.all('.topic-years li').map((li) => ({ href: queryAll(li, 'a')[0]!.attrs.href!, year: textOf(queryAll(li, 'a')[0]!), count: Number(/^\d+/.exec(textOf(queryAll(li, '.count')[0]!))![0]) }));
    assert.deepEqual(years.map((y) => y.year), [...byYear.keys()].sort().reverse(), t.label);
    for (const y of years) {
      assert.equal(y.href, `${t.url}${y.year}/`);
      assert.equal(y.count, byYear.get(y.year)!.length, `${t.label} ${y.year}`);
      const yearCards = followPages(site, y.href).flatMap((p) => cardsOf(p.page, '.listing-main'));
      assert.deepEqual(yearCards.map((c) => c.url), byYear.get(y.year), `${t.label} ${y.year}: the same articles, newest first`);
      assert.ok(site.read('/sitemap.xml').includes(`${ORIGIN}${y.href}<`), `${y.href} is in the sitemap`);
    }
  }
});

test('issue 15: /sujets/ with few topics is one A–Z list; with many, the biggest and the recent come first', () => {
  // The fixture archive, with Kiosque's built-in taxonomy, has more topics than a group holds.
  assert.ok(topics.length > GROUP_SIZE, `the fixture has ${topics.length} topics`);
  const shown = index.all('.topic-group');
  assert.ok(shown.length >= 1);
  const biggest = queryAll(shown[0]!, 'a').map((a) => a.attrs.href!);
  const expected = [...topics].sort((a, b) => b.count - a.count).slice(0, GROUP_SIZE);
  assert.deepEqual(new Set(biggest.slice(0, GROUP_SIZE)).size, GROUP_SIZE);
  assert.ok(biggest.every((u) => topics.find((t) => t.url === u)!.count >= expected[expected.length - 1]!.count), 'the first group holds the biggest topics');
  const few = topics.slice(0, GROUP_SIZE).map((t, i) => ({ slug: `f${i}`, label: t.label, url: t.url, count: t.count, months: [] }));
  assert.deepEqual(topicGroups(few, '2020-09'), [], 'with few topics, /sujets/ is one A–Z list');
  const stats = Array.from({ length: 12 }, (_, i) => ({
    slug: `t${i}`, label: `T${i}`, url: `/sujets/t${i}/`, count: 100 - i,
    // t11, the smallest, is the only one written about in the last year.
    months: i === 11 ? [{ key: '2020-06', count: 3 }] : [{ key: '2015-01', count: 100 - i }],
  }));
  const groups = topicGroups(stats, '2020-09');
  assert.deepEqual(groups.map((g) => g.title), ['Les plus traités', 'Actifs récemment']);
  assert.deepEqual(groups[0]!.topics.map((t) => t.label), ['T0', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7']);
  assert.deepEqual(groups[1]!.topics.map((t) => [t.label, t.count]), [['T11', 3]]);
});
