/**
 * Worker threads for TypeScript modules. Node 20 does not hand tsx's loader to a worker, and
 * a worker's `execArgv: ['--import', 'tsx']` does not apply to its entry module (both tried:
 * "Unknown file extension .ts"), so a one-line bootstrap registers tsx in the worker first.
 */
import { Worker } from 'node:worker_threads';

/**
 * Starts the module at `moduleUrl` (usually the caller's `import.meta.url`) in a worker thread;
 * the module reads `workerData` from `node:worker_threads`.
 * @example startWorker(import.meta.url, { task: 'index' }).once('message', console.log)
 */
export function startWorker(moduleUrl: string, workerData: unknown): Worker {
  const boot = [
    `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};`,
    'register();',
    `await import(${JSON.stringify(moduleUrl)});`,
  ].join('\n');
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData });
}

/**
 * Runs the module at `moduleUrl` in a worker and resolves with the first message it posts.
 * @example const result = await runInWorker<number>(import.meta.url, { n: 2 });
 */
export function runInWorker<T>(moduleUrl: string, workerData: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const worker = startWorker(moduleUrl, workerData);
    worker.once('message', (message: T) => {
      answered = true;
      resolve(message);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`worker ${moduleUrl} exited with code ${code} before answering`));
    });
  });
}
