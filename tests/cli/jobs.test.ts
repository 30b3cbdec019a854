/**
 * `--jobs`: files parsed on worker threads give exactly what one thread gives (issue 13).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Memo } from '../../src/build/cache.ts';
import { MIN_FILES_PER_WORKER, parseAhead } from '../../src/build/ingest-workers.ts';
import { ingestContent } from '../../src/build/pipeline.ts';
import type { IngestResult } from '../../src/model.ts';
import { syntheticArticle } from '../../tools/bench/synthetic.ts';

test('content parsed on three threads is ingested exactly as on one, rejections included', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-jobs-'));
  const count = MIN_FILES_PER_WORKER * 3;
  for (let i = 0; i < count; i++) {
    const file = syntheticArticle(4, i);
    writeFileSync(join(dir, file.name), file.text);
  }
  writeFileSync(join(dir, 'zz-broken.md'), '---\ntitle: [unclosed\n---\nTexte.\n');
  const memo = new Memo<IngestResult>(new Map());
  assert.equal(await parseAhead(dir, memo, 3), 3);
  const parallel = ingestContent(dir, undefined, { ingest: memo });
  assert.equal(memo.misses, count + 1, 'every file was asked for once');
  const single = ingestContent(dir);
  assert.deepEqual(parallel.articles, single.articles);
  assert.deepEqual(parallel.entries, single.entries);
  assert.ok(single.entries.some((e) => e.file === 'zz-broken.md' && e.status === 'rejected'));
});
