/**
 * Search indexing on its own thread. Eleventy renders every page in one long run of microtasks
 * (measured: the event loop did not turn once in 27 s of rendering), so records sent from the
 * main thread would reach Pagefind only after rendering. From a worker they flow while the main
 * thread renders: the worker builds records and talks to Pagefind, Pagefind indexes in its own
 * process, and the main thread runs Eleventy.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { plainData } from './isolate.ts';
import type { Archive } from '../model.ts';
import { runInWorker } from './threads.ts';
import { indexSite, type IndexOptions, type SearchIndexResult } from '../search/index.ts';
import { RECORD_FIELDS, type RecordSource } from '../search/records.ts';

interface Job {
  task: 'kiosque-search-index';
  siteDir: string;
  articles: RecordSource[];
  options: IndexOptions;
}

/**
 * `indexSite` in a worker thread; same result. The fields records are made of are copied to
 * the worker, not the articles' page data (cards, related articles, JSON-LD): the worker shares
 * the build process's memory, and whole articles doubled the archive in it.
 * @example const { pages } = await indexSiteInWorker('_site.tmp', archive);
 */
export function indexSiteInWorker(siteDir: string, archive: Pick<Archive, 'articles'>, options: IndexOptions = {}): Promise<SearchIndexResult> {
  const fields = (a: Archive['articles'][number]) => Object.fromEntries(RECORD_FIELDS.map((f) => [f, a[f]])) as RecordSource;
  // Copied into plain data we built (../isolate.ts): a worker message clones what it is given,
  // and one value that cannot be cloned would fail the whole build (issue 11).
  const job: Job = { task: 'kiosque-search-index', siteDir, articles: archive.articles.map((a) => plainData(fields(a))), options: plainData(options) };
  return runInWorker<SearchIndexResult>(import.meta.url, job);
}

if (!isMainThread && (workerData as Job | undefined)?.task === 'kiosque-search-index') {
  const job = workerData as Job;
  parentPort!.postMessage(await indexSite(job.siteDir, { articles: job.articles }, job.options));
}
