import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleUrls, buildSite, cardsOf, FIXTURE, frenchLabel, queryAll, textOf } from '../helpers/site.ts';

const site = await buildSite(FIXTURE);
const chrono = site.page('/chronologie/');
const articles = articleUrls(site).map((url) => ({ url, date: site.page(url).jsonLd()!.datePublished as string | undefined }));
const monthPages = site.urls().filter((u) => /^\/chronologie\/\d{4}\/\d{2}\/$/.test(u)).sort();
const countOf = (text: string) => Number(/(\d+) articles?/.exec(text)![1]);

test('/chronologie/ lists every year with its count, and the counts add up with the undated ones', () => {
  const years = chrono.all('.year-block h2');
  const shown = years.map((h) => ({ year: textOf(queryAll(h, 'a')[0]!), count: countOf(textOf(h)) }));
  const expected = new Map<string, number>();
  for (const a of articles) if (a.date) expected.set(a.date.slice(0, 4), (expected.get(a.date.slice(0, 4)) ?? 0) + 1);
  assert.deepEqual(shown, [...expected].sort(([a], [b]) => (a < b ? 1 : -1)).map(([year, count]) => ({ year, count })));
  assert.ok(shown.length >= 3);
  const undated = articles.filter((a) => !a.date).length;
  assert.ok(undated >= 2);
  assert.equal(shown.reduce((n, y) => n + y.count, 0) + undated, articles.length);
  assert.match(chrono.text('.page-header .lead'), new RegExp(`^${articles.length} articles, dont ${undated} sans date\\.$`));
});

test('each year shows its twelve months in French, linking the months that have articles; months outside the archive’s span show their name only', () => {
  // The first and last months holding an article (month pages are named by month).
  const [first, last] = [monthPages[0]!, monthPages.at(-1)!].map((u) => u.slice('/chronologie/'.length, -1).replace('/', '-'));
  let outside = 0;
  for (const block of chrono.all('.year-block')) {
    const year = textOf(queryAll(block, 'h2 a')[0]!);
    const cells = queryAll(block, '.year-calendar li');
    assert.deepEqual(cells.map((c) => textOf(queryAll(c, '.month-name')[0]!)), Array.from({ length: 12 }, (_, i) => frenchLabel(`${year}-${String(i + 1).padStart(2, '0')}`).replace(/ \d{4}$/, '')));
    cells.forEach((cell, i) => {
      const url = `/chronologie/${year}/${String(i + 1).padStart(2, '0')}/`;
      const link = queryAll(cell, 'a')[0];
      assert.equal(Boolean(link), monthPages.includes(url), url);
      if (link) {
        assert.equal(link.attrs.href, url);
        assert.equal(countOf(textOf(link)), cardsOf(site.page(url)).length, url);
      } else if (`${year}-${String(i + 1).padStart(2, '0')}` < first! || `${year}-${String(i + 1).padStart(2, '0')}` > last!) {
        outside++;
        assert.equal(cell.attrs.class, 'outside', url);
        assert.equal(queryAll(cell, '.count').length, 0, `${url}: no « aucun article » outside the archive`);
      } else {
        assert.equal(textOf(queryAll(cell, '.count')[0]!), 'aucun article');
      }
    });
  }
  assert.ok(outside > 0, 'the fixture starts after January or ends before December');
});

test('a month page’s list of its year’s months counts the months in the archive’s span only, as /chronologie/ does', () => {
  const [first, last] = [monthPages[0]!, monthPages.at(-1)!].map((u) => u.slice('/chronologie/'.length, -1).replace('/', '-'));
  let outside = 0;
  for (const url of monthPages) {
    const items = site.page(url).all('.year-counts li');
    assert.equal(items.length, 12, url);
    items.forEach((li, i) => {
      const key = `${url.slice(13, 17)}-${String(i + 1).padStart(2, '0')}`;
      const shown = queryAll(li, '.count').length > 0;
      if (key < first! || key > last!) outside++;
      assert.equal(shown, key >= first! && key <= last!, `${url}: ${key}`);
    });
  }
  assert.ok(outside > 0, 'the fixture starts after January or ends before December');
});

test('the « Sans date » section lists every undated article, and only those', () => {
  const section = chrono.one('section#sans-date');
  assert.equal(textOf(queryAll(section, 'h2')[0]!), 'Sans date');
  const listed = cardsOf(chrono, 'section#sans-date');
  assert.deepEqual(listed.map((c) => c.url).sort(), articles.filter((a) => !a.date).map((a) => a.url).sort());
  for (const c of listed) assert.equal(c.dateLabel, 'Date inconnue');
});

