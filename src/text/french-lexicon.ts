/**
 * The French word list (`an-array-of-french-words`: about 336,000 words, lowercase, with their
 * accents) as a lexicon by folded form, read on first use: only an archive with files named
 * after their headline and no title in their text needs it (src/text/file-title.ts).
 */
import { createRequire } from 'node:module';
import { buildLexicon, type Lexicon } from './file-title.ts';

let lexicon: Lexicon | undefined;

/**
 * Verbs of the first group that headlines use and the word list lacks (« tacle », « recadre »,
 * « dézingue »): their present, participles and infinitive are added to it.
 */
const HEADLINE_VERBS = ['tacler', 'recadrer', 'dézinguer', 'clasher', 'zapper', 'tweeter', 'retweeter', 'liker', 'spoiler', 'buzzer'];

/** The forms of a verb in -er that a headline may hold: present (3rd persons), participles, infinitive. */
export const verbForms = (infinitive: string): string[] => {
  const stem = infinitive.slice(0, -2);
  return [`${stem}e`, `${stem}ent`, `${stem}é`, `${stem}ée`, `${stem}és`, `${stem}ées`, infinitive];
};

/** The French lexicon, built once per thread. */
export function frenchLexicon(): Lexicon {
  return (lexicon ??= buildLexicon([...(createRequire(import.meta.url)('an-array-of-french-words') as string[]), ...HEADLINE_VERBS.flatMap(verbForms)]));
}
