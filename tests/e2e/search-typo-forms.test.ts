/**
 * A typo that happens to be a form of a rare word of the archive, in real Chromium: « Philipe » is
 * « Philip » with a feminine « e », so the results of the rare word answer it, while the archive
 * names « Philippe » in every article. The page offers the frequent word (« Essayez »), as the
 * word list's ranks tell (`suggestion` in public/js/search-core.js): the archive written here has
 * « Philippe » first in its word list and « Philip » far below, as in a real archive.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { openSearchPage, searchStatus, servedSearchSite } from '../search/site.ts';

/** Articles naming « Philippe »; each holds all the filler words but its own few, so that they rank below it. */
const ARTICLES = 32;
/** Words of more articles than « Philip » (two), so that it ranks far below « Philippe ». */
const FILLER = Array.from({ length: 256 }, (_, i) => `lexique${String.fromCharCode(97 + Math.floor(i / 26) % 26)}${String.fromCharCode(97 + (i % 26))}`);

const served = servedSearchSite('typo-forms', (work) => {
  const content = join(work, 'content');
  mkdirSync(content);
  for (let n = 0; n < ARTICLES; n++) {
    const words = FILLER.filter((_, i) => i % ARTICLES !== n).join(' ');
    const prince = n < 2 ? ' Le prince Philip était présent.' : '';
    writeFileSync(join(content, `2024-04-${String(n % 28 + 1).padStart(2, '0')}-etape-${n}.md`), `---\ntitle: "Édouard Philippe, étape ${n}"\ndate: 2024-04-${String(n % 28 + 1).padStart(2, '0')}\n---\nÉdouard Philippe a parlé.${prince} ${words}.\n`);
  }
  return content;
});

describe('a typo that is a form of a rare word', () => {
  test('« Philipe » gets « Essayez : Philippe »; « Philip » and « Philippe » get none', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    const essayez = page.locator('#recherche-essayez');
    await page.goto(`${served.url}recherche/?q=Philipe`);
    await searchStatus(page, /pour «\u202fPhilipe\u202f»/);
    await essayez.filter({ hasText: 'Essayez' }).waitFor();
    assert.equal(await essayez.textContent(), 'Essayez\u00a0: Philippe');
    for (const q of ['Philip', 'Philippe']) {
      await page.goto(`${served.url}recherche/?q=${q}`);
      await searchStatus(page, new RegExp(`résultats? pour «\u202f${q}\u202f»`));
      await page.locator('#recherche-resultats li').first().waitFor();
      assert.equal(await essayez.isVisible(), false, q);
    }
    assert.deepEqual(problems, []);
  });
});
