/**
 * The archive's lexicon: every word of four letters or more of the published texts, folded as the
 * search page folds what the reader types, in LEXICON_FILES files under `recherche/lexique/`
 * (public/js/lexicon.js names them and tells why that many). The page's word list holds the
 * frequent words only, and a rare word of the archive (`servaient`, in one article of 3,000) was
 * taken for a typo of a frequent neighbour and searched as it; the page now fetches the word's
 * file first and keeps a word the archive holds (public/js/search-page.js, `archiveHolds`).
 *
 * Made from the word stats the word list is made from (./words.ts: those of each shard are kept
 * in the build's cache), so a rebuild reads no text for it; each file is sorted, so the output is
 * byte-identical for the same articles. Pure, apart from `writeLexicon`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_FILES, LEXICON_FOLDER, lexiconFilePath, lexiconIndex } from '../../public/js/lexicon.js';

/** Fewer letters than this: the page never takes the word for a typo (`suggestion`), so it is left out. */
const MIN_LETTERS = 4;

/**
 * The words of the lexicon: the folded words given and, for a compound, each of its parts
 * (Pagefind finds `lanta` in « Koh-Lanta », and the page reads the parts of a compound as words),
 * four letters or more.
 * @example lexiconEntries(['koh-lanta', 'macron', 'mai']) // ['koh-lanta', 'lanta', 'macron']
 */
export function lexiconEntries(folded: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const word of folded) {
    if (word.length >= MIN_LETTERS) out.add(word);
    if (word.includes('-')) for (const part of word.split('-')) if (part.length >= MIN_LETTERS) out.add(part);
  }
  return [...out];
}

/**
 * The text of each file of the lexicon, by its index: its words in code unit order, one a line,
 * each line ended; '' for a file without words (written all the same, so that a missing file
 * means a failed fetch, never an unknown word).
 * @example lexiconFiles(['macron', 'retraites'], 2) // ['macron\n', 'retraites\n'] (as the hash falls)
 */
export function lexiconFiles(words: Iterable<string>, files = LEXICON_FILES): string[] {
  const buckets: string[][] = Array.from({ length: files }, () => []);
  for (const word of lexiconEntries(words)) buckets[lexiconIndex(word, files)]!.push(word);
  return buckets.map((b) => b.sort((a, c) => (a < c ? -1 : a > c ? 1 : 0)).map((w) => `${w}\n`).join(''));
}

/** Writes the lexicon (`lexiconFiles`) into the site folder. */
export function writeLexicon(siteDir: string, files: readonly string[]): void {
  mkdirSync(join(siteDir, LEXICON_FOLDER), { recursive: true });
  files.forEach((text, i) => writeFileSync(join(siteDir, lexiconFilePath(i, files.length)), text));
}

export { LEXICON_FILES, LEXICON_FOLDER };
