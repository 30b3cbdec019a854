/**
 * Files that are not text at all: a PDF, a Word document or an archive saved under an article's
 * name (`article.txt` that is really `article.docx`), as exports and hurried renames leave them.
 * Read as Windows-1252, their bytes made a page of garbage; they are refused instead.
 */

/** Signatures (first bytes) of the formats an export folder is likely to hold, with their French names. */
const SIGNATURES: ReadonlyArray<{ bytes: number[]; name: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'un document PDF' }, // %PDF-
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'une archive ZIP ou un document Word (.docx), OpenDocument (.odt)' }, // PK..
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'un ancien document Word (.doc) ou Excel (.xls)' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'un document RTF (traitement de texte)' }, // {\rtf
  { bytes: [0x1f, 0x8b], name: 'une archive gzip' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'une image PNG' },
  { bytes: [0xff, 0xd8, 0xff], name: 'une image JPEG' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'une image GIF' }, // GIF8
];

/**
 * The format a file's first bytes announce, when it is one of the binary formats (or RTF) above.
 * @example signatureFormat(new TextEncoder().encode('%PDF-1.4\n')) // 'un document PDF'
 * @example signatureFormat(new TextEncoder().encode('Un titre\n')) // undefined
 */
export function signatureFormat(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b))?.name;
}

/** A control character `looksBinary` counts. */
const CONTROL = /[\x01-\x08\x0b\x0e-\x1f\x7f]/;

/**
 * Control characters no text holds (C0 but NUL, tab, line feed, form feed, carriage return;
 * DEL): a text with a few of them (a damaged line) is still text, NULs alone are the padding a
 * crash leaves after a text, but binary data holds about one in ten.
 * @example looksBinary('a\u0001b'.repeat(20)) // true
 * @example looksBinary('Une ligne \u0001\u0002 abîmée.') // false
 */
export function looksBinary(text: string): boolean {
  // Almost every file holds none: one native scan instead of a loop over every character.
  if (!CONTROL.test(text)) return false;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) controls++;
  }
  return controls >= 16 && controls > text.length / 100;
}

/**
 * The rejection message of a binary file: what it is, and what to do.
 * @example binaryMessage('un document PDF') // 'fichier qui n’est pas du texte brut mais un document PDF : rien n’est publié ; …'
 */
export function binaryMessage(format: string | undefined): string {
  const what = format ? `mais ${format}` : '(données binaires)';
  return `fichier qui n’est pas du texte brut ${what} : rien n’est publié ; enregistrez l’article en texte brut (.txt, UTF-8) ou en Markdown (.md), ou retirez ce fichier du dossier`;
}
