/**
 * Search indexing in its own process (`kiosque-search`). Eleventy renders every page in one long
 * run of microtasks (measured: the event loop did not turn once in 27 s of rendering), so records
 * sent from the build's thread would reach Pagefind only after rendering. From another process
 * they flow while the build renders: that process builds records and runs Pagefind's processes.
 * A process, not a worker thread: a worker's heap counts in the build's process, and at 50,000
 * articles the indexing worker held about 0.8 GB of it (2.1 GB in all, 1.35 GB once it ended).
 *
 * The process exits once it has answered, and when its channel closes (the build is gone).
 * `killSearch` kills it and waits until it is reaped, for signal handlers.
 */
import { fileURLToPath } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import { childProcesses } from '../child-processes.ts';
import { plainData } from './isolate.ts';
import { indexSite, type IndexOptions, type SearchIndexResult } from '../search/index.ts';
import { recordSource, type RecordSource } from '../search/records.ts';
import { withBodies, type BodyRefs } from '../text/body-store.ts';
import { trace } from '../search/trace.ts';

interface Job {
  siteDir: string;
  articles: RecordSource[];
  /** Where the articles' bodies are, when the build keeps them out of memory (src/text/body-store.ts). */
  bodies?: BodyRefs;
  options: IndexOptions;
}

type Answer = { result: SearchIndexResult } | { error: string };

/** Set in the environment of the indexing process, so that this module knows it runs there. */
const ROLE = 'KIOSQUE_SEARCH_PROCESS';
const SELF = fileURLToPath(import.meta.url);

/** Indexing processes alive, each with its Pagefind processes in a process group of its own. */
const running = childProcesses({ ownGroup: true });

/** An indexing process started ahead of its job, not yet given one. */
let spare: ChildProcess | undefined;

const startProcess = (): ChildProcess => running.start(SELF, { ...process.env, [ROLE]: '1' });

/**
 * Starts the indexing process ahead of its job: it loads its modules (about a second) while the
 * build reads and enriches the content, instead of after.
 */
export function startSearch(): void {
  spare ??= startProcess();
}

/** Ends the indexing process started ahead and given no job (a build that failed before indexing). */
export async function releaseSearch(): Promise<void> {
  const child = spare;
  spare = undefined;
  if (!child) return;
  if (child.connected) child.disconnect();
  await running.exited(child);
}

/**
 * `indexSite` in its own process; same result. Only the fields records are made of are sent
 * (`recordSource`), not the articles' page data (cards, related articles, JSON-LD).
 * @example const { sent, result } = indexSiteInProcess('_site.tmp', archive.articles.map(recordSource)); await sent; const { pages } = await result;
 */
export function indexSiteInProcess(siteDir: string, articles: readonly RecordSource[], options: IndexOptions = {}, bodies?: BodyRefs): { sent: Promise<void>; result: Promise<SearchIndexResult> } {
  // Copied into plain data we built (./isolate.ts): a message clones what it is given, and one
  // value that cannot be cloned would fail the whole build (issue 11).
  let job: Job | undefined = { siteDir, articles: articles.map((a) => plainData(recordSource(a))), ...(bodies ? { bodies } : {}), options: plainData(options) };
  const child = spare ?? startProcess();
  spare = undefined;
  // The job is written to the channel only while this process's event loop turns: a caller
  // that blocks it next (selecting the pages to render takes seconds on a rebuild) waits for
  // `sent` first, or the indexing process would wait that long for its job.
  let sent!: () => void;
  const written = new Promise<void>((resolve) => (sent = resolve));
  const result = new Promise<SearchIndexResult>((resolve, reject) => {
    let answered = false;
    child.once('message', (answer: Answer) => {
      answered = true;
      if ('result' in answer) resolve(answer.result);
      else reject(new Error(`index de recherche : ${answer.error}`));
    });
    child.once('error', (e) => reject(new Error(`le processus d’indexation n’a pas pu être lancé (${e.message})`)));
    child.once('exit', (code, signal) => {
      if (!answered) reject(new Error(`le processus d’indexation s’est arrêté (${signal ? `signal ${signal}` : `code ${code}`}) ; la construction est abandonnée`));
    });
    child.send(job!, () => sent());
    // The listeners above share this function's scope until the answer: at 50,000 articles the
    // job, kept through them, was 23 MB of the build's heap during the render.
    job = undefined;
  });
  // A failed start or send settles `result`; `sent` must not hold the build meanwhile.
  result.catch(() => {}).finally(() => sent());
  return { sent: written, result };
}

/** Kills the indexing processes and resolves once they have exited, or after `waitMs`. */
export const killSearch = (waitMs?: number): Promise<void> => running.killAll(waitMs);

if (process.env[ROLE] === '1' && process.send) {
  delete process.env[ROLE];
  // The name `npm run bench` lists its memory under (at most 15 characters).
  process.title = 'kiosque-search';
  // In a process group of its own, Ctrl-C does not reach it (the build handles it and kills the
  // group); a SIGINT sent to it alone is ignored the same way.
  process.on('SIGINT', () => {});
  process.on('disconnect', () => process.exit(0));
  process.once('message', (job: Job) => {
    trace('job received');
    // Bodies are read back from the build's body store for the shards indexed only, and trimmed
    // as the build trims them (`recordSource`).
    const { bodies } = job;
    const withText = bodies && ((positions: readonly number[]) => withBodies(positions.map((n) => job.articles[n]!), { file: bodies.file, places: positions.map((n) => bodies.places[n] ?? null) }).map(recordSource));
    Promise.resolve().then(() => indexSite(job.siteDir, { articles: job.articles, ...(withText ? { withText } : {}) }, job.options)).then(
      (result) => process.send!({ result } satisfies Answer, () => (trace('answered'), process.exit(0))),
      (e: unknown) => process.send!({ error: (e as Error).stack ?? String(e) } satisfies Answer, () => process.exit(1)),
    );
  });
}
