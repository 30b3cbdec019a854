/**
 * A rare word of the archive is no typo, in real Chromium: the word list (`recherche/mots.json`) holds the frequent
 * words only, and a word of one article whose results show other forms of it was searched as a frequent word one
 * edit away (on 3,000 corpus articles, `secs` as « sens »). The page now fetches the word's file of the archive's
 * lexicon (`recherche/lexique/`, src/search/lexicon.ts) before it replaces a word, and keeps a word the archive holds;
 * when that file cannot be fetched, the page does as it did without it. The archive written here mirrors the corpus:
 * « sens » in every article, « sec » in the titles of twelve (Pagefind finds them for `secs`, and ranks them first),
 * « secs » in the body of one only, below the first page of results.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Page, Route } from 'playwright-core';
import { openSearchPage, searchStatus, servedSearchSite } from '../search/site.ts';

const ARTICLES = 32;
/** Words of every article but one, so that the word list is long and « sens » far above its end. */
const FILLER = Array.from({ length: 40 }, (_, i) => `lexique${String.fromCharCode(97 + Math.floor(i / 26) % 26)}${String.fromCharCode(97 + (i % 26))}`);
/** The article that holds « secs ». */
const RARE = 31;

const served = servedSearchSite('lexicon', (work) => {
  const content = join(work, 'content');
  mkdirSync(content);
  for (let n = 0; n < ARTICLES; n++) {
    const day = String(n % 28 + 1).padStart(2, '0');
    const title = n < 12 ? `Un été sec, étape ${n}` : `Étape ${n}`;
    const dry = n < 12 ? ' Le temps est sec.' : '';
    const rare = n === RARE ? ' Les champs sont secs depuis un mois.' : '';
    const words = FILLER.filter((_, i) => i % ARTICLES !== n).join(' ');
    writeFileSync(join(content, `2024-05-${day}-etape-${n}.md`), `---\ntitle: "${title}"\ndate: 2024-05-${day}\n---\nLe sens de la visite.${dry} ${words}.${rare}\n`);
  }
  return content;
});

/** The paths of the lexicon's files the page fetches from now on. */
function lexiconFetches(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/recherche/lexique/')) fetched.push(path);
  });
  return fetched;
}

describe('a rare word of the archive', () => {
  test('« secs », in one article, keeps its own results and gets no « Essayez »', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    const fetched = lexiconFetches(page);
    await page.goto(`${served.url}recherche/?q=secs`);
    await searchStatus(page, /pour «\u202fsecs\u202f»/);
    await page.waitForTimeout(500);
    const status = (await page.locator('#recherche-statut').textContent()) ?? '';
    assert.match(status, /^\d+ résultats? pour «\u202fsecs\u202f»\.$/, status);
    assert.equal(await page.locator('#recherche-essayez').isVisible(), false, await page.locator('#recherche-essayez').textContent() ?? '');
    // The article holding « secs » is among the results (the others hold « sec », as Pagefind stems it).
    const items = page.locator('#recherche-resultats li');
    const total = Number(/^\d+/.exec(status)![0]);
    for (let shown = await items.count(); shown < total; shown = await items.count()) {
      await page.locator('#recherche-plus').click();
      await items.nth(shown).waitFor();
    }
    const titles = await page.locator('#recherche-resultats li h2').allTextContents();
    assert.ok(titles.some((title) => title.trim() === `Étape ${RARE}`), titles.join(' | '));
    assert.equal(fetched.length, 1, 'one file of the lexicon');
    assert.deepEqual(problems, []);
  });

  test('a word the archive does not hold is still a typo: « snes » is searched as « sens »', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    await page.goto(`${served.url}recherche/?q=snes`);
    await searchStatus(page, /pour «\u202fsnes\u202f»/);
    assert.equal(await page.locator('#recherche-statut').textContent(), `Aucun résultat pour «\u202fsnes\u202f»\u00a0; ${ARTICLES} résultats pour «\u202fsens\u202f».`);
    assert.deepEqual(problems, []);
  });

  test('a query of frequent words fetches no file of the lexicon', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    const fetched = lexiconFetches(page);
    await page.goto(`${served.url}recherche/?q=sens`);
    await searchStatus(page, /pour «\u202fsens\u202f»/);
    await page.waitForTimeout(500);
    assert.equal(await page.locator('#recherche-statut').textContent(), `${ARTICLES} résultats pour «\u202fsens\u202f».`);
    assert.deepEqual(fetched, []);
    assert.deepEqual(problems, []);
  });

  test('when the lexicon cannot be fetched, the page does as without it: « secs » is searched as « sens »', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page } = await openSearchPage(served.browser!);
    // A 404, then offline: the request fails outright.
    const failures: ((route: Route) => Promise<void>)[] = [(route) => route.fulfill({ status: 404, body: '' }), (route) => route.abort('internetdisconnected')];
    for (const fail of failures) {
      await page.route('**/recherche/lexique/**', fail);
      await page.goto(`${served.url}recherche/?q=secs`);
      await searchStatus(page, /pour «\u202fsecs\u202f»/);
      assert.equal(await page.locator('#recherche-statut').textContent(), `Aucun résultat pour «\u202fsecs\u202f»\u00a0; ${ARTICLES} résultats pour «\u202fsens\u202f».`);
      await page.unroute('**/recherche/lexique/**');
    }
  });
});
