/**
 * The search page over an index in date-ordered shards (src/search/shards.ts), in real
 * Chromium: the same archive (60 synthetic articles and the seeds, two of them undated) built
 * as one index and in shards of 8 articles gives readers the same answers: the same results
 * and status line, the date sorts in exactly the same order through every page of
 * « Afficher plus », and the same filter counts.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { prepareCorpus } from '../../tools/bench/corpus.ts';
import { serveStatic, type StaticServer } from '../../src/dev/static.ts';
import { browserSkipReason, launchBrowser } from '../../tools/lib/browser.ts';
import { buildSearchSite, SEEDS, openSearchPage, resultsWhole, type SearchSite } from '../search/site.ts';

let browser: Browser | undefined;
const skipReason = browserSkipReason() || '';
let work: string;
const sites: { one?: SearchSite; sharded?: SearchSite } = {};
const servers: { one?: StaticServer; sharded?: StaticServer } = {};

before(async () => {
  if (skipReason) return;
  browser = await launchBrowser();
  work = mkdtempSync(join(tmpdir(), 'kiosque-shards-'));
  const corpus = prepareCorpus({ articles: 60, seed: 11 }, work, SEEDS);
  // Undated articles: last in both date orders, from their own shard.
  for (const n of [1, 2]) {
    writeFileSync(join(corpus.dir, `sans-date-${n}.txt`), `Le gouvernement et les ministres, article sans date ${n}\n\nLe gouvernement a reçu les syndicats et les ministres pour la ${n}e fois.\n`);
  }
  sites.one = await buildSearchSite(corpus.dir);
  sites.sharded = await buildSearchSite(corpus.dir, '/', { shardSize: 8, jobs: 2 });
  servers.one = await serveStatic(sites.one.dir);
  servers.sharded = await serveStatic(sites.sharded.dir);
});
after(async () => {
  await browser?.close();
  await servers.one?.close();
  await servers.sharded?.close();
  sites.one?.remove();
  sites.sharded?.remove();
  if (work) rmSync(work, { recursive: true, force: true });
});


/** What a reader sees after a search: status line, every result (all pages of « Afficher plus ») and the filter lists once counted; and the index chunks fetched. */
async function answer(server: StaticServer, query: string): Promise<{ status: string; results: string[]; filters: string[][]; problems: string[]; chunks: number }> {
  const { page, problems } = await openSearchPage(browser!);
  const chunks = new Set<string>();
  page.on('request', (r) => { if (/\/pagefind\/(?:[^/]+\/)?index\//.test(r.url())) chunks.add(r.url()); });
  await page.goto(`${server.url}recherche/${query}`);
  const status = page.locator('#recherche-statut');
  await status.filter({ hasText: /résultat|article/ }).waitFor({ timeout: 15_000 });
  await resultsWhole(page);
  const more = page.locator('#recherche-plus');
  while (await more.isVisible()) {
    const label = await more.textContent();
    await more.click();
    // The button says how many are left once the page is shown, or hides after the last one.
    await page.waitForFunction((before) => {
      const button = document.getElementById('recherche-plus')!;
      return button.hidden || button.textContent !== before;
    }, label);
  }
  const results = await page.locator('#recherche-resultats > li').evaluateAll((items) => items.map((li) => {
    const link = li.querySelector('.card-title a')!;
    return `${li.querySelector('.card-meta time, .card-meta .undated')?.textContent} | ${link.getAttribute('href')}`;
  }));
  await page.locator('#recherche-annee option', { hasText: /\(\d+\)$/ }).first().waitFor({ state: 'attached', timeout: 15_000 });
  const filters = await Promise.all(['sujet', 'annee', 'source'].map((name) => page.locator(`#recherche-${name} option`).allTextContents()));
  const text = (await status.textContent()) ?? '';
  await page.context().close();
  return { status: text, results, filters, problems, chunks: chunks.size };
}

describe('search over shards', () => {
  test('the build writes several bundles and the search page lists them', (t) => {
    if (!browser) return t.skip(skipReason);
    const page = (site: SearchSite) => readFileSync(join(site.dir, 'recherche', 'index.html'), 'utf8');
    assert.doesNotMatch(page(sites.one!), /data-kiosque-bundles/, 'one index: no list');
    const listed = /data-kiosque-bundles="([^"]*)"/.exec(page(sites.sharded!))?.[1]?.replace(/&quot;/g, '"');
    const bundles = JSON.parse(listed ?? '[]') as string[];
    assert.ok(bundles.length >= 5, `${bundles.length} bundles`);
    assert.equal(bundles[0], '/pagefind/');
    assert.equal(bundles.at(-1), '/pagefind/sans-date/', 'undated articles in their own shard, listed last');
  });

  test('a topic chosen alone lists every article of the topic, newest first, from one index chunk per bundle', async (t) => {
    if (!browser) return t.skip(skipReason);
    const archive = sites.sharded!.result.archive!;
    const topic = [...archive.topics].sort((a, b) => b.count - a.count)[0]!;
    assert.ok(topic.count > 10, `${topic.label}: ${topic.count} articles`);
    const [one, sharded] = [await answer(servers.one!, `?sujet=${topic.slug}`), await answer(servers.sharded!, `?sujet=${topic.slug}`)];
    const expected = archive.articles.filter((a) => a.topics.includes(topic.slug)).map((a) => a.url);
    assert.deepEqual(sharded.results.map((r) => r.split(' | ')[1]).sort(), [...expected].sort());
    assert.deepEqual(sharded.results, one.results, 'newest first across shards');
    assert.equal(sharded.status, `${expected.length} articles avec les filtres choisis.`);
    assert.deepEqual(sharded.filters, one.filters);
    // Pagefind's own filters-only search fetches every index chunk of every bundle.
    const dir = sites.sharded!.dir;
    const bundles = readdirSync(join(dir, 'pagefind'), { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(dir, 'pagefind', d.name, 'index'))).map((d) => join(dir, 'pagefind', d.name, 'index'));
    const total = [join(dir, 'pagefind', 'index'), ...bundles].reduce((n, d) => n + readdirSync(d).length, 0);
    assert.ok(sharded.chunks <= bundles.length + 1, `${sharded.chunks} chunks fetched for ${bundles.length + 1} bundles (${total} chunks in all)`);
    assert.ok(total > bundles.length + 1, `the bundles have ${total} chunks, more than one each: enough to tell`);
    assert.deepEqual([...one.problems, ...sharded.problems], []);
  });

  const queries = [
    { query: '?q=gouvernement&tri=recent', paged: true },
    { query: '?q=gouvernement&tri=ancien', paged: true },
    { query: '?q=les&tri=ancien', paged: true },
    { query: '?q=ministre&source=AFP&tri=recent', paged: false },
    { query: '?q=de', paged: true },
  ];
  for (const { query, paged } of queries) {
    test(`${query}: the same results, in the same order, and the same filter counts as one index`, async (t) => {
      if (!browser) return t.skip(skipReason);
      const [one, sharded] = [await answer(servers.one!, query), await answer(servers.sharded!, query)];
      assert.ok(one.results.length > (paged ? 10 : 1), `${one.results.length} results${paged ? ': needs « Afficher plus »' : ''}`);
      assert.equal(sharded.status, one.status);
      if (/tri=/.test(query)) assert.deepEqual(sharded.results, one.results, 'date order across shards');
      else assert.deepEqual([...sharded.results].sort(), [...one.results].sort(), 'relevance: the same results');
      assert.deepEqual(sharded.filters, one.filters, 'filter counts summed over the shards');
      assert.deepEqual([...one.problems, ...sharded.problems], []);
    });
  }
});
