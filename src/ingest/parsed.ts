import type { DateInfo, Diagnostic, Section } from '../model.ts';

/** What a format parser (raw text or Markdown) extracts from one file's text. */
export interface Parsed {
  title?: string;
  titleFromFrontMatter?: boolean;
  date?: DateInfo;
  lede: string;
  sections: Section[];
  bodyHtml?: string;
  source?: string;
  originalUrl?: string;
  topics: string[];
  draft: boolean;
  truncated: boolean;
  /** Diagnostics without `file`; the caller adds it. */
  diagnostics: Omit<Diagnostic, 'file'>[];
}
