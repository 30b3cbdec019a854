/**
 * Limits that keep a build alive: the size limit, bounded YAML aliases, and no quadratic
 * behaviour on long lines through ingest and French typography. Each test checks that the
 * whole input came through; times are printed as diagnostics, never asserted, and a timeout
 * turns a quadratic regression into a failure instead of a hung suite.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { ingestFile, MAX_FILE_BYTES } from '../../src/ingest/index.ts';
import { parseMarkdown } from '../../src/ingest/markdown.ts';
import { parseRawText } from '../../src/ingest/raw-text.ts';
import type { Article } from '../../src/model.ts';
import { frenchTypographyHtml } from '../../src/text/french-typography-html.ts';
import { frenchTypography } from '../../src/text/french-typography.ts';
import { FIXTURES } from './catalog.ts';

const MB = 1024 * 1024;
const LIMIT = { timeout: 120_000 };
const utf8 = (text: string) => new TextEncoder().encode(text);

function timed<T>(t: TestContext, label: string, fn: () => T): T {
  const start = performance.now();
  const result = fn();
  t.diagnostic(`${label}: ${(performance.now() - start).toFixed(0)} ms`);
  return result;
}

function published(path: string, text: string): Article {
  const r = ingestFile(path, utf8(text));
  assert.equal(r.ok, true, JSON.stringify(r).slice(0, 300));
  return (r as { article: Article }).article;
}

/** Every text a page shows through the typography filters, the Markdown body included. */
function typeset(a: Article): string[] {
  const texts = [a.title, a.lede, ...a.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs])].map((text) => frenchTypography(text));
  return a.bodyHtml === undefined ? texts : [...texts, frenchTypographyHtml(a.bodyHtml)];
}

/** A billion laughs with `levels` levels of `width` aliases each. */
function aliasBomb(levels: number, width: number): string {
  let yaml = `a0: &a0 [${Array(width).fill('"lol"').join(',')}]\n`;
  for (let i = 1; i < levels; i++) yaml += `a${i}: &a${i} [${Array(width).fill(`*a${i - 1}`).join(',')}]\n`;
  return `---\ntitle: Bombe\ndate: 2024-01-10\n${yaml}---\nTexte de l’article.\n`;
}

/**
 * The work was done, not cut short: the typeset text still holds the first and the last word of
 * the input (whitespace runs may collapse, so lengths are not compared).
 */
function assertWhole(label: string, input: string, typeset: string[]): void {
  const all = typeset.join('\n');
  const words = input.replace(/^---[\s\S]*?---\n/, '').replace(/^ date \S+ /, '').match(/[\p{L}]+/gu) ?? [];
  assert.ok(all.includes('Début'), `${label}: the first word is lost`);
  assert.ok(all.includes(words.at(-1)!), `${label}: the last word « ${words.at(-1)} » is lost`);
}

test('a YAML alias bomb is refused in milliseconds, and nothing expands it', LIMIT, (t) => {
  const fixture = readFileSync(join(FIXTURES, 'fm-alias-bomb/article.md'));
  for (const [label, bytes] of [['catalog bomb, 9 levels of 9', fixture], ['20 levels of 10', utf8(aliasBomb(20, 10))]] as const) {
    const r = timed(t, label, () => ingestFile('bombe.md', bytes));
    assert.equal(r.ok, false);
    assert.equal((r as { diagnostics: { id: string }[] }).diagnostics[0]?.id, 'front-matter-invalid');
    assert.ok(JSON.stringify(r).length < 2000, 'the refusal carries the expanded data');
  }
});

