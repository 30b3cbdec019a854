import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shortTitle, TITLE_MAX } from '../../../src/site/filters/short-title.ts';
import { frenchTypography } from '../../../src/text/french-typography.ts';

test('a title of up to 60 characters is kept whole', () => {
  const sixty = 'Le conseil municipal adopte le budget 2024, après une séance';
  assert.equal(sixty.length, TITLE_MAX);
  assert.equal(shortTitle(sixty), sixty);
  assert.equal(shortTitle(2024), '2024');
});

test('a longer title is cut at a word, without hanging punctuation, and ends with …', () => {
  assert.equal(shortTitle('Le conseil municipal adopte le budget 2024, après une séance de six heures'), 'Le conseil municipal adopte le budget 2024, après une…');
  assert.equal(shortTitle('Grève contre la réforme des retraites : le réseau de tramway à l’arrêt total'), 'Grève contre la réforme des retraites : le réseau de…');
  assert.equal(shortTitle('Rentrée : élèves, parents et enseignants, tous inquiets du manque de moyens'), 'Rentrée : élèves, parents et enseignants, tous inquiets du…');
  for (const t of ['a '.repeat(50), 'x'.repeat(200), `${'é'.repeat(58)} 😀😀😀😀`]) assert.ok(shortTitle(t).length <= TITLE_MAX, t);
});

test('a title cut inside a quotation closes it after …, so the <title> shows « » and no straight quote, within the same length', () => {
  const title = '1er Mai : "Il n\'y a pas de jour férié quand on est président", déclare Emmanuel Macron';
  const short = shortTitle(title);
  assert.ok(short.endsWith('…"'), short);
  const set = frenchTypography(short);
  assert.ok(!set.includes('"') && set.includes('«\u202fIl') && set.endsWith('…\u202f»'), set);
  // Wherever the quotation opens, the typeset title stays within TITLE_MAX.
  for (let k = 0; k < 12; k++) {
    const t = frenchTypography(shortTitle(`Titre ${'mot '.repeat(k)}"${'citation longue '.repeat(8)}" fin`));
    assert.ok(t.length <= TITLE_MAX && !t.includes('"'), `${t.length}: ${t}`);
  }
  // A quotation the title itself leaves open is not closed by the cut.
  assert.ok(shortTitle(`Il dit : "oui ${'et encore '.repeat(10)}`).endsWith('…'));
});

test('a listing page’s title keeps its kind and dates: its name is what gets cut', () => {
  // A numbered page: the whole name and its dates, without the kind its first page gives.
  assert.equal(shortTitle('ministère de l’Intérieur — organisation (8 avr. 2016 – 23 mai 2016)'), 'ministère de l’Intérieur (8 avr. 2016 – 23 mai 2016)');
  // Too long even so: the name is cut, the kind and dates kept.
  assert.equal(shortTitle('Union des démocrates et indépendants — organisation (26 sept. – 22 déc. 2016)'), 'Union des démocrates et… (26 sept. – 22 déc. 2016)');
  assert.equal(shortTitle('Établissements d’hébergement pour personnes âgées dépendantes — organisation'), 'Établissements d’hébergement pour personnes… — organisation');
  assert.equal(shortTitle('Météo et catastrophes naturelles en 2019 — sujet (2 janv. – 3 avr. 2019)'), 'Météo et catastrophes… — sujet (2 janv. – 3 avr. 2019)');
  // Two numbered pages of one long name keep different titles.
  const name = 'Sous-Direction antiterroriste de la Direction centrale de la police judiciaire';
  const a = shortTitle(`${name} — organisation (3 janv. – 4 mars 2017)`);
  const b = shortTitle(`${name} — organisation (5 mars – 9 juin 2017)`);
  assert.notEqual(a, b);
  for (const t of [a, b]) assert.ok(t.length <= TITLE_MAX, t);
  // An article's title that happens to hold a dash is cut as any title.
  assert.equal(shortTitle('Le conseil municipal adopte le budget 2024 — une séance de six heures'), 'Le conseil municipal adopte le budget 2024 — une séance de…');
});
