/** A front matter closed by YAML's `...` (as Pandoc writes it) is refused at that line, saying what to change. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rejected } from '../../helpers/content.ts';

test('a front matter closed by « ... » is refused at that line, with the line to change (the thirty-fifth review)', () => {
  const [d] = rejected('a.md', '---\ntitle: "Une école ferme"\ndate: 2019-04-11\n...\n\nLe maire a parlé.\n');
  assert.deepEqual([d!.id, d!.level, d!.line], ['front-matter-invalid', 'error', 4]);
  assert.match(d!.message, /« \.\.\. » \(la fin de document YAML, écrite par Pandoc\) ne le ferme pas ici ; remplacez cette ligne par ---$/);
  const [never] = rejected('b.md', '---\ntitle: "Une école ferme"\ndate: 2019-04-11\n\nLe maire a parlé.\n');
  assert.deepEqual([never!.line, never!.message], [1, 'l’en-tête ouvert par --- à la ligne 1 n’est jamais fermé ; ajoutez une ligne --- après la dernière clé']);
});
