/**
 * fast-check generators of hostile content files (issue 11): Markdown with random front matter
 * (any key, `__proto__` and friends included; any YAML value: nested maps and lists, nulls,
 * booleans, huge and negative numbers, timestamps, `!!binary`, very long strings, anchors and
 * aliases) and raw text (any Unicode, control characters, lone surrogates in UTF-16, mixed line
 * endings, BOMs), in every encoding a folder may hold.
 *
 * Every generated text may carry CANARY, a tag that must never reach an output unescaped.
 */
import fc from 'fast-check';

/** An HTML tag that must come out escaped wherever input text lands. */
export const CANARY = '<kq-canari onerror=alert(1)>';

export interface GeneratedFile {
  /** Content-relative path. */
  name: string;
  bytes: Uint8Array;
}

const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'prototype'];
const KNOWN_KEYS = ['title', 'date', 'topics', 'source', 'url', 'draft', 'tags', 'category', 'publisher', 'slug', 'aliases', 'redirect_from'];

/** Fragments of text a scraper or an attacker leaves in an article. */
const HOSTILE = [
  CANARY, `</script>${CANARY}`, '<script>alert(1)</script>', '{{ 7 * 7 }}', '{% raw %}', '${process.exit(1)}', ']]>', '<![CDATA[',
  '&amp; &bogus; &#0;', '"\'<>&', '\u2028\u2029', '\u0000\u0001\u001b[31m', '\ufeff', '\ufffe\uffff', '\u202e', '😀👩‍👩‍👧', 'e\u0301',
  '[lien](javascript:alert(1))', '![img](data:x)', '<img src=x onerror=alert(1)>', '# Titre', '> citation', '- liste', '```', '---', '...',
  'Table of Contents', 'Source : AFP', ' date 2024-02', 'CafÃ© lâ€™IA', 'Ã©tÃ©', '1er mai 2024', 'le 5 mars 2024 à 14h30', '03/05/2024',
  'L’intelligence artificielle', 'État, société, économie.', '\t\t', '  ', '\\', '%', 'null', 'true',
];

const word = fc.constantFrom('le', 'la', 'Paris', 'économie', 'été', 'IA', 'Chine', 'santé', 'gouvernement', 'l’école', 'Macron', 'Europe', 'données');
/** A short French-looking sentence. */
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((ws) => `${ws.join(' ')}.`);
/** Any text: sentences, hostile fragments, and arbitrary Unicode (lone surrogates included). */
export const anyText = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: sentence },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 5 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 3 }) },
  ),
  { maxLength: 12 },
).map((parts) => parts.join(' '));

const lineEnd = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\u2028');

// ---------------------------------------------------------------------------------------------
// YAML front matter, written as text so that anchors, tags and odd scalars appear as a user
// would type them.

const YAML_SCALARS = [
  'null', '~', '', 'true', 'false', 'yes', 'no', 'on', '0', '-0', '42', '-1', '1e400', '-1e400', '.nan', '.inf', '-.inf', '0x1F', '0o17',
  '123456789012345678901234567890', '-98765432109876543210', '3.14', '2024', '2024-02', '2024-02-15', '2024-02-30', '2024-13-01', '0000-00-00',
  '2024-11-30T23:30:00-05:00', '2001-12-14t21:59:43.10-05:00', '2024-03-05 14:30', '3 mars 2024', '1er mai 2024', 'mardi 5 mars 2024',
  'le 5 mars 2024 à 14h30', 'mars 2024', '03/05/2024', '31 février 2024', 'le 3 mars',
  // Addresses (`slug`, `aliases`): an article's, the site's own, a climb out of the output, a file.
  '/articles/2024/02/le-titre/', '[/posts/a/, /posts/a]', '/sujets/', '/../../etc/passwd', '/a/b.html', '/css/', '[/, //x/]', 'Mon Slug Été',
  '!!binary R0lGODlhDAAMAIQAAP//9/X17unp5WZmZgAAAOfn515eXvPz7Y6OjuDg4J+fn5OTk6enp56enmlpaWNjY6Ojo4SEhP/++f/++f/++f/++f/++Q==',
  '!!str 12', '!!int "x"', '!!float abc', '!!timestamp 2024-01-01', '!!bool "oui"', '!!null ""', '!!set {a, b}', '!!omap [a: 1]',
  '!!js/function "function(){}"', '!!python/object:os.system ls', '!custom x', '*a', '*nowhere', '&a valeur', '&a [1, 2]', '<<: *a',
  '[]', '{}', '[a, [b, [c, [d]]]]', '{a: {b: {c: 1}}}', '"\\u0000\\ud800"', '|\n  bloc\n  littéral', '>\n  bloc\n  plié',
];

