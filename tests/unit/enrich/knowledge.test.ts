import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildEntityMatcher, detectEntities } from '../../../src/enrich/entities.ts';
import { loadKnowledge } from '../../../src/enrich/knowledge.ts';
import { entityReference } from '../../../src/reference/index.ts';
import { slugify } from '../../../src/text/fold.ts';
import { assignTopics, authorTopics, buildTopicMatcher, readableLabel, taxonomySlug } from '../../../src/enrich/topics.ts';
import { ROOT } from '../../helpers/content.ts';

const builtIn = {
  'sujets.yml': readFileSync(join(ROOT, 'src/enrich/knowledge/sujets.yml'), 'utf8'),
  'entites.yml': readFileSync(join(ROOT, 'src/enrich/knowledge/entites.yml'), 'utf8'),
};
const defaults = loadKnowledge(builtIn, {});
const matcher = buildTopicMatcher(defaults.topics);
const empty = { title: '', lede: '', body: '' };

test('a folder without configuration files gets the built-in taxonomy and gazetteer, and says so', () => {
  assert.deepEqual(defaults.diagnostics, []);
  assert.ok(defaults.topics.length >= 30, `${defaults.topics.length} topics`);
  assert.ok(defaults.entities.length >= 24, `${defaults.entities.length} entities`);
  assert.deepEqual(defaults.knowledge.map((k) => [k.file, k.origin]), [
    ['src/enrich/knowledge/sujets.yml', 'built-in'],
    ['src/enrich/knowledge/entites.yml', 'built-in'],
  ]);
  assert.ok(assignTopics({ title: 'Réforme des retraites', lede: '', body: '' }, matcher, []).includes('retraites'));
});

test('« Réforme des retraites : Emmanuel Macron prêt à utiliser le 49-3 » is under Retraites, however political the body (issue 12)', () => {
  const doc = {
    title: 'Réforme des retraites : Emmanuel Macron prêt à utiliser le 49-3',
    lede: 'Le président de la République et le Premier ministre veulent passer en force à l’Assemblée nationale.',
    body: 'Les députés de l’opposition, de La France insoumise aux Républicains, dénoncent une motion de censure inévitable. Le gouvernement et la majorité présidentielle défendent le projet de loi au Parlement ; Matignon et l’Élysée font bloc.',
  };
  const topics = assignTopics(doc, matcher, []);
  assert.ok(topics.includes('retraites'), topics.join(', '));
  assert.ok(topics.includes('politique'), topics.join(', '));
});

test('every built-in topic has a French label, not a slug', () => {
  for (const t of defaults.topics) {
    assert.match(t.label, /^\p{Lu}/u, t.slug);
    assert.notEqual(t.label, t.slug);
    assert.ok(t.description.length > 10, t.slug);
  }
});

test('a content folder’s sujets.yml replaces a built-in topic by slug, adds new slugs and removes with remove: true', () => {
  const own = [
    '- slug: sante', '  label: Santé et bien-être', '  description: Soins.', '  aliases: [bien-être]',
    '- slug: vie-locale', '  label: Vie locale', '  description: La commune.', '  aliases: [conseil municipal]',
    '- slug: people', '  remove: true',
  ].join('\n');
  const config = loadKnowledge(builtIn, { 'sujets.yml': own });
  const bySlug = new Map(config.topics.map((t) => [t.slug, t]));
  assert.equal(bySlug.get('sante')?.label, 'Santé et bien-être');
  assert.deepEqual(bySlug.get('sante')?.aliases, ['bien-être']);
  assert.equal(bySlug.get('vie-locale')?.label, 'Vie locale');
  assert.ok(!bySlug.has('people'));
  assert.equal(config.topics.length, defaults.topics.length);
  assert.deepEqual(config.knowledge.at(-1), { file: 'sujets.yml', origin: 'content', entries: 3, replaced: 1, removed: 1 });
  // The replaced topic no longer matches its built-in aliases.
  const m = buildTopicMatcher(config.topics);
  assert.ok(!assignTopics({ title: 'Hôpital, médecin, hôpital', lede: '', body: '' }, m, []).includes('sante'));
  assert.ok(assignTopics({ title: 'Le conseil municipal vote', lede: '', body: '' }, m, []).includes('vie-locale'));
});

