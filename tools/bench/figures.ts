/**
 * Figures of benchmark runs and how they are printed: medians, ratios, sizes, a plain table.
 * Pure.
 */
import type { BuildResult, Phase } from '../../src/build/index.ts';
import type { ProcessPeak } from './measure.ts';

export const PHASES: Phase[] = ['ingest', 'enrich', 'render', 'search', 'write'];

/** One Kiosque build as measured from outside (wall, memory) and inside (phases). */
export interface KiosqueRun {
  wallMs: number;
  /** CPU time of every process of the build, summed. */
  cpuMs: number;
  timings: Partial<Record<Phase, number>>;
  pages: number;
  articles: number;
  warnings: number;
  peaks: ProcessPeak[];
  files: number;
  bytes: number;
  /** How the cache served the build, when it had one. */
  cache?: BuildResult['cache'];
}

/** One Hugo build followed by the Pagefind CLI on its output. */
export interface HugoRun {
  hugoMs: number;
  pagefindMs: number;
  /** CPU time of Hugo and of Pagefind's CLI, summed. */
  cpuMs: number;
  /** HTML pages Hugo wrote. */
  pages: number;
  peaks: ProcessPeak[];
  files: number;
  bytes: number;
}

export interface Round {
  /** `kiosque` first or `hugo` first: the order alternates from one round to the next. */
  first: 'kiosque' | 'hugo';
  kiosque: KiosqueRun;
  hugo?: HugoRun;
}

/**
 * The median of a list (mean of the two middle values for an even count); NaN when empty.
 * @example median([3, 1, 2]) // 2
 */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Kiosque's time over Hugo + Pagefind's in the same round: below 1, Kiosque is faster.
 * @example ratio({ first: 'hugo', kiosque: { wallMs: 8000 } as KiosqueRun, hugo: { hugoMs: 4000, pagefindMs: 6000 } as HugoRun }) // 0.8
 */
export function ratio(round: Round): number | undefined {
  return round.hugo ? round.kiosque.wallMs / (round.hugo.hugoMs + round.hugo.pagefindMs) : undefined;
}

/**
 * The same ratio on CPU time: steadier than wall time when other work shares the machine.
 * @example cpuRatio({ first: 'hugo', kiosque: { cpuMs: 9000 } as KiosqueRun, hugo: { cpuMs: 10000 } as HugoRun }) // 0.9
 */
export function cpuRatio(round: Round): number | undefined {
  return round.hugo ? round.kiosque.cpuMs / round.hugo.cpuMs : undefined;
}

/**
 * Seconds with one decimal.
 * @example seconds(12345) // '12.3'
 */
export function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

/**
 * A peak resident set, in kB as Linux counts them (1,024 bytes), in MB (10^6 bytes) as
 * `megabytes` writes sizes: a process "under 1 GB" peaks under 1,000 MB here.
 * @example peakMegabytes(1_000_000) // '1024 MB'
 */
export function peakMegabytes(kb: number): string {
  return `${Math.round((kb * 1024) / 1e6)} MB`;
}

/**
 * Bytes in MB (10^6), or kB under one MB.
 * @example megabytes(2_500_000) // '2.5 MB'
 */
