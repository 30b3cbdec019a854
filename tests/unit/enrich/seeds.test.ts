import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { buildEntityMatcher, detectEntities } from '../../../src/enrich/entities.ts';
import { parseGazetteer, parseTaxonomy } from '../../../src/enrich/taxonomy.ts';
import { assignTopics, buildTopicMatcher } from '../../../src/enrich/topics.ts';
import { topicDoc } from '../../../src/enrich/index.ts';
import { ingestFile } from '../../../src/ingest/index.ts';

const content = new URL('../../../content/', import.meta.url);
const knowledge = new URL('../../../src/enrich/knowledge/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, content), 'utf8');
const builtIn = (name: string): string => readFileSync(new URL(name, knowledge), 'utf8');
const topicMatcher = buildTopicMatcher(parseTaxonomy('sujets.yml', builtIn('sujets.yml')).topics);
const entityMatcher = buildEntityMatcher(parseGazetteer('entites.yml', builtIn('entites.yml')).entities);

/** The seeds as plain text: the first line (its ` date YYYY-MM ` prefix cut off) is the lede. */
function seed(name: string): { title: string; lede: string; body: string } {
  const [first = '', ...rest] = read(name).split('\n');
  return { title: '', lede: first.replace(/^\s*date \d{4}(?:-\d{2}){0,2}\s+/, ''), body: rest.join('\n') };
}

/** A seed read as a build reads it (ingest: the title from the first sentence, lede, body). */
function builtSeed(name: string): { title: string; lede: string; body: string } {
  const result = ingestFile(name, readFileSync(new URL(name, content)));
  assert.ok(result.ok === true, name);
  return topicDoc(result.article);
}

const seeds = readdirSync(content).filter((f) => f.endsWith('.txt')).sort();

test('the five seeds are there', () => {
  assert.equal(seeds.length, 5);
});

for (const name of seeds) {
  test(`seed ${name} gets 2 to 6 topics, intelligence artificielle among them`, () => {
    const topics = assignTopics(seed(name), topicMatcher, []);
    assert.ok(topics.length >= 2 && topics.length <= 6, topics.join(', '));
    assert.ok(topics.includes('intelligence-artificielle'), topics.join(', '));
  });
}

test('the seeds get the topics a reader expects', () => {
  const topicsOf = (prefix: string): string[] => assignTopics(builtSeed(seeds.find((f) => f.startsWith(prefix))!), topicMatcher, []);
  assert.ok(topicsOf('000').includes('japon'));
  assert.ok(topicsOf('001').includes('etats-unis'));
  assert.ok(topicsOf('003').includes('reseaux-sociaux'));
  assert.ok(topicsOf('004').includes('chine'));
  for (const prefix of ['000', '001', '002', '003']) assert.ok(topicsOf(prefix).includes('geants-du-numerique'), prefix);
});

test('the seeds name their people, with Zuckerberg merged into Mark Zuckerberg', () => {
  const entitiesOf = (prefix: string) => detectEntities(seed(seeds.find((f) => f.startsWith(prefix))!), entityMatcher);
  const all = seeds.flatMap((f) => detectEntities(seed(f), entityMatcher));
  assert.ok(all.every((e) => !/^(?:Le|La|Les|L’|Un|Une|Ce|Cette|Dans|Mais|En) /.test(e.name)), all.map((e) => e.name).join(', '));
  assert.ok(all.every((e) => e.name !== 'Zuckerberg'));
  const names001 = entitiesOf('001').map((e) => `${e.kind}:${e.name}:${e.count}`);
  assert.ok(names001.includes('person:Mark Zuckerberg:6'), names001.join(', '));
  assert.ok(names001.includes('person:Faith Eischen:2'), names001.join(', '));
  const names000 = entitiesOf('000').map((e) => e.name);
  for (const n of ['Mark Zuckerberg', 'Fumio Kishida', 'Meta', 'Tokyo', 'Jensen Huang']) assert.ok(names000.includes(n), n);
  const names004 = entitiesOf('004').map((e) => e.name);
  for (const n of ['Li Qiang', 'Chine', 'États-Unis', 'Shanghai']) assert.ok(names004.includes(n), n);
});
