/**
 * Issue 15, days: every article's date leads to its day on the timeline (a month page and an
 * anchor named by the day number); « Le même jour » and « Ce mois-là » on articles; long months
 * are cut into pages of whole days, with every day listed at the top.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildArchive } from '../../src/enrich/archive.ts';
import { planMonth } from '../../src/enrich/days.ts';
import type { Article } from '../../src/model.ts';
import { articleUrls, buildSite, FIXTURE, followPages, queryAll, textOf } from '../helpers/site.ts';
import { siteOptions } from '../../src/build/options.ts';

const site = await buildSite(FIXTURE);
const urls = articleUrls(site);
const dateOf = (url: string) => site.page(url).jsonLd()!.datePublished as string | undefined;

/** The section of a timeline page that `href` (`/chronologie/2024/03/#05`) points to. */
function target(href: string) {
  const [path, anchor] = href.split('#') as [string, string | undefined];
  const page = site.page(path);
  const section = anchor === undefined ? page.root : page.all('section.day').find((s) => queryAll(s, `[id=${anchor}]`).length === 1);
  return { path, anchor, page, section };
}

test('every article’s date links to its day: the month page, under the anchor named by the day', () => {
  let days = 0;
  for (const url of urls) {
    const page = site.page(url);
    const date = dateOf(url);
    const links = page.all('.article-meta a.date-link');
    if (!date) {
      assert.equal(links.length, 0, `${url}: an undated article has no date link`);
      continue;
    }
    assert.equal(links.length, 1, url);
    const href = links[0]!.attrs.href!;
    assert.equal(queryAll(links[0]!, 'time')[0]!.attrs.datetime, date);
    const { path, anchor, section } = target(href);
    if (date.length >= 10) {
      days++;
      assert.match(path, new RegExp(`^/chronologie/${date.slice(0, 4)}/${date.slice(5, 7)}/(page/\\d+/)?$`), url);
      assert.equal(anchor, date.slice(8, 10), `${url}: the anchor is the day number, not a position`);
    } else if (date.length === 7) {
      assert.equal(anchor, 'au-cours-du-mois', url);
    } else {
      assert.equal(path, `/chronologie/${date}/`, url);
    }
    assert.ok(section, `${url}: ${href} points to a day section`);
    const listed = queryAll(section!, '.card-title a').map((a) => a.attrs.href);
    assert.ok(listed.includes(url), `${url} is listed under ${href}`);
  }
  assert.ok(days > 20, `${days} day-precision articles walked`);
});

test('cards link their date to the same day as the article', () => {
  const home = site.page('/');
  const cards = home.all('.card');
  assert.ok(cards.length > 5);
  for (const card of cards) {
    const url = queryAll(card, '.card-title a')[0]!.attrs.href!;
    const dateLink = queryAll(card, '.card-meta a.date-link')[0];
    if (!dateOf(url)) continue;
    assert.equal(dateLink?.attrs.href, site.page(url).one('.article-meta a.date-link').attrs.href, url);
  }
});

