import type { DateInfo, Diagnostic, Section } from '../model.ts';

/** What a format parser (raw text or Markdown) extracts from one file's text. */
export interface Parsed {
  title?: string;
  titleFromFrontMatter?: boolean;
  /** 1-based line where the title is written, when there is one. */
  titleLine?: number;
  date?: DateInfo;
  /** 1-based line where the date is written, when there is one. */
  dateLine?: number;
  lede: string;
  sections: Section[];
  bodyHtml?: string;
  source?: string;
  /** The writer, from front matter `author`. */
  author?: string;
  originalUrl?: string;
  topics: string[];
  draft: boolean;
  truncated: boolean;
  /** Diagnostics without `file`; the caller adds it. */
  diagnostics: Omit<Diagnostic, 'file'>[];
}
