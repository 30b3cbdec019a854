/**
 * Rendering on several cores: child processes (./render-child.ts) take the sliced runs from a
 * queue and render each with Eleventy into the same output folder. Runs write different files
 * (./render-plan.ts), and only run 0 copies public/ (./render.ts), so no two processes write one
 * file. Processes, not worker threads: memory is judged per process, and a worker's heap adds
 * to this one's.
 *
 * Each process is handed two runs ahead: the parent renders run 0 meanwhile, and Eleventy does
 * not let its event loop turn during a run, so a process that finished its run would otherwise
 * wait for the next one until run 0 ends. A run's view is made when it is sent, so that few exist
 * at once here.
 *
 * A process that dies, or whose run throws, fails the render with a message naming it; the other
 * processes are killed, and the promise settles only once every process has exited (none is left
 * writing into a folder the build then removes, none is left a zombie). `killRenderers` kills
 * them all, for signal handlers.
 */
import type { ChildProcess } from 'node:child_process';
import { childProcesses } from '../child-processes.ts';
import { fileURLToPath } from 'node:url';
import type { Archive } from '../model.ts';
import type { BodyRefs } from '../text/body-store.ts';
import { referCards, restoreCards } from './shared-cards.ts';

/** One Eleventy run: which templates of the pages folder, over which archive (or view of it). */
export interface RunTask {
  templates: string[];
  archive: Archive;
  /** Copy public/ into the output folder; only one run does, so that no two processes write the same file. */
  assets: boolean;
  /** Where the bodies of the view's articles are, when the build keeps them out of memory (src/text/body-store.ts). */
  bodies?: BodyRefs;
}

/**
 * From the parent to a renderer process: a run to render into `outDir`. The fields of its view
 * that are the very values the process was sent before (the archive's whole fields, the same in
 * every sliced run, such as the topics list) are not sent again: `kept` names them, and the
 * process takes them from its previous runs. `fields` gives the view's field order. The cards
 * of the fields sent are references to cards the process has, or to those in `cards`, sent for
 * the first time (./shared-cards.ts).
 */
export interface RunMessage {
  task: RunTask;
  outDir: string;
  kept: string[];
  fields: string[];
  cards: [number, object][];
  /** The process lets go of the cards it kept before this message (see MAX_KEPT_CARDS). */
  dropCards: boolean;
}

/**
 * Cards a process keeps at most, with their HTML: past this many, parent and process start
 * again from none. Kept without a bound, the cards of 50,000 articles took a renderer process
 * from 817 to 1,020 MB; an archive of up to this many articles never starts again.
 */
export const MAX_KEPT_CARDS = 12_000;

/** What the parent sent one process: view fields, by value; cards, by number. */
export interface SentState {
  fields: Map<string, unknown>;
  cards: Map<object, number>;
}

/** What one process was sent: view fields, by name; cards, by number. */
export interface KnownState {
  fields: Map<string, unknown>;
  cards: Map<number, object>;
}

/**
 * The message for `task`, given what a process was sent before (`sent`, updated); `cards` are
 * the archive's cards, sent by reference once sent.
 * @example const sent = { fields: new Map(), cards: new Map() }; runMessage(task, 'out', sent, cards).kept // [] the first time; ['site', 'topics'] the next
 */
export function runMessage(task: RunTask, outDir: string, sent: SentState, cards: ReadonlySet<object> = new Set()): RunMessage {
  const fields = Object.keys(task.archive);
  const kept = fields.filter((f) => sent.fields.has(f) && sent.fields.get(f) === task.archive[f as keyof Archive]);
  const fresh = Object.fromEntries(Object.entries(task.archive).filter(([f]) => !kept.includes(f)));
  for (const [f, v] of Object.entries(fresh)) sent.fields.set(f, v);
  // As the process does (runView): it lets go of the fields this view lacks.
  for (const f of sent.fields.keys()) if (!fields.includes(f)) sent.fields.delete(f);
  const dropCards = sent.cards.size > MAX_KEPT_CARDS;
  if (dropCards) sent.cards.clear();
  const referred = referCards(fresh, cards, sent.cards);
  return { task: { ...task, archive: referred.value as Archive }, outDir, kept, fields, cards: referred.fresh, dropCards };
}

/**
 * The view of a run in the renderer process, from its message and what it was sent before
 * (`known`, updated), in the view's field order.
 * @example runView({ task: { archive: { articles: [a] } }, kept: ['site'], fields: ['site', 'articles'], cards: [], dropCards: false }, { fields: new Map([['site', site]]), cards: new Map() }) // { site, articles: [a] }
 */
export function runView(message: Pick<RunMessage, 'kept' | 'fields' | 'cards' | 'dropCards'> & { task: Pick<RunTask, 'archive'> }, known: KnownState): Archive {
  if (message.dropCards) known.cards.clear();
  const fresh = restoreCards(message.task.archive as unknown as Record<string, unknown>, message.cards, known.cards);
  for (const [f, v] of Object.entries(fresh)) known.fields.set(f, v);
  for (const f of known.fields.keys()) if (!message.fields.includes(f)) known.fields.delete(f);
  return Object.fromEntries(message.fields.map((f) => [f, message.kept.includes(f) ? known.fields.get(f) : fresh[f]])) as unknown as Archive;
}

/** From a renderer process: pages rendered since its last message, a run done, or its failure. */
export type RendererMessage = { type: 'pages'; pages: number } | { type: 'done'; written: number } | { type: 'error'; message: string };

/** Runs handed to a process before it has finished the previous ones (see above). */
const AHEAD = 2;

const CHILD = fileURLToPath(new URL('./render-child.ts', import.meta.url));

/** Every renderer process alive in this process, whichever render started it. */
const renderers = childProcesses();