test('removing a topic Kiosque does not have is a warning naming the file', () => {
  const config = loadKnowledge(builtIn, { 'sujets.yml': '- slug: inconnu\n  remove: true\n' });
  assert.deepEqual(config.diagnostics.map((d) => [d.id, d.file, d.level]), [['taxonomy-remove-unknown', 'sujets.yml', 'warning']]);
  assert.equal(config.topics.length, defaults.topics.length);
});

test('a content folder’s entites.yml replaces, adds and removes entities by kind and name', () => {
  const own = '- kind: person\n  name: Mark Zuckerberg\n  aliases: [Zuck]\n- kind: place\n  name: Saint-Malo\n- kind: place\n  name: Tokyo\n  remove: true\n';
  const config = loadKnowledge(builtIn, { 'entites.yml': own });
  const zuck = config.entities.filter((e) => e.name === 'Mark Zuckerberg');
  assert.deepEqual(zuck, [{ kind: 'person', name: 'Mark Zuckerberg', aliases: ['Zuck'] }]);
  assert.ok(config.entities.some((e) => e.name === 'Saint-Malo'));
  assert.ok(!config.entities.some((e) => e.name === 'Tokyo'));
  assert.deepEqual(config.knowledge.at(-1), { file: 'entites.yml', origin: 'content', entries: 3, replaced: 1, removed: 1 });
});

test('front-matter categories map onto taxonomy topics whatever their case, accents and separators', () => {
  const cases: [string, string][] = [
    ['france', 'france'], ['France', 'france'], ['societe', 'societe'], ['Société', 'societe'], ['auto', 'automobile'],
    ['Monde', 'international'], ['faits-divers', 'faits-divers'], ['FAITS_DIVERS', 'faits-divers'], ['High-tech', 'technologie'],
    ['Santé', 'sante'], ['sports', 'sport'], ['Politique', 'politique'], ['People', 'people'], ['Médias', 'medias'],
  ];
  for (const [written, slug] of cases) assert.equal(taxonomySlug(written, matcher), slug, written);
  assert.deepEqual(assignTopics(empty, matcher, ['People', 'Société']), ['people', 'societe']);
});

test('rubric-only topics (France, Société) are never assigned from the text', () => {
  const doc = { title: 'La France et la société', lede: 'En France, une société française.', body: 'France, société, France.' };
  const topics = assignTopics(doc, matcher, []);
  assert.ok(!topics.includes('france') && !topics.includes('societe'), topics.join(', '));
});

test('a front-matter topic the taxonomy does not know becomes a topic labelled as the author wrote it, when two articles carry it', () => {
  assert.equal(readableLabel('vie-locale'), 'Vie locale');
  assert.equal(readableLabel('économie sociale'), 'Économie sociale');
  assert.equal(readableLabel('Outre-mer'), 'Outre-mer');
  const { defs, unmapped } = authorTopics([['vie-locale', 'Santé', 'Nécrologie'], ['Vie locale'], ['economie-sociale'], ['Économie sociale', 'economie-sociale']], matcher);
  assert.deepEqual(unmapped, [
    { label: 'Économie sociale', slug: 'economie-sociale', articles: 2, page: true },
    { label: 'Nécrologie', slug: 'necrologie', articles: 1, page: false },
    { label: 'Vie locale', slug: 'vie-locale', articles: 2, page: true },
  ]);
  assert.deepEqual(defs.map((d) => [d.slug, d.label]), [['economie-sociale', 'Économie sociale'], ['vie-locale', 'Vie locale']], 'a topic one article carries gets no page');
  assert.deepEqual(assignTopics(empty, matcher, ['Vie locale']), ['vie-locale']);
});

test('a built-in gazetteer entry keeps every spelling the reference data knows for the same entity', () => {
  // An entry replaces the reference entry of its name: one with fewer aliases would lose
  // « la France insoumise » (lowercase la) to the place France.
  const reference = new Map(entityReference().defs.map((d) => [slugify(d.name), d]));
  const lost = defaults.entities.flatMap((d) => {
    const r = reference.get(slugify(d.name));
    const mine = new Set([d.name, ...d.aliases].map(slugify));
    return r ? [r.name, ...r.aliases].filter((a) => !mine.has(slugify(a))).map((a) => `${d.name}: ${a}`) : [];
  });
  assert.deepEqual(lost, []);
  const refs = detectEntities({ title: '', lede: 'Les députés de la France insoumise votent contre.', body: '' }, buildEntityMatcher(defaults.entities));
  assert.deepEqual(refs.map((e) => e.name), ['La France insoumise']);
});
