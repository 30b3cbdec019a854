/**
 * The search index: one Pagefind record per article (./records.ts), French, in date-ordered
 * shards (./shards.ts): the newest shard in `<site>/pagefind/`, with Pagefind's scripts, the
 * others in `<site>/pagefind/<first month>/`; an archive of at most SHARD_SIZE articles is one
 * index in `<site>/pagefind/`. The search page merges the shards (public/js/search-core.js,
 * `startPagefind`). This is the single entry point of indexing; the build calls it on the
 * rendered temp folder, from its own process (src/build/search-process.ts).
 *
 * Each shard is indexed by its own Pagefind CLI process over its records written as files
 * (issue 13: the CLI costs about 25 % less CPU than the Node API), at most `jobs` processes at
 * once, in index chunks sized to its share of the archive (`chunkSize`). Its bundle is put in a
 * stable order (./stable.ts) so that it is byte-identical for the same input; then its sort
 * lists are offset so that the date sorts are exact across shards (`toArchive`), and
 * place-holder pages give its relevance scores the whole archive's page count and average
 * length (`toArchive`). The word list (« Essayez : ») and the source filter values are
 * computed over the whole archive.
 *
 * Reuse, for the build's cache. Each shard has a key: a hash of everything that goes into it
 * (what its records are made of, ./records.ts `recordInput`, archive-wide source filter
 * values included; Pagefind's version; the language; its chunk size; the code of src/search/,
 * src/text/ and the folding rules), computed without making the records. The bundle
 * lists the shards, keys and file digests in `pagefind/kiosque-shards.json` (SHARD_MANIFEST).
 * Pass `previous`: a folder holding the `pagefind/` folder an earlier `indexSite` wrote (the
 * previous site itself, or a cache folder into which its `pagefind/` folder was copied). A
 * shard whose key is in that manifest is copied from there, once its files match the digest,
 * instead of indexed. Its files are hard-linked, so `previous` must never be written into
 * afterwards, only replaced or removed whole (as the build does with its previous site).
 * Anything missing, different or unreadable is indexed again: a stale or
 * corrupt `previous` costs time, never a wrong index, and the output is byte-identical with
 * or without it. `result.shards` says which shards were copied. With `cache`, the build's cache
 * folder, the records and the word stats of each shard are kept there (./record-cache.ts).
 * `KIOSQUE_SEARCH_TRACE=<file>` writes a timeline of indexing to that file (./trace.ts).
 * @example await indexSite('_site.tmp', archive, { previous: '_site', jobs: 4 }) // copies what did not change
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:process';
import { gunzipSync } from 'node:zlib';
import { articleRecord, recordInput, type SearchRecord, type RecordSource } from './records.ts';
import { keepWordStats, keptWordStats, pruneShards, shardRecords } from './record-cache.ts';
import { mainShard, partitionShards, shardFolder, SHARD_SIZE, UNDATED_SHARD, type Shard } from './shards.ts';
import { sourceFilterValues } from '../reference/sources.ts';
import { fromArchive, pageTotals, sortCounts, stabiliseBundle, toArchive, type BundleFiles } from './stable.ts';
import { rankWords, wordSpellings, wordStats, wordStatsMerger, writeWordList, type WordStats } from './words.ts';
import { lexiconFiles, writeLexicon } from './lexicon.ts';
import { trace } from './trace.ts';

/** What the index holds for one article. */
export interface IndexedPage {
  /** Site-relative URL, as in the archive. */
  url: string;
  /** 1 when Pagefind indexed words of the article, 0 when it cannot be found. */
  words: number;
}

export interface SearchIndexResult {
  /** Articles with at least one indexed word. */
  pagesIndexed: number;
  pages: IndexedPage[];
  errors: string[];
  /** Each shard, oldest first: its name, articles, and whether it was copied from `previous`. */
  shards: { name: string; articles: number; reused: boolean }[];
}

