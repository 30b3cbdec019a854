/** A Markdown file's leading `# heading` under a front matter's title: dropped when it repeats the title, kept when it says more. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repeatsTitle } from '../../../src/ingest/markdown.ts';
import { article } from '../../helpers/content.ts';

const fm = '---\ntitle: "Une école ferme à Ivry"\ndate: 2019-03-12\n---\n\n';
const text = 'Le maire a annoncé mardi la fermeture de l’école élémentaire.\n\nLes parents protestent.\n';

test('a leading # heading that repeats the front matter’s title is not shown twice', () => {
  for (const heading of ['Une école ferme à Ivry', 'UNE ÉCOLE FERME', 'Une école ferme à Ivry !']) {
    const a = article('a.md', `${fm}# ${heading}\n\n${text}`);
    assert.equal(a.title, 'Une école ferme à Ivry');
    assert.deepEqual(a.sections.map((s) => s.heading), [undefined], heading);
    assert.equal(a.lede, 'Le maire a annoncé mardi la fermeture de l’école élémentaire.');
  }
});

test('a leading # heading that says more than the title stays in the text as a heading, not lost', () => {
  const a = article('a.md', `${fm}# Ce que dit le maire\n\n${text}`);
  assert.equal(a.title, 'Une école ferme à Ivry');
  assert.ok(a.sections.some((s) => s.heading === 'Ce que dit le maire'), JSON.stringify(a.sections));
  assert.match(a.bodyHtml ?? '', /<h2[^>]*>Ce que dit le maire<\/h2>/);
  assert.doesNotMatch(a.bodyHtml ?? '', /<h1/);
  assert.equal(repeatsTitle('Une école', 'Une école ferme à Ivry'), true);
  assert.equal(repeatsTitle('Une école ferme à Évreux', 'Une école ferme à Ivry'), false);
});

test('without a front matter title, a leading # heading is the title, as before', () => {
  const a = article('a.md', `# Ce que dit le maire\n\n${text}`);
  assert.equal(a.title, 'Ce que dit le maire');
  assert.deepEqual(a.sections.map((s) => s.heading), [undefined]);
});
