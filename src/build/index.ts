/**
 * The build: read content/, ingest, enrich, render with Eleventy into a temporary folder beside
 * `--out`, index with Pagefind, then swap the folder into place. A failed or killed build leaves
 * the previous site untouched (PITFALLS, "Eleventy: not atomic").
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { listContent } from '../ingest/content-files.ts';
import { buildArchive } from '../enrich/archive.ts';
import { BUILT_IN_DIR, CONFIG_FILES, enrich, loadKnowledge, type EnrichConfig } from '../enrich/index.ts';
import { ingestFile, sizeProblem, skipReason } from '../ingest/index.ts';
import { isSafeSitePath } from '../ingest/slug.ts';
import { errorText, plainData, setApart } from './isolate.ts';
import type { Archive, Article, Diagnostic, IngestResult, SiteOptions } from '../model.ts';
import { renderSite } from '../site/render.ts';
import { entryOf, makeReport, type Report, type ReportEntry } from './report.ts';
import { indexSiteInWorker } from './search-worker.ts';
import { PROJECT_ROOT } from '../paths.ts';


export interface BuildOptions {
  content: string;
  out: string;
  site: SiteOptions;
  strict: boolean;
  /** Build the Pagefind index (on by default). */
  search: boolean;
  /** Called at the start of each phase, for progress lines. */
  onPhase?: (phase: Phase, detail?: string) => void;
  /** Called as files are read (ingest) and pages written (render): done so far, expected total. */
  onProgress?: (phase: Phase, done: number, total: number) => void;
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
  config: EnrichConfig;
}

/**
 * The texts of Kiosque's built-in taxonomy and gazetteer (src/enrich/knowledge/), by file name.
 * @example Object.keys(readBuiltInKnowledge()) // ['sujets.yml', 'entites.yml']
 */
export function readBuiltInKnowledge(): Record<string, string> {
  return Object.fromEntries(CONFIG_FILES.flatMap((name) => {
    const path = join(PROJECT_ROOT, BUILT_IN_DIR, name);
    return existsSync(path) ? [[name, readFileSync(path, 'utf8')]] : [];
  }));
}

/**
 * Reads and ingests every file of the content folder; every file gets a report entry.
 * @example ingestContent('content').articles.length // 5 on the seeds
 */
