/**
 * The archive's lexicon: every word of four letters or more of the published texts, folded as the
 * search page folds what the reader types (and as the texts write it, accents kept), in LEXICON_FILES files under `recherche/lexique/`
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
import type { WordStats } from './words.ts';
import { LEXICON_FILES, LEXICON_FOLDER, lexiconFilePath, lexiconIndex } from '../../public/js/lexicon.js';

/** Fewer letters than this: the page never takes the word for a typo (`suggestion`), so it is left out. */
const MIN_LETTERS = 4;

/** What the lexicon is made of: word stats (./words.ts), their folded words and how the texts write them. */
export type LexiconStats = Pick<WordStats, 'words' | 'first' | 'spellings'>;

/**
 * The lines of the lexicon, each with the folded word whose file it goes in: every folded word of four letters or
 * more and, for a compound, each of its parts (Pagefind finds `lanta` in « Koh-Lanta », and the page reads the parts
 * of a compound as words); and each way the texts write the word in lower case where that is not the folded word
 * (`élysée`, `cœur`), so that a word typed with accents is the archive's only when the archive writes it so:
 * `véhicle` is not the « Vehicle » of an English name, and is still offered « véhicule ».
 * @example lexiconEntries({ words: ['koh-lanta', 'elysee', 'mai'], first: ['Koh-Lanta', 'Élysée', 'mai'], spellings: [{}, {}, { mai: 3 }] })
 * // [['koh-lanta', 'koh-lanta'], ['lanta', 'lanta'], ['elysee', 'elysee'], ['elysee', 'élysée']]
 */
export function lexiconEntries(stats: LexiconStats): [folded: string, line: string][] {
  const lines = new Map<string, string>();
  const add = (folded: string, written: string) => {
    if (folded.length >= MIN_LETTERS) lines.set(written, folded);
    const parts = folded.split('-');
    const writtenParts = written.split('-');
    if (parts.length < 2 || parts.length !== writtenParts.length) return;
    parts.forEach((part, k) => {
      if (part.length >= MIN_LETTERS) lines.set(writtenParts[k]!, part);
    });
  };
  stats.words.forEach((word, i) => {
    add(word, word);
    for (const written of new Set([stats.first[i]!.toLowerCase(), ...Object.keys(stats.spellings[i]!)])) if (written !== word) add(word, written);
  });
  return [...lines].map(([line, folded]) => [folded, line]);
}

/**
 * The text of each file of the lexicon, by its index: its lines (`lexiconEntries`) in code unit order, one a line,
 * each line ended, in the file of their folded word; '' for a file without words (written all the same, so that a
 * missing file means a failed fetch, never an unknown word).
 * @example lexiconFiles(stats, 2) // ['macron\n', 'elysee\nretraites\nélysée\n'] (as the hash falls)
 */
export function lexiconFiles(stats: LexiconStats, files = LEXICON_FILES): string[] {
  const buckets: string[][] = Array.from({ length: files }, () => []);
  for (const [folded, line] of lexiconEntries(stats)) buckets[lexiconIndex(folded, files)]!.push(line);
  return buckets.map((b) => b.sort((a, c) => (a < c ? -1 : a > c ? 1 : 0)).map((w) => `${w}\n`).join(''));
}

/** Writes the lexicon (`lexiconFiles`) into the site folder. */
export function writeLexicon(siteDir: string, files: readonly string[]): void {
  mkdirSync(join(siteDir, LEXICON_FOLDER), { recursive: true });
  files.forEach((text, i) => writeFileSync(join(siteDir, lexiconFilePath(i, files.length)), text));
}
