import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldText, singular, slugify, tokens, words } from '../../../src/text/fold.ts';

test('foldText lowercases, strips accents and ligatures, unifies apostrophes', () => {
  assert.equal(foldText('L’Élysée, l’œuvre et ÇA'), "l'elysee, l'oeuvre et ca");
  assert.equal(foldText('Corée\u2011du\u2011Sud'), 'coree-du-sud');
});

test('foldText folds each character on its own: a text folds as its characters do, one by one', () => {
  const byCharacter = (s: string) => Array.from({ length: s.length }, (_, i) => foldText(s[i]!)).join('');
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'aZ éÉœŒ’\'-‑«»19.ﬁ\u0301'), maxLength: 12 }), (s) => foldText(s) === byCharacter(s)), { numRuns: 20000 });
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (s) => foldText(s) === byCharacter(s)), { numRuns: 20000 });
});

test('elided articles are dropped, with straight, curly or modifier apostrophes', () => {
  assert.deepEqual(tokens('l’IA'), ['ia']);
  assert.deepEqual(tokens("d'OpenAI"), ['openai']);
  assert.deepEqual(tokens('qu’il'), ['il']);
  assert.deepEqual(tokens('Lʼeau'), ['eau']);
  assert.deepEqual(tokens('jusqu’à lorsqu’elle'), ['a', 'elle']);
});

test('an apostrophe inside a word that is not an elision keeps the word whole', () => {
  assert.deepEqual(tokens('aujourd’hui, prud’hommes'), ["aujourd'hui", "prud'homme"]);
});

test('quotes around a word are not apostrophes of the word', () => {
  assert.deepEqual(tokens("'IA' ‘cité’"), ['ia', 'cite']);
});

test('hyphenated words stay whole, so sud-américain is not américain', () => {
  assert.deepEqual(tokens('États-Unis, sud-américain, a-t-il'), ['etat-uni', 'sud-americain', 'a-t-il']);
});

test('the plural rule folds s, x and -aux, on alias and text alike', () => {
  assert.equal(singular('createurs'), 'createur');
  assert.equal(singular('journaux'), 'journal');
  assert.equal(singular('bureaux'), 'bureau');
  assert.equal(singular('jeux'), 'jeu');
  assert.equal(singular('bus'), 'bus');
  assert.deepEqual(tokens('Créateurs'), tokens('créateur'));
  assert.deepEqual(tokens('réseaux sociaux'), tokens('réseau social'));
  // A final x that is the word's own (`prix`, `choix`) stays: « pris » and « choi » are other words.
  assert.equal(singular('prix'), 'prix');
  assert.equal(singular('choix'), 'choix');
  assert.notDeepEqual(tokens('pris'), tokens('prix'));
});

test('words keeps the spelling and offsets, after the elided prefix', () => {
  const text = 'Le PDG d’OpenAI, Sam Altman';
  const found = words(text);
  assert.deepEqual(
    found.map((w) => [w.raw, w.folded]),
    [['Le', 'le'], ['PDG', 'pdg'], ['OpenAI', 'openai'], ['Sam', 'sam'], ['Altman', 'altman']],
  );
  for (const w of found) assert.equal(text.slice(w.start, w.end), w.raw);
  assert.equal(text[found[2]!.start - 1], '’');
});

test('slugify gives ASCII kebab-case', () => {
  assert.equal(slugify('États-Unis'), 'etats-unis');
  assert.equal(slugify('  Santé publique ! '), 'sante-publique');
  assert.equal(slugify('北京'), '');
});
