/**
 * Parsing and analysing content files on every core. Ingest is the first phase of a cold build
 * and nothing else runs beside it, so the files to parse are cut into `jobs` contiguous shares:
 * worker threads parse all but the first, the calling thread parses the first meanwhile. Each
 * parsed article is also analysed (topics and entities, with the folder's taxonomy and gazetteer),
 * which would otherwise run on one core in the enrich phase. The results warm the ingest and
 * analysis memos (./cache.ts) under the keys `ingestContent` and `enrichArchive` compute, which
 * then only read, hash and assemble in order: reports, ids and duplicates are decided as in one
 * thread. For a cold build: a rebuild with a cache parses few files, in the calling thread.
 */
import { readFileSync } from 'node:fs';
import { articleAnalyser, loadKnowledge, type Analysis } from '../enrich/index.ts';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { listContent } from '../ingest/content-files.ts';
import type { IngestResult } from '../model.ts';
import { hashOf, type Memo } from './cache.ts';
import { analysisKey, filesToParse, ingestIsolated, isConfigFile, readBuiltInKnowledge } from './pipeline.ts';
import { runInWorker } from './threads.ts';

/**
 * Below this many files to parse, a worker's start (loading TypeScript, about 0.3 s) costs more
 * than it saves.
 */
export const MIN_FILES_PER_WORKER = 400;

interface Job {
  task: 'kiosque-ingest';
  files: { path: string; absolute: string }[];
  /** The content folder's taxonomy and gazetteer files, by name. */
  config: Record<string, string>;
}

/** What a share of the files gave, under the memos' keys. */
interface Parsed {
  ingest: [string, IngestResult][];
  analysis: [string, Analysis][];
}

/**
 * Parses files under their memo keys, and analyses the articles; unreadable files are left to
 * `ingestContent`, an article whose analysis throws to `enrichArchive` (which rejects it alone).
 */
function parse({ files, config }: Pick<Job, 'files' | 'config'>): Parsed {
  const knowledge = loadKnowledge(readBuiltInKnowledge(), config);
  const { analyse } = articleAnalyser(knowledge);
  const keyOf = analysisKey(knowledge);
  const out: Parsed = { ingest: [], analysis: [] };
  for (const f of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(f.absolute);
    } catch {
      continue;
    }
    const result = ingestIsolated(f.path, bytes);
    out.ingest.push([hashOf(f.path, bytes), result]);
    if (result.ok !== true || result.article.draft) continue;
    try {
      out.analysis.push([keyOf(result.article), analyse(result.article)]);
    } catch {
      // analysed again in the enrich phase, where the article is rejected with the reason
    }
  }
  return out;
}

/**
 * Parses and analyses the content folder's files on `jobs` threads into the memos (values
 * computed ahead). Returns the number of threads used (1: nothing done ahead, too few files).
 * @example await parseAhead('content', { ingest, analysis }, 2) // 1 on the seeds
 */
export async function parseAhead(contentDir: string, memos: { ingest: Memo<IngestResult>; analysis: Memo<Analysis> }, jobs: number): Promise<number> {
  let files: { path: string; absolute: string }[];
  const config: Record<string, string> = {};
  try {
    const listed = listContent(contentDir).files;
    files = filesToParse(listed).map((f) => ({ path: f.path, absolute: f.absolute }));
    for (const f of listed) if (isConfigFile(f.path)) config[f.path] = readFileSync(f.absolute, 'utf8');
  } catch {
    return 1; // ingestContent reports the folder's problem
  }
  const threads = Math.max(1, Math.min(jobs, Math.floor(files.length / MIN_FILES_PER_WORKER)));
  if (threads < 2) return 1;
  const share = (i: number) => files.slice(Math.floor((files.length * i) / threads), Math.floor((files.length * (i + 1)) / threads));
  const workers = Array.from({ length: threads - 1 }, (_, i) => {
    const job: Job = { task: 'kiosque-ingest', files: share(i + 1), config };
    return runInWorker<Parsed>(import.meta.url, job);
  });
  for (const parsed of [parse({ files: share(0), config }), ...(await Promise.all(workers))]) {
    memos.ingest.warm(parsed.ingest);
    memos.analysis.warm(parsed.analysis);
  }
  return threads;
}

if (!isMainThread && (workerData as Job | undefined)?.task === 'kiosque-ingest') {
  const job = workerData as Job;
  parentPort!.postMessage(parse(job));
}
