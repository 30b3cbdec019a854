/**
 * The search index: one Pagefind record per article (./records.ts), French, written into
 * `<site>/pagefind/`. Pagefind runs in its own process (a Rust binary behind the service).
 * This is the single entry point of indexing; build.ts calls it on the rendered temp folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import * as pagefind from 'pagefind';
import type { Archive } from '../model.ts';
import { articleRecord } from './records.ts';
import { childrenGone, pagefindChildren } from './reap.ts';
import { sourceFilterValues } from './sources.ts';
import { stabiliseBundle } from './stable.ts';
import { writeWordList } from './words.ts';

/** Records sent per event-loop turn. */
const RECORD_BATCH = 200;

/** What the index holds for one article. */
export interface IndexedPage {
  /** Site-relative URL, as in the archive. */
  url: string;
  /** Distinct words Pagefind indexed; 0 means the article cannot be found. */
  words: number;
}

export interface SearchIndexResult {
  /** Articles with at least one indexed word. */
  pagesIndexed: number;
  pages: IndexedPage[];
  errors: string[];
}

/**
 * Pagefind's ready-made interfaces, which the search page does not use: the Default UI renders
 * filter values as raw HTML (PITFALLS, "Pagefind 1.5"), so they are not published at all.
 * `pagefind-highlight.js` stays: article pages opened from a result load it (js/kiosque.js).
 */
const UNUSED_FILES = /^pagefind-(?:ui|modular-ui|component-ui)\.(?:js|css)$/;

/** Writes the bundle, in a stable order (./stable.ts), into `dir`. */
function writeBundle(dir: string, files: { path: string; content: Uint8Array }[]): void {
  const stable = new Map(files.filter((f) => !UNUSED_FILES.test(f.path)).map((f) => [f.path, Buffer.from(f.content)]));
  stabiliseBundle(stable);
  for (const [path, content] of stable) {
    const target = normalize(join(dir, path));
    if (!target.startsWith(dir)) throw new Error(`Pagefind bundle: ${path} is outside the bundle folder`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

/**
 * Indexes every article of the archive and writes the bundle into `<siteDir>/pagefind/`.
 * Records are sent in archive order without waiting for each answer (Pagefind's service handles
 * messages one at a time, in the order received), a batch per event-loop turn; the bundle is
 * then put in a stable order (./stable.ts), so it is byte-identical for the same input. The
 * build runs this on a worker thread (src/build/search-worker.ts) while it renders.
 * @example const { pages } = await indexSite('_site.tmp', archive); // pages[0].words > 0
 */
export async function indexSite(siteDir: string, archive: Pick<Archive, 'articles'>): Promise<SearchIndexResult> {
  const before = new Set(pagefindChildren());
  let started: number[] = [];
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
    started = pagefindChildren().filter((pid) => !before.has(pid));
    if (!index) return { pagesIndexed: 0, pages: [], errors };
    // Awaiting each record would cost a round trip per record, with Pagefind idle in between.
    const pending: Promise<IndexedPage>[] = [];
    const sourceValues = sourceFilterValues(archive.articles.flatMap((a) => (a.source ? [a.source] : [])));
    for (let i = 0; i < archive.articles.length; i += RECORD_BATCH) {
      for (const article of archive.articles.slice(i, i + RECORD_BATCH)) {
        const record = articleRecord(article, sourceValues);
        const page = index.addHTMLFile({ url: record.url, content: record.html }).then((added) => {
          errors.push(...added.errors.map((e) => `${article.sourceFile}: ${e}`));
          return { url: record.url, words: added.errors.length ? 0 : added.file.uniqueWords };
        });
        // Handled by Promise.all below; without this, a failure before then is "unhandled".
        page.catch(() => undefined);
        pending.push(page);
      }
      await new Promise((next) => setImmediate(next));
    }
    const pages = await Promise.all(pending);
    // getFiles, not writeFiles: Pagefind's writes may still be in flight when writeFiles
    // resolves (tokio files are not flushed), and the bundle is put in a stable order first.
    const bundle = await index.getFiles();
    errors.push(...bundle.errors);
    if (bundle.errors.length === 0) writeBundle(join(siteDir, 'pagefind'), bundle.files);
    writeWordList(siteDir, archive.articles);
    return { pagesIndexed: pages.filter((p) => p.words > 0).length, pages, errors };
  } finally {
    await pagefind.close();
    await childrenGone(started);
  }
}
