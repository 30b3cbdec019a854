/**
 * The build: read content/, ingest, enrich, render with Eleventy into a temporary folder beside
 * `--out`, index with Pagefind, then swap the folder into place. A failed or killed build leaves
 * the previous site untouched (PITFALLS, "Eleventy: not atomic").
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { boundHeapGrowth, collectGarbage } from '../heap.ts';
import { isSafeSitePath } from '../ingest/slug.ts';
import type { Archive, Article, SiteOptions } from '../model.ts';
import { MIN_PAGES_PER_PROCESS, renderSite, renderTemplateItems } from '../site/render.ts';
import { rendererProcesses } from '../site/render-plan.ts';
import { killRenderers, releaseRenderers, startRenderers } from '../site/render-pool.ts';
import { BodyStore } from '../text/body-store.ts';
import { CacheWriter, dropCacheToWrite, kiosqueFingerprint, newBodyFile, openCache, saveCache, type BuildCache, type CacheState, type CacheToWrite, type FileChanges } from './cache.ts';
import { startParseAhead } from './ingest-workers.ts';
import { buildLocks } from './lock.ts';
import { cleanStaleBuilds, emptiedSiteProblem, outProblem, removeInBackground, tempDirFor } from './output.ts';
import { pageReuse, type PageReuse } from './page-reuse.ts';
import { analyseAhead, analyseContent, archiveContent, ingestContent, reportEntries, withAddressesMoved } from './pipeline.ts';
import { archiveRecordSources, withTextKeys } from './search-sources.ts';
import { makeReport, type Report } from './report.ts';
import { indexSiteInProcess, killSearch, releaseSearch, startSearch } from './search-process.ts';
import type { IndexOptions, SearchIndexResult } from '../search/index.ts';
import { sameRecordSources, type RecordSource } from '../search/records.ts';
import { bundleFolders, partitionShards } from '../search/shards.ts';
import { trace } from '../search/trace.ts';

export interface BuildOptions {
  content: string;
  out: string;
  site: SiteOptions;
  strict: boolean;
  /** Build the Pagefind index (on by default). */
  search: boolean;
  /**
   * How the index is built (src/search/index.ts): Pagefind processes at once (`jobs`), articles
   * per shard (`shardSize`), and `previous`, a folder holding the `pagefind/` folder of an
   * earlier build (the previous site, or a cache copy of it) whose unchanged shards are copied.
   */
  searchIndex?: IndexOptions;
  /** The cache folder (./cache.ts); undefined: no cache, everything is built. */
  cache?: string;
  /** Threads and processes to use at most (default: the machine's cores). */
  jobs?: number;
  /**
   * Articles whose bodies stay in memory (default BODIES_IN_MEMORY); the others' wait in a file
   * until their page and record are made (src/text/body-store.ts).
   * The archive a build returns has `stored` articles, without their bodies, past that many.
   */
  bodiesInMemory?: number;
  /** Called at the start of each phase, for progress lines. */
  onPhase?: (phase: Phase, detail?: string) => void;
  /** Called as files are read (ingest) and pages written (render): done so far, expected total. */
  onProgress?: (phase: Phase, done: number, total: number) => void;
}

export type Phase = 'ingest' | 'enrich' | 'render' | 'search' | 'write' | 'cache';

export interface BuildResult {
  ok: boolean;
  /** How the cache served this build: its state, why it could not be used, what it saved. */
  cache: {
    state: CacheState; reason?: string; files: number; analyses: number; pages: number; shards: { reused: number; total: number };
    /** The content files added, changed and removed since the build the cache describes (a cache used only). */
    changes?: FileChanges;
  };
  /** Why nothing was written, when `ok` is false. */
  failure?: string;
  report: Report;
  timings: Partial<Record<Phase, number>>;
  pages: number;
  archive?: Archive;
}