test('a 5 MB single line is refused by size; its parsing and typography still complete', LIMIT, (t) => {
  const line = 'Un paragraphe sans fin, sur une seule ligne. '.repeat(Math.ceil((5 * MB) / 45));
  const refused = timed(t, 'ingestFile, 5 MB', () => ingestFile('long.txt', utf8(` date 2024-03-10 ${line}\n`)));
  assert.equal(refused.ok, false);
  assert.equal((refused as { diagnostics: { id: string }[] }).diagnostics[0]?.id, 'file-too-large');
  assert.ok(5 * MB > MAX_FILE_BYTES);

  const raw = timed(t, 'parseRawText, 5 MB line', () => parseRawText(` date 2024-03-10 ${line}\n`));
  assert.ok(raw.lede.length > 5 * MB - 100);
  const md = timed(t, 'parseMarkdown, 5 MB line', () => parseMarkdown(`---\ntitle: Long\ndate: 2024-03-10\n---\n${line}\n`));
  assert.ok(md.lede.length > 5 * MB - 100);
  const typo = timed(t, 'frenchTypography, 5 MB line', () => frenchTypography(raw.lede));
  assert.ok(typo.length >= raw.lede.length);
});

test('a 1 MB line full of apostrophes and colons goes through ingest and typography', LIMIT, (t) => {
  const line = "l'homme a dit : 'oui' ; puis d'autres : « non » ! et l'on s'écrie : « quoi ? » ".repeat(Math.ceil(MB / 80));
  for (const [path, text] of [['quotes.txt', ` date 2024-03-11 ${line}.\n`], ['quotes.md', `---\ntitle: "Citations : l'été"\ndate: 2024-03-11\n---\n${line}.\n`]] as const) {
    const a = timed(t, `ingestFile ${path}, 1 MB`, () => published(path, text));
    const [, lede] = timed(t, `frenchTypography ${path}`, () => typeset(a));
    assert.ok(lede!.includes('l’homme a dit\u00a0: ') && lede!.includes('«\u202fnon\u202f»\u202f!'), lede!.slice(0, 120));
  }
});

test('long runs that make naive regexes quadratic go through ingest and typography whole', LIMIT, (t) => {
  const runs: [string, string][] = [
    ['1 MB of spaces inside a paragraph', ` date 2024-03-12 Début${' '.repeat(MB)}fin.\n`],
    ['half a million no-break spaces before a guillemet', ` date 2024-03-12 Début «${'\u00a0'.repeat(MB / 2)}x.\n`],
    ['1 MB of dots then a letter', ` date 2024-03-12 Début.\n\n${'.'.repeat(MB)}x\n`],
    ['1 MB of letters then a #', ` date 2024-03-12 Début.\n\n${'a'.repeat(MB)}#\n`],
    ['120,000 wrapped lines of one paragraph', ` date 2024-03-12 Début.\n\nUne phrase\n${'qui continue\n'.repeat(120_000)}`],
    ['100,000 short lines like headings', ` date 2024-03-12 Début.\n${'Titre court\n'.repeat(100_000)}`],
    ['300,000 opening tags', ` date 2024-03-12 Début.\n\n${'<a '.repeat(300_000)}\n`],
  ];
  for (const [label, text] of runs) {
    const a = timed(t, `ingest, ${label}`, () => published('long.txt', text));
    assertWhole(label, text, timed(t, `typography, ${label}`, () => typeset(a)));
  }
  const markdown: [string, string][] = [
    ['1 MB of spaces in a paragraph', `Début${' '.repeat(MB)}fin.`],
    ['half a million no-break spaces before a guillemet', `« Début${'\u00a0'.repeat(MB / 2)}fin ».`],
    ['1 MB of spaces in a second paragraph', `Début.\n\nSuite${' '.repeat(MB)}fin.`],
    // Each goes on the one before (a dump's broken paragraphs, joined again): one paragraph, read once.
    ['100,000 paragraphs that go on one another', `Début.\n\nUne phrase\n\n${'qui continue\n\n'.repeat(100_000)}`],
  ];
  for (const [label, body] of markdown) {
    const a = timed(t, `ingest, Markdown with ${label}`, () => published('long.md', `---\ntitle: Espaces\ndate: 2024-03-12\n---\n${body}\n`));
    assertWhole(label, body, timed(t, `typography, Markdown with ${label}`, () => typeset(a)));
  }
});
