import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPersonName } from '../../../src/reference/person-name.ts';
import { isByline } from '../../../src/reference/sources.ts';

test('a known given name and one or two capitalised words name a person, accents folded', () => {
  for (const s of ['Florian Lautre', 'Élodie Dupont', 'Elodie Dupont', 'Marc-Emmanuel Adjou', 'Anne de Gaulle', 'Gaëlle Le Goff', 'Jean-Luc MÉLENCHON']) assert.equal(isPersonName(s), true, s);
});

test('media, organisations, one word and long lines are no person', () => {
  for (const s of ['Le Parisien', 'France Info', 'Public Sénat', 'Orange avec AFP', 'Charlie Hebdo', 'Florian', 'Florian Lautre et Marie Durand', 'florian lautre']) assert.equal(isPersonName(s), false, s);
});

test('the search source filter and the article author read bylines the same way', () => {
  for (const s of ['Roxane Mansano', 'Élodie Dupont', 'Charlie Hebdo', 'Europe 1', 'Anne de Gaulle']) assert.equal(isByline(s), isPersonName(s), s);
});
