/**
 * The two sites the end-to-end tests walk, built with their search index: the seed articles of
 * `content/` served at `/`, and a generated archive of a few hundred synthetic articles
 * (tools/bench/synthetic.ts, with the project's taxonomy and gazetteer) served under `/kiosque/`,
 * so every link must carry the base path.
 *
 * Each is built once per test run: the first test file that asks builds it into a temporary
 * folder keyed by the run (the `node --test` runner's pid) and by a fingerprint of the sources,
 * and the next test files of the run reuse it. Folders of finished runs are removed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { prepareCorpus } from '../../tools/bench/corpus.ts';
import { build } from '../../src/build/index.ts';
import { alive } from '../../src/build/output.ts';
import { PROJECT_ROOT } from '../../src/paths.ts';
import { listFiles } from './site.ts';
import type { Archive } from '../../src/model.ts';
import { siteOptions } from '../../src/build/options.ts';

/** Articles in the generated archive: enough for paginated topics and full years. */
export const FIXTURE_ARTICLES = 300;
const FIXTURE_SEED = 6;
const CACHE_PREFIX = 'kiosque-e2e-';

export interface FixtureSite {
  name: 'seeds' | 'fixture';
  /** The built site folder. */
  dir: string;
  /** `/` or `/kiosque/`. */
  basePath: string;
  /** What the build rendered, read back from JSON: URLs, titles and dates of every page. */
  archive: Archive;
  /** Site paths (without base path) of every HTML page, sorted: `/`, `/404.html`, `/articles/…/`. */
  pages: string[];
}

interface SiteSpec {
  name: FixtureSite['name'];
  basePath: string;
  /** Writes or finds the content folder to build. */
  content(): string;
}

const SPECS: Record<FixtureSite['name'], SiteSpec> = {
  seeds: { name: 'seeds', basePath: '/', content: () => join(PROJECT_ROOT, 'content') },
  fixture: {
    name: 'fixture',
    basePath: '/kiosque/',
    content: () => prepareCorpus({ articles: FIXTURE_ARTICLES, seed: FIXTURE_SEED }, join(cacheRoot(), 'corpus'), join(PROJECT_ROOT, 'content')).dir,
  },
};

/** Under `node --test` each test file is a child of the runner: its pid identifies the run. */
function runId(): number {
  return process.env.NODE_TEST_CONTEXT ? process.ppid : process.pid;
}

let root: string | undefined;
/** This run's cache folder; removes those of runs that have ended. */
function cacheRoot(): string {
  if (root) return root;
  for (const name of readdirSync(tmpdir())) {
    const pid = name.startsWith(CACHE_PREFIX) ? Number(name.slice(CACHE_PREFIX.length)) : NaN;
    if (Number.isInteger(pid) && pid !== runId() && !alive(pid)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
  root = join(tmpdir(), `${CACHE_PREFIX}${runId()}`);
  mkdirSync(root, { recursive: true });
  return root;
}

/** Changes when a source, template, asset or content file changes: a stale site is never reused. */
function sourceFingerprint(): string {
  const hash = createHash('sha1').update(`${FIXTURE_ARTICLES}/${FIXTURE_SEED}`);
  for (const top of ['src', 'templates', 'public', 'content', '.eleventy.ts', 'package-lock.json']) {
    const path = join(PROJECT_ROOT, top);
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory() ? listFiles(path).map((f) => join(path, f)) : [path];
    for (const f of files) {
      const s = statSync(f);
      hash.update(`${relative(PROJECT_ROOT, f)}:${s.size}:${s.mtimeMs}\n`);
    }
  }
  return hash.digest('hex').slice(0, 12);
}

/** Builds `spec` into the run's cache unless a test file of the same run already did. */
async function buildCached(spec: SiteSpec): Promise<FixtureSite> {
  const target = join(cacheRoot(), `${spec.name}-${sourceFingerprint()}`);
  if (!existsSync(join(target, 'archive.json'))) {
    const work = join(cacheRoot(), `${spec.name}.${process.pid}`);
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const result = await build({
      content: spec.content(),
      out: join(work, 'site'),
      site: siteOptions({ basePath: spec.basePath, origin: 'https://archives.example' }),
      strict: false,
      search: true,
    });
    if (!result.ok) throw new Error(`the ${spec.name} site did not build: ${result.failure}`);
    writeFileSync(join(work, 'archive.json'), JSON.stringify(result.archive));
    try {
      renameSync(work, target);
    } catch {
      // Another test process of this run finished first: keep its copy.
      rmSync(work, { recursive: true, force: true });
    }
  }
  const dir = join(target, 'site');
  const pages = listFiles(dir)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((f) => `/${f}`.replace(/(^|\/)index\.html$/, '$1'));
  if (!pages.includes('/') || !pages.includes('/404.html')) throw new Error(`the ${spec.name} site in ${dir} has no home or 404 page`);
  return { name: spec.name, dir, basePath: spec.basePath, archive: JSON.parse(readFileSync(join(target, 'archive.json'), 'utf8')) as Archive, pages };
}

/**
 * The longest word of the newest article's title: a query that finds at least that article.
 * @example searchWord(await fixtureArchive()) // e.g. 'vaccination'
 */
export function searchWord(site: FixtureSite): string {
  const title = site.archive.articles[0]!.title;
  const words = title.split(/[^\p{L}]+/u).filter((w) => w.length >= 6);
  if (words.length === 0) throw new Error(`no word of six letters or more to search for in « ${title} »`);
  return words.sort((a, b) => b.length - a.length)[0]!.toLowerCase();
}

const built = new Map<string, Promise<FixtureSite>>();
function once(name: FixtureSite['name']): Promise<FixtureSite> {
  if (!built.has(name)) built.set(name, buildCached(SPECS[name]));
  return built.get(name)!;
}

/**
 * The five seed articles of `content/`, built with search, served at `/`.
 * @example const site = await seedSite(); site.pages.length // 23
 */
export function seedSite(): Promise<FixtureSite> {
  return once('seeds');
}

/**
 * A generated archive of FIXTURE_ARTICLES synthetic French articles, built with search, served
 * under `/kiosque/`.
 * @example const site = await fixtureArchive(); site.archive.articles.length // 300
 */
export function fixtureArchive(): Promise<FixtureSite> {
  return once('fixture');
}
