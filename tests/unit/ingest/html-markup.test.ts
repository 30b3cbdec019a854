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

test('HTML that is more than shaping (a script) and code are left as written', () => {
  for (const body of ['<script>alert(1)</script>', 'Du code : `<p>garde</p>`.', '```\n<p>bloc</p>\n```', 'Un texte sans balise.', 'Écrivez à <i.dupont@mail.fr> ou voyez <https://example.org>.']) {
    assert.equal(htmlAsMarkdown(body).text, body, body);
  }
});

test('an embedded player (<iframe>, <video>) goes as an image does, counted with them; the text around it stays (the thirty-first review)', () => {
  const read = htmlAsMarkdown('<p>Avant.</p>\n<iframe src="https://www.facebook.com/plugins/post.php?href=xyz" width="500" height="300"></iframe>\n<p>Après.</p>');
  assert.doesNotMatch(read.text, /iframe|facebook/u);
  assert.match(read.text, /Avant\.[\s\S]*Après\./u);
  assert.equal(read.images, 1);
  assert.equal(htmlAsMarkdown('<video controls><source src="a.mp4"></video> Le texte.').images, 1);
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

test('a quotation and a table of an HTML body read as Markdown over the lines they take', () => {
  const read = htmlAsMarkdown('<p>Le budget est voté.</p>\n<blockquote><p>« Un budget juste », dit l’adjoint.</p></blockquote>\n<figure class="wp-block-table"><table>\n<caption>Les <em>postes</em></caption>\n<tr><th>Poste</th><th>Montant</th></tr>\n<tr><td>Voirie | rues</td><td><strong>1</strong> M€</td></tr>\n<tr><td>Écoles</td></tr>\n</table></figure>\n<p>Fin.</p>');
  assert.equal(read.text, 'Le budget est voté.\n\n> « Un budget juste », dit l’adjoint.\n\nLes postes\n\n| Poste | Montant |\n| --- | --- |\n| Voirie \\| rues | 1 M€ |\n| Écoles |  |\n\nFin.\n');
  // The table's lines come from the line that opens it; the text after it from its own line.
  assert.equal(read.sourceLines[read.text.split('\n').indexOf('| Poste | Montant |')], 2);
  assert.equal(read.sourceLines[read.text.split('\n').indexOf('Fin.')], 8);
});

test('a quotation inside a quotation is one level deeper, and the text after it stays in place', () => {
  assert.equal(htmlAsMarkdown('<blockquote>\n<p>Un</p>\n<blockquote>Deux</blockquote>\n</blockquote>\nFin').text, '> Un\n>\n> > Deux\n\nFin');
});

test('a table Markdown cannot write (spanning cells, a table inside, never closed) is left as written', () => {
  for (const body of ['Avant <table><tr><td colspan="2">x</td></tr></table> après', '<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>', '<table><tr><td>jamais fermé</td></tr>']) {
    assert.equal(htmlAsMarkdown(body).text, body, body);
  }
});

test('a table is published as a table: cells aligned by a class (the CSP blocks style attributes), in a box that scrolls', () => {
  const a = article('t.md', '---\ntitle: Les résultats\ndate: 2024-03-10\n---\nLe premier tour a eu lieu.\n\n| Candidat | Voix |\n| --- | ---: |\n| Alice Martin | 1 200 |\n');
  assert.match(a.bodyHtml!, /<div class="table-scroll" role="region" aria-label="Tableau" tabindex="0"><table>/);
  assert.match(a.bodyHtml!, /<th class="align-right">Voix<\/th>/);
  assert.match(a.bodyHtml!, /<td class="align-right">1 200<\/td>/);
  assert.doesNotMatch(a.bodyHtml!, /style=/);
  // The paragraph announcing the table ends with a colon: the text is whole all the same.
  const announced = article('u.md', '---\ntitle: Les résultats\ndate: 2024-03-10\n---\nLe premier tour a eu lieu.\n\nLes voix, selon la préfecture :\n\n| Candidat | Voix |\n| --- | ---: |\n| Alice Martin | 1 200 |\n');
  assert.equal(announced.truncated, false);
});

test('a WordPress table is published as a table, not as its tags in text', () => {
  const a = article('wp.md', '---\ntitle: Export\ndate: 2024-05-02\n---\n<p>Le conseil a voté le budget.</p>\n<table><tr><th>Poste</th><th>Montant</th></tr><tr><td>Écoles</td><td>2 M€</td></tr></table>\n');
  assert.match(a.bodyHtml!, /<th>Poste<\/th>/);
  assert.doesNotMatch(a.bodyHtml!, /&lt;/);
  assert.deepEqual(a.diagnostics.filter((d) => d.level !== 'info').map((d) => d.id), []);
});

test('an HTML body opening with its <h1> is titled by it as by a # heading, not given it as a heading after its lede (the thirty-fifth review)', () => {
  const body = '<h1>Une école ferme à Ivry</h1>\n<p>Le maire a annoncé mardi la fermeture de l’école.</p>\n<h1>Les parents</h1>\n<p>Ils protestent.</p>\n';
  const untitled = article('a.md', `---\ndate: 2019-03-12\n---\n${body}`);
  assert.equal(untitled.title, 'Une école ferme à Ivry');
  assert.equal(untitled.lede, 'Le maire a annoncé mardi la fermeture de l’école.');
  assert.deepEqual(untitled.sections.map((s) => s.heading).filter(Boolean), ['Les parents'], 'a later <h1> is a heading');
  assert.doesNotMatch(untitled.bodyHtml!, /<h1|Une école ferme/u);
  const titled = article('b.md', `---\ntitle: "Une école ferme à Ivry"\ndate: 2019-03-12\n---\n${body}`);
  assert.equal(titled.title, 'Une école ferme à Ivry');
  assert.doesNotMatch(titled.bodyHtml!, /Une école ferme/u, 'the title is not repeated as a heading');
});
