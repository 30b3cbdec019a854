import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { keepWordStats, keptWordStats, pruneBodies, shardBodies } from '../../../src/search/body-cache.ts';
import { wordStats } from '../../../src/search/words.ts';
import { recordBody, type RecordSource } from '../../../src/search/records.ts';

const article = (text: string): RecordSource => ({ url: '/a/', title: 'T', lede: '', sections: [{ paragraphs: [text] }], topics: [], dateLabel: 'sans date' });

test('a shard indexed again takes the bodies of unchanged articles from the previous build, and makes the others', () => {
  const cache = mkdtempSync(join(tmpdir(), 'kiosque-bodies-'));
  const first = shardBodies(cache, '2019-03', 'code-1');
  const made: string[] = [];
  const make = (a: RecordSource) => {
    made.push(a.sections[0]!.paragraphs[0]!);
    return recordBody(a);
  };
  const bodyA = first.body(article('L’été de l’IA'), make);
  first.body(article('Un autre texte'), make);
  first.save();
  assert.deepEqual(made, ['L’été de l’IA', 'Un autre texte']);
  made.length = 0;
  const second = shardBodies(cache, '2019-03', 'code-1');
  assert.equal(second.body(article('L’été de l’IA'), make), bodyA, 'the same body as before');
  second.body(article('Un texte corrigé'), make);
  assert.deepEqual(made, ['Un texte corrigé'], 'only the new text is made');
  second.save();
  made.length = 0;
  shardBodies(cache, '2019-03', 'code-2').body(article('L’été de l’IA'), make);
  assert.deepEqual(made, ['L’été de l’IA'], 'bodies made by other code are not used');
  made.length = 0;
  shardBodies(cache, '2019-04', 'code-1').body(article('L’été de l’IA'), make);
  assert.deepEqual(made, ['L’été de l’IA'], 'each shard has its own file');
});

test('an unreadable file of bodies is ignored, and files of shards that are gone are removed', () => {
  const cache = mkdtempSync(join(tmpdir(), 'kiosque-bodies-'));
  shardBodies(cache, '2019-03', 'c').save();
  shardBodies(cache, '2019-04', 'c').save();
  writeFileSync(join(cache, 'recherche', '2019-03.bin'), 'pas un fichier de Kiosque');
  let made = 0;
  shardBodies(cache, '2019-03', 'c').body(article('x'), (a) => (made++, recordBody(a)));
  assert.equal(made, 1);
  pruneBodies(cache, ['2019-04']);
  assert.deepEqual(readdirSync(join(cache, 'recherche')), ['2019-04.bin']);
  pruneBodies(join(cache, 'absent'), []);
  assert.ok(!existsSync(join(cache, 'absent')));
});

test('a shard’s word stats are kept under its key: another key, or an unreadable file, gives none', () => {
  const cache = mkdtempSync(join(tmpdir(), 'kiosque-words-'));
  const stats = wordStats([{ title: 'Macron', lede: '', sections: [{ paragraphs: ['les retraites'] }] }]);
  keepWordStats(cache, '2019-03', 'key-1', stats);
  assert.deepEqual(keptWordStats(cache, '2019-03', 'key-1'), stats);
  assert.equal(keptWordStats(cache, '2019-03', 'key-2'), undefined, 'a shard whose articles changed');
  assert.equal(keptWordStats(cache, '2019-04', 'key-1'), undefined, 'each shard has its own file');
  shardBodies(cache, '2019-03', 'c').save();
  pruneBodies(cache, ['2019-03']);
  assert.deepEqual(readdirSync(join(cache, 'recherche')).sort(), ['2019-03.bin', '2019-03.mots.bin'], 'kept with the shard’s bodies');
  writeFileSync(join(cache, 'recherche', '2019-03.mots.bin'), 'pas un fichier de Kiosque');
  assert.equal(keptWordStats(cache, '2019-03', 'key-1'), undefined);
});
