/**
 * The word list behind « Essayez : … » on the search page: the words of the archive as
 * written, most frequent first, written to `recherche/mots.json` beside the search page. The
 * page fetches it only when a query finds nothing, and picks the closest words by edit
 * distance (public/js/search-core.js, `suggestion`). Pure, apart from `writeWordList`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldText, words } from '../text/fold.ts';
import type { ArchiveArticle } from '../model.ts';
import { articleText } from '../text/article-text.ts';

/** Words kept: enough for the names and common words of a large archive, small to fetch. */
export const WORD_LIST_SIZE = 12000;
/** A word met in fewer articles is too rare to be suggested (and often a typo itself). */
const MIN_ARTICLES = 2;

/**
 * What the word list needs of a list of articles, by folded word: its first spelling and the
 * first spelling in lower case (with the positions of their articles in the list), and how many
 * articles have it. Stats of parts of an archive merge into the archive's
 * (`wordStatsMerger`): the search index keeps each shard's in the build's cache.
 */
export interface WordStats {
  /** Folded words of at least four letters, letters and hyphens only. */
  words: string[];
  /** The word as first met. */
  first: string[];
  /** Position of the article where it is first met. */
  firstAt: number[];
  /** The word as first met in lower case, '' when never. */
  lower: string[];
  /** Position of that article, -1 when never. */
  lowerAt: number[];
  /** Articles that have the word. */
  articles: number[];
  /** Per word, the articles that have each of its spellings in lower case (`marché`, `marche`). */
  spellings: Record<string, number>[];
}

/** A word worth suggesting: four letters or more, letters and hyphens only, starting with a letter. */
const SUGGESTIBLE = /^\p{L}[\p{L}-]*$/u;

/**
 * The word stats of `articles` (positions in that list).
 * @example wordStats([{ title: 'Macron et macron', lede: '', sections: [] }]).lower // ['macron']
 */
export function wordStats(articles: readonly Pick<ArchiveArticle, 'title' | 'lede' | 'sections' | 'bodyHtml'>[]): WordStats {
  const index = new Map<string, number>();
  const rejected = new Set<string>();
  const stats: WordStats = { words: [], first: [], firstAt: [], lower: [], lowerAt: [], articles: [], spellings: [] };
  const lastArticle: number[] = [];
  /** The last article counted for each lower-case spelling of each word. */
  const spelledIn = new Map<string, number>();
  articles.forEach((article, at) => {
    for (const w of words(articleText(article))) {
      let i = index.get(w.folded);
      if (i === undefined) {
        if (w.folded.length < 4 || rejected.has(w.folded)) continue;
        if (!SUGGESTIBLE.test(w.folded)) {
          rejected.add(w.folded);
          continue;
        }
        i = stats.words.length;
        index.set(w.folded, i);
        stats.words.push(w.folded);
        stats.first.push(w.raw);
        stats.firstAt.push(at);
        stats.lower.push('');
        stats.lowerAt.push(-1);
        stats.articles.push(0);
        stats.spellings.push({});
        lastArticle.push(-1);
      }
      if (w.raw === w.raw.toLowerCase()) {
        if (stats.lowerAt[i]! < 0) {
          stats.lower[i] = w.raw;
          stats.lowerAt[i] = at;
        }
        const key = `${i} ${w.raw}`;
        if (spelledIn.get(key) !== at) {
          spelledIn.set(key, at);
          const spelled = stats.spellings[i]!;
          spelled[w.raw] = (spelled[w.raw] ?? 0) + 1;
        }
      }
      if (lastArticle[i] !== at) {
        lastArticle[i] = at;
        stats.articles[i]!++;
      }
    }
  });
  return stats;
}

/**
 * The stats of an archive from the stats of its parts, added one at a time in any order: each
 * part with the positions in the archive of the articles its stats were made from (`at[i]` for
 * its article `i`), so that a part's stats can be dropped once added (the search index adds each
 * shard's as it is indexed).
 * @example const m = wordStatsMerger(); m.add(wordStats(a), [0, 1]); m.add(wordStats(b), [2]); rankWords(m.stats)
 */
