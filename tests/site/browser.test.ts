/**
 * What only a browser can tell: layout from 320 px, dark scheme, print, skip link, focus,
 * the CSP holding without errors, and axe's accessibility rules. Chromium is Debian's; with
 * CI=true a missing browser fails instead of skipping.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSkipReason } from '../../tools/lib/browser.ts';
import { servedInBrowser } from '../helpers/served.ts';
import { buildSite, FIXTURE, ROOT } from '../helpers/site.ts';

const skip = browserSkipReason();

const site = await buildSite(FIXTURE);
const archive = site.result.archive!;
const PAGES: Record<string, string> = {
  accueil: '/',
  article: archive.articles.find((a) => a.bodyHtml && a.truncated === false && a.topicLinks.length > 1)!.url,
  'article tronqué': archive.articles.find((a) => a.truncated)!.url,
  sujets: '/sujets/',
  sujet: [...archive.topics].sort((a, b) => b.count - a.count)[0]!.url,
  chronologie: '/chronologie/',
  année: archive.years[0]!.url,
  mois: archive.months.find((m) => m.days.length > 1)!.url,
  'page introuvable': '/404.html',
};

const served = servedInBrowser({ dir: site.dir, basePath: site.basePath }, skip);

async function open(url: string, options: { width?: number; scheme?: 'light' | 'dark'; bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await served.browser.newContext({ viewport: { width: options.width ?? 1280, height: 800 }, bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: options.scheme ?? 'light' });
  await page.goto(new URL(url.slice(1), served.server.url).href);
  return page;
}

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

test('every page type fits a 320 px screen without sideways scrolling', { skip }, async () => {
  for (const [name, url] of Object.entries(PAGES)) {
    const page = await open(url, { width: 320 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `${name} (${url}) is ${width} px wide`);
    await page.context().close();
  }
});

test('pages load without script, style or CSP errors', { skip }, async () => {
  for (const [name, url] of Object.entries(PAGES)) {
    const context = await served.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(new URL(url.slice(1), served.server.url).href);
    assert.equal(response?.status(), 200, name);
    const styled = await page.evaluate(() => getComputedStyle(document.querySelector('.masthead')!).borderBottomStyle);
    assert.equal(styled, 'solid', `${name}: the stylesheet is applied`);
    assert.deepEqual(errors, [], name);
    await context.close();
  }
});

test('light and dark schemes both keep body text and links readable (contrast ≥ 4.5)', { skip }, async () => {
  const backgrounds: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    const page = await open(PAGES.article!, { scheme });
    const colours = await page.evaluate((selectors) => Object.fromEntries(
      Object.entries(selectors).map(([what, s]) => [what, getComputedStyle(document.querySelector(s)!)[what === 'bg' ? 'backgroundColor' : 'color']]),
    ), { bg: 'body', text: '.article-body p', muted: '.article-meta', kicker: '.kicker', tag: '.tags a', count: '.page-header .lead, .reading-time' });
    backgrounds.push(colours.bg!);
    for (const [what, colour] of Object.entries(colours)) {
      if (what !== 'bg') assert.ok(contrast(colour, colours.bg!) >= 4.5, `${scheme}: ${what} ${colour} on ${colours.bg}`);
    }
    await page.context().close();
  }
  assert.notEqual(backgrounds[0], backgrounds[1], 'dark scheme changes the page');
});

test('the skip link is the first stop, shows when focused and leads to the content', { skip }, async () => {
  const page = await open(PAGES.article!);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.getBoundingClientRect();
    return { text: el.textContent, top: box.top, bottom: box.bottom, outline: getComputedStyle(el).outlineStyle };
  });
  assert.equal(focused.text, 'Aller au contenu');
  assert.ok(focused.top >= 0 && focused.bottom > focused.top, 'visible in the viewport');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'contenu');
  await page.context().close();
});

test('keyboard focus is visible on links, buttons and chart bars', { skip }, async () => {
  const page = await open('/');
  const year = new URL(PAGES['année']!.slice(1), served.server.url).href;
  for (const selector of ['.main-nav a', '.card-title a', '.search-form button', '.month-chart a']) {
    // The home chart spans more than three years, so its bars are not links: a year's are.
    if (selector === '.month-chart a') await page.goto(year);
    await page.focus(selector);
    const style = await page.evaluate((s) => {
      const el = document.querySelector(s)!;
      const target = el.querySelector('rect') ?? el;
      const css = getComputedStyle(el);
      const inner = getComputedStyle(target);
      return { outline: css.outlineStyle, width: parseFloat(css.outlineWidth), stroke: inner.stroke, strokeWidth: parseFloat(inner.strokeWidth) };
    }, selector);
    const visible = (style.outline !== 'none' && style.width >= 2) || (style.stroke !== 'none' && style.strokeWidth >= 2);
    assert.ok(visible, `${selector}: ${JSON.stringify(style)}`);
  }
  await page.context().close();
});

test('the print stylesheet drops navigation and keeps the article', { skip }, async () => {
  const page = await open(PAGES.article!);
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => Object.fromEntries(['.masthead-bar', '.prev-next', '.site-footer .footer-links', '.article-body', 'h1'].map((s) => [s, getComputedStyle(document.querySelector(s)!).display])));
  assert.equal(shown['.masthead-bar'], 'none');
  assert.equal(shown['.prev-next'], 'none');
  assert.equal(shown['.site-footer .footer-links'], 'none');
  assert.notEqual(shown['.article-body'], 'none');
  assert.notEqual(shown.h1, 'none');
  await page.context().close();
});

test('axe finds no serious or critical accessibility problem on any page type (and in dark on three)', { skip }, async () => {
  const axe = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const runs = [
    ...Object.entries(PAGES).map(([name, url]) => ({ name, url, scheme: 'light' as const })),
    ...['accueil', 'article', 'mois'].map((name) => ({ name, url: PAGES[name]!, scheme: 'dark' as const })),
  ];
  for (const { name, url, scheme } of runs) {
    const page = await open(url, { scheme, bypassCSP: true });
    await page.evaluate(axe);
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, [], `${name} (${scheme})`);
    await page.context().close();
  }
});
