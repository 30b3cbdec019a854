/**
 * `npm run bench`: builds a corpus of N articles the way `npm run build` does, in its own
 * process, cold (an empty cache folder, as on a first build), and prints the time of each phase,
 * the total, articles per second, the peak memory of every process and the output size. With `--compare`, each round also builds an equivalent Hugo
 * site and indexes it with Pagefind's CLI, alternating which goes first, and prints the ratio.
 * With `--rebuild`, it measures the daily rebuild instead (./rebuild.ts).
 * Timings on a shared machine are noisy: compare the medians, and the ratios within a round.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { prepareArchive } from '../../src/build/pipeline.ts';
import { PROJECT_ROOT } from '../../src/paths.ts';
import { readCommandLine, wholeNumber } from '../../src/cli/args.ts';
import { chosenCorpus, prepareCorpus } from './corpus.ts';
import { formatCores, formatRounds, formatScaling, median, type HugoRun, type KiosqueRun, type Round } from './figures.ts';
import { ensureHugo, writeHugoSite } from './hugo.ts';
import { runMeasured, type ProcessPeak } from './measure.ts';
import { dayFolders, formatRebuild, treeDifferences, type RebuildRound } from './rebuild.ts';
import type { BuildFigures } from './run-build.ts';
import { ALLOCATOR_ENV } from '../../src/cli/kiosque.mjs';
import { siteOptions } from '../../src/build/options.ts';

export interface BenchOptions {
  /** Corpus sizes, run one after the other. */
  sizes: number[];
  corpus?: string;
  seed: number;
  runs: number;
  compare: boolean;
  search: boolean;
  work: string;
  keep: boolean;
  json?: string;
  /** Measure the daily rebuild instead of the cold build. */
  rebuild: boolean;
  /** Articles per shard of the search index (src/search/shards.ts); undefined: the build's default, 0: one index. */
  shardSize?: number;
  /** Measure the cold build on each of these numbers of cores (taskset) instead. */
  jobs?: number[];
}

const USAGE = `usage: npm run bench -- [--articles N[,N…]] [--corpus DIR | --synthetic] [--seed N] [--runs N]
                       [--compare] [--rebuild] [--jobs N,N…] [--no-search] [--shard-size N] [--work DIR] [--keep]
                       [--json FILE]`;

/** New articles on the second day of the rebuild benchmark (and one corrected article). */
const ADDED_PER_DAY = 10;


/**
 * Reads the bench options (after `bench`).
 * @example parseBenchArgs(['--articles', '1000,10000', '--compare']).sizes // [1000, 10000]
 */
