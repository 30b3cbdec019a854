/**
 * `npm run search:words`: what narrowing finished query words to their forms does to search
 * results (public/js/search-core.js, `wordForms`; public/js/search-page.js, `formIds`), in real
 * Chromium on a site built from a sample of the corpus: for each sample of common words
 * (tests/fixtures/search-word-families.json says how they are drawn), the results Pagefind
 * gives, those kept, those removed from the first ten, the removed articles holding a word of
 * the query's family (labelled in the fixture) and those holding a form of the query word
 * itself (a form the archive's word list does not hold: lost).
 *
 * Options: `--site DIR` (a site built already), `--corpus DIR`.
 */
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../../src/build/index.ts';
import { siteOptions } from '../../src/build/options.ts';
import { readCommandLine } from '../../src/cli/args.ts';
import { serveStatic } from '../../src/dev/static.ts';
import { PROJECT_ROOT } from '../../src/paths.ts';
import { DEFAULT_CORPUS } from '../bench/corpus.ts';
import { launchBrowser } from '../lib/browser.ts';
import { siteBundles } from '../lib/bundles.ts';

interface Fixture {
  samples: { offset: number; role: string; related: string[] }[];
}

interface Answer {
  q: string;
  all: number;
  kept: number;
  top10Removed: number;
  /** Per removed article, the words of its text that start like the query word (folded). */
  removed: string[][];
  lost: number;
}

const SAMPLE = 2000;
const EVERY = 40;

/** The sample of the fixture: every 5th Markdown file of the corpus, the first SAMPLE. */
function sampleContent(corpus: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const md = join(corpus, 'md');
  readdirSync(md).sort().filter((_, i) => i % 5 === 0).slice(0, SAMPLE).forEach((name) => linkSync(join(md, name), join(dir, name)));
}

/** The words of a sample: lower-case words of five letters or more of the first 3,000 of the list, every EVERY-th from `offset`. */
export function sampleQueries(listed: string[], offset: number): string[] {
  return listed.slice(0, 3000).filter((w) => /^[a-zà-ÿœ]{5,}$/.test(w)).filter((_, i) => i % EVERY === offset);
}

async function answers(site: string, queries: string[], listed: string[]): Promise<Answer[]> {
  const server = await serveStatic(site);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    return await page.evaluate(async ([qs, bundles, words]) => {
      type Result = { id: string; data: () => Promise<{ content: string; meta?: { title?: string } }> };
      const pagefind = await import(new URL('pagefind/pagefind.js', document.baseURI).href);
      const core = await import(new URL('js/search-core.js', document.baseURI).href);
      await core.startPagefind(pagefind, bundles);
      const exact = core.exactSearcher(pagefind);
      const out = [];
      for (const q of qs) {
        const term: string = core.pagefindTerm(q);
        const all: Result[] = (await pagefind.search(term)).results;
        // As the search page does (formIds): exact searches of each word's forms.
        const narrowed: { ids: Set<string> } | undefined = await core.formIds(exact, term, words, false);
        const kept = new Set(all.filter((r) => !narrowed || narrowed.ids.has(r.id)).map((r) => r.id));
        const folded: string = core.foldWord(q);
        const head = folded.slice(0, Math.max(3, folded.length - 3));
        const removed: string[][] = [];
        let lost = 0;
        for (const r of all.filter((x) => !kept.has(x.id))) {
          const d = await r.data();
          const near = new Set(`${d.meta?.title ?? ''} ${d.content}`.split(/[^\p{L}\p{M}-]+/u).map((w) => core.foldWord(w) as string).filter((w) => w.startsWith(head)));
          if ([...near].some((w) => core.sameWord(folded, w))) lost++;
          removed.push([...near]);
        }
        out.push({ q, all: all.length, kept: kept.size, top10Removed: all.slice(0, 10).filter((r) => !kept.has(r.id)).length, removed, lost });
      }
      return out;
    }, [queries, siteBundles(site), listed] as const);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const { values } = readCommandLine(argv, { site: { type: 'string' }, corpus: { type: 'string', default: DEFAULT_CORPUS } }, 'usage: npm run search:words -- [--site DIR] [--corpus DIR]');
  const fixture = JSON.parse(readFileSync(join(PROJECT_ROOT, 'tests/fixtures/search-word-families.json'), 'utf8')) as Fixture;
  let site = values.site;
  let work: string | undefined;
  if (!site) {
    if (!existsSync(values.corpus)) {
      console.log(`search:words: no corpus at ${values.corpus}; nothing measured`);
      return 0;
    }
    work = mkdtempSync(join(tmpdir(), 'kiosque-search-words-'));
    sampleContent(values.corpus, join(work, 'content'));
    site = join(work, 'site');
    const built = await build({ content: join(work, 'content'), out: site, site: siteOptions({ origin: 'http://localhost' }), strict: false, search: true });
    if (!built.ok) throw new Error(`build failed: ${built.failure}`);
  }
  try {
    const listed = JSON.parse(readFileSync(join(site, 'recherche', 'mots.json'), 'utf8')) as string[];
    for (const sample of fixture.samples) {
      const related = new Set(sample.related);
      const found = await answers(site, sampleQueries(listed, sample.offset), listed);
      const sum = (f: (a: Answer) => number) => found.reduce((n, a) => n + f(a), 0);
      const removed = found.flatMap((a) => a.removed);
      const family = removed.filter((words) => words.some((w) => related.has(w))).length;
      console.log(`${sample.role} sample (offset ${sample.offset}): ${found.length} words, ${found.filter((a) => a.kept < a.all).length} narrowed`);
      console.log(`  results ${sum((a) => a.all)}, kept ${sum((a) => a.kept)}, removed ${removed.length} (${Math.round((100 * removed.length) / Math.max(1, sum((a) => a.all)))} %), ${sum((a) => a.top10Removed)} of them from the first ten`);
      console.log(`  removed holding no word of the query's family: ${removed.length - family} (${Math.round((100 * (removed.length - family)) / Math.max(1, removed.length))} %); a derived word or an unlisted form: ${family}; a form of the word itself (lost): ${sum((a) => a.lost)}`);
    }
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (e: Error) => {
  console.error(e.stack ?? e);
  process.exit(1);
});
