import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { siteOptions } from '../../../src/build/options.ts';
import { analyseContent, archiveContent, ingestContent } from '../../../src/build/pipeline.ts';
import { archiveRecordSources } from '../../../src/build/search-sources.ts';
import { RECORD_FIELDS, sameRecordSources } from '../../../src/search/records.ts';
import { CONTENT } from '../../helpers/content.ts';

test('the records the index starts from, before the archive is made, are those of the archive: same order, authors and date labels', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-sources-'));
  try {
    cpSync(CONTENT, dir, { recursive: true });
    // A source that names a journalist becomes the author (not a search filter), an undated
    // article sorts last, and two articles of the same day sort by id.
    writeFileSync(join(dir, 'signe.md'), '---\ntitle: Un article signé\ndate: 2023-05-04\nsource: Florian Lautre\n---\n\nLe conseil municipal a voté le budget.\n');
    writeFileSync(join(dir, 'sans-date.md'), '---\ntitle: Un article sans date\n---\n\nLe texte de l’article.\n');
    writeFileSync(join(dir, 'meme-jour.md'), '---\ntitle: Le même jour\ndate: 2023-05-04\nsource: AFP\n---\n\nUn autre texte.\n');
    const ingested = ingestContent(dir);
    const analysed = analyseContent(ingested);
    const sources = archiveRecordSources(analysed.articles, ingested.textKeys);
    const { archive } = archiveContent(ingested, siteOptions({ origin: 'https://x.example' }), analysed);
    assert.equal(archive.articles.length, 8);
    assert.ok(sameRecordSources(sources, archive.articles));
    for (const [i, a] of archive.articles.entries()) for (const f of RECORD_FIELDS) assert.deepEqual(sources[i]![f], a[f], `${a.sourceFile} ${f}`);
    const signed = sources.find((s) => s.title === 'Un article signé')!;
    assert.equal(signed.source, undefined, 'the journalist is the author, not a source');
    assert.equal(sources.at(-1)!.title, 'Un article sans date');
    assert.equal(signed.dateLabel, '4 mai 2023');
    // Each with the hash of its text: the indexing process reads the text of the shards it indexes only.
    assert.equal(new Set(sources.map((s) => s.textKey)).size, sources.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('records sources differ when an article is missing, moved or has other topics', () => {
  const a = { url: '/a/', title: 'A', titleOrigin: 'title-line' as const, lede: '', sections: [], topics: ['x'], dateLabel: 'Sans date' };
  const b = { url: '/b/', title: 'B', titleOrigin: 'title-line' as const, lede: '', sections: [], topics: ['y'], dateLabel: 'Sans date' };
  assert.ok(sameRecordSources([a, b], [a, { ...b }]), 'the same values in other objects');
  assert.ok(!sameRecordSources([a, b], [a]));
  assert.ok(!sameRecordSources([a, b], [b, a]));
  assert.ok(!sameRecordSources([a, b], [a, { ...b, topics: ['z'] }]));
});
