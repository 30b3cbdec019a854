import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { buildSearchSite, SEEDS } from './site.ts';

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
