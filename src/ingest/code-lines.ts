/**
 * Where a Markdown body holds code, which the readers of its markup leave as written
 * (./html-markup.ts, ./generator-marks.ts). Pure.
 */

/** A fence opening or closing a code block. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;

/** A code span, kept as a part of its own when a line is split on it (odd parts are spans). */
export const CODE_SPAN = /(`[^`]*`)/u;

/**
 * A reader that tells, line after line, which lines of a body are code: a fenced block, its
 * fences included, and an indented line after a blank one. Give it every line read, in order,
 * with the line before it (undefined for the first).
 * @example const isCode = codeLines(); ['```', '<b>', '```', 'texte'].map((l, i, a) => isCode(l, a[i - 1])) // [true, true, true, false]
 */
export function codeLines(): (line: string, previous: string | undefined) => boolean {
  let fence: string | undefined;
  return (line, previous) => {
    const f = FENCE.exec(line);
    if (fence !== undefined) {
      if (f && f[1]!.startsWith(fence)) fence = undefined;
      return true;
    }
    if (f) {
      fence = f[1]!.charAt(0).repeat(3);
      return true;
    }
    return /^(?: {4}|\t)/u.test(line) && (previous === undefined || previous.trim() === '');
  };
}
