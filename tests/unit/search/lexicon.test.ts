/**
 * The archive's lexicon (src/search/lexicon.ts, public/js/lexicon.js): every word of the published texts in a fixed
 * number of files by a hash of the word, which the search page fetches one at a time to tell a rare word of the
 * archive from a typo. A word is in the file the page looks it up in; the files are the same whatever the order of
 * the words; the lexicon made from shards' word stats is that of the whole archive.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { lexiconEntries, lexiconFiles, writeLexicon } from '../../../src/search/lexicon.ts';
import { LEXICON_FILES, lexiconFilePath, lexiconIndex, lexiconPath, lexiconWords } from '../../../public/js/lexicon.js';
import { foldWord } from '../../../public/js/search-core.js';
import { wordStats, wordStatsMerger } from '../../../src/search/words.ts';

const article = (text: string) => ({ title: '', lede: '', sections: [{ paragraphs: [text] }] });

test('every word of four letters or more is in the file the page looks it up in, folded as the page folds it', () => {
  const stats = wordStats([article('Les Retraites de l’Élysée, le cœur de Koh-Lanta : ils servaient.'), article('Macron et une coquile.')]);
  const files = lexiconFiles(stats.words);
  assert.equal(files.length, LEXICON_FILES);
  for (const typed of ['retraites', 'Élysée', 'coeur', 'cœur', 'servaient', 'Koh-Lanta', 'Lanta', 'Macron', 'coquile']) {
    const folded = foldWord(typed);
    assert.ok(lexiconWords(files[lexiconIndex(folded)]!).has(folded), typed);
  }
  const all = files.flatMap((text) => [...lexiconWords(text)]);
  for (const absent of ['les', 'de', 'et', 'une', 'koh', 'macorn']) assert.ok(!all.includes(absent), absent);
});

test('a compound is listed whole and by its parts of four letters or more', () => {
  assert.deepEqual(lexiconEntries(['koh-lanta', 'macron', 'mai', 'saint-etienne']).sort(), ['etienne', 'koh-lanta', 'lanta', 'macron', 'saint', 'saint-etienne']);
});

test('the same words give the same bytes, in any order and from the stats of any parts of the archive', () => {
  const words = ['Macron', 'retraites', 'Élysée', 'coquile', 'servaient', 'arc-en-ciel', 'l’Europe', 'c3po', 'budget'];
  const archive = fc.array(fc.array(fc.constantFrom(...words), { maxLength: 10 }).map((ws) => article(ws.join(' '))), { maxLength: 20 });
  fc.assert(fc.property(archive, fc.array(fc.nat(2)), (list, partOf) => {
    const merger = wordStatsMerger();
    for (const p of [2, 0, 1]) {
      const at = list.map((_, i) => i).filter((i) => (partOf[i] ?? 0) === p);
      if (at.length) merger.add(wordStats(at.map((i) => list[i]!)), at);
    }
    const whole = lexiconFiles(wordStats(list).words, 8);
    assert.deepEqual(lexiconFiles(merger.stats.words, 8), whole);
    assert.deepEqual(lexiconFiles([...wordStats(list).words].reverse(), 8), whole);
    for (const text of whole) assert.equal(text, [...lexiconWords(text)].sort().map((w) => `${w}\n`).join(''), 'sorted, one a line');
  }));
});

test('the lexicon is written as LEXICON_FILES files, those without words too, each where the page fetches it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-lexicon-'));
  try {
    writeLexicon(dir, lexiconFiles(['macron', 'retraites']));
    const names = readdirSync(join(dir, 'recherche', 'lexique')).sort();
    assert.equal(names.length, LEXICON_FILES);
    assert.equal(names[0], '000.txt');
    assert.equal(lexiconFilePath(LEXICON_FILES - 1), `recherche/lexique/${(LEXICON_FILES - 1).toString(16)}.txt`);
    assert.equal(readFileSync(join(dir, lexiconPath('macron')), 'utf8').split('\n').includes('macron'), true);
    assert.equal(names.map((n) => readFileSync(join(dir, 'recherche', 'lexique', n), 'utf8')).join('').split('\n').filter(Boolean).sort().join(' '), 'macron retraites');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the hash spreads words over the files', () => {
  const counts = new Array<number>(LEXICON_FILES).fill(0);
  for (let i = 0; i < 50 * LEXICON_FILES; i++) counts[lexiconIndex(`mot${i.toString(36)}`)]!++;
  assert.ok(Math.max(...counts) < 100 && Math.min(...counts) > 15, `${Math.min(...counts)}–${Math.max(...counts)} words a file, 50 on average`);
});