export interface IndexOptions {
  /** Pagefind processes at once (default: the machine's available parallelism). */
  jobs?: number;
  /** Articles per shard, at most about (./shards.ts, default SHARD_SIZE). */
  shardSize?: number;
  /**
   * A folder holding the `pagefind/` folder of an earlier `indexSite` (a previous site, or a
   * cache folder holding a copy of it): shards whose key did not change are copied from it.
   */
  previous?: string;
  /**
   * The build's cache folder: the records of each shard indexed are kept there, and a shard
   * indexed again takes the records of its unchanged articles from it (./record-cache.ts).
   */
  cache?: string;
  /**
   * A folder outside the site for the records written for Pagefind and the bundles it writes,
   * left for the caller to remove (the build does it in the background, after the swap: 10,000
   * articles' files took about a second of CPU to remove). Default: a folder in the site,
   * removed before `indexSite` returns.
   */
  scratch?: string;
}

/** The manifest of the shards, in the main bundle folder. */
export const SHARD_MANIFEST = 'kiosque-shards.json';

/** Index language: every record is French. */
const LANGUAGE = 'fr';

/**
 * Pagefind's ready-made interfaces, which the search page does not use: the Default UI renders
 * filter values as raw HTML (PITFALLS, "Pagefind 1.5"), so they are not published at all.
 * `pagefind-highlight.js` stays: article pages opened from a result load it (js/kiosque.js).
 */
const UNUSED_FILES = /^pagefind-(?:ui|modular-ui|component-ui)\.(?:js|css)$/;

/** Files of a shard's own index; the other files of a bundle are Pagefind's scripts. */
const SHARD_FILE = /^(?:pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|(?:index|filter|fragment)\/[^/]+)$/;

/** The metadata files of a bundle (entry and `pf_meta`), the ones the shards' merge rewrites. */
const isMeta = (path: string) => !path.includes('/');

interface ManifestShard {
  name: string;
  key: string;
  /** Site-relative folder of its bundle (`pagefind/` or `pagefind/<name>/`). */
  folder: string;
  /** Hash of its files, sort offsets taken out (`digestOf`). */
  digest: string;
  /** URLs of its articles that have no indexed word (usually none). */
  unsearchable: string[];
}

interface Manifest {
  pagefind: string;
  shards: ManifestShard[];
}

/** A shard whose index files are written: its metadata (sort offsets out), digest, what the build reports. */
interface ShardIndex {
  meta: BundleFiles;
  digest: string;
  unsearchable: string[];
  reused: boolean;
}

let pagefindBinary: { path: string; version: string } | undefined;
/**
 * Pagefind's binary, found as its npm package finds it (`PAGEFIND_BINARY_PATH`, else the
 * platform package), and its version (`pagefind_extended 1.5.2`).
 */
function binary(): { path: string; version: string } {
  if (!pagefindBinary) {
    const os = platform === 'win32' ? 'windows' : platform;
    const exe = platform === 'win32' ? '.exe' : '';
    const path = process.env.PAGEFIND_EXTENDED_BINARY_PATH ?? process.env.PAGEFIND_BINARY_PATH
      ?? createRequire(import.meta.resolve('pagefind')).resolve(`@pagefind/${os}-${arch}/bin/pagefind_extended${exe}`);
    pagefindBinary = { path, version: execFileSync(path, ['--version'], { encoding: 'utf8' }).trim() };
  }
  return pagefindBinary;
}

/** The path of Pagefind's binary that indexing runs. */
export const pagefindPath = (): string => binary().path;

const sha256 = () => createHash('sha256');

let codeHash: string | undefined;
/**
 * Hash of the code that makes records and bundles: src/search/ and src/text/ (records are
 * typeset and folded by them) and the folding rules shared with the search page.
 */
function indexingCode(): string {
  if (!codeHash) {
    const hash = sha256();
    const dirs = [new URL('./', import.meta.url), new URL('../text/', import.meta.url)];
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) hash.update(`${name}\0`).update(readFileSync(new URL(name, dir)));
    }
    codeHash = hash.update(readFileSync(new URL('../../public/js/fold-rules.js', import.meta.url))).digest('hex');
  }
  return codeHash;
}

/**
 * The key of a shard: a hash of everything its bundle is made from: its records' inputs
 * (./records.ts, `recordInput`), Pagefind's version, the language, the chunk size and the code.
 * @example shardKey([recordInput(article)], 'pagefind_extended 1.5.2', 5000) // 'a1b2…'
 */
export function shardKey(inputs: readonly string[], pagefindVersion: string, chunkSize = 0, code = indexingCode()): string {
  const hash = sha256().update(`kiosque-shard 2\0${pagefindVersion}\0${LANGUAGE}\0${chunkSize}\0${code}\0`);
  for (const input of inputs) hash.update(`${Buffer.byteLength(input)}\0`).update(input);
  return hash.digest('hex');
}

