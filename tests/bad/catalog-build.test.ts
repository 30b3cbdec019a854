/**
 * The whole catalog of bad inputs plus the seeds, built by the CLI as an editor would run it:
 * every article that can be published is, every other file is listed with a reason, the
 * pages, JSON-LD, feeds and sitemap stay well-formed whatever the text, and no code runs.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, test } from 'node:test';
import type { Report } from '../../src/build/report.ts';
import { copySeeds, entryMismatches, expectedFiles, loadCatalog, materialiseCatalog, PROJECT_ROOT } from './catalog.ts';
import { type Element, parseHtml } from '../helpers/site.ts';
import { xmlProblems } from './xml.ts';
import { CLI_ENTRY } from '../../src/paths.ts';
import { frenchTypography } from '../../src/text/french-typography.ts';

const catalog = loadCatalog();
const expected = expectedFiles(catalog);
const work = mkdtempSync(join(tmpdir(), 'kiosque-bad-build-'));
after(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');
const out = join(work, 'site');
const reportFile = join(work, 'report.json');
const marker = join(work, 'front-matter-code-ran');
const seeds = copySeeds(content);
materialiseCatalog(content);

const started = performance.now();
const run = spawnSync(process.execPath, ['--import', 'tsx', CLI_ENTRY, 'build', '--content', content, '--out', out, '--report', reportFile, '--no-search'], {
  cwd: PROJECT_ROOT,
  encoding: 'utf8',
  env: { ...process.env, KIOSQUE_PWNED: marker },
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
const entries = new Map(report.inputs.map((e) => [e.file, e]));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(out, path).split(sep).join('/')];
  });
}
const written = files(out);
const pages = written.filter((f) => f.endsWith('.html'));
const html = (url: string) => readFileSync(join(out, url, 'index.html'), 'utf8');
const jsonLd = (page: string) => [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);

test(`the catalog and the seeds build, rejected files and all (${seconds} s)`, () => {
  assert.equal(run.status, 0, run.stderr);
  assert.ok(existsSync(join(out, 'index.html')));
  assert.deepEqual(readdirSync(work).sort(), ['content', 'report.json', 'site'], 'only the site and the report were written beside the content');
});

test('--report accounts for every input file, none missing, none invented', () => {
  const inputs = [...seeds.map((s) => s), ...expected.keys()].sort();
  assert.deepEqual([...entries.keys()].sort(), inputs);
  assert.equal(report.counts.inputs, inputs.length);
  for (const s of seeds) assert.equal(entries.get(s)?.status, s.endsWith('.yml') ? 'config' : 'published', s);
});

test('each catalog file gets its expected status, diagnostics and URL in the report', () => {
  const problems = [...expected].flatMap(([file, expect]) => entryMismatches(expect, entries.get(file)).map((p) => `${file}: ${p}`));
  assert.deepEqual(problems, []);
});

test('every published article has its page, carrying its title in a JSON-LD that parses', () => {
  const published = report.inputs.filter((e) => e.status === 'published');
  for (const e of published) {
    assert.ok(e.url && existsSync(join(out, e.url, 'index.html')), `${e.file}: no page at ${e.url}`);
    const [ld, ...more] = jsonLd(html(e.url));
    assert.equal(more.length, 0, `${e.file}: more than one JSON-LD block`);
    const title = expected.get(e.file)?.title;
    // Typeset as the page shows it.
    if (title !== undefined) assert.equal(ld?.headline, frenchTypography(title), e.file);
    const date = expected.get(e.file)?.date;
    if (date !== undefined) assert.equal(ld?.datePublished, date.iso, e.file);
  }
  const articlePages = pages.filter((p) => p.startsWith('articles/'));
  assert.equal(articlePages.length, published.length, 'one article page per published article, none for the others');
});

test('the console lists every file that is not published, with its reason, and gives the counts', () => {
  for (const e of report.inputs.filter((i) => i.status !== 'published' && i.status !== 'config')) {
    assert.ok(run.stderr.includes(`\n${e.file} (`) || run.stderr.startsWith(`${e.file} (`), `${e.file} is not listed on the console`);
  }
  const c = report.counts;
  assert.ok(c.published > 1 && c.rejected > 1 && c.skipped > 1, 'the catalog has several files of each kind');
  assert.ok(run.stdout.includes(`${c.published} articles publiés (${c.publishedWithWarnings} avec avertissements), ${c.rejected} rejetés, ${c.draft} brouillon${c.draft > 1 ? 's' : ''}, ${c.skipped} fichiers ignorés`), run.stdout);
  assert.match(run.stderr, /fm-invalid-yaml\/article\.md:2: erreur: en-tête YAML invalide/);
});

test('no page carries markup from an article: no script but the site’s, no event handler', () => {
  const elements = (el: Element): Element[] => el.children.flatMap((c) => (typeof c === 'string' ? [] : [c, ...elements(c)]));
  for (const p of pages) {
    for (const el of elements(parseHtml(readFileSync(join(out, p), 'utf8')))) {
      const where = `${p}: <${el.tag} ${JSON.stringify(el.attrs)}>`;
      if (el.tag === 'script') {
        assert.ok(el.attrs.type === 'application/ld+json' || (el.attrs.type === 'module' && /^\/js\/[\w-]+\.js$/.test(el.attrs.src ?? '')), where);
      }
      assert.ok(!['iframe', 'img', 'object', 'embed', 'base', 'form'].includes(el.tag) || (el.tag === 'form' && el.attrs.action === '/recherche/'), where);
      assert.ok(!Object.keys(el.attrs).some((a) => /^on/i.test(a)), `${where}: an event handler`);
      for (const a of ['href', 'src', 'action']) assert.doesNotMatch(el.attrs[a] ?? '', /^\s*(javascript|data|vbscript):/i, where);
    }
  }
});

test('every page has a CSP that forbids inline scripts', () => {
  for (const p of pages) {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(readFileSync(join(out, p), 'utf8'))?.[1];
    assert.ok(csp, `${p}: no CSP`);
    const scriptSrc = / script-src ([^;]*)/.exec(` ${csp}`)?.[1] ?? / default-src ([^;]*)/.exec(` ${csp}`)?.[1];
    assert.ok(scriptSrc && !scriptSrc.includes("'unsafe-inline'") && !scriptSrc.includes("'unsafe-eval'"), `${p}: script-src ${scriptSrc}`);
  }
});

test('templates never evaluate an article: {{ 7 * 7 }} is shown as written', () => {
  const url = entries.get('body-template-syntax/article.md')?.url;
  assert.ok(url);
  assert.ok(html(url).includes('{{ 7 * 7 }}'), 'the braces are not on the page');
});

test('the Atom feeds and the sitemap are well-formed XML, the JSON feed parses', () => {
  const xml = written.filter((f) => f.endsWith('.xml'));
  assert.ok(xml.includes('flux.xml') && xml.includes('sitemap.xml'), `feeds missing: ${xml.join(', ')}`);
  assert.ok(xml.some((f) => f.startsWith('sujets/')), 'no topic feed was built');
  for (const f of xml) assert.deepEqual(xmlProblems(readFileSync(join(out, f), 'utf8')), [], f);
  const feed = readFileSync(join(out, 'flux.xml'), 'utf8');
  assert.ok(feed.includes('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'), 'the hostile title is in the feed, escaped');
  for (const f of written.filter((w) => w.endsWith('.json'))) assert.doesNotThrow(() => JSON.parse(readFileSync(join(out, f), 'utf8')), f);
});

test('no front matter code ran during the build', () => {
  assert.ok(entries.get('fm-js/js.md'), 'the ---js fixture was read');
  assert.ok(!existsSync(marker), 'the ---js fixture wrote its marker');
});
