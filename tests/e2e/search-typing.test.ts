/**
 * Search as the reader types, in real Chromium, over a small synthetic archive (40 articles, so
 * that « Afficher plus » has a second page): the form before Pagefind, per-keystroke results,
 * phrase search, « Essayez », Back from an article, and the `/` shortcut. Every wait is on a
 * condition, never on a fixed delay.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { prepareCorpus } from '../../tools/bench/corpus.ts';
import { SEEDS, openSearchPage, searchStatus, servedSearchSite } from '../search/site.ts';

const served = servedSearchSite('typing', (work) => {
  const dir = prepareCorpus({ articles: 40, seed: 7 }, work, SEEDS).dir;
  // `pen`, typed, starts « pensions »; submitted, it is the word alone.
  writeFileSync(join(dir, '2024-03-02-le-pen.txt'), 'Marine Le Pen en campagne\n\nMarine Le Pen a tenu un meeting à Perpignan samedi.\n');
  writeFileSync(join(dir, '2024-03-03-pensions.txt'), 'Les pensions revalorisées\n\nLes pensions de retraite seront revalorisées le mois prochain, a annoncé le ministre.\n');
  return dir;
});

const status = searchStatus;
const statusText = async (page: Page) => (await page.locator('#recherche-statut').textContent()) ?? '';

/** Types `query` key by key: once the reader stops, the list and the status line are those the address loads. */
async function settlesAsLoaded(query: string): Promise<void> {
  const { page } = await openSearchPage(served.browser!);
  await page.goto(`${served.url}recherche/?q=${encodeURIComponent(query)}`);
  await status(page, new RegExp(`pour «\u202f${query}\u202f»`));
  const loaded = await statusText(page);
  const links = () => [...document.querySelectorAll('#recherche-resultats li a')].map((a) => a.getAttribute('href'));
  const loadedLinks = await page.evaluate(links);
  await page.goto(`${served.url}recherche/`);
  await page.locator('#recherche-q').pressSequentially(query, { delay: 30 });
  await page.waitForFunction(([expected, text]) => JSON.stringify([...document.querySelectorAll('#recherche-resultats li a')].map((a) => a.getAttribute('href'))) === expected
    && document.querySelector('#recherche-statut')?.textContent === text, [JSON.stringify(loadedLinks), loaded], { timeout: 15_000 });
  assert.deepEqual(await page.evaluate(links), loadedLinks);
}

