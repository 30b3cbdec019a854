/**
 * The front matter most files have, read without a YAML parser: one `key: value` a line, where a
 * value is a quoted string, a word-led plain text, a whole number, an ISO date or a list of
 * quoted strings in brackets, and a key alone may open a list of such values (`  - value`). The `yaml` package takes about 0.14 ms a
 * front matter, a quarter of the time to read a Markdown file; this takes a few microseconds.
 * Anything else, or anything YAML would read another way (`true`, `null`, `0x1F`, `.inf`, a `#`,
 * an anchor, a tab, a repeated key…), returns undefined and goes to the `yaml` package, which
 * also gives every error message. tests/unit/ingest/simple-yaml.test.ts checks that both read
 * the same on generated front matters. Pure.
 */

/** A key: a word, and no word YAML reads as a value (`null: x` has the key ""). */
const KEY = /^[A-Za-z_][\w-]*$/;
/** Plain values YAML's core schema reads as booleans or null (and YAML 1.1's, to be safe). */
const RESERVED = /^(?:null|true|false|y|n|yes|no|on|off)$/i;
/** A plain value that stays text: led by a letter, without `: `, ` #`, a trailing `:` or space. */
const PLAIN_TEXT = /^\p{L}(?:[^:#]|:(?=\S))*$/u;
/** Whole numbers as YAML's core schema reads them: decimal digits, no sign. */
const WHOLE = /^\d{1,15}$/;
/** Dates and date-times that stay text (the core schema has no timestamps). */
const ISO_DATE = /^\d{4}-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?$/;
/** A double-quoted value whose escapes JSON reads the same way, and a single-quoted one. */
const DQ = `"(?:[^"\\\\]|\\\\["\\\\/bfnrt]|\\\\u[0-9A-Fa-f]{4})*"`;
const SQ = "'(?:[^']|'')*'";
const QUOTED = `${DQ}|${SQ}`;
const DOUBLE_QUOTED = new RegExp(`^${DQ}$`);
const SINGLE_QUOTED = new RegExp(`^${SQ}$`);
/** `["Culture", 'Société']`: quoted strings in brackets, separated by commas. */
const QUOTED_LIST = new RegExp(`^\\[ *(?:(?:${QUOTED}) *(?:, *(?:${QUOTED}) *)*)?\\]$`);
const QUOTED_ITEM = new RegExp(QUOTED, 'g');
/** What sends a front matter to the full parser at once: tabs, carriage returns, control characters. */
const UNUSUAL = /[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]/;

/**
 * A value as YAML's core schema reads it, when it is one this module knows; undefined otherwise.
 * @example scalar('"Bonjour"') // 'Bonjour'
 * @example scalar('2024') // 2024
 * @example scalar('["Culture", \'Société\']') // ['Culture', 'Société']
 * @example scalar('true') // undefined
 */
function scalar(text: string): string | number | string[] | undefined {
  if (DOUBLE_QUOTED.test(text)) return JSON.parse(text) as string;
  if (QUOTED_LIST.test(text)) return [...text.matchAll(QUOTED_ITEM)].map((m) => scalar(m[0]) as string);
  if (SINGLE_QUOTED.test(text)) return text.slice(1, -1).replace(/''/g, "'");
  if (WHOLE.test(text)) return Number(text);
  if (ISO_DATE.test(text)) return text;
  if (PLAIN_TEXT.test(text) && !RESERVED.test(text)) return text;
  return undefined;
}

/**
 * The fields of a simple front matter (see above), or undefined when it is not one.
 * @example simpleYaml('title: "Bonjour"\ndate: 2024-02-03\ntags:\n  - a\n  - b') // { title: 'Bonjour', date: '2024-02-03', tags: ['a', 'b'] }
 * @example simpleYaml('title: &a x') // undefined
 */
export function simpleYaml(source: string): Record<string, unknown> | undefined {
  if (UNUSUAL.test(source)) return undefined;
  const out = Object.create(null) as Record<string, unknown>;
  let list: unknown[] | undefined;
  let listIndent: number | undefined;
  /** Keys written alone: null, unless list items follow. */
  const alone = new Set<string>();
  for (const line of source.split('\n')) {
    if (line.trim() === '') continue;
    const item = /^( *)- (.*?) *$/.exec(line);
    if (item) {
      if (!list || (listIndent !== undefined && item[1]!.length !== listIndent)) return undefined;
      listIndent = item[1]!.length;
      const value = scalar(item[2]!);
      if (value === undefined) return undefined;
      list.push(value);
      continue;
    }
    const field = /^([^ :]+):(?: +(.*?))? *$/.exec(line);
    if (!field || !KEY.test(field[1]!) || RESERVED.test(field[1]!) || Object.hasOwn(out, field[1]!)) return undefined;
    list = undefined;
    listIndent = undefined;
    if (field[2] === undefined || field[2] === '') {
      // A key alone: null, unless list items follow.
      list = [];
      out[field[1]!] = list;
      alone.add(field[1]!);
      continue;
    }
    const value = scalar(field[2]);
    if (value === undefined) return undefined;
    out[field[1]!] = value;
  }
  // A key alone with no items is null, as in YAML.
  for (const key of alone) if ((out[key] as unknown[]).length === 0) out[key] = null;
  return out;
}
