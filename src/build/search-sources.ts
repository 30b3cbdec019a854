/**
 * The search index of a build starts from the analysed articles, before the archive's lists
 * are made (src/build/index.ts): the records of an article need only its text, URL, topics,
 * source and date label, all known once it is analysed.
 */
import { archiveOrder } from '../enrich/archive.ts';
import type { Article } from '../model.ts';
import { extend } from '../model/objects.ts';
import type { RecordSource } from '../search/records.ts';
import { frenchDate } from '../text/french-dates.ts';

/**
 * What the records of analysed articles are made from, in the archive's order, before the
 * archive is built (src/enrich/archive.ts gives each its author and date label the same way):
 * the index can start while the archive's lists are made. `sameRecordSources`
 * (src/search/records.ts) tells whether the archive built afterwards gives the same.
 * @example archiveRecordSources(analysed.articles, ingested.textKeys)[0].dateLabel // '2 mars 2024'
 */
export function archiveRecordSources(articles: readonly Article[], textKeys: ReadonlyMap<string, string>): (Article & Pick<RecordSource, 'dateLabel' | 'textKey'>)[] {
  return withTextKeys(archiveOrder(articles).map((a) => extend(a, { dateLabel: frenchDate(a.date) })), textKeys);
}

/**
 * The articles with the hash of their text (`textKey`, src/search/records.ts), when known: the
 * indexing process then reads the text of the shards it indexes only.
 * @example withTextKeys(archive.articles, ingested.textKeys)[0].textKey // 'a94a8fe5…'
 */
export function withTextKeys<T extends Article>(articles: readonly T[], textKeys: ReadonlyMap<string, string>): (T & { textKey?: string })[] {
  return articles.map((a) => {
    const textKey = textKeys.get(a.sourceFile);
    return textKey ? (extend(a, { textKey }) as T & { textKey: string }) : a;
  });
}
