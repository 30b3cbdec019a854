/**
 * Linking reused pages (./page-reuse.ts) on a worker thread. A rebuild of 10,000 articles
 * takes about 19,000 pages from the previous site, and a folder and a hard link for each cost
 * about 0.6 s of system calls on tmpfs, on the main thread, which is the rebuild's longest path
 * (the index of the few changed articles is done before the render). Here the main thread only
 * decides which pages to reuse and posts their files; a worker makes the folders and links while
 * the main thread renders the pages that changed. A file that cannot be linked (a file system
 * without hard links) is copied; one that can be neither fails the build, by name, in `finish`.
 */
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { isMainThread, parentPort, workerData, type Worker } from 'node:worker_threads';
import { startWorker } from './threads.ts';

/** From the main thread: files to link (`from`, `to`, `from`, `to`…), or the end of the list. */
type LinkMessage = { files: string[] } | { end: true };
/** From the worker, after the end: the files that could be neither linked nor copied, with why. */
type LinkReply = { failures: [file: string, reason: string][] };

export interface PageLinks {
  /** Links `from` to `to` (making `to`'s folder), in the background. */
  add(from: string, to: string): void;
  /** Resolves once every file added is linked; rejects, naming them, when some could not be. */
  finish(): Promise<void>;
  /** Stops the worker and resolves once it has (a failed build): no link is made after. */
  stop(): Promise<void>;
}

/** Files posted to the worker at once: a message per file would cost more than its link. */
const BATCH = 500;

/**
 * Links made on a worker thread, started with the first file added.
 * @example const links = pageLinks(); links.add('_site/a/index.html', 'tmp/a/index.html'); await links.finish();
 */
export function pageLinks(): PageLinks {
  let worker: Worker | undefined;
  let reply: Promise<LinkReply> | undefined;
  let pending: string[] = [];
  const post = () => {
    if (pending.length === 0) return;
    worker!.postMessage({ files: pending } satisfies LinkMessage);
    pending = [];
  };
  return {
    add(from, to) {
      if (!worker) {
        const started = startWorker(import.meta.url, { task: 'kiosque-page-links' });
        // Nothing waits on it until `finish`: it must not keep a failed build's process alive.
        started.unref();
        reply = new Promise<LinkReply>((resolve, reject) => {
          started.once('message', resolve);
          started.once('error', reject);
          started.once('exit', (code) => reject(new Error(`le fil qui lie les pages réutilisées s’est arrêté (code ${code})`)));
        });
        // Seen in `finish`, or never (a build that failed elsewhere).
        reply.catch(() => {});
        worker = started;
      }
      pending.push(from, to);
      if (pending.length >= 2 * BATCH) post();
    },
    async finish() {
      if (!worker) return;
      post();
      worker.ref();
      worker.postMessage({ end: true } satisfies LinkMessage);
      const { failures } = await reply!;
      if (failures.length > 0) {
        throw new Error(`pages du site précédent impossibles à reprendre (${failures.length}) : ${failures.slice(0, 3).map(([f, why]) => `${f} (${why})`).join(', ')} ; vérifiez l’espace disque et les droits du dossier de sortie`);
      }
    },
    async stop() {
      await worker?.terminate();
    },
  };
}

/** The worker: links the files it is sent, then answers with those it could not. */
function work(): void {
  const made = new Set<string>();
  const failures: LinkReply['failures'] = [];
  parentPort!.on('message', (m: LinkMessage) => {
    if ('end' in m) {
      parentPort!.postMessage({ failures } satisfies LinkReply);
      parentPort!.close();
      return;
    }
    for (let i = 0; i < m.files.length; i += 2) {
      const from = m.files[i]!;
      const to = m.files[i + 1]!;
      try {
        const dir = dirname(to);
        if (!made.has(dir)) mkdirSync(dir, { recursive: true });
        made.add(dir);
        try {
          linkSync(from, to);
        } catch {
          copyFileSync(from, to);
        }
      } catch (e) {
        failures.push([to, (e as NodeJS.ErrnoException).code ?? (e as Error).message]);
      }
    }
  });
}

if (!isMainThread && (workerData as { task?: string } | undefined)?.task === 'kiosque-page-links') work();
