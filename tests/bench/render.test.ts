import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { createRequire } from 'node:module';
import { prepareArchive } from '../../src/build/pipeline.ts';
import { renderItems, renderSite } from '../../src/site/render.ts';
import { cacheNunjucksCompiles } from '../../src/site/nunjucks-cache.ts';
import { PROJECT_ROOT as ROOT } from '../../src/paths.ts';
import { siteOptions } from '../../src/build/options.ts';


interface NunjucksTemplate {
  render(data: object): string;
  rootRenderFunc: unknown;
}
interface Nunjucks {
  Environment: new () => object;
  Template: new (source: string, env: object, path: string) => NunjucksTemplate;
}
/** The nunjucks that Eleventy loads (a dependency of Eleventy, not of Kiosque). */
const nunjucks = createRequire(join(ROOT, 'node_modules/@11ty/eleventy/package.json'))('nunjucks') as Nunjucks;
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'archive');

function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else files.set(relative(dir, join(d, e.name)), readFileSync(join(d, e.name), 'utf8'));
    }
  };
  walk(dir);
  return files;
}

function fixtureArchive() {
  return prepareArchive(FIXTURE, siteOptions({ origin: 'https://x.example' })).archive;
}

test('rendering in many small runs writes exactly the pages of one run, byte for byte', async () => {
  const archive = fixtureArchive();
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-render-'));
  const progress: [number, number][] = [];
  const one = await renderSite(archive, join(dir, 'one'), { pagesPerRun: 1_000_000 });
  const many = await renderSite(archive, join(dir, 'many'), { onProgress: (n, total) => progress.push([n, total]), pagesPerRun: 7 });
  assert.equal(many, one);
  const [a, b] = [tree(join(dir, 'one')), tree(join(dir, 'many'))];
  assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort());
  for (const [path, text] of a) assert.equal(b.get(path), text, path);
  assert.ok(progress.length > 3, 'progress is reported during rendering');
  assert.deepEqual(progress.at(-1), [one, one]);
  assert.ok(progress.every(([n, total], i) => n <= total && (i === 0 || n >= progress[i - 1]![0])));
});

test('rendering on three processes writes exactly the pages of one process, byte for byte, with progress', async () => {
  const archive = fixtureArchive();
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-render-'));
  const progress: [number, number][] = [];
  const one = await renderSite(archive, join(dir, 'one'), { pagesPerRun: 7 });
  const three = await renderSite(archive, join(dir, 'three'), { onProgress: (n, total) => progress.push([n, total]), pagesPerRun: 7, jobs: 3, minPagesPerProcess: 1 });
  assert.equal(three, one);
  const [a, b] = [tree(join(dir, 'one')), tree(join(dir, 'three'))];
  assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort());
  for (const [path, text] of a) assert.equal(b.get(path), text, path);
  assert.ok(progress.length > 3, 'progress is reported during rendering');
  assert.deepEqual(progress.at(-1), [one, one]);
  assert.ok(progress.every(([n, total], i) => n <= total && (i === 0 || n >= progress[i - 1]![0])));
});

test('the pages of a few items can be rendered alone, as the full render writes them', async () => {
  const archive = fixtureArchive();
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-render-'));
  await renderSite(archive, join(dir, 'full'));
  const article = archive.articles[3]!;
  assert.equal(await renderItems(archive, join(dir, 'one'), 'articles', [article]), 1);
  const page = join(article.url, 'index.html');
  assert.equal(readFileSync(join(dir, 'one', page), 'utf8'), readFileSync(join(dir, 'full', page), 'utf8'));
});

test('a Nunjucks source compiles once per environment and path, then renders with any data', () => {
  cacheNunjucksCompiles(nunjucks);
  const env = new nunjucks.Environment();
  const first = new nunjucks.Template('<p>{{ x }}</p>', env, 'a.njk');
  const second = new nunjucks.Template('<p>{{ x }}</p>', env, 'a.njk');
  const other = new nunjucks.Template('<p>{{ x }}!</p>', env, 'a.njk');
  assert.equal(first.render({ x: 1 }), '<p>1</p>');
  assert.equal(second.render({ x: 2 }), '<p>2</p>');
  assert.equal(other.render({ x: 3 }), '<p>3!</p>');
  assert.equal(second.rootRenderFunc, first.rootRenderFunc);
  assert.notEqual(other.rootRenderFunc, first.rootRenderFunc);
  const elsewhere = new nunjucks.Template('<p>{{ x }}</p>', new nunjucks.Environment(), 'a.njk');
  assert.equal(elsewhere.render({ x: 4 }), '<p>4</p>');
  assert.notEqual(elsewhere.rootRenderFunc, first.rootRenderFunc);
});
