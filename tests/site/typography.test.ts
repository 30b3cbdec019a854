import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frenchTypography } from '../../src/text/french-typography.ts';
import { frenchTypographyHtml } from '../../src/text/french-typography-html.ts';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

test('a narrow no-break space goes before ; ! ? and a no-break space before :', () => {
  assert.equal(frenchTypography('Vraiment ? Oui ! Enfin ; bref : non'), `Vraiment${NNBSP}? Oui${NNBSP}! Enfin${NNBSP}; bref${NBSP}: non`);
  assert.equal(frenchTypography('Vraiment?'), `Vraiment${NNBSP}?`, 'a missing space is added');
});

test('apostrophes become typographic and straight double quotes become « » with narrow spaces', () => {
  assert.equal(frenchTypography("l'IA d'aujourd'hui"), 'l’IA d’aujourd’hui');
  assert.equal(frenchTypography('Il a dit "non", puis "peut-être".'), `Il a dit «${NNBSP}non${NNBSP}», puis «${NNBSP}peut-être${NNBSP}».`);
  assert.equal(frenchTypography('« oui »'), `«${NNBSP}oui${NNBSP}»`);
});

test('digit groups and percentages are kept on one line', () => {
  assert.equal(frenchTypography('5 000 candidats, 50 %'), `5${NNBSP}000 candidats, 50${NNBSP}%`);
});

test('web addresses are left exactly as written', () => {
  const url = 'https://example.org/conseil?seance=2024-02-15&x=1:2';
  assert.equal(frenchTypography(`Voir ${url} : c'est public`), `Voir ${url}${NBSP}: c’est public`);
});

test('text that continues an earlier run is set in context', () => {
  assert.equal(frenchTypography('" ?', 'i'), `${NNBSP}»${NNBSP}?`);
  assert.equal(frenchTypography(' 000 habitants', '5'), `${NNBSP}000 habitants`, 'a digit group split by a tag');
});

test('text with nothing to set comes back as it is', () => {
  for (const text of ['Économie', 'Orange avec AFP', 'Faits divers', '', 'www.example.org']) assert.equal(frenchTypography(text), text);
});

test('Markdown HTML: text is set, tags, link targets and code are not', () => {
  const html = '<p>Il dit <em>&quot;non&quot;</em> ? Voir <a href="https://a.fr/?q=1:2">le site</a> : <code>a ; b &quot;c&quot;</code></p>\n<pre><code>x ? y</code></pre>';
  assert.equal(
    frenchTypographyHtml(html),
    `<p>Il dit <em>«${NNBSP}non${NNBSP}»</em>${NNBSP}? Voir <a href="https://a.fr/?q=1:2">le site</a>${NBSP}: <code>a ; b &quot;c&quot;</code></p>\n<pre><code>x ? y</code></pre>`,
  );
});

test('Markdown HTML: a quote that opens a paragraph opens, even after a closed one', () => {
  assert.equal(frenchTypographyHtml('<p>Fin.</p>\n<p>&quot;Début&quot;</p>'), `<p>Fin.</p>\n<p>«${NNBSP}Début${NNBSP}»</p>`);
  assert.equal(frenchTypographyHtml('<p>a &amp; b &lt;c&gt;</p>'), '<p>a &amp; b &lt;c&gt;</p>', 'entities stay escaped and are not read as a ;');
});
