/**
 * Quality gates over every page of two built sites: the seeds (at `/`) and a generated archive
 * of a few hundred articles (under `/kiosque/`). From the files: html-validate, internal links,
 * anchors and assets, the Content-Security-Policy and what it would block, page weight. In
 * Chromium, on every seed page and on a sample of the archive (every page type, then an evenly
 * spread selection; see browserSample): no console error, failed request or request to another
 * origin, and no axe-core violation.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { formatBudgets, measureBudgets, pageType, PAGE_TYPES, SITE_SCRIPT_MAX_BYTES } from '../../tools/budgets.ts';
import { PROJECT_ROOT } from '../../src/paths.ts';
import { browserSkipReason, launchBrowser, watchPage } from '../../tools/lib/browser.ts';
import { fixtureArchive, searchWord, seedSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { serveStatic, type StaticServer } from '../../src/dev/static.ts';
import { parseHtml, queryAll, type Element } from '../helpers/site.ts';

/** Pages of the generated archive loaded in Chromium beyond the first and last of each type. */
const BROWSER_SAMPLE = 50;
/** The origin the sites are built for: absolute links to it (canonical, og:url) are internal. */
const SITE_ORIGIN = 'https://archives.example';

const skip = browserSkipReason();
const sites = [await seedSite(), await fixtureArchive()];

/** The built file a site path maps to: `/sujets/` → `…/sujets/index.html`. */
function fileOf(site: FixtureSite, sitePath: string): string {
  return join(site.dir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
}

const parsed = new Map<string, Element>();
/** The parsed HTML of a page, parsed once. */
function dom(site: FixtureSite, sitePath: string): Element {
  const file = fileOf(site, sitePath);
  if (!parsed.has(file)) parsed.set(file, parseHtml(readFileSync(file, 'utf8')));
  return parsed.get(file)!;
}

/** Every element under `root`, in document order. */
function elements(root: Element): Element[] {
  return root.children.flatMap((c) => (typeof c === 'string' ? [] : [c, ...elements(c)]));
}

/** Every `id` (and `a[name]`) of a page: the targets its `#fragment` links may point at. */
function anchorsOf(root: Element): Set<string> {
  return new Set(elements(root).flatMap((el) => [el.attrs.id, el.tag === 'a' ? el.attrs.name : undefined]).filter((v): v is string => !!v));
}

interface Link {
  where: string;
  url: string;
  /** Loaded with the page (stylesheet, script, image…) rather than followed by the reader. */
  asset: boolean;
}

/** Links a reader or crawler follows; every other URL attribute is loaded with the page. */
const NAVIGATION_RELS = new Set(['canonical', 'alternate', 'prev', 'next', 'nofollow', 'noopener', 'noreferrer', 'author', 'license', 'external']);

/** URL-valued attributes of a page, with the element that holds each. */
function linksOf(root: Element): Link[] {
  const out: Link[] = [];
  for (const el of elements(root)) {
    const followed = el.tag === 'a' || el.tag === 'form' || (el.tag === 'link' && (el.attrs.rel ?? '').split(/\s+/).every((r) => NAVIGATION_RELS.has(r)));
    for (const attr of ['href', 'src', 'action', 'poster', 'xlink:href']) {
      if (el.attrs[attr] !== undefined) out.push({ where: `<${el.tag} ${attr}>`, url: el.attrs[attr]!, asset: !followed });
    }
    for (const candidate of (el.attrs.srcset ?? '').split(',').map((s) => s.trim().split(/\s+/)[0]).filter(Boolean)) {
      out.push({ where: `<${el.tag} srcset>`, url: candidate!, asset: true });
    }
    if (el.tag === 'meta' && el.attrs.property === 'og:url') out.push({ where: '<meta og:url>', url: el.attrs.content ?? '', asset: false });
    if (el.tag === 'meta' && el.attrs.property === 'og:image') out.push({ where: '<meta og:image>', url: el.attrs.content ?? '', asset: false });
  }
  return out;
}

/**
 * What is wrong with `url`, found on page `from`, or undefined when it leads somewhere real.
 * Links to other sites are not followed, but nothing may be loaded from one; links into this
 * site must reach a file, and their `#fragment` an element of the target page.
 */
function brokenLink(site: FixtureSite, from: string, url: string, asset: boolean): string | undefined {
  if (url.trim() === '' || url === '#') return 'empty link';
  if (/^(javascript|vbscript|data):/i.test(url)) return 'script or data URL';
  const base = new URL(`${site.basePath}${from.slice(1)}`, SITE_ORIGIN);
  const target = new URL(url, base);
  if (target.origin !== SITE_ORIGIN) {
    if (asset) return 'loaded from another origin';
    return /^(https?|mailto|tel):$/.test(target.protocol) ? undefined : `unexpected scheme ${target.protocol}`;
  }
  if (!target.pathname.startsWith(site.basePath)) return `outside the base path ${site.basePath}`;
  const sitePath = decodeURIComponent(target.pathname.slice(site.basePath.length - 1));
  const file = fileOf(site, sitePath);
  if (!existsSync(file)) return 'no such file';
  if (statSync(file).isDirectory()) return 'folder without its trailing slash (a redirect)';
  if (!target.hash) return undefined;
  if (!file.endsWith('.html')) return 'fragment on a file that is not a page';
  const id = decodeURIComponent(target.hash.slice(1));
  return anchorsOf(dom(site, sitePath)).has(id) ? undefined : `no element with id "${id}"`;
}

/** A CSP string as a map from directive name to its source list. */
function parseCsp(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!.toLowerCase(), values]));
}