/**
 * Hash of a shard's files: their paths in order with their sizes, and the bytes of its metadata
 * files. Pagefind names its other files (index chunks, filters, fragments) after their content,
 * so the paths and sizes tell them, and a copied shard's need not be read (only listed).
 */
function digestOf(files: ReadonlyMap<string, Buffer | number>): string {
  const hash = sha256();
  for (const path of [...files.keys()].sort()) {
    const file = files.get(path)!;
    hash.update(`${path}\0${typeof file === 'number' ? file : file.length}\0`);
    if (isMeta(path)) hash.update(file as Buffer);
  }
  return hash.digest('hex');
}

/**
 * What `read` gives of every file under `dir`, by path relative to it (`/` separators), in name
 * order; `skipDirs` are not entered.
 */
function treeUnder<T>(dir: string, read: (path: string, stat: Stats) => T, skipDirs: (rel: string) => boolean = () => false): Map<string, T> {
  const files = new Map<string, T>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const rel = relative(dir, path).split(sep).join('/');
      const stat = statSync(path);
      if (stat.isDirectory()) {
        if (!skipDirs(rel)) walk(path);
      } else files.set(rel, read(path, stat));
    }
  };
  walk(dir);
  return files;
}

/** Every file under `dir` by path relative to it, with its bytes; `skipDirs` are not entered. */
const readTree = (dir: string, skipDirs?: (rel: string) => boolean): BundleFiles => treeUnder(dir, (path) => readFileSync(path), skipDirs);

/** The size of every file under `dir`, by path relative to it; `skipDirs` are not entered. */
const sizesUnder = (dir: string, skipDirs: (rel: string) => boolean): Map<string, number> => treeUnder(dir, (_, stat) => stat.size, skipDirs);

/** Writes `files` into `dir`, refusing any path outside it. */
function writeFiles(dir: string, files: BundleFiles): void {
  const base = normalize(dir).replace(/[\\/]+$/, '');
  for (const [path, content] of files) {
    const target = normalize(join(base, path));
    if (!target.startsWith(base + sep)) throw new Error(`Pagefind bundle: ${path} is outside the bundle folder`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

/** URLs of the pages of a bundle without an indexed word, from its fragments. */
function unsearchableOf(files: BundleFiles, urls: readonly string[]): string[] {
  const words = new Map<string, number>();
  for (const [path, content] of files) {
    if (!path.startsWith('fragment/')) continue;
    const text = gunzipSync(content).toString('utf8');
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; word_count: number };
    words.set(fragment.url, fragment.word_count);
  }
  return urls.filter((u) => !((words.get(u) ?? 0) > 0));
}

/**
 * Pagefind's size of an index chunk (the word postings of a range of words that a query
 * fetches whole): 20,000 word locations, Pagefind's default.
 */
const PAGEFIND_CHUNK = 20000;

/**
 * The chunk size of a shard of `articles` articles in an archive of `total` (0: Pagefind's
 * default, for an archive in one shard). A query fetches a chunk from every shard, so a
 * shard's chunks are made smaller in proportion to its share of the archive: together about
 * one chunk of one index, and about the same bytes per query. The share is taken of `total`
 * rounded up to a power of two, so that it changes (and with it every shard's key) only when
 * the archive doubles, never on a daily rebuild; the bytes per query are then at most one
 * index's, at least half of it.
 * @example chunkSize(2500, 10000) // 20000 * 2500 / 16384 = 3052
 */
export function chunkSize(articles: number, total: number): number {
  if (articles >= total) return 0;
  const rounded = 2 ** Math.ceil(Math.log2(total));
  return Math.max(500, Math.round((PAGEFIND_CHUNK * articles) / rounded));
}

/**
 * How Pagefind's allocator (jemalloc, statically linked; read from `_RJEM_MALLOC_CONF`) is set
 * up, unless the environment sets it: memory in huge pages, never handed back to the system
 * before the process ends. Indexing a shard of 1,624 real articles took 100,000 page faults and
 * 5.6 s of CPU (2.2 of it in the kernel: the faults, and purging freed pages); with huge pages
 * 4,000 faults, and 2.3-2.6 s of CPU without purging. The output is the same (the bundle is
 * stabilised anyway: `stabiliseBundle`); the peak memory of the process grows by about 15 %. On
 * a system whose transparent huge pages are off, the setting changes nothing.
 */
export const PAGEFIND_MALLOC_CONF = 'thp:always,metadata_thp:always,dirty_decay_ms:-1,muzzy_decay_ms:-1';

/**
 * The environment of a Pagefind process: this one's, with `chunk` as its index chunk size when
 * not 0, and its allocator set up (PAGEFIND_MALLOC_CONF) unless this environment does.
 * @example pagefindEnv(3052, {}) // { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '3052', _RJEM_MALLOC_CONF: PAGEFIND_MALLOC_CONF }
 */
export function pagefindEnv(chunk: number, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { _RJEM_MALLOC_CONF: PAGEFIND_MALLOC_CONF, ...env, ...(chunk ? { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(chunk) } : {}) };
}

/** Runs Pagefind's CLI (with `chunk` as its index chunk size when not 0); resolves with its error output when it fails. */
function runPagefind(args: string[], chunk: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const env = pagefindEnv(chunk);
    const child = spawn(binary().path, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e) => resolve(e.message));
    child.on('close', (code) => resolve(code === 0 ? undefined : `Pagefind exited with code ${code}: ${stderr.trim()}`));
  });
}

