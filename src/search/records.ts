/**
 * One search record per article: the HTML document that Pagefind indexes, with the filters,
 * sort keys and metadata the search page reads. Pure; built from the archive, so the search
 * index never depends on how the article template lays a page out.
 *
 * - Text: the title (an `<h1>`, weighed most: TITLE_WEIGHT), the lede (LEDE_WEIGHT) and the body,
 *   typeset as the article page shows them, with elisions split and ligatures expanded for
 *   indexing (./fold.ts).
 * - Filters: `sujet` (topic slugs), `annee` (dated articles only), `source` (one value per
 *   source across its spellings, none for a byline: ./sources.ts).
 * - Sort keys: `recent` and `ancien`. Pagefind leaves out of a sorted search every page that
 *   lacks the key, so undated articles get `0000` and `9999`: last in both orders.
 * - Metadata: `title`, `date` (French label), `dateIso`, and `tout`, a word every record holds
 *   (`EVERY_RECORD_WORD`), which the search page searches when only filters are chosen. Nothing the filters already carry:
 *   every result shown fetches its metadata and filters, so the search page shows the source
 *   and topic links from the filters (topic labels from its own list) rather than have every
 *   query fetch them twice.
 */
import { dateSortKey } from '../text/date-key.ts';
import { ledeUnderTitle } from '../text/article-text.ts';
import type { ArchiveArticle } from '../model.ts';
import { extend } from '../model/objects.ts';
import { frenchTypography } from '../text/french-typography.ts';
import { frenchTypographyHtml } from '../text/french-typography-html.ts';
import { indexableHtml, indexableText } from './fold.ts';
import { EVERY_RECORD_WORD } from '../../public/js/fold-rules.js';

/** The fields of an article a record is made of: nothing else of the article is read. */
export const RECORD_FIELDS = ['url', 'title', 'titleOrigin', 'lede', 'sections', 'bodyHtml', 'topics', 'date', 'dateLabel', 'source'] as const;

/**
 * An article as its record sees it. `textKey`, when given, is a hash of its text (title, date,
 * lede, body: the ingest's `textHash`): its record's input (`recordInput`) then needs only that,
 * not the text, which the indexing process reads only for the shards it indexes.
 */
export type RecordSource = Pick<ArchiveArticle, (typeof RECORD_FIELDS)[number]> & { textKey?: string };

/**
 * The fields of an article its record is made from: its sections only when it has no HTML body
 * (`recordBody` reads one or the other), so that the indexing process is not sent the text twice.
 * @example recordSource(markdownArticle).sections // []
 */
export function recordSource(article: RecordSource): RecordSource {
  const fields = Object.fromEntries([...RECORD_FIELDS, 'textKey' as const].flatMap((f) => (article[f] === undefined ? [] : [[f, article[f]]]))) as RecordSource;
  return article.bodyHtml ? extend(fields, { sections: [] }) : fields;
}

/**
 * Everything a record is made from, as text: its article's RECORD_FIELDS (its text as its
 * `textKey` when it has one) and its source's filter value. The same text gives the same record
 * (with the same code): the search index keys its shards with it (./index.ts) without making
 * the records.
 * @example recordInput(article, values) // '["/articles/2024/03/x/","Titre",…,"AFP"]'
 */
export function recordInput(article: RecordSource, sourceValues?: ReadonlyMap<string, string>): string {
  const sourceValue = article.source && (sourceValues ? sourceValues.get(article.source) : article.source);
  const fields = article.textKey ? [{ textKey: article.textKey }, ...RECORD_FIELDS.filter((f) => !TEXT_FIELDS.has(f)).map((f) => article[f] ?? null)] : RECORD_FIELDS.map((f) => article[f] ?? null);
  return JSON.stringify([...fields, sourceValue ?? null]);
}

/** The fields a `textKey` stands for. */
const TEXT_FIELDS = new Set<string>(['title', 'lede', 'sections', 'bodyHtml']);

/**
 * Whether two lists of record sources make the same records: the same fields, article by article.
 * @example sameRecordSources(archive.articles, archive.articles) // true
 */
export function sameRecordSources(a: readonly RecordSource[], b: readonly RecordSource[]): boolean {
  return a.length === b.length && a.every((x, i) => RECORD_FIELDS.every((f) => x[f] === b[i]![f]));
}

