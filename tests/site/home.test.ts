import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleUrls, buildSite, cardsOf, FIXTURE, followPages, frenchLabel, plain, queryAll, textOf } from '../helpers/site.ts';

const site = await buildSite(FIXTURE);
const home = site.page('/');
const cards = cardsOf(home, '.home-latest');

test('the home page lists the latest articles, newest first, and none newer is left out', () => {
  assert.ok(cards.length >= 10, `only ${cards.length} cards`);
  const dates = cards.map((c) => c.datetime ?? '');
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  const listed = new Set(cards.map((c) => c.url));
  const oldestShown = dates.at(-1)!;
  for (const url of articleUrls(site)) {
    if (listed.has(url)) continue;
    const time = site.page(url).all('.article-header time')[0];
    assert.ok(!time || time.attrs.datetime! <= oldestShown, `${url} is newer than the last article shown`);
  }
});

test('after the latest articles, the home page leads on to their month, whole, and to the timeline (review 33: a dead end)', () => {
  const links = home.all('.home-latest .more a');
  assert.equal(links.length, 2);
  const month = site.page(links[0]!.attrs.href!);
  assert.match(textOf(links[0]!), /^Tout \p{Ll}+ \d{4}, jour par jour$/u);
  assert.ok(cardsOf(month).some((c) => c.url === cards[0]!.url), 'the newest article is on that month’s page');
  assert.equal(links[1]!.attrs.href, '/chronologie/');
});

test('each latest article shows its title, French date, topics and the start of its lede, as its page does', () => {
  for (const card of cards) {
    const page = site.page(card.url);
    assert.equal(card.title, page.text('h1'));
    assert.equal(card.dateLabel, frenchLabel(card.datetime!));
    assert.equal(card.dateLabel, page.text('.article-header .article-meta time'));
    assert.deepEqual(card.topics, page.all('.article-header .tags a').map(textOf));
    const lede = plain(page.text('.lede'));
    const start = plain(card.excerpt).replace(/…"?$/, '');
    assert.ok(start.length > 20 && lede.startsWith(start), `excerpt of ${card.url} is not the start of its lede`);
  }
});

test('the home page lists the topics with the number of articles each topic page holds', () => {
  const items = home.all('.topic-counts li');
  assert.ok(items.length >= 5);
  for (const li of items) {
    const link = li.children.find((c) => typeof c !== 'string' && c.tag === 'a');
    assert.ok(link && typeof link !== 'string');
    const shown = Number(/^\d+/.exec(textOf(li.children.find((c) => typeof c !== 'string' && c.attrs.class === 'count')!))![0]);
    const listed = followPages(site, link.attrs.href!).flatMap((p) => cardsOf(p.page, '.listing-main'));
    assert.equal(shown, listed.length, `count of ${textOf(link)}`);
  }
});

test('the home page links the index of each kind of entity, with the number of entries it lists', () => {
  const items = home.all('.entity-counts li');
  const indexes = ['/personnes/', '/organisations/', '/lieux/'].filter((u) => site.urls().includes(u));
  assert.ok(indexes.length > 0, 'the fixture has entity pages');
  const linkOf = (li: (typeof items)[number]) => li.children.find((c) => typeof c !== 'string' && c.tag === 'a');
  assert.deepEqual(items.map((li) => { const a = linkOf(li); return a && typeof a !== 'string' ? a.attrs.href : ''; }), indexes);
  for (const li of items) {
    const link = linkOf(li);
    assert.ok(link && typeof link !== 'string');
    const shown = Number(/^\d+/.exec(textOf(li.children.find((c) => typeof c !== 'string' && c.attrs.class === 'count')!))![0]);
    assert.equal(shown, site.page(link.attrs.href!).all('.entity-list li').length, link.attrs.href);
  }
});

test('the timeline chart, over more than three years, is one image its caption names, with no link and no script', () => {
  const chart = home.one('.home-side figure.month-chart');
  const svg = home.one('.home-side svg');
  assert.equal(svg.attrs.role, 'img');
  const caption = home.one(`figcaption#${svg.attrs['aria-labelledby']}`);
  assert.match(textOf(caption), /^Articles par mois, (?:de |d’)[a-zéû]+ \d{4} à [a-zéû]+ \d{4}\. Mois (?:le plus fourni\u00a0: [a-zéû]+ \d{4} \(\d+ articles?\)|les plus fournis\u00a0: [a-zéû]+ \d{4} et (?:[a-zéû]+ \d{4}|\d+ autres) \(\d+ articles? chacun\))\.$/);
  const monthPages = site.urls().filter((u) => /^\/chronologie\/\d{4}\/\d{2}\/$/.test(u));
  const [, first, last] = /(?:de |d’)([a-zéû]+ \d{4}) à ([a-zéû]+ \d{4})/.exec(textOf(caption))!;
  assert.equal(first, frenchLabel(monthPages.sort()[0]!.slice(13, 20).replace('/', '-')));
  assert.equal(last, frenchLabel(monthPages.at(-1)!.slice(13, 20).replace('/', '-')));
  assert.ok(monthPages.length > 12);
  assert.equal(home.all('.home-side svg a').length, 0, 'no bar to tab through');
  assert.equal(home.all('.home-side svg rect.chart-bar').length, monthPages.length, 'a bar per month with articles');
  const [, busiest, second, others, most] = /fournis?\u00a0: ([a-zéû]+ \d{4})(?: et (?:([a-zéû]+ \d{4})|(\d+) autres))? \((\d+) articles?/.exec(textOf(caption))!;
  const counts = monthPages.map((u) => ({ label: frenchLabel(u.slice(13, 20).replace('/', '-')), count: cardsOf(site.page(u)).length }));
  assert.equal(Number(most), Math.max(...counts.map((c) => c.count)));
  const tied = counts.filter((c) => c.count === Number(most)).map((c) => c.label);
  assert.equal(tied[0], busiest, 'the first busiest month');
  assert.equal(tied.length, second ? 2 : others ? Number(others) + 1 : 1, 'every month tied for the most is counted');
  if (second) assert.equal(tied[1], second);
  // The chart draws without JavaScript: no script in it, and the page loads only the site script (the `/` shortcut).
  assert.equal(chart.children.filter((c) => typeof c !== 'string' && c.tag === 'script').length, 0);
  assert.deepEqual(home.all('script[src]').map((s) => s.attrs.src), ['/js/kiosque.js']);
});

test('the home page has a search box that sends the query to /recherche/', () => {
  const form = home.one('form[role=search]');
  assert.equal(form.attrs.action, '/recherche/');
  assert.equal(form.attrs.method, 'get');
  const input = home.one('form[role=search] input[name=q]');
  assert.equal(home.one(`label[for=${input.attrs.id}]`).tag, 'label');
  assert.ok(site.exists('/recherche/'));
});

test('the built site holds the scripts its pages load and no development script (live reload is the dev server’s)', () => {
  assert.ok(site.exists('/js/kiosque.js') && site.exists('/js/search-page.js'));
  assert.equal(site.exists('/js/reload.js'), false);
  assert.equal(site.exists('/__kiosque/reload.js'), false);
});

test('a card’s date and source stay apart in its text, as a copy or a reader view gives it', () => {
  const withSource = home.all('.home-latest .card-meta').filter((meta) => queryAll(meta, '.source').length > 0);
  assert.ok(withSource.length > 0, 'the fixture has a latest article with its source');
  for (const meta of withSource) {
    const time = queryAll(meta, 'time')[0];
    if (!time) continue;
    assert.match(textOf(meta), new RegExp(`^${textOf(time)} · \\S`), textOf(meta));
  }
});
