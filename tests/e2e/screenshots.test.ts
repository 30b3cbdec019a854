/**
 * Full-page screenshots of each page type of the generated archive, at 375 px and 1280 px, in
 * light and dark, written to `screenshots/e2e/` (git-ignored) for design review. Each shot must
 * be a real PNG of the viewport's width, of a page that fits that width without errors.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/paths.ts';
import { browserSkipReason, launchBrowser, watchPage } from '../../tools/lib/browser.ts';
import { fixtureArchive, searchWord } from '../helpers/fixture-site.ts';
import { serveStatic, type StaticServer } from '../../src/dev/static.ts';

const SCREENSHOTS = join(PROJECT_ROOT, 'screenshots', 'e2e');
const WIDTHS = [375, 1280];
const SCHEMES = ['light', 'dark'] as const;

const skip = browserSkipReason();
const site = await fixtureArchive();
const { archive } = site;
const largest = <T>(items: T[], size: (item: T) => number): T | undefined => [...items].sort((a, b) => size(b) - size(a))[0];

/** Site address of each page type; the richest page of its type, so the shot shows every part. */
const PAGES: Record<string, string | undefined> = {
  accueil: '/',
  article: largest(archive.articles, (a) => a.topicLinks.length + a.entityLinks.length + (a.related?.length ?? 0) + (a.sections.some((s) => s.heading) ? 5 : 0))?.url,
  sujets: '/sujets/',
  sujet: largest(archive.topics, (t) => t.count)?.url,
  'sujet-annee': largest(archive.topicYearPages, (p) => p.items.length)?.url,
  chronologie: '/chronologie/',
  annee: largest(archive.years, (y) => y.count)?.url,
  mois: largest(archive.months, (m) => m.days.length)?.url,
  entite: largest(archive.entities, (e) => e.count)?.url,
  recherche: `/recherche/?q=${encodeURIComponent(searchWord(site))}`,
  '404': '/une-adresse-qui-n-existe-pas/',
};

let browser: Browser;
let server: StaticServer;
before(async () => {
  if (skip) return;
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveStatic(site.dir, { basePath: site.basePath });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Width and height from a PNG's header; fails when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG file');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('a screenshot of each page type at 375 and 1280 px, light and dark', { skip }, async (t) => {
  const page = await browser.newPage();
  const watch = watchPage(page, server.origin);
  const written: string[] = [];
  const overflows: string[] = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, path] of Object.entries(PAGES)) {
        if (!path) continue;
        const url = server.at(path);
        if (name === '404') watch.allowStatus(url);
        const response = await page.goto(url);
        assert.equal(response?.status(), name === '404' ? 404 : 200, url);
        if (name === 'recherche') await page.locator('main a[href*="/articles/"]').first().waitFor({ timeout: 15_000 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
        if (overflow > width) overflows.push(`${name} (${path}) at ${width} px is ${overflow} px wide`);
        const file = join(SCREENSHOTS, `${name}-${width}-${scheme}.png`);
        const size = pngSize(await page.screenshot({ path: file, fullPage: true }));
        assert.equal(size.width, width, file);
        assert.ok(size.height >= 300, `${file} is ${size.height} px high`);
        assert.deepEqual(pngSize(readFileSync(file)), size, `${file} is written`);
        written.push(file);
      }
    }
  }
  await page.close();
  assert.deepEqual(watch.problems, []);
  assert.deepEqual(overflows, [], 'no page scrolls sideways');
  const types = Object.values(PAGES).filter(Boolean).length;
  assert.equal(written.length, types * WIDTHS.length * SCHEMES.length);
  t.diagnostic(`${written.length} screenshots of ${types} page types in ${SCREENSHOTS}${PAGES.entite ? '' : ' (no entity page in this archive)'}`);
});

/**
 * Words a line break cuts between two letters (`septembr/e`), at a width: a break after a hyphen
 * is a normal line break, and text set with `hyphens: auto` gets a visible hyphen, so both pass.
 */
async function brokenWords(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (getComputedStyle(el).hyphens === 'auto' || el.closest('.visually-hidden')) continue;
      for (const m of n.textContent!.matchAll(/[^\s\u00a0\u202f\-‐/]+/g)) {
        // Tokens longer than a narrow line (addresses) must break somewhere rather than overflow.
        if (m[0].length > 20 || !/\p{L}\p{L}/u.test(m[0])) continue;
        const range = document.createRange();
        range.setStart(n, m.index!);
        range.setEnd(n, m.index! + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
        if (lines.size > 1) out.push(m[0]);
      }
    }
    return out;
  });
}

test('issue 15: no word is broken mid-letter on any page type at 320 and 375 px', { skip }, async () => {
  const page = await browser.newPage();
  const broken: string[] = [];
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, path] of Object.entries(PAGES)) {
      if (!path || name === 'recherche') continue;
      await page.goto(server.at(path));
      for (const word of await brokenWords(page)) broken.push(`${name} at ${width} px: ${word}`);
    }
  }
  await page.close();
  assert.deepEqual(broken, []);
});
