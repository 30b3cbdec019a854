/**
 * `npm run search:eval`: measures search quality in real Chromium on a site built from the seeds
 * plus a deterministic sample of the OrangeSum corpus (when /work/shared/corpus/orangesum or
 * `--corpus DIR` is present). Everything is built in a temp folder outside the repository.
 *
 * Prints three figures:
 * - seed queries (tests/fixtures/search-queries.json): recall, must be 1.0;
 * - completeness: for a sample of words, the share of (word, article containing it after
 *   folding case, accents and elisions) pairs that the search finds, and the share of words
 *   whose articles are all found;
 * - known items: the share of sampled articles found first (top 1) and in the top 3 for three
 *   or four rare words of their title, side by side with Pagefind's default index of the same
 *   articles as Hugo pages (tools/bench/hugo.ts; when Hugo is available), on two samples: the
 *   tuning sample (looked at while tuning the ranking) and a held-out sample (never looked at).
 * Exit code 1 when a figure is under its target (1.0, 0.99, 0.95), or when Kiosque's top 1 is
 * under the default index's on the held-out sample.
 *
 * - whole words first: for one-word queries that also start other, longer words (`pen`,
 *   `pensait`), the precision of the first results (up to 10): the share holding the word or
 *   one of its forms (the same stem for Pagefind's stemmer, Snowball's French one, here from
 *   `snowball-stemmers`), on a tuning and a held-out sample, side by side with the default index.
 * Options: `--sample N|all` corpus articles (default 2000), `--words N` (default 500),
 * `--titles N` (default 400), `--prefixes N` (default 150 per sample), `--corpus DIR`, `--keep`
 * (keep the temp folder), `--ranking JSON` (Pagefind ranking weights to try instead of the
 * search page's, e.g. `{"termSimilarity":4}`).
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import snowball from 'snowball-stemmers';
import { sameWord } from '../../public/js/search-core.js';
import { build } from '../../src/build/index.ts';
import { PROJECT_ROOT } from '../../src/paths.ts';
import { ensureHugo, writeHugoSite } from '../bench/hugo.ts';
import type { ArchiveArticle } from '../../src/model.ts';
import { serveStatic } from '../../src/dev/static.ts';
import { launchBrowser } from '../lib/browser.ts';
import { siteBundles } from '../lib/bundles.ts';
import { DEFAULT_CORPUS } from '../bench/corpus.ts';
import { readCommandLine, wholeNumber } from '../../src/cli/args.ts';
import { knownItemQuery, precisionAtK, prefixQueries, sampleBy, sampleWords, stableHash, vocabulary, type PrefixQuery } from './search-quality.ts';
import { articleText } from '../../src/text/article-text.ts';
import { siteOptions } from '../../src/build/options.ts';

const TARGETS = { seeds: 1, completeness: 0.99, knownItem: 0.95 };

interface Options {
  sample: number;
  words: number;
  titles: number;
  prefixes: number;
  /** Pagefind ranking weights tried instead of the search page's. */
  ranking?: Record<string, number>;
  corpus: string;
  keep: boolean;
  /** Articles per shard of the index (src/search/shards.ts); undefined: the build's default, 0: one index. */
  shardSize?: number;
}

interface SeedQuery {
  q: string;
  expected: string[];
}

const USAGE = 'usage: npm run search:eval -- [--sample N|all] [--words N] [--titles N] [--prefixes N] [--corpus DIR] [--shard-size N] [--ranking JSON] [--keep]';

