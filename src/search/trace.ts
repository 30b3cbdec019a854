/**
 * A timeline of the indexing process, for measuring it: with `KIOSQUE_SEARCH_TRACE=<file>` in
 * the environment, each event is appended to that file as one line (wall-clock milliseconds,
 * process id, CPU milliseconds of this process so far, the event, details). Without it, `trace`
 * does nothing. Not for users: for `npm run bench` sessions that want to know where the search
 * phase goes.
 * @example trace('pagefind start', '2024-01 2510 articles')
 */
import { appendFileSync } from 'node:fs';

const file = process.env.KIOSQUE_SEARCH_TRACE;

export const trace: (event: string, detail?: string) => void = file
  ? (event, detail = '') => {
    const cpu = process.cpuUsage();
    appendFileSync(file, `${Date.now()} ${process.pid} cpu=${Math.round((cpu.user + cpu.system) / 1000)} ${event}${detail ? ` ${detail}` : ''}\n`);
  }
  : () => {};
