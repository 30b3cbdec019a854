/**
 * Rendering in several Eleventy runs instead of one, each over a slice of the paginated lists.
 * Eleventy keeps every rendered page in memory until its run ends (the page's HTML is cached on
 * its template clone and returned in the results), and runs all pages in one stretch of
 * microtasks; on 10,000 articles (27,600 pages) that was 1.4 GB of heap and an event loop that
 * did not turn for 27 s. Runs of a few thousand pages keep the heap and its collections small,
 * and let progress lines and signals through between runs; a run costs about 15 ms to set up.
 *
 * Run 0 renders every template that is not sliced, with the whole archive; each later run
 * renders the sliced templates over its share of their lists. A list is sliced only when every
 * template that reads it outside its pagination front matter is rendered in run 0 (so that
 * `archive.articles.length` on the home page still counts every article), and only under a
 * pagination of size 1 (so that page numbers and permalinks do not depend on the slice).
 */

/** What rendering needs to know of one template of the pages folder. */
export interface TemplateInfo {
  /** File name in the pages folder, e.g. `article.njk`. */
  file: string;
  /** The archive list it paginates over, when it does (`pagination.data: archive.<key>`). */
  paginates?: { key: string; size: number };
  /** Archive fields the template reads in its body. */
  reads: string[];
  /** The field of each paginated item that holds its page's URL (`permalink: "{{ alias.url }}"`). */
  permalink?: string;
}

