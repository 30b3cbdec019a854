/**
 * Command line: `build` (default), `check`, `serve`. See README.md for the options.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { build, type BuildResult } from '../build/index.ts';
import { hashOf, type FileChanges } from '../build/cache.ts';
import { checkContent } from '../build/pipeline.ts';
import { siteOptions } from '../build/options.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { plural } from '../text/french-counts.ts';
import { readCommandLine, wholeNumber } from './args.ts';
import { createProgress } from './progress.ts';
import { emptyContentFr, formatProblems, knowledgeFr, siteUrlFr, summaryFr, titlesFr } from '../build/report.ts';

export interface CliOptions {
  command: 'build' | 'check' | 'serve';
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
  /** The build cache folder; undefined with --no-cache. */
  cache?: string;
  /** Threads and processes a build may use at once. */
  jobs: number;
}

const USAGE = `usage: kiosque [build|check|serve] [--content DIR] [--out DIR] [--base-path /x/]
                [--site-url URL] [--report FILE] [--strict] [--no-search] [--port N]
                [--min-entity-articles N] [--cache DIR | --no-cache] [--jobs N]`;

/**
 * The default cache folder for an output folder: under `node_modules/.cache/kiosque/` (where
 * build tools keep their caches; `npm ci` clears it), one per output folder.
 * @example defaultCacheDir('/srv/www/_site') // '<project>/node_modules/.cache/kiosque/_site-<8 characters of a hash of the path>'
 */
export function defaultCacheDir(out: string): string {
  const path = resolve(out);
  return join(PROJECT_ROOT, 'node_modules', '.cache', 'kiosque', `${basename(path)}-${hashOf(path).slice(0, 8)}`);
}

/** Normalises a base path to `/` or `/x/y/`. @example normaliseBasePath('x') // '/x/' */
export function normaliseBasePath(raw: string): string {
  const parts = raw.split('/').filter(Boolean);
  if (parts.some((p) => p === '..' || p === '.' || !/^[\w.~-]+$/.test(p))) throw new Error(`invalid --base-path "${raw}": use letters, digits, - and _ only, e.g. /archives/`);
  return parts.length ? `/${parts.join('/')}/` : '/';
}

const COMMANDS = ['build', 'check', 'serve'] as const;

/**
 * Reads the command line (after `node cli`).
 * @example parseCli(['--out', 'public', '--strict']).strict // true
 */
