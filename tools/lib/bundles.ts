/**
 * The Pagefind bundles of a built site, as its search page lists them (`data-kiosque-bundles`
 * on `#recherche`, written when the index is in several shards: src/search/shards.ts), the
 * main one first; `['<base>pagefind/']` when the page lists none. The tools that query an index
 * outside the search page start Pagefind on all of them, as the page does (`startPagefind` in
 * public/js/search-core.js).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @example siteBundles('_site') // ['/pagefind/', '/pagefind/2019-03/', …]
 */
export function siteBundles(siteDir: string, basePath = '/'): string[] {
  const page = readFileSync(join(siteDir, 'recherche', 'index.html'), 'utf8');
  const listed = /data-kiosque-bundles="([^"]*)"/.exec(page)?.[1];
  if (!listed) return [`${basePath}pagefind/`];
  return JSON.parse(listed.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')) as string[];
}
