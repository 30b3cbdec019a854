/** French date labels at the precision a date was written with (luxon, `fr` locale). */
import { DateTime } from 'luxon';
import type { DateInfo } from '../model.ts';
import { flat } from '../model/flat-string.ts';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** Days of the week, from Sunday (`Date`'s day 0). */
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

const ISO_WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/**
 * The calendar date and time of day an ISO date-time gives in its own zone, as written (what
 * luxon's `fromISO` with `setZone` gives): read from the text, which the ingest writes in that
 * form; through luxon for any other form. Parsing with luxon cost about 16 µs, and every card,
 * page and search record of a timed article asks for its label.
 * @example wallClock('2024-03-15T14:30:00+01:00') // { year: 2024, month: 3, day: 15, hour: 14, minute: 30 }
 */
function wallClock(iso: string): { year: number; month: number; day: number; hour: number; minute: number } {
  const m = ISO_WALL_CLOCK.exec(iso);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]) };
  const dt = DateTime.fromISO(iso, { setZone: true });
  return { year: dt.year, month: dt.month, day: dt.day, hour: dt.hour, minute: dt.minute };
}

/**
 * `de` before a month or a date, elided before a vowel: `de mars`, `d’avril 2024`, `d’août`.
 * @example fromMonth('octobre 2019') // 'd’octobre 2019'
 */
export function fromMonth(label: string): string {
  return /^[aeiouéâ]/u.test(label) ? `d’${label}` : `de ${label}`;
}

/** @example monthName(2) // 'février' */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** The months as a chart's axis or a pager writes them, short. */
const SHORT_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const SHORT_OF = new Map(MONTHS.map((m, i) => [m, SHORT_MONTHS[i]!]));

/** @example shortMonthName(9) // 'sept.' */
export function shortMonthName(month: number): string {
  return SHORT_MONTHS[month - 1] ?? '';
}

/**
 * A French date with its month's name short.
 * @example withShortMonths('16 septembre 2018') // '16 sept. 2018'
 */
export function withShortMonths(label: string): string {
  return label.replace(/\p{L}+/gu, (w) => SHORT_OF.get(w) ?? w);
}

/** @example dayLabel(1, 5, 2024) // '1er mai 2024' */
export function dayLabel(day: number, month: number, year: number): string {
  return flat`${day === 1 ? '1er' : day} ${monthName(month)} ${year}`;
}

/**
 * `15 mars 2024`, `1er mai 2024`, `février 2024`, `2025`, `15 mars 2024 à 14 h 30`, or `Date inconnue`.
 * @example frenchDate({ iso: '2024-02', precision: 'month', year: 2024, month: 2 }) // 'février 2024'
 */
export function frenchDate(date: DateInfo | undefined): string {
  if (!date) return 'Date inconnue';
  switch (date.precision) {
    case 'year':
      return String(date.year);
    case 'month':
      return flat`${monthName(date.month!)} ${date.year}`;
    case 'day':
      return dayLabel(date.day!, date.month!, date.year);
    case 'datetime': {
      const dt = wallClock(date.iso);
      return flat`${dayLabel(dt.day, dt.month, dt.year)} à ${frenchTime(date)}`;
    }
  }
}

/**
 * The time of day of a `datetime`-precision date, as written in it (`14 h 30`, `9 h`); undefined
 * for a date without a time.
 * @example frenchTime({ iso: '2024-03-15T14:30:00+01:00', precision: 'datetime', year: 2024, month: 3, day: 15 }) // '14 h 30'
 */
export function frenchTime(date: DateInfo): string | undefined {
  if (date.precision !== 'datetime') return undefined;
  const dt = wallClock(date.iso);
  return dt.minute === 0 ? `${dt.hour} h` : `${dt.hour} h ${String(dt.minute).padStart(2, '0')}`;
}

/**
 * The French day of the week of a date with a day, for month pages.
 * @example frenchWeekday({ iso: '2024-03-15', precision: 'day', year: 2024, month: 3, day: 15 }) // 'vendredi'
 */
export function frenchWeekday(date: DateInfo): string | undefined {
  if (!date.day || !date.month) return undefined;
  // The proleptic Gregorian calendar, as luxon's; `setUTCFullYear` reads years below 100 as written.
  const day = new Date(0);
  day.setUTCFullYear(date.year, date.month - 1, date.day);
  return WEEKDAYS[day.getUTCDay()];
}
