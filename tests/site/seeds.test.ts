import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { articleUrls, buildSite, cardsOf, parseHtml, queryAll, SEEDS, textOf } from '../helpers/site.ts';

const site = await buildSite(SEEDS);
const seedFiles = readdirSync(SEEDS).filter((f) => /\.(txt|md)$/.test(f));
/** The ` date AAAA-MM` line of each raw seed, read here rather than by the code under test. */
const seedDates = new Map(seedFiles.map((f) => [f, /^\s?date (\d{4}(?:-\d{2}){0,2})/m.exec(readFileSync(join(SEEDS, f), 'utf8'))?.[1]]));
const urlOf = new Map(site.result.report.inputs.filter((i) => i.url).map((i) => [i.file, i.url!]));

test('the seed build has every page type of the design map', () => {
  const urls = site.urls();
  const has = (re: RegExp, what: string) => assert.ok(urls.some((u) => re.test(u)), `no ${what}`);
  for (const fixed of ['/', '/sujets/', '/chronologie/', '/recherche/', '/flux.xml', '/flux.json', '/sitemap.xml', '/robots.txt', '/404.html']) {
    assert.ok(site.exists(fixed), fixed);
  }
  has(/^\/articles\/\d{4}\/\d{2}\/[a-z0-9-]+\/$/, 'dated article');
  has(/^\/articles\/sans-date\/[a-z0-9-]+\/$/, 'undated article');
  has(/^\/sujets\/[a-z0-9-]+\/$/, 'topic page');
  has(/^\/sujets\/[a-z0-9-]+\/flux\.xml$/, 'topic feed');
  has(/^\/chronologie\/\d{4}\/$/, 'year page');
  has(/^\/chronologie\/\d{4}\/\d{2}\/$/, 'month page');
  for (const e of site.result.archive!.entities) assert.ok(site.exists(e.url), e.url);
});

test('the three dated seeds chain previous/next in date order', () => {
  const dated = [...seedDates].filter(([, d]) => d).sort(([, a], [, b]) => (a! < b! ? -1 : 1));
  assert.equal(dated.length, 3);
  const chain = dated.map(([f]) => urlOf.get(f)!);
  chain.forEach((url, i) => {
    const page = site.page(url);
    assert.equal(page.all('nav.prev-next a[rel=prev]')[0]?.attrs.href, chain[i - 1], `${url} prev`);
    assert.equal(page.all('nav.prev-next a[rel=next]')[0]?.attrs.href, chain[i + 1], `${url} next`);
    assert.equal(page.one('.article-header time').attrs.datetime, dated[i]![1]);
  });
});

test('both undated seeds are reachable from /chronologie/', () => {
  const undated = [...seedDates].filter(([, d]) => !d).map(([f]) => urlOf.get(f)!);
  assert.equal(undated.length, 2);
  const listed = cardsOf(site.page('/chronologie/'), 'section#sans-date').map((c) => c.url);
  assert.deepEqual(listed.sort(), undated.sort());
});

test('the feeds hold the three dated seed articles; the two undated ones, which no feed reader could date, are on the timeline only', () => {
  const articles = articleUrls(site);
  assert.equal(articles.length, seedFiles.length);
  assert.equal(seedFiles.length, 5);
  const dated = [...seedDates].filter(([, d]) => d).map(([f]) => urlOf.get(f)!);
  assert.equal(dated.length, 3);
  const xml = site.read('/flux.xml');
  const atom = queryAll(parseHtml(xml), 'entry link').map((l) => new URL(l.attrs.href!).pathname);
  const json = JSON.parse(site.read('/flux.json')).items.map((i: { url: string }) => new URL(i.url).pathname);
  assert.deepEqual([...atom].sort(), [...dated].sort());
  assert.deepEqual([...json].sort(), [...dated].sort());
  assert.doesNotMatch(xml, /1970/, 'no entry dated by the epoch');
});

test('each section page marks its item of the main navigation; the search page has one search box, its own', () => {
  for (const [url, item] of [['/sujets/', 'Sujets'], ['/chronologie/', 'Chronologie'], ['/recherche/', 'Recherche']] as const) {
    assert.deepEqual(site.page(url).all('.main-nav [aria-current]').map(textOf), [item], url);
  }
  assert.equal(site.page('/recherche/').all('form[role=search]').length, 1);
  assert.equal(site.page('/recherche/').all('form[role=search]')[0]!.attrs.id, 'recherche-formulaire');
  assert.equal(site.page('/').all('form[role=search]').length, 1, 'other pages: the masthead box');
});

test('the main navigation leads to the people, organisations and places indexes, and marks theirs on their pages (review 34)', () => {
  const indexes = site.result.archive!.entityIndexes;
  assert.deepEqual(indexes.map((i) => i.url), ['/personnes/', '/organisations/', '/lieux/'], 'the seeds have the three');
  for (const url of ['/', '/sujets/', '/recherche/', ...articleUrls(site).slice(0, 1)]) {
    assert.deepEqual(site.page(url).all('.main-nav a').map((a) => [textOf(a), a.attrs.href]), [
      ['Sujets', '/sujets/'], ['Personnes', '/personnes/'], ['Organisations', '/organisations/'], ['Lieux', '/lieux/'], ['Chronologie', '/chronologie/'], ['Recherche', '/recherche/'],
    ], url);
  }
  for (const e of site.result.archive!.entities) {
    const item = indexes.find((i) => i.kind === e.kind)!.title;
    assert.deepEqual(site.page(e.url).all('.main-nav [aria-current]').map(textOf), [item], e.url);
    assert.deepEqual(site.page(indexes.find((i) => i.kind === e.kind)!.url).all('.main-nav [aria-current]').map(textOf), [item]);
  }
});
