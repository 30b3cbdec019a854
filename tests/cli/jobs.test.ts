/**
 * `--jobs`: files parsed and articles analysed on worker threads give exactly what one thread gives (issue 13).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Memo } from '../../src/build/cache.ts';
import { MIN_FILES_PER_WORKER, parseAhead } from '../../src/build/ingest-workers.ts';
import { analyseAhead, MIN_ARTICLES_PER_WORKER } from '../../src/build/analysis-workers.ts';
import { siteOptions } from '../../src/build/options.ts';
import { enrichArchive, ingestContent } from '../../src/build/pipeline.ts';
import { articleAnalyser } from '../../src/enrich/index.ts';
import { BodyStore } from '../../src/text/body-store.ts';
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
  const parallel = ingestContent(dir, undefined, memo);
  assert.equal(memo.misses, count + 1, 'every file was asked for once');
  const single = ingestContent(dir);
  assert.deepEqual(parallel.articles, single.articles);
  assert.deepEqual(parallel.entries, single.entries);
  assert.ok(single.entries.some((e) => e.file === 'zz-broken.md' && e.status === 'rejected'));
});

test('articles analysed on two threads, bodies read back from the store, get exactly the topics and entities of one thread', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-jobs-'));
  const count = MIN_ARTICLES_PER_WORKER * 2 + 7;
  for (let i = 0; i < count; i++) {
    const file = syntheticArticle(5, i);
    writeFileSync(join(dir, file.name), file.text);
  }
  // Most bodies wait in the store, as in a large build: the worker reads them from the file.
  const store = new BodyStore(join(dir, '.corps'), 100);
  const ingested = ingestContent(dir, undefined, undefined, store);
  store.close();
  assert.ok(ingested.articles.filter((a) => a.stored).length > MIN_ARTICLES_PER_WORKER, 'the second share is stored');
  const ahead = await analyseAhead(ingested.articles, ingested.config, 2, store);
  assert.equal(ahead.size, count, 'every article analysed ahead');
  const { analyse } = articleAnalyser(ingested.config);
  const serial = ingested.articles.map((a) => analyse(store.withBody(a)));
  store.closeReader();
  assert.deepEqual(ingested.articles.map((a) => ahead.get(a)), serial);
  assert.ok(serial.some((a) => a.topics.length > 0) && serial.some((a) => a.entities.length > 0), 'the synthetic articles have topics and entities');
  // The archive built with them is the archive built without.
  const site = siteOptions({ origin: 'http://localhost' });
  assert.deepEqual(enrichArchive(ingested, site, undefined, store, ahead).archive, enrichArchive(ingested, site, undefined, store).archive);
  store.closeReader();
});
