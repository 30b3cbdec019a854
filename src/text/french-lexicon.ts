/**
 * The French word list (`an-array-of-french-words`: about 336,000 words, lowercase, with their
 * accents) as a lexicon by folded form, read on first use: only an archive with files named
 * after their headline and no title in their text needs it (src/text/file-title.ts).
 */
import { createRequire } from 'node:module';
import { buildLexicon, type Lexicon } from './file-title.ts';

let lexicon: Lexicon | undefined;

/** The French lexicon, built once per thread. */
export function frenchLexicon(): Lexicon {
  return (lexicon ??= buildLexicon(createRequire(import.meta.url)('an-array-of-french-words') as string[]));
}
