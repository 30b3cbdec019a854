import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeScope, topicHints } from '../../../src/enrich/topic-hints.ts';
import { assignTopics, buildTopicMatcher } from '../../../src/enrich/topics.ts';
import type { TopicDef } from '../../../src/model.ts';
import { textTopics, topicsOf } from '../../helpers/built-in-topics.ts';

test('places are in France, abroad, or neither', () => {
  assert.equal(placeScope('Lyon'), 'home');
  assert.equal(placeScope('Val-d’Oise'), 'home');
  assert.equal(placeScope('Guadeloupe'), 'home');
  assert.equal(placeScope('Alsace'), 'home');
  assert.equal(placeScope('Lisbonne'), 'abroad');
  assert.equal(placeScope('Brésil'), 'abroad');
  assert.equal(placeScope('Méditerranée'), 'neutral');
  // One name, several places (src/enrich/homonyms.ts): each page's place.
  assert.equal(placeScope('Vienne'), 'abroad');
  assert.equal(placeScope('Vienne (département)'), 'home');
  assert.equal(placeScope('Vienne (Isère)'), 'home');
  assert.equal(placeScope('Valence'), 'home');
  assert.equal(placeScope('Valence (Espagne)'), 'abroad');
});

test('hints count foreign places by field and people named in the title and again in the text', () => {
  const hints = topicHints({ title: 'Lisbonne : Jeanne Martin sauve un chien', lede: 'À Lisbonne, au Portugal.', body: '' }, [
    { kind: 'place', name: 'Lisbonne', slug: 'lisbonne', count: 2 },
    { kind: 'place', name: 'Portugal', slug: 'portugal', count: 1 },
    { kind: 'place', name: 'Lyon', slug: 'lyon', count: 1 },
    { kind: 'person', name: 'Jeanne Martin', slug: 'jeanne-martin', count: 3 },
    { kind: 'person', name: 'Paul Durand', slug: 'paul-durand', count: 4 },
  ]);
  assert.deepEqual(hints, { abroad: 3, abroadInTitle: 1, abroadInLede: 2, home: 1, titlePeople: ['Jeanne Martin'], titleEntertainers: [], politics: 'none' });
});

test('a foreign city named in the title and again in the text makes the story International, without any word of foreign affairs', () => {
  const article = ['Lisbonne : un tramway déraille en plein centre', 'Un tramway a quitté ses rails mardi à Lisbonne.', 'Les secours de Lisbonne ont évacué une vingtaine de passagers blessés.'] as const;
  assert.ok(!textTopics(...article).includes('international'));
  const got = topicsOf(...article);
  assert.ok(got.includes('international'), got.join(', '));
});

test('a foreign country named once in the body of a story set in France is not International', () => {
  const body = 'L’entreprise lyonnaise, fondée à Lyon il y a vingt ans, possède aussi une usine en Allemagne et un actionnaire allemand. '
    + 'À Villeurbanne, les salariés ont voté la grève. Les syndicats de Lyon demandent une hausse des salaires, comme chez le concurrent allemand, '
    + 'dont les ouvriers allemands, payés à l’allemande, gagnent plus.';
  const article = ['Grève dans une usine de Villeurbanne', 'Les salariés de l’usine de Villeurbanne sont en grève.', body] as const;
  assert.ok(textTopics(...article).includes('international'));
  const got = topicsOf(...article);
  assert.ok(!got.includes('international'), got.join(', '));
});

test('a person named in the title and told as a singer is People, even when a storm fills the text; a minister named in the title is not', () => {
  const article = ['Jeanne Martin bloquée par la tempête', 'La chanteuse Jeanne Martin est restée bloquée par la tempête à Brest.',
    'Les rafales de la tempête ont coupé les routes et Jeanne Martin a dormi à l’hôtel. La tempête doit durer, prévient Météo-France. La chanteuse reprendra la route demain.'] as const;
  assert.ok(!textTopics(...article).includes('people'));
  const singer = topicsOf(...article);
  assert.ok(singer.includes('people'), singer.join(', '));
  const minister = topicsOf('Le ministre Paul Durand annule sa tournée', 'Le ministre Paul Durand a annulé ses déplacements, la chanteuse qui devait l’accompagner aussi.', 'Paul Durand, ministre depuis deux ans, reste à Paris.');
  assert.ok(!minister.includes('people'), minister.join(', '));
});

