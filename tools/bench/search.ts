/**
 * `npm run bench:search -- --articles N`: how fast search answers a reader, in Chromium.
 *
 * Builds N articles (the real corpus when present, else the synthetic one, as `npm run bench`),
 * and Pagefind's default index of the same articles (Hugo pages + the Pagefind CLI, as
 * `npm run bench -- --compare`; without Hugo, the CLI over Kiosque's own article pages), serves
 * both on loopback, and prints:
 * - the median time from the last keystroke to the first result in the list, on a cold page
 *   (a fresh browser profile, /recherche/ loaded and idle, then the query typed) and warm (the
 *   same page, a new query typed);
 * - bytes of the index fetched per query (files under `pagefind/`), Kiosque against the default
 *   index: the same steps on both (load Pagefind, search, read the first page of results), cold
 *   (with the runtime and metadata) and for the query alone (index chunks and result fragments);
 *   the search page's own scripts are printed apart, beside the size of Pagefind's default UI.
 * Never a pass/fail on time: the machine may be shared; the load average is printed.
 *
 * Options: `--articles N` (default 10000), `--queries N` (default 15), `--corpus DIR` |
 * `--synthetic`, `--work DIR` (default /dev/shm or the temp folder), `--keep` (keep the work
 * folder), `--reuse` (measure the sites kept by an earlier `--keep` run of the same size, with
 * the current public/js copied in: for working on the search page's script), `--page-js DIR`
 * (with `--reuse`: copy the page scripts from DIR instead, to compare two versions).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from '../../src/build/index.ts';
import { prepareArchive } from '../../src/build/pipeline.ts';
import { PROJECT_ROOT } from '../../src/paths.ts';
import type { ArchiveArticle } from '../../src/model.ts';
import { serveStatic, type StaticServer } from '../../src/dev/static.ts';
import { launchBrowser } from '../lib/browser.ts';
import { siteBundles } from '../lib/bundles.ts';
import { readCommandLine, wholeNumber } from '../../src/cli/args.ts';
import { knownItemQuery, sampleBy, vocabulary } from '../eval/search-quality.ts';
import { articleText } from '../../src/text/article-text.ts';
import { chosenCorpus, prepareCorpus } from './corpus.ts';
import { median } from './figures.ts';
import { ensureHugo, writeHugoSite } from './hugo.ts';
import { siteOptions } from '../../src/build/options.ts';

interface Options {
  articles: number;
  queries: number;
  corpus?: string;
  work: string;
  keep: boolean;
  reuse: boolean;
  /** With `--reuse`: the page scripts to measure, instead of public/js (to compare two versions). */
  pageJs: string;
  /** Articles per shard of Kiosque's index (src/search/shards.ts); undefined: the build's default, 0: one index. */
  shardSize?: number;
}

/** Results read per query: the first page of the search page (public/js/search-core.js). */
const FIRST_PAGE = 10;
/** Time between two keystrokes: a quick typist. */
const KEY_DELAY_MS = 70;

const USAGE = 'usage: npm run bench:search -- [--articles N] [--queries N] [--corpus DIR | --synthetic] [--shard-size N] [--work DIR] [--keep] [--reuse [--page-js DIR]]';

function parseOptions(argv: string[]): Options {
  const { values } = readCommandLine(argv, {
    articles: { type: 'string', default: '10000' },
    queries: { type: 'string', default: '15' },
    corpus: { type: 'string' },
    synthetic: { type: 'boolean', default: false },
    work: { type: 'string', default: join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'kiosque-bench-search') },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    'page-js': { type: 'string', default: join(PROJECT_ROOT, 'public/js') },
    'shard-size': { type: 'string' },
  }, USAGE);
  const corpus = chosenCorpus(values);
  return {
    articles: wholeNumber('--articles', values.articles, 1, USAGE),
    queries: wholeNumber('--queries', values.queries, 1, USAGE),
    ...(corpus ? { corpus } : {}),
    work: resolve(values.work),
    keep: values.keep || values.reuse,
    reuse: values.reuse,
    pageJs: resolve(values['page-js']),
    ...(values['shard-size'] !== undefined ? { shardSize: wholeNumber('--shard-size', values['shard-size'], 0, USAGE) } : {}),
  };
}

