/**
 * Issue 11: `npm start` rebuilds for hours; each rebuild used to leave a `pagefind` process
 * behind. Twenty rebuilds in a row, as the dev server runs them (search index included): the
 * number of processes below this one does not grow, and none is a zombie. Memory figures are
 * printed by `npm run soak`, not asserted.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { canReadProcesses, rebuilds } from './soak.ts';
import { siteOptions } from '../../src/build/options.ts';

test('20 rebuilds in a row leave no process behind', { skip: !canReadProcesses && 'needs /proc (Linux)' }, async () => {
  const dir = mkdtempSync(join('/tmp', 'kiosque-soak-'));
  try {
    const content = join(dir, 'content');
    mkdirSync(content);
    writeFileSync(join(content, 'article.txt'), 'Un article\n date 2024-03-05 Le texte de l’article, indexé à chaque reconstruction.\n');
    const options = { content, out: join(dir, 'site'), site: siteOptions({ origin: 'http://localhost:8080' }), strict: false, search: true };
    const counts: number[] = [];
    for await (const r of rebuilds(options, 20)) {
      assert.equal(r.ok, true, `rebuild ${r.round}`);
      assert.equal(r.zombies, 0, `zombies after rebuild ${r.round}`);
      counts.push(r.descendants);
    }
    assert.deepEqual(counts, counts.map(() => counts[0]), `processes below this one after each rebuild: ${counts.join(', ')}`);
  } finally {
    // The last rebuilds' previous sites are still being removed in the background (src/build/output.ts,
    // `removeInBackground`): a remover renaming its folder inside `dir` meanwhile makes rmdir fail (ENOTEMPTY).
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});
