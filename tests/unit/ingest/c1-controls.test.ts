/** Text converted to UTF-8 as if it were Latin-1, and Unicode line separators (the thirty-fifth review). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { c1AsWindows1252 } from '../../../src/ingest/c1-controls.ts';
import { article } from '../../helpers/content.ts';

test('C1 controls in a UTF-8 text are read as the Windows-1252 punctuation they were, with a warning at the first one’s line', () => {
  const a = article('a.txt', 'Un titre\n date 2019-03-05 Le maire a parlé.\n\nL\u0092été coûte 10 \u0080, dit-il\u0085 Le c\u009cur n\u0092y est pas.\n');
  assert.match(a.sections[0]!.paragraphs[0]!, /^L’été coûte 10\s€, dit-il… Le cœur n’y est pas\.$/u);
  const w = a.diagnostics.find((d) => d.id === 'encoding-c1-controls');
  assert.deepEqual([w?.level, w?.line], ['warning', 4]);
  assert.match(w!.message, /^5 caractères de contrôle invisibles lus comme Windows-1252 \(U\+0092 : « ’ »\), le premier sur cette ligne : le fichier a été converti en UTF-8 comme s’il était en Latin-1/);
  assert.deepEqual(c1AsWindows1252('a\u0092b'), { text: 'a’b', replaced: 1, firstLine: 1, example: ['U+0092', '’'] });
  const undefinedByte = article('b.txt', 'Un titre\n date 2019-03-05 Le maire\u0081 a parlé.\n');
  assert.equal(undefinedByte.lede, 'Le maire a parlé.', 'a byte Windows-1252 leaves undefined is removed');
  assert.equal(undefinedByte.diagnostics.find((d) => d.id === 'control-characters')?.line, 2);
  assert.equal(c1AsWindows1252('Ça coûte 10 € – l’été…').replaced, 0, 'the characters themselves are left alone');
});

test('UTF-8 encoded twice through Latin-1 (â then C1 controls) is repaired too, and Windows-1252’s undefined bytes in mojibake still repair', () => {
  const a = article('a.txt', 'Un titre\n date 2019-03-05 L\u00e2\u0080\u0099IA du maire.\n');
  assert.equal(a.lede, 'L’IA du maire.');
  assert.deepEqual(a.diagnostics.filter((d) => d.id.startsWith('encoding-')).map((d) => [d.id, d.line]), [['encoding-c1-controls', 2], ['encoding-double-utf8', 2]]);
  assert.equal(article('b.txt', 'Un titre\n date 2019-03-05 \u00c3\u0081gé de 20 ans, il a parlé.\n').lede, 'Ágé de 20 ans, il a parlé.');
});

test('a line or paragraph separator (U+2028, U+2029) in a date line no longer hides the date; the line numbers stay the file’s', () => {
  const a = article('a.txt', 'Un titre\n date 2019-03-05 Le maire a parlé.\u2028Il a dit non.\u2029\n\nLa suite\u2028du texte.\n');
  assert.equal(a.date?.iso, '2019-03-05');
  assert.equal(a.lede, 'Le maire a parlé. Il a dit non.');
  assert.ok(!a.diagnostics.some((d) => d.id === 'undated'));
  const m = article('b.md', '---\ntitle: "T"\ndate: 2019-03-05\n---\n\nLe texte\u2028continue <script>x</script>.\n');
  assert.equal(m.diagnostics.find((d) => d.id === 'raw-html')?.line, 6);
});
