/** Dates written in French words or day-first digits, in front matter and on the raw-text date line. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDate } from '../../../src/ingest/dates.ts';
import { article, rejected } from '../../helpers/content.ts';

const forms: [string, string, string][] = [
  ['3 mars 2024', '2024-03-03', 'day'],
  ['1er mai 2024', '2024-05-01', 'day'],
  ['03/05/2024', '2024-05-03', 'day'],
  ['mars 2024', '2024-03', 'month'],
  ['Février 2024', '2024-02', 'month'],
  ['mardi 5 mars 2024', '2024-03-05', 'day'],
  ['le 5 mars 2024 à 14h30', '2024-03-05T14:30:00+01:00', 'datetime'],
  ['le 5 juillet 2024 à 9 h', '2024-07-05T09:00:00+02:00', 'datetime'],
  ['12 déc. 2023', '2023-12-12', 'day'],
];

for (const [written, iso, precision] of forms) {
  test(`« ${written} » in front matter is read as ${iso} at ${precision} precision`, () => {
    const a = article('a.md', `---\ntitle: Titre\ndate: ${written}\n---\nLe premier paragraphe.\n`);
    assert.deepEqual([a.date?.iso, a.date?.precision], [iso, precision]);
  });
  test(`« ${written} » on the raw-text date line is read as ${iso}, and the lede after it is kept`, () => {
    const a = article('a.txt', `Un titre\n date ${written} Le premier paragraphe suit la date.\n`);
    assert.deepEqual([a.date?.iso, a.date?.precision], [iso, precision]);
    assert.equal(a.lede, 'Le premier paragraphe suit la date.');
  });
}

test('a month-precision date in words stays a month: its URL has the month, no day is invented', () => {
  const a = article('a.txt', 'Un titre\n date mars 2024 Le texte.\n');
  assert.equal(a.url, '/articles/2024/03/un-titre/');
  assert.equal(a.date?.day, undefined);
});

test('03/05/2024 is day first (3 May) with a warning to write it unambiguously', () => {
  const r = parseDate('03/05/2024');
  assert.ok(r.ok && r.date.iso === '2024-05-03' && r.warning);
});

test('2024/05/03, the year first, is read without a warning; an impossible one is refused', () => {
  const r = parseDate('2024/05/03');
  assert.ok(r.ok && r.date.iso === '2024-05-03' && r.date.precision === 'day' && !r.warning);
  assert.equal(parseDate('2024/02/30').ok, false);
  assert.equal(article('a.md', '---\ntitle: T\ndate: 2024/05/03\n---\nLe texte.\n').date?.iso, '2024-05-03');
});

test('a weekday that does not match the date keeps the date and warns', () => {
  const a = article('a.md', '---\ntitle: T\ndate: lundi 5 mars 2024\n---\nLe texte.\n');
  assert.equal(a.date?.iso, '2024-03-05');
  assert.match(a.diagnostics.find((d) => d.id === 'date-ambiguous')!.message, /est un mardi, pas un lundi/);
});

test('an impossible date in words is rejected with its line and what to write', () => {
  const d = rejected('a.md', '---\ntitle: T\ndate: 31 février 2024\n---\nLe texte.\n');
  assert.equal(d[0]!.line, 3);
  assert.match(d[0]!.message, /février 2024 n’a pas de jour 31/);
});

test('a date in words without a year stays unreadable', () => {
  assert.equal(parseDate('le 3 mars').ok, false);
});

test('a time in UTC (`Z`, as Ghost and JSON exports write times) is shown in Paris, its day with it; a time with its offset stays as written (the thirty-first review)', () => {
  const utc = parseDate('2022-09-08T19:40:00Z');
  assert.ok(utc.ok);
  assert.equal(utc.date.iso, '2022-09-08T21:40:00+02:00');
  const late = parseDate('2022-09-08T23:30:00.000Z');
  assert.ok(late.ok);
  assert.deepEqual([late.date.iso, late.date.day], ['2022-09-09T01:30:00+02:00', 9]);
  const written = parseDate('2022-09-08T19:40:00-05:00');
  assert.ok(written.ok);
  assert.equal(written.date.iso, '2022-09-08T19:40:00-05:00');
});

test('a file named after its day without dashes (`20190415_titre.txt`) is dated by its name, as with them (the thirty-first review)', () => {
  const a = article('20190415_notre-dame-les-dons-affluent.txt', 'Les dons affluent pour Notre-Dame\n\nLes promesses de dons dépassent le milliard d’euros.\n');
  assert.equal(a.date?.iso, '2019-04-15');
  assert.equal(article('2019-04-15_notre-dame.txt', 'Titre\n\nLe texte du jour.\n').date?.iso, '2019-04-15');
  assert.equal(article('12345678_dossier.txt', 'Titre\n\nLe texte du jour.\n').date, undefined, 'a running number');
});