export function ingestContent(contentDir: string, onFile?: (done: number, total: number) => void): IngestedContent {
  const { files, skipped, broken } = listContent(contentDir);
  const entries: ReportEntry[] = [
    ...skipped.map((s): ReportEntry => ({ file: s.path, status: 'skipped', reason: s.reason, warnings: [], errors: [] })),
    ...broken.map((s) => entryOf(s.path, 'rejected', [{ id: 'link-broken', level: 'error', file: s.path, message: s.reason }])),
  ];
  const configTexts: Record<string, string> = {};
  const articles: Article[] = [];
  const seen = new Map<string, string>();
  const ids = new Set<string>();
  for (const [i, f] of files.entries()) {
    onFile?.(i + 1, files.length);
    if (CONFIG_FILES.includes(f.path)) {
      configTexts[f.path] = readFileSync(f.absolute, 'utf8');
      continue;
    }
    const skip = skipReason(f.path);
    if (skip) {
      entries.push({ file: f.path, status: 'skipped', reason: skip, warnings: [], errors: [] });
      continue;
    }
    if (f.badName) {
      entries.push(entryOf(f.path, 'rejected', [{ id: 'file-name-invalid', level: 'error', file: f.path, message: 'nom de fichier qui n’est pas en UTF-8 (montré ici avec U+FFFD) : fichier illisible ; renommez-le' }]));
      continue;
    }
    // Refused before reading: a huge file would cost its size in memory first.
    const tooLarge = sizeProblem(f.path, f.size);
    if (tooLarge) {
      entries.push(entryOf(f.path, 'rejected', [tooLarge]));
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(f.absolute);
    } catch (e) {
      entries.push(entryOf(f.path, 'rejected', [{ id: 'unreadable', level: 'error', file: f.path, message: `fichier illisible (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}) ; vérifiez ses droits` }]));
      continue;
    }
    const result = ingestIsolated(f.path, bytes);
    if (result.ok === 'skipped') {
      entries.push({ file: f.path, status: 'skipped', reason: result.reason, warnings: [], errors: [] });
      continue;
    }
    if (result.ok === false) {
      entries.push(entryOf(f.path, 'rejected', result.diagnostics));
      continue;
    }
    // `a.md` and `a.txt` share the id `a`: the second keeps its extension in its id.
    let id = result.article.id;
    for (let n = 2; ids.has(id); n++) id = n === 2 ? result.article.sourceFile : `${result.article.sourceFile}-${n}`;
    ids.add(id);
    const article = { ...result.article, id };
    if (article.draft) {
      entries.push(entryOf(f.path, 'draft', article.diagnostics, { reason: 'brouillon (draft: true dans l’en-tête)' }));
      continue;
    }
    // The same article saved twice (copied, or re-encoded) is caught on its text, not its bytes.
    const hash = createHash('sha1').update(JSON.stringify([article.title, article.date?.iso, article.lede, article.sections, article.bodyHtml])).digest('hex');
    const twin = seen.get(hash);
    if (twin) {
      entries.push(entryOf(f.path, 'rejected', [...article.diagnostics, { id: 'duplicate-article', level: 'error', file: f.path, message: `même titre, même date et même texte que ${twin}, qui est publié ; supprimez l’un des deux fichiers` }]));
      continue;
    }
    seen.set(hash, f.path);
    articles.push(article);
  }
  const config = loadKnowledge(readBuiltInKnowledge(), configTexts);
  for (const path of Object.keys(configTexts)) {
    entries.push(entryOf(path, 'config', config.diagnostics.filter((d) => d.file === path)));
  }
  return { articles, entries, configDiagnostics: config.diagnostics, config };
}

/**
 * `ingestFile`, with anything it throws for this file turned into this file's rejection, and
 * the article copied into plain data (./isolate.ts): no parser object goes further.
 * @example ingestIsolated('a.txt', bytes).ok // true, false or 'skipped'; never throws
 */
function ingestIsolated(file: string, bytes: Uint8Array): IngestResult {
  try {
    const result = ingestFile(file, bytes);
    return result.ok === true ? { ok: true, article: plainData(result.article) } : result;
  } catch (e) {
    return { ok: false, diagnostics: [internalError(file, e)] };
  }
}

function internalError(file: string, error: unknown): Diagnostic {
  return { id: 'internal-error', level: 'error', file, message: `Kiosque n’a pas pu traiter ce fichier (${errorText(error)}) ; le reste du site est publié ; signalez ce fichier aux mainteneurs de Kiosque` };
}

/**
 * Enrich and build the archive; an article that makes either throw, or whose page data is not
 * plain data (./isolate.ts), is rejected alone and the archive is built without it.
 * @example enrichIsolated(ingestContent('content'), site).archive.articles.length // 5
 */
export function enrichIsolated(ingested: IngestedContent, site: SiteOptions): ReturnType<typeof enrich> & { archive: Archive } {
  const { result, apart } = setApart(ingested.articles, (articles) => {
    const enriched = enrich(articles, ingested.config);
    const archive = buildArchive({ site, articles: enriched.articles, taxonomy: enriched.topics, related: enriched.related });
    for (const a of archive.articles) {
      plainData(a);
      JSON.stringify(a.jsonLd);
      const unsafe = [a.url, ...a.topicLinks.map((t) => t.url)].find((p) => !isSafeSitePath(p));
      if (unsafe) throw new Error(`chemin de page impossible à écrire : ${unsafe.slice(0, 80)}`);
    }
    return { ...enriched, archive };
  });
  for (const { item, error } of apart) {
    ingested.entries.push(entryOf(item.sourceFile, 'rejected', [...item.diagnostics, internalError(item.sourceFile, error)]));
  }
  if (apart.length > 0) ingested.articles = ingested.articles.filter((a) => !apart.some((x) => x.item === a));
  return result;
}

