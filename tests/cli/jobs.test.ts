/**
 * `--jobs`: files parsed and analysed on worker threads give exactly what one thread gives (issue 13).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Memo } from '../../src/build/cache.ts';
import { MIN_FILES_PER_WORKER, parseAhead } from '../../src/build/ingest-workers.ts';
import { enrichArchive, ingestContent } from '../../src/build/pipeline.ts';
import { siteOptions } from '../../src/build/options.ts';
import type { Analysis } from '../../src/enrich/index.ts';
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
  // The folder's own taxonomy: the workers must analyse with it, not with the built-in one alone.
  writeFileSync(join(dir, 'sujets.yml'), '- slug: eau-potable\n  label: Eau potable\n  description: L’eau du robinet.\n  aliases: [qualité de l’eau, eau]\n');
  const memos = { ingest: new Memo<IngestResult>(new Map()), analysis: new Memo<Analysis>(new Map()) };
  assert.equal(await parseAhead(dir, memos, 3), 3);
  const parallel = ingestContent(dir, undefined, memos.ingest);
  assert.equal(memos.ingest.misses, count + 1, 'every file was asked for once');
  const single = ingestContent(dir);
  assert.deepEqual(parallel.articles, single.articles);
  assert.deepEqual(parallel.entries, single.entries);
  assert.ok(single.entries.some((e) => e.file === 'zz-broken.md' && e.status === 'rejected'));
  // Analysed ahead: enrich computes nothing again, and the archive is the one-thread archive.
  let computed = 0;
  const ahead = enrichArchive(parallel, siteOptions(), { get: (key, compute) => memos.analysis.get(key, () => (computed++, compute())) } as Memo<Analysis>);
  assert.equal(computed, 0, 'every article was analysed ahead, with the folder’s taxonomy');
  const alone = enrichArchive(single, siteOptions());
  assert.deepEqual(ahead.archive, alone.archive);
  assert.ok(alone.archive.articles.some((a) => a.topics.includes('eau-potable')), 'the folder’s topic is found');
});
