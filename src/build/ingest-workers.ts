/**
 * Parsing content files on every core. Ingest is the first phase of a cold build and nothing
 * else runs beside it, so the files to parse are cut into `jobs` contiguous shares: worker
 * threads parse all but the first, the calling thread parses the first meanwhile. The results
 * warm the ingest memo (./cache.ts) under the keys `ingestContent` computes, which then only
 * reads, hashes and assembles in order: reports, ids and duplicates are decided as in one thread.
 * For a cold build: a rebuild with a cache parses few files, in the calling thread.
 *
 * The analysis (topics and entities, the larger part of the enrich phase) is not done here,
 * though it is per article too: tried on 10,000 corpus articles, analysing each share in its
 * thread made the ingest phase 16.5 s instead of 6.0 and the enrich phase 6.4 instead of 13.5,
 * slower in all, with 10 s more CPU. One thread analysing alone already keeps about 1.5 cores
 * busy (V8's collector and compiler threads: 7.9 s of CPU for 5.3 s, and 1.2 times slower
 * pinned to one core), so a second analysing thread on 2 cores mostly takes their place.
 * Tried again on its own, after ingest (a worker thread analysing half the articles, bodies read
 * from the body store, while this thread analysed the other half), 10,000 articles: the
 * analyses took 12.9–13.2 s on two threads against 12.5 s on one, for 24–25 s of CPU against
 * 17, and the cold build gained 1.6–1.9 s of 57 s for 5–8 s more CPU: not kept.
 */
import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { listContent } from '../ingest/content-files.ts';
import type { IngestResult } from '../model.ts';
import { hashOf, type Memo } from './cache.ts';
import { filesToParse, ingestIsolated } from './pipeline.ts';
import { runInWorker } from './threads.ts';

/**
 * Below this many files to parse, a worker's start (loading TypeScript, about 0.3 s) costs more
 * than it saves.
 */
export const MIN_FILES_PER_WORKER = 400;

interface Job {
  task: 'kiosque-ingest';
  files: { path: string; absolute: string }[];
}

/** Parses files under their memo keys; unreadable files are left to `ingestContent`. */
function parse(files: Job['files']): [string, IngestResult][] {
  const out: [string, IngestResult][] = [];
  for (const f of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(f.absolute);
    } catch {
      continue;
    }
    out.push([hashOf(f.path, bytes), ingestIsolated(f.path, bytes)]);
  }
  return out;
}

/**
 * Parses the content folder's files on `jobs` threads into `memo` (values computed ahead).
 * Returns the number of threads used (1: nothing done ahead, too few files).
 * @example await parseAhead('content', memo, 2) // 1 on the seeds
 */
export async function parseAhead(contentDir: string, memo: Memo<IngestResult>, jobs: number): Promise<number> {
  let files: { path: string; absolute: string }[];
  try {
    files = filesToParse(listContent(contentDir).files).map((f) => ({ path: f.path, absolute: f.absolute }));
  } catch {
    return 1; // ingestContent reports the folder's problem
  }
  const threads = Math.max(1, Math.min(jobs, Math.floor(files.length / MIN_FILES_PER_WORKER)));
  if (threads < 2) return 1;
  const share = (i: number) => files.slice(Math.floor((files.length * i) / threads), Math.floor((files.length * (i + 1)) / threads));
  const workers = Array.from({ length: threads - 1 }, (_, i) => {
    const job: Job = { task: 'kiosque-ingest', files: share(i + 1) };
    return runInWorker<[string, IngestResult][]>(import.meta.url, job);
  });
  memo.warm(parse(share(0)));
  for (const results of await Promise.all(workers)) {
    memo.warm(results);
    // Emptied: the settled promise's value stays reachable from the microtask that resumed this
    // function while the caller goes on synchronously (the whole ingest and enrich of a cold
    // build), and with it every parse of the worker's share, bodies included, until the memo
    // has handed them out and long after.
    results.length = 0;
  }
  return threads;
}

if (!isMainThread && (workerData as Job | undefined)?.task === 'kiosque-ingest') {
  const job = workerData as Job;
  parentPort!.postMessage(parse(job.files));
}
