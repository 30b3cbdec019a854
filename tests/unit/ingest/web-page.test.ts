/** A whole web page saved as an article is refused at the line it opens, not published with its markup as title and lede. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestFile } from '../../../src/ingest/index.ts';
import { webPage } from '../../../src/ingest/web-page.ts';

const page = '<!DOCTYPE html>\n<html lang="fr"><head><title>Une école ferme à Ivry</title><script>track()</script></head>\n<body><nav>Accueil</nav><h1>Une école ferme à Ivry</h1><p>Le maire a annoncé mardi la fermeture de l’école.</p></body></html>\n';
const bytes = (s: string) => new TextEncoder().encode(s);

test('a web page saved as .txt or .md, front matter or not, is rejected at the line its document opens, with what to do', () => {
  for (const [file, text, line] of [
    ['page.txt', page, 1],
    ['page.md', '\n' + page, 2],
    ['avec-en-tete.md', '---\ntitle: "Une école ferme"\ndate: 2019-03-12\n---\n' + page, 5],
    ['sans-doctype.txt', page.slice(page.indexOf('<html')), 1],
  ] as const) {
    const r = ingestFile(file, bytes(text));
    assert.equal(r.ok, false, file);
    const d = r.ok === false ? r.diagnostics : [];
    assert.deepEqual(d.map((x) => [x.id, x.level, x.line]), [['web-page', 'error', line]], file);
    assert.match(d[0]!.message, /^page web entière \(« <(!DOCTYPE html|html lang="fr")> »\), pas le texte d’un article/, file);
    assert.match(d[0]!.message, /copiez le seul texte de l’article dans un fichier \.txt/, file);
  }
});

test('a body written in HTML, an <html> mentioned in the text, or a page shown in an article’s code, is still an article', () => {
  assert.equal(webPage('<p>Le maire a parlé.</p>\n<p>Il a écrit <html> sur le tableau.</p>'), undefined);
  assert.equal(webPage('<html> est la première balise.\nLe texte continue.'), undefined, 'no <head> nor <body>');
  const code = '---\ntitle: "Écrire sa première page"\ndate: 2019-03-12\n---\n\nUne page web commence ainsi :\n\n```html\n<!DOCTYPE html>\n<html><body></body></html>\n```\n';
  const r = ingestFile('code.md', bytes(code));
  assert.equal(r.ok, true);
  const wp = ingestFile('wp.md', bytes('---\ntitle: "Un billet"\ndate: 2019-03-12\n---\n<p>Le maire a annoncé mardi la fermeture de l’école.</p>\n<p>Les parents protestent.</p>\n'));
  assert.equal(wp.ok, true);
});