function parseOptions(argv: string[]): Options {
  const { values } = readCommandLine(argv, {
    sample: { type: 'string', default: '2000' },
    words: { type: 'string', default: '500' },
    titles: { type: 'string', default: '400' },
    prefixes: { type: 'string', default: '150' },
    ranking: { type: 'string' },
    corpus: { type: 'string', default: DEFAULT_CORPUS },
    keep: { type: 'boolean', default: false },
    'shard-size': { type: 'string' },
  }, USAGE);
  return {
    sample: values.sample === 'all' ? Infinity : wholeNumber('--sample', values.sample, 1, USAGE),
    words: wholeNumber('--words', values.words, 1, USAGE),
    titles: wholeNumber('--titles', values.titles, 1, USAGE),
    prefixes: wholeNumber('--prefixes', values.prefixes, 1, USAGE),
    ...(values.ranking !== undefined ? { ranking: JSON.parse(values.ranking) as Record<string, number> } : {}),
    corpus: values.corpus,
    keep: values.keep,
    ...(values['shard-size'] !== undefined ? { shardSize: wholeNumber('--shard-size', values['shard-size'], 0, USAGE) } : {}),
  };
}

/** Hard link when the file system allows it, else a copy: the content folder is never a link farm. */
function place(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Seeds and taxonomy from content/, then the corpus sample (txt or md by a hash of the id). */
function prepareContent(dir: string, opts: Options): number {
  mkdirSync(dir, { recursive: true });
  const seeds = join(PROJECT_ROOT, 'content');
  for (const name of readdirSync(seeds)) place(join(seeds, name), join(dir, name));
  const manifest = join(opts.corpus, 'manifest.jsonl');
  if (!existsSync(manifest)) return 0;
  const entries = readFileSync(manifest, 'utf8').split('\n').filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; file_txt: string; file_md: string });
  const chosen = sampleBy(entries, (e) => e.id, opts.sample, 'article:');
  mkdirSync(join(dir, 'orangesum'));
  for (const e of chosen) {
    const file = stableHash(e.id) % 2 === 0 ? e.file_txt : e.file_md;
    place(join(opts.corpus, file), join(dir, 'orangesum', basename(file)));
  }
  return chosen.length;
}

/** Pagefind result ids (fragment file names) to article URLs, over every shard's bundle. */
function fragmentUrls(siteDir: string): Map<string, string> {
  const urls = new Map<string, string>();
  const root = join(siteDir, 'pagefind');
  const dirs = [join(root, 'fragment'), ...readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'fragment'))).map((d) => join(root, d.name, 'fragment'))];
  for (const dir of dirs.filter((d) => existsSync(d))) {
    for (const name of readdirSync(dir)) {
      const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      const json = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
      urls.set(name.replace(/\.pf_fragment$/, ''), json.url);
    }
  }
  return urls;
}

/**
 * Runs each query as the search page does once submitted (its own query folding, Pagefind with
 * the page's options, the finished words narrowed to their forms, whole words first); result
 * ids, best first. `raw`: the query as typed, Pagefind's defaults
 * (the default index).
 */
async function searchAll(page: Page, queries: string[], raw = false, bundles: string[] = [], ranking?: Record<string, number>): Promise<string[][]> {
  return page.evaluate(async ([qs, asTyped, shards, weights]) => {
    const pagefind = await import(new URL('pagefind/pagefind.js', document.baseURI).href);
    const core = asTyped ? null : await import(new URL('js/search-core.js', document.baseURI).href);
    // Every shard merged, with the page's options, as the search page does.
    if (core) await core.startPagefind(pagefind, shards, weights ? { ...core.PAGEFIND_OPTIONS, ranking: weights } : core.PAGEFIND_OPTIONS);
    else await pagefind.init();
    const out: string[][] = [];
    // As the search page orders the results of a submitted query: each finished word narrowed
    // to its forms, then the articles holding the other words whole first.
    const listed: string[] = core ? await fetch(new URL('recherche/mots.json', document.baseURI).href).then((r) => (r.ok ? r.json() : [])) : [];
    const exact = core?.exactSearcher(pagefind);
    for (const q of qs) {
      if (!core) {
        out.push(((await pagefind.search(q)).results as { id: string }[]).map((r) => r.id));
        continue;
      }
      const term = core.pagefindTerm(q);
      let results = (await pagefind.search(core.searchTerm(term))).results as { id: string }[];
      if (term) {
        const narrowed: { ids: Set<string> } | undefined = await core.formIds(exact, term, listed, false);
        if (narrowed) results = results.filter((r) => narrowed.ids.has(r.id));
        results = await core.wholeWordsFirst(exact, term, results);
      }
      out.push(results.map((r) => r.id));
    }
    return out;
  }, [queries, raw, bundles, ranking] as const);
}

