/**
 * One input file, as path and bytes, to an article or diagnostics. Pure: no disk, no Eleventy.
 */
import type { Article, Diagnostic, IngestResult } from '../model.ts';
import { isFuture, parisToday } from './dates.ts';
import { decode } from './decode.ts';
import { parseMarkdown } from './markdown.ts';
import { normalise } from './normalise.ts';
import type { Parsed } from './parsed.ts';
import { parseRawText } from './raw-text.ts';
import { slugify } from './slug.ts';
import { countWords } from './text-rules.ts';
import { deriveTitle } from './title.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown'];
/** Files bigger than this are rejected: no article is that long, and parsing must stay fast. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const TITLE_MAX = 200;
const WORDS_PER_MINUTE = 230;

function extension(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** Why a file is not an article at all (image, hidden file…), or undefined when it is one. */
export function skipReason(path: string): string | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base.startsWith('.')) return 'hidden file';
  if (!ARTICLE_EXTENSIONS.includes(extension(path))) return `not an article: only ${ARTICLE_EXTENSIONS.join(', ')} files are read`;
  return undefined;
}

function titleFrom(parsed: Parsed, diags: Parsed['diagnostics']): Pick<Article, 'title' | 'titleOrigin'> {
  let title = parsed.title?.replace(/\s+/g, ' ').trim();
  const line = parsed.titleLine;
  if (title !== undefined && !/[\p{L}\p{N}]/u.test(title)) {
    diags.push({ id: 'title-empty', level: 'warning', line, message: title ? `title "${title.slice(0, 80)}" has no letter or digit; a title is derived from the lede; write a title in words` : 'empty title; a title is derived from the lede; write a title' });
    title = undefined;
  }
  if (title === undefined) return { title: deriveTitle(parsed.lede), titleOrigin: 'derived' };
  if (title.length > TITLE_MAX) {
    diags.push({ id: 'title-too-long', level: 'warning', line, message: `title of ${title.length} characters shortened to ${TITLE_MAX}; write a shorter title` });
    title = deriveTitle(title, TITLE_MAX);
  }
  return { title, titleOrigin: parsed.titleFromFrontMatter ? 'front-matter' : 'title-line' };
}

/**
 * The rejection of a file too large to be one article, so the caller can refuse it before
 * reading it.
 * @example sizeProblem('a.txt', 5 * 1048576)?.id // 'file-too-large'
 */
export function sizeProblem(file: string, size: number): Diagnostic | undefined {
  if (size <= MAX_FILE_BYTES) return undefined;
  return { id: 'file-too-large', level: 'error', file, message: `file of ${size.toLocaleString('en')} bytes is over the ${MAX_FILE_BYTES / 1048576} MB limit for one article (${MAX_FILE_BYTES.toLocaleString('en')} bytes); split it or remove what is not article text` };
}

/** URL of an article from its date and slug; undated articles live under `sans-date`. */
export function articleUrl(date: Article['date'], slug: string): string {
  if (!date) return `/articles/sans-date/${slug}/`;
  if (!date.month) return `/articles/${date.year}/${slug}/`;
  return `/articles/${date.year}/${String(date.month).padStart(2, '0')}/${slug}/`;
}

export interface IngestOptions {
  /** Today as `AAAA-MM-JJ`, for dates in the future; defaults to today in Europe/Paris. */
  today?: string;
}

/**
 * Reads one file into an article.
 * @example ingestFile('a.txt', new TextEncoder().encode(' date 2024-02 Bonjour.')).ok // true
 */
export function ingestFile(path: string, bytes: Uint8Array, options: IngestOptions = {}): IngestResult {
  const file = path.normalize('NFC');
  const skip = skipReason(file);
  if (skip) return { ok: 'skipped', reason: skip };
  const diag = (d: Omit<Diagnostic, 'file'>): Diagnostic => ({ file, ...d });
  if (bytes.length === 0) return { ok: false, diagnostics: [diag({ id: 'empty-file', level: 'error', message: 'empty file: nothing to publish; write the article or delete the file' })] };
  const tooLarge = sizeProblem(file, bytes.length);
  if (tooLarge) return { ok: false, diagnostics: [tooLarge] };

  const local: Parsed['diagnostics'] = [];
  const decoded = decode(bytes);
  if (decoded.invalidUtf8Line !== undefined) {
    local.push({ id: 'encoding-invalid-bytes', level: 'warning', line: decoded.invalidUtf8Line, message: 'bytes that are not UTF-8 are shown as U+FFFD (�); retype the damaged characters on this line and save the file as UTF-8' });
  } else if (decoded.encoding === 'windows-1252') {
    local.push({ id: 'encoding-windows-1252', level: 'warning', message: 'not valid UTF-8: read as Windows-1252; save the file as UTF-8' });
  } else if (decoded.encoding !== 'utf-8') {
    local.push({ id: 'encoding-utf-16', level: 'info', message: `read as ${decoded.encoding.toUpperCase()}; UTF-8 is preferred` });
  }
  const norm = normalise(decoded.text);
  if (norm.removedControls > 0) {
    local.push({ id: 'control-characters', level: 'warning', message: `${norm.removedControls} control character(s) such as NUL removed; check the file is text` });
  }
  if (norm.text.trim() === '') {
    return { ok: false, diagnostics: [...local, { id: 'empty-file', level: 'error' as const, message: 'the file has no text: nothing to publish; write the article or delete the file' }].map(diag) };
  }

  const format = extension(file) === '.txt' ? 'text' : 'markdown';
  const parsed = format === 'text' ? parseRawText(norm.text) : parseMarkdown(norm.text);
  const diags = [...local, ...parsed.diagnostics];
  if (!parsed.lede && !diags.some((d) => d.level === 'error')) {
    diags.push({ id: 'no-text', level: 'error', line: 1, message: 'no article text found; write at least one paragraph after the title and date' });
  }
  if (diags.some((d) => d.level === 'error')) return { ok: false, diagnostics: diags.map(diag) };

  if (parsed.date && isFuture(parsed.date, options.today ?? parisToday())) {
    diags.push({ id: 'date-future', level: 'warning', line: parsed.dateLine, message: `date ${parsed.date.iso} is in the future; check the year` });
  }
  const { title, titleOrigin } = titleFrom(parsed, diags);
  const slug = slugify(title) || 'article';
  const wordCount = countWords([parsed.lede, ...parsed.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs])].join(' '));
  const article: Article = {
    id: file.replace(/\.[^./]+$/, ''),
    sourceFile: file,
    format,
    slug,
    url: articleUrl(parsed.date, slug),
    title,
    titleOrigin,
    ...(parsed.date ? { date: parsed.date } : {}),
    lede: parsed.lede,
    sections: parsed.sections,
    ...(parsed.bodyHtml !== undefined ? { bodyHtml: parsed.bodyHtml } : {}),
    ...(parsed.source ? { source: parsed.source } : {}),
    ...(parsed.author ? { author: parsed.author } : {}),
    ...(parsed.originalUrl ? { originalUrl: parsed.originalUrl } : {}),
    topics: parsed.topics,
    entities: [],
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    truncated: parsed.truncated,
    draft: parsed.draft,
    diagnostics: diags.map(diag),
  };
  return { ok: true, article };
}