export interface SearchRecord {
  /** Site-relative URL of the article page, without base path. */
  url: string;
  /** The document given to Pagefind's `addHTMLFile`. */
  html: string;
}

/** Pagefind filter names, also the URL parameters of the search page (public/js/search-core.js). */
export type FilterName = 'sujet' | 'annee' | 'source';

export interface RecordFields {
  filters: Record<FilterName, string[]>;
  sort: { recent: string; ancien: string };
  meta: Record<string, string>;
}

/**
 * Escapes text for HTML element content and double-quoted attributes.
 * @example escapeHtml('<a href="x">&</a>') // '&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Filters, sort keys and metadata of an article. `sourceValues` maps each source line of the
 * archive to its filter value (./sources.ts, `sourceFilterValues`); without it, the line as it is.
 * @example recordFields(article).filters.annee // ['2024']
 */
export function recordFields(article: RecordSource, sourceValues?: ReadonlyMap<string, string>): RecordFields {
  const sourceValue = article.source && (sourceValues ? sourceValues.get(article.source) : article.source);
  const key = dateSortKey(article.date);
  return {
    filters: {
      sujet: [...article.topics],
      annee: article.date ? [String(article.date.year)] : [],
      source: sourceValue ? [sourceValue] : [],
    },
    sort: { recent: key || '0000', ancien: key || '9999' },
    meta: {
      // Indexable like the text (./fold.ts): Pagefind also searches the title metadata; the
      // search page puts the typography back (restoreTypography).
      title: indexableText(frenchTypography(article.title)),
      date: article.dateLabel,
      ...(article.date ? { dateIso: article.date.iso } : {}),
      tout: EVERY_RECORD_WORD,
    },
  };
}

function headTags(fields: RecordFields): string {
  const tag = (kind: string, name: string, value: string) =>
    `<meta data-pagefind-${kind}="${name}[content]" content="${escapeHtml(value)}">`;
  return [
    ...Object.entries(fields.meta).map(([k, v]) => tag('meta', k, v)),
    ...Object.entries(fields.filters).flatMap(([k, vs]) => vs.map((v) => tag('filter', k, v))),
    ...Object.entries(fields.sort).map(([k, v]) => tag('sort', k, v)),
  ].join('\n');
}

/** Text as the page shows it, made indexable (./fold.ts), escaped. */
const text = (s: string) => escapeHtml(indexableText(frenchTypography(s)));

/** The body of an article's record: its text, typeset and folded (the costly part of a record). */
function recordBody(article: RecordSource): string {
  if (article.bodyHtml) return indexableHtml(frenchTypographyHtml(article.bodyHtml));
  return article.sections
    .flatMap((s) => [...(s.heading ? [`<h2>${text(s.heading)}</h2>`] : []), ...s.paragraphs.map((p) => `<p>${text(p)}</p>`)])
    .join('\n');
}

/**
 * Weight of the title's words, Pagefind's highest (its default for an `<h1>` is 7, an `<h2>`
 * 6): a word of the title counts clearly more than the same word in an intertitle or the body,
 * so `l’Élysée` brings the articles about the Élysée before those that mention it.
 */
export const TITLE_WEIGHT = 10;

/**
 * Weight of the lede's words, above the body's (1): an article whose lede holds a query word is
 * about it, one whose body mentions it once in passing is not (`retraites`, review 34).
 */
export const LEDE_WEIGHT = 3;

/**
 * The search record of an article.
 * @example articleRecord(article).html.includes('<h1>L’'intelligence artificielle…</h1>')
 */
export function articleRecord(article: RecordSource, sourceValues?: ReadonlyMap<string, string>): SearchRecord {
  const lede = ledeUnderTitle(article);
  const html = [
    '<!doctype html>',
    '<html lang="fr">',
    '<head>',
    headTags(recordFields(article, sourceValues)),
    '</head>',
    '<body>',
    `<h1 data-pagefind-weight="${TITLE_WEIGHT}">${text(article.title)}</h1>`,
    ...(lede ? [`<p data-pagefind-weight="${LEDE_WEIGHT}">${text(lede)}</p>`] : []),
    recordBody(article),
    '</body>',
    '</html>',
  ].join('\n');
  return { url: article.url, html };
}
