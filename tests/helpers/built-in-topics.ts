/**
 * Topics of an article as a build assigns them with Kiosque's built-in taxonomy and gazetteer,
 * for tests written with sentences; the matchers are built once per test process.
 */
import { readBuiltInKnowledge } from '../../src/build/pipeline.ts';
import { articleTopics, loadKnowledge } from '../../src/enrich/index.ts';
import { buildEntityMatcher, detectEntities } from '../../src/enrich/entities.ts';
import { assignTopics, buildTopicMatcher } from '../../src/enrich/topics.ts';

const builtIn = loadKnowledge(readBuiltInKnowledge(), {});
const topics = buildTopicMatcher(builtIn.topics);
const entities = buildEntityMatcher(builtIn.entities);

/** Topics of an article as a build assigns them: text, then the entities found in it. */
export function topicsOf(title: string, lede: string, body: string): string[] {
  const doc = { title, lede, body };
  return articleTopics(doc, detectEntities(doc, entities), topics, []);
}

/** The same article's topics from its text alone, without entity hints. */
export function textTopics(title: string, lede: string, body: string): string[] {
  return assignTopics({ title, lede, body }, topics, []);
}