/** What the page's CSP and markup get wrong for a Pagefind site with no inline code. */
function cspProblems(root: Element): string[] {
  const problems: string[] = [];
  const head = queryAll(root, 'head')[0];
  const metas = queryAll(root, 'meta').filter((m) => m.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) return [`${metas.length} CSP meta elements`];
  const headChildren = head ? head.children.filter((c): c is Element => typeof c !== 'string') : [];
  const cspAt = headChildren.indexOf(metas[0]!);
  if (cspAt < 0) problems.push('the CSP meta is not a child of <head>');
  const before = headChildren.slice(0, Math.max(cspAt, 0)).filter((el) => el.tag === 'script' || el.tag === 'link' || el.tag === 'style');
  if (before.length) problems.push(`<${before[0]!.tag}> comes before the CSP meta, so the policy does not cover it`);
  const csp = parseCsp(metas[0]!.attrs.content ?? '');
  const need = (directive: string, ...values: string[]) => {
    const have = csp.get(directive) ?? [];
    for (const v of values) if (!have.includes(v)) problems.push(`${directive} lacks ${v}`);
  };
  need('default-src', "'self'");
  need('script-src', "'self'", "'wasm-unsafe-eval'");
  need('worker-src', "'self'", 'blob:');
  need('style-src', "'self'");
  for (const directive of ['script-src', 'style-src', 'default-src']) {
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
      if (csp.get(directive)?.includes(loose)) problems.push(`${directive} allows ${loose}`);
    }
  }
  if (csp.has('frame-ancestors')) problems.push('frame-ancestors in a meta CSP (ignored, and Chromium logs an error)');
  for (const el of elements(root)) {
    if (el.tag === 'script' && el.attrs.src === undefined && el.attrs.type !== 'application/ld+json') problems.push('inline <script>');
    if (el.tag === 'style') problems.push('<style> element');
    for (const name of Object.keys(el.attrs)) {
      if (/^on/.test(name)) problems.push(`${name}= on <${el.tag}>`);
      if (name === 'style') problems.push(`style= on <${el.tag}>`);
    }
  }
  return problems;
}

