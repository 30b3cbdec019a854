/**
 * The catalog of bad inputs plus the seeds, built with its search index and opened in real
 * Chromium: every page, the feeds, and the search page under hostile queries. Any dialog,
 * console error, page error, request off the site, or element no article may create fails.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { build } from '../../src/build/index.ts';
import { serveStatic, type StaticServer } from '../../src/dev/static.ts';
import { browserSkipReason, launchBrowser } from '../../tools/lib/browser.ts';
import { copySeeds, expectedFiles, loadCatalog, materialiseCatalog } from '../bad/catalog.ts';
import { siteOptions } from '../../src/build/options.ts';
import { foldTypography, frenchTypography } from '../../src/text/french-typography.ts';

const catalog = loadCatalog();
let browser: Browser | undefined;
const skipReason = browserSkipReason() || '';
let server: StaticServer;
let out: string;
let urlOf: Map<string, string>;
let work: string;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'kiosque-hostile-'));
  const content = join(work, 'content');
  copySeeds(content);
  materialiseCatalog(content);
  out = join(work, 'site');
  const result = await build({
    content,
    out,
    site: siteOptions({ origin: 'https://archives.example' }),
    strict: false,
    search: true,
  });
  assert.ok(result.ok, result.failure);
  urlOf = new Map(result.report.inputs.flatMap((e) => (e.url ? [[e.file, e.url] as const] : [])));
  server = await serveStatic(out);
  if (!skipReason) browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Site URLs of every HTML page of the build. */
function htmlPages(): string[] {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return name.endsWith('.html') ? [`/${relative(out, path).split(sep).join('/')}`.replace(/index\.html$/, '')] : [];
  });
  return walk(out).sort();
}