/** Site paths of every page built from content; each must stay inside the output folder. */
function contentPaths(archive: Archive): string[] {
  return [
    ...archive.articles.map((a) => a.url),
    ...archive.topicPages.map((p) => p.url),
    ...archive.topics.map((t) => t.feedUrl.replace(/flux\.xml$/, '')),
    ...archive.entities.map((e) => e.url),
    ...archive.years.map((y) => y.url),
    ...archive.months.map((m) => m.url),
  ];
}

/** Runs the whole build. Never throws for bad content; throws only for broken machinery. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  try {
    return await runBuild(options);
  } finally {
    // Renderer and indexing processes started ahead and not used (a build that failed before rendering).
    await Promise.all([releaseRenderers(), releaseSearch()]);
  }
}

async function runBuild(options: BuildOptions): Promise<BuildResult> {
  // Another build writing the same site or cache would remove what this one writes (./lock.ts).
  const locks = buildLocks(resolve(options.out), options.cache);
  if (typeof locks !== 'function') {
    const who = locks.holder > 0 ? `la construction du processus ${locks.holder}` : 'une autre construction';
    const failure = `${who} utilise déjà ${locks.path.endsWith('kiosque.lock') ? `le cache ${dirname(locks.path)}` : `le dossier de sortie ${resolve(options.out)}`} : rien n’a été écrit ; attendez qu’elle finisse et relancez (si aucune ne tourne, supprimez ${locks.path})`;
    return { ok: false, failure, cache: { state: 'off', files: 0, analyses: 0, pages: 0, shards: { reused: 0, total: 0 } }, report: makeReport([]), timings: {}, pages: 0 };
  }
  try {
    return await runLocked(options);
  } finally {
    locks();
  }
}

async function runLocked(options: BuildOptions): Promise<BuildResult> {
  boundHeapGrowth();
  const timings: BuildResult['timings'] = {};
  const time = async <T>(phase: Phase, fn: () => T | Promise<T>): Promise<T> => {
    options.onPhase?.(phase);
    const start = performance.now();
    trace(`build ${phase} start`);
    try {
      return await fn();
    } finally {
      timings[phase] = Math.round(performance.now() - start);
      trace(`build ${phase} end`);
    }
  };

  if (options.search) startSearch();
  const fingerprint = options.cache ? kiosqueFingerprint() : '';
  const cache = openCache(options.cache, fingerprint);
  const jobs = options.jobs ?? availableParallelism();
  const out = resolve(options.out);
  // Article bodies wait in a file until their page and record are made (src/text/body-store.ts):
  // a new body file of the cache folder, which the cache keeps; without a cache, one beside the
  // output, removed at the end.
  const inMemory = options.bodiesInMemory ?? BODIES_IN_MEMORY;
  const store = cache.dir
    ? new BodyStore(newBodyFile(cache.dir), inMemory, cache.previousBodies)
    : !outProblem(out, resolve(options.content)) ? new BodyStore(tempDirFor(out, 'corps'), inMemory) : undefined;
  const state: BuildState = { timings, time, fingerprint, cache, jobs, out, store, bodiesKept: false, analysedAhead: false };
  try {
    return await buildWith(options, state);
  } finally {
    if (store && !state.bodiesKept) rmSync(store.file, { force: true });
  }
}

/**
 * Article bodies a build keeps in memory before the others go to a file: a small archive (tests,
 * a first site) needs no file, and its build returns whole articles.
 */
export const BODIES_IN_MEMORY = 1000;

interface BuildState {
  timings: BuildResult['timings'];
  time: <T>(phase: Phase, fn: () => T | Promise<T>) => Promise<T>;
  fingerprint: string;
  cache: BuildCache;
  jobs: number;
  out: string;
  store: BodyStore | undefined;
  /** The new cache keeps the body file (it was written). */
  bodiesKept: boolean;
  /** Articles were analysed as they were read (`analyseAhead`): the analysis memo holds them. */
  analysedAhead: boolean;
}

