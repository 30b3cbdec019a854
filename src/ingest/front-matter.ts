/**
 * Front matter, read safely (PITFALLS, "Front matter"): YAML between `---` lines (gray-matter
 * would `eval` a `---js` block: refused), and TOML between `+++` lines, as Hugo writes it (read
 * by smol-toml, which runs no code); timestamps stay text, aliases are bounded, nothing is cached.
 */
import matter from 'gray-matter';
import { parse as parseToml, TomlError } from 'smol-toml';
import YAML from 'yaml';
import { unclosedBracketLine, yamlProblem } from '../text/yaml-errors.ts';
import { simpleYaml } from './simple-yaml.ts';

/** `key: value` where a plain value holds « : » (a colon then a space), which YAML refuses. */
const SPACED_COLON = /^([\w-]+):[ \t]+([^"'[{|>&*!#\s][^#]*?\s:(?:\s.*)?)$/u;

/**
 * The line, at or before `stopped` (1-based), whose plain value holds a colon followed by a space, and that value.
 * @example spacedColonLine('layout: post\ntitle: Affaire Fillon : le PNF', 2) // { line: 2, key: 'title', value: 'Affaire Fillon : le PNF' }
 */
export function spacedColonLine(source: string, stopped: number): { line: number; key: string; value: string } | undefined {
  const lines = source.split('\n').slice(0, stopped);
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = SPACED_COLON.exec(lines[i]!.trimEnd());
    if (m) return { line: i + 1, key: m[1]!, value: m[2]!.trim() };
  }
  return undefined;
}

export type FrontMatterResult =
  | { ok: true; data: Record<string, unknown>; body: string; bodyStartLine: number; fieldLines: Record<string, number> }
  | { ok: false; line: number; message: string };

const OPEN = /^---[ \t]*([^\s-]*)[ \t]*$/;
/** Only `---` closes, as for gray-matter and Jekyll; YAML's own `...` end marker does not. */
const CLOSE = /^---[ \t]*$/;
/** Hugo's TOML front matter opens and closes with `+++`. */
const TOML_FENCE = /^\+\+\+[ \t]*$/;
/** Front matter is small; a bigger one is a mistake or an attack. */
const MAX_FRONT_MATTER_BYTES = 64 * 1024;
const MAX_ALIASES = 20;

class FrontMatterError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

function refuse(language: string): never {
  throw new FrontMatterError(`en-tête en « ${language} » refusé : seul l’en-tête YAML (---) est lu, les autres exécutent du code ; réécrivez-le en YAML`, 1);
}

/** 1-based line of the first `key: "value` whose quote is not closed on the same line. */
function unclosedQuoteLine(source: string): number | undefined {
  const index = source.split('\n').findIndex((l) => {
    const m = /^\s*[^\s:#][^:]*:\s+(["'])(.*)$/.exec(l);
    if (!m) return false;
    const body = m[1] === '"' ? m[2]!.replace(/\\./g, '') : m[2]!.replace(/''/g, '');
    return !body.includes(m[1]!);
  });
  return index >= 0 ? index + 1 : undefined;
}

/** A value that opens with a YAML tag (`title: !!js/function …`, `- !include x`): its tag, and the line (1-based). */
function yamlTag(source: string): { tag: string; line: number } | undefined {
  const lines = source.split('\n');
  for (const [i, l] of lines.entries()) {
    const m = /^\s*(?:[^\s:#"'][^:]*:|-)[ \t]+(![^\s]*)/.exec(l);
    if (m) return { tag: m[1]!, line: i + 1 };
  }
  return undefined;
}

function parseYaml(source: string): Record<string, unknown> {
  // A tag asks YAML for a type (`!!js/function`, `!!binary`): none is read, the value would be
  // taken for its text, tag included.
  const tagged = source.includes('!') ? yamlTag(source) : undefined;
  if (tagged) throw new FrontMatterError(`étiquette YAML « ${tagged.tag.slice(0, 40)} » refusée : l’en-tête ne lit que du texte, des nombres et des listes ; retirez-la, ou écrivez la valeur entre guillemets`, tagged.line);
  // Most front matters are one `key: value` a line: read at once (./simple-yaml.ts).
  const simple = simpleYaml(source);
  if (simple) return simple;
  const doc = YAML.parseDocument(source, { schema: 'core', uniqueKeys: true, prettyErrors: true });
  const err = doc.errors[0];
  if (err) {
    // YAML errors point where parsing stopped, often after the real mistake (an unclosed quote):
    // point at the line that opens a quote it never closes when there is one.
    // gray-matter hands over the text after the opening `---`, so line n here is line n of the file.
    const stopped = err.linePos?.[0]?.line ?? 1;
    const bracket = unclosedBracketLine(source, stopped);
    if (bracket) throw new FrontMatterError(`en-tête YAML invalide : le crochet ouvert sur cette ligne n’est jamais fermé (lecture arrêtée ligne ${stopped}) ; fermez-le, par exemple topics: [politique, santé]`, bracket);
    const line = (/quote/i.test(err.message) ? unclosedQuoteLine(source) : undefined) ?? stopped;
    // `title: Affaire Fillon : le PNF…`: French typography's space before a colon makes YAML read a second key.
    const colon = spacedColonLine(source, line);
    if (colon) throw new FrontMatterError(`en-tête YAML invalide : la valeur de « ${colon.key} » contient « : » (deux-points suivis d’une espace), que YAML lit comme une nouvelle clé ; mettez-la entre guillemets : ${colon.key}: "${colon.value.slice(0, 60)}${colon.value.length > 60 ? '…' : ''}"`, colon.line);
    const what = err.code === 'MULTIPLE_DOCS'
      ? 'une ligne « ... » ou « --- » termine l’en-tête trop tôt'
      : yamlProblem(err.code);
    throw new FrontMatterError(`en-tête YAML invalide (${what}) ; vérifiez les guillemets et l’indentation de cette ligne et des lignes au-dessus`, line);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    throw new FrontMatterError(`en-tête YAML refusé (${(e as Error).message.slice(0, 120)}) ; retirez les ancres (&) et les alias (*)`, 2);
  }
  if (value === null || value === undefined) return Object.create(null) as Record<string, unknown>;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new FrontMatterError('l’en-tête doit être fait de lignes « clé: valeur », pas d’une liste ni d’une valeur seule ; écrivez une clé: valeur par ligne', 2);
  }
  return ownFields(value as Record<string, unknown>);
}

/**
 * The own keys of a parsed map in a fresh object without a prototype: a key named `constructor`,
 * `toString` or `__proto__` is then just a key, and a missing key reads as undefined, never as an
 * inherited function (issue 11: a function reached a worker message and failed the build).
 * @example ownFields(JSON.parse('{"__proto__": 1}'))['__proto__'] // 1
 */
export function ownFields(value: Record<string, unknown>): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) out[key] = value[key];
  return out;
}

/** Line (1-based, in the file) of each top-level key of the front matter (`key:` in YAML, `key =` in TOML, before its first table). */
function keyLines(lines: string[], toml = false): Record<string, number> {
  // No prototype: `constructor` would otherwise be found "in" it and read back as a function.
  const out = Object.create(null) as Record<string, number>;
  const key = toml ? /^\s*([A-Za-z_][\w-]*)\s*=/ : /^([A-Za-z_][\w-]*)\s*:/;
  for (const [i, l] of lines.entries()) {
    if (toml && /^\s*\[/.test(l)) break;
    const m = key.exec(l);
    if (m && out[m[1]!] === undefined) out[m[1]!] = i + 2;
  }
  return out;
}

/** A front matter's block read: its data, and the line (in the file) of each top-level key. */
type BlockRead = { data: Record<string, unknown>; fieldLines: Record<string, number> };

/**
 * A TOML front matter's lines (between the `+++` lines) read. smol-toml reads a date
 * (`date = 2023-05-02`) as a JavaScript Date, which moves an impossible one (`2023-02-30` becomes
 * 2 March) and drops the offset of a time: a top-level key's date is taken as written on its line
 * instead, as YAML's dates are; a date deeper down, which Kiosque does not read, as its ISO text.
 */
function parseTomlBlock(lines: string[]): BlockRead {
  let value: Record<string, unknown>;
  try {
    value = parseToml(lines.join('\n')) as Record<string, unknown>;
  } catch (e) {
    // smol-toml says what is wrong in English: the line it stopped at is what the editor needs.
    throw new FrontMatterError('en-tête TOML invalide ; vérifiez les guillemets, les crochets et les « = » de cette ligne et des lignes au-dessus', e instanceof TomlError ? e.line + 1 : 2);
  }
  const at = keyLines(lines, true);
  const asText = (v: unknown): unknown => (v instanceof Date ? v.toISOString() : Array.isArray(v) ? v.map(asText) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asText(x)])) : v);
  const out = Object.create(null) as Record<string, unknown>;
  for (const [key, v] of Object.entries(value)) {
    const written = v instanceof Date && at[key] !== undefined ? /=\s*([^#]*?)\s*(?:#.*)?$/u.exec(lines[at[key]! - 2]!)?.[1] : undefined;
    out[key] = written || asText(v);
  }
  return { data: out, fieldLines: at };
}

/** A YAML front matter's lines read as data, through gray-matter with every engine that runs code refused. */
function parseYamlBlock(lines: string[]): BlockRead {
  // gray-matter gets only the block delimited by `fencedBlock`: its own search for the closing
  // fence (`\n---`) would also stop at a `----` or `--- x` line. An options object, so it does not
  // cache (its cache hands back shared, mutated objects).
  const file = matter(`---\n${lines.join('\n')}\n---\n`, {
    language: 'yaml',
    engines: {
      yaml: { parse: parseYaml, stringify: () => '' },
      js: { parse: () => refuse('js'), stringify: () => '' },
      javascript: { parse: () => refuse('javascript'), stringify: () => '' },
      json: { parse: () => refuse('json'), stringify: () => '' },
    },
  });
  return { data: ownFields(file.data), fieldLines: keyLines(lines) };
}

/**
 * The front matter that opens `lines` between a first line and the next line matching `close`
 * (`fence` as written), read by `parse`: the same limits and messages for YAML and TOML.
 */
function fencedBlock(lines: string[], close: RegExp, fence: string, parse: (block: string[]) => BlockRead): FrontMatterResult {
  const closeIndex = lines.findIndex((l, i) => i > 0 && close.test(l));
  if (closeIndex < 0) {
    // YAML's end marker, as Pandoc writes it: the line to change, not a line to add.
    const dots = fence === '---' ? lines.findIndex((l, i) => i > 0 && /^\.\.\.[ \t]*$/.test(l)) : -1;
    if (dots > 0) return { ok: false, line: dots + 1, message: `l’en-tête ouvert par --- à la ligne 1 n’est pas fermé : « ... » (la fin de document YAML, écrite par Pandoc) ne le ferme pas ici ; remplacez cette ligne par ---` };
    return { ok: false, line: 1, message: `l’en-tête ouvert par ${fence} à la ligne 1 n’est jamais fermé ; ajoutez une ligne ${fence} après la dernière clé` };
  }
  const block = lines.slice(1, closeIndex);
  if (Buffer.byteLength(block.join('\n')) > MAX_FRONT_MATTER_BYTES) {
    return { ok: false, line: 1, message: `en-tête de plus de ${MAX_FRONT_MATTER_BYTES / 1024} Ko ; gardez-le à quelques clés` };
  }
  try {
    return { ok: true, ...parse(block), body: lines.slice(closeIndex + 1).join('\n'), bodyStartLine: closeIndex + 2 };
  } catch (e) {
    if (e instanceof FrontMatterError) return { ok: false, line: e.line, message: e.message };
    return { ok: false, line: 1, message: `en-tête illisible (${(e as Error).message.slice(0, 120)}) ; vérifiez sa syntaxe` };
  }
}

/**
 * Splits and parses front matter, YAML (`---`) or TOML (`+++`).
 * @example readFrontMatter('---\ntitle: Bonjour\n---\nTexte').data // { title: 'Bonjour' }
 * @example readFrontMatter('+++\ntitle = "Bonjour"\n+++\nTexte').data // { title: 'Bonjour' }
 */
export function readFrontMatter(text: string): FrontMatterResult {
  const lines = text.split('\n');
  if (TOML_FENCE.test(lines[0] ?? '')) return fencedBlock(lines, TOML_FENCE, '+++', parseTomlBlock);
  const open = OPEN.exec(lines[0] ?? '');
  if (!open) return { ok: true, data: Object.create(null) as Record<string, unknown>, body: text, bodyStartLine: 1, fieldLines: Object.create(null) as Record<string, number> };
  const language = open[1]?.toLowerCase() ?? '';
  if (language && language !== 'yaml' && language !== 'yml') {
    return { ok: false, line: 1, message: `en-tête en « ${language} » refusé : seul l’en-tête YAML (---) est lu, les autres exécutent du code ; réécrivez-le en YAML` };
  }
  return fencedBlock(lines, CLOSE, '---', parseYamlBlock);
}
