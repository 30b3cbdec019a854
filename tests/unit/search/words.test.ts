/**
 * The word list behind « Essayez : » (src/search/words.ts), and its making from the word stats of
 * parts of the archive, which the search index keeps per shard in the build's cache: the same
 * list as from the whole archive, whatever the parts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { rankWords, suggestionWords, wordSpellings, wordStats, wordStatsMerger } from '../../../src/search/words.ts';

const article = (text: string) => ({ title: '', lede: '', sections: [{ paragraphs: [text] }] });

test('words of two articles or more, most frequent first, spelled in lower case when they ever are', () => {
  const list = suggestionWords([
    article('Macron parle des Retraites et de l’Élysée.'),
    article('Les retraites, Macron, l’Élysée.'),
    article('Retraites encore, et une coquile.'),
  ]);
  assert.deepEqual(list, ['retraites', 'Élysée', 'Macron'], 'three words in two articles or more; « coquile » in one only; short words left out');
});

const words = ['Macron', 'MACRON', 'macron', 'Retraites', 'retraites', 'RETRAITES', 'Élysée', 'élysée', 'elysee', 'élysee', 'budget', 'Budget', 'BUDGET', 'l’Europe', 'europe', 'x', 'vote', 'Vote', 'c3po', 'arc-en-ciel'];
const archive = fc.array(fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((ws) => article(ws.join(' '))), { maxLength: 30 });

test('word stats added one part at a time, in any order, give the word list of the whole archive', () => {
  fc.assert(fc.property(archive, fc.array(fc.nat(3)), fc.boolean(), (list, partOf, reversed) => {
    const parts = [0, 1, 2, 3].map((p) => list.map((_, i) => i).filter((i) => (partOf[i] ?? 0) === p)).filter((at) => at.length > 0);
    const merger = wordStatsMerger();
    for (const at of reversed ? parts.reverse() : parts) merger.add(wordStats(at.map((i) => list[i]!)), at);
    assert.deepEqual(rankWords(merger.stats, 5), suggestionWords(list, 5));
    const whole = wordStats(list);
    assert.deepEqual(wordSpellings(merger.stats, rankWords(merger.stats, 5)), wordSpellings(whole, rankWords(whole, 5)), 'the spellings too');
  }));
});

test('the spellings of a listed word written several ways in lower case, the most used first (review 37: `marcé`)', () => {
  // « marche » is met first (the list's spelling), « marché » in more articles; « marchè » in one article only.
  const stats = wordStats([article('La marche.'), article('Le marché, la marche.'), article('Le marché.'), article('Au marché.'), article('Un marchè. Le Macron, macron.')]);
  const listed = rankWords(stats);
  assert.deepEqual(listed, ['marche'], '« Macron » in one article');
  assert.deepEqual(wordSpellings(stats, listed), { marche: ['marché', 'marche'] });
  assert.deepEqual(wordSpellings(wordStats([article('Le marché.'), article('Le marché.')]), ['marché']), {}, 'one spelling: nothing');
});
