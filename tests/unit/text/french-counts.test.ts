import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countLabel, countOf, frenchNumber, plural } from '../../../src/text/french-counts.ts';

test('French counts are singular for 0 and 1, plural from 2 on', () => {
  assert.equal(countLabel(0, 'article'), '0 article');
  assert.equal(countLabel(1, 'article'), '1 article');
  assert.equal(countLabel(2, 'article'), '2 articles');
  assert.equal(countLabel(3, 'fiche'), '3 fiches');
  assert.equal(plural(2, 'daté'), 'datés');
  assert.equal(plural(2, 'journal', 'journaux'), 'journaux');
  assert.equal(plural(1, 'journal', 'journaux'), 'journal');
});

test('figures of a thousand and more are grouped by three with a narrow no-break space', () => {
  assert.equal(frenchNumber(999), '999');
  assert.equal(countLabel(1234, 'article'), '1\u202f234 articles');
  assert.equal(frenchNumber(11002), '11\u202f002');
  assert.equal(frenchNumber(1234567), '1\u202f234\u202f567');
});

test('a count gives the figure and the noun apart, and together', () => {
  assert.deepEqual(countOf(1234, 'article'), { figure: '1\u202f234', noun: 'articles', label: '1\u202f234 articles' });
  assert.deepEqual(countOf(1, 'sujet'), { figure: '1', noun: 'sujet', label: '1 sujet' });
});
