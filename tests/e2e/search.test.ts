/**
 * The search page in real Chromium, over sites built from the seeds (and a hostile fixture)
 * with their Pagefind index, served from temporary folders on a random local port.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../src/dev/static.ts';
import { browserSkipReason, launchBrowser } from '../../tools/lib/browser.ts';
import { buildSearchSite, ROOT, SEEDS, urlsByFile, openSearchPage, resultsWhole, type SearchSite } from '../search/site.ts';

interface SeedQuery {
  q: string;
  expected: string[];
}

const seedQueries = (JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/search-queries.json'), 'utf8')) as { queries: SeedQuery[] }).queries;

let browser: Browser | undefined;
const skipReason = browserSkipReason() || '';
before(async () => {
  if (!skipReason) browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});


/** Waits until the search page has announced the outcome of the current search. */
async function statusOf(page: Page, pattern: RegExp): Promise<string> {
  const status = page.locator('#recherche-statut');
  await status.filter({ hasText: pattern }).waitFor({ timeout: 10_000 });
  await resultsWhole(page, 10_000);
  return (await status.textContent()) ?? '';
}

const resultLinks = (page: Page) => page.locator('#recherche-resultats .card-title a');

/** Waits until a filter list shows counts: they arrive after the first results. */
const countsShown = (page: Page, select: string) =>
  page.locator(`${select} option`, { hasText: /\(\d+\)$/ }).first().waitFor({ state: 'attached', timeout: 10_000 });

