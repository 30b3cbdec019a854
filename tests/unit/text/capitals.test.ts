import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ingestFile } from '../../../src/ingest/index.ts';
import { inCapitals, isAllCaps, sentenceCase, textSpellings } from '../../../src/text/capitals.ts';

const firstNames = new Set(['taylor', 'francois', 'marie', 'jean']);
const isFirstName = (w: string) => firstNames.has(w);
const sentence = (heading: string, ...texts: string[]) => sentenceCase(heading, textSpellings(texts), isFirstName);

test('a heading in capitals is a sentence whose words are spelt as the article spells them within its sentences: names, acronyms, accents', () => {
  assert.equal(sentence('ISABELLE BALKANY FUTURE MAIRE DE LEVALLOIS ?', 'Selon le parti, Isabelle Balkany serait la future maire de Levallois.'), 'Isabelle Balkany future maire de Levallois ?');
  assert.equal(sentence('CHANGEMENTS DE TÊTES AU "CFC"', 'Le CFC change de têtes.'), 'Changements de têtes au "CFC"');
  assert.equal(sentence('DES METHODES DE VOYOUS', 'Il dénonce des méthodes de voyous.'), 'Des méthodes de voyous');
  // `AN` as the Assemblée nationale is no spelling of the word `an`.
  assert.equal(sentence('MARIÉ DEPUIS UN AN', 'Il siège à l’AN depuis un an.'), 'Marié depuis un an');
  // A word the text spells at a sentence's start only says nothing of its case: `Le` is `le`.
  assert.equal(sentence('LE PRÉSIDENT', 'Le président a parlé. Le soir, le président a dîné.'), 'Le président');
  // A particle is a common word but in the names the text writes with it.
  assert.equal(sentence('JEAN-MARIE LE PEN, LE DISSIDENT', 'Le parti de Jean-Marie Le Pen, le fondateur, et le bureau.'), 'Jean-Marie Le Pen, le dissident');
});

test('a heading in capitals: `A` stays `a` (the verb, or `à` written without its accent), and an accent on a word’s ending is not taken from another form', () => {
  assert.equal(sentence('LE MAGASIN A BIEN GRANDI', 'Le magasin a grandi à Lyon.'), 'Le magasin a bien grandi');
  assert.equal(sentence('HOLLANDE PERSISTE ET SIGNE', 'Le texte signé par Hollande.'), 'Hollande persiste et signe');
  assert.equal(sentence('EN GRANDE DIFFICULTE', 'Il est en difficulté.'), 'En grande difficulté');
});

test('a heading in capitals: a name the text does not spell is kept by its first name, with its particles; a short unknown word is an acronym; a sentence inside starts with a capital', () => {
  assert.equal(sentence('TAYLOR SWIFT EN EXEMPLE', 'Les affiches ont été retirées.'), 'Taylor Swift en exemple');
  assert.equal(sentence('FRANÇOIS DE RUGY', 'Le ministre a parlé.'), 'François de Rugy');
  assert.equal(sentence('JEAN-MARIE BENNAHMIAS', 'Le député a parlé.'), 'Jean-Marie Bennahmias');
  assert.equal(sentence('MARIE LE PEN AU FRONT', 'Le Front national a parlé.'), 'Marie Le Pen au Front');
  assert.equal(sentence('MARIE DEPUIS', 'Le texte.'), 'Marie depuis', 'a common word is never a surname');
  assert.equal(sentence('LE PS ET LOUIS XIV', 'Il a parlé.'), 'Le PS et louis XIV');
  assert.equal(sentence('UN LIEU CLÉ', 'Il a parlé.'), 'Un lieu clé');
  assert.equal(sentence('SARKOZY : "C\'EST L\'ÂME DE LA FRANCE"', 'Selon Sarkozy, la France a une âme.'), 'Sarkozy : "C\'est l\'âme de la France"');
});

test('a heading with a lowercase letter, or a single capital, stays as written', () => {
  assert.equal(sentence('Le "oui" de Macron'), 'Le "oui" de Macron');
  assert.equal(sentence('À'), 'À');
  assert.ok(inCapitals('FN') && inCapitals('15 FRANÇAIS À BORD') && !inCapitals('Le FN') && !inCapitals('2017'));
});

test('the ninth reader’s review: headings in capitals read as sentences in both formats, the same', () => {
  const body = 'Le maire de Levallois a répondu à Isabelle Balkany.\n\nISABELLE BALKANY FUTURE MAIRE DE LEVALLOIS ?\n\nLa question se pose à Levallois depuis des mois.\n';
  const txt = ingestFile('b.txt', new TextEncoder().encode(`Balkany\n date 2016-06-22 ${body}`));
  const md = ingestFile('b.md', new TextEncoder().encode(`---\ntitle: Balkany\ndate: 2016-06-22\n---\n\n${body}`));
  assert.ok(txt.ok === true && md.ok === true);
  assert.deepEqual(txt.article.sections.map((s) => s.heading).filter(Boolean), ['Isabelle Balkany future maire de Levallois ?']);
  assert.deepEqual(md.article.sections.map((s) => s.heading).filter(Boolean), ['Isabelle Balkany future maire de Levallois ?']);
  assert.match(md.article.bodyHtml!, /<h2>Isabelle Balkany future maire de Levallois \?<\/h2>/);
});

test('a reader’s review: a first name the text writes only at a sentence’s start is still a name, and a compound’s part after a name’s part is a name’s (« Dupont-Aignan »)', () => {
  const named = (heading: string, text: string) => sentenceCase(heading, textSpellings([text]), (w) => ['isabelle', 'nicolas'].includes(w));
  assert.equal(named('5 000 EUROS PAR MOIS POUR ISABELLE BALKANY', 'Isabelle est la femme du maire. Le couple Balkany vit à Levallois.'), '5 000 euros par mois pour Isabelle Balkany');
  assert.equal(named('NICOLAS DUPONT-AIGNAN', 'Le candidat de Debout la France a parlé.'), 'Nicolas Dupont-Aignan');
  assert.equal(named('AXE PARIS-NEW DELHI-CANBERRA', 'L’axe relie Paris, New Delhi et Canberra.'), 'Axe Paris-New Delhi-Canberra');
  assert.equal(named('VINGT-DEUX ANS APRÈS', 'Vingt-deux ans plus tard.'), 'Vingt-deux ans après', 'a capital a sentence gives is no name’s');
  assert.equal(named('PORTE-PAROLE DU GOUVERNEMENT', 'Le porte-parole a parlé.'), 'Porte-parole du gouvernement');
});

test('a word is in capitals when it is its own uppercase and not its own lowercase, whatever its letters', () => {
  const inCaps = (w: string) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
  for (const w of ['CGT', 'ÉLYSÉE', 'A1', "L'ÉTÉ", 'ΣΊΣ', 'İSTANBUL', 'Ǆ', 'ǅ', 'ß', 'SS', 'Macron', 'État', 'X', '2024', '𐐀𐐀', '𐐨𐐨']) assert.equal(isAllCaps(w), inCaps(w), w);
  // Every character of the Basic Multilingual Plane after a capital: its case decides.
  for (let c = 0; c < 0x10000; c++) assert.equal(isAllCaps(`A${String.fromCharCode(c)}`), inCaps(`A${String.fromCharCode(c)}`), c.toString(16));
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 8 }), (w) => isAllCaps(w) === inCaps(w)), { numRuns: 20000 });
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'AÉÇŒaéœ-’ßİΣσǅ1 '), maxLength: 6 }), (w) => isAllCaps(w) === inCaps(w)), { numRuns: 20000 });
});