export function parseBenchArgs(args: string[]): BenchOptions {
  const { values } = readCommandLine(args, {
    articles: { type: 'string', default: '10000' },
    corpus: { type: 'string' },
    synthetic: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    compare: { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    work: { type: 'string', default: join(tmpdir(), 'kiosque-bench') },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
    rebuild: { type: 'boolean', default: false },
    'shard-size': { type: 'string' },
    jobs: { type: 'string' },
  }, USAGE);
  const corpus = chosenCorpus(values);
  if (corpus && !existsSync(corpus)) throw new Error(`--corpus ${corpus} does not exist`);
  if (values.compare && values['no-search']) throw new Error('--compare measures the full build: drop --no-search');
  return {
    sizes: values.articles.split(',').map((s) => wholeNumber('--articles', s, 1, USAGE)),
    corpus,
    seed: wholeNumber('--seed', values.seed, 1, USAGE),
    runs: wholeNumber('--runs', values.runs, 1, USAGE),
    compare: values.compare,
    search: !values['no-search'],
    work: resolve(values.work),
    keep: values.keep,
    ...(values.json !== undefined ? { json: values.json } : {}),
    rebuild: values.rebuild,
    ...(values.jobs !== undefined ? { jobs: values.jobs.split(',').map((n) => wholeNumber('--jobs', n, 1, USAGE)) } : {}),
    ...(values['shard-size'] !== undefined ? { shardSize: wholeNumber('--shard-size', values['shard-size'], 0, USAGE) } : {}),
  };
}

const cpuOf = (peaks: ProcessPeak[]) => peaks.reduce((sum, p) => sum + p.cpuMs, 0);

/** Files, bytes and HTML pages under a folder. */
function folderSize(dir: string): { files: number; bytes: number; pages: number } {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        files++;
        bytes += lstatSync(p).size;
        if (e.name.endsWith('.html')) pages++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { files, bytes, pages };
}

/**
 * A cold build as a user's first `npm run build` runs it: with a cache folder (the default), empty.
 * The cache is beside the output folder (`<out>-cache`), removed with it.
 */
function runCold(content: string, out: string, search: boolean, shardSize?: number, cores?: number): Promise<KiosqueRun> {
  for (const dir of [out, `${out}-cache`]) rmSync(dir, { recursive: true, force: true });
  return runKiosque(content, out, search, `${out}-cache`, shardSize, cores);
}

/**
 * One build in its own process; with `cache`, the output folder is kept (the rebuild reuses it).
 * `shardSize`: articles per search shard (undefined: the build's default). `cores`: the build and
 * every process it starts run on that many cores only (`taskset`), with `--jobs` as many.
 */
async function runKiosque(content: string, out: string, search: boolean, cache?: string, shardSize?: number, cores?: number): Promise<KiosqueRun> {
  if (!cache) rmSync(out, { recursive: true, force: true });
  const runner = join(PROJECT_ROOT, 'tools/bench/run-build.ts');
  const flags = [...(search ? [] : ['--no-search']), ...(cache ? ['--cache', cache] : []), ...(shardSize !== undefined ? ['--shard-size', String(shardSize)] : []), ...(cores ? ['--jobs', String(cores)] : [])];
  const node = [process.execPath, '--import', 'tsx', runner, content, out, ...flags];
  // The build's process has the allocator settings `npm run build` gives it (src/cli/kiosque.mjs).
  const env = { ...ALLOCATOR_ENV, ...process.env };
  const m = cores ? await runMeasured('taskset', ['-c', `0-${cores - 1}`, ...node], { cwd: PROJECT_ROOT, env }) : await runMeasured(node[0]!, node.slice(1), { cwd: PROJECT_ROOT, env });
  const line = m.stdout.trim().split('\n').pop() ?? '';
  let figures: BuildFigures;
  try {
    figures = JSON.parse(line) as BuildFigures;
  } catch {
    throw new Error(`the Kiosque build did not report (exit ${m.code}):\n${m.stderr.slice(-2000)}`);
  }
  if (!figures.ok) throw new Error(`the Kiosque build failed: ${figures.failure}`);
  // The runner's own maximum is exact; the sampled one can miss a last spike.
  const peaks = m.peaks.map((p) => (p.pid === m.peaks[0]?.pid ? { ...p, peakKb: Math.max(p.peakKb, figures.maxRssKb), cpuMs: Math.max(p.cpuMs, figures.cpuMs) } : p));
  const { files, bytes } = folderSize(out);
  return { wallMs: m.wallMs, cpuMs: cpuOf(peaks), timings: figures.timings, pages: figures.pages, articles: figures.articles, warnings: figures.warnings, peaks, files, bytes, cache: figures.cache };
}

async function runHugo(site: string, out: string): Promise<HugoRun> {
  rmSync(out, { recursive: true, force: true });
  const hugo = await runMeasured('hugo', ['--quiet', '--source', site, '--destination', out, '--cacheDir', join(site, '.cache')]);
  if (hugo.code !== 0) throw new Error(`hugo failed (exit ${hugo.code}):\n${hugo.stderr.slice(-2000)}`);
  const pagefind = await runMeasured(join(PROJECT_ROOT, 'node_modules/.bin/pagefind'), ['--site', out], { cwd: PROJECT_ROOT });
  if (pagefind.code !== 0) throw new Error(`pagefind failed (exit ${pagefind.code}):\n${pagefind.stderr.slice(-2000)}`);
  return { hugoMs: hugo.wallMs, pagefindMs: pagefind.wallMs, cpuMs: cpuOf(hugo.peaks) + cpuOf(pagefind.peaks), peaks: [...hugo.peaks, ...pagefind.peaks], ...folderSize(out) };
}

/**
 * Round `r` of a comparison: Kiosque, and Hugo + Pagefind when comparing, the order alternating
 * from one round to the next (the first round starts with Kiosque).
 */
async function alternating(r: number, compare: boolean, kiosque: () => Promise<KiosqueRun>, hugo: () => Promise<HugoRun>): Promise<Round> {
  const first = r % 2 === 0 ? 'kiosque' : 'hugo';
  if (first === 'kiosque' || !compare) {
    const k = await kiosque();
    return { first, kiosque: k, ...(compare ? { hugo: await hugo() } : {}) };
  }
  const h = await hugo();
  return { first, kiosque: await kiosque(), hugo: h };
}

/** The Hugo site of a corpus: the same articles, with Kiosque's titles, URLs and topics. */
function hugoSiteFor(content: string, dir: string): void {
  const { archive } = prepareArchive(content, siteOptions());
  writeHugoSite(archive.articles, dir);
}

/**
 * Runs the benchmark and prints its figures; returns the exit code.
 * @example await bench(['--articles', '1000', '--runs', '1']) // 0
 */
export async function bench(args: string[]): Promise<number> {
  let opts: BenchOptions;
  try {
    opts = parseBenchArgs(args);
  } catch (e) {
    console.error(`kiosque bench: ${(e as Error).message}`);
    return 2;
  }
  const log = (line: string) => console.error(`· ${line}`);
  mkdirSync(opts.work, { recursive: true });
  let hugoVersion: string | undefined;
  if (opts.compare) {
    hugoVersion = ensureHugo(log);
    if (!hugoVersion) {
      console.error('kiosque bench: --compare needs Hugo (Debian: apt-get install -y hugo, as root)');
      return 2;
    }
  }
  console.log(`kiosque bench · ${availableParallelism()} CPUs · load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} · work folder ${opts.work}`);
  if (hugoVersion) console.log(`compared with ${hugoVersion.split(' ').slice(0, 2).join(' ')} + Pagefind CLI (node_modules/.bin/pagefind)`);

  if (opts.rebuild) return benchRebuild(opts, log);
  if (opts.jobs) return benchCores(opts, opts.jobs, log);
  const results: { articles: number; rounds: Round[] }[] = [];
  for (const size of opts.sizes) {
    log(`corpus of ${size} articles…`);
    const corpus = prepareCorpus({ articles: size, source: opts.corpus, seed: opts.seed }, opts.work, join(PROJECT_ROOT, 'content'));
    const hugoSite = join(opts.work, `hugo-site-${size}`);
    if (opts.compare) {
      log('Hugo site…');
      hugoSiteFor(corpus.dir, hugoSite);
    }
    const rounds: Round[] = [];
    for (let r = 0; r < opts.runs; r++) {
      const kOut = join(opts.work, `out-kiosque-${size}`);
      const hOut = join(opts.work, `out-hugo-${size}`);
      rounds.push(await alternating(r, opts.compare, () => {
        log(`round ${r + 1}/${opts.runs}: Kiosque…`);
        return runCold(corpus.dir, kOut, opts.search, opts.shardSize);
      }, () => {
        log(`round ${r + 1}/${opts.runs}: Hugo + Pagefind…`);
        return runHugo(hugoSite, hOut);
      }));
      if (!opts.keep) for (const d of [kOut, `${kOut}-cache`, hOut]) rmSync(d, { recursive: true, force: true });
    }
    results.push({ articles: size, rounds });
    console.log(`\n${size} articles · ${corpus.description}`);
    for (const line of formatRounds(size, rounds)) console.log(line);
  }
  if (results.length > 1) {
    console.log('\nScaling (Kiosque, full build):');
    for (const line of formatScaling(results.map((r) => ({ articles: r.articles, msPerArticle: median(r.rounds.map((x) => x.kiosque.wallMs)) / r.articles })))) console.log(line);
  }
  if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ hugo: hugoVersion, options: opts, results }, null, 2)}\n`);
  return 0;
}

/**
 * `--rebuild`: per size and round, day 1 built cold with a fresh cache, day 2 rebuilt with it,
 * a clean build of day 2 to compare outputs, and (with --compare) Hugo + Pagefind on day 2,
 * alternating which of the rebuild and Hugo goes first.
 */
async function benchRebuild(opts: BenchOptions, log: (line: string) => void): Promise<number> {
  const results: { articles: number; rounds: RebuildRound[] }[] = [];
  for (const size of opts.sizes) {
    log(`corpus of ${size} articles…`);
    const corpus = prepareCorpus({ articles: size + ADDED_PER_DAY, source: opts.corpus, seed: opts.seed }, opts.work, join(PROJECT_ROOT, 'content'));
    const days = dayFolders(corpus.dir, join(opts.work, `days-${size}`), ADDED_PER_DAY);
    const hugoSite = join(opts.work, `hugo-site-${size}-day-2`);
    if (opts.compare) {
      log('Hugo site of day 2…');
      hugoSiteFor(days.after, hugoSite);
    }
    const rounds: RebuildRound[] = [];
    for (let r = 0; r < opts.runs; r++) {
      const out = join(opts.work, `out-rebuild-${size}`);
      const cache = join(opts.work, `cache-rebuild-${size}`);
      const clean = join(opts.work, `out-clean-${size}`);
      const hOut = join(opts.work, `out-hugo-${size}`);
      for (const d of [out, cache]) rmSync(d, { recursive: true, force: true });
      log(`round ${r + 1}/${opts.runs}: day 1, cold with a new cache…`);
      const cold = await runKiosque(days.before, out, opts.search, cache, opts.shardSize);
      const { first, kiosque: rebuild, hugo } = await alternating(r, opts.compare, () => {
        log(`round ${r + 1}/${opts.runs}: day 2, rebuild…`);
        return runKiosque(days.after, out, opts.search, cache, opts.shardSize);
      }, () => {
        log(`round ${r + 1}/${opts.runs}: day 2, Hugo + Pagefind…`);
        return runHugo(hugoSite, hOut);
      });
      log(`round ${r + 1}/${opts.runs}: day 2, clean build to compare…`);
      await runKiosque(days.after, clean, opts.search, undefined, opts.shardSize);
      const differences = treeDifferences(out, clean);
      rounds.push({ first, cold, rebuild, differences, ...(hugo ? { hugo } : {}) });
      if (!opts.keep) for (const d of [out, cache, clean, hOut]) rmSync(d, { recursive: true, force: true });
    }
    results.push({ articles: size, rounds });
    console.log(`\n${size} articles · ${corpus.description}`);
    for (const line of formatRebuild(size, ADDED_PER_DAY, rounds)) console.log(line);
  }
  if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ options: opts, results }, null, 2)}\n`);
  return results.some((r) => r.rounds.some((x) => x.differences.length > 0)) ? 1 : 0;
}

