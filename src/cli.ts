/**
 * Command line: `build` (default), `check`, `serve`, `bench`. See README.md for the options.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build, checkContent } from './build.ts';
import { createProgress } from './progress.ts';
import { formatProblems, knowledgeFr, summaryFr } from './report.ts';

export interface CliOptions {
  command: 'build' | 'check' | 'serve' | 'bench';
  content: string;
  out: string;
  basePath: string;
  siteUrl: string;
  report?: string;
  strict: boolean;
  search: boolean;
  port: number;
  /** Articles an entity must be named in to get a page. */
  minEntityArticles: number;
  rest: string[];
}

const USAGE = `usage: kiosque [build|check|serve|bench] [--content DIR] [--out DIR] [--base-path /x/]
                [--site-url URL] [--report FILE] [--strict] [--no-search] [--port N]
                [--min-entity-articles N]`;

/** Normalises a base path to `/` or `/x/y/`. @example normaliseBasePath('x') // '/x/' */
export function normaliseBasePath(raw: string): string {
  const parts = raw.split('/').filter(Boolean);
  if (parts.some((p) => p === '..' || p === '.' || !/^[\w.~-]+$/.test(p))) throw new Error(`invalid --base-path "${raw}": use letters, digits, - and _ only, e.g. /archives/`);
  return parts.length ? `/${parts.join('/')}/` : '/';
}

export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = {
    command: 'build', content: 'content', out: '_site', basePath: '/', siteUrl: 'http://localhost:8080',
    strict: false, search: true, port: 8080, minEntityArticles: 2, rest: [],
  };
  const args = [...argv];
  if (args[0] && !args[0].startsWith('-')) {
    const c = args.shift()!;
    if (!['build', 'check', 'serve', 'bench'].includes(c)) throw new Error(`unknown command "${c}"\n${USAGE}`);
    opts.command = c as CliOptions['command'];
  }
  const value = (flag: string) => {
    const v = args.shift();
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
    return v;
  };
  while (args.length) {
    const a = args.shift()!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const v = () => inline ?? value(flag);
    switch (flag) {
      case '--content': opts.content = v(); break;
      case '--out': opts.out = v(); break;
      case '--base-path': opts.basePath = normaliseBasePath(v()); break;
      case '--site-url': opts.siteUrl = v().replace(/\/+$/, ''); break;
      case '--report': opts.report = v(); break;
      case '--strict': opts.strict = true; break;
      case '--no-search': opts.search = false; break;
      case '--port': opts.port = Number(v()); break;
      case '--min-entity-articles': {
        const n = Number(v());
        if (!Number.isInteger(n) || n < 1) throw new Error(`--min-entity-articles attend un nombre entier supérieur ou égal à 1, par exemple 2\n${USAGE}`);
        opts.minEntityArticles = n;
        break;
      }
      case '--help': case '-h': console.log(USAGE); process.exit(0);
      default: opts.rest.push(a);
    }
  }
  if (opts.command !== 'bench' && opts.rest.length) throw new Error(`unknown option ${opts.rest[0]}\n${USAGE}`);
  return opts;
}

function writeReport(path: string | undefined, report: unknown): void {
  if (!path) return;
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}

/**
 * `kiosque check`: every problem of the content folder, nothing written but the optional report.
 * Exit code 1 when a file is rejected or a configuration file has errors (with `--strict`, also
 * on any warning), else 0.
 */
function check(opts: CliOptions): number {
  const { report, configErrors } = checkContent(resolve(opts.content));
  for (const line of formatProblems(report.inputs)) console.error(line);
  writeReport(opts.report, report);
  const c = report.counts;
  const failed = c.rejected > 0 || configErrors || (opts.strict && c.withWarnings > 0);
  console.log(`kiosque check : ${summaryFr(c, 'check')}${failed ? ' · à corriger avant publication' : ''}`);
  for (const line of knowledgeFr(report)) console.log(`kiosque check : ${line}`);
  return failed ? 1 : 0;
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const started = performance.now();
  if (opts.command === 'check') return check(opts);
  if (opts.command === 'serve') {
    const { serve } = await import('./serve.ts');
    return serve(opts);
  }
  if (opts.command === 'bench') {
    const { bench } = await import('./bench/index.ts');
    return bench(opts.rest);
  }
  const progress = createProgress(process.stderr);
  const result = await build({
    content: resolve(opts.content),
    out: resolve(opts.out),
    site: { title: 'Kiosque', description: 'Archives d’actualité en français', basePath: opts.basePath, origin: opts.siteUrl, minEntityArticles: opts.minEntityArticles },
    strict: opts.strict,
    search: opts.search,
    onPhase: progress.onPhase,
    onProgress: progress.onProgress,
  });
  progress.clear();
  for (const line of formatProblems(result.report.inputs)) console.error(line);
  writeReport(opts.report, result.report);
  const c = result.report.counts;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!result.ok) {
    console.error(`kiosque: échec, rien n’a été écrit dans ${opts.out} : ${result.failure}`);
    return 1;
  }
  const e = result.report.entities;
  const entities = e ? ` · ${e.withPage.person + e.withPage.organisation + e.withPage.place} fiches d’entités (${e.withoutPage.person + e.withoutPage.organisation + e.withoutPage.place} autres citées dans moins de ${e.minArticles} articles)` : '';
  console.log(`kiosque: ${summaryFr(c, 'build')} · ${result.pages} pages${entities} · ${seconds} s → ${opts.out}`);
  for (const line of knowledgeFr(result.report)) console.log(`kiosque: ${line}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().then((code) => process.exit(code), (e: Error) => {
    console.error(`kiosque: ${e.message}`);
    process.exit(2);
  });
}
