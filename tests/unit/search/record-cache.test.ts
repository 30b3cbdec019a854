import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { keepWordStats, keptWordStats, pruneShards, shardRecords } from '../../../src/search/record-cache.ts';
import { articleRecord, recordInput, type RecordSource } from '../../../src/search/records.ts';
import { wordStats } from '../../../src/search/words.ts';

const article = (text: string): RecordSource => ({ url: '/a/', title: 'T', titleOrigin: 'title-line', lede: '', sections: [{ paragraphs: [text] }], topics: [], dateLabel: 'sans date' });

test('a shard indexed again takes the records of unchanged articles from the previous build, and makes the others', () => {
  const cache = mkdtempSync(join(tmpdir(), 'kiosque-records-'));
  const made: string[] = [];
  const record = (kept: ReturnType<typeof shardRecords>, a: RecordSource) => kept.record(recordInput(a), () => {
    made.push(a.sections[0]!.paragraphs[0]!);
    return articleRecord(a).html;
  });
  const first = shardRecords(cache, '2019-03', 'code-1');
  const recordA = record(first, article('L’été de l’IA'));
  record(first, article('Un autre texte'));
  first.save();
  assert.deepEqual(made, ['L’été de l’IA', 'Un autre texte']);
  made.length = 0;
  const second = shardRecords(cache, '2019-03', 'code-1');
  assert.equal(record(second, article('L’été de l’IA')), recordA, 'the same record as before');
  record(second, article('Un texte corrigé'));
  record(second, { ...article('L’été de l’IA'), topics: ['sciences'] });
  assert.deepEqual(made, ['Un texte corrigé', 'L’été de l’IA'], 'only the new text, and the article with a new topic, are made');
  second.save();
  made.length = 0;
  record(shardRecords(cache, '2019-03', 'code-2'), article('L’été de l’IA'));
  assert.deepEqual(made, ['L’été de l’IA'], 'records made by other code are not used');
  made.length = 0;
  record(shardRecords(cache, '2019-04', 'code-1'), article('L’été de l’IA'));
  assert.deepEqual(made, ['L’été de l’IA'], 'each shard has its own file');
});

test('a file of records or word stats with a byte changed is ignored: the records are made again, never indexed as they now read', () => {
  const cache = mkdtempSync(join(tmpdir(), 'kiosque-records-'));
  const a = article('Les éboueurs de Marseille');
  const first = shardRecords(cache, '2019-03', 'c');
  first.record(recordInput(a), () => articleRecord(a).html);
  first.save();
  const file = join(cache, 'recherche', '2019-03.bin');
  const bytes = readFileSync(file);
  const at = bytes.indexOf(Buffer.from('Marseille', 'latin1'));
  assert.ok(at > 0);
  bytes[at] = 'X'.charCodeAt(0);
  writeFileSync(file, bytes);
  let made = 0;
  const record = shardRecords(cache, '2019-03', 'c').record(recordInput(a), () => (made++, articleRecord(a).html));
  assert.equal(made, 1);
  assert.ok(record.includes('Marseille'));
  const stats = wordStats([{ title: 'Marseille', lede: '', sections: [{ paragraphs: ['les éboueurs'] }] }]);
  keepWordStats(cache, '2019-03', 'k', stats);
  const words = join(cache, 'recherche', '2019-03.mots.bin');
  const wordBytes = readFileSync(words);
  wordBytes[wordBytes.indexOf(Buffer.from('marseille', 'latin1'))] = 'X'.charCodeAt(0);
  writeFileSync(words, wordBytes);
  assert.equal(keptWordStats(cache, '2019-03', 'k'), undefined);
});

test('an unreadable file of records is ignored, and files of shards that are gone are removed', () => {
  const cache = mkdtempSync(join(tmpdir(), 'kiosque-records-'));
  shardRecords(cache, '2019-03', 'c').save();
  shardRecords(cache, '2019-04', 'c').save();
  writeFileSync(join(cache, 'recherche', '2019-03.bin'), 'pas un fichier de Kiosque');
  let made = 0;
  shardRecords(cache, '2019-03', 'c').record(recordInput(article('x')), () => (made++, articleRecord(article('x')).html));
  assert.equal(made, 1);
  pruneShards(cache, ['2019-04']);
  assert.deepEqual(readdirSync(join(cache, 'recherche')), ['2019-04.bin']);
  pruneShards(join(cache, 'absent'), []);
  assert.ok(!existsSync(join(cache, 'absent')));
});

test('a shard’s word stats are kept under its key: another key, or an unreadable file, gives none', () => {
  const cache = mkdtempSync(join(tmpdir(), 'kiosque-words-'));
  const stats = wordStats([{ title: 'Macron', lede: '', sections: [{ paragraphs: ['les retraites'] }] }]);
  keepWordStats(cache, '2019-03', 'key-1', stats);
  assert.deepEqual(keptWordStats(cache, '2019-03', 'key-1'), stats);
  assert.equal(keptWordStats(cache, '2019-03', 'key-2'), undefined, 'a shard whose articles changed');
  assert.equal(keptWordStats(cache, '2019-04', 'key-1'), undefined, 'each shard has its own file');
  shardRecords(cache, '2019-03', 'c').save();
  pruneShards(cache, ['2019-03']);
  assert.deepEqual(readdirSync(join(cache, 'recherche')).sort(), ['2019-03.bin', '2019-03.mots.bin'], 'kept with the shard’s records');
  writeFileSync(join(cache, 'recherche', '2019-03.mots.bin'), 'pas un fichier de Kiosque');
  assert.equal(keptWordStats(cache, '2019-03', 'key-1'), undefined);
});
