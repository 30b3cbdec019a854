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
import { LEXICON_FILES, lexiconFilePath, lexiconIndex, lexiconLine, lexiconPath, lexiconWords } from '../../../public/js/lexicon.js';
import { foldWord } from '../../../public/js/search-core.js';
import { wordStats, wordStatsMerger, type WordStats } from '../../../src/search/words.ts';

const article = (text: string) => ({ title: '', lede: '', sections: [{ paragraphs: [text] }] });
/** Whether the lexicon files say the archive holds a word as typed, looked up as the search page looks it up. */
const holds = (files: string[], typed: string) => {
  const folded = foldWord(typed);
  return lexiconWords(files[lexiconIndex(folded)]!).has(lexiconLine(typed, folded));
};
/** The same stats, their words in reverse order. */
const reversed = (s: WordStats): WordStats => ({ ...s, words: [...s.words].reverse(), first: [...s.first].reverse(), spellings: [...s.spellings].reverse() });

test('every word of four letters or more is in the file the page looks it up in, folded as the page folds it', () => {
  const stats = wordStats([article('Les Retraites de l’Élysée, le cœur de Koh-Lanta : ils servaient.'), article('Macron et une coquile.')]);
  const files = lexiconFiles(stats);
  assert.equal(files.length, LEXICON_FILES);
  for (const typed of ['retraites', 'Élysée', 'elysee', 'ÉLYSÉE', 'coeur', 'cœur', 'servaient', 'Koh-Lanta', 'Lanta', 'Macron', 'coquile']) assert.ok(holds(files, typed), typed);
  const all = files.flatMap((text) => [...lexiconWords(text)]);
  for (const absent of ['les', 'de', 'et', 'une', 'koh', 'macorn']) assert.ok(!all.includes(absent), absent);
});

test('a word typed with accents is the archive’s only as the archive writes it; typed without, in any way', () => {
  const files = lexiconFiles(wordStats([article('The Vehicle Show, le marché et la marche, à Orléans.')]));
  assert.ok(holds(files, 'vehicle'), 'typed without accents: the archive’s « Vehicle »');
  assert.ok(!holds(files, 'véhicle'), 'typed with an accent the archive never writes: a typo of « véhicule »');
  for (const typed of ['marché', 'marche', 'Marché', 'orléans', 'orleans']) assert.ok(holds(files, typed), typed);
  assert.ok(!holds(files, 'marchè'), 'another accent');
});

test('a compound is listed whole and by its parts of four letters or more, as folded and as written', () => {
  const lines = lexiconEntries(wordStats([article('Koh-Lanta, Macron en mai à Saint-Étienne.')])).map(([, line]) => line);
  assert.deepEqual(lines.sort(), ['etienne', 'koh-lanta', 'lanta', 'macron', 'saint', 'saint-etienne', 'saint-étienne', 'étienne']);
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
    const whole = lexiconFiles(wordStats(list), 8);
    assert.deepEqual(lexiconFiles(merger.stats, 8), whole);
    assert.deepEqual(lexiconFiles(reversed(wordStats(list)), 8), whole);
    for (const text of whole) assert.equal(text, [...lexiconWords(text)].sort().map((w) => `${w}\n`).join(''), 'sorted, one a line');
  }));
});

test('the lexicon is written as LEXICON_FILES files, those without words too, each where the page fetches it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-lexicon-'));
  try {
    writeLexicon(dir, lexiconFiles(wordStats([article('Macron, les retraites')])));
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
