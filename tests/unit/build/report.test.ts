import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entryOf, siteUrlFr } from '../../../src/build/report.ts';

test('a site built for a local address says that its feeds, sitemap and canonical links point there, and how to give the public one', () => {
  for (const url of ['http://localhost:8080', 'http://127.0.0.1:3000']) assert.match(siteUrlFr(url)!, /--site-url https:\/\//);
  assert.match(siteUrlFr('http://localhost:8080')!, /^adresse du site : http:\/\/localhost:8080 ; les flux, le plan du site et les liens canoniques y pointent/);
  assert.equal(siteUrlFr('https://archives.example.fr'), undefined);
  assert.equal(siteUrlFr('https://localhost.example.fr'), undefined);
});

test('the tenth reader’s review: what ingest took out of a text (info diagnostics) is in the report entry’s notes, so that nothing is dropped unseen', () => {
  const entry = entryOf('a.txt', 'published', [
    { id: 'debris-dropped', level: 'info', file: 'a.txt', line: 7, message: 'ligne retirée : « Crédit photo : Ferrari »' },
    { id: 'truncated', level: 'warning', file: 'a.txt', line: 9, message: 'texte tronqué' },
  ]);
  assert.deepEqual(entry.notes, [{ id: 'debris-dropped', line: 7, message: 'ligne retirée : « Crédit photo : Ferrari »' }]);
  assert.deepEqual(entry.warnings.map((w) => w.id), ['truncated']);
  assert.equal(entryOf('b.txt', 'published', []).notes, undefined);
});
