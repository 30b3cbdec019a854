import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteUrlFr } from '../../../src/build/report.ts';

test('a site built for a local address says that its feeds, sitemap and canonical links point there, and how to give the public one', () => {
  for (const url of ['http://localhost:8080', 'http://127.0.0.1:3000']) assert.match(siteUrlFr(url)!, /--site-url https:\/\//);
  assert.match(siteUrlFr('http://localhost:8080')!, /^adresse du site : http:\/\/localhost:8080 ; les flux, le plan du site et les liens canoniques y pointent/);
  assert.equal(siteUrlFr('https://archives.example.fr'), undefined);
  assert.equal(siteUrlFr('https://localhost.example.fr'), undefined);
});
