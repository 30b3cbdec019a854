/**
 * Where a word is in the archive's lexicon, for the build that writes it (src/search/lexicon.ts)
 * and the search page that reads it (./search-page.js, `archiveHolds`): every word of the
 * published texts, folded and as the texts write it in lower case (`lexiconLine`), in
 * LEXICON_FILES small files by a hash of the folded word. The page's word
 * list (`recherche/mots.json`) holds the 12,000 most frequent words only; before it replaces a
 * doubtful word by a close frequent one, the page fetches the one file the word would be in, and
 * keeps the word as typed when it is there.
 *
 * The number of files sets what a doubtful word costs: one file is fetched per doubtful word, and the
 * lexicon grows with the archive. Measured on the corpus, folded words only: 34,961 words, 328 kB over 3,000
 * articles; 64,002 words, 619 kB over 10,000 (Heaps' law fitted on those two, exponent 0.53). With the words
 * as the texts write them where that differs from the folded word (`élysée`), 83,415 lines, 837 kB over 10,000
 * articles: 1.6 kB a file at the median with 512 files (0.84 kB gzipped), about 4 kB at 50,000. 256 files
 * would give about 8 kB a file at 50,000; 1,024 files, 0.3 kB at 3,000, HTTP headers weighing more than the words.
 */

/** Files of the lexicon: a power of two, so that file names have a fixed number of hex digits. */
export const LEXICON_FILES = 512;

/** Folder of the lexicon in the site, without base path. */
export const LEXICON_FOLDER = 'recherche/lexique';

/**
 * The index of the file a folded word is in: FNV-1a over its UTF-16 code units, modulo LEXICON_FILES.
 * @param {string} folded
 * @param {number} [files]
 * @returns {number}
 * @example lexiconIndex('macron') // a number below LEXICON_FILES, the same in the build and the page
 */
export function lexiconIndex(folded, files = LEXICON_FILES) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < folded.length; i++) {
    hash ^= folded.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % files;
}

/**
 * The site path (without base path) of the file a folded word is in.
 * @param {string} folded
 * @param {number} [files]
 * @returns {string}
 * @example lexiconPath('macron') // 'recherche/lexique/0c4.txt' (say)
 */
export function lexiconPath(folded, files = LEXICON_FILES) {
  return lexiconFilePath(lexiconIndex(folded, files), files);
}

/**
 * The site path (without base path) of file `index` of the lexicon: its index in hex digits, as many as the last's.
 * @param {number} index
 * @param {number} [files]
 * @returns {string}
 * @example lexiconFilePath(10, 512) // 'recherche/lexique/00a.txt'
 */
export function lexiconFilePath(index, files = LEXICON_FILES) {
  return `${LEXICON_FOLDER}/${index.toString(16).padStart((files - 1).toString(16).length, '0')}.txt`;
}

/**
 * The line of the lexicon that says the archive holds a typed word: the word folded when it is typed without
 * accents (the archive may write it in any way), else the word as typed, in lower case (the archive must write it
 * so: `véhicle` is not the archive's for the « Vehicle » of an English name).
 * @param {string} typed
 * @param {string} folded the typed word folded (search-core.js, `foldWord`)
 * @returns {string}
 * @example lexiconLine('Servaient', 'servaient') // 'servaient'
 * @example lexiconLine('Élysée', 'elysee') // 'élysée'
 */
export function lexiconLine(typed, folded) {
  const lower = typed.normalize('NFC').toLowerCase();
  return lower === folded ? folded : lower;
}

/**
 * The lines of a lexicon file: one word a line, folded, or as the archive writes it in lower case.
 * @param {string} text
 * @returns {Set<string>}
 * @example lexiconWords('elysee\nmacron\nélysée\n') // Set { 'elysee', 'macron', 'élysée' }
 */
export function lexiconWords(text) {
  return new Set(text.split('\n').filter((w) => w));
}
