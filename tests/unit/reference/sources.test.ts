import assert from 'node:assert/strict';
import { test } from 'node:test';
import { creditKey, isByline, sourceFilterValues, sourceKey, sourceSpellings } from '../../../src/reference/sources.ts';

test('the spellings of one source share a key', () => {
  const groups = [
    ['Non Stop Zapping', 'nonstopzapping', 'non-stop-zapping.com', 'Non Stop Zapping officiel', 'Non-Stop Zapping'],
    ["L'Opinion", 'Lopinion.fr', 'LOpinion.fr', 'l’Opinion'],
    ['Le HuffPost', 'LeHuffPost', 'Huffington Post', 'huffingtonpost.fr'],
    ['BFMTV', 'BFM TV', 'BFMTV.com'],
    ['6Medias', 'Texte 6Medias, Vidéo BFMTV', 'texte 6Medias et BFMTV', '6Medias, BFMTV'],
    ['BVA - Orange', 'Orange - BVA', 'Orange – bva'],
  ];
  for (const spellings of groups) assert.equal(new Set(spellings.map(sourceKey)).size, 1, spellings.join(' | '));
  assert.notEqual(sourceKey('Le Monde'), sourceKey('Le Point'));
  assert.notEqual(sourceKey('Orange avec AFP'), sourceKey('AFP'));
  assert.notEqual(sourceKey('BVA - Orange'), sourceKey('BVA'), 'a joint credit is its own source');
  assert.notEqual(sourceKey('BVA - Orange - presse régionale'), sourceKey('BVA - Orange'));
  assert.equal(sourceKey('Non-Stop Zapping'), sourceKey('nonstopzapping'), 'a hyphen inside a name joins no credits');
});

test('a byline is not a source; outlets named like people are', () => {
  for (const s of ['Florian Lautre', 'Marc-Emmanuel Adjou', 'Mélissa Darré', 'Clara Lemaire']) assert.equal(isByline(s), true, s);
  for (const s of ['France Inter', 'Le Parisien', 'Vanity Fair', 'AFP', 'Public Sénat', 'Europe 1', 'Orange avec AFP']) assert.equal(isByline(s), false, s);
});

test('the filter offers the most common spelling of each source, and no byline', () => {
  const values = sourceFilterValues(['AFP', 'afp', 'AFP', 'Lopinion.fr', "L'Opinion", "L'Opinion", 'Florian Lautre']);
  assert.deepEqual(new Map(values), new Map([['AFP', 'AFP'], ['afp', 'AFP'], ['Lopinion.fr', 'L’Opinion'], ["L'Opinion", 'L’Opinion']]), 'with the apostrophe the article pages write');
});

test('a fourth reader’s review: a credit is one source whatever the order and number of its words', () => {
  const values = sourceFilterValues(['BVA - Orange', 'BVA - Orange', 'BVA-Orange', 'Orange BVA', 'Orange avec Media Services', 'Orange avec Media Services', 'Orange avec Media Service', 'Orange avec AFP-Services', 'Orange avec AFP-Services', 'Oranges avec AFP-Services', 'Orange avec AFP', 'Orange avec AFP', 'Orange AFP']);
  assert.deepEqual(new Set(values.values()), new Set(['BVA - Orange', 'Orange avec Media Services', 'Orange avec AFP-Services', 'Orange avec AFP']));
  assert.equal(values.get('Oranges avec AFP-Services'), 'Orange avec AFP-Services');
  assert.equal(values.get('Orange BVA'), 'BVA - Orange');
  // Two names of one order are not merged by their letters (`Valeurs actuelles` is no `Actuelles valeurs` of another).
  assert.notEqual(creditKey('Orange avec AFP'), creditKey('Orange avec AFP-Services'));
  assert.equal(creditKey('AFP'), undefined);
});

test('an article shows its source as the archive most often spells the same words; a line that says more or otherwise is shown as written', () => {
  const lines = ['Orange avec AFP-Services', 'Orange avec AFP-Services', 'orange avec AFP-Services', 'Orange avec AFP/Services', 'Non-Stop Zapping', 'Non Stop Zapping', 'Non Stop Zapping', 'Texte 6Medias, vidéo BFMTV', '6Medias', '6Medias', 'Huffington Post', 'Le HuffPost', 'Le HuffPost', 'Florian Lautre'];
  assert.deepEqual([...sourceSpellings(lines)].sort(), [['Non-Stop Zapping', 'Non Stop Zapping'], ['Orange avec AFP/Services', 'Orange avec AFP-Services'], ['orange avec AFP-Services', 'Orange avec AFP-Services']]);
});
