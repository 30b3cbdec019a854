/** Helpers for tests that read the project's content or ingest bytes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile } from '../../src/ingest/index.ts';
import type { Article, Diagnostic } from '../../src/model.ts';
import { PROJECT_ROOT as ROOT } from '../../src/paths.ts';
export { PROJECT_ROOT as ROOT } from '../../src/paths.ts';

export const CONTENT = join(ROOT, 'content');

const utf8 = new TextEncoder();

/** Ingests text (or bytes) that must give an article; fails the test otherwise. */
export function article(path: string, input: string | Uint8Array): Article {
  const r = ingestFile(path, typeof input === 'string' ? utf8.encode(input) : input);
  if (r.ok !== true) throw new Error(`${path} was not published: ${JSON.stringify(r)}`);
  return r.article;
}

/** Ingests text that must be rejected; returns its diagnostics. */
export function rejected(path: string, input: string | Uint8Array): Diagnostic[] {
  const r = ingestFile(path, typeof input === 'string' ? utf8.encode(input) : input);
  if (r.ok !== false) throw new Error(`${path} was not rejected: ${JSON.stringify(r)}`);
  return r.diagnostics;
}

export function seed(name: string): Article {
  return article(name, readFileSync(join(CONTENT, name)));
}

export function headings(a: Article): string[] {
  return a.sections.flatMap((s) => (s.heading ? [s.heading] : []));
}

export function allParagraphs(a: Article): string[] {
  return [a.lede, ...a.sections.flatMap((s) => s.paragraphs)];
}