const topic = (slug: string, label: string, aliases: string[], implies?: string[]): TopicDef => ({ slug, label, description: '', aliases, ...(implies ? { implies } : {}) });
const small = buildTopicMatcher([
  topic('international', 'International', ['étranger']),
  topic('etats-unis', 'États-Unis', ['américain', 'américaine'], ['international']),
  topic('people', 'People', ['chanteuse', 'star']),
  topic('sante', 'Santé', ['maladie', 'hôpital']),
]);
const noHints = { abroad: 0, abroadInTitle: 0, abroadInLede: 0, home: 0, titlePeople: [], titleEntertainers: [], politics: 'none' } as const;

test('a celebrity’s story leaves out Santé and, unless the title names it, International', () => {
  const doc = { title: 'Malgré la maladie, Ann Lee remonte sur scène', lede: 'La chanteuse américaine, star des années 1990, sort de l’hôpital.', body: 'La chanteuse américaine a vaincu sa maladie. La star américaine remercie l’hôpital et le public américain.' };
  assert.deepEqual(assignTopics(doc, small, []), ['sante', 'people', 'etats-unis', 'international']);
  assert.deepEqual(assignTopics(doc, small, [], { ...noHints, abroad: 1, titlePeople: ['Ann Lee'] }), ['people']);
});

test('a person the title puts forward is the story: their health leaves Santé out unless the title names it, or the person acts as a politician', () => {
  const doc = { title: 'Paul Durand hospitalisé d’urgence', lede: 'Paul Durand a été conduit à l’hôpital mardi.', body: 'Sa maladie inquiète ses proches. L’hôpital ne dit rien de sa maladie.' };
  assert.deepEqual(assignTopics(doc, small, [], noHints), ['sante']);
  assert.deepEqual(assignTopics(doc, small, [], { ...noHints, titlePeople: ['Paul Durand'] }), []);
  assert.deepEqual(assignTopics(doc, small, [], { ...noHints, titlePeople: ['Paul Durand'], politics: 'actor' }), ['sante']);
  const named = { ...doc, title: 'Paul Durand à l’hôpital' };
  assert.deepEqual(assignTopics(named, small, [], { ...noHints, titlePeople: ['Paul Durand'] }), ['sante']);
});

test('a topic the title names stays, whatever the hints', () => {
  const doc = { title: 'Un américain à Paris', lede: 'Un américain visite Paris.', body: '' };
  assert.deepEqual(assignTopics(doc, small, []), ['etats-unis', 'international']);
  assert.deepEqual(assignTopics(doc, small, [], { ...noHints, home: 2 }), ['etats-unis', 'international']);
});

test('a person the title names and the text calls an actor or a singer makes the story People, with or without People words', () => {
  const title = 'Marc Delorme ému aux larmes après l’incendie de la cathédrale';
  const lede = 'L’acteur Marc Delorme a confié sa peine dimanche.';
  const body = 'Marc Delorme a grandi à côté de la cathédrale, a-t-il raconté dans une interview. Marc Delorme y allait chaque semaine.';
  assert.ok(topicsOf(title, lede, body).includes('people'));
  assert.ok(!topicsOf(title, 'Le maire Marc Delorme a confié sa peine dimanche.', body).includes('people'));
  assert.deepEqual(topicHints({ title, lede, body }, [{ kind: 'person', name: 'Marc Delorme', slug: 'marc-delorme', count: 3 }]).titleEntertainers, ['Marc Delorme']);
  // A role that closes the sentence before the name is someone else's.
  const other = 'Marc Delorme s’est expliqué, a répondu Marc Delorme. Mais la chroniqueuse insiste.';
  assert.deepEqual(topicHints({ title, lede: other, body: '' }, [{ kind: 'person', name: 'Marc Delorme', slug: 'marc-delorme', count: 3 }]).titleEntertainers, []);
});