/** Two or three rare words of sampled titles, as a reader would type them. */
export function benchQueries(articles: ArchiveArticle[], n: number): string[] {
  const sample = sampleBy(articles, (a) => a.url, n * 3, 'bench-search:');
  const vocab = vocabulary(sample.map((a) => ({ id: a.url, text: articleText(a) })));
  const df = (folded: string) => vocab.get(folded)?.articles.size ?? 0;
  return sample
    .map((a) => knownItemQuery(a.title, df).split(' ').slice(0, 2).join(' '))
    .filter((q) => q.length >= 6)
    .slice(0, n);
}

/** Pagefind's default index of the same articles: Hugo pages when Hugo is there, else Kiosque's article pages. */
function defaultIndex(content: string, kiosqueSite: string, work: string): { dir: string; how: string } {
  const pagefindCli = join(PROJECT_ROOT, 'node_modules/.bin/pagefind');
  const hugo = ensureHugo((line) => console.error(`· ${line}`));
  if (hugo) {
    const { archive } = prepareArchive(content, siteOptions());
    const site = join(work, 'hugo-site');
    const out = join(work, 'hugo-out');
    writeHugoSite(archive.articles, site);
    rmSync(out, { recursive: true, force: true });
    execFileSync('hugo', ['--quiet', '--source', site, '--destination', out, '--cacheDir', join(site, '.cache')], { stdio: 'inherit' });
    execFileSync(pagefindCli, ['--site', out, '--silent'], { stdio: 'inherit' });
    return { dir: out, how: `Hugo pages (${hugo.split(' ').slice(0, 2).join(' ')}) + Pagefind CLI defaults` };
  }
  const out = join(work, 'default-index');
  rmSync(out, { recursive: true, force: true });
  execFileSync(pagefindCli, ['--site', kiosqueSite, '--glob', 'articles/**/*.html', '--output-path', join(out, 'pagefind'), '--silent'], { stdio: 'inherit' });
  return { dir: out, how: 'Pagefind CLI defaults over Kiosque’s article pages (no Hugo)' };
}

/**
 * Counts the bytes of the index served (Pagefind's runtime, metadata, chunks and fragments:
 * files under `pagefind/`), from a chosen moment. The search page's own scripts are left out on
 * both sides (Kiosque's are printed apart; the default index's would be Pagefind's UI).
 */
function byteCounter() {
  let bytes = 0;
  return { onServe: (path: string, n: number) => { if (path.startsWith('/pagefind/')) bytes += n; }, reset: () => { bytes = 0; }, get bytes() { return bytes; } };
}

/** Bytes of the `files` of `dir` that exist. */
function sizeOf(dir: string, files: string[]): number {
  return files.reduce((n, f) => n + (existsSync(join(dir, f)) ? statSync(join(dir, f)).size : 0), 0);
}

/**
 * Cold bytes (runtime, metadata, chunks, fragments) and the query's own bytes (chunks and
 * fragments, Pagefind already loaded) of one query on one index, through Pagefind's JS API.
 */
async function bytesOfQuery(browser: Browser, server: StaticServer, counter: ReturnType<typeof byteCounter>, q: string, bundles?: string[]): Promise<{ cold: number; query: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    counter.reset();
    // Kiosque's index: every shard merged, as the search page does (`startPagefind`).
    const loaded = await page.evaluate(async ([base, shards]) => {
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      if (shards) {
        const core = await import(`${base}js/search-core.js`);
        await core.startPagefind(pagefind, shards);
      } else await pagefind.init();
      (window as unknown as { pf: unknown }).pf = pagefind;
      return true;
    }, [server.url, bundles ?? null] as const);
    const init = loaded ? counter.bytes : 0;
    counter.reset();
    await page.evaluate(async ([term, n]) => {
      const pagefind = (window as unknown as { pf: { search(t: string): Promise<{ results: { data(): Promise<unknown> }[] }> } }).pf;
      const { results } = await pagefind.search(term);
      await Promise.all(results.slice(0, n).map((r) => r.data()));
    }, [q, FIRST_PAGE] as const);
    return { cold: init + counter.bytes, query: counter.bytes };
  } finally {
    await context.close();
  }
}

/**
 * What the time from the last keystroke to the first result is made of, from the marks the
 * search page sets (public/js/search-page.js): waiting for the search running when the key was
 * hit, Pagefind's search (sent to its worker and back; `inWorker`: Pagefind's own timing of it),
 * then the first result's fragment and its rendering. NaN when the page set no marks.
 */
interface Breakdown { waiting: number; search: number; inWorker: number; firstShown: number }