/** Stylesheets and scripts a page links more than once. */
function duplicateAssets(root: Element): string[] {
  const urls = [
    ...queryAll(root, 'link').filter((l) => l.attrs.rel === 'stylesheet').map((l) => l.attrs.href!),
    ...queryAll(root, 'script').filter((s) => s.attrs.src).map((s) => s.attrs.src!),
  ];
  return [...new Set(urls.filter((u, i) => urls.indexOf(u) !== i))];
}

/**
 * Pages loaded in Chromium: every seed page; for the generated archive, the first and last page
 * of each type (a paginated topic page among them), then BROWSER_SAMPLE pages spread evenly over
 * the rest. Pages of one type come from one template, and what a page loads is also checked
 * statically on every page, so a sample finds template faults without 600 page loads.
 */
function browserSample(site: FixtureSite): string[] {
  if (site.name === 'seeds') return site.pages;
  const picked = new Set<string>();
  for (const type of PAGE_TYPES) {
    const of = site.pages.filter((p) => pageType(p) === type);
    if (of.length) picked.add(of[0]!).add(of[of.length - 1]!);
  }
  const paginated = site.pages.find((p) => /\/page\/\d+\/$/.test(p));
  if (paginated) picked.add(paginated);
  // An article's table: a box that scrolls, cells aligned by class.
  const table = site.pages.find((p) => pageType(p) === 'article' && readFileSync(fileOf(site, p), 'utf8').includes('<table'));
  if (table) picked.add(table);
  const rest = site.pages.filter((p) => !picked.has(p));
  const count = Math.min(BROWSER_SAMPLE, rest.length);
  for (let i = 0; i < count; i++) picked.add(rest[Math.floor((i * rest.length) / count)]!);
  return [...picked];
}

const REFRESH = /<meta http-equiv="refresh" content="0; url=([^"]+)">/u;

/** Where a former address (a redirect page, src/enrich/archive.ts `redirects`) sends the reader, as a URL path; undefined for other pages. */
function redirectTarget(site: FixtureSite, sitePath: string): string | undefined {
  return REFRESH.exec(readFileSync(fileOf(site, sitePath), 'utf8'))?.[1];
}

/** The address a test loads for a site path: the search page with a query, the rest as is. */
function addressOf(site: FixtureSite, server: StaticServer, sitePath: string): string {
  return sitePath === '/recherche/' ? `${server.at(sitePath)}?q=${encodeURIComponent(searchWord(site))}` : server.at(sitePath);
}

/** Waits until a page is ready to judge: on the search page, until results are listed. */
async function settled(page: Page, sitePath: string): Promise<void> {
  if (sitePath !== '/recherche/') return;
  await page.locator('main a[href*="/articles/"]').first().waitFor({ timeout: 15_000 });
  // The filter counts are searched after the results, by a second Pagefind (search-page.js,
  // `counterReady`): its scripts must be loaded here, not counted against the next page visited.
  await page.waitForLoadState('networkidle', { timeout: 15_000 });
}

