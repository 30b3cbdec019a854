import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanningQuotes, withSpanningQuotes } from '../../../src/text/spanning-quotes.ts';
import { frenchTypography } from '../../../src/text/french-typography.ts';
import { ingestFile } from '../../../src/ingest/index.ts';

test('a quotation opened in one paragraph and closed in the next is set as « and »', () => {
  assert.deepEqual(withSpanningQuotes(['Elle a dit : "Je pars.', 'Et je reviens", a-t-elle ajouté.']), ['Elle a dit : «Je pars.', 'Et je reviens», a-t-elle ajouté.']);
  // Through paragraphs without quotes (a speech), at most three.
  assert.deepEqual(spanningQuotes(['"Un.', 'Deux.', 'Trois."']), [{ open: { paragraph: 0, at: 0 }, close: { paragraph: 2, at: 6 } }]);
  assert.deepEqual(spanningQuotes(['"Un.', 'a', 'b', 'c', 'd', 'Six."']), []);
});

test('quotes that pair within their paragraph, or a lone quote that neither opens nor closes across, are left to the typography', () => {
  const paired = ['Il a dit "oui" hier.', 'Elle a dit "non".'];
  assert.equal(withSpanningQuotes(paired), paired);
  // The odd quote of the first paragraph closes (`mot"`): no quotation opens there.
  assert.deepEqual(spanningQuotes(['Il a dit oui" hier.', 'Et "non" puis "encore.']), []);
  // The next paragraph with quotes pairs them: the first quote is left open.
  assert.deepEqual(spanningQuotes(['Il a dit : "Je.', 'Elle a dit "non".']), []);
});

test('the typography sets what follows an opened quotation one level in: an inner quote closing the paragraph’s first line is “ ”', () => {
  assert.equal(frenchTypography("Je me suis dit : 'Il doit être triste'», confie-t-elle, avant de \"sortir\"."), 'Je me suis dit\u00a0: “Il doit être triste”\u202f», confie-t-elle, avant de «\u202fsortir\u202f».');
});

test('both formats: raw text and Markdown paragraphs, the lede included', () => {
  const raw = ingestFile('a.txt', Buffer.from(' date 2018-02-05 Louane se confie. "Je me suis fait larguer.\nEt je peux vous assurer que non", confie-t-elle.\n'));
  assert.ok(raw.ok === true);
  assert.equal(raw.article.lede, 'Louane se confie. «Je me suis fait larguer.');
  assert.deepEqual(raw.article.sections[0]!.paragraphs, ['Et je peux vous assurer que non», confie-t-elle.']);
  const md = ingestFile('a.md', Buffer.from('---\ntitle: T\ndate: 2020-01-01\n---\nElle a dit : "Je pars, *vite*.\n\nEt je reviens", a-t-elle ajouté. "Bien".\n'));
  assert.ok(md.ok === true);
  assert.equal(md.article.lede, 'Elle a dit : «Je pars, vite.');
  assert.equal(md.article.bodyHtml, '<p>Et je reviens», a-t-elle ajouté. &quot;Bien&quot;.</p>\n');
});
