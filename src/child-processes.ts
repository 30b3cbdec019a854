/**
 * Child processes that run one of Kiosque's TypeScript modules (renderers, the indexing process),
 * tracked per kind so that a signal handler can kill them and wait until they are reaped before
 * it removes the folder they write into: otherwise they would go on writing, or be left as
 * zombies of whatever init process adopts them.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { HEAP_GROWTH_FLAG } from './heap.ts';

export interface ChildProcesses {
  /** Starts `file` in a child process with an IPC channel (structured clone), its stderr shared. */
  start(file: string, env?: NodeJS.ProcessEnv): ChildProcess;
  /** Resolves once `child` has exited (been reaped); at once if it already has. */
  exited(child: ChildProcess): Promise<void>;
  /** Kills every live one (SIGKILL) and resolves once all have exited, or after `waitMs`. */
  killAll(waitMs?: number): Promise<void>;
}

/**
 * A kind of child processes, tracked from start to exit. With `ownGroup`, each is started in a
 * process group of its own, and killing it kills the processes it started too (the indexing
 * process's Pagefind processes, which would otherwise go on writing into the temporary folder).
 * Such a child does not get the terminal's Ctrl-C: the build handles it and kills the group.
 * @example const renderers = childProcesses(); const child = renderers.start('/abs/render-child.ts'); await renderers.killAll();
 */
export function childProcesses({ ownGroup = false } = {}): ChildProcesses {
  const exits = new Map<ChildProcess, Promise<void>>();
  const kill = (child: ChildProcess) => {
    try {
      if (ownGroup && child.pid) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      child.kill('SIGKILL'); // the group is gone already
    }
  };
  return {
    start(file, env) {
      const child = fork(file, [], {
        detached: ownGroup,
        // Node 20 gives no TypeScript: the child loads tsx as this process did (an absolute URL,
        // since the working folder may be any folder). Its heap grows as this one's (../heap.ts).
        execArgv: [HEAP_GROWTH_FLAG, '--import', import.meta.resolve('tsx')],
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
      for (const child of exits.keys()) kill(child);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.all(exits.values()), new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
      clearTimeout(timer);
    },
  };
}