/** Pagefind's default index of the articles, as Hugo pages (tools/bench/hugo.ts); undefined without Hugo. */
function defaultSite(articles: ArchiveArticle[], work: string): string | undefined {
  if (!ensureHugo((line) => console.log(`  ${line}`))) return undefined;
  const source = join(work, 'hugo-site');
  const out = join(work, 'hugo-out');
  writeHugoSite(articles, source);
  execFileSync('hugo', ['--quiet', '--source', source, '--destination', out, '--cacheDir', join(source, '.cache')], { stdio: 'inherit' });
  execFileSync(join(PROJECT_ROOT, 'node_modules/.bin/pagefind'), ['--site', out, '--silent'], { stdio: 'inherit' });
  return out;
}

/** Runs queries against a built site in Chromium. */
async function answersOf(site: string, queries: string[], raw = false, ranking?: Record<string, number>): Promise<string[][]> {
  const server = await serveStatic(site);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    return await searchAll(page, queries, raw, raw ? [] : siteBundles(site), ranking);
  } finally {
    await browser.close();
    await server.close();
  }
}

interface KnownItem {
  url: string;
  q: string;
}

/** Top-1 and top-3 counts of known-item queries, given each query's result URLs. */
function knownItemScore(items: KnownItem[], answers: string[][], urlOf: (id: string) => string | undefined, log?: (line: string) => void): { top1: number; top3: number } {
  let top1 = 0;
  let top3 = 0;
  items.forEach((k, i) => {
    const rank = answers[i]!.findIndex((id) => urlOf(id) === k.url);
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (rank !== 0) log?.(`  known item "${k.q}" → ${rank < 0 ? 'not found' : `rank ${rank + 1}`} (${k.url})`);
  });
  return { top1, top3 };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fixed = (x: number) => x.toFixed(4);

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'kiosque-search-eval-'));
  try {
    const sampled = prepareContent(join(work, 'content'), opts);
    console.log(existsSync(opts.corpus)
      ? `corpus: ${sampled} articles of ${opts.corpus} (deterministic sample), plus the seeds`
      : `corpus: the seeds only (${opts.corpus} not found)`);
    const started = performance.now();
    const site = join(work, 'site');
    const result = await build({
      content: join(work, 'content'), out: site, strict: false, search: true,
      site: siteOptions({ origin: 'http://127.0.0.1' }),
      ...(opts.shardSize !== undefined ? { searchIndex: { shardSize: opts.shardSize } } : {}),
    });
    if (!result.ok || !result.archive) throw new Error(`build failed: ${result.failure}`);
    const articles = result.archive.articles;
    const unsearchable = result.report.inputs.filter((e) => e.status === 'published' && !e.searchable).length;
    console.log(`index: ${siteBundles(site).length} bundle(s)${opts.shardSize !== undefined ? ` (--shard-size ${opts.shardSize})` : ''}`);
    const seconds = (ms = 0) => (ms / 1000).toFixed(1);
    console.log(`built ${articles.length} articles in ${seconds(performance.now() - started)} s (search index ${seconds(result.timings.search)} s); not searchable: ${unsearchable}`);

    const urlOfId = fragmentUrls(site);
    const urlOfFile = new Map(articles.map((a) => [a.sourceFile, a.url]));
    const vocab = vocabulary(articles.map((a) => ({ id: a.url, text: articleText(a) })));
    const df = (folded: string) => vocab.get(folded)?.articles.size ?? 0;

    const seeds = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'tests/fixtures/search-queries.json'), 'utf8')) as { queries: SeedQuery[] }).queries;
    // Half the sample from all words, half from words met after an elided article.
    const general = sampleWords(vocab, Math.ceil(opts.words / 2));
    const taken = new Set(general.map((w) => w.folded));
    const words = [...general, ...sampleWords(vocab, Math.floor(opts.words / 2), true).filter((w) => !taken.has(w.folded))];
    // Half the words are typed folded (`etats-unis`), half as first met in the text (`États-Unis`).
    const wordQueries = words.map((w) => (stableHash(w.folded) % 2 ? w.surface : w.folded));
    // Two known-item samples: one looked at while tuning the ranking, one held out.
    const knownSample = (salt: string): KnownItem[] => sampleBy(articles, (a) => a.url, opts.titles, salt)
      .map((a) => ({ url: a.url, q: knownItemQuery(a.title, df) }))
      .filter((k) => k.q);
    const tuning = knownSample('title:');
    const heldOut = knownSample('held-out title:').filter((k) => !tuning.some((t) => t.url === k.url));
    const known = [...tuning, ...heldOut];
    // Two samples of words that start longer words: one looked at while tuning, one held out.
    const french = snowball.newStemmer('french');
    const stem = (w: string) => french.stem(w);
    const prefixTuning = prefixQueries(vocab, opts.prefixes, 'prefix:', stem, sameWord);
    const prefixHeld = prefixQueries(vocab, opts.prefixes * 2, 'held-out prefix:', stem, sameWord).filter((p) => !prefixTuning.some((t) => t.q === p.q)).slice(0, opts.prefixes);
    const prefixes = [...prefixTuning, ...prefixHeld];

    if (opts.ranking) console.log(`ranking tried: ${JSON.stringify(opts.ranking)}`);
    const answers = await answersOf(site, [...seeds.map((s) => s.q), ...wordQueries, ...known.map((k) => k.q), ...prefixes.map((p) => p.q)], false, opts.ranking);
    const reference = defaultSite(articles, work);
    const referenceAnswers = reference ? await answersOf(reference, [...known.map((k) => k.q), ...prefixes.map((p) => p.q)], true) : undefined;
    const referenceUrls = reference ? fragmentUrls(reference) : undefined;
    const urls = (ids: string[]) => new Set(ids.map((id) => urlOfId.get(id)));

    let seedFound = 0;
    let seedExpected = 0;
    seeds.forEach((s, i) => {
      const found = urls(answers[i]!);
      const missing = s.expected.filter((f) => !found.has(urlOfFile.get(f)));
      seedExpected += s.expected.length;
      seedFound += s.expected.length - missing.length;
      if (missing.length) console.log(`  seed query "${s.q}" misses ${missing.join(', ')}`);
    });

    let pairs = 0;
    let pairsFound = 0;
    let wordsComplete = 0;
    const elided = { pairs: 0, found: 0 };
    words.forEach((w, i) => {
      const found = urls(answers[seeds.length + i]!);
      const missing = [...w.articles].filter((u) => !found.has(u));
      pairs += w.articles.size;
      pairsFound += w.articles.size - missing.length;
      if (w.afterElision) {
        elided.pairs += w.articles.size;
        elided.found += w.articles.size - missing.length;
      }
      if (missing.length === 0) wordsComplete++;
      else console.log(`  "${wordQueries[i]}" misses ${missing.length} of ${w.articles.size}: ${missing.slice(0, 3).join(' ')}`);
    });

    const knownAnswers = answers.slice(seeds.length + words.length, seeds.length + words.length + known.length);
    const score = (items: KnownItem[], from: number, got: string[][], urlOf: (id: string) => string | undefined, log?: (line: string) => void) =>
      knownItemScore(items, got.slice(from, from + items.length), urlOf, log);
    const kTuning = score(tuning, 0, knownAnswers, (id) => urlOfId.get(id), (line) => console.log(line));
    const kHeld = score(heldOut, tuning.length, knownAnswers, (id) => urlOfId.get(id));
    const top3 = kTuning.top3 + kHeld.top3;

    const figures = {
      seeds: ratio(seedFound, seedExpected),
      completeness: ratio(pairsFound, pairs),
      knownItem: ratio(top3, known.length),
    };
    console.log(`seed queries: recall ${fixed(figures.seeds)} (${seedFound}/${seedExpected} articles, ${seeds.length} queries)`);
    console.log(`completeness: ${fixed(figures.completeness)} of (word, article) pairs (${pairsFound}/${pairs}); words with every article found: ${fixed(ratio(wordsComplete, words.length))} (${wordsComplete}/${words.length}); words met after an elision: ${fixed(ratio(elided.found, elided.pairs))} of their pairs (${elided.found}/${elided.pairs})`);
    console.log(`known-item top 3: ${fixed(figures.knownItem)} (${top3}/${known.length} titles)`);
    const line = (name: string, n: number, k: { top1: number; top3: number }, d?: { top1: number; top3: number }) =>
      `known-item ${name} (${n} titles): Kiosque top 1 ${k.top1}, top 3 ${k.top3}${d ? `; default index top 1 ${d.top1}, top 3 ${d.top3}` : '; default index: not measured (no Hugo)'}`;
    let heldOutBehind = false;
    if (referenceAnswers && referenceUrls) {
      const dTuning = score(tuning, 0, referenceAnswers, (id) => referenceUrls.get(id));
      const dHeld = score(heldOut, tuning.length, referenceAnswers, (id) => referenceUrls.get(id));
      console.log(line('tuning sample', tuning.length, kTuning, dTuning));
      console.log(line('held-out sample', heldOut.length, kHeld, dHeld));
      heldOutBehind = kHeld.top1 < dHeld.top1;
    } else {
      console.log(line('tuning sample', tuning.length, kTuning));
      console.log(line('held-out sample', heldOut.length, kHeld));
    }
    const prefixAnswers = answers.slice(seeds.length + words.length + known.length);
    const precision = (qs: PrefixQuery[], from: number, got: string[][], urlOf: (id: string) => string | undefined, log?: (line: string) => void) => {
      let sum = 0;
      qs.forEach((p, i) => {
        const urls = got[from + i]!.map(urlOf);
        const value = precisionAtK(urls, p.relevant);
        sum += value;
        if (value < 1) log?.(`  whole word "${p.q}" (${p.relevant.size} articles, ${p.longerOnly} with longer words only): precision ${value.toFixed(2)}`);
      });
      return qs.length ? sum / qs.length : 1;
    };
    const pTuning = precision(prefixTuning, 0, prefixAnswers, (id) => urlOfId.get(id), (l) => console.log(l));
    const pHeld = precision(prefixHeld, prefixTuning.length, prefixAnswers, (id) => urlOfId.get(id));
    const prefixLine = (name: string, n: number, k: number, d?: number) => `whole words first, ${name} (${n} words): Kiosque precision ${fixed(k)}${d !== undefined ? `; default index ${fixed(d)}` : ''}`;
    if (referenceAnswers && referenceUrls) {
      const prefixReference = referenceAnswers.slice(known.length);
      console.log(prefixLine('tuning sample', prefixTuning.length, pTuning, precision(prefixTuning, 0, prefixReference, (id) => referenceUrls.get(id))));
      console.log(prefixLine('held-out sample', prefixHeld.length, pHeld, precision(prefixHeld, prefixTuning.length, prefixReference, (id) => referenceUrls.get(id))));
    } else {
      console.log(prefixLine('tuning sample', prefixTuning.length, pTuning));
      console.log(prefixLine('held-out sample', prefixHeld.length, pHeld));
    }
    const failed = (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).filter((k) => figures[k] < TARGETS[k]);
    if (heldOutBehind) failed.push('knownItem');
    console.log(failed.length ? `below target: ${[...new Set(failed)].join(', ')}${heldOutBehind ? ' (held-out top 1 under the default index)' : ''}` : 'all figures meet their targets');
    return failed.length ? 1 : 0;
  } finally {
    if (opts.keep) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (e: Error) => {
  console.error(`search:eval: ${e.stack ?? e.message}`);
  process.exit(2);
});
