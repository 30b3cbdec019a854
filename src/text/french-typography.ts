/**
 * French typography for rendered text (not URLs, attributes, code or JSON-LD):
 * U+202F before `; ! ?` and inside « », U+00A0 before `:`, typographic apostrophes.
 */

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
const SPACES = '[ \\u00a0\\u202f]*';

function typeset(text: string): string {
  return text
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
    .replace(new RegExp(`([^\\s;!?(\\[«])${SPACES}([;!?]+)`, 'gu'), `$1${NNBSP}$2`)
    .replace(new RegExp(`([^\\s:])${SPACES}:(?=\\s|$)`, 'gu'), `$1${NBSP}:`)
    .replace(new RegExp(`«${SPACES}`, 'g'), `«${NNBSP}`)
    .replace(new RegExp(`${SPACES}»`, 'g'), `${NNBSP}»`);
}

/**
 * @example frenchTypography("l'IA : « oui » ?") // 'l’IA\u00a0: «\u202foui\u202f»\u202f?'
 */
export function frenchTypography(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL)) {
    out += typeset(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + typeset(text.slice(last));
}