export function megabytes(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} kB`;
}

/**
 * Per process name over several runs: the highest peak memory and the median CPU time (summed
 * over the processes of that name within a run), biggest peak first.
 * @example peaksByName([[{ pid: 1, name: 'node', peakKb: 2048, cpuMs: 900 }]]) // [{ name: 'node', peakKb: 2048, cpuMs: 900 }]
 */
export function peaksByName(runs: ProcessPeak[][]): { name: string; peakKb: number; cpuMs: number }[] {
  const peak = new Map<string, number>();
  const cpu = new Map<string, number[]>();
  for (const peaks of runs) {
    const perRun = new Map<string, number>();
    for (const p of peaks) {
      peak.set(p.name, Math.max(peak.get(p.name) ?? 0, p.peakKb));
      perRun.set(p.name, (perRun.get(p.name) ?? 0) + p.cpuMs);
    }
    for (const [name, ms] of perRun) cpu.set(name, [...(cpu.get(name) ?? []), ms]);
  }
  return [...peak.entries()].map(([name, peakKb]) => ({ name, peakKb, cpuMs: median(cpu.get(name)!) })).sort((a, b) => b.peakKb - a.peakKb);
}

/**
 * Lays out rows as a left-aligned first column and right-aligned others.
 * @example table([['a', '1'], ['bb', '22']]) // ['a    1', 'bb  22']
 */
export function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd());
}

/**
 * The printed lines for one corpus size: a row per round, the medians, memory, output and rate.
 * @example formatRounds(10000, rounds).join('\n')
 */
export function formatRounds(articles: number, rounds: Round[]): string[] {
  const compare = rounds.some((r) => r.hugo);
  const head = ['run', 'order', 'kiosque s', ...PHASES, 'cpu s', ...(compare ? ['hugo s', 'pagefind s', 'hugo+pf s', 'cpu s', 'ratio', 'cpu ratio'] : [])];
  const ratios = (r: number | undefined) => (r === undefined ? '-' : r.toFixed(2));
  const row = (label: string, order: string, k: KiosqueRun, h: HugoRun | undefined, r: number | undefined, rc: number | undefined) => [
    label, order, seconds(k.wallMs), ...PHASES.map((p) => (k.timings[p] === undefined ? '-' : seconds(k.timings[p]!))), seconds(k.cpuMs),
    ...(compare ? [h ? seconds(h.hugoMs) : '-', h ? seconds(h.pagefindMs) : '-', h ? seconds(h.hugoMs + h.pagefindMs) : '-', h ? seconds(h.cpuMs) : '-', ratios(r), ratios(rc)] : []),
  ];
  const order = (r: Round) => (!compare ? '' : r.first === 'kiosque' ? 'K, H+P' : 'H+P, K');
  const rows = [head, ...rounds.map((r, i) => row(String(i + 1), order(r), r.kiosque, r.hugo, ratio(r), cpuRatio(r)))];
  const med = (f: (r: Round) => number | undefined) => median(rounds.map(f).filter((v): v is number => v !== undefined));
  const medKiosque: KiosqueRun = {
    ...rounds[0]!.kiosque,
    wallMs: med((r) => r.kiosque.wallMs),
    cpuMs: med((r) => r.kiosque.cpuMs),
    timings: Object.fromEntries(PHASES.filter((p) => rounds[0]!.kiosque.timings[p] !== undefined).map((p) => [p, med((r) => r.kiosque.timings[p])])),
  };
  const medHugo: HugoRun | undefined = compare ? { ...rounds.find((r) => r.hugo)!.hugo!, hugoMs: med((r) => r.hugo?.hugoMs), pagefindMs: med((r) => r.hugo?.pagefindMs), cpuMs: med((r) => r.hugo?.cpuMs) } : undefined;
  rows.push(row('median', '', medKiosque, medHugo, compare ? med(ratio) : undefined, compare ? med(cpuRatio) : undefined));

  const k = rounds[0]!.kiosque;
  const mem = (runs: ProcessPeak[][]) => peaksByName(runs).filter((p) => p.peakKb >= 20480).map((p) => `${p.name} ${peakMegabytes(p.peakKb)} (${seconds(p.cpuMs)} s CPU)`).join(', ');
  const lines = [
    ...table(rows),
    `Kiosque: ${k.articles} articles, ${k.pages} pages, ${k.warnings} with warnings · ${Math.round(k.articles / (medKiosque.wallMs / 1000))} articles/s · ${(medKiosque.wallMs / articles).toFixed(2)} ms per article (median)`,
    `Peak memory (max) and CPU (median) per process: Kiosque ${mem(rounds.map((r) => r.kiosque.peaks))}`,
    `Output: Kiosque ${k.files} files, ${megabytes(k.bytes)}`,
  ];
  if (medHugo) {
    lines.push(
      `Peak memory (max) and CPU (median) per process: Hugo + Pagefind CLI ${mem(rounds.flatMap((r) => (r.hugo ? [r.hugo.peaks] : [])))}`,
      `Output: Hugo + Pagefind ${medHugo.files} files, ${megabytes(medHugo.bytes)}, ${medHugo.pages} HTML pages (article, topic, year and month pages; no entity pages, see tools/bench/hugo.ts)`,
      `Ratio Kiosque / (Hugo + Pagefind), median of ${rounds.length} rounds: ${med(ratio).toFixed(2)} wall time (target ≤ 1.0), ${med(cpuRatio).toFixed(2)} CPU time`,
    );
  }
  return lines;
}

/**
 * Lines comparing the time per article across corpus sizes, relative to the smallest.
 * @example formatScaling([{ articles: 1000, msPerArticle: 2 }, { articles: 10000, msPerArticle: 2.2 }]) // [..., '10000  2.20 ms  +10 %']
 */
export function formatScaling(sizes: { articles: number; msPerArticle: number }[]): string[] {
  const base = sizes[0]!.msPerArticle;
  return table([
    ['articles', 'median ms per article', 'vs smallest'],
    ...sizes.map((s) => [String(s.articles), s.msPerArticle.toFixed(2), `${s.msPerArticle >= base ? '+' : ''}${Math.round((s.msPerArticle / base - 1) * 100)} %`]),
  ]);
}

/**
 * Lines of the cores benchmark: each core count's times, median and speed-up over the first.
 * @example formatCores([{ cores: 1, walls: [10000], speedUp: 1 }, { cores: 2, walls: [6000], speedUp: 1.67 }]) // [..., '2  6.0  6.0  1.67x']
 */
export function formatCores(rows: { cores: number; walls: number[]; speedUp: number; runs?: KiosqueRun[] }[]): string[] {
  const phase = (r: { runs?: KiosqueRun[] }, p: Phase) => {
    const times = (r.runs ?? []).map((k) => k.timings[p]).filter((t): t is number => t !== undefined);
    return times.length === 0 ? '-' : seconds(median(times));
  };
  const lines = table([
    ['cores', 'runs s', 'median s', 'speed-up', ...PHASES, 'cpu s'],
    ...rows.map((r) => [String(r.cores), r.walls.map(seconds).join(' '), seconds(median(r.walls)), `${r.speedUp.toFixed(2)}x`, ...PHASES.map((p) => phase(r, p)), r.runs && r.runs.length > 0 ? seconds(median(r.runs.map((k) => k.cpuMs))) : '-']),
  ]);
  // Per kind of process: where the CPU of a second core goes (renderer processes, Pagefind's).
  for (const r of rows.filter((x) => x.runs && x.runs.length > 0)) {
    const top = peaksByName(r.runs!.map((k) => k.peaks)).filter((p) => p.peakKb >= 20480);
    lines.push(`${r.cores} core(s), peak memory of one process (max) and CPU per kind of process (median): ${top.map((p) => `${p.name} ${peakMegabytes(p.peakKb)} (${seconds(p.cpuMs)} s CPU)`).join(', ')}`);
  }
  return lines;
}