export function parseCli(argv: string[]): CliOptions {
  const { values, positionals } = readCommandLine(argv, {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: '_site' },
    'base-path': { type: 'string', default: '/' },
    'site-url': { type: 'string', default: 'http://localhost:8080' },
    report: { type: 'string' },
    strict: { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    port: { type: 'string', default: '8080' },
    'min-entity-articles': { type: 'string', default: '2' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    jobs: { type: 'string', default: String(availableParallelism()) },
    help: { type: 'boolean', short: 'h', default: false },
  }, USAGE);
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const [command = 'build', ...extra] = positionals;
  if (!(COMMANDS as readonly string[]).includes(command)) throw new Error(`unknown command "${command}"\n${USAGE}`);
  if (extra.length) throw new Error(`unknown option ${extra[0]}\n${USAGE}`);
  if (values.cache !== undefined && values['no-cache']) throw new Error(`--cache and --no-cache exclude each other\n${USAGE}`);
  return {
    command: command as CliOptions['command'],
    content: values.content,
    out: values.out,
    basePath: normaliseBasePath(values['base-path']),
    siteUrl: values['site-url'].replace(/\/+$/, ''),
    ...(values.report !== undefined ? { report: values.report } : {}),
    strict: values.strict,
    search: !values['no-search'],
    port: Number(values.port),
    ...(values['no-cache'] ? {} : { cache: resolve(values.cache ?? defaultCacheDir(values.out)) }),
    jobs: wholeNumber('--jobs', values.jobs, 1, USAGE, '--jobs attend un nombre entier supérieur ou égal à 1, par exemple 4'),
    minEntityArticles: wholeNumber('--min-entity-articles', values['min-entity-articles'], 1, USAGE, '--min-entity-articles attend un nombre entier supérieur ou égal à 1, par exemple 2'),
  };
}

/**
 * What the cache did for this build, in French, or nothing without a cache.
 * @example cacheFr({ state: 'used', files: 10, analyses: 9, pages: 20, shards: { reused: 1, total: 4 } }) // 'cache : lecture reprise pour 10 fichiers, analyse pour 9 articles ; 20 pages et 1 tranche de l’index de recherche sur 4 reprises du site précédent'
 */
export function cacheFr(cache: BuildResult['cache']): string | undefined {
  if (cache.state === 'off') return undefined;
  if (cache.state !== 'used') return `cache : construction complète (${cache.reason})`;
  const count = (n: number, noun: string) => `${n} ${plural(n, noun)}`;
  const shards = cache.shards.total > 0 ? ` et ${count(cache.shards.reused, 'tranche')} de l’index de recherche sur ${cache.shards.total}` : '';
  return `cache : lecture reprise pour ${count(cache.files, 'fichier')}, analyse pour ${count(cache.analyses, 'article')} ; ${count(cache.pages, 'page')}${shards} ${cache.pages > 1 || shards ? 'reprises' : 'reprise'} du site précédent`;
}

/**
 * What changed in the content folder since the previous build, in French (a cache used only).
 * @example changesFr({ added: ['a.md', 'b.md'], changed: ['c.txt'], removed: [] }) // 'depuis la construction précédente : 2 fichiers ajoutés, 1 modifié, aucun supprimé'
 * @example changesFr({ added: [], changed: ['c.txt'], removed: [] }) // 'depuis la construction précédente : aucun fichier ajouté, 1 modifié, aucun supprimé'
 */
export function changesFr(changes: FileChanges): string {
  const { added, changed, removed } = changes;
  if (added.length + changed.length + removed.length === 0) return 'depuis la construction précédente : aucun fichier ajouté, modifié ni supprimé';
  const part = (n: number, word: string, first: boolean) => `${n === 0 ? 'aucun' : n}${first ? ` ${plural(n, 'fichier')}` : ''} ${plural(n, word)}`;
  return `depuis la construction précédente : ${part(added.length, 'ajouté', true)}, ${part(changed.length, 'modifié', false)}, ${part(removed.length, 'supprimé', false)}`;
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
  const empty = emptyContentFr(report.counts, opts.content);
  if (empty) console.error(`kiosque check : ${empty}`);
  writeReport(opts.report, report);
  const c = report.counts;
  const failed = c.rejected > 0 || configErrors || (opts.strict && c.withWarnings > 0);
  console.log(`kiosque check : ${summaryFr(c, 'check')}${failed ? ' · à corriger avant publication' : ''}`);
  for (const line of knowledgeFr(report)) console.log(`kiosque check : ${line}`);
  for (const line of titlesFr(c)) console.log(`kiosque check : ${line}`);
  return failed ? 1 : 0;
}

async function main(): Promise<number> {
  const opts = parseCli(process.argv.slice(2));
  const started = performance.now();
  if (opts.command === 'check') return check(opts);
  if (opts.command === 'serve') {
    const { serve } = await import('../dev/serve.ts');
    return serve(opts);
  }
  const progress = createProgress(process.stderr);
  const result = await build({
    content: resolve(opts.content),
    out: resolve(opts.out),
    site: siteOptions({ basePath: opts.basePath, origin: opts.siteUrl, minEntityArticles: opts.minEntityArticles }),
    strict: opts.strict,
    search: opts.search,
    ...(opts.cache ? { cache: opts.cache } : {}),
    jobs: opts.jobs,
    onPhase: progress.onPhase,
    onProgress: progress.onProgress,
  });
  progress.clear();
  for (const line of formatProblems(result.report.inputs)) console.error(line);
  // The cache's figures too: what the rebuild took from the previous build, and what changed since.
  writeReport(opts.report, { ...result.report, cache: result.cache });
  const c = result.report.counts;
  const empty = emptyContentFr(c, opts.content);
  if (empty && result.ok) console.error(`kiosque: ${empty}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!result.ok) {
    console.error(`kiosque: échec, rien n’a été écrit dans ${opts.out} : ${result.failure}`);
    return 1;
  }
  const e = result.report.entities;
  const [withPage, withoutPage] = e ? [e.withPage, e.withoutPage].map((n) => n.person + n.organisation + n.place) : [];
  const entities = e ? ` · ${withPage} ${plural(withPage!, 'fiche')} d’entités (${withoutPage} ${plural(withoutPage!, 'autre citée', 'autres citées')} dans moins de ${e.minArticles} articles)` : '';
  console.log(`kiosque: ${summaryFr(c, 'build')} · ${result.pages} pages${entities} · ${seconds} s → ${opts.out}`);
  const cacheLine = cacheFr(result.cache);
  if (cacheLine) console.log(`kiosque: ${cacheLine}`);
  if (result.cache.changes) console.log(`kiosque: ${changesFr(result.cache.changes)}`);
  for (const line of knowledgeFr(result.report)) console.log(`kiosque: ${line}`);
  for (const line of titlesFr(c)) console.log(`kiosque: ${line}`);
  const local = siteUrlFr(opts.siteUrl);
  if (local) console.log(`kiosque: ${local}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().then((code) => process.exit(code), (e: Error) => {
    console.error(`kiosque: ${e.message}`);
    process.exit(2);
  });
}