describe('search as you type', () => {
  test('the form is there before Pagefind: a query typed while the index loads gets its results', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${served.url}recherche/`);
    assert.ok(await page.locator('#recherche-q').isVisible(), 'the box is visible at once');
    await page.locator('#recherche-q').fill('retraites');
    assert.match(await statusText(page), /^Saisissez/, 'nothing answered yet: Pagefind is held back');
    release();
    await status(page, /résultats? pour «\u202fretraites\u202f»/);
    assert.ok(await page.locator('#recherche-resultats li').count() > 0);
    assert.deepEqual(problems, []);
  });

  test('a search that takes a while says so until its results are on screen, then gives its count', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    await page.goto(`${served.url}recherche/`);
    await page.locator('#recherche-q').fill('retraites');
    await status(page, /résultats? pour «\u202fretraites\u202f»/);
    // The results' fragments are held back: the next search cannot show its results.
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/pagefind/fragment/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.locator('#recherche-q').fill('gouvernement');
    await status(page, /^Recherche en cours…$/);
    release();
    await status(page, /résultats? pour «\u202fgouvernement\u202f»/);
    assert.ok(await page.locator('#recherche-resultats li').count() > 0);
    assert.deepEqual(problems, []);
  });

  test('a count on screen is not followed by « Recherche en cours… » while the rest of its page loads', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    await page.goto(`${served.url}recherche/`);
    // Pagefind loaded first, by another search: the next one shows its first result at once.
    await page.locator('#recherche-q').fill('retraites');
    await status(page, /pour «\u202fretraites\u202f»/);
    // The first result's fragment comes at once, the others well after the search is called slow.
    let fragments = 0;
    await page.route('**/pagefind/fragment/**', async (route) => {
      if (fragments++ > 0) await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    });
    await page.locator('#recherche-q').fill('');
    await status(page, /^Saisissez/);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { kiosqueStatuses: string[] }).kiosqueStatuses = seen;
      const line = document.getElementById('recherche-statut')!;
      new MutationObserver(() => seen.push(line.textContent ?? '')).observe(line, { subtree: true, childList: true, characterData: true });
    });
    await page.locator('#recherche-q').fill('gouvernement');
    await status(page, /^\d+ résultats pour «\u202fgouvernement\u202f»/);
    const seen = await page.evaluate(() => (window as unknown as { kiosqueStatuses: string[] }).kiosqueStatuses);
    const counted = seen.findIndex((text) => /^\d+ résultats/.test(text));
    assert.deepEqual(seen.slice(counted).filter((text) => !/^\d+ résultats/.test(text)), [], seen.join(' | '));
    assert.deepEqual(problems, []);
  });

  test('words typed before the search module runs (it starts once the page is painted) are kept and searched', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/js/search-page.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${served.url}recherche/`);
    await page.locator('#recherche-q').fill('retraites');
    release();
    await status(page, /résultats? pour «\u202fretraites\u202f»/);
    assert.equal(await page.locator('#recherche-q').inputValue(), 'retraites');
    assert.ok(await page.locator('#recherche-resultats li').count() > 0);
    assert.deepEqual(problems, []);
  });

  test('each keystroke searches, and what stays on screen answers the last one', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page } = await openSearchPage(served.browser!);
    await page.goto(`${served.url}recherche/`);
    await page.locator('#recherche-q').pressSequentially('gouvernement', { delay: 0 });
    await status(page, /pour «\u202fgouvernement\u202f»/);
    await page.locator('#recherche-q').fill('');
    await page.locator('#recherche-q').pressSequentially('pompiers', { delay: 0 });
    await status(page, /pour «\u202fpompiers\u202f»/);
    const marks = await page.locator('#recherche-resultats mark').allTextContents();
    assert.ok(marks.length > 0 && marks.every((m) => /^pompiers$/i.test(m)), marks.join(' | '));
    assert.match(page.url(), /\?q=pompiers$/);
  });

  test('the tenth reader’s review: a last word of one letter, left out while typing, is searched once the reader stops, as the address loads it', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    // While typing, « gouvernement » alone is searched: its list may come first, in another order.
    await settlesAsLoaded('gouvernement a');
  });

  test('review 26: a last word searched as a start while typing is searched whole once the reader stops, as the address loads it', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    // « pen » starts « pensions »: as typed, the start of the words it may become; submitted, a word of its own.
    await settlesAsLoaded('Le Pen');
  });

  test('review 26: a keystroke whose words find nothing on the way to a word that does leaves the results of the letters before it', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page } = await openSearchPage(served.browser!);
    await page.goto(`${served.url}recherche/`);
    await page.locator('#recherche-q').pressSequentially('pompiers pomp', { delay: 30 });
    await status(page, /pour «\u202fpompiers pomp\u202f»/);
    const before = await page.locator('#recherche-resultats li').count();
    assert.ok(before > 0);
    // « pompizzz » finds nothing: typed, the results of « pomp » stay; once the reader stops, it is searched as submitted.
    const seen: string[] = [];
    await page.exposeFunction('kiosqueSeen', (text: string) => seen.push(text));
    await page.evaluate(() => new MutationObserver(() => (window as unknown as { kiosqueSeen: (t: string) => void }).kiosqueSeen(
      `${document.querySelectorAll('#recherche-resultats li').length} ${document.querySelector('#recherche-statut')?.textContent}`,
    )).observe(document.getElementById('recherche')!, { subtree: true, childList: true, characterData: true }));
    await page.locator('#recherche-q').pressSequentially('izzz', { delay: 30 });
    await status(page, /^Aucun résultat pour «\u202fpompiers pompizzz\u202f»/);
    const emptyBeforeSettled = seen.filter((s) => s.startsWith('0 ') && !/pompizzz/.test(s));
    assert.deepEqual(emptyBeforeSettled, [], 'no empty list under another status while typing');
  });

  test('review 26: the query’s words are marked in the results’ titles too, where many matches are', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page } = await openSearchPage(served.browser!);
    await page.goto(`${served.url}recherche/?q=municipales`);
    await status(page, /pour «\u202fmunicipales\u202f»/);
    const titles = await page.locator('#recherche-resultats .card-title a').evaluateAll((links) => links.map((a) => ({ text: a.textContent ?? '', marks: [...a.querySelectorAll('mark')].map((m) => m.textContent) })));
    const naming = titles.filter((t) => /municipales/i.test(t.text));
    assert.ok(naming.length > 0, 'some titles name the word');
    for (const title of naming) assert.ok(title.marks.some((m) => /^municipales$/i.test(m ?? '')), title.text);
    assert.ok(titles.every((t) => t.marks.every((m) => /^municipales?$/i.test(m ?? ''))), 'only the word is marked');
  });

  test('filter counts arrive after the first results', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page } = await openSearchPage(served.browser!);
    await page.goto(`${served.url}recherche/?q=gouvernement`);
    await status(page, /pour «\u202fgouvernement\u202f»/);
    await page.locator('#recherche-annee option', { hasText: /\(\d+\)$/ }).first().waitFor({ state: 'attached' });
    const years = await page.locator('#recherche-annee option').allTextContents();
    assert.ok(years.slice(1).every((y) => /^\d{4} \(\d+\)$/.test(y)), years.join(' | '));
  });

  test('a phrase in quotes finds the phrase, and the status line quotes it once', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page } = await openSearchPage(served.browser!);
    await page.goto(`${served.url}recherche/`);
    await page.locator('#recherche-q').fill('« réforme des retraites »');
    await status(page, /résultats? pour/);
    assert.match(await statusText(page), /^\d+ résultats? pour «\u202fréforme des retraites\u202f»\.$/);
    // Each result holds the phrase in its excerpt, or in its title, shown above it (the excerpt then goes on from the text after it).
    const cards = await page.locator('#recherche-resultats article').evaluateAll((els) => els.map((e) => `${e.querySelector('h2')?.textContent} | ${e.querySelector('.excerpt')?.textContent}`));
    assert.ok(cards.length > 0 && cards.every((c) => /réforme des retraites/i.test(c)), cards.join('\n'));
  });

  test('excerpts start and end between words, with an ellipsis where the text is cut', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page } = await openSearchPage(served.browser!);
    await page.goto(`${served.url}recherche/?q=pompiers`);
    await status(page, /pour «\u202fpompiers\u202f»/);
    const excerpts = await page.locator('#recherche-resultats .excerpt').allTextContents();
    assert.ok(excerpts.some((e) => e.startsWith('… ') || e.endsWith(' …')), excerpts.join('\n'));
    for (const e of excerpts) assert.match(e, /^(… )?[^\s].*[^\s]( …)?$/s);
  });

  test('a typo is searched as the closest word of the archive, which the status line names; « Essayez » offers others', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    // Pagefind's typo tolerance finds some articles anyway: the suggestion still comes.
    await page.goto(`${served.url}recherche/?q=gouvernemnet`);
    // The archive has no such word: the closest one is searched, and the status line says so.
    await status(page, /^Aucun résultat pour «\u202fgouvernemnet\u202f»\u00a0; \d+ résultats pour «\u202fgouvernement\u202f»\.$/);
    const titles = await page.locator('#recherche-resultats h2').allTextContents();
    assert.ok(titles.length > 0);
    // « Essayez » does not name it again (review 36): no word as close but it and its forms.
    const essayez = page.locator('#recherche-essayez');
    await page.waitForTimeout(500);
    assert.equal(await essayez.isVisible(), false, (await essayez.textContent()) ?? '');
    await page.goto(`${served.url}recherche/?q=gouvernement`);
    await status(page, /pour «\u202fgouvernement\u202f»/);
    assert.equal(await essayez.isVisible(), false);
    // A typo in a query of two words is searched corrected too.
    await page.goto(`${served.url}recherche/?q=gouvernemnet%20retraites`);
    await status(page, /^Aucun résultat pour «\u202fgouvernemnet retraites\u202f»\u00a0; \d+ résultats? pour «\u202fgouvernement retraites\u202f»\.$/);
    assert.ok(await page.locator('#recherche-resultats li').count() > 0);
    // The tenth reader’s review: a word the results show (here in a title) is no typo, even one the word list lacks.
    const title = (await page.locator('#recherche-resultats h2').first().textContent()) ?? '';
    const rare = title.split(/[^\p{L}]+/u).find((w) => w.length >= 5) ?? '';
    await page.goto(`${served.url}recherche/?q=${encodeURIComponent(`gouvernement ${rare}`)}`);
    await status(page, /pour «/);
    await page.locator('#recherche-resultats li').first().waitFor();
    assert.equal(await essayez.isVisible(), false, `no « Essayez » for « gouvernement ${rare} »`);
    await page.goto(`${served.url}recherche/?q=pompiesr%20xylophonique`);
    await essayez.filter({ hasText: 'Essayez' }).waitFor();
    assert.equal(await essayez.textContent(), 'Essayez\u00a0: pompiers xylophonique', 'a word without a close one stays as typed');
    assert.deepEqual(problems, []);
  });

  test('a word the archive does not hold finds nothing, not the articles of a shorter word', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    // Pagefind answers a word no indexed word starts with by its longest indexed prefix:
    // `pompizzz` would list the articles that say « pompiers ».
    await page.goto(`${served.url}recherche/?q=pompizzz`);
    await status(page, /^Aucun résultat pour «\u202fpompizzz\u202f»\.$/);
    assert.equal(await page.locator('#recherche-resultats li').count(), 0);
    assert.ok(await page.locator('#recherche-suggestions').isVisible());
    // The filter counts are those of no result: each list keeps its « all » choice only.
    await page.waitForFunction(() => ['sujet', 'annee', 'source'].every((n) => document.querySelectorAll(`#recherche-${n} option`).length === 1), null, { timeout: 15_000 });
    // The same word typed key by key, after a word the archive has.
    await page.goto(`${served.url}recherche/`);
    await page.locator('#recherche-q').pressSequentially('pompiers pompizzz', { delay: 30 });
    await status(page, /^Aucun résultat pour «\u202fpompiers pompizzz\u202f»\.$/);
    assert.equal(await page.locator('#recherche-resultats li').count(), 0);
    await page.locator('#recherche-q').fill('pompiers');
    await status(page, /^\d+ résultats? pour «\u202fpompiers\u202f»\.$/);
    assert.deepEqual(problems, []);
  });

  test('Back from an article brings back the results, the pages of « Afficher plus » and the scroll position', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(`${served.url}recherche/?q=gouvernement`);
    await status(page, /^\d+ résultats pour/);
    const total = Number((await statusText(page)).match(/^\d+/)![0]);
    assert.ok(total > 10, `needs two pages of results, got ${total}`);
    await page.locator('#recherche-plus').click();
    await page.waitForFunction(() => document.querySelectorAll('#recherche-resultats > li').length > 10);
    const shown = await page.locator('#recherche-resultats > li').count();
    const target = page.locator('#recherche-resultats > li').nth(shown - 1).locator('.card-title a');
    await target.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    assert.ok(scrolled > 0);
    const title = await target.textContent();
    await target.click();
    await page.waitForURL(/\/articles\//);
    await page.goBack();
    await status(page, /^\d+ résultats pour/);
    await page.waitForFunction((n) => document.querySelectorAll('#recherche-resultats > li').length === n, shown);
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, scrolled);
    assert.equal(await page.locator('#recherche-resultats > li').nth(shown - 1).locator('.card-title a').textContent(), title);
    assert.deepEqual(problems, []);
  });

  test('`/` puts the cursor in the search box from any page, but types a slash in a field', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    await page.goto(`${served.url}sujets/`);
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'q-entete');
    await page.keyboard.type('a/b');
    assert.equal(await page.locator('#q-entete').inputValue(), 'a/b');
    await page.goto(`${served.url}recherche/`);
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'recherche-q');
    assert.deepEqual(problems, []);
  });
});
