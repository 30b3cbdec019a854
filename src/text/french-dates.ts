/** French date labels at the precision a date was written with (luxon, `fr` locale). */
import { DateTime } from 'luxon';
import type { DateInfo } from '../model.ts';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** @example monthName(2) // 'février' */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** @example dayLabel(1, 5, 2024) // '1er mai 2024' */
export function dayLabel(day: number, month: number, year: number): string {
  return `${day === 1 ? '1er' : day} ${monthName(month)} ${year}`;
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
      return `${monthName(date.month!)} ${date.year}`;
    case 'day':
      return dayLabel(date.day!, date.month!, date.year);
    case 'datetime': {
      const dt = DateTime.fromISO(date.iso, { setZone: true });
      return `${dayLabel(dt.day, dt.month, dt.year)} à ${frenchTime(date)}`;
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
  const dt = DateTime.fromISO(date.iso, { setZone: true });
  return dt.minute === 0 ? `${dt.hour} h` : `${dt.hour} h ${String(dt.minute).padStart(2, '0')}`;
}

/**
 * The French day of the week of a date with a day, for month pages.
 * @example frenchWeekday({ iso: '2024-03-15', precision: 'day', year: 2024, month: 3, day: 15 }) // 'vendredi'
 */
export function frenchWeekday(date: DateInfo): string | undefined {
  if (!date.day || !date.month) return undefined;
  return DateTime.fromObject({ year: date.year, month: date.month, day: date.day }, { locale: 'fr' }).toFormat('cccc');
}
