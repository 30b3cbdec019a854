/**
 * Debian's Chromium driven by playwright-core, for the end-to-end tests. Nothing here downloads
 * a browser: `.ci/run` installs the `chromium` package. Under CI (`CI=true`) a missing browser
 * fails the run; elsewhere the browser tests are skipped with the reason.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Why the browser tests cannot run here, or false when they can. Throws under CI, where a
 * skipped browser test would hide a broken site.
 * @example test('…', { skip: browserSkipReason() }, async () => { … })
 */
export function browserSkipReason(): string | false {
  if (existsSync(CHROMIUM_PATH)) return false;
  const reason = `no browser at ${CHROMIUM_PATH}: install Debian's chromium package (apt-get install -y chromium)`;
  if (process.env.CI === 'true') throw new Error(`${reason}; CI=true, so browser tests fail instead of skipping`);
  return reason;
}

/**
 * Launches headless Chromium with background networking off, so the only requests a page
 * makes are its own.
 * @example const browser = await launchBrowser(); … await browser.close();
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface PageWatch {
  /** Console errors, script errors, failed requests, HTTP errors and requests to other origins. */
  problems: string[];
  /** URLs of the scripts the page requested. */
  scripts: string[];
  /** Forgets what was recorded, before the next navigation of a reused page. */
  reset(): void;
  /** Also accepts an HTTP error status for this URL (a deliberate 404 page). */
  allowStatus(url: string): void;
}

/**
 * Records what goes wrong while `page` loads, for a test to assert that nothing did.
 * `data:` and `blob:` URLs (Pagefind's worker) count as the page's own origin.
 * @example const watch = watchPage(page, server.origin); await page.goto(url); assert.deepEqual(watch.problems, []);
 */
export function watchPage(page: Page, origin: string): PageWatch {
  const problems: string[] = [];
  const scripts: string[] = [];
  const allowed = new Set<string>();
  page.on('console', (m) => {
    if (m.type() !== 'error' || allowed.has(m.location().url)) return;
    problems.push(`console error on ${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`script error on ${page.url()}: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) problems.push(`request to another origin from ${page.url()}: ${url}`);
    if (r.resourceType() === 'script') scripts.push(url);
  });
  page.on('requestfailed', (r) => {
    // Leaving a page aborts what it still loads (often the favicon): not a fault of the site.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed request from ${page.url()}: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !allowed.has(r.url())) problems.push(`HTTP ${r.status()} for ${r.url()} from ${page.url()}`);
  });
  return {
    problems,
    scripts,
    reset: () => {
      problems.length = 0;
      scripts.length = 0;
      allowed.clear();
    },
    allowStatus: (url) => allowed.add(url),
  };
}
