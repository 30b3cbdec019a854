/**
 * How far V8 lets a heap grow between two full collections. By default it grows to up to four
 * times the data still live after the last one when collecting is cheap, which it is for a build:
 * at 50,000 articles the build process holds about 450 MB of live data at the start of the render
 * (the archive's lists) and peaked at 1,100 to 1,725 MB, mostly garbage not yet collected, from
 * one run to the next. Kiosque's processes let their heaps grow by half their live data instead
 * (`--heap-growing-percent`): the same cold build (no search index) peaked at 941 MB, and at
 * 924 MB with 20 %, for a CPU time within the noise of the machine; at 10,000 articles, measured
 * quietly and alternating, no slower (56–57 s against 59–62 s) and lighter in every process.
 * Less growth costs CPU where the build allocates fast: with 25 % the 50,000-article build
 * process took 170 s of CPU against 113 s (its analysis 91 s against 59), and 20 % in the render
 * phase alone 129 s for a peak of 988 MB against 1,060.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The V8 option, for the command line of a child process. */
export const HEAP_GROWTH_FLAG = '--heap-growing-percent=50';

/** Sets `HEAP_GROWTH_FLAG` in this process; V8 reads it at each full collection. */
export function boundHeapGrowth(): void {
  setFlagsFromString(HEAP_GROWTH_FLAG);
}

/**
 * A full collection now. V8 sets the size at which it next collects from the data live after
 * the last one; the last one of the analysis saw its leftovers too, so the render's heap could
 * grow to half as much again above data it no longer held. Collected once the renderer processes
 * have their first runs (0.9 s of CPU), the 50,000-article build process peaked at 970 MB against
 * 980–1,032 in four runs without; with the allocator's threshold as well (src/cli/kiosque.mjs),
 * `npm run bench` measured 959 MB at most in three runs, against 1,087 before both. When Node
 * was not started with `--expose-gc`, `gc` is exposed for this call only: V8 reads the flag
 * when a context is made.
 */
export function collectGarbage(): void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed();
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  setFlagsFromString('--no-expose-gc');
}