/**
 * Writes a shard's records as files at their URL (`<url>index.html`, which Pagefind's CLI maps
 * back to the URL) under `dir`.
 */
function writeRecords(records: readonly SearchRecord[], dir: string): void {
  for (const r of records) {
    const file = normalize(join(dir, r.url, 'index.html'));
    if (!file.startsWith(dir + sep)) throw new Error(`${r.url}: URL outside the site`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, r.html);
  }
}

/**
 * Indexes the records written under `<work>/records` with Pagefind's CLI into `<work>/bundle`,
 * in index chunks of `chunk` (./index.ts, `chunkSize`).
 * Returns the shard's files and Pagefind's scripts, stabilised.
 */
async function indexShard(work: string, chunk: number): Promise<{ shard: BundleFiles; scripts: BundleFiles } | { error: string }> {
  const out = join(work, 'bundle');
  const error = await runPagefind(['--site', join(work, 'records'), '--output-path', out, '--force-language', LANGUAGE, '--silent'], chunk);
  if (error) return { error };
  const files = readTree(out);
  for (const path of files.keys()) if (UNUSED_FILES.test(path)) files.delete(path);
  stabiliseBundle(files);
  const shard: BundleFiles = new Map();
  const scripts: BundleFiles = new Map();
  for (const [path, content] of files) (SHARD_FILE.test(path) ? shard : scripts).set(path, content);
  return { shard, scripts };
}

/**
 * Writes a shard's index files but its metadata into its folder, and returns what is kept in
 * memory until every shard is done: its metadata, digest and unsearchable pages. A shard copied
 * from a previous bundle gives that bundle's folder, the paths of its index files and its digest
 * (`from`), and only its metadata in `files`: its index files are hard-linked from there (they
 * are the same bytes; the previous site is only ever replaced whole), or copied where links
 * cannot be made.
 */
function placeShard(files: BundleFiles, folder: string, unsearchable: string[], from?: { folder: string; paths: readonly string[]; digest: string }): ShardIndex {
  const meta: BundleFiles = new Map();
  const rest: BundleFiles = new Map();
  for (const [path, content] of files) (isMeta(path) ? meta : rest).set(path, content);
  if (from) linkFiles(from.folder, folder, from.paths);
  writeFiles(folder, rest);
  return { meta, digest: from?.digest ?? digestOf(files), unsearchable, reused: from !== undefined };
}

/** Hard-links the files `paths` of folder `from` into `dir`; copies those that cannot be linked. */
function linkFiles(from: string, dir: string, paths: readonly string[]): void {
  const made = new Set<string>();
  for (const path of paths) {
    const target = join(dir, path);
    if (!made.has(dirname(target))) mkdirSync(dirname(target), { recursive: true });
    made.add(dirname(target));
    try {
      linkSync(join(from, path), target);
    } catch {
      copyFileSync(join(from, path), target);
    }
  }
}

