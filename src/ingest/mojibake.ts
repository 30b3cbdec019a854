/**
 * Double-encoded UTF-8 (« mojibake »): UTF-8 bytes once read as Windows-1252 and saved again as
 * UTF-8, so `Café` reads `CafÃ©` and `l’IA` reads `lâ€™IA`. Repaired by rule, sequence by
 * sequence: a run that looks like the Windows-1252 reading of one UTF-8 character is turned back
 * into its bytes and decoded as strict UTF-8; it is replaced only when that decoding is valid.
 * Text that mixes good accents and mojibake is repaired where it is broken only.
 * (The npm packages for this, `fix-utf8` and `fix-latin1-to-utf8`, were looked at: small,
 * unmaintained, and they rewrite whole strings; this rule is twenty lines and tested here.)
 */

/** Windows-1252 characters of bytes 0x80–0x9F (undefined bytes keep their C1 code point). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The byte a character stands for in Windows-1252 (or Latin-1 for C1 controls), if any. */
function byteOf(ch: string): number | undefined {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff)) return cp;
  const i = CP1252_HIGH.indexOf(ch);
  return i >= 0 ? 0x80 + i : undefined;
}

/** A character whose byte is a UTF-8 continuation byte (0x80–0xBF). */
const CONT = `[\\u0080-\\u00BF${CP1252_HIGH.replace(/[\u0080-\u009f]/g, '')}]`;
/** The Windows-1252 reading of one 2-, 3- or 4-byte UTF-8 character. */
const SEQUENCE = new RegExp(`[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`, 'gu');

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Characters a French archive's text can hold, by code point range: Latin letters (with
 * Romanian ș ț and the spacing accents), combining accents, Greek, basic Cyrillic, Vietnamese,
 * punctuation, currency and common symbols, ligatures, emoji. A repair that would give any other
 * character is taken for ordinary text: French spacing makes `é\u00a0»` (`été »`) read as the
 * bytes E9 A0 BB, valid UTF-8 for the CJK character 頻, and `là »` as Samaritan ࠻ (12 articles
 * of the OrangeSum corpus, none of them double-encoded).
 */
const PLAUSIBLE: readonly (readonly [number, number])[] = [
  [0x00a0, 0x017f], [0x0192, 0x0192], [0x0218, 0x021b], [0x02bb, 0x02bc], [0x02c6, 0x02dd],
  [0x0300, 0x036f], [0x0370, 0x03ff], [0x0400, 0x045f], [0x1e00, 0x1eff], [0x2000, 0x206f],
  [0x20a0, 0x20cf], [0x2100, 0x215f], [0x2190, 0x21ff], [0x2200, 0x22ff], [0x2460, 0x24ff],
  [0x25a0, 0x27bf], [0xfb00, 0xfb06], [0xfe0f, 0xfe0f], [0x1f000, 0x1faff],
];

function plausible(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return PLAUSIBLE.some(([from, to]) => cp >= from && cp <= to);
}

export interface MojibakeRepair {
  text: string;
  /** Sequences repaired. */
  repaired: number;
  /** 1-based line of the first repair. */
  firstLine?: number;
  /** The first repair, as found and as repaired, for the warning: `['Ã©', 'é']`. */
  example?: [string, string];
}

/**
 * Repairs double-encoded UTF-8 sequences in decoded text.
 * @example repairMojibake('CafÃ© et lâ€™IA').text // 'Café et l’IA'
 * @example repairMojibake('Café').repaired // 0
 * @example repairMojibake('un été\u00a0»').repaired // 0 (not 頻)
 */
export function repairMojibake(text: string): MojibakeRepair {
  let repaired = 0;
  let firstIndex = -1;
  let example: [string, string] | undefined;
  const out = text.replace(SEQUENCE, (seq: string, index: number) => {
    const bytes = [...seq].map(byteOf);
    if (bytes.some((b) => b === undefined)) return seq;
    let fixed: string;
    try {
      fixed = strictUtf8.decode(new Uint8Array(bytes as number[]));
    } catch {
      return seq;
    }
    // A C1 control, or a character of a script the archive does not use: the sequence was text.
    if (!plausible(fixed)) return seq;
    repaired++;
    if (firstIndex < 0) {
      firstIndex = index;
      example = [seq, fixed];
    }
    return fixed;
  });
  if (repaired === 0) return { text, repaired };
  const firstLine = text.slice(0, firstIndex).split('\n').length;
  return { text: out, repaired, firstLine, example: example! };
}
