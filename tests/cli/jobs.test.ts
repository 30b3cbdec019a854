/**
 * `--jobs`: files parsed ahead on worker threads give exactly what one thread gives (issue 13).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Memo } from '../../src/build/cache.ts';
import { BATCH, MIN_FILES_PER_WORKER, startParseAhead, WINDOW } from '../../src/build/ingest-workers.ts';
import { analyseAhead, analyseContent, ingestContent } from '../../src/build/pipeline.ts';
import type { Analysis, IngestResult } from '../../src/model.ts';
import { syntheticArticle } from '../../tools/bench/synthetic.ts';

function folder(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-jobs-'));
  for (let i = 0; i < count; i++) {
    const file = syntheticArticle(4, i);
    writeFileSync(join(dir, file.name), file.text);
  }
  writeFileSync(join(dir, 'zz-broken.md'), '---\ntitle: [unclosed\n---\nTexte.\n');
  return dir;
}

/** Waits until the workers have posted `batches` batches (they start in about 0.3 s). */
async function posted(ahead: { posted(): number }, batches: number): Promise<void> {
  for (let t = 0; ahead.posted() < batches; t++) {
    assert.ok(t < 600, `the workers posted ${ahead.posted()} batches in 60 s`);
    await sleep(100);
  }
}

test('content parsed ahead on three threads is ingested exactly as on one, rejections included', async () => {
  const count = MIN_FILES_PER_WORKER * 3;
  const dir = folder(count);
  const memo = new Memo<IngestResult>(new Map());
  const ahead = startParseAhead(dir, memo, 3);
  assert.equal(ahead.threads, 3);
  // The workers fill their window ahead of a calling thread that has not started: the first
  // batches are theirs, the rest is shared as it comes.
  await posted(ahead, WINDOW);
  let parallel;
  try {
    parallel = ingestContent(dir, undefined, { ingest: memo, before: ahead.before });
  } finally {
    ahead.stop();
  }
  assert.equal(memo.misses, count + 1, 'every file was asked for once');
  assert.ok(ahead.received() >= WINDOW * BATCH, `${ahead.received()} parses came from the workers`);
  const single = ingestContent(dir);
  assert.deepEqual(parallel.articles, single.articles);
  assert.deepEqual(parallel.entries, single.entries);
  assert.ok(single.entries.some((e) => e.file === 'zz-broken.md' && e.status === 'rejected'));
});

test('the workers parse at most a window ahead of the ingest: the parses held are bounded', async () => {
  const dir = folder(MIN_FILES_PER_WORKER * 4);
  const ahead = startParseAhead(dir, new Memo<IngestResult>(new Map()), 2);
  try {
    await posted(ahead, WINDOW);
    await sleep(500);
    assert.equal(ahead.posted(), WINDOW, 'a worker waits for the ingest beyond its window');
  } finally {
    ahead.stop();
  }
});

test('too few files are parsed by the calling thread alone', () => {
  const ahead = startParseAhead(folder(MIN_FILES_PER_WORKER - 1), new Memo<IngestResult>(new Map()), 4);
  assert.equal(ahead.threads, 1);
  ahead.stop();
});

test('articles analysed as they are read, while workers parse ahead, get exactly the topics and entities of an analysis after the ingest', async () => {
  const dir = folder(MIN_FILES_PER_WORKER * 2);
  const ingestMemo = new Memo<IngestResult>(new Map());
  const analyses = new Memo<Analysis>(new Map(), false);
  const warmed = new Set<Analysis['entities']>();
  const warm = analyses.warm.bind(analyses);
  analyses.warm = (values) => {
    const list = [...values];
    for (const [, analysis] of list) warmed.add(analysis.entities);
    warm(list);
  };
  const ahead = startParseAhead(dir, ingestMemo, 2);
  let ingested;
  try {
    ingested = ingestContent(dir, undefined, { ingest: ingestMemo, before: ahead.before, kept: analyseAhead(analyses) });
  } finally {
    ahead.stop();
  }
  assert.equal(warmed.size, ingested.articles.length, 'every article kept was analysed as it was read');
  const early = analyseContent(ingested, analyses);
  assert.ok(early.articles.every((a) => warmed.has(a.entities)), 'the analysis after the ingest took what was analysed ahead');
  const after = analyseContent(ingestContent(dir));
  assert.deepEqual(early.articles.map((a) => [a.url, a.topics, a.entities]), after.articles.map((a) => [a.url, a.topics, a.entities]));
  assert.deepEqual(early.subjects, after.subjects);
});
