/**
 * The search page's pure module (public/js/search-core.js), imported as the browser gets it.
 * The file is plain JavaScript copied verbatim into the site; its JSDoc types are restated here.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface SearchState {
  q: string;
  filters: Record<string, string>;
  tri: string;
}

export interface SearchCore {
  FILTERS: readonly string[];
  readState(search: string): SearchState;
  writeState(state: SearchState): string;
  pagefindTerm(q: string): string | null;
  broadTerm(term: string, listed: string[], typing: boolean): string;
  searchTerm(term: string | null): string;
  searchOptions(state: SearchState, without?: string): { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> };
  restoreTypography(text: string): string;
  excerptParts(excerpt: string): { text: string; mark: boolean }[];
  countOf(n: number, singular: string, plural: string): string;
  statusText(count: number, q: string, chosenFilters: number): string;
  filterOptions(known: { value: string; label: string }[], counts: Record<string, number>, chosen: string): { value: string; label: string; count: number }[];
  topicLinks(slugs: unknown, labels: Map<string, string>, basePath: string): { label: string; url: string }[];
  excerptCuts(content: string, plainExcerpt: string): { before: boolean; after: boolean };
  editDistance(a: string, b: string, max: number): number;
  suggestion(q: string, words: string[], nothingFound?: boolean, matched?: (folded: string, typed: string) => boolean, answeredBy?: (folded: string) => string[], spellingsOf?: (listed: string) => string[], held?: (folded: string) => boolean): string | null;
  replacedWords(q: string, better: string): string[];
  closestSpelling(typed: string, listed: string, spellings: string[]): string;
  typoOfFrequent(folded: string, listed: string[], forms: string[]): boolean;
  formsOnlyTypos(term: string, marked: string[], listed: string[], typing: boolean): string[];
  queryWord(typed: string): string;
  correctedText(count: number, q: string, better: string, chosenFilters: number): string;
  otherWords(words: string[], q: string, instead: string): string[];
  wordOnScreen(typed: string, folded: Set<string>, written: Set<string>): boolean;
  markedWords(excerpts: string[]): string[];
  fallbackWords(term: string, marked: string[]): string[];
  sameWord(a: string, b: string): boolean;
  foldWord(w: string): string;
  isFormOf(words: string[], text: string): boolean;
  wordForms(term: string, listed: string[], typing: boolean): string[][];
  inflections(word: string): string[];
  namedTopic(q: string, labels: ReadonlyMap<string, string>): string | undefined;
  yearOfQuery(q: string, years: string[]): { q: string; year: string } | undefined;
  exactSearcher(pagefind: { search: (term: string) => Promise<{ results: { id: string }[] }> }): (word: string) => Promise<Set<string>>;
  aloneSearcher(pagefind: { search: (term: string) => Promise<{ results: { id: string }[] }> }): (word: string) => Promise<Set<string>>;
  rareWords(term: string, listed: string[], typing: boolean): string[];
  typedWords(term: string, listed: string[], typing: boolean): string[];
  typedWhole(term: string | null, listed: string[]): boolean;
  wordParts(word: string): string[];
  formIds(exact: (word: string) => Promise<Set<string>>, term: string, listed: string[], typing: boolean, alone?: (word: string) => Promise<Set<string>>): Promise<{ ids: Set<string>; words: string[] } | undefined>;
  wholeWordsFirst<R extends { id: string }>(exact: (word: string) => Promise<Set<string>>, term: string, results: R[]): Promise<R[]>;
  withoutTitle(parts: { text: string; mark: boolean }[], title: string, content: string, plainExcerpt: string, length?: number): { parts: { text: string; mark: boolean }[]; cut?: boolean; after?: boolean };
  trimmedExcerpt(parts: { text: string; mark: boolean }[]): { text: string; mark: boolean }[];
  queryPhrases(q: string): Phrase[];
  typedPhrase(q: string): Phrase | undefined;
  phraseKey(text: string): string;
  holdsPhraseText(content: string, phrase: Phrase): boolean;
  mayHoldPhrase(positions: ReadonlyArray<ReadonlySet<number> | null>, words: readonly PhraseWord[]): boolean;
  phraseExcerpt(content: string, phrase: Phrase, from?: number): { excerpt: string; plain: string } | undefined;
  markForms(parts: { text: string; mark: boolean }[], words: string[], only?: boolean, exact?: boolean): { text: string; mark: boolean }[];
  textForms(text: string, words: string[], max?: number): string[];
  STOP_WORDS: Set<string>;
}

export interface PhraseWord {
  word: string;
  elided: boolean;
}

export interface Phrase {
  text: string;
  words: PhraseWord[];
}

const path = pathToFileURL(join(import.meta.dirname, '..', '..', 'public', 'js', 'search-core.js')).href;

/** The module, loaded once. */
export const core = (await import(path)) as SearchCore;
