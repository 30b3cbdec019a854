/**
 * Enrichment: topics and entities per article, unique URLs, related articles.
 * Pure: the taxonomy and gazetteer texts come in as strings.
 */
import type { Analysis, Article, EntityRef, Subjects, TopicDef, UnmappedTopic } from '../model.ts';
import { uniqueUrls } from './archive.ts';
import { extend } from '../model/objects.ts';
import { buildEntityMatcher, detectEntities } from './entities.ts';
import type { EnrichConfig } from './knowledge.ts';
import { relatedArticles, subjectEntities } from './related.ts';
import { placeScope, topicHints } from './topic-hints.ts';
import { fileHeadline } from '../text/file-headline.ts';
import { gluedMediaNames } from '../reference/media.ts';
import { assignTopics, authorTopics, buildTopicMatcher, isTopicAlias, type TopicMatcher } from './topics.ts';

export { BUILT_IN_DIR, CONFIG_FILES, GAZETTEER_FILE, TAXONOMY_FILE, loadKnowledge, type EnrichConfig } from './knowledge.ts';

function bodyText(a: Article): string {
  return a.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs]).join('\n');
}

/**
 * The text topics and entities are read from: title, lede (with the rubric that opened it,
 * `INSOLITE - …`) and body (headings included).
 * @example articleDoc(article).title // article.title
 */
export function articleDoc(a: Article): { title: string; lede: string; body: string; date?: string } {
  return { title: a.title, lede: a.kicker ? `${a.kicker} - ${a.lede}` : a.lede, body: bodyText(a), ...(a.date ? { date: a.date.iso } : {}) };
}

/**
 * The text topics are read from: `articleDoc`, except for an article whose title is derived from
 * its lede (its file gives none, and its name could not be rebuilt into a headline,
 * src/text/file-title.ts). Its file name, when it reads as a headline
 * (`2016-08-04-allaitement-l-unicef-fait-polemique-19195.txt`, src/text/file-headline.ts), is the
 * title topics read, and the lede is whole; otherwise the lede goes on from where the derived title
 * stops, so that its first sentence counts once, as the title's. On the labelled samples' articles
 * whose raw text has no title line, read from it (`npm run eval:topics`): precision and recall
 * 0.738 / 0.766 with the derived title also read in the lede, 0.747 / 0.765 read once, 0.818 / 0.804
 * with the file name's headline (the same articles from Markdown, with their headline: 0.809 / 0.832).
 * @example topicDoc(article).title // 'allaitement l unicef fait polemique'
 */
export function topicDoc(a: Article, doc = articleDoc(a)): ReturnType<typeof articleDoc> {
  if (a.titleOrigin !== 'derived') return doc;
  const headline = fileHeadline(a.sourceFile, gluedMediaNames());
  if (headline !== undefined) return { ...doc, title: headline };
  const said = a.title.replace(/\s*…$/u, '');
  const lede = a.lede.replace(/\s+/g, ' ').trim();
  return lede.startsWith(said) ? { ...doc, lede: (a.kicker ? `${a.kicker} - ` : '') + lede.slice(said.length).replace(/^[\s.!?…;:,]+/u, '') } : doc;
}

/**
 * Topics of an article from its text, its front-matter topics and the entities found in it
 * (entity hints: where its places are, whom its title names; src/enrich/topic-hints.ts).
 * @example articleTopics(articleDoc(a), detectEntities(articleDoc(a), entityMatcher), topicMatcher, a.topics)
 */
export function articleTopics(doc: { title: string; lede: string; body: string; date?: string }, entities: readonly EntityRef[], matcher: TopicMatcher, frontMatterTopics: readonly string[]): string[] {
  const people = entities.filter((e) => e.kind === 'person').map((e) => e.name);
  return assignTopics({ ...doc, people }, matcher, frontMatterTopics, topicHints(doc, entities, placeScope, (name) => isTopicAlias(matcher, name, matcher.hinted.politics)));
}

/**
 * Runs `compute`, the topics-and-entities analysis of one article, or returns what it gave
 * before for the same article and knowledge (the build cache, src/build/cache.ts).
 */
export type AnalysisMemo = (article: Article, compute: () => Analysis) => Analysis;

