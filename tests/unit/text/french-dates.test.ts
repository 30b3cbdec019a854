import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { DateInfo } from '../../../src/model.ts';
import { parseDate } from '../../../src/ingest/dates.ts';
import { frenchDate, frenchTime, frenchWeekday } from '../../../src/text/french-dates.ts';

test('French date labels at each precision', () => {
  assert.equal(frenchDate(undefined), 'Date inconnue');
  assert.equal(frenchDate({ iso: '2024', precision: 'year', year: 2024 }), '2024');
  assert.equal(frenchDate({ iso: '2024-02', precision: 'month', year: 2024, month: 2 }), 'février 2024');
  assert.equal(frenchDate({ iso: '2024-05-01', precision: 'day', year: 2024, month: 5, day: 1 }), '1er mai 2024');
  const timed: DateInfo = { iso: '2024-03-15T09:05:00+01:00', precision: 'datetime', year: 2024, month: 3, day: 15 };
  assert.equal(frenchDate(timed), '15 mars 2024 à 9 h 05');
  assert.equal(frenchTime({ ...timed, iso: '2024-03-15T14:00:00+01:00' }), '14 h');
  assert.equal(frenchTime({ iso: '2024-03-15', precision: 'day', year: 2024, month: 3, day: 15 }), undefined);
  assert.equal(frenchWeekday({ iso: '2024-03-15', precision: 'day', year: 2024, month: 3, day: 15 }), 'vendredi');
  assert.equal(frenchWeekday({ iso: '2024-03', precision: 'month', year: 2024, month: 3 }), undefined);
});

test('labels of times read from the text are those luxon reads, in the zone the date was written in', () => {
  const written = fc.record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    zone: fc.constantFrom('', 'Z', '+01:00', '-05:00', '+0530', '+14:00'),
  });
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  fc.assert(fc.property(written, (w) => {
    const read = parseDate(`${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:00${w.zone}`);
    assert.ok(read.ok);
    const date = read.date;
    const dt = DateTime.fromISO(date.iso, { setZone: true });
    const time = dt.minute === 0 ? `${dt.hour} h` : `${dt.hour} h ${pad(dt.minute)}`;
    assert.equal(frenchTime(date), time);
    assert.equal(frenchDate(date), `${dt.day === 1 ? '1er' : dt.day} ${dt.setLocale('fr').toFormat('LLLL')} ${dt.year} à ${time}`);
  }));
});

test('the day of the week is luxon’s, in French, over the calendar', () => {
  fc.assert(fc.property(fc.integer({ min: -40000, max: 60000 }), (days) => {
    const dt = DateTime.utc(2000, 1, 1).plus({ days });
    const date: DateInfo = { iso: dt.toISODate()!, precision: 'day', year: dt.year, month: dt.month, day: dt.day };
    assert.equal(frenchWeekday(date), dt.setLocale('fr').toFormat('cccc'));
  }));
});
