/**
 * Helpers of the search tests: the seed archive in memory, and sites built with their search
 * index into temporary folders.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../src/dev/static.ts';
import { browserSkipReason, launchBrowser } from '../../tools/lib/browser.ts';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build, type BuildResult } from '../../src/build/index.ts';
import { prepareArchive } from '../../src/build/pipeline.ts';
import type { Archive, SiteOptions } from '../../src/model.ts';
import { PROJECT_ROOT as ROOT } from '../../src/paths.ts';
import { siteOptions } from '../../src/build/options.ts';
import type { IndexOptions } from '../../src/search/index.ts';
export { PROJECT_ROOT as ROOT } from '../../src/paths.ts';

export const SEEDS = join(ROOT, 'content');

const site = (basePath: string): SiteOptions => siteOptions({ basePath, origin: 'https://archives.example' });

/** The archive of a content folder, as build.ts makes it, without rendering. */
export function archiveOf(content: string): Archive {
  return prepareArchive(content, site('/')).archive;
}

export interface SearchSite {
  dir: string;
  result: BuildResult;
  /** Deletes the temporary folder. */
  remove(): void;
}

/**
 * Builds `content` with its search index into a fresh temporary folder; fails when the build
 * does. `searchIndex`: shard size, processes, previous bundle (src/search/index.ts).
 */
export async function buildSearchSite(content: string, basePath = '/', searchIndex?: IndexOptions): Promise<SearchSite> {
  const dir = join(mkdtempSync(join(tmpdir(), 'kiosque-search-')), 'site');
  const remove = () => rmSync(dirname(dir), { recursive: true, force: true });
  const result = await build({ content, out: dir, site: site(basePath), strict: false, search: true, searchIndex });
  if (!result.ok) {
    remove();
    throw new Error(`build failed: ${result.failure}`);
  }
  return { dir, result, remove };
}

/** Site URL of each published content file, from the build report. */
export function urlsByFile(result: BuildResult): Map<string, string> {
  return new Map(result.report.inputs.filter((e) => e.status === 'published' && e.url).map((e) => [e.file, e.url!]));
}

/**
 * A new page in its own browser context that records script errors and CSP violations, so a
 * search test can assert there were none.
 * @example const { page, problems } = await openSearchPage(browser); … assert.deepEqual(problems, []);
 */
export async function openSearchPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.newContext(options)).newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  return { page, problems };
}

/** What `servedSearchSite` gives a test file once its `before` hook ran. */
export interface ServedSearchSite {
  /** Chromium, or undefined when there is none here (outside CI): the tests skip, with `skipReason`. */
  browser?: Browser;
  skipReason: string;
  /** The site's address on loopback, ending with `/`. */
  url: string;
}

/**
 * A search site for the browser tests of one file: before them, the content folder `fill` writes
 * into a temporary folder is built with its index and served, and Chromium is launched; after
 * them, all of it is closed and removed. Without a browser nothing is built.
 * `searchIndex`: as for `buildSearchSite`.
 * @example const served = servedSearchSite('typing', (work) => prepareCorpus({ articles: 40 }, work, SEEDS).dir);
 */
export function servedSearchSite(name: string, fill: (work: string) => string, searchIndex?: IndexOptions): ServedSearchSite {
  const served: ServedSearchSite = { skipReason: browserSkipReason() || '', url: '' };
  let work: string | undefined;
  let site: SearchSite | undefined;
  let server: StaticServer | undefined;
  before(async () => {
    if (served.skipReason) return;
    // Each step named in the error, and said on the test's error output at once: a failed hook
    // cancels every test of the file, and its message comes last in the test report.
    const step = async <T>(what: string, run: () => Promise<T> | T): Promise<T> => {
      try {
        return await run();
      } catch (e) {
        const error = new Error(`search site « ${name} »: ${what} failed: ${(e as Error).message}`, { cause: e });
        console.error(error.message, '\n', (e as Error).stack);
        throw error;
      }
    };
    work = mkdtempSync(join(tmpdir(), `kiosque-${name}-`));
    site = await step('the build', () => buildSearchSite(fill(work!), '/', searchIndex));
    server = await step('serving the site', () => serveStatic(site!.dir));
    served.url = server.url;
    served.browser = await step('launching Chromium', launchBrowser);
  });
  after(async () => {
    await served.browser?.close();
    await server?.close();
    site?.remove();
    if (work) rmSync(work, { recursive: true, force: true });
  });
  return served;
}

/**
 * Waits for the search page's status line to match `pattern`, and, when it gives an outcome, for
 * its list of results to be whole: the status line changes as the first result shows, the others follow.
 */
export async function searchStatus(page: Page, pattern: RegExp): Promise<void> {
  const status = page.locator('#recherche-statut');
  await status.filter({ hasText: pattern }).waitFor({ timeout: 15_000 });
  if (/^(?:Saisissez|Recherche en cours)/.test((await status.textContent()) ?? '')) return;
  await resultsWhole(page);
}

/** Waits for the search page's list of results to be whole (no longer `aria-busy`): its status line changes with the first result. */
export const resultsWhole = (page: Page, timeout = 15_000) => page.locator('#recherche-resultats:not([aria-busy])').waitFor({ state: 'attached', timeout });
