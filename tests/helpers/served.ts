/**
 * A built site served over HTTP and a Chromium to open it, for the browser tests of one file:
 * both started before its tests (unless `skip`) and closed after them.
 */
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../src/dev/static.ts';
import { launchBrowser } from '../../tools/lib/browser.ts';

export interface Served {
  browser: Browser;
  server: StaticServer;
}

/**
 * Registers the hooks; the returned object holds the browser and server once `before` has run.
 * @example const served = servedInBrowser(site, skip); … await served.browser.newContext()
 */
export function servedInBrowser(site: { dir: string; basePath: string }, skip: string | false): Served {
  const served = {} as Served;
  before(async () => {
    if (skip) return;
    served.server = await serveStatic(site.dir, { basePath: site.basePath });
    served.browser = await launchBrowser();
  });
  after(async () => {
    await served.browser?.close();
    await served.server?.close();
  });
  return served;
}
