/**
 * The search index: Pagefind's Node API over the rendered site, French, written into
 * `<site>/pagefind/`. Pagefind runs in its own process (a Rust binary behind the service).
 */
import * as pagefind from 'pagefind';

export interface SearchIndexResult {
  pagesIndexed: number;
  errors: string[];
}

/** Indexes every page with `data-pagefind-body` under `siteDir`. */
export async function indexSite(siteDir: string): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) return { pagesIndexed: 0, errors };
  try {
    const added = await index.addDirectory({ path: siteDir });
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    return { pagesIndexed: added.page_count, errors: [...errors, ...added.errors, ...written.errors] };
  } finally {
    await pagefind.close();
  }
}