/** The manifest of `previous`, when there is a readable one of this Pagefind version. */
function previousManifest(previous: string | undefined, version: string): Manifest | undefined {
  if (!previous) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(join(previous, 'pagefind', SHARD_MANIFEST), 'utf8')) as Manifest;
    return manifest.pagefind === version && Array.isArray(manifest.shards) ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A shard of `previous` when its files are there and match the manifest's digest: its metadata
 * (read, the archive's place-holders taken out) and the paths of its other files (listed, not
 * read: a file missing, added or of another size is told, one changed in place to the same
 * size is not, as for the pages a rebuild links: src/build/page-reuse.ts).
 */
function reusedShard(previous: string, entry: ManifestShard): { meta: BundleFiles; paths: string[]; folder: string; unsearchable: string[] } | undefined {
  try {
    const folder = normalize(join(previous, entry.folder));
    if (!folder.startsWith(normalize(join(previous, 'pagefind')))) return undefined;
    // The main bundle's folder also holds the other shards' folders and Pagefind's scripts.
    const sizes = sizesUnder(folder, (rel) => !/^(?:index|filter|fragment)$/.test(rel));
    for (const path of sizes.keys()) if (!SHARD_FILE.test(path)) sizes.delete(path);
    const meta: BundleFiles = new Map([...sizes.keys()].filter(isMeta).map((path) => [path, readFileSync(join(folder, path))]));
    fromArchive(meta);
    const paths = [...sizes.keys()].filter((path) => !isMeta(path));
    if (digestOf(new Map<string, Buffer | number>([...meta, ...paths.map((path): [string, number] => [path, sizes.get(path)!])])) !== entry.digest) return undefined;
    return { meta, paths, folder, unsearchable: entry.unsearchable.filter((u) => typeof u === 'string') };
  } catch {
    return undefined;
  }
}

