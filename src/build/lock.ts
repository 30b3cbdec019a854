/**
 * One build at a time per output folder and per cache folder. Two builds on the same site (or
 * the same cache) each removed what the other was writing: the second failed on a missing file
 * after the first had swapped its site in. A build takes a lock file (`.<out>.lock` beside the
 * output folder, `kiosque.lock` in the cache folder) holding its process id, created only if
 * absent; a lock whose process is gone (a killed build) is taken over. Locks are let go when
 * the build ends, and when the process exits (a signal ends it through `process.exit`).
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { alive } from './output.ts';

/** The locks this process holds, let go if it exits while holding them. */
const held = new Set<string>();
process.on('exit', () => {
  for (const path of held) release(path);
});

/** The lock file of an output folder, beside it. */
export const outLock = (out: string): string => join(dirname(out), `.${basename(out)}.lock`);
/** The lock file of a cache folder, inside it. */
export const cacheLock = (cache: string): string => join(cache, 'kiosque.lock');

function release(path: string): void {
  held.delete(path);
  try {
    if (readFileSync(path, 'utf8') === String(process.pid)) rmSync(path, { force: true });
  } catch {
    // Already gone.
  }
}

/**
 * Takes the lock file `path`: a function that lets it go, or the process id of the build holding
 * it (0 when its file is being written, or was left empty).
 * @example const lock = takeLock(outLock('/srv/_site')); if (typeof lock === 'function') try { … } finally { lock(); }
 */
export function takeLock(path: string): (() => void) | { holder: number } {
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, String(process.pid));
      } finally {
        closeSync(fd);
      }
      held.add(path);
      return () => release(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let holder = 0;
    try {
      holder = Number(readFileSync(path, 'utf8').trim()) || 0;
    } catch {
      continue; // let go meanwhile: try again
    }
    // Another build of this process (`npm start`), or one that is running, holds it.
    if (attempt > 0 || holder === 0 || holder === process.pid || alive(holder)) return { holder };
    rmSync(path, { force: true });
  }
  return { holder: 0 };
}

/**
 * Takes every lock of a build, or none: the one in the way, when another build holds it.
 * @example buildLocks('/srv/_site', '.cache') // () => void, or { path, holder }
 */
export function buildLocks(out: string, cache: string | undefined): (() => void) | { path: string; holder: number } {
  const taken: (() => void)[] = [];
  for (const path of [outLock(out), ...(cache ? [cacheLock(cache)] : [])]) {
    const lock = takeLock(path);
    if (typeof lock !== 'function') {
      for (const undo of taken) undo();
      return { path, holder: lock.holder };
    }
    taken.push(lock);
  }
  return () => {
    for (const undo of taken) undo();
  };
}
