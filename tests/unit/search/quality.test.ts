import assert from 'node:assert/strict';
import { test } from 'node:test';
import { knownItemQuery, precisionAtK, prefixQueries, sampleBy, sampleWords, stableHash, vocabulary } from '../../../tools/eval/search-quality.ts';
import { articleText } from '../../../src/text/article-text.ts';

test('samples are the same on every run and do not depend on input order', () => {
  const items = Array.from({ length: 100 }, (_, i) => `article-${i}`);
  const a = sampleBy(items, (s) => s, 10, 'x');
  assert.equal(a.length, 10);
  assert.deepEqual(sampleBy([...items].reverse(), (s) => s, 10, 'x'), a);
  assert.notDeepEqual(sampleBy(items, (s) => s, 10, 'y'), a, 'another salt, another sample');
  assert.equal(stableHash('a'), 3826002220);
});

test('what a reader reads: title, lede, body text without markup or invisible characters', () => {
  const text = articleText({ title: 'Titre', lede: 'beau\u00adcoup', sections: [], bodyHtml: '<p>l’<em>eau</em> &amp; le <a href="/x">feu</a></p><p>fin</p>' });
  assert.equal(text, 'Titre\nbeaucoup\n\nl’eau & le feu\n\nfin\n');
  assert.equal(articleText({ title: 'T', lede: 'L', sections: [{ heading: 'H', paragraphs: ['P1', 'P2'] }] }), 'T\nL\nH\nP1\nP2');
});

test('the vocabulary folds case, accents and elisions', () => {
  const vocab = vocabulary([
    { id: 'a', text: 'Les États-Unis et l’eau' },
    { id: 'b', text: "etats-unis, L'EAU, l’Eau" },
  ]);
  assert.deepEqual([...vocab.get('etats-unis')!.articles], ['a', 'b']);
  assert.equal(vocab.get('etats-unis')!.surface, 'États-Unis');
  assert.deepEqual([...vocab.get('eau')!.articles], ['a', 'b']);
  assert.equal(vocab.get("l'eau"), undefined);
  assert.equal(vocab.get('eau')!.afterElision, true);
  assert.equal(vocab.get('etats-unis')!.afterElision, false);
});

test('the word sample spreads over frequency bands and skips one-letter words', () => {
  const texts = Array.from({ length: 60 }, (_, i) => ({ id: `d${i}`, text: `commun a rare${i} ${i < 10 ? 'moyen' : ''}` }));
  const sample = sampleWords(vocabulary(texts), 10);
  const folded = sample.map((e) => e.folded);
  assert.ok(folded.includes('commun'), 'the frequent band');
  assert.ok(folded.includes('moyen'), 'the middle band');
  assert.ok(folded.some((w) => w.startsWith('rare')), 'the rare band');
  assert.ok(!folded.includes('a'));
  const elided = vocabulary([{ id: 'a', text: 'l’avion et d’autres, avion' }, { id: 'b', text: 'train' }]);
  assert.deepEqual(sampleWords(elided, 10, true).map((e) => e.folded).sort(), ['autres', 'avion']);
});

test('a known-item query takes the rarest title words, in title order, as written', () => {
  const df: Record<string, number> = { chine: 90, ouvre: 40, son: 5000, marche: 300, aux: 4000, voitures: 120, electriques: 30 };
  const frequency = (w: string) => df[w] ?? 9999;
  assert.equal(knownItemQuery('La Chine ouvre son marché aux voitures électriques', frequency), 'Chine ouvre voitures électriques');
  assert.equal(knownItemQuery('L’Élysée répond', frequency), '');
  assert.equal(knownItemQuery('Grève à la SNCF ce jeudi', frequency), 'Grève SNCF jeudi');
});

test('words that start other words are sampled with the articles holding a form of them, and precision counts the first results', () => {
  const texts = [
    ...['a1', 'a2', 'a3'].map((id) => ({ id, text: 'Marine Le Pen parle.' })),
    ...['b1', 'b2', 'b3'].map((id) => ({ id, text: 'Il pensait partir.' })),
    { id: 'c1', text: 'Les Pens du nord.' },
    { id: 'd1', text: 'La Haute-Pen.' },
  ];
  // A stemmer that makes « pens » the word « pen », and a rule that knows no other form.
  const stem = (w: string) => (w === 'pens' ? 'pen' : w);
  const [pen] = prefixQueries(vocabulary(texts), 10, 'x', stem, () => false).filter((q) => q.q === 'pen');
  assert.deepEqual([...pen!.relevant].sort(), ['a1', 'a2', 'a3', 'c1', 'd1'], 'the word, a form, and a part of a compound word');
  assert.equal(pen!.longerOnly, 3, '« pensait » only');
  assert.equal(precisionAtK(['b1', 'a1', 'x'], new Set(['a1', 'a2'])), 0.5, 'k is 2: two articles are relevant');
  assert.equal(precisionAtK(Array.from({ length: 12 }, (_, i) => `r${i}`), new Set(Array.from({ length: 20 }, (_, i) => `r${i}`))), 1, 'k is at most 10');
});