test('a year page shows its months and the articles dated to the year only', () => {
  for (const block of chrono.all('.year-block')) {
    const link = queryAll(block, 'h2 a')[0]!;
    const year = textOf(link);
    const page = site.page(link.attrs.href!);
    assert.equal(page.text('h1'), year);
    const months = page.all('.year-calendar a').map((a) => a.attrs.href);
    assert.deepEqual(months, monthPages.filter((u) => u.startsWith(`/chronologie/${year}/`)));
    const yearOnly = cardsOf(page, '#annee-seule').map((c) => c.url).sort();
    assert.deepEqual(yearOnly, articles.filter((a) => a.date === year).map((a) => a.url).sort());
    const inMonths = months.reduce((n, u) => n + cardsOf(site.page(u!)).length, 0);
    assert.equal(countOf(page.text('.page-header .lead')), inMonths + yearOnly.length);
  }
  assert.ok(articles.some((a) => a.date?.length === 4), 'the fixture has year-only articles');
});

test('a month page lists its articles by date under French day headings, month-only ones last', () => {
  const weekday = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', timeZone: 'UTC' });
  const dateOf = new Map(articles.map((a) => [a.url, a.date]));
  let checkedMonthOnly = false;
  for (const url of monthPages) {
    const page = site.page(url);
    const [, y, m] = /(\d{4})\/(\d{2})/.exec(url)!;
    assert.equal(page.text('h1'), frenchLabel(`${y}-${m}`).replace(/^./, (c) => c.toUpperCase()));
    const cards = cardsOf(page);
    const expected = articles.filter((a) => a.date?.startsWith(`${y}-${m}`)).map((a) => a.url).sort();
    assert.deepEqual(cards.map((c) => c.url).sort(), expected, url);
    const keys: string[] = [];
    for (const day of page.all('section.day')) {
      const time = queryAll(day, 'h2 time')[0]!;
      const d = time.attrs.datetime!;
      const heading = textOf(queryAll(day, 'h2')[0]!);
      const listed = cardsOf(page, `section.day[aria-labelledby=${day.attrs['aria-labelledby']}]`);
      assert.ok(listed.length > 0);
      for (const c of listed) {
        assert.equal(dateOf.get(c.url), d, `${c.url} is listed under ${d}`);
        assert.equal(c.dateLabel, undefined, `${c.url}: the heading gives the date, the card does not repeat it`);
      }
      keys.push(...listed.map(() => (d.length === 7 ? `${d}-99` : d)));
      if (d.length === 7) {
        checkedMonthOnly = true;
        assert.equal(heading, 'Au cours du mois');
        continue;
      }
      const name = weekday.format(new Date(`${d}T12:00:00Z`));
      assert.equal(heading, `${name[0]!.toUpperCase()}${name.slice(1)} ${frenchLabel(d)}`);
    }
    assert.equal(keys.length, cards.length);
    assert.deepEqual(keys, [...keys].sort(), `${url}: by date, month-only last`);
  }
  assert.ok(checkedMonthOnly, 'the fixture has month-precision articles');
});

test('a month page links to the previous and next months that have articles', () => {
  monthPages.forEach((url, i) => {
    const page = site.page(url);
    assert.equal(page.all('nav.prev-next a[rel=prev]')[0]?.attrs.href, monthPages[i - 1], `${url} prev`);
    assert.equal(page.all('nav.prev-next a[rel=next]')[0]?.attrs.href, monthPages[i + 1], `${url} next`);
  });
  assert.ok(monthPages.some((u, i) => i > 0 && Number(u.slice(18, 20)) - Number(monthPages[i - 1]!.slice(18, 20)) > 1), 'the fixture has a gap to skip');
});

test('a month is written lowercase wherever it does not open a heading or a title: calendars, month lists, breadcrumbs, previous/next (review 34)', () => {
  const MONTHS = 'Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre';
  const found: string[] = [];
  let read = 0;
  for (const url of site.urls().filter((u) => u.endsWith('/') || u.endsWith('.html'))) {
    const chrome = site.read(url)
      // Headings and titles open with a capital; the articles' own texts are theirs.
      .replace(/<(h[1-6]|title)\b[^>]*>[\s\S]*?<\/\1>/g, '')
      .replace(/<meta (?:name|property)="(?:og:title|og:description|description)"[^>]*>/g, '')
      .replace(/<div class="article-body">[\s\S]*?<\/div>\n<\/article>/g, '')
      .replace(/<p class="excerpt">[\s\S]*?<\/p>/g, '')
      .replace(/<ul class="nearby-list">[\s\S]*?<\/ul>/g, '')
      .replace(/"(?:headline|description)":"(?:\\.|[^"\\])*"/g, '')
      .replace(new RegExp(`<span class="t">(?!(?:${MONTHS}) \\d{4}</span>)[\\s\\S]*?</span>`, 'g'), '');
    for (const m of chrome.matchAll(new RegExp(`.{0,40}\\b(?:${MONTHS})\\b.{0,12}`, 'gu'))) found.push(`${url}: ${m[0]}`);
    read++;
  }
  assert.ok(read > 50, `${read} pages read`);
  assert.deepEqual(found.slice(0, 5), [], `${found.length} capitalised months`);
  const month = site.page(monthPages[1]!);
  assert.match(month.text('h1'), /^\p{Lu}\p{Ll}+ \d{4}$/u, 'a heading opens with a capital');
  assert.match(textOf(month.all('.year-counts a')[0]!), /^\p{Ll}/u, 'the months of its year, as its year’s calendar writes them');
});
