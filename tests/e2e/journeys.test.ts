/**
 * What a reader does, in Chromium, over the generated archive served under `/kiosque/` with its
 * search index: browse by topic and follow time, walk the timeline down to an article, search
 * from the header, recover from a dead link, and search with the keyboard alone. Each journey
 * clicks what the page shows and checks where it lands; none may log an error or fail a request.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { browserSkipReason, watchPage, type PageWatch } from '../../tools/lib/browser.ts';
import { fixtureArchive, type FixtureSite } from '../helpers/fixture-site.ts';
import { servedInBrowser } from '../helpers/served.ts';

const skip = browserSkipReason();
const site: FixtureSite = await fixtureArchive();

const served = servedInBrowser(site, skip);

/** A fresh page that records problems; the caller asserts `watch.problems` is empty at the end. */
async function openPage(): Promise<{ page: Page; watch: PageWatch }> {
  const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  return { page, watch: watchPage(page, served.server.origin) };
}

/** The site path of the page shown, without base path: `/sujets/sante/`. */
function sitePath(page: Page): string {
  const path = decodeURIComponent(new URL(page.url()).pathname);
  assert.ok(path.startsWith(site.basePath), `${path} is outside ${site.basePath}`);
  return path.slice(site.basePath.length - 1);
}

/** Letters only, lowercase, accents and typographic spaces folded: how a reader compares text. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** HTML links of `scope` (not chart bars) whose site path matches `pattern`, in page order. */
async function linksTo(scope: Locator, pattern: RegExp): Promise<Locator[]> {
  const links = scope.locator('a[href]:not(svg *)');
  const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.flatMap((href, i) => (pattern.test(decodeURIComponent(href).slice(site.basePath.length - 1)) ? [links.nth(i)] : []));
}

/** Clicks `link` and checks that the page it opens is the one its href names. */
async function follow(page: Page, link: Locator): Promise<string> {
  const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
  await link.click();
  await page.waitForURL(href);
  return sitePath(page);
}

/** The article's date as written in its `<time datetime>`. */
async function articleDate(page: Page): Promise<string> {
  return (await page.locator('main > article time[datetime]').first().getAttribute('datetime'))!;
}

/** Whether date `b` comes after or with `a`, compared at the precision both have. */
function notBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length, 10);
  return b.slice(0, n) >= a.slice(0, n);
}

