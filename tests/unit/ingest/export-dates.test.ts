/** Dates as feed and database exports write them (the thirty-fifth review): RFC 2822, Unix times, the epoch. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isEpoch, parseDate, unixStampDay } from '../../../src/ingest/dates.ts';
import { article, rejected } from '../../helpers/content.ts';

const md = (date: string) => `---\ntitle: "Le budget voté"\ndate: ${date}\n---\n\nLe conseil municipal a voté le budget de la commune.\n`;

test('an RSS pubDate (RFC 2822) is read at its time, in its zone, a UTC time shown in Paris', () => {
  assert.equal(article('a.md', md('Tue, 05 Mar 2019 10:00:00 +0100')).date?.iso, '2019-03-05T10:00:00+01:00');
  assert.equal(article('b.md', '---\ntitle: "Le budget voté"\npubDate: Tue, 05 Mar 2019 22:30:00 GMT\n---\n\nLe conseil municipal a voté.\n').date?.iso, '2019-03-05T23:30:00+01:00');
  const p = parseDate('5 Mar 2019 10:00 -0500');
  assert.deepEqual(p.ok ? [p.date.iso, p.date.precision] : p, ['2019-03-05T10:00:00-05:00', 'datetime']);
});

test('an impossible RFC 2822 date is refused at its line, saying why', () => {
  const [weekday] = rejected('a.md', md('Mon, 05 Mar 2019 10:00:00 +0100'));
  assert.deepEqual([weekday!.id, weekday!.line], ['date-invalid', 3]);
  assert.match(weekday!.message, /le jour de la semaine n’est pas celui de cette date/);
  assert.match(rejected('b.md', md('Tue, 30 Feb 2019 10:00:00 +0100'))[0]!.message, /impossible : jour ou heure impossible/);
});

test('a Unix time in a front matter is refused with the day it would be, for the editor to write', () => {
  assert.match(rejected('a.md', md('1551780000'))[0]!.message, /^date 1551780000 : un nombre, sans doute un horodatage Unix \(le 2019-03-05\) ; écrivez la date AAAA-MM-JJ$/);
  assert.equal(unixStampDay(1551780000000), '2019-03-05');
  assert.equal(unixStampDay(42), undefined);
  assert.match(rejected('b.md', md('42'))[0]!.message, /ce n’est pas une date/);
});

test('the epoch (1970-01-01), an export’s date for an undated article, is published with a warning at its line', () => {
  const a = article('a.md', md('1970-01-01'));
  const w = a.diagnostics.find((d) => d.id === 'date-epoch');
  assert.deepEqual([w?.level, w?.line], ['warning', 3]);
  assert.match(w!.message, /^date 1970-01-01, celle qu’un export donne à un article sans date/);
  assert.ok(isEpoch({ iso: '1969-12-31T19:00:00-05:00', precision: 'datetime', year: 1969, month: 12, day: 31 }));
  for (const iso of ['1970-01', '1970-01-02', '1969-12-31']) {
    const p = parseDate(iso);
    assert.equal(p.ok && isEpoch(p.date), false, iso);
  }
  assert.ok(!article('b.md', md('1969-07-21')).diagnostics.some((d) => d.id === 'date-epoch'));
});

test('a day-first date with its time (05/03/2019 10:00, 15/03/2024 à 10h00) is read in Paris, and a time in UTC as Ruby writes it is shown there', () => {
  const read = (t: string) => {
    const p = parseDate(t);
    return p.ok ? p.date.iso : p.message;
  };
  assert.equal(read('15/03/2024 10:00'), '2024-03-15T10:00:00+01:00');
  assert.equal(read('15/03/2024 à 10h00'), '2024-03-15T10:00:00+01:00');
  assert.equal(read('15.03.2024 10h'), '2024-03-15T10:00:00+01:00');
  assert.match(read('15/03/2024 25h00'), /impossible : heure impossible/);
  assert.match(read('31/02/2019 10:00'), /impossible : 2019-02 n’a pas de jour 31/);
  const ambiguous = parseDate('05/03/2019 10:00');
  assert.ok(ambiguous.ok && /ambiguë, lue jour\/mois\/année/.test(ambiguous.warning ?? ''), 'the ambiguity is still said');
  assert.equal(read('2019-03-05 10:00:00 UTC'), '2019-03-05T11:00:00+01:00');
  assert.equal(read('2019-03-05T10:00:00 GMT'), '2019-03-05T11:00:00+01:00');
  assert.equal(article('a.md', md('"05/03/2019 à 10h00"')).date?.iso, '2019-03-05T10:00:00+01:00');
});

test('a raw text’s date line in figures followed by its time gives the time to the date, not to the lede', () => {
  for (const line of [' date 15/03/2024 à 10h00', ' date 15/03/2024 10:00 Le maire a parlé.', ' date 2024-03-15 10h Le maire a parlé.']) {
    const a = article('a.txt', `Un titre\n${line}\n\nLe maire a parlé.\n`);
    assert.equal(a.date?.iso, '2024-03-15T10:00:00+01:00', line);
    assert.equal(a.lede, 'Le maire a parlé.', line);
  }
  for (const [line, lede] of [[' date 15/03/2024 10 000 manifestants selon la police.', '10 000 manifestants selon la police.'], [' date 2017-05-07 À 17 heures, la participation était de 65 %.', 'À 17 heures, la participation était de 65 %.'], [' date 2024-03 10h Le maire a parlé.', '10h Le maire a parlé.'], [' date 2017-05-03 23h30 - Les deux candidats ont terminé le débat.', '23h30 - Les deux candidats ont terminé le débat.']] as const) {
    const a = article('b.txt', `Un titre\n${line}\n`);
    assert.equal(a.lede.replace(/\s/gu, ' '), lede, line);
  }
});

test('a date in English, as an export set to that language writes it, is read as the day it names', () => {
  for (const text of ['March 5, 2019', 'Mar. 5, 2019', 'Tuesday, March 5th, 2019', '5 March 2019', '5th March, 2019', 'Tue 5 Mar 2019', 'march 5 2019']) {
    const parsed = parseDate(text);
    assert.ok(parsed.ok, text);
    assert.deepEqual(parsed.date, { iso: '2019-03-05', precision: 'day', year: 2019, month: 3, day: 5 }, text);
  }
  for (const [text, iso] of [['Sept. 12, 2018', '2018-09-12'], ['June 1, 2020', '2020-06-01'], ['1 Jul 2020', '2020-07-01'], ['December 31, 2019', '2019-12-31'], ['May 8, 2017', '2017-05-08']] as const) {
    assert.equal((parseDate(text) as { date: { iso: string } }).date.iso, iso, text);
  }
  // An impossible day is refused as any other.
  assert.match((parseDate('February 30, 2019') as { message: string }).message, /impossible/);
  // French dates are read as before, abbreviations both languages share included.
  for (const [text, iso] of [['5 mars 2024', '2024-03-05'], ['5 juil. 2024', '2024-07-05'], ['5 sept 2024', '2024-09-05'], ['mars 2024', '2024-03']] as const) {
    assert.equal((parseDate(text) as { date: { iso: string } }).date.iso, iso, text);
  }
  assert.equal(article('a.md', md('"March 5, 2019"')).date?.iso, '2019-03-05');
});
