/**
 * Child processes that run one of Kiosque's TypeScript modules (renderers, the indexing process),
 * tracked per kind so that a signal handler can kill them and wait until they are reaped before
 * it removes the folder they write into: otherwise they would go on writing, or be left as
 * zombies of whatever init process adopts them.
 */
import { fork, type ChildProcess } from 'node:child_process';

export interface ChildProcesses {
  /** Starts `file` in a child process with an IPC channel (structured clone), its stderr shared. */
  start(file: string, env?: NodeJS.ProcessEnv): ChildProcess;
  /** Resolves once `child` has exited (been reaped); at once if it already has. */
  exited(child: ChildProcess): Promise<void>;
  /** Kills every live one (SIGKILL) and resolves once all have exited, or after `waitMs`. */
  killAll(waitMs?: number): Promise<void>;
}

/**
 * A kind of child processes, tracked from start to exit.
 * @example const renderers = childProcesses(); const child = renderers.start('/abs/render-child.ts'); await renderers.killAll();
 */
export function childProcesses(): ChildProcesses {
  const exits = new Map<ChildProcess, Promise<void>>();
  return {
    start(file, env) {
      const child = fork(file, [], {
        // Node 20 gives no TypeScript: the child loads tsx as this process did (an absolute URL,
        // since the working folder may be any folder).
        execArgv: ['--import', import.meta.resolve('tsx')],
        ...(env ? { env } : {}),
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      exits.set(child, new Promise((resolve) => child.once('exit', () => {
        exits.delete(child);
        resolve();
      })));
      return child;
    },
    exited: (child) => exits.get(child) ?? Promise.resolve(),
    async killAll(waitMs = 2000) {
      if (exits.size === 0) return;
      for (const child of exits.keys()) child.kill('SIGKILL');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.all(exits.values()), new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
      clearTimeout(timer);
    },
  };
}