/**
 * The analysis of articles with this taxonomy and gazetteer: topics and entities from the text,
 * and the entities the article is about (for related articles). Its matchers are built on first
 * use (a rebuild whose articles were all analysed before needs none).
 * @example const analyse = articleAnalyser(config); analyse(article).topics // ['politique']
 */
export function articleAnalyser(config: Pick<EnrichConfig, 'topics' | 'entities'>): { analyse: (a: Article) => Analysis; topicMatcher: () => TopicMatcher } {
  let topics: TopicMatcher | undefined;
  let entities: ReturnType<typeof buildEntityMatcher> | undefined;
  const topicMatcher = () => (topics ??= buildTopicMatcher(config.topics));
  return {
    topicMatcher,
    analyse(a) {
      // One doc for both: the body is joined once, and its words are split once (`words` keeps the last few).
      const doc = articleDoc(a);
      const found = detectEntities(doc, (entities ??= buildEntityMatcher(config.entities)));
      return { topics: articleTopics(topicDoc(a, doc), found, topicMatcher(), a.topics), entities: found, subjects: subjectEntities(a.title, a.lede, found) };
    },
  };
}

/** Articles with their topics, entities and unique URLs: what every later step starts from. */
export interface AnalysedArticles {
  articles: Article[];
  /** The entities each article is about, by article id (for related articles). */
  subjects: Map<string, Subjects>;
  /** The taxonomy plus a topic per front-matter topic it does not know (`unmappedTopics`). */
  topics: TopicDef[];
  unmappedTopics: UnmappedTopic[];
}

/**
 * Assigns topics and entities and makes URLs unique: each article as its page and its search
 * record show it (the search index can start from these, before the archive's lists are made).
 * `withText` gives an article its body back when the build keeps bodies out of memory
 * (src/text/body-store.ts): the analysis reads it, the enriched article goes on without it.
 * @example analyseArticles(articles, loadKnowledge({ 'sujets.yml': text }, {})).articles[0].topics // ['politique']
 */
export function analyseArticles(articles: Article[], config: EnrichConfig, memo: AnalysisMemo = (_, compute) => compute(), withText: (a: Article) => Article = (a) => a): AnalysedArticles {
  const { analyse, topicMatcher } = articleAnalyser(config);
  const subjects = new Map<string, Subjects>();
  const authors = authorTopics(articles.map((a) => a.topics), topicMatcher());
  // Front-matter topics carried by too few articles get no page: no article links to them.
  const pageless = new Set(authors.unmapped.filter((u) => !u.page).map((u) => u.slug));
  const enriched = uniqueUrls(articles.map((a) => {
    const { topics, entities, subjects: about } = memo(a, () => analyse(withText(a)));
    subjects.set(a.id, about);
    return extend(a, { topics: pageless.size ? topics.filter((t) => !pageless.has(t)) : topics, entities });
  }));
  return { articles: enriched, subjects, topics: [...config.topics, ...authors.defs], unmappedTopics: authors.unmapped };
}

/**
 * Each analysed article's related articles, by id.
 * @example relatedOf(analyseArticles(articles, config)).get(articles[0].id) // ['b', 'c']
 */
export function relatedOf({ articles, subjects }: Pick<AnalysedArticles, 'articles' | 'subjects'>): Map<string, string[]> {
  return relatedArticles(articles.map((a) => ({
    id: a.id,
    topics: a.topics,
    ...subjects.get(a.id)!,
    dateKey: a.date?.iso ?? '',
    title: a.title,
  })));
}

/**
 * Assigns topics and entities, makes URLs unique, and finds each article's related articles
 * (`analyseArticles`, then `relatedOf`).
 * @example enrich(articles, loadKnowledge({ 'sujets.yml': text }, {})).related.get(articles[0].id)
 */
export function enrich(articles: Article[], config: EnrichConfig, memo?: AnalysisMemo, withText?: (a: Article) => Article): { articles: Article[]; related: Map<string, string[]>; topics: TopicDef[]; unmappedTopics: UnmappedTopic[] } {
  const { subjects, ...analysed } = analyseArticles(articles, config, memo, withText);
  return { ...analysed, related: relatedOf({ articles: analysed.articles, subjects }) };
}
