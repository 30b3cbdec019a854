import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { indexSite, PAGEFIND_MALLOC_CONF, pagefindEnv, pagefindPath } from '../../src/search/index.ts';
import { prepareCorpus } from '../../tools/bench/corpus.ts';
import { archiveOf, buildSearchSite, SEEDS } from './site.ts';

/** Every file under `dir` with its bytes, by relative path. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

test('the build indexes every article into pagefind/ and the report says each is searchable', async (t) => {
  const site = await buildSearchSite(SEEDS);
  t.after(site.remove);
  const { dir, result } = site;
  const published = result.report.inputs.filter((e) => e.status === 'published');
  assert.equal(published.length, 5);
  for (const e of published) assert.equal(e.searchable, true, `${e.file} is searchable`);
  const index = files(join(dir, 'pagefind'));
  assert.ok(index.has('pagefind.js') && index.has('pagefind-worker.js') && index.has('pagefind-entry.json'));
  assert.deepEqual([...index.keys()].filter((f) => /ui|highlight/.test(f)), ['pagefind-highlight.js'], 'Pagefind’s own interfaces are not published, only its highlight script (articles opened from a result)');
  assert.equal([...index.keys()].filter((f) => f.startsWith('fragment/')).length, 5, 'one record per article, no other page');
  assert.deepEqual(JSON.parse(index.get('pagefind-entry.json')!.toString()).languages.fr?.page_count, 5);
});

test('an article without a word to index is reported as not searchable, the others as searchable', async () => {
  const work = mkdtempSync(join(tmpdir(), 'kiosque-unsearchable-'));
  try {
    const article = (url: string, title: string, text: string) => ({ url, title, titleOrigin: 'title-line' as const, lede: '', sections: text ? [{ paragraphs: [text] }] : [], topics: [], dateLabel: 'sans date' });
    const { pages, pagesIndexed } = await indexSite(work, { articles: [article('/a/', 'Un titre', 'Du texte'), article('/b/', '…', ''), article('/c/', 'Un autre titre', '')] });
    assert.deepEqual(pages, [{ url: '/a/', words: 1 }, { url: '/b/', words: 0 }, { url: '/c/', words: 1 }]);
    assert.equal(pagesIndexed, 2);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('the same content gives a byte-identical search index', async (t) => {
  const [first, second] = [await buildSearchSite(SEEDS), await buildSearchSite(SEEDS)];
  t.after(() => [first, second].forEach((s) => s.remove()));
  const a = files(join(first.dir, 'pagefind'));
  const b = files(join(second.dir, 'pagefind'));
  assert.deepEqual([...a.keys()], [...b.keys()]);
  for (const [path, bytes] of a) assert.ok(bytes.equals(b.get(path)!), `${path} differs between two builds`);
});

/** A small CBOR reader for the test (unsigned ints, texts, lists), independent of src/search/stable.ts. */
function cbor(bytes: Buffer): unknown {
  let at = 0;
  const item = (): unknown => {
    const first = bytes[at++]!;
    const major = first >> 5;
    let arg = first & 31;
    if (arg >= 24) {
      const size = 1 << (arg - 24);
      arg = bytes.readUIntBE(at, size);
      at += size;
    }
    if (major === 0) return arg;
    if (major === 3) return bytes.toString('utf8', at, (at += arg));
    if (major === 4) return Array.from({ length: arg }, item);
    throw new Error(`unexpected CBOR major type ${major}`);
  };
  return item();
}

test('filter values are written in sorted order, and the metadata points at the filter files', async (t) => {
  const site = await buildSearchSite(SEEDS);
  t.after(site.remove);
  const bundle = join(site.dir, 'pagefind');
  const read = (path: string) => gunzipSync(readFileSync(join(bundle, path))).subarray('pagefind_dcd'.length);
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: { fr: { hash: string } } };
  const meta = cbor(read(`pagefind.${entry.languages.fr.hash}.pf_meta`)) as unknown[];
  const filters = meta[3] as [string, string][];
  assert.deepEqual(filters.map(([name]) => name), ['annee', 'source', 'sujet']);
  const files = new Set(readdirSync(join(bundle, 'filter')));
  assert.equal(files.size, 3);
  for (const [name, hash] of filters) {
    assert.ok(files.has(`${hash}.pf_filter`), `${name} → ${hash}`);
    const [filterName, values] = cbor(read(`filter/${hash}.pf_filter`)) as [string, [string, number[]][]];
    assert.equal(filterName, name);
    const keys = values.map(([value]) => value);
    assert.deepEqual(keys, [...keys].sort(), `${name} values in order`);
  }
  const sujets = (cbor(read(`filter/${filters[2]![1]}.pf_filter`)) as [string, [string, number[]][]])[1];
  assert.equal(sujets.find(([v]) => v === 'intelligence-artificielle')?.[1].length, 5);
});

