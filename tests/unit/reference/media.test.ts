import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mediaLines, spellings } from '../../../src/reference/media.ts';
import { isSourceSlug } from '../../../src/reference/organisations.ts';

test('issue 12: a title is also known by the spellings the press varies on (joined number, spaces for hyphens, lowercase title words)', () => {
  assert.deepEqual(spellings('NRJ 12'), ['NRJ 12', 'NRJ12']);
  assert.deepEqual(spellings('Var-Matin'), ['Var-Matin', 'Var Matin', 'Var matin']);
  assert.deepEqual(spellings('Le Dauphiné Libéré'), ['Le Dauphiné Libéré', 'Le Dauphiné libéré']);
  // After an article alone a title word stays capitalised: « La libre circulation » is no medium.
  assert.deepEqual(spellings('La Libre'), ['La Libre']);
  // Only capitalised words of two letters or more lose their hyphen.
  assert.deepEqual(spellings('I-Télé'), ['I-Télé']);
});

test('issue 12: every built-in medium is a source, the overseas stations of « la 1ère » included', () => {
  const titles = mediaLines().map((line) => line.split('|')[0]!);
  assert.ok(titles.includes('Réunion La 1ère') && titles.includes('NRJ 12') && titles.includes('Télé 2 semaines'));
  assert.equal(new Set(titles).size, titles.length);
  assert.equal(isSourceSlug('reunion-la-1ere'), true);
  assert.equal(isSourceSlug('canal-afrique'), true);
});
