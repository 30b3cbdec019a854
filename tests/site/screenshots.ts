/**
 * Screenshots of the fixture archive for design review (not a test): home, article, topic and
 * month pages at 375 px and 1280 px, light and dark, written to screenshots/ (git-ignored).
 * Run: npx tsx tests/site/screenshots.ts [--readme]  (--readme also writes docs/screenshot.png)
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '../../src/dev/static.ts';
import { launchBrowser } from '../../tools/lib/browser.ts';
import { buildSite, FIXTURE, ROOT } from '../helpers/site.ts';

const PAGES: Record<string, (site: Awaited<ReturnType<typeof buildSite>>) => string> = {
  accueil: () => '/',
  article: (site) => site.result.archive!.articles.find((a) => a.bodyHtml?.includes('<h2') && a.topicLinks.length > 1)!.url,
  sujet: (site) => [...site.result.archive!.topics].sort((a, b) => b.count - a.count)[0]!.url,
  mois: (site) => site.result.archive!.months.find((m) => m.days.length > 1)!.url,
};
const WIDTHS = [375, 1280];
const SCHEMES = ['light', 'dark'] as const;

const out = join(ROOT, 'screenshots');
mkdirSync(out, { recursive: true });
const site = await buildSite(FIXTURE);
const server = await serveStatic(site.dir, { basePath: site.basePath });
const browser = await launchBrowser();
try {
  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.emulateMedia({ colorScheme: scheme });
      for (const [name, urlOf] of Object.entries(PAGES)) {
        await page.goto(new URL(urlOf(site).slice(1), server.url).href);
        const path = join(out, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path, fullPage: true });
        console.log(path);
      }
      await page.close();
    }
  }
  if (process.argv.includes('--readme')) {
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(server.url);
    await page.screenshot({ path: join(out, 'readme.png') });
    copyFileSync(join(out, 'readme.png'), join(ROOT, 'docs', 'screenshot.png'));
    console.log(join(ROOT, 'docs', 'screenshot.png'));
  }
} finally {
  await browser.close();
  await server.close();
}
