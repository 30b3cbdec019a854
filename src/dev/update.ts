/**
 * The dev server's quick update of an edited article: its new text in its old place. Enrich and
 * the archive take 2.5 s on 10,000 articles, too slow for a page to change within 2 s of a save,
 * so the saved file is ingested alone and its content laid over the article as the site knows
 * it (URL, topics, entities, neighbours, related articles, JSON-LD). The background build that
 * follows recomputes all of it, moves the page if its URL changed, and refreshes the search.
 */
import type { Article, ArchiveArticle } from '../model.ts';
import { frenchDate } from '../text/french-dates.ts';

/**
 * The archive article with the text of `fresh` (the file as just ingested), or undefined when
 * the edit cannot be shown in place (the article became a draft).
 * @example patchArticle(archived, { ...archived, title: 'Nouveau titre' })?.title // 'Nouveau titre'
 */
export function patchArticle(old: ArchiveArticle, fresh: Article): ArchiveArticle | undefined {
  if (fresh.draft) return undefined;
  const { bodyHtml: _body, source: _source, originalUrl: _original, date: _date, stored: _stored, ...kept } = old;
  const dateLabel = frenchDate(fresh.date);
  const { dateIso: _dateIso, ...card } = old.card;
  return {
    ...kept,
    format: fresh.format,
    title: fresh.title,
    titleOrigin: fresh.titleOrigin,
    ...(fresh.date ? { date: fresh.date } : {}),
    lede: fresh.lede,
    sections: fresh.sections,
    ...(fresh.bodyHtml !== undefined ? { bodyHtml: fresh.bodyHtml } : {}),
    ...(fresh.source ? { source: fresh.source } : {}),
    ...(fresh.originalUrl ? { originalUrl: fresh.originalUrl } : {}),
    wordCount: fresh.wordCount,
    readingMinutes: fresh.readingMinutes,
    truncated: fresh.truncated,
    diagnostics: fresh.diagnostics,
    dateLabel,
    card: { ...card, title: fresh.title, dateLabel, ...(fresh.date ? { dateIso: fresh.date.iso } : {}) },
  };
}
