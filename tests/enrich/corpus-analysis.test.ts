/**
 * No article of the real corpus breaks the analysis: every one of its 22,004 files (each article
 * as Markdown and as raw text) gets its topics and entities without an internal error, which
 * would reject the file from the site. Entity rules are many and read neighbouring words and
 * other fields of the article; a rule that indexes past a list once rejected two articles of a
 * 5,000-article build (`listedWithPeople`, round 12 of the entity rules).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readBuiltInKnowledge } from '../../src/build/pipeline.ts';
import { articleAnalyser, loadKnowledge } from '../../src/enrich/index.ts';
import { ingestFile } from '../../src/ingest/index.ts';
import { DEFAULT_CORPUS as CORPUS } from '../../tools/bench/corpus.ts';

const hasCorpus = existsSync(join(CORPUS, 'manifest.jsonl'));

test('every corpus article, Markdown and raw text, is analysed without an internal error', { skip: !hasCorpus && 'corpus absent' }, () => {
  const { analyse } = articleAnalyser(loadKnowledge(readBuiltInKnowledge(), {}));
  const failures: string[] = [];
  let analysed = 0;
  for (const folder of ['md', 'txt']) {
    for (const name of readdirSync(join(CORPUS, folder)).sort()) {
      const result = ingestFile(name, readFileSync(join(CORPUS, folder, name)));
      if (result.ok !== true) continue;
      try {
        analyse(result.article);
        analysed++;
      } catch (e) {
        failures.push(`${folder}/${name}: ${(e as Error).message}`);
      }
    }
  }
  assert.deepEqual(failures, []);
  assert.ok(analysed > 20_000, `${analysed} articles analysed`);
});
