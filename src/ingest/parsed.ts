import type { Article, Diagnostic } from '../model.ts';

/**
 * What a format parser (raw text or Markdown) extracts from one file's text: the article's own
 * fields as the model types them, plus where the title and the date were written.
 */
export type Parsed = Pick<Article, 'lede' | 'sections' | 'topics' | 'draft' | 'truncated'> &
  Partial<Pick<Article, 'date' | 'bodyHtml' | 'source' | 'author' | 'originalUrl' | 'slug' | 'aliases' | 'aliasesLine'>> & {
    title?: string;
    titleFromFrontMatter?: boolean;
    /** 1-based line where the title is written, when there is one. */
    titleLine?: number;
    /** 1-based line where the date is written, when there is one. */
    dateLine?: number;
    /** Diagnostics without `file`; the caller adds it. */
    diagnostics: Omit<Diagnostic, 'file'>[];
  };