export function wordStatsMerger(): { add(stats: WordStats, at: readonly number[]): void; readonly stats: WordStats } {
  const index = new Map<string, number>();
  const merged: WordStats = { words: [], first: [], firstAt: [], lower: [], lowerAt: [], articles: [], spellings: [] };
  const add = (stats: WordStats, at: readonly number[]): void => {
    for (let j = 0; j < stats.words.length; j++) {
      const firstAt = at[stats.firstAt[j]!]!;
      const lowerAt = stats.lowerAt[j]! < 0 ? -1 : at[stats.lowerAt[j]!]!;
      const i = index.get(stats.words[j]!);
      if (i === undefined) {
        index.set(stats.words[j]!, merged.words.length);
        merged.words.push(stats.words[j]!);
        merged.first.push(stats.first[j]!);
        merged.firstAt.push(firstAt);
        merged.lower.push(stats.lower[j]!);
        merged.lowerAt.push(lowerAt);
        merged.articles.push(stats.articles[j]!);
        merged.spellings.push({ ...stats.spellings[j]! });
        continue;
      }
      const spelled = merged.spellings[i]!;
      for (const [raw, n] of Object.entries(stats.spellings[j]!)) spelled[raw] = (spelled[raw] ?? 0) + n;
      if (firstAt < merged.firstAt[i]!) {
        merged.first[i] = stats.first[j]!;
        merged.firstAt[i] = firstAt;
      }
      if (lowerAt >= 0 && (merged.lowerAt[i]! < 0 || lowerAt < merged.lowerAt[i]!)) {
        merged.lower[i] = stats.lower[j]!;
        merged.lowerAt[i] = lowerAt;
      }
      merged.articles[i]! += stats.articles[j]!;
    }
  };
  return { add, stats: merged };
}

/**
 * The word list of word stats: words found in two articles or more, most frequent first (ties
 * in folded order), each spelled as first written in lower case when it ever is (`retraites`),
 * else as first met (`Macron`).
 */
export function rankWords(stats: WordStats, size = WORD_LIST_SIZE): string[] {
  const kept: number[] = [];
  for (let i = 0; i < stats.words.length; i++) if (stats.articles[i]! >= MIN_ARTICLES) kept.push(i);
  const { words: folded, articles } = stats;
  kept.sort((a, b) => articles[b]! - articles[a]! || (folded[a]! < folded[b]! ? -1 : folded[a]! > folded[b]! ? 1 : 0));
  return kept.slice(0, size).map((i) => stats.lower[i] || stats.first[i]!);
}

/**
 * Words of at least four letters found in two articles or more, most frequent first (ties in
 * folded order), each spelled as first written in lower case when it ever is (`retraites`),
 * else as first met (`Macron`).
 * @example suggestionWords([a, b]) // ['Macron', 'retraites', …]
 */
export function suggestionWords(articles: readonly Pick<ArchiveArticle, 'title' | 'lede' | 'sections' | 'bodyHtml'>[], size = WORD_LIST_SIZE): string[] {
  return rankWords(wordStats(articles), size);
}

/**
 * The spellings of the listed words that the archive writes in lower case in several ways, each
 * in MIN_ARTICLES articles or more, by listed word: every such spelling, the most used first
 * (ties in code point order). The list keeps one spelling per folded word (`rankWords`), the
 * first met: « marché » and « marche » are one word of it, and `marcé` was offered the one the
 * archive happened to write first. The search page offers the spelling closest to what was typed
 * (public/js/search-core.js, `suggestion`).
 * @example wordSpellings(stats, ['marche']) // { marche: ['marche', 'marché'] }
 */
export function wordSpellings(stats: WordStats, listed: readonly string[]): Record<string, string[]> {
  const at = new Map(stats.words.map((w, i) => [w, i]));
  const out: Record<string, string[]> = {};
  for (const word of listed) {
    const i = at.get(foldText(word));
    if (i === undefined) continue;
    const spelled = Object.entries(stats.spellings[i]!).filter(([, n]) => n >= MIN_ARTICLES);
    if (spelled.length < 2) continue;
    out[word] = spelled.sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0)).map(([raw]) => raw);
  }
  return out;
}

/** Site path of the word list, without base path. */
export const WORD_LIST_PATH = 'recherche/mots.json';
/** Site path of the listed words' spellings (`wordSpellings`), without base path. */
export const SPELLINGS_PATH = 'recherche/graphies.json';

/** Writes the word list of the archive (`suggestionWords`) and its spellings (`wordSpellings`) into the site folder. */
export function writeWordList(siteDir: string, words: readonly string[], spellings: Record<string, string[]> = {}): void {
  const file = join(siteDir, WORD_LIST_PATH);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(words));
  writeFileSync(join(siteDir, SPELLINGS_PATH), JSON.stringify(spellings));
}