/** Types `q` into the search box; returns ms from the last keystroke to the first result in the list, and their breakdown. */
async function typeAndTime(page: Page, q: string): Promise<{ ms: number; parts: Breakdown }> {
  await page.evaluate(() => {
    const w = window as unknown as { bench: { lastInput: number; renders: number[] } };
    w.bench = { lastInput: 0, renders: [] };
    // Capture on the window: heard before the page's own listener, which starts the search.
    window.addEventListener('input', () => { w.bench.lastInput = performance.now(); }, { capture: true });
    const list = document.getElementById('recherche-resultats')!;
    new MutationObserver(() => {
      if (list.querySelector('li')) w.bench.renders.push(performance.now());
    }).observe(list, { childList: true });
  });
  await page.locator('#recherche-q').pressSequentially(q, { delay: KEY_DELAY_MS });
  const asked = new RegExp(`pour «\u202f${q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\u202f»`);
  await page.locator('#recherche-statut').filter({ hasText: asked }).waitFor({ timeout: 60_000 });
  return page.evaluate(() => {
    const { lastInput, renders } = (window as unknown as { bench: { lastInput: number; renders: number[] } }).bench;
    const first = renders.find((t) => t >= lastInput);
    const marks = performance.getEntriesByType('mark') as PerformanceMark[];
    const shown = marks.find((m) => m.name === 'recherche:affichage' && m.startTime >= lastInput);
    // No named functions in here: the bundler's name helper does not exist in the page.
    let asked: PerformanceMark | undefined;
    let answered: PerformanceMark | undefined;
    for (const m of marks) {
      if (!shown || m.startTime > shown.startTime) continue;
      if (m.name === 'recherche:demande') asked = m;
      if (m.name === 'recherche:reponse') answered = m;
    }
    const timings = answered?.detail as { total?: number }[] | undefined;
    const inWorker = Array.isArray(timings) ? Math.max(...timings.map((t) => t.total ?? Number.NaN)) : Number.NaN;
    const parts = shown && asked && answered
      ? { waiting: asked.startTime - lastInput, search: answered.startTime - asked.startTime, inWorker, firstShown: shown.startTime - answered.startTime }
      : { waiting: Number.NaN, search: Number.NaN, inWorker: Number.NaN, firstShown: Number.NaN };
    return { ms: first === undefined ? Number.NaN : first - lastInput, parts };
  });
}

