/**
 * Worker threads for TypeScript modules. Node 20 does not hand tsx's loader to a worker, and
 * a worker's `execArgv: ['--import', 'tsx']` does not apply to its entry module (both tried:
 * "Unknown file extension .ts"), so a one-line bootstrap registers tsx in the worker first.
 */
import { Worker, type Transferable } from 'node:worker_threads';

/**
 * Starts the module at `moduleUrl` (usually the caller's `import.meta.url`) in a worker thread;
 * the module reads `workerData` from `node:worker_threads`.
 * @example startWorker(import.meta.url, { task: 'index' }).once('message', console.log)
 */
export function startWorker(moduleUrl: string, workerData: unknown, transferList: Transferable[] = []): Worker {
  const boot = [
    `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};`,
    'register();',
    `await import(${JSON.stringify(moduleUrl)});`,
  ].join('\n');
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData, transferList });
}

/**
 * Runs the module at `moduleUrl` in a worker and resolves with the first message it posts.
 * Once it has answered, the worker holds nothing of the caller's: its exit is only seen when the
 * event loop turns, and a caller that goes on synchronously (ingest, then enrich) would otherwise
 * keep the job and the answer alive through the listeners until then (measured when ingest
 * parsed ahead with it: at 20,000 articles, a worker's share of parses, bodies included, was kept
 * through the whole enrich phase).
 * @example const result = await runInWorker<number>(import.meta.url, { n: 2 });
 */
export function runInWorker<T>(moduleUrl: string, workerData: unknown): Promise<T> {
  const worker = startWorker(moduleUrl, workerData);
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => {
      worker.off('exit', onExit);
      reject(e);
    };
    const onExit = (code: number) => {
      worker.off('error', onError);
      reject(new Error(`worker ${moduleUrl} exited with code ${code} before answering`));
    };
    worker.once('message', (message: T) => {
      worker.off('error', onError);
      worker.off('exit', onExit);
      worker.on('error', ignore);
      resolve(message);
    });
    worker.once('error', onError);
    worker.once('exit', onExit);
  });
}

/** An error of a worker that has answered already: nothing waits for it. */
function ignore(): void {}
