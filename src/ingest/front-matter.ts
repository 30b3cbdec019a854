/**
 * YAML front matter, read safely (PITFALLS, "Front matter"): only YAML is accepted (gray-matter
 * would `eval` a `---js` block), timestamps stay text, aliases are bounded, nothing is cached.
 */
import matter from 'gray-matter';
import YAML from 'yaml';

export type FrontMatterResult =
  | { ok: true; data: Record<string, unknown>; body: string; bodyStartLine: number; fieldLines: Record<string, number> }
  | { ok: false; line: number; message: string };

const OPEN = /^---[ \t]*([^\s-]*)[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** Front matter is small; a bigger one is a mistake or an attack. */
const MAX_FRONT_MATTER_BYTES = 64 * 1024;
const MAX_ALIASES = 20;

class FrontMatterError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

function refuse(language: string): never {
  throw new FrontMatterError(`front matter in "${language}" is refused: only YAML front matter (---) is read, because other engines run code; rewrite it as YAML`, 1);
}

function parseYaml(source: string): Record<string, unknown> {
  const doc = YAML.parseDocument(source, { schema: 'core', uniqueKeys: true, prettyErrors: true });
  const err = doc.errors[0];
  if (err) {
    // YAML errors point where parsing stopped, often after the real mistake (an unclosed quote).
    const line = (err.linePos?.[0]?.line ?? 1) + 1;
    throw new FrontMatterError(`invalid YAML front matter: ${err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}; check quotes and indentation on this line and the lines above it`, line);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    throw new FrontMatterError(`YAML front matter refused: ${(e as Error).message}; remove the anchors (&) and aliases (*)`, 2);
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new FrontMatterError('front matter must be a list of "key: value" lines', 2);
  }
  return value as Record<string, unknown>;
}

/** Line (1-based, in the file) of each top-level key of the front matter. */
function keyLines(lines: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  lines.forEach((l, i) => {
    const m = /^([A-Za-z_][\w-]*)\s*:/.exec(l);
    if (m && !(m[1]! in out)) out[m[1]!] = i + 2;
  });
  return out;
}

/** The text opens with a front-matter fence (`---`, or `---lang`). */
export function hasFrontMatter(text: string): boolean {
  const first = text.slice(0, text.indexOf('\n') >>> 0);
  return OPEN.test(first);
}

/**
 * Splits and parses front matter.
 * @example readFrontMatter('---\ntitle: Bonjour\n---\nTexte').data // { title: 'Bonjour' }
 */
export function readFrontMatter(text: string): FrontMatterResult {
  const lines = text.split('\n');
  const open = OPEN.exec(lines[0] ?? '');
  if (!open) return { ok: true, data: {}, body: text, bodyStartLine: 1, fieldLines: {} };
  const language = open[1]?.toLowerCase() ?? '';
  if (language && language !== 'yaml' && language !== 'yml') {
    return { ok: false, line: 1, message: `front matter in "${language}" is refused: only YAML front matter (---) is read, because other engines run code; rewrite it as YAML` };
  }
  const closeIndex = lines.findIndex((l, i) => i > 0 && CLOSE.test(l));
  if (closeIndex < 0) {
    return { ok: false, line: 1, message: 'front matter opened with --- on line 1 is never closed; add a line with --- after the last key' };
  }
  const yamlText = lines.slice(1, closeIndex).join('\n');
  if (Buffer.byteLength(yamlText) > MAX_FRONT_MATTER_BYTES) {
    return { ok: false, line: 1, message: `front matter is larger than ${MAX_FRONT_MATTER_BYTES / 1024} KB; keep it to a few keys` };
  }
  try {
    // An options object, so gray-matter does not cache (its cache hands back shared, mutated objects).
    const file = matter(text, {
      language: 'yaml',
      engines: {
        yaml: { parse: parseYaml, stringify: () => '' },
        js: { parse: () => refuse('js'), stringify: () => '' },
        javascript: { parse: () => refuse('javascript'), stringify: () => '' },
        json: { parse: () => refuse('json'), stringify: () => '' },
      },
    });
    return { ok: true, data: file.data, body: file.content, bodyStartLine: closeIndex + 2, fieldLines: keyLines(lines.slice(1, closeIndex)) };
  } catch (e) {
    if (e instanceof FrontMatterError) return { ok: false, line: e.line, message: e.message };
    return { ok: false, line: 1, message: `front matter could not be read: ${(e as Error).message}` };
  }
}
