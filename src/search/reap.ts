/**
 * Pagefind's Node API spawns its binary and, on `close()`, kills it without waiting. The child
 * is reaped by the event loop of the thread that spawned it: when that thread is a worker that
 * ends right after, nobody reaps it, and each build left a `pagefind` zombie behind for as long
 * as `npm start` ran (issue 11). So the indexing thread notes the children it started and waits
 * for them to be gone before it ends. Linux reads /proc; elsewhere there is nothing to wait for.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Name of the process behind a pid (`pagefind_extend`, truncated by the kernel), if it exists. */
function commOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/**
 * Pids of this process's children (any thread's) whose name starts with `pagefind`.
 * @example pagefindChildren() // [4242] while an index is open
 */
export function pagefindChildren(): number[] {
  if (!existsSync('/proc/self/task')) return [];
  const pids = readdirSync('/proc/self/task').flatMap((tid) => {
    try {
      return readFileSync(`/proc/self/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
  return pids.filter((pid) => commOf(pid)?.startsWith('pagefind'));
}

/**
 * Resolves once none of `pids` exists any more (exited and reaped), or after `timeoutMs`. The
 * event loop keeps turning meanwhile, which is what lets Node reap them.
 * @example await childrenGone([4242]);
 */
export async function childrenGone(pids: number[], timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (pids.some((pid) => existsSync(`/proc/${pid}`)) && Date.now() < deadline) {
    await new Promise((next) => setTimeout(next, 10));
  }
}