describe('search over the seeds', () => {
  let server: StaticServer;
  let site: SearchSite;
  let urls: Map<string, string>;

  before(async () => {
    if (!browser) return;
    site = await buildSearchSite(SEEDS);
    const { dir, result } = site;
    urls = urlsByFile(result);
    assert.equal(urls.size, 5);
    assert.ok(result.report.inputs.filter((e) => e.status === 'published').every((e) => e.searchable === true), 'the report says every seed is searchable');
    server = await serveStatic(dir);
  });
  after(async () => {
    await server?.close();
    site?.remove();
  });

  test('typing a query shows results with title, date, highlighted excerpt and topic links', async (t) => {
    if (!browser) return t.skip(skipReason);
    const { page, problems } = await openSearchPage(browser!);
    await page.goto(`${server.url}recherche/`);
    await page.locator('#recherche-q').fill('intelligence');
    assert.equal(await statusOf(page, /résultat/), '5 résultats pour «\u202fintelligence\u202f».');
    assert.equal(await resultLinks(page).count(), 5);
    const first = page.locator('#recherche-resultats > li').first();
    assert.ok((await first.locator('.card-title a').textContent())!.length > 10);
    assert.match((await first.locator('.card-meta').textContent())!, /2024|Date inconnue/);
    const marks = await page.locator('#recherche-resultats mark').allTextContents();
    assert.ok(marks.length >= 5 && marks.every((m) => /intelligence/i.test(m)), marks.join(' | '));
    const excerpts = (await page.locator('#recherche-resultats .excerpt').allTextContents()).join(' ');
    // Excerpts open on the ledes, whose words weigh more (review 34): « d’intelligence » there.
    assert.match(excerpts, /[ld]’intelligence/, 'excerpts keep the curly apostrophe');
    assert.doesNotMatch(excerpts, /’'/, 'no indexing mark left in excerpts');
    const topic = first.locator('.tags a').first();
    assert.match((await topic.getAttribute('href'))!, /^\/sujets\/[a-z0-9-]+\/$/);
    assert.match(page.url(), /\?q=intelligence$/, 'the URL holds the query');
    assert.deepEqual(problems, []);
  });

  test('a filter narrows the results and shows counts; back and forward restore each step', async (t) => {
    if (!browser) return t.skip(skipReason);
    const { page, problems } = await openSearchPage(browser!);
    await page.goto(`${server.url}recherche/?q=intelligence`);
    await statusOf(page, /^5 résultats/);
    await countsShown(page, '#recherche-annee');
    await countsShown(page, '#recherche-sujet');
    const years = await page.locator('#recherche-annee option').allTextContents();
    assert.deepEqual(years, ['Toutes les années', '2024 (3)']);
    assert.ok((await page.locator('#recherche-sujet option').allTextContents()).includes('Intelligence artificielle (5)'));
    await page.locator('#recherche-annee').selectOption('2024');
    assert.equal(await statusOf(page, /^3 résultats/), '3 résultats pour «\u202fintelligence\u202f», avec les filtres choisis.');
    assert.equal(await resultLinks(page).count(), 3);
    assert.match(page.url(), /\?q=intelligence&annee=2024$/);
    await page.locator('#recherche-tri').selectOption('ancien');
    await page.waitForURL(/tri=ancien/);
    await statusOf(page, /^3 résultats/);
    const dates = await page.locator('#recherche-resultats .card-meta time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    assert.deepEqual(dates, ['2024-01', '2024-02', '2024-07'], 'oldest first');
    await page.goBack();
    await page.waitForURL(/annee=2024$/);
    await page.goBack();
    await page.waitForURL(/\?q=intelligence$/);
    await statusOf(page, /^5 résultats/);
    assert.equal(await page.locator('#recherche-annee').inputValue(), '');
    await page.goForward();
    await statusOf(page, /^3 résultats/);
    assert.equal(await page.locator('#recherche-annee').inputValue(), '2024');
    assert.deepEqual(problems, []);
  });

  test('Back walks back through the searches typed one after the other, each with its results (the thirteenth reader’s review)', async (t) => {
    if (!browser) return t.skip(skipReason);
    const { page, problems } = await openSearchPage(browser!);
    await page.goto(`${server.url}recherche/`);
    const box = page.locator('#recherche-q');
    await box.pressSequentially('intelligence', { delay: 30 });
    await box.press('Enter');
    await statusOf(page, /^5 résultats pour «\u202fintelligence/);
    await box.fill('');
    await box.pressSequentially('eau', { delay: 30 });
    await box.press('Enter');
    await statusOf(page, /^1 résultat pour «\u202feau/);
    await page.goBack();
    await page.waitForURL(/\?q=intelligence$/);
    assert.equal(await box.inputValue(), 'intelligence');
    await statusOf(page, /^5 résultats pour «\u202fintelligence/);
    await page.goForward();
    await page.waitForURL(/\?q=eau$/);
    await statusOf(page, /^1 résultat pour «\u202feau/);
    assert.deepEqual(problems, []);
  });

  test('a search loaded from the address says it is under way while the index loads, not « Saisissez… » (the thirteenth reader’s review)', async (t) => {
    if (!browser) return t.skip(skipReason);
    const { page } = await openSearchPage(browser!);
    // A slow connection: Pagefind's script arrives two seconds late (on 10,000 articles, about one).
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await new Promise((done) => setTimeout(done, 2000));
      await route.continue();
    });
    await page.goto(`${server.url}recherche/?q=eau`);
    await page.waitForTimeout(700);
    assert.equal(await page.locator('#recherche-statut').textContent(), 'Recherche en cours…');
    await statusOf(page, /^1 résultat/);
  });

  test('?q= restores a search on load; a result opens its article with the query words highlighted', async (t) => {
    if (!browser) return t.skip(skipReason);
    const { page, problems } = await openSearchPage(browser!);
    await page.goto(`${server.url}recherche/?q=eau`);
    assert.equal(await statusOf(page, /résultat/), '1 résultat pour «\u202feau\u202f».');
    assert.equal(await page.locator('#recherche-q').inputValue(), 'eau');
    assert.equal(await page.locator('#recherche-resultats mark').first().textContent(), 'eau');
    assert.match((await page.locator('#recherche-resultats .excerpt').first().textContent())!, /à l’eau potable/, 'the elided article stays glued to its word');
    const title = await resultLinks(page).first().textContent();
    await resultLinks(page).first().click();
    await page.waitForURL(`${server.url.replace(/\/$/, '')}${urls.get('001_49f8b49277cbb6e8.txt')}?surligner=eau`);
    assert.equal(await page.locator('h1').textContent(), title);
    const highlighted = page.locator('article mark.surlignage');
    await highlighted.first().waitFor();
    assert.deepEqual([...new Set((await highlighted.allTextContents()).map((m) => m.toLowerCase()))], ['eau'], 'whole words only, under the site’s CSP');
    // Review 33: a topic's link under the title was highlighted like the text.
    const body = ` ${(await page.locator('.article-body').textContent())!.toLowerCase().replace(/[^\p{L}]+/gu, ' ')} `;
    const labels = await page.locator('article .tags a').allTextContents();
    const topic = labels.flatMap((l) => l.split(/\s+/u)).find((w) => w.length >= 4 && body.includes(` ${w.toLowerCase()} `));
    assert.ok(topic, `a word of a topic of the article (${labels.join(', ')}) is in its text`);
    await page.goto(`${page.url().split('?')[0]}?surligner=${encodeURIComponent(topic)}`);
    // The word is in the text too: highlighted there first.
    await page.locator('.article-body mark.surlignage').first().waitFor();
    assert.equal(await page.locator('article .tags mark, article nav mark').count(), 0, `« ${topic} »: not highlighted in the topics’ links nor the trail`);
    assert.deepEqual(problems, []);
  });

  test('on a 375 px phone, the filters with their counts and long labels never make the page scroll sideways (the thirteenth reader’s review)', async (t) => {
    if (!browser) return t.skip(skipReason);
    const page = await (await browser!.newContext({ viewport: { width: 375, height: 800 } })).newPage();
    await page.goto(`${server.url}recherche/?q=eau`);
    await statusOf(page, /résultat/);
    await countsShown(page, '#recherche-sujet');
    // Labels as long as the corpus's sources (« BVA-Salesforce / presse régionale / Orange ») and topics, with their counts.
    await page.evaluate(() => {
      for (const [select, text] of [['#recherche-source', 'BVA-Salesforce / presse régionale / Orange (1)'], ['#recherche-sujet', 'Météo et catastrophes naturelles (1 234)']]) {
        const option = document.createElement('option');
        option.textContent = text!;
        document.querySelector(select!)!.append(option);
      }
    });
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, ...[...document.querySelectorAll('.search-refine select')].map((s) => Math.round(s.getBoundingClientRect().right))]);
    assert.ok(widths.every((w) => w <= 375), `widths: ${widths.join(', ')}`);
  });

  test('no result: the page says so and suggests topics and the timeline', async (t) => {
    if (!browser) return t.skip(skipReason);
    const { page } = await openSearchPage(browser!);
    await page.goto(`${server.url}recherche/?q=xylophone&annee=2024`);
    assert.equal(await statusOf(page, /Aucun/), 'Aucun résultat pour «\u202fxylophone\u202f», avec les filtres choisis.');
    const suggestions = page.locator('#recherche-suggestions');
    assert.ok(await suggestions.isVisible());
    assert.ok(await suggestions.locator('a[href="/chronologie/"]').isVisible());
    assert.ok((await suggestions.locator('a[href^="/sujets/"]').count()) >= 5);
    await page.locator('#recherche-sans-filtres').click();
    await page.waitForURL(/\?q=xylophone$/);
  });

  test('usable with the keyboard alone: type, search, reach a result, open it', async (t) => {
    if (!browser) return t.skip(skipReason);
    const { page } = await openSearchPage(browser!);
    await page.goto(`${server.url}recherche/`);
    await page.locator('#recherche-q').waitFor();
    await page.locator('#recherche-q').focus();
    await page.keyboard.type('Llama');
    await page.keyboard.press('Enter');
    await statusOf(page, /^3 résultats/);
    let onResult = false;
    for (let i = 0; i < 15 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => document.activeElement?.closest('#recherche-resultats .card-title') !== null);
    }
    assert.ok(onResult, 'Tab reaches the first result');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/articles\//);
    assert.match((await page.locator('h1').textContent())!, /\S/);
  });

  test('results are announced: the count sits in a live status region', async (t) => {
    if (!browser) return t.skip(skipReason);
    const { page } = await openSearchPage(browser!);
    await page.goto(`${server.url}recherche/?q=createurs`);
    await statusOf(page, /^3 résultats/);
    const status = page.getByRole('status');
    assert.equal(await status.count(), 1);
    assert.match((await status.textContent())!, /3 résultats pour/);
    for (const id of ['recherche-q', 'recherche-sujet', 'recherche-annee', 'recherche-source', 'recherche-tri']) {
      assert.equal(await page.locator(`label[for="${id}"]`).count(), 1, `${id} has a label`);
    }
  });

  test('before any search, the pointer coming over the filter lists fills the source list, so that it opens with the sources', async (t) => {
    if (!browser) return t.skip(skipReason);
    const { page } = await openSearchPage(browser!);
    await page.goto(`${server.url}recherche/`);
    await page.waitForTimeout(500);
    assert.equal(await page.locator('#recherche-source option').count(), 1, 'only « Toutes les sources » before');
    await page.locator('#recherche-source').hover();
    await countsShown(page, '#recherche-source');
    assert.ok((await page.locator('#recherche-source option').count()) > 1);
  });

  test('without JavaScript the page says so and points to topics and the timeline; the form, which cannot work, is hidden', async (t) => {
    if (!browser) return t.skip(skipReason);
    const { page } = await openSearchPage(browser!, { javaScriptEnabled: false });
    await page.goto(`${server.url}recherche/?q=eau`);
    const notice = page.locator('main .notice');
    assert.match((await notice.textContent())!, /La recherche a besoin de JavaScript/);
    assert.ok(await notice.locator('a[href="/sujets/"]').isVisible());
    assert.ok(await notice.locator('a[href="/chronologie/"]').isVisible());
    // Review 33: the notice, then a form, filters and a prompt to type that did nothing.
    assert.equal(await page.locator('#recherche-q').isVisible(), false, 'no form that does nothing');
    assert.equal(await page.locator('#recherche-statut').isVisible(), false, 'no prompt to type');
    await page.context().close();
    const { page: scripted } = await openSearchPage(browser!);
    await scripted.goto(`${server.url}recherche/?q=eau`);
    assert.equal(await scripted.locator('#recherche-q').isVisible(), true, 'with JavaScript, the form is shown');
    await scripted.context().close();
  });

  test('the header search box of any page leads to the search page', async (t) => {
    if (!browser) return t.skip(skipReason);
    const { page } = await openSearchPage(browser!);
    await page.goto(server.url);
    await page.locator('header form[role="search"] input[name="q"]').fill('Zuckerberg');
    await page.locator('header form[role="search"] input[name="q"]').press('Enter');
    await page.waitForURL(/\/recherche\/\?q=Zuckerberg$/);
    assert.equal(await statusOf(page, /résultat/), '4 résultats pour «\u202fZuckerberg\u202f».');
  });

  for (const { q, expected } of seedQueries) {
    test(`seed query « ${q} » finds all its articles (recall 1.0)`, async (t) => {
      if (!browser) return t.skip(skipReason);
      const { page } = await openSearchPage(browser!);
      await page.goto(`${server.url}recherche/?q=${encodeURIComponent(q)}`);
      await statusOf(page, /résultat/);
      const found = new Set(await resultLinks(page).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)));
      const missing = expected.filter((file) => !found.has(urls.get(file)!));
      assert.ok(expected.every((file) => urls.has(file)), 'every expected seed is published');
      assert.deepEqual(missing, [], `« ${q} » found ${[...found].join(', ')}`);
    });
  }
});

