/**
 * Listings (a topic, a topic's year, an entity) are paginated so that a page once written keeps
 * its address and its articles when newer articles arrive: readers' links stay true, and a
 * rebuild keeps the page instead of rendering it again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ArticleCard } from '../../../src/model.ts';
import { pageLabel, paginate, PAGE_SIZE, titleSpan } from '../../../src/enrich/archive.ts';
import { kindTitle } from '../../../src/text/kind-title.ts';

/** `n` cards, newest first; card `i` is the i-th oldest, so a longer list only adds newer cards. */
const cards = (n: number): ArticleCard[] => Array.from({ length: n }, (_, j) => {
  const i = n - 1 - j;
  const day = String((i % 28) + 1).padStart(2, '0');
  return { id: `a${i}`, url: `/articles/a${i}/`, title: `A${i}`, dateIso: `2024-02-${day}`, dateLabel: `${(i % 28) + 1} février 2024`, excerpt: '', topics: [] };
});

test('the first page holds the newest articles, at least a full page of them; numbered pages hold a full page each', () => {
  fc.assert(fc.property(fc.nat(130), (n) => {
    const pages = paginate('/sujets/x/', 'X', cards(n));
    assert.equal(pages[0]!.url, '/sujets/x/');
    assert.ok(pages[0]!.items.length === n || (pages[0]!.items.length >= PAGE_SIZE && pages[0]!.items.length < 2 * PAGE_SIZE));
    for (const p of pages.slice(1)) assert.equal(p.items.length, PAGE_SIZE, p.url);
    assert.deepEqual(pages.flatMap((p) => p.items.map((c) => c.id)), cards(n).map((c) => c.id), 'every article once, newest first');
    assert.deepEqual(pages.slice(1).map((p) => p.url), pages.slice(1).map((_, i) => `/sujets/x/page/${pages.length - 1 - i}/`), 'numbered from the oldest');
  }));
});

test('newer articles leave the numbered pages as they were, but for the pagers of the four newest', () => {
  fc.assert(fc.property(fc.nat(130), fc.integer({ min: 1, max: 60 }), (n, added) => {
    const before = paginate('/sujets/x/', 'X', cards(n)).slice(1);
    const after = new Map(paginate('/sujets/x/', 'X', cards(n + added)).slice(1).map((p) => [p.url, p]));
    for (const [i, page] of before.entries()) {
      const now = after.get(page.url);
      assert.ok(now, `${page.url} still exists`);
      assert.deepEqual({ ...now, pager: undefined }, { ...page, pager: undefined }, `${page.url}: same articles, title and dates`);
      if (i >= 4) assert.deepEqual(now.pager, page.pager, `${page.url}: same pager`);
    }
  }));
});

test('the pager goes from newer to older pages, names the first page and shows the others by their dates', () => {
  const pages = paginate('/sujets/x/', 'X', cards(130));
  // 130 articles: a first page of 30, then pages 5 to 1.
  assert.deepEqual(pages.map((p) => p.items.length), [30, 20, 20, 20, 20, 20]);
  const labels = (i: number) => pages[i]!.pager.pages.map((p) => (p.current ? `[${p.label}]` : p.label));
  // A numbered page is shown by the date of its newest article (these cards' days go round the month).
  // Dates are long: one page on each side of the current one.
  assert.deepEqual(labels(0), ['[Récents]', '16 févr. 2024', '…', '20 févr. 2024']);
  assert.deepEqual(labels(3), ['Récents', '16 févr. 2024', '24 févr. 2024', '[4 févr. 2024]', '12 févr. 2024', '20 févr. 2024']);
  assert.deepEqual(labels(5), ['Récents', '…', '12 févr. 2024', '[20 févr. 2024]']);
  // The label is the link's whole name: an aria-label would have to hold the visible text.
  assert.equal(pages[0]!.pager.pages.at(-1)!.name, undefined);
  assert.equal(pages[5]!.title, 'X (1 – 20 févr. 2024)', 'in <title>: months short, the year once');
  assert.equal(pages[0]!.pager.nextUrl, '/sujets/x/page/5/');
  assert.equal(pages[1]!.pager.prevUrl, '/sujets/x/');
  assert.equal(pages[3]!.pager.prevUrl, '/sujets/x/page/4/');
  assert.equal(pages[3]!.pager.nextUrl, '/sujets/x/page/2/');
  assert.equal(pages[5]!.pager.nextUrl, undefined);
  assert.equal(pages[5]!.span, '1 février 2024 – 20 février 2024');
  assert.deepEqual(paginate('/sujets/x/', 'X', cards(39)).map((p) => p.pager.pages.length), [0], 'fewer than two pages of articles: one page, no pager');
});

test('a numbered page’s title gives its dates short: months abbreviated, the year once when both ends share it (review 34)', () => {
  const c = (dateIso: string, dateLabel: string) => ({ dateIso, dateLabel });
  assert.equal(titleSpan([c('2019-04-03', '3 avril 2019'), c('2019-01-02', '2 janvier 2019')]), '2 janv. – 3 avr. 2019');
  assert.equal(titleSpan([c('2019-01-02', '2 janvier 2019'), c('2018-11-05', '5 novembre 2018')]), '5 nov. 2018 – 2 janv. 2019');
  assert.equal(titleSpan([c('2019-05-01', '1er mai 2019'), c('2019-05-01', '1er mai 2019')]), '1er mai 2019');
  assert.equal(titleSpan([c('2019-06', 'juin 2019'), c('2019', '2019')]), '2019 – juin 2019', 'a year alone keeps its year');
  assert.equal(titleSpan([{ dateLabel: 'Sans date' }]), undefined);
  assert.equal(kindTitle('France', 'lieu'), 'France — lieu');
});

test('a listing’s first page says how many pages there are and which dates it holds; a numbered page its dates only, so that it stays as it is (review 34)', () => {
  const pages = paginate('/sujets/x/', 'X', cards(130));
  assert.equal(pages[0]!.pager.position, 'page 1 sur 6');
  assert.equal(pages[0]!.span, '17 février 2024 – 18 février 2024', 'its oldest and newest cards (these cards’ days go round the month)');
  for (const p of pages.slice(1)) assert.equal(p.pager.position, undefined, p.url);
  assert.equal(pages[5]!.span, '1 février 2024 – 20 février 2024');
  const single = paginate('/sujets/x/', 'X', cards(39));
  assert.deepEqual([single[0]!.pager.position, single[0]!.span], [undefined, undefined], 'one page: nothing to say');
});

test('screen readers hear what a page’s date in the pager stands for: « Articles jusqu’au 16 sept. 2018 » (review 34)', () => {
  assert.deepEqual(pageLabel([{ dateIso: '2018-09-16', dateLabel: '16 septembre 2018' }]), { label: '16 sept. 2018', hint: 'Articles jusqu’au' });
  assert.deepEqual(pageLabel([{ dateIso: '2018-09', dateLabel: 'septembre 2018' }]), { label: 'sept. 2018', hint: 'Articles jusqu’en' });
  assert.deepEqual(pageLabel([{ dateIso: '2018', dateLabel: '2018' }]), { label: '2018', hint: 'Articles jusqu’en' });
  assert.deepEqual(pageLabel([{ dateLabel: 'Sans date' }]), { label: 'Sans date' });
  const pages = paginate('/sujets/x/', 'X', cards(130));
  assert.ok(pages[0]!.pager.pages.filter((p) => p.url && p.url !== '/sujets/x/').every((p) => p.hint === 'Articles jusqu’au'));
});