/**
 * Report entries for a run: every file read, published articles with their final URL.
 * @example reportEntries(ingestContent('content'), articles).length // one per file
 */
export function reportEntries(ingested: IngestedContent, published: Article[]): ReportEntry[] {
  return [...ingested.entries, ...published.map((a) => entryOf(a.sourceFile, 'published', a.diagnostics, { url: a.url }))];
}

/**
 * `kiosque check`: ingest and enrich, as a build would, but render and write nothing.
 * @example checkContent('content').report.counts.rejected // 0
 */
export function checkContent(contentDir: string): { report: Report; configErrors: boolean } {
  const ingested = ingestContent(contentDir);
  // The same isolation as a build, so check rejects exactly what a build would.
  const { articles, unmappedTopics } = enrichIsolated(ingested, { title: '', description: '', basePath: '/', origin: 'http://localhost' });
  return { report: makeReport(reportEntries(ingested, articles), { knowledge: ingested.config.knowledge, unmappedTopics }), configErrors: ingested.configDiagnostics.some((d) => d.level === 'error') };
}

/** Site paths of every page built from content; each must stay inside the output folder. */
function contentPaths(archive: Archive): string[] {
  return [
    ...archive.articles.map((a) => a.url),
    ...archive.topicPages.map((p) => p.url),
    ...archive.topics.map((t) => t.feedUrl.replace(/flux\.xml$/, '')),
    ...archive.entities.map((e) => e.url),
    ...archive.years.map((y) => y.url),
    ...archive.months.map((m) => m.url),
  ];
}

/**
 * Why `out` must not be replaced by a build, if it must not: it holds the content, the project
 * or the current folder, or it is an existing folder that is not a site (the swap deletes it).
 * @example outProblem('/work/main', '/work/main/content') // '--out /work/main contains the content folder; …'
 */
function outProblem(out: string, content: string): string | undefined {
  const inside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
  if (inside(content, out)) return `--out ${out} contient le dossier de contenu ; choisissez un dossier à part, par exemple _site`;
  if (inside(out, content)) return `--out ${out} est dans le dossier de contenu, dont les fichiers seraient lus comme articles ; choisissez un dossier en dehors`;
  if (inside(PROJECT_ROOT, out) || inside(process.cwd(), out)) return `--out ${out} contient le projet ou le dossier courant ; choisissez un dossier à part, par exemple _site`;
  if (!existsSync(out)) return undefined;
  if (!statSync(out).isDirectory()) return `--out ${out} existe et n’est pas un dossier ; supprimez-le ou choisissez un autre chemin`;
  if (readdirSync(out).length > 0 && !existsSync(join(out, 'index.html'))) {
    return `--out ${out} est un dossier qui n’a pas l’air d’un site (pas d’index.html) et serait remplacé ; videz-le ou choisissez un autre chemin`;
  }
  return undefined;
}

/** The process exists (possibly owned by another user). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what killed builds left beside `out` (SIGKILL runs no cleanup). A build killed
 * between its two renames left no `out` but the previous site as `.out.old-PID`: it is put back.
 * @example cleanStaleBuilds('/srv/_site') // ['/srv/._site.tmp-4242'] when process 4242 is gone
 */
export function cleanStaleBuilds(out: string): string[] {
  const dir = dirname(out);
  if (!existsSync(dir)) return [];
  const prefix = `.${basename(out)}.`;
  const removed: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const m = name.startsWith(prefix) ? /^(tmp|old)-(\d+)$/.exec(name.slice(prefix.length)) : null;
    if (!m || alive(Number(m[2]))) continue;
    const path = join(dir, name);
    if (m[1] === 'old' && !existsSync(out)) renameSync(path, out);
    else rmSync(path, { recursive: true, force: true });
    removed.push(path);
  }
  return removed;
}