test('« Le même jour » lists other articles of that day, « Ce mois-là » articles of other days of the month, in date order, never the previous or next article shown above', async () => {
  // A busy month: three articles a day over six days, on two topics (the fixture's months are too quiet: their few
  // articles are each other's previous and next).
  const dir = join(mkdtempSync(join(tmpdir(), 'kiosque-nearby-')), 'content');
  process.once('exit', () => rmSync(join(dir, '..'), { recursive: true, force: true }));
  mkdirSync(dir);
  for (let i = 0; i < 18; i++) writeFileSync(join(dir, `n${i}.md`), `---\ntitle: "Séance ${i}"\ndate: 2018-06-${String(1 + Math.floor(i / 3)).padStart(2, '0')}\ntopics: [${i % 2 ? 'Politique' : 'Sport'}]\n---\n\nLa séance ${i}.\n`);
  const busy = await buildSite(dir);
  const dateOf = (url: string) => busy.page(url).jsonLd()!.datePublished as string | undefined;
  let sameDay = 0;
  let sameMonth = 0;
  let besideTime = 0;
  for (const url of articleUrls(busy)) {
    const page = busy.page(url);
    const date = dateOf(url);
    const inTime = page.all('.prev-next a').map((a) => a.attrs.href!);
    besideTime += inTime.length;
    for (const block of page.all('.nearby-block')) {
      const heading = textOf(queryAll(block, 'h3')[0]!);
      const linked = queryAll(block, '.nearby-list a').map((a) => a.attrs.href!);
      assert.ok(linked.length > 0 && !linked.includes(url), url);
      assert.deepEqual(linked.filter((other) => inTime.includes(other)), [], `${url}: « ${heading} » repeats the previous or next article`);
      for (const other of linked) {
        const d = dateOf(other)!;
        if (heading === 'Le même jour') {
          sameDay++;
          assert.equal(d.slice(0, 10), date!.slice(0, 10), `${url} → ${other}`);
        } else {
          assert.equal(heading, 'Ce mois-là');
          sameMonth++;
          assert.equal(d.slice(0, 7), date!.slice(0, 7), `${url} → ${other}`);
          assert.notEqual(d.slice(0, 10), date!.slice(0, 10), `${url} → ${other}: another day`);
        }
      }
      if (heading === 'Ce mois-là') {
        const days = linked.map((other) => dateOf(other)!.slice(0, 10));
        assert.deepEqual(days, [...days].sort(), `${url}: « Ce mois-là » in the month's order`);
      }
    }
  }
  assert.ok(sameDay > 0 && sameMonth > 0 && besideTime > 0, `${sameDay} same-day and ${sameMonth} same-month links, ${besideTime} previous and next`);
});

test('a month page names its day sections by the day number and lists its days at the top', () => {
  const month = site.result.archive!.months.find((m) => m.days.length > 1)!;
  const page = site.page(month.url);
  const ids = page.all('section.day h2').map((h) => h.attrs.id);
  assert.deepEqual(ids, month.days.map((d) => (d.dateIso.length === 10 ? d.dateIso.slice(8) : 'au-cours-du-mois')));
  const index = page.all('.day-index a');
  assert.deepEqual(index.map((a) => a.attrs.href), ids.map((id) => `#${id}`));
  assert.equal(textOf(index[0]!), String(Number(ids[0])).replace(/^1$/, '1er'));
});

function article(i: number, day: number): Article {
  const iso = `2018-06-${String(day).padStart(2, '0')}`;
  return {
    id: `a${i}`, sourceFile: `a${i}.txt`, format: 'text', slug: `a${i}`, url: `/articles/2018/06/a${i}/`, title: `Article ${i}`, titleOrigin: 'title-line',
    date: { iso, precision: 'day', year: 2018, month: 6, day }, lede: 'Texte.', sections: [], topics: [i % 2 ? 'politique' : 'sport'], entities: [],
    wordCount: 1, readingMinutes: 1, truncated: false, draft: false, diagnostics: [],
  };
}

test('a long month is cut into pages of whole days; every day in the index leads to its page and anchor', () => {
  // 150 articles over 30 days, 5 a day: more than three pages of 40.
  const articles = Array.from({ length: 150 }, (_, i) => article(i, 1 + (i % 30)));
  const archive = buildArchive({ site: siteOptions({ origin: 'https://x' }), articles, taxonomy: [], related: new Map() });
  const pages = archive.monthPages;
  assert.ok(pages.length >= 4, `${pages.length} pages`);
  assert.deepEqual(pages.map((p) => p.url), pages.map((_, i) => (i === 0 ? '/chronologie/2018/06/' : `/chronologie/2018/06/page/${i + 1}/`)));
  const onPage = new Map(pages.flatMap((p) => p.days.map((d) => [d.anchor, p.url] as const)));
  assert.equal(onPage.size, 30, 'each day is on exactly one page');
  for (const p of pages) {
    assert.ok(p.days.reduce((n, d) => n + d.articles.length, 0) <= 40);
    assert.equal(p.dayIndex.length, 30, 'every page lists every day');
    for (const [i, item] of p.dayIndex.entries()) {
      const anchor = String(i + 1).padStart(2, '0');
      assert.equal(item.url, onPage.get(anchor) === p.url ? `#${anchor}` : `${onPage.get(anchor)}#${anchor}`);
    }
  }
  for (const a of archive.articles) assert.equal(a.card.dayUrl, `${onPage.get(a.date!.iso.slice(8))}#${a.date!.iso.slice(8)}`);
});

