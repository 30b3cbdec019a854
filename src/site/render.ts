/**
 * The render phase: Eleventy renders the archive into a folder, in runs of about
 * PAGES_PER_RUN pages (./render-plan.ts explains why and how they are cut).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';
import type { Archive, Article } from '../model.ts';
import { withBodies, type BodyRefs } from '../text/body-store.ts';
import { planRuns, rendererProcesses, slicedPages, slicedTemplates, templateInfo, type RenderRun, type TemplateInfo } from './render-plan.ts';
import { renderInProcesses, type RunTask } from './render-pool.ts';

const TEMPLATES = join(PROJECT_ROOT, 'templates');
const PAGES = join(TEMPLATES, 'pages');

/**
 * Pages per Eleventy run. Rendering the 28,200 pages of 10,000 articles alone peaked at 1.64 GB
 * in one run, 1.35 GB in runs of 4,000 and 1.19 GB in runs of 2,000, for the same CPU time
 * (25.5 to 26.9 s, tmpfs); the search worker shares this process, so the smaller runs.
 */
export const PAGES_PER_RUN = 2000;

/**
 * Pages per run in a renderer process (./render-pool.ts), which holds only its runs: at 50,000
 * articles on 2 processes, runs of 2,000 pages peaked at 1,003 MB per process, runs of 1,200 at
 * 864 MB; the runs cost little more once the archive's whole fields are sent once per process.
 */
export const PAGES_PER_PROCESS_RUN = 1200;

/** Progress of the render phase: pages written so far, and the expected total. */
export type RenderProgress = (pages: number, expected: number) => void;

/** A list paginated one item per page by `template`; `reads` lists the archive fields the template, its layout and partials read besides the item. */
export interface PageList {
  template: TemplateInfo;
  items: readonly unknown[];
  reads: string[];
}

/**
 * Chooses, among the items of each list, those whose pages must be rendered; the others' pages
 * are already in the output folder (src/build/page-reuse.ts). Called once, with every list.
 */
export type PageSelect = (lists: readonly PageList[]) => unknown[][];

/** Nunjucks templates and TypeScript render functions (`.11ty.ts`). */
const isTemplate = (file: string) => file.endsWith('.njk') || file.endsWith('.11ty.ts');

/** The layout and the partials (src/site/views) that every page may render. */
const SHARED = [join(TEMPLATES, 'layouts'), join(PROJECT_ROOT, 'src', 'site', 'views')];

/** The templates of the pages folder, and the archive fields the layout and partials read. */
function readTemplates(): { templates: TemplateInfo[]; shared: string[] } {
  const read = (dir: string, files: (f: string) => boolean) => readdirSync(dir).filter(files).sort().map((f) => templateInfo(f, readFileSync(join(dir, f), 'utf8')));
  return { templates: read(PAGES, isTemplate), shared: SHARED.flatMap((d) => read(d, (f) => f.endsWith('.ts')).flatMap((t) => t.reads)) };
}

/** The archive a run sees: its slices of the (selected) sliced lists, everything else whole. */
function view(archive: Archive, lists: Partial<Record<keyof Archive, unknown[]>>, run: RenderRun, reads: ReadonlySet<string>): Archive {
  const sliced = Object.entries(run.slices).map(([key, [start, end]]) => [key, (lists[key as keyof Archive] ?? (archive[key as keyof Archive] as unknown[])).slice(start, end)]);
  if (sliced.length === 0) return archive;
  // A sliced run gets only the fields its templates, the layout and partials read: Eleventy
  // walks its global data on every run, and with the whole archive that cost grew with the
  // archive's size on each of its runs.
  const fields = Object.entries(archive).filter(([key]) => reads.has(key));
  return { ...Object.fromEntries(fields), ...Object.fromEntries(sliced) } as Archive;
}

/**
 * One Eleventy run of `task` into `outDir`; `onPage` is called as each page is rendered.
 * Returns the number of pages written.
 */
