/**
 * Dates as written, kept at their precision and validated with luxon. Never a JavaScript
 * `Date` from YAML (PITFALLS, "YAML dates are silently wrong").
 */
import { DateTime } from 'luxon';
import type { DateInfo } from '../model.ts';
import { readFrenchDate } from './french-date.ts';

export const PARIS = 'Europe/Paris';

export type DateParse =
  | { ok: true; date: DateInfo; warning?: string }
  | { ok: false; message: string };

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{1,2})$/;
const DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** `2023/05/02`, as some exporters write a date: the year first, so never ambiguous. */
const DAY_SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
/** `2024-03-05T14:30`, with seconds, fractions and a zone: an offset, `Z`, or `UTC` as Ruby writes a time (`2024-03-05 14:30:00 UTC`). */
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;
/** `05/03/2024`, day first, with a time as French exports write it (`05/03/2024 10:00`, `05/03/2024 à 10h00`). */
const FRENCH_DAY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:,?\s*(?:à\s*)?(\d{1,2})\s*[h:]\s*(\d{2})?)?$/i;
/**
 * `Tue, 05 Mar 2019 10:00:00 +0100`: RFC 2822, as an RSS feed's `pubDate` and an e-mail's `Date`
 * write it (a feed exported to Markdown keeps it), its zone an offset or a name (`GMT`, `EST`).
 */
const RFC2822 = /^(?:[a-z]{3},\s*)?\d{1,2}\s+[a-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:[+-]\d{4}|[a-z]{1,5})$/i;

