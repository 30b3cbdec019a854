import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titlePolitics, titleWords, toldAsPolitician } from '../../../src/enrich/title-politics.ts';
import { topicsOf } from '../../helpers/built-in-topics.ts';

test('title words keep elisions and clause punctuation apart', () => {
  assert.deepEqual(titleWords('Le maire d’Orléans : 3 cas'), ['le', 'maire', 'd\'', 'orleans', ':', '3', 'cas']);
});

test('a title puts politics forward when a politician, the government or a party acts or speaks', () => {
  assert.equal(titlePolitics('Le gouvernement invite les parents à la confiance', []), 'actor');
  assert.equal(titlePolitics('Lyon : la maire veut bannir les trottinettes du centre', []), 'actor');
  assert.equal(titlePolitics('Des députés LR réclament une commission d’enquête', []), 'actor');
  assert.equal(titlePolitics('Chômage : la hausse « n’est pas une fatalité », juge Paul Durand', ['Paul Durand']), 'actor');
  assert.equal(titlePolitics('Durand favorable à un essai dans trois lycées', ['Durand']), 'actor');
  assert.equal(titlePolitics('Le maire menace de démissionner si la gare ferme', []), 'actor');
});

test('a politician only threatened, only the source of figures, or only a complement is not politics put forward', () => {
  assert.equal(titlePolitics('Paul Durand et sa collègue à nouveau menacés de mort', ['Paul Durand']), 'target');
  assert.equal(titlePolitics('Cortège des enseignants : une effigie du ministre brûlée', []), 'none');
  assert.equal(titlePolitics('Rougeole : 31 malades recensés, annonce la ministre', []), 'source');
  assert.equal(titlePolitics('Les avantages fiscaux des banques dans le collimateur du gouvernement', []), 'none');
  assert.equal(titlePolitics('Un commando voulait brûler la voiture d’un député', []), 'none');
  assert.equal(titlePolitics('Un chaton sauvé des flammes à Nantes', []), 'none');
});

test('the text tells a politician by a role or a party next to the name, not by a former role', () => {
  assert.ok(toldAsPolitician('Paul Durand', titleWords('Interrogé mardi, le ministre Paul Durand a confirmé.')));
  assert.ok(toldAsPolitician('Paul Durand', titleWords('Paul Durand (LR) a voté contre.')));
  assert.ok(toldAsPolitician('Paul Durand', titleWords('Paul Durand, secrétaire d’État au Numérique, répond.')));
  assert.ok(!toldAsPolitician('Paul Durand', titleWords('Paul Durand, secrétaire général du syndicat, répond.')));
  assert.ok(!toldAsPolitician('Paul Durand', titleWords('L’ancienne ministre devenue animatrice, Paula Durand, et Paul Durand, chanteur.')));
});

test('a politician the taxonomy does not know, acting in the title, puts the story under Politique', () => {
  const got = topicsOf('Horaires des lycées : Jules Marchand prêt à tester une rentrée plus tardive',
    'Le ministre de l’Éducation Jules Marchand se dit ouvert à une expérimentation dans les lycées volontaires.',
    'Les élèves des lycées concernés commenceraient les cours à 9 heures. Jules Marchand veut d’abord consulter les proviseurs des lycées.');
  assert.ok(got.includes('politique'), got.join(', '));
  assert.ok(got.includes('education'), got.join(', '));
});

test('ministers only threatened are not Politique, whatever the body says of them', () => {
  const got = topicsOf('Deux ministres de nouveau menacés de mort',
    'Le ministre de l’Économie et le ministre des Comptes publics ont reçu une lettre de menaces.',
    'Le gouvernement a porté plainte. Le Premier ministre et l’Élysée ont dénoncé des menaces inacceptables. Une enquête a été ouverte par le parquet, un suspect interpellé.');
  assert.ok(!got.includes('politique'), got.join(', '));
});

test('a threatened politician is Politique when the lede’s rubric files the story there (« POLITIQUE - »)', () => {
  const got = topicsOf('Le député Paul Durand menacé de mort',
    'POLITIQUE - L’élu de la 2e circonscription a porté plainte après avoir reçu une lettre de menaces de mort.',
    'Son entourage prend ces menaces très au sérieux. Le député avait déjà été visé.');
  assert.ok(got.includes('politique'), got.join(', '));
});

test('the president’s diplomacy, with a foreign country in the title, is not put under Politique by the title alone', () => {
  const got = topicsOf('Emmanuel Macron presse le Portugal de libérer un navire',
    'Le chef de l’État a appelé Lisbonne à relâcher le navire retenu au Portugal.',
    'Le Portugal retient le cargo depuis lundi. Les autorités du Portugal invoquent une inspection à Lisbonne.');
  assert.ok(!got.includes('politique'), got.join(', '));
  assert.ok(got.includes('international'), got.join(', '));
});
