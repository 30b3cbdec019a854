/**
 * Parsing content files on every core. Ingest is the first phase of a cold build and nothing
 * else runs beside it, so worker threads parse the files just ahead of the calling thread while
 * it ingests them in order (`ingestContent`: reading, hashing, storing bodies, deciding ids and
 * duplicates as in one thread). The files to parse are cut into small batches; the calling thread
 * and the workers claim each batch once (a shared array of claims): a worker claims the next free
 * batch at most `WINDOW` batches ahead of the calling thread and posts its parses on its own
 * port, and the calling thread, reaching a batch, parses it itself if no worker claimed it, or
 * else takes its parses once posted, parsing free batches further ahead while it waits; parses
 * warm the ingest memo (./cache.ts) under the keys `ingestContent` computes. The parses held at
 * any time are those of a window, not of the archive: parsing whole shares ahead held every
 * parse of a worker's share, bodies included, until ingest assembled them (50,000 articles:
 * 330 MB of heap used after parsing, and the build process above 1 GB at the start of the render
 * for the heap and arenas it left).
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
 * 17, and the cold build gained 1.6–1.9 s of 57 s for 5–8 s more CPU: not kept. What is kept:
 * the calling thread analyses each article as it reads it (./pipeline.ts, `analyseAhead`), while
 * the workers parse ahead; the two phases overlap instead of following each other, and the
 * bodies are no longer read back from the body store to be analysed. Measured on 10,000 corpus
 * articles in 6 alternating pairs, on a machine whose speed drifted by a third during the runs:
 * ingest and enrich median 17.4 s against 18.2 s, the whole build 36.0 s against 37.6 s on
 * average, CPU the same: a gain within the noise of that machine, not a proven one. At 50,000
 * articles, 2 alternating pairs: ingest and enrich 66.4 and 66.7 s against 91.0 and 76.8 s, the
 * whole build 183.5 and 185.7 s against 219.8 and 184.2 s, the build process's peak 958 and
 * 967 MB against 969 and 1,013 MB.
 */