/** Pagefind's scripts from the main bundle of `previous`. */
function previousScripts(previous: string): BundleFiles | undefined {
  try {
    const files = readTree(join(previous, 'pagefind'), () => true);
    for (const path of files.keys()) if (SHARD_FILE.test(path) || path === SHARD_MANIFEST || UNUSED_FILES.test(path)) files.delete(path);
    return files.has('pagefind.js') && files.has('pagefind-worker.js') ? files : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sort offsets of each shard (./stable.ts, `toArchive`): for each sort key, the pages of the
 * shards whose values sort before this shard's. Dated shards are in key order, oldest first;
 * the undated shard's values (`0000` for `recent`, `9999` for `ancien`: ./records.ts) sort
 * before every dated one for `recent`, after for `ancien`.
 */
function sortOffsets(shards: readonly Shard[], counts: readonly Record<string, number>[]): Record<string, number>[] {
  const undated = shards.findIndex((s) => s.name === UNDATED_SHARD);
  const names = [...new Set(counts.flatMap((c) => Object.keys(c)))];
  return shards.map((shard, i) => Object.fromEntries(names.map((name) => {
    const undatedFirst = name === 'recent';
    let before = 0;
    shards.forEach((other, j) => {
      if (other === shard) return;
      const otherBefore = j === undated ? undatedFirst : i === undated ? !undatedFirst : j < i;
      if (otherBefore) before += counts[j]![name] ?? 0;
    });
    return [name, before];
  })));
}

/**
 * The word stats of a shard's articles (./words.ts): those kept in the cache folder under its key,
 * else made and kept there.
 */
function shardWordStats(cache: string, shard: Shard, key: string, textOf: (shard: Shard) => RecordSource[]): WordStats {
  const kept = keptWordStats(cache, shard.name, key);
  if (kept) return kept;
  const stats = wordStats(textOf(shard));
  keepWordStats(cache, shard.name, key, stats);
  return stats;
}

/**
 * Indexes every article of the archive into `<siteDir>/pagefind/`, in shards, reusing the
 * shards of `options.previous` that did not change (see the module comment).
 * @example const { pages } = await indexSite('_site.tmp', archive); // pages[0].words > 0
 */
export async function indexSite(siteDir: string, archive: { articles: readonly RecordSource[]; withText?: (positions: readonly number[]) => RecordSource[] }, options: IndexOptions = {}): Promise<SearchIndexResult> {
  const articles: readonly RecordSource[] = archive.articles;
  // Articles with their text: read (`withText`) only for the shards that are indexed.
  const textOf = (shard: Shard): RecordSource[] => (archive.withText ? archive.withText(shard.articles) : shard.articles.map((n) => articles[n]!));
  const allText = () => (archive.withText ? archive.withText(articles.map((_, n) => n)) : articles);
  trace('indexSite', `${articles.length} articles`);
  const { version } = binary();
  const shards = partitionShards(articles, options.shardSize ?? SHARD_SIZE);
  const sourceValues = sourceFilterValues(articles.flatMap((a) => (a.source ? [a.source] : [])));
  const manifest = previousManifest(options.previous, version);
  trace('shards and manifest', shards.map((s) => `${s.name}:${s.articles.length}`).join(' '));
  const work = options.scratch ?? join(siteDir, '.kiosque-records');
  // Whatever an indexing process killed before this one left there.
  rmSync(work, { recursive: true, force: true });
  const errors: string[] = [];
  const indexes: (ShardIndex | undefined)[] = shards.map(() => undefined);
  const keys: string[] = [];
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  let scripts: BundleFiles | undefined;
  /** The word list, its spellings (./words.ts) and the lexicon (./lexicon.ts) of word stats. */
  const wordFiles = (stats: WordStats) => {
    const listed = rankWords(stats);
    return { listed, spellings: wordSpellings(stats, listed), lexicon: lexiconFiles(stats) };
  };
  /** Those of the archive, made from the shards' stats while Pagefind indexes. */
  let words: ReturnType<typeof wordFiles> | undefined;
  /** Writes them; when indexing failed before every shard's stats were added, made from every article's text. */
  const writeWords = (): void => {
    const { listed, spellings, lexicon } = words ?? wordFiles(wordStats(allText()));
    writeWordList(siteDir, listed, spellings);
    writeLexicon(siteDir, lexicon);
  };
  /** Where a shard's files go in the site. */
  const folderOf = (shard: Shard) => normalize(join(siteDir, shardFolder(shards, shard)));
  /** Indexes the records written in `<work>/<n>`; the shard's files go to `folder`. */
  const index = async (n: string, shard: Shard, folder: string, urls: string[]): Promise<ShardIndex | undefined> => {
    trace('pagefind start', shard.name);
    const made = await indexShard(join(work, n), chunkSize(shard.articles.length, articles.length));
    trace('pagefind end (stabilised)', shard.name);
    if (!options.scratch) rmSync(join(work, n), { recursive: true, force: true });
    if ('error' in made) {
      errors.push(`${shard.name}: ${made.error}`);
      return undefined;
    }
    scripts ??= made.scripts;
    // The fragments tell which pages have no word (or none at all); the metadata whether there are any.
    const totals = pageTotals(made.shard);
    const placed = placeShard(made.shard, folder, totals.empty > 0 || totals.pages !== urls.length ? unsearchableOf(made.shard, urls) : []);
    trace('placed', shard.name);
    return placed;
  };
  try {
    // One shard at a time: its key is computed, then its records are made and written as files
    // for a Pagefind process (at most `jobs` at once), or, when the previous build had its key,
    // it is copied from `previous` once every shard to index has started (on a rebuild the
    // newest shard is the last one: Pagefind starts on it without waiting for the copies). Only
    // the records of the shard at hand are in memory, the next are made while Pagefind indexes.
    const running = new Set<Promise<void>>();
    const inputsOf = (shard: Shard) => shard.articles.map((n) => recordInput(articles[n]!, sourceValues));
    /** Makes shard `i`'s records (those of unchanged articles from the cache) and starts its Pagefind. */
    const indexAnew = async (i: number, inputs = inputsOf(shards[i]!)) => {
      const shard = shards[i]!;
      const kept = options.cache ? shardRecords(options.cache, shard.name, indexingCode()) : undefined;
      trace('records start', shard.name);
      const texts = textOf(shard);
      const records = shard.articles.map((n, j): SearchRecord => {
        const article = texts[j]!;
        return kept ? { url: article.url, html: kept.record(inputs[j]!, () => articleRecord(article, sourceValues).html) } : articleRecord(article, sourceValues);
      });
      trace('records made', shard.name);
      // Its word stats while its text is at hand (with a cache, kept there under its key).
      merger.add(options.cache ? shardWordStats(options.cache, shard, keys[i]!, () => texts) : wordStats(texts), shard.articles);
      merged[i] = true;
      kept?.save();
      writeRecords(records, join(work, String(i), 'records'));
      trace('records written', shard.name);
      const urls = records.map((r) => r.url);
      while (running.size >= jobs) await Promise.race(running);
      const task: Promise<void> = index(String(i), shard, folderOf(shard), urls).then((made) => {
        indexes[i] = made;
      }).finally(() => running.delete(task));
      running.add(task);
    };
    const copies: [number, ManifestShard][] = [];
    /** The archive's word stats (./words.ts), each shard's added as its records are made. */
    const merger = wordStatsMerger();
    const merged: boolean[] = shards.map(() => false);
    for (const [i, shard] of shards.entries()) {
      const inputs = inputsOf(shard);
      keys.push(shardKey(inputs, version, chunkSize(shard.articles.length, articles.length)));
      trace('key', shard.name);
      const known = options.previous ? manifest?.shards.find((s) => s.key === keys[i]) : undefined;
      if (known) copies.push([i, known]);
      else await indexAnew(i, inputs);
    }
    for (const [i, known] of copies) {
      const reused = reusedShard(options.previous!, known);
      if (reused) indexes[i] = placeShard(reused.meta, folderOf(shards[i]!), reused.unsearchable, { folder: reused.folder, paths: reused.paths, digest: known.digest });
      else await indexAnew(i);
      trace('copied', shards[i]!.name);
    }
    // Made while Pagefind indexes, rather than after, from each shard's word stats: those of a
    // copied shard are kept in the cache by its key, so only the shards indexed again have
    // their text read.
    for (const [i, shard] of shards.entries()) {
      if (!merged[i]) merger.add(options.cache ? shardWordStats(options.cache, shard, keys[i]!, textOf) : wordStats(textOf(shard)), shard.articles);
    }
    words = wordFiles(merger.stats);
    trace('words');
    if (options.cache) pruneShards(options.cache, shards.map((s) => s.name));
    await Promise.all(running);
    trace('all pagefind done');
    // Every shard copied: Pagefind's scripts from `previous`, else from indexing the main shard again.
    if (!scripts && shards.length > 0 && errors.length === 0) {
      scripts = options.previous ? previousScripts(options.previous) : undefined;
      if (!scripts) {
        const main = mainShard(shards)!;
        writeRecords(textOf(main).map((a) => articleRecord(a, sourceValues)), join(work, 'scripts', 'records'));
        const made = await indexShard(join(work, 'scripts'), 0);
        if ('error' in made) errors.push(made.error);
        else scripts = made.scripts;
      }
    }
  } finally {
    if (!options.scratch) rmSync(work, { recursive: true, force: true });
  }
  if (errors.length > 0 || shards.length === 0) {
    writeWords();
    return { pagesIndexed: 0, pages: articles.map((a) => ({ url: a.url, words: 0 })), errors, shards: [] };
  }
  const ready = indexes as ShardIndex[];
  const offsets = sortOffsets(shards, ready.map((s) => sortCounts(s.meta)));
  const totals = ready.map((s) => pageTotals(s.meta));
  const archiveTotals = { pages: totals.reduce((n, t) => n + t.pages, 0), words: totals.reduce((n, t) => n + t.words, 0) };
  const root = join(siteDir, 'pagefind');
  shards.forEach((shard, i) => {
    const files = new Map(ready[i]!.meta);
    toArchive(files, offsets[i]!, { pages: archiveTotals.pages - totals[i]!.pages, words: archiveTotals.words - totals[i]!.words });
    writeFiles(folderOf(shard), files);
  });
  if (scripts) writeFiles(root, scripts);
  const written: Manifest = {
    pagefind: version,
    shards: shards.map((shard, i) => ({ name: shard.name, key: keys[i]!, folder: shardFolder(shards, shard), digest: ready[i]!.digest, unsearchable: ready[i]!.unsearchable })),
  };
  writeFileSync(join(root, SHARD_MANIFEST), `${JSON.stringify(written, null, 1)}\n`);
  trace('metadata written');
  writeWords();
  const unsearchable = new Set(ready.flatMap((s) => s.unsearchable));
  const pages = articles.map((a) => ({ url: a.url, words: unsearchable.has(a.url) ? 0 : 1 }));
  return {
    pagesIndexed: pages.filter((p) => p.words > 0).length,
    pages,
    errors,
    shards: shards.map((s, i) => ({ name: s.name, articles: s.articles.length, reused: ready[i]!.reused })),
  };
}
