/**
 * Rebuilds as `npm start` runs them (src/dev/serve.ts `buildInWorker`), one after the other, with
 * the processes and memory of this process tree read from /proc after each one (issue 11: each
 * rebuild used to leave a `pagefind` process behind).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { BuildOptions } from '../../src/build/index.ts';
import { buildInWorker } from '../../src/dev/serve.ts';

export interface Round {
  round: number;
  ok: boolean;
  /** Processes below this one (children, grandchildren…), zombies included. */
  descendants: number;
  /** Of which zombies (exited, never reaped). */
  zombies: number;
  /** Resident memory of this process and its descendants, in MB. */
  treeRssMb: number;
}

interface Proc {
  pid: number;
  ppid: number;
  state: string;
  rssKb: number;
}

function processes(): Proc[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields start after the last `)`.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${d}/status`, 'utf8'));
      return [{ pid: Number(d), ppid: Number(fields[1]), state: fields[0]!, rssKb: rss ? Number(rss[1]) : 0 }];
    } catch {
      return [];
    }
  });
}

/** This process's descendants and the tree's resident memory. */
export function processTree(root = process.pid): Pick<Round, 'descendants' | 'zombies' | 'treeRssMb'> {
  const all = processes();
  const below: Proc[] = [];
  let frontier = [root];
  while (frontier.length) {
    const next = all.filter((p) => frontier.includes(p.ppid));
    below.push(...next);
    frontier = next.map((p) => p.pid);
  }
  const self = all.find((p) => p.pid === root)?.rssKb ?? 0;
  return {
    descendants: below.length,
    zombies: below.filter((p) => p.state === 'Z').length,
    treeRssMb: Math.round((self + below.reduce((n, p) => n + p.rssKb, 0)) / 1024),
  };
}

export const canReadProcesses = existsSync('/proc/self/stat');

/**
 * Runs `rounds` full builds in a row, measuring after each.
 * @example for await (const r of rebuilds(options, 20)) console.log(r.descendants)
 */
export async function* rebuilds(options: BuildOptions, rounds: number): AsyncGenerator<Round> {
  for (let round = 1; round <= rounds; round++) {
    const answer = await buildInWorker(options);
    // Let exits land (a killed child becomes a zombie, or disappears once reaped).
    await new Promise((next) => setTimeout(next, 200));
    yield { round, ok: answer.ok, ...processTree() };
  }
}
