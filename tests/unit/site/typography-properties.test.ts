/**
 * Property-based tests of French typography (fast-check): for any text, the typography never
 * loses or invents a character (folded back it equals the input folded), the quotes it makes
 * are balanced and nested, and URLs, code and tags come out as they went in.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldTypography, frenchTypography, frenchTypographyRich } from '../../../src/text/french-typography.ts';
import { frenchTypographyHtml } from '../../../src/text/french-typography-html.ts';

const RUNS = { numRuns: 3000, seed: 15 };

/** Pieces that trigger the rules, mixed with letters, digits and spaces. */
const piece = fc.constantFrom(
  'a', 'l', 'e', 'er', 're', 'I', 'X', 'V', 'XIX', '1', '2', '0', '000', ' ', ' ', '  ', '\u00a0', '\u202f', '\n',
  '"', '"', "'", '’', '.', '...', ':', '?', '!', ';', ',', '%', '(', ')', '-', '—', '«', '»', '“', '”', '…',
  'https://a.fr/x?q=1:2', 'www.b.fr/"y"', 'Le', 'Ce', 'Me', 'é', '&', '<', '>',
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
/** Texts whose only quotes are straight ones, so every quote in the output was made by the rules. */
const straightText = text.map((s) => s.replace(/[«»“”]/g, '"'));

const unescape = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** True when every « is closed by » and every “ by ”, properly nested. */
function balanced(s: string): boolean {
  const stack: string[] = [];
  for (const c of s) {
    if (c === '«' || c === '“') stack.push(c === '«' ? '»' : '”');
    else if ((c === '»' || c === '”') && stack.pop() !== c) return false;
  }
  return stack.length === 0;
}

test('folded back, typeset text equals the input folded: nothing is lost or invented', () => {
  fc.assert(fc.property(text, (s) => foldTypography(frenchTypography(s)) === foldTypography(s)), RUNS);
});

test('folded back and unescaped, rich text (with <sup>) equals the input folded', () => {
  fc.assert(fc.property(text, (s) => foldTypography(unescape(frenchTypographyRich(s))) === foldTypography(s)), RUNS);
});

test('the quotes the rules make are balanced and nested, « » outside and “ ” inside', () => {
  fc.assert(fc.property(straightText, (s) => balanced(frenchTypography(s))), RUNS);
  fc.assert(fc.property(straightText, (s) => {
    // At the outer level only « »: a “ never appears outside a pair of guillemets.
    let depth = 0;
    for (const c of frenchTypography(s)) {
      if (c === '«') depth++;
      else if (c === '»') depth--;
      else if (c === '“' && depth === 0) return false;
    }
    return true;
  }), RUNS);
});

test('a quote right after an elision or a colon always opens', () => {
  const word = fc.stringMatching(/^[a-zé]{1,8}$/);
  fc.assert(fc.property(word, word, (w, rest) => {
    const out = frenchTypography(`l'"${w}" ${rest}`);
    return out.startsWith(`l’«\u202f${w}\u202f»`) && !out.includes(' »' + w);
  }), RUNS);
  fc.assert(fc.property(word, (w) => frenchTypography(`dit : "${w}"`) === `dit\u00a0: «\u202f${w}\u202f»`), RUNS);
});

test('setting twice changes nothing more than setting once', () => {
  fc.assert(fc.property(text, (s) => {
    const once = frenchTypography(s);
    return frenchTypography(once) === once;
  }), RUNS);
});

test('web addresses come out exactly as written', () => {
  const url = fc.webUrl({ withQueryParameters: true, withFragments: true });
  fc.assert(fc.property(text, url, text, (a, u, b) => frenchTypography(`${a} ${u} ${b}`).includes(u)), RUNS);
});

test('HTML: tags, attributes and code come out as they went in; the text folds back to the input', () => {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const node = fc.oneof(
    text.map((s) => escape(s)),
    fc.constantFrom('<em>', '</em>', '<strong>', '</strong>', '</p>\n<p>', '<a href="https://a.fr/?q=&quot;1&quot; : ?">', '</a>', '<br>'),
    text.map((s) => `<code>${escape(s)}</code>`),
  );
  const tags = (html: string) => html.match(/<[^>]+>/g) ?? [];
  const codes = (html: string) => html.match(/<code>.*?<\/code>/gs) ?? [];
  const textOf = (html: string) => unescape(html.replace(/<code>.*?<\/code>/gs, '').replace(/<[^>]+>/g, ''));
  fc.assert(fc.property(fc.array(node, { maxLength: 12 }), (nodes) => {
    const html = `<p>${nodes.join('')}</p>`;
    const out = frenchTypographyHtml(html);
    const outTags = tags(out).filter((t) => t !== '<sup>' && t !== '</sup>');
    assert.deepEqual(outTags, tags(html));
    assert.deepEqual(codes(out), codes(html));
    assert.equal(foldTypography(textOf(out)), foldTypography(textOf(html)));
  }), RUNS);
});
