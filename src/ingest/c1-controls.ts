/**
 * C1 control characters (U+0080–U+009F) in a text read as UTF-8: the Windows-1252 punctuation of
 * a file once converted to UTF-8 as if it were Latin-1 (`iconv -f latin1`, PHP's `utf8_encode`),
 * so `l’été` holds U+0092 where its apostrophe was. Browsers show nothing for them, and
 * `l\u0092été` read « lété » on the page. Each is read back as its Windows-1252 character; the
 * five bytes Windows-1252 leaves undefined stay, for the repair of double-encoded UTF-8 (`Ã\u0081`
 * is `Á`), and normalisation removes those left as control characters. Pure.
 */
import { decodeWindows1252 } from './decode.ts';

export interface C1Read {
  text: string;
  /** C1 characters read as Windows-1252. */
  replaced: number;
  /** The line (from 1) of the first, and what it became there. */
  firstLine?: number;
  example?: [code: string, read: string];
}

/** The C1 characters Windows-1252 gives a character to (not U+0081, U+008D, U+008F, U+0090, U+009D). */
const C1 = /[\u0080\u0082-\u008c\u008e\u0091-\u009c\u009e\u009f]/g;

/**
 * @example c1AsWindows1252('l\u0092été').text // 'l’été'
 * @example c1AsWindows1252('l’été').replaced // 0
 */
export function c1AsWindows1252(text: string): C1Read {
  let replaced = 0;
  let firstLine: number | undefined;
  let example: [string, string] | undefined;
  const out = text.replace(C1, (c: string, at: number) => {
    const read = decodeWindows1252(new Uint8Array([c.charCodeAt(0)]));
    replaced++;
    if (firstLine === undefined) {
      firstLine = text.slice(0, at).split('\n').length;
      example = [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, read];
    }
    return read;
  });
  return { text: out, replaced, ...(firstLine !== undefined ? { firstLine, example: example! } : {}) };
}
