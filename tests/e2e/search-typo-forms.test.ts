/**
 * A typo that happens to be a form of a rare word of the archive, in real Chromium: « Philipe » is
 * « Philip » with a feminine « e », so the results of the rare word answer it, while the archive
 * names « Philippe » in every article. The page searches the frequent word instead (review 37,
 * `formsOnlyTypos`), or offers it (« Essayez »), as the word list's ranks tell (`suggestion` in
 * public/js/search-core.js): the archive written here has
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
    // « ancien » and « ancienne » as often as each other; the English « Vehicle » in one article, « véhicule » in all.
    const former = `${n < 16 ? ' Un ancien ministre est venu.' : ''}${n % 2 === 0 ? ' Une ancienne ministre aussi.' : ''}`;
    const english = n === 5 ? ' Le département Special Vehicle Operations de Jaguar était là.' : '';
    // « marche » in every article, the word list's spelling; « marché » in a few (review 37: `marcé` was offered « marche »).
    const market = ` La marche a commencé.${n % 8 === 1 ? ' Le marché a ouvert.' : ''}`;
    // « accident » in every article, « acide » in two (review 37: `acident` listed « acide »'s results).
    const accident = ` Un accident a eu lieu.${n === 3 || n === 9 ? ' Une attaque à l’acide a eu lieu.' : ''}`;
    // « Koh-Lanta » in two articles, never « Lanta » alone; « Santa » in eight (review 38: `Lanta` was searched as « Santa »).
    const show = `${n === 4 || n === 6 ? ' La finale de Koh-Lanta est diffusée.' : ''}${n % 4 === 0 ? ' Santa Claus est venu.' : ''}`;
    // Forms of « porter », and « portrait » (review 38: `porterait` was offered « portrait »).
    const carry = ` Il porte un projet.${n % 3 === 0 ? ' Ils portaient des pancartes.' : ''}${n % 5 === 0 ? ' Un portrait du ministre.' : ''}`;
    writeFileSync(join(content, `2024-04-${String(n % 28 + 1).padStart(2, '0')}-etape-${n}.md`), `---\ntitle: "Édouard Philippe, étape ${n}"\ndate: 2024-04-${String(n % 28 + 1).padStart(2, '0')}\n---\nÉdouard Philippe a parlé du véhicule.${prince}${former}${english}${market}${accident}${show}${carry} ${words}.\n`);
  }
  return content;
});

describe('a typo that is a form of a rare word', () => {
  // Review 36 offered « Essayez : Philippe » above the prince's articles; review 37 searches it, as `acident` below.
  test('« Philipe » is searched as « Philippe »; « Philip » and « Philippe » get no « Essayez »', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    const essayez = page.locator('#recherche-essayez');
    await page.goto(`${served.url}recherche/?q=Philipe`);
    await searchStatus(page, /pour «\u202fPhilipe\u202f»/);
    assert.equal(await page.locator('#recherche-statut').textContent(), `Aucun résultat pour «\u202fPhilipe\u202f»\u00a0; ${ARTICLES} résultats pour «\u202fPhilippe\u202f».`);
    for (const q of ['Philip', 'Philippe']) {
      await page.goto(`${served.url}recherche/?q=${q}`);
      await searchStatus(page, new RegExp(`résultats? pour «\u202f${q}\u202f»`));
      await page.locator('#recherche-resultats li').first().waitFor();
      assert.equal(await essayez.isVisible(), false, q);
    }
    assert.deepEqual(problems, []);
  });

  // A typo answered by another form (« ancien » for `anciene`), or by a word the archive holds only in English, without
  // the accent typed (`véhicle`: « Vehicle »), is offered the frequent French word; the words as written get none.
  test('« anciene » gets « Essayez : ancienne », « véhicle » « Essayez : véhicule »; « ancien », « ancienne », « vehicle » none', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    const essayez = page.locator('#recherche-essayez');
    for (const [q, better] of [['anciene', 'ancienne'], ['véhicle', 'véhicule']]) {
      await page.goto(`${served.url}recherche/?q=${q}`);
      await searchStatus(page, new RegExp(`résultats? pour «\u202f${q}\u202f»`));
      await essayez.filter({ hasText: 'Essayez' }).waitFor();
      assert.equal(await essayez.textContent(), `Essayez\u00a0: ${better}`);
    }
    for (const q of ['ancien', 'ancienne', 'vehicle']) {
      await page.goto(`${served.url}recherche/?q=${q}`);
      await searchStatus(page, new RegExp(`résultats? pour «\u202f${q}\u202f»`));
      await page.locator('#recherche-resultats li').first().waitFor();
      await page.waitForTimeout(300);
      assert.equal(await essayez.isVisible(), false, q);
    }
    assert.deepEqual(problems, []);
  });

  // Review 37: the line came once the results were on screen, and pushed them down by its height.
  test('« Essayez » comes with the results it is about: the first result does not move', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    // Each frame, the first result's link and top, and whether the line shows. A script as text: a function compiled
    // by tsx would call its name helper, unknown to the page.
    await page.addInitScript(`window.frames_ = []; (function tick() {
      const first = document.querySelector('#recherche-resultats li');
      const line = document.getElementById('recherche-essayez');
      if (line) window.frames_.push({ href: first?.querySelector('a')?.getAttribute('href') ?? null, top: first ? first.getBoundingClientRect().top : null, line: !line.hidden && getComputedStyle(line).visibility !== 'hidden' });
      requestAnimationFrame(tick);
    })();`);
    for (const [q, better] of [['anciene', 'ancienne'], ['véhicle', 'véhicule']] as const) {
      await page.goto(`${served.url}recherche/?q=${q}`);
      await page.locator('#recherche-essayez').filter({ hasText: better }).waitFor();
      await page.waitForTimeout(300);
      const frames = await page.evaluate('window.frames_') as { href: string | null; top: number | null; line: boolean }[];
      const changes = frames.filter((f, i) => i === 0 || f.href !== frames[i - 1]!.href || f.line !== frames[i - 1]!.line || f.top !== frames[i - 1]!.top);
      const shown = frames.filter((f) => f.href);
      assert.ok(shown.length > 0 && shown.every((f) => f.line), `${q}: the line shows from the first frame with results on: ${JSON.stringify(changes)}`);
      assert.equal(new Set(shown.map((f) => f.top)).size, 1, `${q}: ${JSON.stringify(changes)}`);
    }
    // Typed at 110 ms a key: the line came once the box settled (500 ms after the last key), over the same results.
    for (const [q, better] of [['anciene', 'ancienne'], ['véhicle', 'véhicule']] as const) {
      await page.goto(`${served.url}recherche/`);
      await page.locator('#recherche-q').click();
      await page.keyboard.type(q, { delay: 110 });
      await page.locator('#recherche-essayez').filter({ hasText: better }).waitFor();
      await page.waitForTimeout(1000);
      const frames = await page.evaluate('window.frames_') as { href: string | null; top: number | null; line: boolean }[];
      const moved = frames.filter((f, i) => i > 0 && f.href && f.href === frames[i - 1]!.href && f.top !== frames[i - 1]!.top);
      assert.deepEqual(moved, [], `${q} typed: the first result moved`);
    }
    assert.deepEqual(problems, []);
  });

  // The word list keeps one spelling per folded word, here « marche »: a word typed with an accent is offered the
  // spelling closest to it (review 37).
  test('« marcé » is offered or searched as « marché », not « marche »', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    await page.goto(`${served.url}recherche/?q=marcé`);
    await searchStatus(page, /pour «\u202fmarcé\u202f»/);
    await page.waitForTimeout(500);
    const said = `${await page.locator('#recherche-statut').textContent()} ${(await page.locator('#recherche-essayez').isVisible()) ? await page.locator('#recherche-essayez').textContent() : ''}`;
    assert.match(said, /marché/, said);
    assert.doesNotMatch(said, /marche\b/, said);
    assert.deepEqual(problems, []);
  });

  // `acident` is answered by « acide », a form of it by the rules of forms (review 37): a typo of the far more
  // frequent « accident », searched instead; « acide » keeps its results.
  test('« acident » is searched as « accident »; « acide » keeps its own results', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    await page.goto(`${served.url}recherche/?q=acident`);
    await searchStatus(page, /pour «\u202facident\u202f»/);
    assert.equal(await page.locator('#recherche-statut').textContent(), `Aucun résultat pour «\u202facident\u202f»\u00a0; ${ARTICLES} résultats pour «\u202faccident\u202f».`);
    await page.goto(`${served.url}recherche/?q=acide`);
    await searchStatus(page, /pour «\u202facide\u202f»/);
    assert.equal(await page.locator('#recherche-statut').textContent(), '2 résultats pour «\u202facide\u202f».');
    await page.waitForTimeout(300);
    assert.equal(await page.locator('#recherche-essayez').isVisible(), false);
    assert.deepEqual(problems, []);
  });

  // Review 38: Pagefind matches each part of a compound and highlights the compound whole; the page read the highlight
  // whole, found no word starting with `lanta`, and searched « Santa » instead of the two articles of « Koh-Lanta ».
  test('« Lanta », a part of « Koh-Lanta » only, keeps its own results; « Santa » is not searched instead', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    for (const q of ['Lanta', 'lanta']) {
      await page.goto(`${served.url}recherche/?q=${q}`);
      await searchStatus(page, new RegExp(`pour «\u202f${q}\u202f»`));
      assert.equal(await page.locator('#recherche-statut').textContent(), `2 résultats pour «\u202f${q}\u202f».`);
      await page.waitForTimeout(300);
      assert.equal(await page.locator('#recherche-essayez').isVisible(), false, q);
    }
    assert.deepEqual(problems, []);
  });

  // Review 38: `porterait`, answered by « porte » and « portaient », was offered « portrait », which the rules of forms
  // pair with « portaient » (as a verb in -re would), with no other of the words that answered.
  test('« porterait », answered by forms of « porter », is not offered « portrait »', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    await page.goto(`${served.url}recherche/?q=porterait`);
    await searchStatus(page, /pour «\u202fporterait\u202f»/);
    await page.locator('#recherche-resultats li').first().waitFor();
    await page.waitForTimeout(500);
    assert.match((await page.locator('#recherche-statut').textContent()) ?? '', /^\d+ résultats pour «\u202fporterait\u202f»\.$/);
    assert.equal(await page.locator('#recherche-essayez').isVisible(), false, await page.locator('#recherche-essayez').textContent() ?? '');
    assert.deepEqual(problems, []);
  });
});