export async function renderRun(task: RunTask, outDir: string, onPage?: () => void): Promise<number> {
  const { default: Eleventy } = await import('@11ty/eleventy');
  // The bodies of this run's articles, read back from the build's body store.
  const archive = task.bodies ? { ...task.archive, articles: withBodies(task.archive.articles, task.bodies) } : task.archive;
  const files = readdirSync(PAGES).filter(isTemplate);
  const elev = new Eleventy(PAGES, outDir, {
    quietMode: true,
    configPath: join(PROJECT_ROOT, '.eleventy.ts'),
    config(cfg) {
      cfg.addGlobalData('archive', archive);
      // This callback runs before the configuration file, whose plugin adds the copy of public/.
      if (!task.assets) cfg.addPassthroughCopy = () => cfg;
      // Eleventy matches ignores against paths relative to the working folder (unless they start
      // with `**/`, which then miss a template outside it): each is given relative to it.
      for (const f of files) if (!task.templates.includes(f)) cfg.ignores.add(relative(process.cwd(), join(PAGES, f)).split(sep).join('/'));
      // Counted page by page: Eleventy does not yield to the event loop during a run.
      if (onPage) {
        cfg.addTransform('kiosque-progress', (content) => {
          onPage();
          return content;
        });
      }
    },
  });
  const result = (await elev.write()) as unknown as [unknown[], unknown[]] | unknown[];
  const pages = Array.isArray(result[1]) ? result[1] : result;
  return Array.isArray(pages) ? pages.length : 0;
}

export interface RenderOptions {
  /** Pages written so far, and the expected total. */
  onProgress?: RenderProgress;
  /** Pages per sliced run (default PAGES_PER_RUN, or PAGES_PER_PROCESS_RUN on renderer processes). */
  pagesPerRun?: number;
  /** Renders the pages of one-item-per-page lists only for the items it returns. */
  select?: PageSelect;
  /** Cores to render on at most (default 1: this process only); see `rendererProcesses`. */
  jobs?: number;
  /** Sliced pages each renderer process must get at least (default MIN_PAGES_PER_PROCESS). */
  minPagesPerProcess?: number;
  /** Where the bodies of articles are, when the build keeps them out of memory (src/text/body-store.ts). */
  bodies?: (articles: readonly Article[]) => BodyRefs;
  /** Called once renderer processes have their first runs, before this process renders run 0. */
  onRenderersBusy?: () => void;
}

/**
 * Sliced pages a renderer process must get at least to be started: one takes about 1.1 s of CPU
 * to start (Node, tsx, Eleventy), and its views as long to read, the time of about 1,000 pages.
 */
export const MIN_PAGES_PER_PROCESS = 1000;

/**
 * Progress over runs rendered at once: pages counted as they are rendered, the total known once
 * run 0 (whose page count is not planned) is done; never above the total, never backwards.
 */
function progressCounter(planned: number, onProgress?: RenderProgress) {
  let rendered = 0;
  let expected = planned;
  return {
    pages(n: number) {
      rendered += n;
      if (rendered < expected) onProgress?.(rendered, expected);
    },
    runZero(pages: number) {
      expected += pages;
    },
  };
}

/**
 * Renders every page of the archive into `outDir`; returns the number of pages written. With
 * `select`, the pages of one-item-per-page lists are rendered only for the items it returns.
 * With `jobs` above 1, the sliced runs are rendered by child processes (./render-pool.ts) while
 * this process renders run 0.
 * @example const pages = await renderSite(archive, '_site.tmp', { onProgress: (n, total) => console.log(n, total), jobs: 4 });
 */
