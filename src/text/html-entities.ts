/**
 * HTML character references in plain text (`L&#8217;IA`, `&amp;`, `l&rsquo;enjeu`), as
 * WordPress exports and scrapers leave them in titles and raw text: decoded to the characters
 * they stand for, which a page then escapes as it escapes any text. Markdown bodies need none of
 * this (markdown-it decodes them); the decoder is markdown-it's own (its `entities` package), on
 * the references alone, never on backslashes. An unknown name (`&foo;`) or an invalid code
 * (`&#0;`) stays as written.
 */
import MarkdownIt from 'markdown-it';

const { unescapeAll } = new MarkdownIt().utils;

/** A named or numeric character reference. */
const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * The text with its HTML character references decoded.
 * @example decodeEntities('L&#8217;IA &amp; la France') // 'L’IA & la France'
 * @example decodeEntities('R&D, AT&T, &foo;') // 'R&D, AT&T, &foo;'
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(REFERENCE, (ref) => unescapeAll(ref)) : text;
}