import { readFileSync } from 'node:fs';
import { isMainThread, MessageChannel, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { listContent } from '../ingest/content-files.ts';
import type { IngestResult } from '../model.ts';
import { hashOf, type Memo } from './cache.ts';
import { filesToParse, ingestIsolated } from './pipeline.ts';
import { startWorker } from './threads.ts';

/**
 * Below this many files to parse, a worker's start (loading TypeScript, about 0.3 s) costs more
 * than it saves.
 */
export const MIN_FILES_PER_WORKER = 400;
/** Files per batch: a few milliseconds of parsing, so that claims and messages cost little. */
export const BATCH = 50;
/** Batches a worker may parse ahead of the calling thread: the parses held at most, per window. */
export const WINDOW = 16;
/** Without a batch from any worker for this long, the calling thread parses what it waits for. */
const STALL_MS = 30_000;

/** Claims, one per batch: free, or taken by a worker (parsing, then posted), or by the calling thread. */
const FREE = 0;
const PARSING = 1;
const POSTED = 2;
const CALLER = 3;
/** Control slots: the batch the calling thread is at, batches posted in all, a worker failed. */
const AT = 0;
const POSTED_COUNT = 1;
const FAILED = 2;

interface Job {
  task: 'kiosque-ingest';
  files: { path: string; absolute: string }[];
  /** Int32Array views over shared memory: one claim per batch; the control slots. */
  claims: SharedArrayBuffer;
  control: SharedArrayBuffer;
  port: MessagePort;
}

interface Batch {
  batch: number;
  parses: [string, IngestResult][];
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

/** The files of batch `k`. */
function batchFiles(files: Job['files'], k: number): Job['files'] {
  return files.slice(k * BATCH, (k + 1) * BATCH);
}

/** Files parsed ahead of `ingestContent` by worker threads. */
export interface ParseAhead {
  /** Threads parsing, the calling one included (1: no worker, too few files). */
  threads: number;
  /**
   * Called by `ingestContent` before it asks the memo for `path`: when a worker claimed the
   * file's batch, waits for its parses and warms the memo with them; else the calling thread
   * will parse the batch itself.
   */
  before(path: string): void;
  /** Files whose parses came from a worker so far. */
  received(): number;
  /** Batches the workers have posted so far. */
  posted(): number;
  /** Lets the workers go: call once ingest is over, whatever its outcome. */
  stop(): void;
}

const NONE: ParseAhead = { threads: 1, before() {}, received: () => 0, posted: () => 0, stop() {} };

/**
 * Starts worker threads that parse the content folder's files just ahead of `ingestContent`,
 * which must be given the returned `before` (`IngestMemos.before`). Use for a cold build.
 * @example const ahead = startParseAhead('content', memo, 2); // ahead.threads is 1 on the seeds
 */
export function startParseAhead(contentDir: string, memo: Memo<IngestResult>, jobs: number): ParseAhead {
  let files: Job['files'];
  try {
    files = filesToParse(listContent(contentDir).files).map((f) => ({ path: f.path, absolute: f.absolute }));
  } catch {
    return NONE; // ingestContent reports the folder's problem
  }
  const threads = Math.max(1, Math.min(jobs, Math.floor(files.length / MIN_FILES_PER_WORKER)));
  if (threads < 2) return NONE;
  const batches = Math.ceil(files.length / BATCH);
  const batchOf = new Map(files.map((f, i) => [f.path, Math.floor(i / BATCH)]));
  const claimsBuffer = new SharedArrayBuffer(4 * batches);
  const controlBuffer = new SharedArrayBuffer(4 * 3);
  const claims = new Int32Array(claimsBuffer);
  const control = new Int32Array(controlBuffer);
  Atomics.store(control, AT, -1);
  const ports = Array.from({ length: threads - 1 }, () => {
    const { port1, port2 } = new MessageChannel();
    const job: Job = { task: 'kiosque-ingest', files, claims: claimsBuffer, control: controlBuffer, port: port2 };
    // A worker that fails sets FAILED (below); its error event, seen only once ingest is over, is not needed.
    startWorker(import.meta.url, job, [port2]).on('error', () => {});
    return port1;
  });
  /** Batches received and not yet reached (parses held for the window). */
  const early = new Map<number, Batch['parses']>();
  let at = -1;
  let received = 0;
  const drain = () => {
    for (const port of ports) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) early.set((m.message as Batch).batch, (m.message as Batch).parses);
    }
  };
  /** Parses a free batch of the window after `k` in this thread, if there is one. */
  const parseNextFree = (k: number): boolean => {
    for (let j = k + 1; j <= Math.min(batches - 1, k + WINDOW); j++) {
      if (Atomics.compareExchange(claims, j, FREE, CALLER) !== FREE) continue;
      memo.warm(parse(batchFiles(files, j)));
      return true;
    }
    return false;
  };
  /**
   * The parses of batch `k`, claimed by a worker, once posted; undefined if the workers stalled
   * or failed. Meanwhile this thread parses free batches ahead rather than wait.
   */
  const wait = (k: number): Batch['parses'] | undefined => {
    let posted = Atomics.load(control, POSTED_COUNT);
    let since = Date.now();
    for (;;) {
      drain();
      const parses = early.get(k);
      if (parses) return parses;
      if (Atomics.load(control, FAILED)) return undefined;
      const claim = Atomics.load(claims, k);
      if (claim === PARSING) {
        if (!parseNextFree(k)) Atomics.wait(claims, k, PARSING, 1000);
      } else {
        // Posted and not received: a message is on the port before its claim says so, so this
        // should not last; waited for rather than spun on until the stall gives up.
        Atomics.wait(claims, k, claim, 10);
      }
      const now = Atomics.load(control, POSTED_COUNT);
      if (now !== posted) [posted, since] = [now, Date.now()];
      else if (Date.now() - since > STALL_MS) return undefined;
    }
  };
  const before = (path: string) => {
    const k = batchOf.get(path);
    if (k === undefined || k <= at) return;
    for (let skipped = at + 1; skipped < k; skipped++) early.delete(skipped);
    at = k;
    Atomics.store(control, AT, k);
    Atomics.notify(control, AT);
    // Free: this thread parses it as ingest asks (a memo miss); or it did already, while waiting.
    const claim = Atomics.compareExchange(claims, k, FREE, CALLER);
    if (claim === FREE || claim === CALLER) return;
    const parses = wait(k);
    early.delete(k);
    if (!parses) return;
    received += parses.length;
    memo.warm(parses);
  };
  const stop = () => {
    Atomics.store(control, AT, batches);
    Atomics.notify(control, AT);
    for (const port of ports) port.close();
    early.clear();
  };
  return { threads, before, received: () => received, posted: () => Atomics.load(control, POSTED_COUNT), stop };
}

/** A worker: claims free batches within the window ahead of the calling thread, parses and posts them. */
function work(job: Job): void {
  const claims = new Int32Array(job.claims);
  const control = new Int32Array(job.control);
  const batches = claims.length;
  try {
    for (let k = 0; k < batches; ) {
      const at = Atomics.load(control, AT);
      if (k <= at) k = at + 1;
      else if (k > at + WINDOW) Atomics.wait(control, AT, at, 1000);
      else if (Atomics.compareExchange(claims, k, FREE, PARSING) !== FREE) k++;
      else {
        const parses = parse(batchFiles(job.files, k));
        job.port.postMessage({ batch: k, parses } satisfies Batch);
        Atomics.store(claims, k, POSTED);
        Atomics.add(control, POSTED_COUNT, 1);
        Atomics.notify(claims, k);
        k++;
      }
    }
  } catch (e) {
    Atomics.store(control, FAILED, 1);
    Atomics.notify(claims, Math.max(0, Atomics.load(control, AT)));
    throw e;
  } finally {
    job.port.close();
  }
}

if (!isMainThread && (workerData as Job | undefined)?.task === 'kiosque-ingest') work(workerData as Job);
