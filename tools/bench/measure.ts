/**
 * Runs a command and measures it: wall time, and the peak memory and CPU time of every process
 * of its tree (Pagefind's binary included), read every `intervalMs` from `/proc/<pid>/status`
 * (`VmHWM`, the high-water mark of the resident set) and `/proc/<pid>/stat` (user + system
 * time; on a shared machine, CPU time varies less than wall time). A process is found by walking parent ids from the
 * command's own process, so a sibling build on the same machine is never counted.
 * Linux only; elsewhere the peaks list is empty.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessPeak {
  pid: number;
  /** Command name from `/proc/<pid>/status`, e.g. `node`, `pagefind_extended`, `hugo`. */
  name: string;
  peakKb: number;
  /** User + system CPU time at the last sample, ms. */
  cpuMs: number;
}

export interface Measured {
  wallMs: number;
  code: number | null;
  stdout: string;
  stderr: string;
  /** One entry per process of the tree that lived through at least one sample. */
  peaks: ProcessPeak[];
}

/**
 * Reads `Name` and `VmHWM` (kB) from the text of a `/proc/<pid>/status` file.
 * @example statusPeak('Name:\thugo\nVmHWM:\t  1024 kB\n') // { name: 'hugo', peakKb: 1024 }
 */
export function statusPeak(status: string): { name: string; peakKb: number } | undefined {
  const name = /^Name:\s*(.+)$/m.exec(status)?.[1]?.trim();
  const hwm = /^VmHWM:\s*(\d+)\s*kB/m.exec(status)?.[1];
  return name && hwm ? { name, peakKb: Number(hwm) } : undefined;
}

/**
 * Parent pid and CPU time (utime + stime, in clock ticks) from the text of `/proc/<pid>/stat`;
 * the command name in parentheses may hold spaces and parentheses.
 * @example statFields('42 (my (odd) name) S 7 42 42 0 -1 0 0 0 0 0 150 50') // { ppid: 7, ticks: 200 }
 */
export function statFields(stat: string): { ppid: number; ticks: number } | undefined {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(fields[1]);
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isInteger(ppid) && Number.isFinite(ticks) ? { ppid, ticks } : undefined;
}

/** Linux reports CPU time in USER_HZ ticks, 100 per second on every mainstream architecture. */
const MS_PER_TICK = 10;

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/** Keeps the peak of each process of the tree rooted at `root`. */
class TreeSampler {
  readonly peaks = new Map<number, ProcessPeak>();
  private readonly outside = new Set<number>();

  constructor(private readonly root: number) {}

  sample(): void {
    let pids: number[];
    try {
      pids = readdirSync('/proc').filter((n) => /^\d+$/.test(n)).map(Number).sort((a, b) => a - b);
    } catch {
      return;
    }
    for (const pid of pids) {
      if (this.outside.has(pid)) continue;
      const stat = statFields(read(`/proc/${pid}/stat`) ?? '');
      if (!stat) continue;
      if (pid !== this.root && !this.peaks.has(pid) && stat.ppid !== this.root && !this.peaks.has(stat.ppid)) {
        this.outside.add(pid);
        continue;
      }
      const status = statusPeak(read(`/proc/${pid}/status`) ?? '');
      if (!status) continue;
      const known = this.peaks.get(pid);
      this.peaks.set(pid, { pid, name: status.name, peakKb: Math.max(known?.peakKb ?? 0, status.peakKb), cpuMs: stat.ticks * MS_PER_TICK });
    }
  }
}

/**
 * Runs `command args…` to its end and measures it.
 * @example const m = await runMeasured('hugo', ['--quiet']); m.peaks.find((p) => p.name === 'hugo')?.peakKb
 */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; intervalMs?: number } = {},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => stdout.push(b));
    child.stderr.on('data', (b: Buffer) => stderr.push(b));
    if (child.pid === undefined) {
      child.once('error', reject);
      return;
    }
    const sampler = new TreeSampler(child.pid);
    sampler.sample();
    const timer = setInterval(() => sampler.sample(), options.intervalMs ?? 100);
    child.once('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.once('close', (code) => {
      clearInterval(timer);
      resolve({
        wallMs: performance.now() - started,
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        peaks: [...sampler.peaks.values()],
      });
    });
  });
}