describe('an index in shards, reused from a previous one', () => {
  /** The files of the search index a folder holds: the bundles, the word list and its spellings. */
  const indexFiles = (dir: string) => new Map([...files(join(dir, 'pagefind')), ...['mots.json', 'graphies.json'].map((name) => [name, readFileSync(join(dir, 'recherche', name))] as const)]);
  const sameFiles = (a: Map<string, Buffer>, b: Map<string, Buffer>) => {
    assert.deepEqual([...a.keys()], [...b.keys()]);
    for (const [path, bytes] of a) assert.ok(bytes.equals(b.get(path)!), `${path} differs`);
  };

  let work: string;
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'kiosque-shards-reuse-'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  test('after new articles and a correction, only their shards are indexed again, and the index is byte-identical to a clean one', async () => {
    const corpus = prepareCorpus({ articles: 48, seed: 5 }, work, SEEDS);
    const options = { shardSize: 8, jobs: 2 };
    const first = await indexSite(join(work, 'first'), archiveOf(corpus.dir), options);
    assert.ok(first.shards.length >= 5 && first.shards.every((s) => !s.reused), `${first.shards.length} shards, all indexed`);
    assert.equal(first.pagesIndexed, 48);

    // The daily rebuild: two new articles, one correction in an old one.
    for (const n of [1, 2]) writeFileSync(join(corpus.dir, `nouveau-${n}.md`), `---\ntitle: "Nouvel article ${n}"\ndate: 2025-06-0${n}\n---\n\nLe gouvernement annonce la nouvelle ${n}.\n`);
    const before = archiveOf(corpus.dir);
    const oldest = [...before.articles].filter((a) => a.date).sort((a, b) => (a.date!.iso < b.date!.iso ? -1 : 1))[0]!;
    const file = join(corpus.dir, oldest.sourceFile);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n*$/, '\n\nUn paragraphe de correction ajouté.\n'));
    const archive = archiveOf(corpus.dir);

    const clean = await indexSite(join(work, 'clean'), archive, options);
    const reused = await indexSite(join(work, 'reused'), archive, { ...options, previous: join(work, 'first') });
    sameFiles(indexFiles(join(work, 'reused')), indexFiles(join(work, 'clean')));
    assert.deepEqual(reused.pages, clean.pages);
    const indexed = reused.shards.filter((s) => !s.reused).map((s) => s.name);
    const newest = reused.shards.filter((s) => s.name !== 'sans-date').at(-1)!.name;
    assert.deepEqual(indexed, [oldest.date!.iso.slice(0, 7), newest].filter((n, i, all) => all.indexOf(n) === i).sort(), 'the corrected shard and the newest');
    assert.ok(reused.shards.length - indexed.length >= 3, 'the others are copied');

    // A damaged previous index (a fragment cut short) is indexed again, never copied.
    const damaged = join(work, 'reused', 'pagefind', reused.shards[0]!.name);
    const fragment = readdirSync(join(damaged, 'fragment'))[0]!;
    writeFileSync(join(damaged, 'fragment', fragment), 'abîmé');
    const again = await indexSite(join(work, 'again'), archive, { ...options, previous: join(work, 'reused') });
    assert.equal(again.shards[0]!.reused, false);
    assert.ok(again.shards.slice(1).some((s) => s.reused));
    sameFiles(indexFiles(join(work, 'again')), indexFiles(join(work, 'clean')));
  });
});

test('Pagefind’s allocator accepts the setting indexing gives it, and a setting of the environment wins', () => {
  // With abort_conf, jemalloc aborts on a setting it does not know instead of warning.
  const run = (conf: string) => spawnSync(pagefindPath(), ['--version'], { env: { ...process.env, _RJEM_MALLOC_CONF: `${conf},abort_conf:true` }, encoding: 'utf8' });
  assert.equal(run(PAGEFIND_MALLOC_CONF).status, 0, run(PAGEFIND_MALLOC_CONF).stderr);
  assert.notEqual(run('thp:sometimes').status, 0, 'a setting jemalloc does not know is refused');
  assert.equal(pagefindEnv(0, { _RJEM_MALLOC_CONF: 'narenas:1' })._RJEM_MALLOC_CONF, 'narenas:1');
  assert.deepEqual([pagefindEnv(3052, {})._RJEM_MALLOC_CONF, pagefindEnv(3052, {}).PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE], [PAGEFIND_MALLOC_CONF, '3052']);
});