type Yaml = { scalar: string } | { list: Yaml[] } | { map: [string, Yaml][] };

const yamlKey = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PROTO_KEYS) },
  { weight: 3, arbitrary: fc.constantFrom(...KNOWN_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const yamlScalar: fc.Arbitrary<Yaml> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...YAML_SCALARS) },
  { weight: 2, arbitrary: anyText.map((t) => JSON.stringify(t)) },
  { weight: 1, arbitrary: sentence },
  { weight: 1, arbitrary: fc.constantFrom(`"${'très long '.repeat(800)}"`, `"${'x'.repeat(70_000)}"`) },
).map((scalar) => ({ scalar }));

const yamlValue: fc.Arbitrary<Yaml> = fc.letrec<{ value: Yaml }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: yamlScalar },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }).map((list) => ({ list })) },
    { weight: 1, arbitrary: fc.array(fc.tuple(yamlKey, tie('value')), { maxLength: 4 }).map((map) => ({ map })) },
  ),
})).value;

const keyText = (k: string) => (/^[A-Za-z_][\w-]*$/.test(k) ? k : JSON.stringify(k));

function emit(value: Yaml, indent: string): string {
  if ('scalar' in value) return ` ${value.scalar.replace(/\n/g, `\n${indent}  `)}`;
  if ('list' in value) return value.list.length ? value.list.map((v) => `\n${indent}-${emit(v, `${indent}  `)}`).join('') : ' []';
  return value.map.length ? value.map.map(([k, v]) => `\n${indent}${keyText(k)}:${emit(v, `${indent}  `)}`).join('') : ' {}';
}

/** Front matter text (the lines between the fences), sometimes not YAML at all. */
export const frontMatter = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.tuple(yamlKey, yamlValue), { maxLength: 10 }).map((entries) => entries.map(([k, v]) => `${keyText(k)}:${emit(v, '  ')}`).join('\n')) },
  { weight: 1, arbitrary: anyText },
  { weight: 1, arbitrary: fc.constant('a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ntitle: *d') },
);

/** What other site generators leave in a body (src/ingest/generator-marks.ts), whole or broken. */
const GENERATOR_MARKS = ['<!--more-->', '<!-- ouvert', '-->', '{{< figure src="x.jpg" >}}', '{{% note %}}', '{{% /note %}}', '{{< /x >}}', '{{<', '{% include x.html %}', '{% raw %}', '{% endraw %}', '[[Emmanuel Macron]]', '[[a|b]]', '![[photo.jpg]]', '[[', ']]'];

const markdownBody = fc.array(fc.oneof(anyText, sentence, fc.constantFrom('## Intertitre', '# Titre', '> '.repeat(120) + 'profond', '* * *', '| a | b |\n|---|---|\n| 1 | 2 |', ...GENERATOR_MARKS)), { maxLength: 8 })
  .chain((parts) => fc.array(lineEnd, { minLength: parts.length, maxLength: parts.length }).map((ends) => parts.map((p, i) => p + ends[i]).join('')));

/** TOML values, valid and not: impossible dates, tables, inline tables, multi-line and broken strings. */
const TOML_VALUES = ['"Un titre"', "'littéral'", '2024-02-30', '2024-03-15T14:30:00+01:00', '1979-05-27 07:32:00Z', '2024-03', 'true', '42', '["a", "b"]', '[1, [2, [3]]]',
  '{ a = 1 }', '"""\nmulti\nligne"""', '"non fermé', '[', 'x = y = z', '"\\u0000"', '0x2A', 'inf', 'nan'];
