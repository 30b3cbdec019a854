/**
 * Progress of a build on the terminal. On a TTY, one line rewritten in place: the phase, the
 * count of the total and the rate, e.g. `rendu · 12 000 / 28 198 pages · 1 450 pages/s`, at
 * most ten times a second. Elsewhere (CI logs, pipes), quiet lines: one when a phase starts
 * and one when a counted phase completes. The summary line itself is the CLI's.
 *
 * Writes to a TTY are synchronous in Node, so the line also moves while Eleventy holds the
 * event loop (src/site/render.ts counts pages from inside the render).
 */
import type { Phase } from '../build/index.ts';

export const PHASE_LABELS: Record<Phase, string> = {
  ingest: 'lecture', enrich: 'enrichissement', render: 'rendu', search: 'index de recherche', write: 'écriture', cache: 'cache',
};

/** What a counted phase counts. */
const UNITS: Partial<Record<Phase, string>> = { ingest: 'fichiers', render: 'pages' };

export interface ProgressSink {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  /** A phase starts. */
  onPhase(phase: Phase): void;
  /** `done` of `total` items of the current phase are finished. */
  onProgress(phase: Phase, done: number, total: number): void;
  /** Clears the TTY line, before the summary is printed. */
  clear(): void;
}

const number = (n: number) => Math.round(n).toLocaleString('fr-FR').replace(/\u202f/g, ' ');

/**
 * The text of a progress line.
 * @example progressLine('render', 12000, 28198, 8.3) // 'rendu · 12 000 / 28 198 pages · 1 446 pages/s'
 */
export function progressLine(phase: Phase, done: number, total: number, seconds: number): string {
  const unit = UNITS[phase] ?? 'éléments';
  const rate = seconds > 0 ? ` · ${number(done / seconds)} ${unit}/s` : '';
  return `${PHASE_LABELS[phase]} · ${number(done)} / ${number(total)} ${unit}${rate}`;
}

/**
 * Progress on `sink` (usually `process.stderr`); `now` in milliseconds.
 * @example const p = createProgress(process.stderr); build({ ...options, onPhase: p.onPhase, onProgress: p.onProgress });
 */
export function createProgress(sink: ProgressSink, now: () => number = () => performance.now()): Progress {
  const tty = Boolean(sink.isTTY);
  let started = now();
  let lastDraw = -Infinity;
  let current: Phase | undefined;
  let completed = false;
  const draw = (text: string) => sink.write(`\r\x1b[K${text}`);
  return {
    onPhase(phase) {
      current = phase;
      completed = false;
      started = now();
      lastDraw = -Infinity;
      if (tty) draw(`${PHASE_LABELS[phase]}…`);
      else sink.write(`kiosque: ${PHASE_LABELS[phase]}…\n`);
    },
    onProgress(phase, done, total) {
      if (phase !== current) return;
      const t = now();
      const line = progressLine(phase, done, total, (t - started) / 1000);
      if (tty) {
        if (t - lastDraw < 100 && done < total) return;
        lastDraw = t;
        draw(line);
      } else if (done >= total && !completed) {
        completed = true;
        sink.write(`kiosque: ${line}\n`);
      }
    },
    clear() {
      if (tty) sink.write('\r\x1b[K');
    },
  };
}
