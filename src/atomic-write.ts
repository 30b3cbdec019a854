/**
 * Writing a file whole or not at all: into a temporary file beside it, renamed into place, so
 * that a process killed while writing leaves the previous file (or none), never half of one.
 * Used by the search records the build cache keeps (src/search/record-cache.ts).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes `data` to `path`, creating its folder, through a temporary file renamed into place.
 * @example writeFileAtomic('.kiosque-cache/recherche/2024-01.bin', serialize({ code, records }))
 */
export function writeFileAtomic(path: string, data: string | NodeJS.ArrayBufferView): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}