test('a single day bigger than a page stays whole', () => {
  const plan = planMonth('2018-06', '/chronologie/2018/06/', [...Array.from({ length: 5 }, (_, i) => article(i, 1)), ...Array.from({ length: 3 }, (_, i) => article(10 + i, 2))], 4);
  assert.deepEqual(plan.days.map((d) => [d.anchor, d.ids.length, d.page]), [['01', 5, 1], ['02', 3, 2]]);
});

test('a day longer than two pages is cut into parts of at most a page, one a page, its later parts « (suite) »', () => {
  // 300 articles of one day (an export dated to the day it was made), then 3 of the next day.
  const articles = [...Array.from({ length: 300 }, (_, i) => article(i, 4)), ...Array.from({ length: 3 }, (_, i) => article(400 + i, 5))];
  const plan = planMonth('2018-06', '/chronologie/2018/06/', articles);
  assert.deepEqual(plan.parts.flatMap((p) => p.ids), articles.map((a) => a.id), 'every article once, in order');
  assert.ok(plan.parts.every((p) => p.ids.length <= 40), plan.parts.map((p) => p.ids.length).join(', '));
  assert.deepEqual(plan.parts.map((p) => p.continued), plan.parts.map((p, i) => i > 0 && p.day === 0));
  const archive = buildArchive({ site: siteOptions({ origin: 'https://x' }), articles, taxonomy: [], related: new Map() });
  const pages = archive.monthPages;
  assert.equal(pages.length, Math.ceil(303 / 40));
  for (const [n, p] of pages.entries()) {
    assert.ok(p.days.reduce((k, d) => k + d.articles.length, 0) <= 40);
    assert.equal(p.days[0]!.label, n === 0 ? 'Lundi 4 juin 2018' : 'Lundi 4 juin 2018 (suite)');
    assert.deepEqual(p.dayIndex.map((d) => [d.label, d.count, d.here]), [['4', 300, true], ['5', 3, n === pages.length - 1]], 'the long day is here on each of its pages');
  }
  // An article's date leads to the page that shows it.
  for (const p of pages) for (const d of p.days) for (const c of d.articles) assert.equal(c.dayUrl, `${p.url}#${d.anchor}`);
});

test('a month a few articles over a page is shared out evenly: no page holds a remainder of one or two', () => {
  // 41 articles, one a day, on pages of 40: 20 and 21, not 40 and 1.
  const plan = planMonth('2018-06', '/chronologie/2018/06/', Array.from({ length: 41 }, (_, i) => article(i, 1 + (i % 30))).sort((a, b) => a.date!.day! - b.date!.day!));
  const counts = [1, 2].map((page) => plan.days.filter((d) => d.page === page).reduce((n, d) => n + d.ids.length, 0));
  assert.equal(plan.pageCount, 2);
  assert.ok(Math.min(...counts) >= 20, `pages of ${counts.join(' and ')}`);
});

test('a month page runs in date order, so its pager says older days come before and newer after', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'kiosque-month-')), 'content');
  process.once('exit', () => rmSync(join(dir, '..'), { recursive: true, force: true }));
  mkdirSync(dir);
  // 90 articles over 30 days of June 2018: more than two pages of 40.
  for (let i = 0; i < 90; i++) writeFileSync(join(dir, `a${i}.md`), `---\ntitle: "Séance ${i}"\ndate: 2018-06-${String(1 + (i % 30)).padStart(2, '0')}\n---\n\nLa séance ${i}.\n`);
  const pages = followPages(await buildSite(dir), '/chronologie/2018/06/');
  assert.ok(pages.length >= 3, `${pages.length} pages`);
  const firstDay = (i: number) => pages[i]!.page.all('section.day time')[0]!.attrs.datetime!;
  assert.ok(firstDay(0) < firstDay(1), 'the next page holds later days');
  const links = pages.map((p) => ['prev', 'next'].map((rel) => p.page.all(`nav.pager a[rel=${rel}]`).map(textOf)[0]));
  assert.deepEqual(links[0], [undefined, 'Plus récents →']);
  assert.deepEqual(links[1], ['← Plus anciens', 'Plus récents →']);
  assert.deepEqual(links.at(-1), ['← Plus anciens', undefined]);
});
