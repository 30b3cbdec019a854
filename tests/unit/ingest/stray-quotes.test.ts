import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestFile } from '../../../src/ingest/index.ts';

const ingest = (name: string, text: string) => {
  const result = ingestFile(name, new TextEncoder().encode(text));
  assert.equal(result.ok, true);
  return result.ok === true ? result.article : undefined!;
};

test('a straight quote the text never closes is shown as written, and the editor is told on which line', () => {
  const text = 'Un titre\n\n date 2024-02-03 Le ministre a parlé hier.\n\nLes élus visés : "Ce ministre qui ne répond pas, a dit le maire.\n\nLa séance a repris ensuite sans incident.\n';
  const note = ingest('a.txt', text).diagnostics.find((d) => d.id === 'quote-unpaired');
  assert.ok(note, 'a note for the unpaired quote');
  assert.equal(note.level, 'info');
  assert.equal(note.line, 5);
  assert.match(note.message, /"Ce ministre/);
  assert.match(note.message, /fermez la citation ou retirez ce guillemet/);
});

test('quotes that pair, in a paragraph or across two, give no note', () => {
  const paired = 'Un titre\n\n date 2024-02-03 Le ministre a parlé hier.\n\nIl a dit : "Je pars demain", selon le maire.\n';
  assert.equal(ingest('b.txt', paired).diagnostics.some((d) => d.id === 'quote-unpaired'), false);
  const speech = 'Un titre\n\n date 2024-02-03 Le ministre a parlé hier.\n\n"Je pars demain. Je ne reviendrai pas.\n\nEt je le dis à tous", a-t-il conclu devant la presse.\n';
  assert.equal(ingest('c.txt', speech).diagnostics.some((d) => d.id === 'quote-unpaired'), false);
});

test('the same note for Markdown', () => {
  const md = '---\ntitle: Un titre\ndate: 2024-02-03\n---\n\nLe ministre a parlé hier.\n\nLes élus visés : "Ce ministre qui ne répond pas, a dit le maire.\n';
  const note = ingest('d.md', md).diagnostics.find((d) => d.id === 'quote-unpaired');
  assert.equal(note?.line, 8);
});