export interface RenderRun {
  /** Files of the pages folder rendered in this run. */
  templates: string[];
  /** Archive lists replaced by a `[start, end)` slice in this run. */
  slices: Record<string, [number, number]>;
  /** Pages this run renders from the sliced lists (0 for run 0). */
  pages: number;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
/** The data export of a TypeScript template (`.11ty.ts`), which holds its pagination. */
const DATA_EXPORT = /^export const data = \{\r?\n([\s\S]*?)\r?\n\};\r?\n?/m;

/**
 * Reads a template's pagination and the archive fields it uses from its source: the YAML front
 * matter of a Nunjucks template, or the `data` export of a TypeScript one (`.11ty.ts`, written
 * one property a line); only `pagination.data` and `pagination.size` matter here.
 * @example templateInfo('a.njk', '---\npagination:\n  data: archive.articles\n  size: 1\n---\n{{ archive.site.title }}')
 * // { file: 'a.njk', paginates: { key: 'articles', size: 1 }, reads: ['site'] }
 */
export function templateInfo(file: string, text: string): TemplateInfo {
  // Comments of TypeScript sources name archive fields they do not read (`archive.latest` in an
  // example): a page would then seem to depend on them, and never be reused (src/build/page-reuse.ts).
  const source = file.endsWith('.ts') ? text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '') : text;
  const front = (file.endsWith('.11ty.ts') ? DATA_EXPORT : FRONT_MATTER).exec(source);
  const head = front?.[1] ?? '';
  const body = front ? source.replace(front[0], '') : source;
  const key = /^\s+data:\s*["']?archive\.(\w+)["']?,?\s*$/m.exec(head)?.[1];
  const size = Number(/^\s+size:\s*(\d+),?\s*$/m.exec(head)?.[1] ?? 1);
  const headReads = head.replace(/^\s+data:.*$/m, '');
  const reads = [...new Set([...`${headReads}\n${body}`.matchAll(/\barchive\.(\w+)/g)].map((m) => m[1]!))].sort();
  const alias = /^\s+alias:\s*["']?(\w+)["']?,?\s*$/m.exec(head)?.[1];
  // `permalink: "{{ article.url | safe }}"` (Nunjucks) or `permalink: ({ article }: Data) => article.url,` (TypeScript)
  const permalink = alias
    ? (new RegExp(`^permalink:\\s*["']\\{\\{\\s*${alias}\\.(\\w+)\\s*(?:\\|\\s*safe\\s*)?\\}\\}["']\\s*$`, 'm').exec(head)
      ?? new RegExp(`^\\s*permalink:\\s*\\(\\{\\s*${alias}\\s*\\}(?::\\s*\\w+)?\\)\\s*=>\\s*${alias}\\.(\\w+),?\\s*$`, 'm').exec(head))?.[1]
    : undefined;
  return { file, ...(key ? { paginates: { key, size } } : {}), reads, ...(permalink ? { permalink } : {}) };
}

/**
 * The templates whose lists can be sliced: one page per item, and the list read by no other
 * paginated template nor by layouts and partials (`shared`). Each item's page depends on the item
 * and the archive's unsliced fields only, so it can also be rendered alone (the dev server's
 * quick update) or taken from a previous build (src/build/page-reuse.ts).
 * @example slicedTemplates([{ file: 'a.njk', paginates: { key: 'articles', size: 1 }, reads: [] }], []) // [that template]
 */
export function slicedTemplates(templates: TemplateInfo[], shared: string[]): TemplateInfo[] {
  const sliceable = (t: TemplateInfo) => {
    const key = t.paginates?.key;
    if (!key || t.paginates!.size !== 1 || shared.includes(key)) return false;
    // Another paginated template reading the list would see only a slice of it.
    return templates.every((o) => o === t || !o.paginates || !o.reads.includes(key)) && !t.reads.includes(key);
  };
  return templates.filter(sliceable);
}

/**
 * Pages the sliced templates render over lists of these `lengths` (all but run 0's).
 * @example slicedPages([{ file: 'a.njk', paginates: { key: 'articles', size: 1 }, reads: [] }], [], { articles: 5 }) // 5
 */
export function slicedPages(templates: TemplateInfo[], shared: string[], lengths: Record<string, number>): number {
  return slicedTemplates(templates, shared).reduce((n, t) => n + (lengths[t.paginates!.key] ?? 0), 0);
}

/**
 * Renderer processes for `pages` sliced pages on at most `jobs` cores: none (render in this
 * process) with one job, or when even two processes would each get fewer than `minPages` pages
 * (starting one costs about as much as rendering a few hundred pages); else as many as `jobs`
 * allows with at least `minPages` pages each.
 * @example rendererProcesses(2, 28000, 500) // 2
 * @example rendererProcesses(4, 1200, 500) // 2
 * @example rendererProcesses(2, 600, 500) // 0
 */
export function rendererProcesses(jobs: number, pages: number, minPages: number): number {
  const most = Math.min(jobs, Math.floor(pages / Math.max(1, minPages)));
  return jobs <= 1 || most < 2 ? 0 : most;
}

/**
 * The number of sliced runs for `total` pages: runs of at most `pagesPerRun` pages, and, for
 * several renderer `processes` taking runs from one queue, a multiple of their number, so that
 * runs of equal size keep every process busy until the end.
 * @example runCount(28000, 2000, 1) // 14
 * @example runCount(4276, 2000, 2) // 4 (3 runs would leave one process idle for a third of the time)
 */
export function runCount(total: number, pagesPerRun: number, processes = 1): number {
  const runs = Math.max(1, Math.ceil(total / Math.max(1, pagesPerRun)));
  const per = Math.max(1, processes);
  return Math.max(1, Math.min(Math.ceil(runs / per) * per, total));
}

/**
 * Splits rendering into runs of about `pagesPerRun` pages (a multiple of `processes` of them, see
 * `runCount`). `shared` lists the archive fields
 * read by layouts and partials, which every page may render.
 * @example planRuns([{ file: 'a.njk', paginates: { key: 'articles', size: 1 }, reads: [] }, { file: 'index.njk', reads: ['articles'] }], [], { articles: 5 }, 2)
 * // run 0: index.njk; then a.njk over [0, 2), [2, 4), [4, 5)
 */
export function planRuns(templates: TemplateInfo[], shared: string[], lengths: Record<string, number>, pagesPerRun: number, processes = 1): RenderRun[] {
  const sliced = slicedTemplates(templates, shared);
  const first: RenderRun = { templates: templates.filter((t) => !sliced.includes(t)).map((t) => t.file), slices: {}, pages: 0 };
  const total = slicedPages(templates, shared, lengths);
  const count = runCount(total, pagesPerRun, processes);
  const runs: RenderRun[] = [first];
  for (let r = 0; r < count && total > 0; r++) {
    const slices: Record<string, [number, number]> = {};
    let pages = 0;
    for (const t of sliced) {
      const length = lengths[t.paginates!.key] ?? 0;
      const start = Math.floor((length * r) / count);
      const end = Math.floor((length * (r + 1)) / count);
      slices[t.paginates!.key] = [start, end];
      pages += end - start;
    }
    runs.push({ templates: sliced.map((t) => t.file), slices, pages });
  }
  return runs;
}
