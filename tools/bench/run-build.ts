/**
 * The Kiosque side of the benchmark, run as its own process by ./index.ts so that its memory
 * and start-up are measured as a user's `npm run build` would see them: it calls `build()` with
 * the CLI's defaults and prints one JSON line (a BuildFigures) on stdout.
 *
 * Usage: `node --import tsx tools/bench/run-build.ts CONTENT OUT [--no-search] [--cache DIR] [--shard-size N] [--jobs N]`
 */
import { resolve } from 'node:path';
import { build, type BuildResult, type Phase } from '../../src/build/index.ts';
import { readCommandLine } from '../../src/cli/args.ts';
import { siteOptions } from '../../src/build/options.ts';

export interface BuildFigures {
  ok: boolean;
  failure?: string;
  /** Milliseconds per phase, as build() measured them. */
  timings: Partial<Record<Phase, number>>;
  pages: number;
  articles: number;
  warnings: number;
  /** Peak resident set of this Node process, kB (`process.resourceUsage().maxRSS`). */
  maxRssKb: number;
  /** User + system CPU time of this Node process, ms. */
  cpuMs: number;
  /** How the cache served the build (with --cache). */
  cache: BuildResult['cache'];
}

async function main(argv: string[]): Promise<void> {
  const usage = 'usage: run-build.ts CONTENT OUT [--no-search] [--cache DIR] [--shard-size N] [--jobs N]';
  const { values, positionals } = readCommandLine(argv, { 'no-search': { type: 'boolean', default: false }, cache: { type: 'string' }, 'shard-size': { type: 'string' }, jobs: { type: 'string' } }, usage);
  const [content, out] = positionals;
  if (!content || !out) throw new Error(usage);
  const result = await build({
    content: resolve(content),
    out: resolve(out),
    site: siteOptions(),
    strict: false,
    search: !values['no-search'],
    ...(values.cache ? { cache: resolve(values.cache) } : {}),
    ...(values['shard-size'] !== undefined ? { searchIndex: { shardSize: Number(values['shard-size']) } } : {}),
    ...(values.jobs !== undefined ? { jobs: Number(values.jobs) } : {}),
  });
  const figures: BuildFigures = {
    ok: result.ok,
    ...(result.failure ? { failure: result.failure } : {}),
    timings: result.timings,
    pages: result.pages,
    articles: result.report.counts.published,
    warnings: result.report.counts.withWarnings,
    maxRssKb: process.resourceUsage().maxRSS,
    cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
    cache: result.cache,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (e: Error) => {
    process.stderr.write(`${e.stack ?? e}\n`);
    process.exit(2);
  },
);
