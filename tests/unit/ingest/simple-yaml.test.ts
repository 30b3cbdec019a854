/**
 * The quick reader of simple front matters (src/ingest/simple-yaml.ts) must read exactly what
 * the `yaml` package reads, or leave the front matter to it: checked on generated front matters
 * that mix what it knows with what it must leave (YAML's booleans, nulls, numbers in other
 * bases, anchors, tags, comments, flow lists, nested maps, odd indentation, control characters).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import YAML from 'yaml';
import { simpleYaml } from '../../../src/ingest/simple-yaml.ts';

/** What the `yaml` package reads, as the front-matter reader calls it; undefined on an error. */
function yamlReads(source: string): unknown {
  const doc = YAML.parseDocument(source, { schema: 'core', uniqueKeys: true });
  if (doc.errors.length) return undefined;
  return doc.toJS() ?? {};
}

const values = fc.oneof(
  fc.constantFrom(
    '"Bonjour"', '"l’IA « fait » peur"', '"a\\"b"', '"a\\\\b"', '"\\u00e9t\\u00e9"', '"a\\tb"', '"a\\x41"', '"a\\/b"', '"# pas un commentaire"', '"unterminated',
    "'single'", "'it''s'", "'x", 'Bonjour', 'Le Monde', 'Orange Auto', 'l’IA', 'it\'s', 'Marks & Spencer', 'Wow !', 'a: b', 'a:b', 'https://x.example/a?b=1&c=2',
    'a # comment', 'a#b', 'Été', 'true', 'True', 'FALSE', 'null', 'Null', '~', 'yes', 'No', 'on', 'y', '0', '014', '2024', '-5', '+12', '0x1F', '0o14', '0b101',
    '1_000', '1e3', '1.5', '.5', '.inf', '-.Inf', '.NaN', '12:30', '2024-02', '2024-02-30', '2024-02-03T10:00:00+01:00', '2024-02-03 10:00', '123456789012345678',
    '[a, b]', '[]', '{}', '{a: 1}', '&a x', '*a', '!!str x', '!x', '@x', '`x`', '|', '>', '|\n  ligne', '?', '- x', '', ' ', 'a\tb', 'a\u0001b', 'a\u2028b',
  ),
  fc.string({ maxLength: 10 }),
);
const keys = fc.oneof(fc.constantFrom('title', 'date', 'tags', 'source', 'a', 'b', '1', 'null', 'true', 'No', '"q"', 'é', 'a b', 'a:b', '_x', 'x-y', ' title', 'title '), fc.stringMatching(/^[a-z][a-z_]{0,5}$/));
const indents = fc.constantFrom('', ' ', '  ', '    ', '\t');
/** Values and keys of the kind most front matters hold, so that many generated ones are simple. */
const usual = fc.constantFrom('["Culture"]', '["High-tech", \'Société\']', '[ "a" ,"b" ]', '[]', '["a",]', '["a" "b"]', '[a, "b"]', '"Bonjour"', '"l’IA « fait » peur"', "'it''s'", 'Le Monde', 'l’IA', 'Marks & Spencer', 'Wow !', 'https://x.example/a', '2024', '014', '2024-02-03', '2024-02', '2024-02-03T10:00:00+01:00', 'Été', 'a:b');
const usualKeys = fc.constantFrom('title', 'date', 'tags', 'source', 'category', 'x-y', '_z');
const lines = fc.oneof(
  { arbitrary: fc.tuple(usualKeys, usual).map(([k, v]) => `${k}: ${v}`), weight: 6 },
  { arbitrary: fc.tuple(usualKeys, fc.constantFrom('', '  '), fc.array(usual, { maxLength: 3 })).map(([k, i, vs]) => [`${k}:`, ...vs.map((v) => `${i}- ${v}`)].join('\n')), weight: 2 },
  fc.tuple(keys, values).map(([k, v]) => `${k}: ${v}`),
  fc.tuple(keys, values).map(([k, v]) => `${k}:${v}`),
  fc.tuple(keys, indents, fc.array(values, { maxLength: 3 })).map(([k, i, vs]) => [`${k}:`, ...vs.map((v) => `${i}- ${v}`)].join('\n')),
  fc.tuple(keys, keys, values).map(([k, k2, v]) => `${k}:\n  ${k2}: ${v}`),
  fc.tuple(indents, values).map(([i, v]) => `${i}- ${v}`),
  fc.constantFrom('# commentaire', '', '  ', '...', '---', '%YAML 1.2', 'ligne seule', 'title: "x" # c', 'title: x  ', 'title:   "x"   ', 'a:\r'),
);

test('a front matter read quickly is read as the yaml package reads it', () => {
  let quick = 0;
  fc.assert(fc.property(fc.array(lines, { minLength: 1, maxLength: 6 }), (parts) => {
    const source = parts.join('\n');
    const read = simpleYaml(source);
    if (read === undefined) return;
    quick++;
    assert.deepEqual({ ...read }, yamlReads(source), JSON.stringify(source));
  }), { numRuns: 5000 });
  assert.ok(quick > 500, `only ${quick} generated front matters were simple: the check would prove little`);
});

test('what most articles have is read quickly; what YAML reads otherwise is left to it', () => {
  assert.deepEqual({ ...simpleYaml('title: "De Tomaso SLC"\ndate: 2011-02-17\nsource: "Orange Auto"\ncategory: Auto\nyear: 2011\ntags:\n  - Auto\n  - \'Italie\'\ntopics: ["High-tech", "Culture"]\nnone: []\nempty:') }, {
    title: 'De Tomaso SLC', date: '2011-02-17', source: 'Orange Auto', category: 'Auto', year: 2011, tags: ['Auto', 'Italie'], topics: ['High-tech', 'Culture'], none: [], empty: null,
  });
  for (const other of ['draft: true', 'title: ~', 'n: 0x1F', 'title: &a x', 'title: x # c', 'a: 1\na: 2', 'null: x', 'a:\n  b: c', '\ttitle: x', 'title: "a\\x41"', '- x', '# c']) {
    assert.equal(simpleYaml(other), undefined, other);
  }
});
