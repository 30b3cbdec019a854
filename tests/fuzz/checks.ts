/**
 * What must hold after a real build of generated files (issue 11): the site was written, every
 * file is in the report, and no input text reached HTML, XML, JSON-LD or a search record
 * unescaped (the CANARY tag never appears as a tag).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Archive } from '../../src/model.ts';
import type { Report } from '../../src/build/report.ts';
import { articleRecord } from '../../src/search/records.ts';
import { xmlProblems } from '../bad/xml.ts';
import type { GeneratedFile } from './arbitraries.ts';

/** The canary as it would appear if it were not escaped: the start of a real tag. */
const RAW_CANARY = '<kq-canari';

/** Writes the files of a batch under `dir`. */
export function writeBatch(dir: string, files: GeneratedFile[]): void {
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.name)), { recursive: true });
    writeFileSync(join(dir, f.name), f.bytes);
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/**
 * Problems of a built batch, empty when everything holds. `archive` (from an in-process build)
 * adds the check of the search records.
 */
export function batchProblems(files: GeneratedFile[], report: Report, outDir: string, archive?: Archive): string[] {
  const problems: string[] = [];
  const listed = new Set(report.inputs.map((i) => i.file));
  for (const f of files) if (!listed.has(f.name)) problems.push(`${f.name}: missing from the report`);
  if (report.inputs.length !== files.length) problems.push(`report has ${report.inputs.length} entries for ${files.length} files`);
  for (const i of report.inputs) {
    for (const d of [...i.errors, ...i.warnings]) {
      if (d.line !== undefined && !(Number.isInteger(d.line) && d.line >= 1)) problems.push(`${i.file}: line ${String(d.line)} is not a line number`);
    }
  }
  for (const path of walk(outDir)) {
    const rel = relative(outDir, path).split(sep).join('/');
    if (rel.startsWith('pagefind/') || !/\.(html|xml|json)$/.test(rel)) continue;
    const text = readFileSync(path, 'utf8');
    // JSON holds text as text (a JSON Feed title is not HTML): only its `*_html` fields are markup.
    if (!rel.endsWith('.json') && text.includes(RAW_CANARY)) problems.push(`${rel}: input markup reached the output unescaped`);
    if (rel.endsWith('.xml')) problems.push(...xmlProblems(text).map((p) => `${rel}: ${p}`));
    if (rel.endsWith('.json')) {
      try {
        const html: string[] = [];
        JSON.parse(text, (key, value: unknown) => {
          if (key.endsWith('_html') && typeof value === 'string') html.push(value);
          return value;
        });
        if (html.some((h) => h.includes(RAW_CANARY))) problems.push(`${rel}: input markup in an *_html field`);
      } catch (e) {
        problems.push(`${rel}: ${(e as Error).message}`);
      }
    }
    if (rel.endsWith('.html')) {
      for (const m of text.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        if (/[<>]/.test(m[1]!)) problems.push(`${rel}: < or > inside the JSON-LD`);
        try {
          JSON.parse(m[1]!);
        } catch (e) {
          problems.push(`${rel}: JSON-LD does not parse (${(e as Error).message})`);
        }
      }
    }
  }
  for (const a of archive?.articles ?? []) {
    if (articleRecord(a).html.includes(RAW_CANARY)) problems.push(`${a.sourceFile}: input markup in its search record`);
  }
  return problems;
}
