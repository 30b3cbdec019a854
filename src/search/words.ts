/**
 * The word list behind « Essayez : … » on the search page: the words of the archive as
 * written, most frequent first, written to `recherche/mots.json` beside the search page. The
 * page fetches it only when a query finds nothing, and picks the closest words by edit
 * distance (public/js/search-core.js, `suggestion`). Pure, apart from `writeWordList`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { words } from '../text/fold.ts';
import type { ArchiveArticle } from '../model.ts';
import { articleText } from '../text/article-text.ts';

/** Words kept: enough for the names and common words of a large archive, small to fetch. */
export const WORD_LIST_SIZE = 12000;
/** A word met in fewer articles is too rare to be suggested (and often a typo itself). */
const MIN_ARTICLES = 2;

/**
 * Words of at least four letters found in two articles or more, most frequent first (ties in
 * folded order), each spelled as most often written in lower case when it ever is (`retraites`),
 * else as first met (`Macron`).
 * @example suggestionWords([a, b]) // ['Macron', 'retraites', …]
 */
export function suggestionWords(articles: readonly Pick<ArchiveArticle, 'title' | 'lede' | 'sections' | 'bodyHtml'>[], size = WORD_LIST_SIZE): string[] {
  const entries = new Map<string, { surface: string; lower: boolean; articles: number }>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const w of words(articleText(article))) {
      if (w.folded.length < 4 || !/^\p{L}[\p{L}-]*$/u.test(w.folded)) continue;
      let entry = entries.get(w.folded);
      if (!entry) {
        entry = { surface: w.raw, lower: w.raw === w.raw.toLowerCase(), articles: 0 };
        entries.set(w.folded, entry);
      } else if (!entry.lower && w.raw === w.raw.toLowerCase()) {
        entry.surface = w.raw;
        entry.lower = true;
      }
      if (!seen.has(w.folded)) {
        seen.add(w.folded);
        entry.articles++;
      }
    }
  }
  return [...entries]
    .filter(([, e]) => e.articles >= MIN_ARTICLES)
    .sort(([a, x], [b, y]) => y.articles - x.articles || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, size)
    .map(([, e]) => e.surface);
}

/** Site path of the word list, without base path. */
export const WORD_LIST_PATH = 'recherche/mots.json';

/** Writes the word list of the archive (`suggestionWords`) into the site folder. */
export function writeWordList(siteDir: string, words: readonly string[]): void {
  const file = join(siteDir, WORD_LIST_PATH);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(words));
}
