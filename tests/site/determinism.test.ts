import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildSite, FIXTURE, listFiles } from '../helpers/site.ts';

test('two builds of the same content are byte-identical', async () => {
  const a = await buildSite(FIXTURE);
  const b = await buildSite(FIXTURE);
  assert.notEqual(a.dir, b.dir);
  const files = listFiles(a.dir);
  assert.ok(files.length > 90);
  assert.deepEqual(listFiles(b.dir), files);
  for (const f of files) assert.ok(readFileSync(join(a.dir, f)).equals(readFileSync(join(b.dir, f))), `${f} differs`);
});
