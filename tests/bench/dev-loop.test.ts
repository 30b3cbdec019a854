import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { patchArticle } from '../../src/dev/update.ts';
import { prepareArchive } from '../../src/build/pipeline.ts';
import { ingestFile } from '../../src/ingest/index.ts';
import { withReloadScript } from '../../src/dev/serve.ts';
import { PROJECT_ROOT as ROOT } from '../../src/paths.ts';
import { siteOptions } from '../../src/build/options.ts';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'archive');

function fixtureArchive() {
  return prepareArchive(FIXTURE, siteOptions({ origin: 'https://x.example' })).archive;
}

test('an edited article keeps its place in the site (URL, topics, neighbours) and shows its new text', () => {
  const archive = fixtureArchive();
  const old = archive.articles.find((a) => a.neighbours?.prev && a.neighbours.next && a.format === 'markdown')!;
  const source = readFileSync(join(FIXTURE, old.sourceFile), 'utf8');
  const edited = source.replace(/^title: .*$/m, 'title: "Un tout autre titre"').replace(/^---\n([\s\S]*?)\n---\n/, (front) => `${front}\nUn nouveau premier paragraphe.\n\n`);
  const fresh = ingestFile(old.sourceFile, new TextEncoder().encode(edited));
  assert.equal(fresh.ok, true);
  if (fresh.ok !== true) return;
  const patched = patchArticle(old, fresh.article)!;
  assert.equal(patched.title, 'Un tout autre titre');
  assert.equal(patched.card.title, 'Un tout autre titre');
  assert.equal(patched.lede, 'Un nouveau premier paragraphe.');
  assert.equal(patched.url, old.url, 'the page is rewritten where the browser is');
  assert.deepEqual([patched.neighbours, patched.topicLinks, patched.related], [old.neighbours, old.topicLinks, old.related]);
});

test('an article turned into a draft is not updated in place', () => {
  const archive = fixtureArchive();
  const old = archive.articles.find((a) => a.format === 'markdown')!;
  assert.equal(patchArticle(old, { ...old, draft: true }), undefined);
});

test('served pages get the live-reload script before </body>, under the base path', () => {
  assert.equal(withReloadScript('<html><body><p>x</p></body></html>', '/archives/'), '<html><body><p>x</p><script type="module" src="/archives/__kiosque/reload.js"></script></body></html>');
  assert.equal(withReloadScript('<p>x</p>', '/'), '<p>x</p><script type="module" src="/__kiosque/reload.js"></script>');
});
