import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
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

test('the build indexes every article into pagefind/ and the report says each is searchable', async () => {
  const { dir, result } = await buildSearchSite(SEEDS);
  const published = result.report.inputs.filter((e) => e.status === 'published');
  assert.equal(published.length, 5);
  for (const e of published) assert.equal(e.searchable, true, `${e.file} is searchable`);
  const index = files(join(dir, 'pagefind'));
  assert.ok(index.has('pagefind.js') && index.has('pagefind-entry.json'));
  assert.equal([...index.keys()].filter((f) => f.startsWith('fragment/')).length, 5, 'one record per article, no other page');
  assert.deepEqual(JSON.parse(index.get('pagefind-entry.json')!.toString()).languages.fr?.page_count, 5);
});

test('the same content gives a byte-identical search index', async () => {
  const a = files(join((await buildSearchSite(SEEDS)).dir, 'pagefind'));
  const b = files(join((await buildSearchSite(SEEDS)).dir, 'pagefind'));
  assert.deepEqual([...a.keys()], [...b.keys()]);
  for (const [path, bytes] of a) assert.ok(bytes.equals(b.get(path)!), `${path} differs between two builds`);
});