export async function renderSite(archive: Archive, outDir: string, options: RenderOptions = {}): Promise<number> {
  const { onProgress, select } = options;
  const { templates, shared } = readTemplates();
  // Pages of unselected items are not rendered; run 0 still sees every list whole.
  const lists: Partial<Record<keyof Archive, unknown[]>> = {};
  if (select) {
    const sliced = slicedTemplates(templates, shared);
    const chosen = select(sliced.map((t) => ({ template: t, items: archive[t.paginates!.key as keyof Archive] as unknown[], reads: [...new Set([...t.reads, ...shared])].sort() })));
    sliced.forEach((t, i) => (lists[t.paginates!.key as keyof Archive] = chosen[i]!));
  }
  const lengths = Object.fromEntries(Object.entries({ ...archive, ...lists }).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, (v as unknown[]).length]));
  const processes = rendererProcesses(options.jobs ?? 1, slicedPages(templates, shared, lengths), options.minPagesPerProcess ?? MIN_PAGES_PER_PROCESS);
  const runs = planRuns(templates, shared, lengths, options.pagesPerRun ?? (processes > 0 ? PAGES_PER_PROCESS_RUN : PAGES_PER_RUN), processes || 1);
  const task = (run: RenderRun, i: number): RunTask => {
    const reads = new Set([...shared, ...templates.filter((t) => run.templates.includes(t.file)).flatMap((t) => t.reads)]);
    const seen = view(archive, lists, run, reads);
    // Article pages are sliced runs: only those read bodies.
    const bodies = options.bodies && run.slices.articles ? options.bodies(seen.articles) : undefined;
    return { templates: run.templates, archive: seen, assets: i === 0, ...(bodies ? { bodies } : {}) };
  };
  const progress = progressCounter(runs.reduce((n, r) => n + r.pages, 0), onProgress);
  let written = 0;
  if (processes > 0) {
    // Views are made as processes ask for runs, so that few exist at once in this process.
    // Each article's card, one object shared by every list (src/enrich/archive.ts): sent to each process once.
    const cards = new Set<object>(archive.articles.map((a) => a.card));
    const pool = renderInProcesses(runs.slice(1).map((run, i) => () => task(run, i + 1)), outDir, processes, (n) => progress.pages(n), cards);
    try {
      await pool.ready;
      options.onRenderersBusy?.();
      const first = await renderRun(task(runs[0]!, 0), outDir, () => progress.pages(1));
      progress.runZero(first);
      written = first + (await pool.done);
    } catch (e) {
      await pool.stop();
      throw e;
    }
  } else {
    for (const [i, run] of runs.entries()) {
      const count = await renderRun(task(run, i), outDir, () => progress.pages(1));
      if (i === 0) progress.runZero(count);
      written += count;
      // Complete only after the last run.
      if (i < runs.length - 1) onProgress?.(written, Math.max(written + 1, runs.slice(i + 1).reduce((n, r) => n + r.pages, written)));
      // Let the event loop turn between runs: progress output, signals, the search worker's replies.
      await new Promise((next) => setImmediate(next));
    }
  }
  onProgress?.(written, written);
  return written;
}

/**
 * Renders the pages of some items of one template's list, with the rest of the archive as
 * context: pages a rebuild meant to reuse but could not (src/build/page-reuse.ts).
 * @example await renderTemplateItems(archive, '_site.tmp', template, [article]) // 1
 */
export async function renderTemplateItems(archive: Archive, outDir: string, template: TemplateInfo, items: unknown[], bodies?: RenderOptions['bodies']): Promise<number> {
  const key = template.paginates!.key as keyof Archive;
  const refs = bodies && key === 'articles' ? bodies(items as Article[]) : undefined;
  return renderRun({ templates: [template.file], archive: { ...archive, [key]: items }, assets: false, ...(refs ? { bodies: refs } : {}) }, outDir);
}

/**
 * Renders only the pages of some items of one archive list (e.g. two edited articles), with the
 * rest of the archive as context: the dev server's quick update. Returns the pages written.
 * @example await renderItems(archive, '_site', 'articles', [article]) // 1
 */
export async function renderItems<K extends keyof Archive>(archive: Archive, outDir: string, key: K, items: Archive[K]): Promise<number> {
  const templates = readTemplates().templates.filter((t) => t.paginates?.key === key && t.paginates.size === 1).map((t) => t.file);
  if (templates.length === 0) return 0;
  return renderRun({ templates, archive: { ...archive, [key]: items }, assets: true }, outDir);
}