let browser: Browser | undefined;
before(async () => {
  if (!skip) browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

describe('the gates catch what they guard against', () => {
  const page = (head: string, body: string) => `<!DOCTYPE html><html lang="fr"><head>${head}</head><body>${body}</body></html>`;
  const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; worker-src 'self' blob:">`;
  const made: string[] = [];
  after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const fake = (): FixtureSite => {
    made.push(mkdtempSync(join(tmpdir(), 'kiosque-gates-')));
    const dir = join(made.at(-1)!, 'site');
    mkdirSync(join(dir, 'a'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), page(CSP, '<main id="contenu"><a href="/x/a/#ici">a</a></main>'));
    writeFileSync(join(dir, 'a', 'index.html'), page(CSP, '<p id="ici">ici</p><script src="/x/a.js"></script>'));
    writeFileSync(join(dir, 'a.js'), "import './b.js';");
    writeFileSync(join(dir, 'b.js'), 'export {};');
    return { name: 'seeds', dir, basePath: '/x/', archive: {} as FixtureSite['archive'], pages: ['/', '/a/'] };
  };

  test('links: a missing page, anchor or trailing slash, the base path, assets from elsewhere', () => {
    const site = fake();
    assert.equal(brokenLink(site, '/', '/x/a/#ici', false), undefined);
    assert.equal(brokenLink(site, '/a/', '../#contenu', false), undefined);
    assert.equal(brokenLink(site, '/', 'https://example.org/', false), undefined, 'a link to another site is fine');
    assert.match(brokenLink(site, '/', '/x/b/', false)!, /no such file/);
    assert.match(brokenLink(site, '/', '/x/a/#ailleurs', false)!, /no element with id "ailleurs"/);
    assert.match(brokenLink(site, '/', '/x/a', false)!, /trailing slash/);
    assert.match(brokenLink(site, '/', '/a/', false)!, /outside the base path/);
    assert.match(brokenLink(site, '/', 'https://cdn.example.org/x.js', true)!, /another origin/);
    assert.match(brokenLink(site, '/', '#', false)!, /empty/);
  });

  test('CSP: inline code, handlers, style attributes, a policy too loose for Pagefind or too late', () => {
    assert.deepEqual(cspProblems(parseHtml(page(CSP, '<script type="application/ld+json">{}</script>'))), []);
    assert.deepEqual(cspProblems(parseHtml(page(CSP, '<script>x()</script><p onclick="x()" style="color:red">p</p>'))), ['inline <script>', 'onclick= on <p>', 'style= on <p>']);
    assert.deepEqual(cspProblems(parseHtml(page(`<link rel="stylesheet" href="/a.css">${CSP.replace(" 'wasm-unsafe-eval'", " 'unsafe-inline'")}`, ''))), [
      '<link> comes before the CSP meta, so the policy does not cover it', "script-src lacks 'wasm-unsafe-eval'", "script-src allows 'unsafe-inline'",
    ]);
    assert.deepEqual(cspProblems(parseHtml(page('', ''))), ['0 CSP meta elements']);
    assert.deepEqual(duplicateAssets(parseHtml(page('<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/a.css">', ''))), ['/a.css']);
  });

  test('budgets: a script and its imports on a page other than search', () => {
    const site = fake();
    const budgets = measureBudgets(site.dir, site.basePath);
    assert.deepEqual(budgets.scriptedPages.map((p) => [p.path, p.js, p.scripts]), [['/a/', 26, ['/x/a.js', '/x/b.js']]]);
    assert.deepEqual(budgets.missing, []);
  });

  test('budgets: the small site script alone is allowed on any page; over budget or with another script it is not', () => {
    const site = fake();
    mkdirSync(join(site.dir, 'js'));
    writeFileSync(join(site.dir, 'js', 'kiosque.js'), 'document.title;');
    writeFileSync(join(site.dir, 'index.html'), page(CSP, '<main id="contenu"><script type="module" src="/x/js/kiosque.js"></script></main>'));
    assert.deepEqual(measureBudgets(site.dir, site.basePath).scriptedPages.map((p) => p.path), ['/a/']);
    writeFileSync(join(site.dir, 'js', 'kiosque.js'), `/*${'x'.repeat(SITE_SCRIPT_MAX_BYTES)}*/`);
    assert.deepEqual(measureBudgets(site.dir, site.basePath).scriptedPages.map((p) => p.path).sort(), ['/', '/a/']);
  });

  test('Chromium: a blocked inline script, a missing favicon, a request to another origin', { skip }, async () => {
    const site = fake();
    writeFileSync(join(site.dir, 'index.html'), page(`${CSP}<link rel="icon" href="/x/absent.svg">`, '<script>1</script><img alt="" src="http://192.0.2.1/x.png">'));
    const server = await serveStatic(site.dir, { basePath: site.basePath });
    const context = await browser!.newContext();
    const tab = await context.newPage();
    const watch = watchPage(tab, server.origin);
    await tab.goto(server.url);
    await tab.waitForResponse((r) => r.url().endsWith('/absent.svg'));
    await context.close();
    await server.close();
    const kinds = (pattern: RegExp) => watch.problems.filter((p) => pattern.test(p)).length;
    assert.ok(kinds(/console error .*Content Security Policy/) >= 1, watch.problems.join('\n'));
    assert.ok(kinds(/HTTP 404 for .*absent\.svg/) === 1, watch.problems.join('\n'));
    assert.ok(kinds(/another origin.*192\.0\.2\.1/) === 1, watch.problems.join('\n'));
  });
});

for (const site of sites) {
  describe(`${site.name} site (${site.pages.length} pages, base path ${site.basePath})`, () => {
    test('has every page type it should', () => {
      const types = new Set(site.pages.map(pageType));
      for (const type of ['home', 'article', 'topics', 'topic', 'timeline', 'year', 'month', 'search', 'not-found'] as const) {
        assert.ok(types.has(type), `no ${type} page`);
      }
      assert.equal(site.pages.filter((p) => pageType(p) === 'article').length, site.archive.articles.length, 'one page per article');
    });

    test('every HTML page passes html-validate (html-validate:standard)', async (t) => {
      const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
      const errors: string[] = [];
      for (const path of site.pages) {
        const report = await validator.validateFile(fileOf(site, path));
        for (const m of report.results.flatMap((r) => r.messages)) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
      t.diagnostic(`${site.pages.length} pages validated, ${errors.length} errors`);
      assert.deepEqual(errors.slice(0, 20), [], `${errors.length} errors`);
    });

    test('no broken internal link, anchor or asset, no asset from another origin or linked twice', (t) => {
      const broken: string[] = [];
      let checked = 0;
      for (const path of site.pages) {
        const root = dom(site, path);
        for (const { where, url, asset } of linksOf(root)) {
          checked++;
          const problem = brokenLink(site, path, url, asset);
          if (problem) broken.push(`${path} ${where} ${url}: ${problem}`);
        }
        for (const url of duplicateAssets(root)) broken.push(`${path} links ${url} twice`);
      }
      const stylesheets = new Set(site.pages.flatMap((p) => queryAll(dom(site, p), 'link').filter((l) => l.attrs.rel === 'stylesheet').map((l) => l.attrs.href!)));
      for (const sheet of stylesheets) {
        const css = readFileSync(fileOf(site, sheet.slice(site.basePath.length - 1)), 'utf8');
        for (const m of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
          if (m[1]!.startsWith('data:')) continue;
          checked++;
          const problem = brokenLink(site, sheet.slice(site.basePath.length - 1), m[1]!, true);
          if (problem) broken.push(`${sheet} url(${m[1]}): ${problem}`);
        }
      }
      const sitemap = readFileSync(join(site.dir, 'sitemap.xml'), 'utf8');
      for (const m of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) {
        checked++;
        const problem = brokenLink(site, '/sitemap.xml', m[1]!, false);
        if (problem) broken.push(`sitemap.xml ${m[1]}: ${problem}`);
      }
      t.diagnostic(`${checked} links checked, ${broken.length} broken`);
      assert.ok(checked > site.pages.length * 10, `only ${checked} links found`);
      assert.deepEqual(broken.slice(0, 20), [], `${broken.length} broken`);
    });

    test('every page has a CSP that Pagefind works under, and nothing inline it would block', () => {
      const problems = site.pages.flatMap((path) => cspProblems(dom(site, path)).map((p) => `${path}: ${p}`));
      assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
    });

    test('budgets: bytes per page type; only the search page loads JavaScript besides the small site script', (t) => {
      const budgets = measureBudgets(site.dir, site.basePath);
      for (const line of formatBudgets(budgets)) t.diagnostic(line);
      assert.equal(budgets.pages.length, site.pages.length);
      assert.deepEqual(budgets.missing, []);
      assert.deepEqual(budgets.scriptedPages.map((p) => `${p.path}: ${p.scripts.join(', ')}`), []);
      assert.ok(budgets.types.find((b) => b.type === 'search')!.jsMax > 0, 'the search page loads its script');
      assert.ok(budgets.types.every((b) => b.cssMax > 0), 'every page type loads the stylesheet');
    });

    describe('in Chromium', { skip }, () => {
      let server: StaticServer;
      const paths = browserSample(site);
      before(async () => {
        server = await serveStatic(site.dir, { basePath: site.basePath });
      });
      after(async () => {
        await server?.close();
      });

      test('pages load with no console error, failed request or request to another origin; only search runs scripts besides the site script', async (t) => {
        const others = (scripts: string[]) => scripts.filter((s) => new URL(s).pathname !== `${site.basePath}js/kiosque.js`);
        const context = await browser!.newContext();
        const page = await context.newPage();
        const watch = watchPage(page, server.origin);
        const problems: string[] = [];
        const favicon = server.at('/favicon.svg');
        const faviconStatus = new Set<number>();
        page.on('response', (r) => r.url() === favicon && faviconStatus.add(r.status()));
        for (const path of paths) {
          watch.reset();
          const response = await page.goto(addressOf(site, server, path), { waitUntil: 'load' });
          assert.equal(response?.status(), 200, path);
          // A former address sends the reader on at once: the article's page loads, as any page.
          const target = redirectTarget(site, path);
          if (target) await page.waitForURL((url) => url.pathname === target, { waitUntil: 'load' });
          await settled(page, path);
          if (path !== '/recherche/' && others(watch.scripts).length) problems.push(`${path} runs ${others(watch.scripts).join(', ')}`);
          problems.push(...watch.problems);
        }
        // An unknown address gets the 404 page, whose own assets must load from any depth.
        watch.reset();
        const unknown = server.at('/cette/page/n-existe-pas/');
        watch.allowStatus(unknown);
        assert.equal((await page.goto(unknown, { waitUntil: 'load' }))?.status(), 404);
        problems.push(...watch.problems, ...others(watch.scripts).map((s) => `the 404 page runs ${s}`));
        await context.close();
        t.diagnostic(`${paths.length + 1} pages loaded, ${problems.length} problems; favicon answered ${[...faviconStatus].join(', ') || 'never'}`);
        assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
        assert.deepEqual([...faviconStatus], [200], 'the favicon is requested and found');
      });

      test('axe-core finds no violation (light, and dark on one page of each type)', async (t) => {
        const dark = PAGE_TYPES.flatMap((type) => paths.filter((p) => pageType(p) === type).slice(0, 1));
        // axe is injected as a script, which the page's own CSP would refuse: this context bypasses it.
        const context = await browser!.newContext({ bypassCSP: true });
        await context.addInitScript({ path: join(PROJECT_ROOT, 'node_modules/axe-core/axe.min.js') });
        const page = await context.newPage();
        // A former address is judged as a reader whose browser does not follow its refresh sees it.
        await page.route((url) => paths.some((p) => redirectTarget(site, p) && url.pathname === `${site.basePath}${p.slice(1)}`), async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, body: (await response.text()).replace(REFRESH, '') });
        });
        const violations: string[] = [];
        const runs = [...paths.map((p) => ({ path: p, scheme: 'light' as const })), ...dark.map((p) => ({ path: p, scheme: 'dark' as const }))];
        for (const { path, scheme } of runs) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(addressOf(site, server, path));
          await settled(page, path);
          const found = await page.evaluate(async () => {
            type Result = { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
            const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`);
          });
          violations.push(...found.map((v) => `${path} [${scheme}] ${v}`));
        }
        await context.close();
        t.diagnostic(`axe ran on ${runs.length} page loads (${paths.length} pages light, ${dark.length} dark), ${violations.length} violations`);
        assert.deepEqual(violations.slice(0, 20), [], `${violations.length} violations`);
      });
    });
  });
}
