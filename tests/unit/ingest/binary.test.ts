/** Files that are not text (a PDF or a Word document saved as `.txt`) are refused, not published as garbage. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestFile } from '../../../src/ingest/index.ts';
import { looksBinary, signatureFormat } from '../../../src/ingest/binary.ts';

const noise = Buffer.from(Array.from({ length: 1024 }, (_, i) => (i * 37 + 11) % 256));
const bytesOf = (head: string | number[]): Uint8Array => Buffer.concat([typeof head === 'string' ? Buffer.from(head, 'latin1') : Buffer.from(head), noise]);

test('a PDF, a Word document, an RTF, an archive or an image under an article name is rejected, named, with what to do', () => {
  const cases: Array<[string, Uint8Array, RegExp]> = [
    ['rapport.txt', bytesOf('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'), /mais un document PDF/],
    ['article.txt', bytesOf([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), /document Word \(\.docx\)/],
    ['ancien.md', bytesOf([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /ancien document Word/],
    ['note.txt', Buffer.from('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 Le maire a dit.\\par }\n'), /document RTF/],
    ['export.md', bytesOf([0x1f, 0x8b, 0x08, 0x00]), /archive gzip/],
    ['une.txt', bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /image PNG/],
    ['sans-signature.txt', noise, /\(données binaires\)/],
  ];
  for (const [file, bytes, says] of cases) {
    const r = ingestFile(file, bytes);
    assert.equal(r.ok, false, file);
    const diags = r.ok === false ? r.diagnostics : [];
    assert.deepEqual(diags.map((d) => [d.id, d.level, d.file]), [['binary-file', 'error', file]], file);
    assert.match(diags[0]!.message, says, file);
    assert.match(diags[0]!.message, /rien n’est publié ; enregistrez l’article en texte brut \(\.txt, UTF-8\) ou en Markdown/, file);
  }
});

test('a text with a few damaged characters, or padded with NULs after a crash, is still text', () => {
  assert.equal(looksBinary('Une ligne \u0001\u0002 abîmée.'), false);
  assert.equal(looksBinary('Le maire a parlé.\n' + '\u0000'.repeat(4096)), false);
  assert.equal(looksBinary('Le maire a parlé. '.repeat(200) + '\u0001'.repeat(20)), false, 'under one in a hundred');
  assert.equal(signatureFormat(new TextEncoder().encode('PDF - le programme du candidat\n')), undefined);
  const padded = ingestFile('a.txt', Buffer.concat([Buffer.from('Un titre\n date 2024-03-05 Le maire a parlé.\n'), Buffer.alloc(2048)]));
  assert.equal(padded.ok, true);
  assert.ok(padded.ok === true && padded.article.diagnostics.some((d) => d.id === 'control-characters'));
});