const tomlFrontMatter = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KNOWN_KEYS, ...PROTO_KEYS, '[params]', '[[a]]'), fc.string({ maxLength: 12 })), fc.constantFrom(...TOML_VALUES)), { maxLength: 8 })
  .map((entries) => entries.map(([k, v]) => (k.startsWith('[') ? k : `${keyText(k)} = ${v}`)).join('\n'));

/** A Markdown article: fence (sometimes `---js`, TOML's `+++`, or unclosed), front matter, body. */
export const markdownText = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('---', '---', '---', '---yaml', '---js', ''), frontMatter, fc.constantFrom('---', '---', '---', '...', ''), markdownBody) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('+++'), tomlFrontMatter, fc.constantFrom('+++', '+++', ''), markdownBody) },
).map(([open, fm, close, body]) => (open ? `${open}\n${fm}\n${close}\n${body}` : body));

/** Labelled lines a raw text may open with (src/ingest/labelled-header.ts). */
const LABELLED_LINES = ['Titre : Un titre', 'Date : 2024-03-15', 'Date : 2024-02-30', 'Auteur : Anne Dupont', 'Source : AFP', 'Mots-clés : a, b;;', 'Titre :', 'Lien : javascript:alert(1)', 'Chapô : <script>x</script>'];

/** A raw-text article: labelled lines or a title, date line, paragraphs, source, with any line endings. */
export const rawText = fc.tuple(
  fc.option(fc.oneof(anyText, fc.array(fc.constantFrom(...LABELLED_LINES), { minLength: 1, maxLength: 4 }).map((l) => l.join('\n')))),
  fc.option(fc.oneof(fc.constantFrom('2024', '2024-02', '2024-02-15', '3 mars 2024', '1er mai 2024', 'mars 2024', 'mardi 5 mars 2024', 'le 5 mars 2024 à 14h30', '03/05/2024', '2024-13', '0000'), anyText)),
  fc.array(anyText, { maxLength: 8 }),
  fc.option(anyText),
  lineEnd,
).map(([title, date, paragraphs, source, end]) => [
  ...(title !== null ? [title] : []),
  ...(date !== null ? [` date ${date} ${paragraphs[0] ?? ''}`] : []),
  ...paragraphs.slice(date !== null ? 1 : 0),
  ...(source !== null ? [`Source : ${source}`] : []),
].join(end));

/** Text to bytes, in an encoding a folder may hold. */
const encoded = (text: string) => fc.constantFrom<(t: string) => Uint8Array>(
  (t) => Buffer.from(t, 'utf8'),
  (t) => Buffer.from(t, 'utf8'),
  (t) => Buffer.from(t, 'utf8'),
  (t) => Buffer.from(`\ufeff${t}`, 'utf8'),
  (t) => Buffer.from(`\ufeff${t}`, 'utf16le'),
  (t) => Buffer.from(t, 'utf16le'),
  (t) => Buffer.from(`\ufeff${t}`, 'utf16le').swap16(),
  (t) => Buffer.from(t, 'utf16le').swap16(),
  (t) => Buffer.from(t, 'latin1'),
  // Double-encoded UTF-8 (mojibake).
  (t) => Buffer.from(Buffer.from(t, 'utf8').toString('latin1'), 'utf8'),
).map((encode) => encode(text));

/** One content file of any kind; `index` makes its name unique in a batch. */
export function contentFile(index: number): fc.Arbitrary<GeneratedFile> {
  const id = String(index).padStart(5, '0');
  return fc.oneof(
    { weight: 5, arbitrary: markdownText.chain(encoded).map((bytes) => ({ name: `f${id}.md`, bytes })) },
    { weight: 5, arbitrary: rawText.chain(encoded).map((bytes) => ({ name: `f${id}.txt`, bytes })) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 600 }).map((bytes) => ({ name: `f${id}.txt`, bytes })) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ name: `sous-dossier/f${id}.md`, bytes })) },
  );
}

/** A batch of `size` files with distinct names. */
export function contentBatch(size: number): fc.Arbitrary<GeneratedFile[]> {
  return fc.tuple(...Array.from({ length: size }, (_, i) => contentFile(i)));
}
