/**
 * Enrichment: topics and entities per article, unique URLs, related articles.
 * Pure: the taxonomy and gazetteer texts come in as strings.
 */
import type { Article, Diagnostic, EntityDef, TopicDef } from '../model.ts';
import { uniqueUrls } from './archive.ts';
import { buildEntityMatcher, detectEntities } from './entities.ts';
import { relatedArticles, subjectEntities } from './related.ts';
import { parseGazetteer, parseTaxonomy } from './taxonomy.ts';
import { assignTopics, buildTopicMatcher } from './topics.ts';

export const TAXONOMY_FILE = 'sujets.yml';
export const GAZETTEER_FILE = 'entites.yml';
export const CONFIG_FILES = [TAXONOMY_FILE, GAZETTEER_FILE];

export interface EnrichConfig {
  topics: TopicDef[];
  entities: EntityDef[];
  diagnostics: Diagnostic[];
}

/** Parses the taxonomy and gazetteer files found at the top of the content folder. */
export function loadConfigFiles(texts: Record<string, string>): EnrichConfig {
  const taxonomy = texts[TAXONOMY_FILE] !== undefined ? parseTaxonomy(TAXONOMY_FILE, texts[TAXONOMY_FILE]) : { topics: [], diagnostics: [] };
  const gazetteer = texts[GAZETTEER_FILE] !== undefined ? parseGazetteer(GAZETTEER_FILE, texts[GAZETTEER_FILE]) : { entities: [], diagnostics: [] };
  return { topics: taxonomy.topics, entities: gazetteer.entities, diagnostics: [...taxonomy.diagnostics, ...gazetteer.diagnostics] };
}

function bodyText(a: Article): string {
  return a.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs]).join('\n');
}

/**
 * Assigns topics and entities, makes URLs unique, and finds each article's related articles.
 * @example enrich(articles, loadConfigFiles({ 'sujets.yml': text })).related.get(articles[0].id)
 */
export function enrich(articles: Article[], config: EnrichConfig): { articles: Article[]; related: Map<string, string[]> } {
  const topicMatcher = buildTopicMatcher(config.topics);
  const entityMatcher = buildEntityMatcher(config.entities);
  const enriched = uniqueUrls(articles.map((a) => {
    const doc = { title: a.title, lede: a.lede, body: bodyText(a) };
    return { ...a, topics: assignTopics(doc, topicMatcher, a.topics), entities: detectEntities(doc, entityMatcher) };
  }));
  const related = relatedArticles(enriched.map((a) => ({
    id: a.id,
    topics: a.topics,
    ...subjectEntities(a.title, a.lede, a.entities),
    dateKey: a.date?.iso ?? '',
  })));
  return { articles: enriched, related };
}
