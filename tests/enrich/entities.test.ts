import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityRef } from '../../src/model.ts';
import { buildEntityMatcher, detectEntities } from '../../src/enrich/entities.ts';

const gazetteer = buildEntityMatcher([
  { kind: 'organisation', name: 'OpenAI', aliases: [] },
  { kind: 'organisation', name: 'Meta', aliases: [] },
  { kind: 'organisation', name: 'Google', aliases: [] },
  { kind: 'person', name: 'Emmanuel Macron', aliases: ['Macron'] },
  { kind: 'place', name: 'États-Unis', aliases: ['USA'] },
  { kind: 'organisation', name: 'Le Monde', aliases: [] },
]);
const empty = buildEntityMatcher([]);
const detect = (body: string, matcher = gazetteer, title = '', lede = ''): EntityRef[] => detectEntities({ title, lede, body }, matcher);
const names = (refs: EntityRef[]): string[] => refs.map((e) => `${e.kind}:${e.name}:${e.count}`);

test('gazetteer names match through elisions and accents, from one mention', () => {
  assert.deepEqual(names(detect('Le patron d’OpenAI est aux Etats-Unis.')), ['organisation:OpenAI:1', 'place:États-Unis:1']);
  assert.deepEqual(detect("L'offre d'OpenAI.")[0], { kind: 'organisation', name: 'OpenAI', slug: 'openai', count: 1 });
});

test('a capitalised alias word must be capitalised in the text', () => {
  assert.deepEqual(names(detect('Dans le monde entier, Le Monde écrit.')), ['organisation:Le Monde:1']);
});

test('Mark Zuckerberg and a later Zuckerberg are one person, even outside the gazetteer', () => {
  const refs = detect('Mark Zuckerberg, le patron de Meta, parle. Selon Zuckerberg, Meta avance. Zuckerberg insiste.', empty);
  assert.deepEqual(refs, [{ kind: 'person', name: 'Mark Zuckerberg', slug: 'mark-zuckerberg', count: 3 }]);
});

test('a last name in the title joins the full name given in the body', () => {
  assert.deepEqual(names(detect('Jensen Huang a parlé.', empty, 'Huang à Tokyo')), ['person:Jensen Huang:2']);
});

test('names of two words or more are detected, three-word Korean names included', () => {
  const refs = detect('Il a vu le président sud-coréen Yoon Suk Yeol et le PDG de Nvidia, Jensen Huang, puis Jay Y. Lee.', empty);
  assert.deepEqual(names(refs), ['person:Jay Y. Lee:1', 'person:Jensen Huang:1', 'person:Yoon Suk Yeol:1']);
});

test('no entity starts with an article, determiner or sentence-opening word', () => {
  const refs = detect('Le Premier ministre parle. La Chine répond. Les Américains hésitent. L’Europe aussi. Mais Cette Semaine, Dans Paris, Un Homme.', empty);
  assert.deepEqual(refs, []);
});

test('a sentence-opening common word is not glued to the name after it', () => {
  const refs = detect('Rencontre Sam Altman demain. La rencontre a eu lieu.', empty);
  assert.deepEqual(names(refs), ['person:Sam Altman:1']);
});

test('a single unknown capitalised word is not an entity', () => {
  assert.deepEqual(detect('Il utilise Llama tous les jours, Llama encore et Llama toujours.', empty), []);
});

test('Brigitte Macron is not Emmanuel Macron', () => {
  const refs = detect('Emmanuel Macron et Brigitte Macron sont arrivés. Macron a parlé.');
  assert.deepEqual(names(refs), ['person:Emmanuel Macron:2', 'person:Brigitte Macron:1']);
});

test('known names stay apart from the words next to them: ChatGPT d’OpenAI, Anthropic de Google', () => {
  const refs = detect('ChatGPT d’OpenAI et Anthropic de Google.');
  assert.deepEqual(names(refs), ['organisation:Google:1', 'organisation:OpenAI:1']);
});

test('particles and elided articles join unknown names', () => {
  const refs = detect('Il a vu Charles de Gaulle au Département d’État.', empty);
  assert.deepEqual(names(refs), ['person:Charles de Gaulle:1', 'organisation:Département d’État:1']);
});

test('names with an organisation word are organisations; shouted headings are no names', () => {
  const refs = detect('Le président de Samsung Electronics arrive.\n\nDES ANTÉCÉDENTS PSYCHIATRIQUES\n\nSuite.', empty);
  assert.deepEqual(names(refs), ['organisation:Samsung Electronics:1']);
});

test('entities are ordered by count, then name, at most twelve', () => {
  const people = Array.from({ length: 14 }, (_, i) => `Jean ${String.fromCharCode(65 + i)}lpha`);
  const refs = detect(`${people.join(', ')}. Google, Google.`, gazetteer);
  assert.equal(refs.length, 12);
  assert.deepEqual(refs[0], { kind: 'organisation', name: 'Google', slug: 'google', count: 2 });
  assert.deepEqual(refs.slice(1, 3).map((e) => e.name), ['Jean Alpha', 'Jean Blpha']);
});

test('slugs are ASCII kebab-case', () => {
  for (const e of detect('Jean-Luc Mélenchon et Ségolène Royal à Bruxelles, États-Unis.')) assert.match(e.slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
});