/** A page that records everything an injected script or element would cause. */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser!.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(server.url).origin;
  page.on('dialog', (d) => {
    problems.push(`dialog ${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) problems.push(`request off the site: ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} for ${r.url()}`);
  });
  return { page, problems };
}

/** Elements and attributes that no article may put in a page. */
function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      for (const a of el.attributes) if (/^on/i.test(a.name)) found.push(`<${tag} ${a.name}="${a.value}">`);
      if (tag === 'script') {
        const s = el as HTMLScriptElement;
        if (!(s.type === 'application/ld+json' || (s.type === 'module' && s.src.startsWith(`${location.origin}/js/`)))) found.push(s.outerHTML.slice(0, 120));
      }
      if (['iframe', 'object', 'embed', 'img', 'base', 'frame'].includes(tag)) found.push(el.outerHTML.slice(0, 120));
      for (const attr of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
        const v = el.getAttribute(attr);
        if (v && /^\s*(javascript|data|vbscript):/i.test(v)) found.push(`<${tag} ${attr}="${v.slice(0, 60)}">`);
      }
    }
    return found;
  });
}

/** Resolves when `condition` holds, polled every 10 ms; rejects after `ms`. */
async function until(condition: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

test('the watchers catch a real injection, which the CSP blocks (control)', async (t) => {
  if (!browser) return t.skip(skipReason);
  const { page, problems } = await watchedPage();
  await page.goto(server.url);
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="alert(1)"><a href="javascript:void 0">x</a>');
  });
  // Wait for what the browser reports asynchronously: the CSP block and the image's 404.
  await until(() => problems.some((p) => /Content Security Policy/.test(p)) && problems.some((p) => p.startsWith('404')), 10_000);
  const found = await injected(page);
  assert.ok(found.some((f) => f.includes('onerror')) && found.some((f) => f.includes('javascript:')), found.join('\n'));
  // The CSP is the second wall: the handler is blocked, and the block is reported.
  assert.ok(problems.some((p) => /Content Security Policy/.test(p)), problems.join('\n'));
  assert.ok(!problems.some((p) => p.startsWith('dialog')), problems.join('\n'));
  assert.ok(problems.some((p) => p.startsWith('404')), problems.join('\n'));
});

test('every page of the catalog build loads without a dialog, an error or an injected element', async (t) => {
  if (!browser) return t.skip(skipReason);
  const pages = htmlPages();
  assert.ok(pages.length > catalog.cases.length, `only ${pages.length} pages`);
  const { page, problems } = await watchedPage();
  const found: string[] = [];
  for (const url of pages) {
    await page.goto(new URL(url.slice(1), server.url).href, { waitUntil: 'load' });
    for (const p of [...problems.splice(0), ...(await injected(page))]) found.push(`${url}: ${p}`);
  }
  t.diagnostic(`${pages.length} pages opened`);
  assert.deepEqual(found, []);
});

test('hostile titles are text on their pages, and their JSON-LD parses to the same text, typeset as the page shows it', async (t) => {
  if (!browser) return t.skip(skipReason);
  const { page, problems } = await watchedPage();
  const titled = [...expectedFiles(catalog)].filter(([, e]) => e.status === 'published' && e.title !== undefined);
  assert.ok(titled.some(([, e]) => e.title!.includes('</script>')));
  for (const [file, e] of titled) {
    await page.goto(new URL(urlOf.get(file)!.slice(1), server.url).href);
    const seen = await page.evaluate(() => ({
      h1: document.querySelector('h1')?.textContent ?? '',
      ld: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => (JSON.parse(s.textContent ?? '') as { headline: string }).headline),
    }));
    // Typeset as the page shows it (`l’`, « »), and still one JSON text that parses.
    assert.deepEqual(seen.ld, [frenchTypography(e.title!)], file);
    // The heading is typeset (no-break spaces, curly apostrophes, « »): compare what remains.
    const bare = (text: string) => foldTypography(text.replace(/\s/g, ''));
    assert.equal(bare(seen.h1), bare(e.title!), file);
  }
  assert.deepEqual(problems, []);
});

test('the feeds and the sitemap parse as XML in the browser', async (t) => {
  if (!browser) return t.skip(skipReason);
  const { page, problems } = await watchedPage();
  await page.goto(server.url);
  const feeds = ['flux.xml', 'sitemap.xml', ...readdirSync(join(out, 'sujets')).filter((d) => statSync(join(out, 'sujets', d)).isDirectory()).map((d) => `sujets/${d}/flux.xml`)];
  const errors = await page.evaluate(async (paths) => {
    const bad: string[] = [];
    for (const path of paths) {
      const text = await (await fetch(path)).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror');
      if (error) bad.push(`${path}: ${error.textContent}`);
    }
    return bad;
  }, feeds);
  assert.deepEqual(errors, []);
  assert.deepEqual(problems, []);
});

test('the search page shows hostile queries as text and runs none of them', async (t) => {
  if (!browser) return t.skip(skipReason);
  const { page, problems } = await watchedPage();
  // The catalog's hostile queries, then words that find the articles with hostile titles,
  // sources and topics, so their excerpts and filter values are on screen.
  const queries = [...catalog.queries.map((q) => q.q), 'balises', 'hostiles', 'script', 'structurées'];
  for (const q of queries) {
    await page.goto(`${server.url}recherche/?q=${encodeURIComponent(q)}`);
    // The search module starts once the page is painted (js/kiosque.js), then answers: the
    // status line no longer holds the page's prompt, nor says a search is running.
    await page.locator('#recherche-statut').filter({ hasNotText: /^(?:Saisissez|Recherche en cours)/ }).waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('#recherche-q').inputValue(), q, 'the query is echoed as the field’s text');
    assert.deepEqual(await injected(page), [], q.slice(0, 60));
    assert.deepEqual(problems.splice(0), [], q.slice(0, 60));
  }
  await page.goto(`${server.url}recherche/?q=hostiles`);
  await page.locator('#recherche-resultats .card-title a').first().waitFor({ timeout: 15_000 });
  // The sources are listed with the filter counts, which come after the results.
  await page.locator('#recherche-source option', { hasText: /\(\d+\)$/ }).first().waitFor({ state: 'attached', timeout: 15_000 });
  const sources = await page.locator('#recherche-source option').allTextContents();
  assert.ok(sources.some((s) => s.startsWith('<img src=x onerror=alert(1)>')), `the hostile source is not offered as text: ${sources.join(' | ')}`);
  assert.deepEqual(await injected(page), []);
  assert.deepEqual(problems, []);
});
