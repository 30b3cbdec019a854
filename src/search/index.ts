/**
 * The search index: one Pagefind record per article (./records.ts), French, written into
 * `<site>/pagefind/`. Pagefind runs in its own process (a Rust binary behind the service).
 * This is the single entry point of indexing; build.ts calls it on the rendered temp folder.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Archive } from '../model.ts';
import { articleRecord } from './records.ts';
import { stabiliseBundle } from './stable.ts';

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
 * Indexes every article of the archive and writes the bundle into `<siteDir>/pagefind/`.
 * Records are added one at a time, in archive order, and the bundle is then put in a stable
 * order (./stable.ts), so it is byte-identical for the same input.
 * @example const { pages } = await indexSite('_site.tmp', archive); // pages[0].words > 0
 */
export async function indexSite(siteDir: string, archive: Archive): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) return { pagesIndexed: 0, pages: [], errors };
  try {
    const pages: IndexedPage[] = [];
    for (const article of archive.articles) {
      const record = articleRecord(article);
      const added = await index.addHTMLFile({ url: record.url, content: record.html });
      errors.push(...added.errors.map((e) => `${article.sourceFile}: ${e}`));
      pages.push({ url: record.url, words: added.errors.length ? 0 : added.file.uniqueWords });
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    errors.push(...written.errors);
    if (written.errors.length === 0) stabiliseBundle(join(siteDir, 'pagefind'));
    return { pagesIndexed: pages.filter((p) => p.words > 0).length, pages, errors };
  } finally {
    await pagefind.close();
  }
}
