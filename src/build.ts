/**
 * The build: read content/, ingest, enrich, render with Eleventy into a temporary folder beside
 * `--out`, index with Pagefind, then swap the folder into place. A failed or killed build leaves
 * the previous site untouched (PITFALLS, "Eleventy: not atomic").
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listContent } from './content-files.ts';
import { buildArchive } from './enrich/archive.ts';
import { enrich, loadConfigFiles, CONFIG_FILES } from './enrich/index.ts';
import { ingestFile } from './ingest/index.ts';
import type { Archive, Article, Diagnostic, SiteOptions } from './model.ts';
import { entryOf, makeReport, type Report, type ReportEntry } from './report.ts';
import { indexSite } from './search/index.ts';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface BuildOptions {
  content: string;
  out: string;
  site: SiteOptions;
  strict: boolean;
  /** Build the Pagefind index (on by default). */
  search: boolean;
  /** Called at the start of each phase, for progress lines. */
  onPhase?: (phase: Phase, detail?: string) => void;
}

export type Phase = 'ingest' | 'enrich' | 'render' | 'search' | 'write';

export interface BuildResult {
  ok: boolean;
  /** Why nothing was written, when `ok` is false. */
  failure?: string;
  report: Report;
  timings: Partial<Record<Phase, number>>;
  pages: number;
  archive?: Archive;
}

export interface IngestedContent {
  articles: Article[];
  entries: ReportEntry[];
  configDiagnostics: Diagnostic[];
  config: ReturnType<typeof loadConfigFiles>;
}

/** Reads and ingests every file of the content folder; every file gets a report entry. */
export function ingestContent(contentDir: string): IngestedContent {
  const { files, skipped } = listContent(contentDir);
  const entries: ReportEntry[] = skipped.map((s) => ({ file: s.path, status: 'skipped', reason: s.reason, warnings: [], errors: [] }));
  const configTexts: Record<string, string> = {};
  const articles: Article[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    if (CONFIG_FILES.includes(f.path)) {
      configTexts[f.path] = readFileSync(f.absolute, 'utf8');
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(f.absolute);
    } catch (e) {
      entries.push({ file: f.path, status: 'rejected', warnings: [], errors: [{ message: `cannot read the file: ${(e as Error).message}` }] });
      continue;
    }
    const result = ingestFile(f.path, bytes);
    if (result.ok === 'skipped') {
      entries.push({ file: f.path, status: 'skipped', reason: result.reason, warnings: [], errors: [] });
      continue;
    }
    if (result.ok === false) {
      entries.push(entryOf(f.path, 'rejected', result.diagnostics));
      continue;
    }
    const hash = createHash('sha1').update(bytes).digest('hex');
    const twin = seen.get(hash);
    if (twin) {
      entries.push(entryOf(f.path, 'rejected', [{ id: 'duplicate-file', level: 'error', file: f.path, message: `same content as ${twin}, which is published; delete one of the two files` }]));
      continue;
    }
    seen.set(hash, f.path);
    const { article } = result;
    if (article.draft) {
      entries.push(entryOf(f.path, 'draft', article.diagnostics, { reason: 'draft: true in the front matter' }));
      continue;
    }
    articles.push(article);
  }
  const config = loadConfigFiles(configTexts);
  for (const path of Object.keys(configTexts)) {
    entries.push(entryOf(path, 'config', config.diagnostics.filter((d) => d.file === path)));
  }
  return { articles, entries, configDiagnostics: config.diagnostics, config };
}

function tempDirFor(out: string, tag: string): string {
  return join(dirname(out), `.${basename(out)}.${tag}-${process.pid}`);
}

async function render(archive: Archive, outDir: string): Promise<number> {
  const { default: Eleventy } = await import('@11ty/eleventy');
  const elev = new Eleventy(join(PROJECT_ROOT, 'templates/pages'), outDir, {
    quietMode: true,
    configPath: join(PROJECT_ROOT, '.eleventy.ts'),
    config(cfg: { addGlobalData(name: string, value: unknown): void }) {
      cfg.addGlobalData('archive', archive);
    },
  });
  const written = (await elev.write()) as unknown as [unknown[], unknown[]] | unknown[];
  const templates = Array.isArray(written[1]) ? written[1] : written;
  return Array.isArray(templates) ? templates.length : 0;
}

/** Runs the whole build. Never throws for bad content; throws only for broken machinery. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const timings: BuildResult['timings'] = {};
  const time = async <T>(phase: Phase, fn: () => T | Promise<T>): Promise<T> => {
    options.onPhase?.(phase);
    const start = performance.now();
    try {
      return await fn();
    } finally {
      timings[phase] = Math.round(performance.now() - start);
    }
  };

  const ingested = await time('ingest', () => ingestContent(options.content));
  const enriched = await time('enrich', () => {
    const result = enrich(ingested.articles, ingested.config);
    return { ...result, archive: buildArchive({ site: options.site, articles: result.articles, taxonomy: ingested.config.topics, related: result.related }) };
  });
  const urls = new Map(enriched.articles.map((a) => [a.sourceFile, a.url]));
  const entries = [
    ...ingested.entries,
    ...enriched.articles.map((a) => entryOf(a.sourceFile, 'published', a.diagnostics, { url: urls.get(a.sourceFile)! })),
  ];
  let report = makeReport(entries);
  const fail = (failure: string): BuildResult => ({ ok: false, failure, report, timings, pages: 0 });

  if (ingested.configDiagnostics.some((d) => d.level === 'error')) return fail('the taxonomy or gazetteer file has errors');
  if (options.strict && (report.counts.withWarnings > 0 || report.counts.rejected > 0)) {
    return fail('--strict: warnings or rejected files (listed above)');
  }

  const out = resolve(options.out);
  const tmp = tempDirFor(out, 'tmp');
  rmSync(tmp, { recursive: true, force: true });
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const pages = await time('render', () => render(enriched.archive, tmp));
    if (options.search) {
      const indexed = await time('search', () => indexSite(tmp));
      if (indexed.errors.length > 0) return fail(`search index: ${indexed.errors.join('; ')}`);
    }
    await time('write', () => {
      const old = tempDirFor(out, 'old');
      rmSync(old, { recursive: true, force: true });
      if (existsSync(out)) renameSync(out, old);
      renameSync(tmp, out);
      rmSync(old, { recursive: true, force: true });
    });
    report = makeReport(entries);
    return { ok: true, report, timings, pages, archive: enriched.archive };
  } catch (e) {
    cleanup();
    return fail(`build failed: ${(e as Error).stack ?? e}`);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
