import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlAsMarkdown } from '../../../src/ingest/html-markup.ts';
import { article } from '../../helpers/content.ts';

test('a body written in HTML reads as Markdown: paragraphs, headings, items, links; emphasis dropped, its text kept', () => {
  const read = htmlAsMarkdown('<p>Le texte en <strong>gras</strong>.</p>\n<h3 class="t">Un <em>intertitre</em></h3>\n<ul><li>un</li><li>deux</li></ul>\n<p>Voir <a href="https://example.org/a">le rapport</a>.<br/>Fin.</p>');
  assert.equal(read.text, 'Le texte en gras.\n\n### Un intertitre\n\n- un\n\n- deux\n\nVoir [le rapport](<https://example.org/a>).\n\nFin.\n');
  // Each line of the result comes from one line of the body: diagnostics name the file's lines.
  assert.deepEqual(read.sourceLines, [0, 0, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]);
});

test('HTML that is more than shaping (a script, an iframe) and code are left as written', () => {
  for (const body of ['<script>alert(1)</script>', '<iframe src="https://x"></iframe>', 'Du code : `<p>garde</p>`.', '```\n<p>bloc</p>\n```', 'Un texte sans balise.', 'Écrivez à <i.dupont@mail.fr> ou voyez <https://example.org>.']) {
    assert.equal(htmlAsMarkdown(body).text, body, body);
  }
});

test('a WordPress export is published as text, an image dropped with a warning on its line', () => {
  const a = article('wp.md', '---\ntitle: Export\ndate: 2024-05-02\n---\n<p>Le conseil a voté le <strong>budget</strong>.</p>\n<p><img src="a.jpg"></p>\n<p>Les travaux commencent en juin.</p>\n');
  assert.equal(a.lede, 'Le conseil a voté le budget.');
  assert.doesNotMatch(a.bodyHtml!, /&lt;|<img|<strong/);
  assert.match(a.bodyHtml!, /<p>Les travaux commencent en juin\.<\/p>/);
  assert.deepEqual(a.diagnostics.filter((d) => d.id === 'image-dropped').map((d) => d.line), [6]);
});

test('WordPress’s captioned image goes with its caption, as an image, and the text around it stays', () => {
  const read = htmlAsMarkdown('<p>Le texte.</p>\n[caption id="attachment_12" width="300"]<img src="a.jpg" /> La piscine en travaux[/caption]\n<p>La suite.</p>');
  assert.equal(read.text, 'Le texte.\n\nLa suite.\n');
  assert.deepEqual([read.images, read.imageLine], [1, 1]);
});