/**
 * Kills every renderer process (SIGKILL) and resolves once all have exited and been reaped, or
 * after `waitMs`: for a signal handler about to remove the output folder and exit.
 */
export const killRenderers = (waitMs?: number): Promise<void> => renderers.killAll(waitMs);

/** Renderer processes started ahead (`startRenderers`), waiting for a render. */
const spares: ChildProcess[] = [];

function startRenderer(): ChildProcess {
  const child = renderers.start(CHILD);
  child.once('exit', () => {
    if (spares.includes(child)) spares.splice(spares.indexOf(child), 1);
  });
  return child;
}

/**
 * Starts `count` renderer processes ahead of a render, for instance while the archive is being
 * enriched on one core: a process takes about a second of CPU to load Node, tsx and Eleventy.
 * The next `renderInProcesses` takes them; `releaseRenderers` ends those it did not take.
 * @example startRenderers(2); const { archive } = enrichArchive(…); await renderSite(archive, tmp, { jobs: 2 }); releaseRenderers();
 */
export function startRenderers(count: number): void {
  while (spares.length < count) spares.push(startRenderer());
}

/** Ends the renderer processes started ahead and not taken by a render; resolves once they have exited. */
export async function releaseRenderers(): Promise<void> {
  const released = spares.splice(0);
  for (const child of released) if (child.connected) child.disconnect();
  await Promise.all(released.map((child) => renderers.exited(child)));
}

export interface RendererPool {
  /**
   * Resolves once the first runs are written to the processes: only then may this process block
   * its event loop (an Eleventy run) without holding back their work.
   */
  ready: Promise<void>;
  /** Pages written by all runs, once every run is done and every process has exited. */
  done: Promise<number>;
  /** Kills the processes and resolves once all have exited (after a failure elsewhere). */
  stop(): Promise<void>;
}

/**
 * Renders the runs of `tasks` (each made when first needed) into `outDir` on `processes` child
 * processes; `onPages` is called with the pages rendered since its last call.
 * @example const pool = renderInProcesses(runs.map((r) => () => taskOf(r)), '_site.tmp', 2, (n) => count += n); await pool.done;
 */
export function renderInProcesses(tasks: (() => RunTask)[], outDir: string, processes: number, onPages: (pages: number) => void, cards: ReadonlySet<object> = new Set()): RendererPool {
  const queue = [...tasks];
  const children: ChildProcess[] = [];
  const exited: Promise<void>[] = [];
  let written = 0;
  let failure: Error | undefined;
  let settle!: { resolve: (n: number) => void; reject: (e: Error) => void };
  const done = new Promise<number>((resolve, reject) => (settle = { resolve, reject }));
  // Handled by whoever awaits `done`; a rejection nobody awaits yet must not crash the process.
  done.catch(() => {});

  const fail = (error: Error) => {
    if (failure) return;
    failure = error;
    for (const c of children) c.kill('SIGKILL');
  };
  /** Sends `child` its next run, if any; resolves once the message is written. */
  const handOut = (child: ChildProcess, running: string[][], sent: SentState) => new Promise<void>((resolve) => {
    const task = failure ? undefined : queue.shift();
    if (!task) {
      // Nothing left for it: it exits once its runs are done (the channel closes).
      if (running.length === 0 && child.connected) child.disconnect();
      return resolve();
    }
    const t = task();
    running.push(t.templates);
    child.send(runMessage(t, outDir, sent, cards), (error) => {
      if (error) fail(new Error(`le processus de rendu ${child.pid} n’a pas reçu sa part des pages (${error.message})`));
      resolve();
    });
  });
  /** Each process's first runs, handed out in turns (see below). */
  const firstRuns: (() => Promise<void>)[][] = Array.from({ length: AHEAD }, () => []);

  for (let i = 0; i < Math.min(processes, queue.length); i++) {
    const child = spares.shift() ?? startRenderer();
    children.push(child);
    // The templates of the runs sent and not yet done, oldest first (not their views, which can go).
    const running: string[][] = [];
    const describe = () => (running[0] ? ` pendant le rendu de ${running[0].join(', ')}` : '');
    // The view fields and cards sent to this process (see RunMessage).
    const sent: SentState = { fields: new Map(), cards: new Map() };
    child.on('message', (m: RendererMessage) => {
      if (m.type === 'pages') onPages(m.pages);
      else if (m.type === 'done') {
        written += m.written;
        running.shift();
        void handOut(child, running, sent);
      } else fail(new Error(`le processus de rendu ${child.pid} a échoué${describe()} : ${m.message}`));
    });
    child.on('error', (e) => fail(new Error(`le processus de rendu ${child.pid ?? ''} n’a pas pu être lancé ou joint (${e.message})`)));
    exited.push(new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        if (code !== 0 || running.length > 0) fail(new Error(`le processus de rendu ${child.pid} s’est arrêté (${signal ? `signal ${signal}` : `code ${code}`})${describe()} ; la construction est abandonnée`));
        resolve();
      });
    }));
    for (let n = 0; n < AHEAD; n++) firstRuns[n]!.push(() => handOut(child, running, sent));
  }
  // One after the other: a first message carries the cards and the shared fields (about 10 MB
  // each at 10,000 articles, serialized off the heap until the process has read it), and made all
  // at once they were the build process's peak of memory at 50,000 articles. Each process gets
  // its first run before any gets a second.
  let started = Promise.resolve();
  for (const send of firstRuns.flat()) started = started.then(send);

  void Promise.all(exited).then(() => (failure ? settle.reject(failure) : settle.resolve(written)));
  return {
    ready: started,
    done,
    async stop() {
      fail(new Error('rendu interrompu'));
      await Promise.all(exited);
    },
  };
}