/** English month names and their abbreviations, as an export set to English writes a date (`March 5, 2019`). */
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ENGLISH_MONTH = `(${ENGLISH_MONTHS.map((m) => (m.length > 3 ? `${m.slice(0, 3)}(?:${m.slice(3)}|\\.)?` : m)).join('|')}|sept\\.?)`;
const ENGLISH_WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
/** `March 5, 2019`, `Tuesday, March 5th 2019`, `Mar. 5, 2019`: the month first, as American English writes it. */
const ENGLISH_MONTH_FIRST = new RegExp(`^${ENGLISH_WEEKDAY}${ENGLISH_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i');
/** `5 March 2019`, `5th March, 2019`: the day first, as British English writes it. */
const ENGLISH_DAY_FIRST = new RegExp(`^${ENGLISH_WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${ENGLISH_MONTH},?\\s+(\\d{4})$`, 'i');

/** The month number of an English month name or abbreviation (`Mar.`, `Sept`). */
function englishMonth(word: string): number {
  const start = word.toLowerCase().slice(0, 3);
  return ENGLISH_MONTHS.findIndex((m) => m.startsWith(start)) + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

function checkYear(year: number): string | undefined {
  if (year < 1000 || year > 9999) return `l’année ${year} est hors limites`;
  return undefined;
}

function impossible(text: string, why: string): DateParse {
  return { ok: false, message: `date « ${text} » impossible : ${why} ; écrivez-la AAAA, AAAA-MM ou AAAA-MM-JJ` };
}

function dayDate(text: string, y: number, m: number, d: number, warning?: string): DateParse {
  const bad = checkYear(y);
  if (bad) return impossible(text, bad);
  const dt = DateTime.fromObject({ year: y, month: m, day: d }, { zone: 'utc' });
  if (!dt.isValid) return impossible(text, m < 1 || m > 12 ? `le mois ${m} n’existe pas` : `${y}-${pad(m)} n’a pas de jour ${d}`);
  return { ok: true, date: { iso: `${y}-${pad(m)}-${pad(d)}`, precision: 'day', year: y, month: m, day: d }, ...(warning ? { warning } : {}) };
}

/** A date at the precision of its time, in the zone it is given in. */
function timeDate(dt: DateTime): DateParse {
  return { ok: true, date: { iso: dt.toISO({ suppressMilliseconds: true })!, precision: 'datetime', year: dt.year, month: dt.month, day: dt.day } };
}

/**
 * Parses a written date, keeping its precision. A zoneless time is read in Europe/Paris, a time in UTC shown there.
 * @example parseDate('2024-02').date // { iso: '2024-02', precision: 'month', year: 2024, month: 2 }
 * @example parseDate('2024-02-30').ok // false
 */
export function parseDate(input: string): DateParse {
  const text = input.trim();
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(text))) {
    const y = Number(m[1]);
    const bad = checkYear(y);
    if (bad) return impossible(text, bad);
    return { ok: true, date: { iso: String(y), precision: 'year', year: y } };
  }
  if ((m = MONTH.exec(text))) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const bad = checkYear(y);
    if (bad) return impossible(text, bad);
    if (mo < 1 || mo > 12) return impossible(text, `le mois ${mo} n’existe pas`);
    return { ok: true, date: { iso: `${y}-${pad(mo)}`, precision: 'month', year: y, month: mo } };
  }
  if ((m = DAY.exec(text) ?? DAY_SLASHED.exec(text))) return dayDate(text, Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = DATETIME.exec(text))) {
    const [, y, mo, d, h, mi, s, zone] = m;
    const bad = checkYear(Number(y));
    if (bad) return impossible(text, bad);
    const base = `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}`;
    const utc = zone !== undefined && /^(?:Z|UTC|GMT)$/i.test(zone);
    const zoneName = zone ? (utc ? 'utc' : `UTC${zone.length === 5 ? zone.slice(0, 3) + ':' + zone.slice(3) : zone}`) : PARIS;
    const written = DateTime.fromISO(base, { zone: zoneName, setZone: true });
    if (!written.isValid) return impossible(text, 'heure impossible');
    // The calendar day is the one written, in the zone written: never shifted to UTC. A time in UTC (`Z`, as Ghost and
    // JSON exports write every time) is Paris's: `2022-09-08T19:40:00Z` is 21 h 40 on a French news site.
    return timeDate(utc ? written.setZone(PARIS) : written);
  }
  if (RFC2822.test(text)) {
    const written = DateTime.fromRFC2822(text.replace(/\s+/g, ' '), { setZone: true });
    if (!written.isValid) return impossible(text, written.invalidReason === 'mismatched weekday' ? 'le jour de la semaine n’est pas celui de cette date' : 'jour ou heure impossible');
    const bad = checkYear(written.year);
    if (bad) return impossible(text, bad);
    // As above: a time in UTC (`+0000`, `GMT`, as most feeds write it) is shown in Paris, any other in its zone.
    return timeDate(written.offset === 0 ? written.setZone(PARIS) : written);
  }
  if ((m = FRENCH_DAY.exec(text))) {
    const d = Number(m[1]);
    const mo = Number(m[3]);
    const ambiguous = d <= 12 && mo <= 12 && d !== mo;
    const day = dayDate(text, Number(m[4]), mo, d,
      ambiguous ? `date « ${text} » ambiguë, lue jour/mois/année (ordre français) ; écrivez-la AAAA-MM-JJ pour lever le doute` : undefined);
    if (!day.ok || m[5] === undefined) return day;
    // A time without a zone, as a French export writes it: Paris's.
    const timed = DateTime.fromObject({ year: day.date.year, month: mo, day: d, hour: Number(m[5]), minute: Number(m[6] ?? 0) }, { zone: PARIS });
    if (!timed.isValid) return impossible(text, 'heure impossible');
    const at = timeDate(timed);
    return day.warning && at.ok ? { ...at, warning: day.warning } : at;
  }
  // In English, as an export set to that language writes a date: a day, never ambiguous once the month is a word.
  if ((m = ENGLISH_MONTH_FIRST.exec(text))) return dayDate(text, Number(m[3]), englishMonth(m[1]!), Number(m[2]));
  if ((m = ENGLISH_DAY_FIRST.exec(text))) return dayDate(text, Number(m[3]), englishMonth(m[2]!), Number(m[1]));
  const words = readFrenchDate(text);
  if (words && words.length === text.length) return words.ok ? { ok: true, date: words.date, ...(words.warning ? { warning: words.warning } : {}) } : { ok: false, message: words.message };
  return { ok: false, message: `date « ${text.slice(0, 80)} » illisible ; écrivez-la AAAA-MM-JJ, AAAA-MM, AAAA ou 5 mars 2024` };
}

/**
 * The day in Paris a number gives as a Unix time in seconds or milliseconds (as JSON and database
 * exports write dates), when it falls between 1990 and 2100: a hint for the editor, never a date read.
 * @example unixStampDay(1551780000) // '2019-03-05'
 * @example unixStampDay(42) // undefined
 */
export function unixStampDay(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
  const ms = value >= 1e12 ? value : value * 1000;
  if (ms < Date.UTC(1990, 0, 1) || ms >= Date.UTC(2100, 0, 1)) return undefined;
  return DateTime.fromMillis(ms, { zone: PARIS }).toISODate() ?? undefined;
}

/**
 * Reads a front-matter `date` value: text, or a bare year that YAML read as a number.
 * Any other type (`42`, a list) is refused with a message naming what was found.
 * @example readDateValue(2024).ok // true
 * @example readDateValue(42).ok // false
 */
export function readDateValue(value: unknown): DateParse {
  if (typeof value === 'string') return parseDate(value);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) return parseDate(String(value));
  const stamp = unixStampDay(value);
  if (stamp) return { ok: false, message: `date ${String(value)} : un nombre, sans doute un horodatage Unix (le ${stamp}) ; écrivez la date AAAA-MM-JJ` };
  const shown = typeof value === 'number' || typeof value === 'boolean' ? String(value) : Array.isArray(value) ? 'en liste' : 'en groupe de clés';
  return { ok: false, message: `date ${shown} : ce n’est pas une date ; écrivez-la AAAA-MM-JJ, AAAA-MM ou AAAA` };
}

/**
 * The date is after `today` (`AAAA-MM-JJ`), compared at its own precision: a date in the
 * current month or year is not in the future.
 * @example isFuture({ iso: '2999', precision: 'year', year: 2999 }, '2024-05-01') // true
 */
export function isFuture(date: DateInfo, today: string): boolean {
  // ISO text compares chronologically, and a prefix (`2024-05`) sorts before its days.
  return date.iso.slice(0, 10) > today;
}

/**
 * The first of January 1970, or the evening before in a zone west of UTC: the Unix time 0 an export
 * writes for an article it has no date for (a database's empty timestamp).
 * @example isEpoch({ iso: '1970-01-01', precision: 'day', year: 1970, month: 1, day: 1 }) // true
 * @example isEpoch({ iso: '1970-01', precision: 'month', year: 1970, month: 1 }) // false
 */
export function isEpoch(date: DateInfo): boolean {
  return (date.precision !== 'year' && date.precision !== 'month' && date.iso.startsWith('1970-01-01'))
    || (date.precision === 'datetime' && /^1969-12-31T.*-\d{2}:\d{2}$/.test(date.iso));
}

/** parisToday's last answer and the minute it was for. */
let today = { minute: Number.NaN, iso: '' };

/**
 * Today in Europe/Paris as `AAAA-MM-JJ`. Worked out once a minute: every file asks, and a zone
 * lookup costs about 20 µs (0.2 s of CPU over 10,000 files). Paris changes day on a minute
 * boundary, so the answer is never a day late.
 * @example parisToday() // '2024-05-10'
 */
export function parisToday(): string {
  const minute = Math.floor(Date.now() / 60_000);
  if (minute !== today.minute) today = { minute, iso: DateTime.now().setZone(PARIS).toISODate()! };
  return today.iso;
}

/** What may open a line that gives the date alone: `Publié le`, `Mis en ligne le`, `Date :`, `Le`. */
const DATE_ALONE_OPENER = /^(?:(?:publi[ée]e?|mise? en ligne|parue?|dat[ée]e?|date)\s*(?:le\b|du\b|:)?\s*)?/iu;
/** A date in figures, day first or ISO, and a time after it, which a day's precision leaves out. */
const FIGURES_DATE = /^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2})(?:,?\s*(?:à\s*)?\d{1,2}\s*[h:]\s*(?:\d{2})?)?$/iu;

/** An update's date after the publication's on its line (` - Mis à jour le …`, `, actualisé le …`). */
const UPDATED_AFTER = /\s*[-–—|,]\s*(?:mise?|actualis[ée]e?|modifi[ée]e?)\s+(?:à\s+jour\s+)?le\b.*$/iu;
/** A line giving an update's date alone (`Mis à jour le 10 novembre 2020 à 08h15`), no date of publication. */
export const UPDATED_LINE = /^(?:mise?\s+à\s+jour|actualis[ée]e?|modifi[ée]e?|derni[èe]re\s+mise\s+à\s+jour)\s*(?:le\b|:)?\s*\S.{0,50}$/iu;

/**
 * The date a line gives when it is a date alone, as news pages print it under a title, without
 * the ` date` word: the date's text, undefined when the line says anything else.
 * @example dateAlone('Publié le 12/03/2020 à 10h00') // '12/03/2020'
 * @example dateAlone('Le 5 mars 2024 à 14h30') // 'Le 5 mars 2024 à 14h30'
 * @example dateAlone('Publié le 3 février 2018 à 19h12 - Mis à jour le 4 février 2018 à 10h03') // '3 février 2018 à 19h12'
 * @example dateAlone('Le 5 mars 2024, le gouvernement a annoncé…') // undefined
 */
export function dateAlone(line: string): string | undefined {
  // `Publié le 3 février 2018 à 19h12 - Mis à jour le 4 février 2018`: the first publication.
  const text = line.trim().replace(UPDATED_AFTER, '');
  if (text.length > 60) return undefined;
  const rest = text.replace(DATE_ALONE_OPENER, '');
  const words = readFrenchDate(rest);
  if (words && words.length === rest.length) return rest;
  return FIGURES_DATE.exec(rest)?.[1];
}
