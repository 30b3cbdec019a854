/**
 * Bytes to text by rules, not guesses (PITFALLS, "Text and encodings"):
 * BOM, then strict UTF-8, then UTF-16 by BOM or NUL pattern, then Windows-1252.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** The file started with a byte order mark. */
  bom: boolean;
  /**
   * UTF-8 with a few invalid bytes, each read as U+FFFD: the 1-based line of the first one.
   * Absent when the bytes were valid.
   */
  invalidUtf8Line?: number;
}

/**
 * Windows-1252 code points for bytes 0x80–0x9F. Node 20's TextDecoder maps them to C1
 * controls instead (nodejs/node#60888); undefined bytes stay U+FFFD.
 */
const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd,
  0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0xfffd, 0x017e, 0x0178,
];

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes Windows-1252 bytes with the right mapping for 0x80–0x9F. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Looks like UTF-16 without a BOM: many NUL bytes on one parity. */
function utf16ByNuls(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Valid UTF-8 multi-byte sequences and stray bytes, counted in one pass. */
function utf8Census(bytes: Uint8Array): { multibyte: number; invalid: number; firstInvalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need >= 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
    if (!ok) {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    } else {
      if (need > 0) multibyte++;
      i += need + 1;
    }
  }
  return { multibyte, invalid, firstInvalid };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function utf8WithStrays(bytes: Uint8Array, firstInvalid: number): Omit<Decoded, 'bom'> {
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8', invalidUtf8Line: lineAt(bytes, firstInvalid) };
}

/**
 * UTF-16 text; a lone surrogate or an odd last byte becomes U+FFFD, and the line of the first
 * one is given (in `invalidUtf8Line`, which names any undecodable bytes).
 */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Omit<Decoded, 'bom'> {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
    return { text, encoding, invalidUtf8Line: text.slice(0, text.indexOf('\uFFFD')).split('\n').length };
  }
}

/**
 * Decodes a file's bytes. Bytes that are not valid UTF-8 are Windows-1252, unless the file is
 * mostly UTF-8 with a few stray bytes: reading all of it as Windows-1252 would turn every `é`
 * into `Ã©`, so it is read as UTF-8 and the stray bytes become U+FFFD.
 * @example decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])) // { text: 'A', encoding: 'utf-8', bom: true }
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const rest = bytes.subarray(3);
    try {
      return { text: utf8.decode(rest), encoding: 'utf-8', bom: true };
    } catch {
      return { ...utf8WithStrays(rest, utf8Census(rest).firstInvalid), bom: true };
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ...decodeUtf16(bytes.subarray(2), 'utf-16le'), bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ...decodeUtf16(bytes.subarray(2), 'utf-16be'), bom: true };
  const wide = utf16ByNuls(bytes);
  if (wide) return { ...decodeUtf16(bytes, wide), bom: false };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    const census = utf8Census(bytes);
    if (census.multibyte > census.invalid) return { ...utf8WithStrays(bytes, census.firstInvalid), bom: false };
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
  }
}