describe('search under a base path', () => {
  test('results, topic links and the index load under /kiosque/', async (t) => {
    if (!browser) return t.skip(skipReason);
    const site = await buildSearchSite(SEEDS, '/kiosque/');
    const server = await serveStatic(site.dir, { basePath: '/kiosque/' });
    try {
      const { page, problems } = await openSearchPage(browser!);
      await page.goto(`${server.url}recherche/?q=etats-unis`);
      assert.equal(await statusOf(page, /résultat/), '2 résultats pour «\u202fetats-unis\u202f».');
      const hrefs = await page.locator('#recherche-resultats a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert.ok(hrefs.length >= 4 && hrefs.every((h) => h!.startsWith('/kiosque/')), hrefs.join(' '));
      await resultLinks(page).first().click();
      await page.waitForURL(/\/kiosque\/articles\//);
      assert.deepEqual(problems, []);
    } finally {
      await server.close();
      site.remove();
    }
  });
});

describe('hostile content', () => {
  test('markup in titles, sources and text is shown as text, never run', async (t) => {
    if (!browser) return t.skip(skipReason);
    const content = join(mkdtempSync(join(tmpdir(), 'kiosque-hostile-')), 'content');
    t.after(() => rmSync(dirname(content), { recursive: true, force: true }));
    mkdirSync(content);
    for (const f of readdirSync(SEEDS).filter((f) => f.endsWith('.yml'))) writeFileSync(join(content, f), readFileSync(join(SEEDS, f)));
    writeFileSync(join(content, 'piege.md'), [
      '---',
      'title: "<img src=x onerror=window.pwned=1> Piège à pirates"',
      'date: 2024-03-02',
      'source: "<img src=x onerror=window.pwned=2>"',
      '---',
      '',
      'Un pirate écrit <script>window.pwned=3</script> et <b onmouseover=window.pwned=4>gras</b> dans l’article sur les pirates.',
      '',
    ].join('\n'));
    const site = await buildSearchSite(content);
    const server = await serveStatic(site.dir);
    try {
      const { page, problems } = await openSearchPage(browser!);
      await page.goto(`${server.url}recherche/?q=pirates`);
      await statusOf(page, /^1 résultat/);
      assert.equal(await page.locator('#recherche img, #recherche script, #recherche b').count(), 0);
      assert.match((await resultLinks(page).first().textContent())!, /^<img src=x onerror=window\.pwned=1> Piège à pirates$/);
      await countsShown(page, '#recherche-source');
      assert.ok((await page.locator('#recherche-source option').allTextContents()).includes('<img src=x onerror=window.pwned=2> (1)'));
      assert.match((await page.locator('#recherche-resultats .excerpt').textContent())!, /<script>window\.pwned=3<\/script>/);
      await page.locator('#recherche-source').selectOption('<img src=x onerror=window.pwned=2>');
      await page.waitForURL(/source=/);
      await statusOf(page, /^1 résultat/);
      assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
      assert.deepEqual(problems, []);
    } finally {
      await server.close();
      site.remove();
    }
  });
});
