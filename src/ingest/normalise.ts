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
 * `=1em`, `=12pt=12pt`: a style's value without its property, after a space, a punctuation mark or
 * a line's start, before a word, a space or the line's end (not `width =100px;` in code).
 */
const STYLE_DEBRIS = /(^|[\s.,;:!?)»"(«])(?:=\d+(?:\.\d+)?(?:em|pt|px))+(?=[\p{L}\p{N}"«'\s]|$)/gmu;

/**
 * CRLF and CR to LF, Unicode NFC, control characters removed (C0, DEL and the C1 characters left
 * once ./c1-controls.ts read the others; tab kept as a space),
 * invisible formatting removed (soft hyphen, zero-width space and joiner, word joiner, a BOM
 * inside the text: they split words for search and topics while showing nothing),
 * odd spaces (U+2000–U+200A, ideographic space) and line and paragraph separators (U+2028,
 * U+2029) to a plain space. No-break spaces stay:
 * they are French typography. A style value a scraper left glued to the text (`Debré, =1emancien
 * président`, `=11.0ptl'est`: 20 corpus files) is removed.
 * @example normalise('e\u0301te\r\n').text // 'été\n'
 * @example normalise('Jean-Louis Debré, =1emancien président').text // 'Jean-Louis Debré, ancien président'
 */
export function normalise(text: string): Normalised {
  let removedControls = 0;
  let firstControlLine: number | undefined;
  const cleaned = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00ad\u200b\u200c\u2060\ufeff]/g, '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (_, at: number, all: string) => {
      removedControls++;
      firstControlLine ??= all.slice(0, at).split('\n').length;
      return '';
    })
    .replace(/\t/g, ' ')
    .replace(/[\u2000-\u200a\u3000]/g, ' ')
    // Unicode's line and paragraph separators, which text copied from web pages carries: JavaScript's
    // regular expressions end a line there, so a date line holding one was not read. A space keeps
    // the file's line numbers, which every message gives.
    .replace(/[\u2028\u2029]/g, ' ')
    .replace(STYLE_DEBRIS, '$1')
    .normalize('NFC');
  return { text: cleaned, removedControls, ...(firstControlLine !== undefined ? { firstControlLine } : {}) };
}