async function buildWith(options: BuildOptions, state: BuildState): Promise<BuildResult> {
  const { timings, time, fingerprint, cache, jobs, out, store } = state;
  /** Nothing is taken from a previous build: every file is parsed and every page rendered. */
  const cold = cache.state !== 'used';
  const ingested = await time('ingest', async () => {
    // A cold build parses every file, on every core; a rebuild parses the few that changed.
    // While worker threads parse, this thread analyses each article as it is read.
    const ahead = cold ? startParseAhead(options.content, cache.ingest, jobs) : undefined;
    state.analysedAhead = ahead !== undefined && ahead.threads > 1;
    try {
      const memos = {
        ingest: cache.ingest, ...(cache.dir ? { stamps: cache.stamps, knowledge: cache.knowledge } : {}),
        ...(ahead ? { before: ahead.before } : {}), ...(state.analysedAhead ? { kept: analyseAhead(cache.analysis) } : {}),
      };
      return ingestContent(options.content, (done, total) => options.onProgress?.('ingest', done, total), memos, store);
    } finally {
      ahead?.stop();
      store?.close();
    }
  });
  // Known once every file is read, before the next cache takes the stamps.
  const changes = cache.state === 'used' ? cache.stamps.changes() : undefined;
  // A cold build renders every page: its renderer processes start now, on the cores that enrich
  // (one core) leaves idle. Each article has a sliced page, so this is at most what render takes.
  if (cold) startRenderers(rendererProcesses(jobs, ingested.articles.length, MIN_PAGES_PER_PROCESS));

  let reusedPages = 0;
  const shards = { reused: 0, total: 0 };
  const cacheFigures = (): BuildResult['cache'] => ({
    state: cache.state, ...(cache.reason ? { reason: cache.reason } : {}), files: cache.ingest.hits, analyses: cache.analysis.hits, pages: reusedPages, shards,
    ...(changes ? { changes } : {}),
  });
  let report: Report | undefined;
  const fail = (failure: string): BuildResult => ({ ok: false, failure, cache: cacheFigures(), report: report ?? makeReport(reportEntries(ingested, [])), timings, pages: 0 });

  // Everything is written into `tmp`, swapped into place at the end. The index is built in its
  // own process (records) and in Pagefind's processes (indexing) from the analysed articles,
  // while this one makes the archive's lists and renders; what did not change since the previous
  // build is taken from the site in place: unchanged search shards are copied, pages whose item
  // did not change are linked.
  const refused = outProblem(out, resolve(options.content));
  const tmp = tempDirFor(out, 'tmp');
  // The records written for Pagefind and its bundles: beside the output, removed after the swap.
  const scratch = tempDirFor(out, 'index');
  if (!refused) {
    cleanStaleBuilds(out);
    rmSync(tmp, { recursive: true, force: true });
  }
  const previousSite = cache.previousOut === out && existsSync(out) ? out : undefined;
  const searchIndex = { jobs, scratch, ...options.searchIndex, ...(previousSite ? { previous: previousSite } : {}), ...(cache.dir ? { cache: cache.dir } : {}) };
  /** The index being built. */
  let search: Promise<{ result: SearchIndexResult } | { error: unknown }> | undefined;
  /** What the index was started from before the archive was made, until the archive is checked against it. */
  let sent: RecordSource[] | undefined;
  const startIndexing = async (sources: (RecordSource & Pick<Article, 'id' | 'stored'>)[]) => {
    const job = indexSiteInProcess(tmp, sources, searchIndex, store?.refs(sources));
    search = job.result.then((result) => ({ result }), (error: unknown) => ({ error }));
    // The indexing process has its job before this process blocks its event loop.
    await job.sent;
  };
  const cleanup = () => {
    try {
      if (store) rmSync(store.file, { force: true });
      rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
      rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // Files still being written; the next build removes the folder (cleanStaleBuilds).
    }
  };
  /** Pages taken from the previous site: linked on a worker thread during the render. */
  let reuse: PageReuse | undefined;
  let interrupted = false;
  let swapped = false;
  /** The next cache being written, then written and not yet in place. */
  let writer: CacheWriter | undefined;
  let nextCache: CacheToWrite | undefined;
  const onSignal = async (signal: NodeJS.Signals) => {
    // A second signal while stopping (Ctrl-C reaches the whole process group, and `npm run
    // build`'s launcher passes a SIGTERM on) must not cut the cleanup short.
    if (interrupted) return;
    interrupted = true;
    // Renderer and indexing processes write into tmp too: killed first, and reaped (not left as
    // zombies). From here on nothing yields to the event loop, so nothing new is queued.
    await Promise.all([killRenderers(), killSearch(), reuse?.stop()]);
    writer?.drop();
    if (nextCache) dropCacheToWrite(nextCache);
    // Once the site is swapped in, only the body file is left to remove, unless the new cache holds it.
    if (swapped) {
      if (store && !state.bodiesKept) rmSync(store.file, { force: true });
    } else {
      cleanup();
      // Writes Eleventy already handed to libuv's thread pool may land after that removal (a
      // recursive mkdir recreates the folder). The main thread is blocked here, so nothing new is
      // queued: wait for those few writes to finish, then remove again before exiting.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150);
      cleanup();
    }
    // Said, not left to an exit code: the reader who pressed Ctrl-C wants to know what is on disk.
    const onDisk = swapped
      ? `le nouveau site est en place dans ${out}, mais le cache n’est pas enregistré : la prochaine construction sera complète`
      : `rien n’a été écrit, ${existsSync(out) ? `${out} est inchangé` : `${out} n’existe pas`}`;
    process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}kiosque: construction interrompue (${signal}) : ${onDisk}\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const enriched = await time('enrich', async () => {
      try {
        const analysed = analyseContent(ingested, cache.dir || state.analysedAhead ? cache.analysis : undefined, store);
        // Used by the analysis only (its keys, the articles' origins): not held through the render.
        delete ingested.inputs;
        if (options.search && !refused) await startIndexing((sent = archiveRecordSources(analysed.articles, ingested.textKeys)));
        return archiveContent(ingested, options.site, analysed);
      } finally {
        store?.closeReader();
      }
    });
    const entries = reportEntries(ingested, cache.dir ? withAddressesMoved(enriched.articles, cache.stamps) : enriched.articles);
    const topicsReport = { knowledge: ingested.config.knowledge, unmappedTopics: enriched.unmappedTopics };
    report = makeReport(entries, topicsReport);

    if (ingested.configDiagnostics.some((d) => d.level === 'error')) return fail('le fichier des sujets ou des entités contient des erreurs (listées ci-dessus)');
    if (options.strict && (report.counts.withWarnings > 0 || report.counts.rejected > 0)) {
      return fail('--strict : avertissements ou fichiers rejetés (listés ci-dessus)');
    }
    const emptied = emptiedSiteProblem(out, report.counts.published);
    if (emptied) return fail(emptied);
    const unsafe = contentPaths(enriched.archive).filter((p) => !isSafeSitePath(p));
    if (unsafe.length > 0) return fail(`chemins de pages qui sortiraient du dossier de sortie : ${unsafe.slice(0, 5).join(', ')}`);
    if (refused) return fail(refused);
    if (search && sent && !sameRecordSources(sent, enriched.archive.articles)) {
      // An article rejected while the archive was made (an internal error): index again without it.
      await killSearch();
      rmSync(tmp, { recursive: true, force: true });
      search = undefined;
    }
    sent = undefined; // checked: not held through the render
    if (options.search && !search) await startIndexing(withTextKeys(enriched.archive.articles, ingested.textKeys));

    // The search page merges the shards' bundles (public/js/search-page.js); one bundle needs no list.
    const bundles = options.search ? bundleFolders(partitionShards(enriched.archive.articles, options.searchIndex?.shardSize)) : [];
    const archive = bundles.length > 1 ? { ...enriched.archive, searchBundles: bundles.map((b) => `${options.site.basePath}${b}`) } : enriched.archive;
    reuse = pageReuse(enriched.archive, cache.previousPages, previousSite, tmp, fingerprint, enriched.origins);
    // Held by page reuse until it has made the page keys, not through the whole build.
    delete enriched.origins;
    const select = reuse.select;
    const settle = reuse.settle;
    const bodies = store ? (articles: readonly Article[]) => store.refs(articles) : undefined;
    // The next cache's memos are final: written now, so that they are not held through the render.
    if (cache.dir) writer = new CacheWriter(cache, fingerprint, out, store ? { file: store.file, places: store.byKey } : undefined);
    writer?.writeMemos();
    const rendered = await time('render', async () => {
      // A cold build's peak of memory is early in its render (src/heap.ts): the heap limit is set
      // from the render's live data, not the analysis's, while renderer processes work.
      const onRenderersBusy = cold ? collectGarbage : undefined;
      const written = await renderSite(archive, tmp, { onProgress: (done, total) => options.onProgress?.('render', done, total), jobs, ...(cache.dir ? { select } : {}), ...(bodies ? { bodies } : {}), ...(onRenderersBusy ? { onRenderersBusy } : {}) });
      let late = 0;
      for (const { template, items } of await settle()) late += await renderTemplateItems(archive, tmp, template, items, bodies);
      return written + late;
    });
    reusedPages = reuse.reused;
    const pages = rendered + reuse.reused;
    // The next cache is made while the search index may still be under way, put in place after the swap.
    let cacheMs = 0;
    if (writer) {
      const start = performance.now();
      nextCache = writer.finish(await reuse.records(tmp));
      writer = undefined;
      cacheMs = performance.now() - start;
    }
    if (search) {
      const settled = await time('search', () => search!);
      search = undefined;
      if ('error' in settled) throw settled.error;
      const indexed = settled.result;
      if (indexed.errors.length > 0) return fail(`index de recherche : ${indexed.errors.join(' ; ')}`);
      shards.total = indexed.shards.length;
      shards.reused = indexed.shards.filter((s) => s.reused).length;
      const words = new Map(indexed.pages.map((p) => [p.url, p.words]));
      for (const e of entries) if (e.status === 'published') e.searchable = (words.get(e.url!) ?? 0) > 0;
    }
    await time('write', () => {
      const old = tempDirFor(out, 'old');
      rmSync(old, { recursive: true, force: true });
      if (existsSync(out)) renameSync(out, old);
      try {
        renameSync(tmp, out);
      } catch (e) {
        if (existsSync(old)) renameSync(old, out);
        throw e;
      }
      swapped = true;
      if (existsSync(old)) removeInBackground(old);
      if (existsSync(scratch)) removeInBackground(scratch);
    });
    // Written once the new site is in place: a cache always describes the site beside it.
    if (nextCache) {
      const saved = nextCache;
      await time('cache', () => saveCache(cache, saved));
      nextCache = undefined;
      timings.cache = Math.round(timings.cache! + cacheMs);
      state.bodiesKept = true;
    }
    report = { ...makeReport(entries, topicsReport), entities: enriched.archive.entityStats };
    return { ok: true, cache: cacheFigures(), report, timings, pages, archive: enriched.archive };
  } catch (e) {
    // Killing the renderers on a signal fails the render: the signal handler ends the process.
    if (interrupted) await new Promise<never>(() => {});
    return fail(`erreur interne de construction : ${(e as Error).stack ?? e}`);
  } finally {
    // An index still being built writes into tmp: stopped before tmp is removed.
    if (search) await killSearch();
    await reuse?.stop();
    writer?.drop();
    if (nextCache) dropCacheToWrite(nextCache);
    if (!swapped) cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
