/**
 * Dates written in French words, as scrapers and editors write them: `3 mars 2024`,
 * `1er mai 2024`, `mars 2024` (a month stays a month), `mardi 5 mars 2024`,
 * `le 5 mars 2024 à 14h30` (a time is read in Europe/Paris). Validated with luxon.
 */
import { DateTime } from 'luxon';
import type { DateInfo } from '../model.ts';

const PARIS = 'Europe/Paris';

/** Month names and their usual abbreviations, accents optional, keyed without the final dot. */
const MONTHS = new Map<string, number>([
  ['janvier', 1], ['janv', 1], ['jan', 1],
  ['février', 2], ['fevrier', 2], ['févr', 2], ['fevr', 2], ['fév', 2], ['fev', 2],
  ['mars', 3],
  ['avril', 4], ['avr', 4],
  ['mai', 5],
  ['juin', 6],
  ['juillet', 7], ['juil', 7],
  ['août', 8], ['aout', 8],
  ['septembre', 9], ['sept', 9], ['sep', 9],
  ['octobre', 10], ['oct', 10],
  ['novembre', 11], ['nov', 11],
  ['décembre', 12], ['decembre', 12], ['déc', 12], ['dec', 12],
]);
const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

const MONTH_WORD = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
/**
 * `[le] [mardi] [5|1er] mars[.] 2024[, à 14h30 | 14 h | 14:30]`, followed by the end or a
 * character that is not a letter or digit.
 */
const FRENCH_DATE = new RegExp(
  `^(?:(?:le|du)\\s+)?(?:(${WEEKDAYS.join('|')}),?\\s+)?(?:(\\d{1,2})(?:er|ᵉʳ)?\\s+)?(${MONTH_WORD})\\.?\\s+(\\d{4})`
  + `(?:,?\\s*(?:à\\s*)?(\\d{1,2})\\s*(?:h|:)\\s*(\\d{2})?(?![\\p{L}\\p{N}]))?(?![\\p{L}\\p{N}])`,
  'iu',
);

export type FrenchDate =
  | { ok: true; date: DateInfo; length: number; warning?: string }
  | { ok: false; length: number; message: string };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a French date in words at the start of `text`; `length` is how many characters it took.
 * Undefined when `text` does not start with one. An impossible date (`31 février 2024`) is
 * `ok: false` with a French message.
 * @example readFrenchDate('1er mai 2024 Le texte')?.date // { iso: '2024-05-01', precision: 'day', … }, length 12
 * @example readFrenchDate('mars 2024')?.date.precision // 'month'
 * @example readFrenchDate('le 5 mars 2024 à 14h30')?.date.iso // '2024-03-05T14:30:00+01:00'
 */
export function readFrenchDate(text: string): FrenchDate | undefined {
  const m = FRENCH_DATE.exec(text);
  if (!m) return undefined;
  const [whole, weekday, dayText, monthWord, yearText, hourText, minuteText] = m;
  const written = whole.trim();
  const length = m[0].length;
  const month = MONTHS.get(monthWord!.toLowerCase())!;
  const year = Number(yearText);
  const refuse = (why: string): FrenchDate => ({ ok: false, length, message: `date « ${written} » impossible : ${why} ; écrivez-la par exemple 5 mars 2024 ou 2024-03-05` });
  if (year < 1000) return refuse(`l’année ${year} est hors limites`);
  if (dayText === undefined) {
    // `mars 2024 à 14h` has no day: the time cannot be placed.
    if (hourText !== undefined || weekday !== undefined) return refuse('il manque le jour du mois');
    return { ok: true, length, date: { iso: `${year}-${pad(month)}`, precision: 'month', year, month } };
  }
  const day = Number(dayText);
  const hour = hourText === undefined ? undefined : Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  const dt = DateTime.fromObject({ year, month, day, hour: hour ?? 0, minute }, { zone: PARIS, locale: 'fr' });
  if (!dt.isValid || dt.day !== day) return refuse((hour !== undefined && hour > 23) || minute > 59 ? `l’heure ${hour} h ${pad(minute)} n’existe pas` : `le mois de ${monthWord} ${year} n’a pas de jour ${day}`);
  const warning = weekday !== undefined && dt.toFormat('cccc') !== weekday.toLowerCase()
    ? `le ${day} ${monthWord} ${year} est un ${dt.toFormat('cccc')}, pas un ${weekday.toLowerCase()} : la date est gardée, le jour de la semaine ignoré ; corrigez l’un des deux`
    : undefined;
  const date: DateInfo = hour === undefined
    ? { iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day', year, month, day }
    : { iso: dt.toISO({ suppressMilliseconds: true })!, precision: 'datetime', year, month, day };
  return { ok: true, length, date, ...(warning ? { warning } : {}) };
}
