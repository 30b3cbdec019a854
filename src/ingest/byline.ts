/**
 * Bylines as news pages print them under a title, alone on their line (`Par Jean Dupont`) or with the date
 * (`Par Marie Lambert — 5 décembre 2019`, as Ghost themes print a post's header). Pure.
 */
import { dateAlone } from './dates.ts';

/** A name of one to four words with capitals, a particle inside (`Jean Dupont`, `Anne de La Tour`, `J. Dupont`). */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:de\s+|d['’])?\p{Lu}[\p{L}.'’-]*){0,3}`;
/** Names joined by `,` or `et`. */
const NAMES = String.raw`${NAME}(?:\s*(?:,|et)\s+${NAME}){0,3}`;

/** A byline alone: `Par Jean Dupont`, `Par Nicolas Perrin et Julie Morel`, `Par J. Dupont, à Lyon`; the names. */
export const BYLINE = new RegExp(String.raw`^[Pp]ar\s+(${NAMES})(?:,\s*(?:à|au|en)\s+\p{Lu}[\p{L}'’ -]*)?$`, 'u');

/** A byline, a dash or a comma, then what should be a date. */
const BYLINE_THEN = new RegExp(String.raw`^[*_]*[Pp]ar\s+(${NAMES})\s*(?:[—–|·•]|\s-|,)\s*(.+?)[*_]*$`, 'u');

/**
 * The author and the date of a line that gives both (`*Par Marie Lambert — 5 décembre 2019*`); undefined for
 * another line.
 * @example bylineAndDate('*Par Marie Lambert — 5 décembre 2019*') // { author: 'Marie Lambert', date: '5 décembre 2019' }
 * @example bylineAndDate('Par Marie Lambert') // undefined
 */
export function bylineAndDate(line: string): { author: string; date: string } | undefined {
  const m = BYLINE_THEN.exec(line.trim());
  const date = m ? dateAlone(m[2]!) : undefined;
  return date === undefined ? undefined : { author: m![1]!.trim(), date };
}