/** A long word of the newest article's title, as a reader would type it. */
async function wordToSearch(page: Page): Promise<string> {
  await page.goto(served.server.url);
  const [first] = await linksTo(page.locator('main'), /^\/articles\//);
  const words = (await first!.innerText()).split(/[^\p{L}]+/u).filter((w) => w.length >= 6);
  assert.ok(words.length > 0, 'the newest title has a word to search for');
  return words.sort((a, b) => b.length - a.length)[0]!.toLowerCase();
}

/** Waits for the search results (links to articles in the main content) and returns them. */
async function results(page: Page): Promise<Locator[]> {
  await page.locator('main a[href*="/articles/"]').first().waitFor({ timeout: 15_000 });
  return linksTo(page.locator('main'), /^\/articles\//);
}

/** Opens a search result and checks the article it leads to is about the query. */
async function openResult(page: Page, result: Locator, query: string): Promise<void> {
  const title = fold(await result.innerText());
  assert.match(await follow(page, result), /^\/articles\/.+\/$/);
  assert.equal(fold(await page.locator('h1').innerText()), title);
  // Pagefind stems French words: « retraites » also finds « retraite ».
  assert.ok(fold(await page.locator('main > article').innerText()).includes(fold(query).slice(0, -1)), `the article mentions « ${query} »`);
}

describe('journeys', { skip }, () => {
  test('home → topic → article → next article in time, and back', async () => {
    const { page, watch } = await openPage();
    await page.goto(served.server.url);
    const [topic] = await linksTo(page.locator('main'), /^\/sujets\/[^/]+\/$/);
    assert.ok(topic, 'the home page links to a topic');
    const topicName = fold(await topic.innerText());
    assert.match(await follow(page, topic), /^\/sujets\/[^/]+\/$/);
    assert.equal(fold(await page.locator('h1').innerText()), topicName);

    // The last article of the first page is older than the others, so a newer one follows it.
    const articles = await linksTo(page.locator('main'), /^\/articles\//);
    assert.ok(articles.length >= 2, `the topic lists ${articles.length} articles`);
    const pick = articles[articles.length - 1]!;
    const title = fold(await pick.innerText());
    const first = await follow(page, pick);
    assert.equal(fold(await page.locator('h1').innerText()), title);
    assert.ok((await page.locator('main > article').innerText()).length > 200, 'the article shows its text');
    const firstDate = await articleDate(page);

    const next = page.locator('main a[rel="next"]');
    assert.equal(await next.count(), 1, 'the article links to the next one in time');
    const nextTitle = fold(await next.innerText());
    const second = await follow(page, next);
    assert.notEqual(second, first);
    assert.ok(nextTitle.includes(fold(await page.locator('h1').innerText())), 'the link named the article it opened');
    const secondDate = await articleDate(page);
    assert.ok(notBefore(firstDate, secondDate), `next is ${secondDate}, after ${firstDate}`);

    assert.equal(await follow(page, page.locator('main a[rel="prev"]')), first, 'previous leads back');
    assert.deepEqual(watch.problems, []);
    await page.context().close();
  });

  test('timeline → year → month → article', async () => {
    const { page, watch } = await openPage();
    await page.goto(served.server.url);
    const nav = page.getByRole('navigation', { name: /principale/i });
    assert.equal(await follow(page, nav.getByRole('link', { name: 'Chronologie' })), '/chronologie/');

    const [year] = await linksTo(page.locator('main'), /^\/chronologie\/\d{4}\/$/);
    assert.ok(year, 'the timeline links to a year');
    const yearPath = await follow(page, year);
    const yyyy = yearPath.split('/')[2]!;
    assert.equal((await page.locator('h1').innerText()).trim(), yyyy);

    const [month] = await linksTo(page.locator('main'), new RegExp(`^/chronologie/${yyyy}/\\d{2}/$`));
    assert.ok(month, `the year ${yyyy} links to a month`);
    const mm = (await follow(page, month)).split('/')[3]!;
    assert.match(await page.locator('h1').innerText(), new RegExp(yyyy));

    const [article] = await linksTo(page.locator('main'), /^\/articles\//);
    assert.ok(article, 'the month lists an article');
    const title = fold(await article.innerText());
    await follow(page, article);
    assert.equal(fold(await page.locator('h1').innerText()), title);
    assert.ok((await articleDate(page)).startsWith(`${yyyy}-${mm}`), `an article of ${yyyy}-${mm}`);
    assert.deepEqual(watch.problems, []);
    await page.context().close();
  });

  test('header search → results → article', async () => {
    const { page, watch } = await openPage();
    const query = await wordToSearch(page);
    const box = page.getByRole('banner').getByRole('searchbox');
    await box.fill(query);
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname === `${site.basePath}recherche/` && url.searchParams.get('q') === query);
    const found = await results(page);
    assert.ok(found.length >= 1, `results for « ${query} »`);
    await openResult(page, found[0]!, query);
    assert.deepEqual(watch.problems, []);
    await page.context().close();
  });

  test('an unknown address shows the 404 page, whose search finds articles', async () => {
    const { page, watch } = await openPage();
    const query = await wordToSearch(page);
    const dead = served.server.at('/articles/2019/01/un-article-deplace/');
    watch.allowStatus(dead);
    const response = await page.goto(dead);
    assert.equal(response?.status(), 404);
    assert.match(await page.locator('h1').innerText(), /introuvable/i);
    const sheets = await page.evaluate(() => [...document.styleSheets].map((s) => s.cssRules.length));
    assert.ok(sheets.length > 0 && sheets.every((n) => n > 0), 'the stylesheet loads at any depth');
    const box = page.getByRole('main').getByRole('searchbox');
    await box.fill(query);
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname === `${site.basePath}recherche/` && url.searchParams.get('q') === query);
    const found = await results(page);
    await openResult(page, found[0]!, query);
    assert.deepEqual(watch.problems, []);
    await page.context().close();
  });

  test('search with the keyboard alone: Tab to the box, type, Enter, Tab to a result, Enter', async () => {
    const { page, watch } = await openPage();
    const query = await wordToSearch(page);
    await page.goto(served.server.url);
    /** Presses Tab until the focused element matches `selector`. */
    const tabTo = async (selector: string, limit: number): Promise<void> => {
      for (let presses = 1; presses <= limit; presses++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      }
      throw new Error(`${selector} not reached after ${limit} presses of Tab on ${page.url()}`);
    };
    await tabTo('header input[type="search"]', 20);
    await page.keyboard.type(query);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `${site.basePath}recherche/` && url.searchParams.get('q') === query);
    await results(page);
    await tabTo('main a[href*="/articles/"]', 60);
    const title = fold(await page.evaluate(() => (document.activeElement as HTMLElement).innerText));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/articles\//);
    assert.equal(fold(await page.locator('h1').innerText()), title);
    assert.deepEqual(watch.problems, []);
    await page.context().close();
  });
});
