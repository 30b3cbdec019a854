/**
 * Linking reused pages on a worker thread (src/build/page-links.ts): every page handed over is
 * in the new site once `finish` resolves, and a page that cannot be taken fails by name.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { pageLinks } from '../../../src/build/page-links.ts';

const dir = mkdtempSync(join(tmpdir(), 'kiosque-links-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('every page handed over is in the new site, in its folder, as the previous file itself, once finish resolves', async () => {
  const previous = join(dir, 'old');
  const next = join(dir, 'new');
  const files = Array.from({ length: 1200 }, (_, i) => `articles/a-${i}/index.html`);
  for (const f of files) {
    mkdirSync(join(previous, f, '..'), { recursive: true });
    writeFileSync(join(previous, f), `page ${f}`);
  }
  const links = pageLinks();
  for (const f of files) links.add(join(previous, f), join(next, f));
  await links.finish();
  for (const f of [files[0]!, files[777]!, files[1199]!]) {
    assert.equal(readFileSync(join(next, f), 'utf8'), `page ${f}`);
    assert.equal(statSync(join(next, f)).ino, statSync(join(previous, f)).ino, 'a hard link, not a copy');
  }
});

test('a page that can be neither linked nor copied fails finish, naming it', async () => {
  const previous = join(dir, 'old2');
  mkdirSync(previous, { recursive: true });
  writeFileSync(join(previous, 'a.html'), 'a');
  // The new page's folder would have to go through a file.
  writeFileSync(join(dir, 'blocker'), '');
  const links = pageLinks();
  links.add(join(previous, 'a.html'), join(dir, 'blocker', 'a', 'index.html'));
  await assert.rejects(links.finish(), /blocker\/a\/index\.html \(ENOTDIR\)/);
});
