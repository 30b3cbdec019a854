/**
 * Deterministic samples of the OrangeSum corpus for labelled evaluations: articles are ordered
 * by SHA-256 of `salt:id` and the first `n` are taken, so a sample is reproducible without
 * storing the corpus, and two salts give two independent samples.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/model.ts';
import { ingestFile } from '../../src/ingest/index.ts';
import { DEFAULT_CORPUS as CORPUS } from '../bench/corpus.ts';


export interface ManifestEntry {
  id: string;
  file_md: string;
  file_txt: string;
  title: string;
  date: string;
}

/** The corpus manifest, or undefined when the corpus is absent. */
export function readManifest(corpus = CORPUS): ManifestEntry[] | undefined {
  const path = join(corpus, 'manifest.jsonl');
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ManifestEntry);
}

/** The first `n` entries by SHA-256 of `salt:id`, skipping ids in `exclude`. */
export function drawSample(manifest: readonly ManifestEntry[], salt: string, n: number, exclude: ReadonlySet<string> = new Set()): ManifestEntry[] {
  const key = (id: string): string => createHash('sha256').update(`${salt}:${id}`).digest('hex');
  return manifest
    .filter((m) => !exclude.has(m.id))
    .map((m) => ({ m, k: key(m.id) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .slice(0, n)
    .map(({ m }) => m);
}

/** Ingests one corpus article from its Markdown file. */
export function loadArticle(entry: ManifestEntry, corpus = CORPUS): Article {
  const result = ingestFile(entry.file_md, readFileSync(join(corpus, entry.file_md)));
  if (result.ok !== true) throw new Error(`cannot ingest ${entry.file_md}`);
  return result.article;
}

/** Title, lede and body text of an article, as enrichment reads them. */
export function articleDoc(a: Article): { title: string; lede: string; body: string } {
  return { title: a.title, lede: a.lede, body: a.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs]).join('\n') };
}