test('a title putting forward a French politician, with no foreign place in it, is French politics: the abroad its body tells is an aside', () => {
  const body = 'Le député a rappelé que la chancelière allemande Angela Merkel avait, elle aussi, réformé. À Berlin comme à Madrid, les retraites ont changé. '
    + 'L’Allemagne et l’Espagne ont reculé l’âge de départ, comme l’Italie. Les Allemands et les Espagnols ont manifesté. Le ministre de l’Intérieur a répondu au député.';
  const lede = 'Le député Paul Durand (LR) a critiqué le gouvernement à l’Assemblée nationale, citant l’Allemagne.';
  const got = topicsOf('Le député Paul Durand dénonce la méthode du gouvernement', lede, body);
  assert.ok(got.includes('politique') && !got.includes('international'), got.join(', '));
  const abroad = topicsOf('Le député Paul Durand dénonce la méthode de Berlin', lede, body);
  assert.ok(abroad.includes('international'), abroad.join(', '));
});

test('built in: one person’s health, police officers and a channel a guest spoke on do not make a topic alone', () => {
  const singer = topicsOf('La chanteuse annule sa tournée pour raisons de santé', 'La chanteuse Paule Durand a annulé ses concerts.', 'Son état de santé l’oblige à se reposer, dit son entourage. Ses fans sont tristes.');
  assert.ok(!singer.includes('sante'), singer.join(', '));
  const guard = topicsOf('Un gendarme nommé proviseur adjoint d’un lycée', 'Un gendarme devient proviseur adjoint d’un lycée de Seine-Saint-Denis.', 'Le gendarme, issu de la gendarmerie nationale, aidera les enseignants et les élèves du lycée.');
  assert.ok(!guard.includes('faits-divers') && guard.includes('education'), guard.join(', '));
  const guest = topicsOf('Le ministre de l’Économie défend son budget', 'Invité de TF1 dimanche, le ministre a défendu le budget.', 'Sur France 2 puis sur BFMTV, il a répété que la dette baissera et que la croissance reviendra.');
  assert.ok(!guest.includes('medias'), guest.join(', '));
  const host = topicsOf('La présentatrice quitte TF1 après vingt ans', 'La présentatrice de la météo s’en va.', 'Elle rejoint une autre chaîne, dit-elle.');
  assert.ok(host.includes('medias'), host.join(', '));
});

test('a French politician and a foreign leader in the title are diplomacy: Politique must then stand on its score', () => {
  const lede = 'L’échange entre les deux présidents a viré à la dispute, selon la presse américaine.';
  const body = 'Le président américain a reproché au chef de l’État français sa position sur le commerce. Washington menace de taxer le vin. L’Élysée n’a pas commenté. Les relations entre Paris et Washington se tendent.';
  const call = topicsOf('Le coup de fil entre Emmanuel Macron et Donald Trump tourne mal', lede, body);
  assert.ok(call.includes('international') && !call.includes('politique'), call.join(', '));
  const home = topicsOf('Emmanuel Macron tance ses ministres au téléphone', 'L’échange entre le président et ses ministres a viré à la dispute.', 'Le chef de l’État a reproché au gouvernement sa position sur le commerce. L’Élysée n’a pas commenté. Les ministres se taisent.');
  assert.deepEqual(home, ['politique']);
});

test('a story no topic tells, whose title names someone who is no politician, is People when People words tell it once', () => {
  const got = topicsOf('Paul Zorglub fauché ?',
    'Paul Zorglub n’est pas du genre à se plaindre. Mais cette fois, il avoue traverser une mauvaise passe.',
    'Celui qui fut une star des années 1990 explique attendre des jours meilleurs et remercie ses proches pour leur soutien.');
  assert.deepEqual(got, ['people']);
  // Not when another topic tells the story: a title naming a politician who acts is Politique.
  const minister = topicsOf('Paul Zorglub annonce une réforme des lycées',
    'Le ministre de l’Éducation Paul Zorglub, ancien animateur, a présenté mardi la réforme du lycée aux syndicats d’enseignants.',
    'Les professeurs et les élèves découvriront le nouveau baccalauréat à la rentrée.');
  assert.ok(!minister.includes('people'), minister.join(', '));
});
