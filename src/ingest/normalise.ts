/**
 * Text normalisation applied to every decoded file before parsing.
 */

export interface Normalised {
  text: string;
  /** NUL and other C0 control characters were removed. */
  removedControls: number;
  /** The line (from 1) of the first one removed. */
  firstControlLine?: number;
}

/**
 * CRLF and CR to LF, Unicode NFC, control characters removed (tab kept as a space),
 * invisible formatting removed (soft hyphen, zero-width space and joiner, word joiner, a BOM
 * inside the text: they split words for search and topics while showing nothing),
 * odd spaces (U+2000–U+200A, ideographic space) to a plain space. No-break spaces stay:
 * they are French typography.
 * @example normalise('e\u0301te\r\n').text // 'été\n'
 */
export function normalise(text: string): Normalised {
  let removedControls = 0;
  let firstControlLine: number | undefined;
  const cleaned = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00ad\u200b\u200c\u2060\ufeff]/g, '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (_, at: number, all: string) => {
      removedControls++;
      firstControlLine ??= all.slice(0, at).split('\n').length;
      return '';
    })
    .replace(/\t/g, ' ')
    .replace(/[\u2000-\u200a\u3000]/g, ' ')
    .normalize('NFC');
  return { text: cleaned, removedControls, ...(firstControlLine !== undefined ? { firstControlLine } : {}) };
}