/** The medians of the parts of the time to the first result, on one line. */
function breakdownLine(parts: Breakdown[]): string {
  const m = (k: keyof Breakdown) => {
    const xs = parts.map((p) => p[k]).filter((x) => !Number.isNaN(x));
    return xs.length ? `${median(xs).toFixed(0)}` : '?';
  };
  return `waiting for the running search ${m('waiting')}, Pagefind search ${m('search')} (in its worker ${m('inWorker')}), first fragment and paint ${m('firstShown')} (medians, ms)`;
}

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  mkdirSync(opts.work, { recursive: true });
  console.log(`kiosque bench:search · ${opts.articles} articles · load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} · work folder ${opts.work}`);
  const site = join(opts.work, 'kiosque');
  const kept = join(opts.work, `kept-${opts.articles}.json`);
  let queries: string[];
  let reference: { dir: string; how: string };
  if (opts.reuse && existsSync(kept)) {
    ({ queries, reference } = JSON.parse(readFileSync(kept, 'utf8')) as { queries: string[]; reference: { dir: string; how: string } });
    queries = queries.slice(0, opts.queries);
    cpSync(opts.pageJs, join(site, 'js'), { recursive: true });
    console.log(`reusing the sites of an earlier run, with the page scripts of ${opts.pageJs}`);
  } else {
    const corpus = prepareCorpus({ articles: opts.articles, source: opts.corpus, seed: 1 }, opts.work, join(PROJECT_ROOT, 'content'));
    console.log(`corpus: ${corpus.description}`);
    rmSync(site, { recursive: true, force: true });
    const started = performance.now();
    const result = await build({
      content: corpus.dir, out: site, strict: false, search: true,
      site: siteOptions({ origin: 'http://127.0.0.1' }),
      ...(opts.shardSize !== undefined ? { searchIndex: { shardSize: opts.shardSize } } : {}),
    });
    if (!result.ok || !result.archive) throw new Error(`build failed: ${result.failure}`);
    console.log(`Kiosque built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    reference = defaultIndex(corpus.dir, site, opts.work);
    queries = benchQueries(result.archive.articles, opts.queries);
    writeFileSync(kept, JSON.stringify({ queries, reference }));
  }
  console.log(`default index: ${reference.how}`);
  const bundles = siteBundles(site);
  console.log(`Kiosque's index: ${bundles.length === 1 ? 'one bundle' : `${bundles.length} shards merged`}`);

  const kCounter = byteCounter();
  const dCounter = byteCounter();
  const kServer = await serveStatic(site, { onServe: kCounter.onServe });
  const dServer = await serveStatic(reference.dir, { onServe: dCounter.onServe });
  const browser = await launchBrowser();
  try {
    const cold: number[] = [];
    const warm: number[] = [];
    const coldParts: Breakdown[] = [];
    const warmParts: Breakdown[] = [];
    for (let i = 0; i < queries.length; i++) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${kServer.url}recherche/`, { waitUntil: 'networkidle' });
        const first = await typeAndTime(page, queries[i]!);
        cold.push(first.ms);
        coldParts.push(first.parts);
        await page.locator('#recherche-q').fill('');
        const second = await typeAndTime(page, queries[(i + 1) % queries.length]!);
        warm.push(second.ms);
        warmParts.push(second.parts);
      } finally {
        await context.close();
      }
    }
    const kBytes: { cold: number; query: number }[] = [];
    const dBytes: { cold: number; query: number }[] = [];
    for (const q of queries) {
      kBytes.push(await bytesOfQuery(browser, kServer, kCounter, q, bundles));
      dBytes.push(await bytesOfQuery(browser, dServer, dCounter, q));
    }
    const ms = (xs: number[]) => `${median(xs.filter((x) => !Number.isNaN(x))).toFixed(0)} ms`;
    const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    const ratio = (a: number, b: number) => `${((a / b) * 100).toFixed(0)} %`;
    const med = (xs: { cold: number; query: number }[], k: 'cold' | 'query') => median(xs.map((x) => x[k]));
    console.log(`queries: ${queries.length} (two rare title words each, typed at ${KEY_DELAY_MS} ms a key), e.g. ${queries.slice(0, 3).map((q) => `“${q}”`).join(', ')}`);
    console.log(`last keystroke → first result, cold page (new profile, /recherche/ loaded and idle): median ${ms(cold)} (min ${Math.min(...cold).toFixed(0)}, max ${Math.max(...cold).toFixed(0)})`);
    console.log(`  made of: ${breakdownLine(coldParts)}`);
    console.log(`last keystroke → first result, warm page (a second query on the same page): median ${ms(warm)} (min ${Math.min(...warm).toFixed(0)}, max ${Math.max(...warm).toFixed(0)})`);
    console.log(`  made of: ${breakdownLine(warmParts)}`);
    console.log(`bytes per query, cold (runtime + metadata + chunks + ${FIRST_PAGE} results): Kiosque ${kb(med(kBytes, 'cold'))}, default ${kb(med(dBytes, 'cold'))} (${ratio(med(kBytes, 'cold'), med(dBytes, 'cold'))})`);
    console.log(`bytes per query, Pagefind loaded (chunks + ${FIRST_PAGE} results): Kiosque ${kb(med(kBytes, 'query'))}, default ${kb(med(dBytes, 'query'))} (${ratio(med(kBytes, 'query'), med(dBytes, 'query'))})`);
    // The search page's own module and what it imports, against the files of Pagefind's default UI.
    const pageScripts = sizeOf(join(site, 'js'), ['search-page.js', 'search-core.js', 'fold-rules.js']);
    const defaultUi = sizeOf(join(reference.dir, 'pagefind'), ['pagefind-ui.js', 'pagefind-ui.css']);
    console.log(`search page scripts, outside the figures above (uncompressed): Kiosque ${kb(pageScripts)} (search-page.js, search-core.js, fold-rules.js); Pagefind's default UI ${kb(defaultUi)} (pagefind-ui.js and .css)`);
    console.log(`load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')} (shared machine: times vary with it)`);
    return 0;
  } finally {
    await browser.close();
    await kServer.close();
    await dServer.close();
    if (!opts.keep) rmSync(opts.work, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('search.ts')) main().then((code) => process.exit(code), (e: Error) => {
  console.error(`bench:search: ${e.stack ?? e.message}`);
  process.exit(2);
});
