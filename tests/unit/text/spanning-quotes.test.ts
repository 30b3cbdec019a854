import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NO_QUOTES, quotationRunsOn, quotesAfter, spanningQuotes, withSpanningQuotes } from '../../../src/text/spanning-quotes.ts';
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

test('a quotation left open runs on into a text whose first quote of the same kind closes it', () => {
  const open = (t: string) => quotesAfter(NO_QUOTES, t);
  assert.equal(quotationRunsOn(open('Il a dit : "Je pars.'), 'Et je reviens", a-t-il ajouté.'), true);
  assert.equal(quotationRunsOn(open('Il a dit : « Je pars.'), 'Et je reviens », a-t-il ajouté.'), true);
  assert.equal(quotationRunsOn(open('Il a dit : “Je pars.'), 'Et je reviens”, a-t-il ajouté.'), true);
  // Closed already, of another kind, or opened again at the start.
  assert.equal(quotationRunsOn(open('Il a dit : "Je pars."'), 'Et je reviens", a-t-il ajouté.'), false);
  assert.equal(quotationRunsOn(open('Il a dit : « Je pars.'), 'Et je reviens", a-t-il ajouté.'), false);
  assert.equal(quotationRunsOn(open('Il a dit : « Je pars.'), '« Et je reviens », a-t-il ajouté.'), false);
  // Read line after line, as one text.
  assert.deepEqual(quotesAfter(open('Il a dit "oui'), '" hier.'), open('Il a dit "oui" hier.'));
});

test('the typography sets what follows an opened quotation one level in: an inner quote closing the paragraph’s first line is “ ”', () => {
  assert.equal(frenchTypography("Je me suis dit : 'Il doit être triste'», confie-t-elle, avant de \"sortir\"."), 'Je me suis dit\u00a0: “Il doit être triste”\u202f», confie-t-elle, avant de «\u202fsortir\u202f».');
});

test('Markdown: a paragraph that closes the quotation the one before left open goes on with it (the lede too); one a quote-free paragraph parts from it keeps its own, set as « and »', () => {
  const cut = ingestFile('a.md', Buffer.from('---\ntitle: T\ndate: 2020-01-01\n---\nElle a dit : "Je pars, *vite*.\n\nEt je reviens", a-t-elle ajouté. "Bien".\n'));
  assert.ok(cut.ok === true);
  assert.equal(cut.article.lede, 'Elle a dit : "Je pars, vite. Et je reviens", a-t-elle ajouté. "Bien".');
  const speech = ingestFile('a.md', Buffer.from('---\ntitle: T\ndate: 2020-01-01\n---\nLe lede.\n\nIl a dit : "Nous partirons.\n\nPlus rien ne sera pareil.\n\nEt nous reviendrons", a-t-il ajouté.\n'));
  assert.ok(speech.ok === true);
  assert.equal(speech.article.bodyHtml, '<p>Il a dit : «Nous partirons.</p>\n<p>Plus rien ne sera pareil.</p>\n<p>Et nous reviendrons», a-t-il ajouté.</p>\n');
});

test('raw text: a line that closes the quotation the line before left open goes on with it, in one paragraph', () => {
  // A dump cut at sentences, inside a quotation (the lede on the date line too).
  const raw = ingestFile('a.txt', Buffer.from(' date 2018-02-05 Louane se confie. "Je me suis fait larguer.\nEt je peux vous assurer que non", confie-t-elle.\n\nUn autre paragraphe suit.\n'));
  assert.ok(raw.ok === true);
  assert.equal(raw.article.lede, 'Louane se confie. "Je me suis fait larguer. Et je peux vous assurer que non", confie-t-elle.');
  assert.deepEqual(raw.article.sections[0]!.paragraphs, ['Un autre paragraphe suit.']);
  const guillemets = ingestFile('a.txt', Buffer.from(' date 2018-04-19 Le lede.\n\n«Arnaud Beltrame est Français.\n\nIl appartient à tout le monde». Contactée, sa mère dément.\n'));
  assert.ok(guillemets.ok === true);
  assert.deepEqual(guillemets.article.sections[0]!.paragraphs, ['«Arnaud Beltrame est Français. Il appartient à tout le monde». Contactée, sa mère dément.']);
});

test('raw text: the next paragraph of a speech, opening with its quote, stays a paragraph; so does one whose first quote opens another', () => {
  const speech = ingestFile('a.txt', Buffer.from(' date 2018-02-05 Le lede.\n\nIl a dit : « Nous partirons.\n\n« Et nous reviendrons », a-t-il ajouté.\n'));
  assert.ok(speech.ok === true);
  assert.equal(speech.article.sections[0]!.paragraphs.length, 2);
  const other = ingestFile('a.txt', Buffer.from(' date 2018-02-05 Le lede.\n\nIl a dit : "Je pars.\n\nElle a dit "non" et "oui".\n'));
  assert.ok(other.ok === true);
  assert.equal(other.article.sections[0]!.paragraphs.length, 2);
});

test('raw text: a line cut at « M. » goes on with the name; a line after an ellipsis, in lowercase, goes on too', () => {
  const cut = ingestFile('a.txt', Buffer.from(' date 2019-10-07 Le lede.\n\n"Nous cherchons", a expliqué M.\nCambon devant la commission.\n\nVroum. Il loue sa voiture le temps d\'un trajet...\net ne la revoit plus jamais.\n'));
  assert.ok(cut.ok === true);
  assert.deepEqual(cut.article.sections[0]!.paragraphs, ['"Nous cherchons", a expliqué M. Cambon devant la commission.', 'Vroum. Il loue sa voiture le temps d\'un trajet... et ne la revoit plus jamais.']);
  // BMW's letter: the next line opens a sentence.
  const letter = ingestFile('a.txt', Buffer.from(' date 2019-10-02 Le lede.\n\nLa transmission intégrale et le différentiel actif M.\nUne cavalerie qui propulse le X6.\n'));
  assert.ok(letter.ok === true);
  assert.equal(letter.article.sections[0]!.paragraphs.length, 2);
});