/**
 * `--jobs N,N…`: the cold build pinned to N cores (`taskset -c 0-(N-1)`, `--jobs N`), rounds
 * alternating the order of the core counts; prints each median and its speed-up over the first.
 */
async function benchCores(opts: BenchOptions, cores: number[], log: (line: string) => void): Promise<number> {
  if (cores.some((n) => n > availableParallelism())) {
    console.error(`kiosque bench: --jobs asks for more cores than this machine has (${availableParallelism()})`);
    return 2;
  }
  for (const size of opts.sizes) {
    log(`corpus of ${size} articles…`);
    const corpus = prepareCorpus({ articles: size, source: opts.corpus, seed: opts.seed }, opts.work, join(PROJECT_ROOT, 'content'));
    const runs = new Map<number, KiosqueRun[]>(cores.map((n) => [n, []]));
    for (let r = 0; r < opts.runs; r++) {
      for (const n of r % 2 === 0 ? cores : [...cores].reverse()) {
        log(`round ${r + 1}/${opts.runs}: ${n} core(s)…`);
        runs.get(n)!.push(await runCold(corpus.dir, join(opts.work, `out-cores-${size}`), opts.search, opts.shardSize, n));
      }
    }
    const walls = (n: number) => runs.get(n)!.map((k) => k.wallMs);
    const base = median(walls(cores[0]!));
    console.log(`\n${size} articles · ${corpus.description} · ${opts.search ? 'full build' : 'render alone (--no-search)'}`);
    for (const line of formatCores(cores.map((n) => ({ cores: n, walls: walls(n), speedUp: base / median(walls(n)), runs: runs.get(n)! })))) console.log(line);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  bench(process.argv.slice(2)).then((code) => process.exit(code), (e: Error) => {
    console.error(`kiosque bench: ${e.stack ?? e.message}`);
    process.exit(2);
  });
}