function tempDirFor(out: string, tag: string): string {
  return join(dirname(out), `.${basename(out)}.${tag}-${process.pid}`);
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

  const ingested = await time('ingest', () => ingestContent(options.content, (done, total) => options.onProgress?.('ingest', done, total)));
  const enriched = await time('enrich', () => enrichIsolated(ingested, options.site));
  const entries = reportEntries(ingested, enriched.articles);
  const topicsReport = { knowledge: ingested.config.knowledge, unmappedTopics: enriched.unmappedTopics };
  let report = makeReport(entries, topicsReport);
  const fail = (failure: string): BuildResult => ({ ok: false, failure, report, timings, pages: 0 });

  if (ingested.configDiagnostics.some((d) => d.level === 'error')) return fail('le fichier des sujets ou des entités contient des erreurs (listées ci-dessus)');
  if (options.strict && (report.counts.withWarnings > 0 || report.counts.rejected > 0)) {
    return fail('--strict : avertissements ou fichiers rejetés (listés ci-dessus)');
  }
  const unsafe = contentPaths(enriched.archive).filter((p) => !isSafeSitePath(p));
  if (unsafe.length > 0) return fail(`chemins de pages qui sortiraient du dossier de sortie : ${unsafe.slice(0, 5).join(', ')}`);

  const out = resolve(options.out);
  const refused = outProblem(out, resolve(options.content));
  if (refused) return fail(refused);
  cleanStaleBuilds(out);
  const tmp = tempDirFor(out, 'tmp');
  rmSync(tmp, { recursive: true, force: true });
  const cleanup = () => {
    try {
      rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // Files still being written; the next build removes the folder (cleanStaleBuilds).
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    // Writes Eleventy already handed to libuv's thread pool may land after that removal (a
    // recursive mkdir recreates the folder). The main thread is blocked here, so nothing new is
    // queued: wait for those few writes to finish, then remove again before exiting.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150);
    cleanup();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let swapped = false;
  try {
    // The index is built on a worker thread (records) and in Pagefind's process (indexing) while
    // Eleventy renders on this one; the search phase is what is left to wait for after rendering.
    const indexing = options.search
      ? indexSiteInWorker(tmp, enriched.archive).then((result) => ({ result }), (error: unknown) => ({ error }))
      : undefined;
    const pages = await time('render', () => renderSite(enriched.archive, tmp, (done, total) => options.onProgress?.('render', done, total))).catch(async (e: unknown) => {
      await indexing; // it writes into tmp: let it finish before the cleanup removes tmp
      throw e;
    });
    if (indexing) {
      const settled = await time('search', () => indexing);
      if ('error' in settled) throw settled.error;
      const indexed = settled.result;
      if (indexed.errors.length > 0) return fail(`index de recherche : ${indexed.errors.join(' ; ')}`);
      const words = new Map(indexed.pages.map((p) => [p.url, p.words]));
      for (const e of entries) if (e.status === 'published') e.searchable = (words.get(e.url!) ?? 0) > 0;
    }
    await time('write', () => {
      const old = tempDirFor(out, 'old');
      rmSync(old, { recursive: true, force: true });
      if (existsSync(out)) renameSync(out, old);
      try {
        renameSync(tmp, out);
      } catch (e) {
        if (existsSync(old)) renameSync(old, out);
        throw e;
      }
      swapped = true;
      try {
        rmSync(old, { recursive: true, force: true });
      } catch {
        // The new site is in place; a later build removes the old one (cleanStaleBuilds).
      }
    });
    report = { ...makeReport(entries, topicsReport), entities: enriched.archive.entityStats };
    return { ok: true, report, timings, pages, archive: enriched.archive };
  } catch (e) {
    return fail(`erreur interne de construction : ${(e as Error).stack ?? e}`);
  } finally {
    if (!swapped) cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
