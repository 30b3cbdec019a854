/**
 * Page weight of a built site, per page type: bytes of HTML, and of the CSS and JavaScript each
 * page loads (its stylesheets and scripts, with their static imports). Only the search page may
 * load a real script. Every other page may load the site script (`js/kiosque.js`) and nothing
 * else: under SITE_SCRIPT_MAX_BYTES, no imports, nothing a page needs (the `/` shortcut to the
 * search box, and highlights in an article opened from a result, which fetch Pagefind's
 * highlight script only then); the header search box stays a plain form, and every page works
 * without JavaScript. Read from the files, no browser.
 *
 * `npm run budgets -- --out DIR [--base-path /x/]` prints the table; exit code 1 when a page other
 * than search loads other JavaScript or links an asset that is missing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { readCommandLine } from '../src/cli/args.ts';
import { normaliseBasePath } from '../src/cli/index.ts';

/** The one script every page may load, relative to the base path. */
export const SITE_SCRIPT = 'js/kiosque.js';
/** Its budget: a keyboard shortcut and lazy imports, no more. */
export const SITE_SCRIPT_MAX_BYTES = 2048;

export type PageType =
  | 'home' | 'article' | 'topics' | 'topic' | 'entities' | 'entity' | 'timeline' | 'year' | 'month' | 'search' | 'not-found' | 'other';

/** Page types in the order reports list them. */
export const PAGE_TYPES: PageType[] = ['home', 'article', 'topics', 'topic', 'entities', 'entity', 'timeline', 'year', 'month', 'search', 'not-found', 'other'];

/**
 * The type of a page from its site path (without base path), following DESIGN.md's URL map.
 * @example pageType('/chronologie/2024/02/') // 'month'
 */
export function pageType(sitePath: string): PageType {
  if (sitePath === '/') return 'home';
  if (sitePath === '/404.html') return 'not-found';
  if (sitePath === '/recherche/') return 'search';
  if (sitePath === '/sujets/') return 'topics';
  if (sitePath === '/chronologie/') return 'timeline';
  if (sitePath.startsWith('/articles/')) return 'article';
  if (sitePath.startsWith('/sujets/')) return 'topic';
  if (/^\/(personnes|organisations|lieux)\/$/.test(sitePath)) return 'entities';
  if (/^\/(personnes|organisations|lieux)\//.test(sitePath)) return 'entity';
  if (/^\/chronologie\/\d{4}\/$/.test(sitePath)) return 'year';
  if (/^\/chronologie\/\d{4}\/\d{2}\/$/.test(sitePath)) return 'month';
  return 'other';
}

/** Bytes of one page and of what it loads. */
export interface PageWeight {
  path: string;
  type: PageType;
  html: number;
  css: number;
  js: number;
  /** Site paths of the scripts it loads, imports included; `inline` for a script without src. */
  scripts: string[];
}

export interface TypeBudget {
  type: PageType;
  pages: number;
  htmlMedian: number;
  htmlMax: number;
  cssMax: number;
  jsMax: number;
}

export interface Budgets {
  types: TypeBudget[];
  /** Pages other than search that load JavaScript besides the site script, or a site script over budget. */
  scriptedPages: PageWeight[];
  /** `page → asset` links to files that do not exist. */
  missing: string[];
  /** Pagefind's runtime, fetched by the search page on its first search (0 without index). */
  pagefind: { js: number; wasm: number };
  pages: PageWeight[];
}

const TAG = /<(link|script)\b([^>]*)>/gi;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
/** Static `import … from '…'`, `export … from '…'` and `import('…')` with a literal specifier. */
const JS_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+\s*from\s*)?\(?\s*["']([^"']+)["']/g;
const CSS_IMPORT = /@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g;

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(ATTR)) out[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return out;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (relative(dir, path) !== 'pagefind') walk(path);
      } else if (name.endsWith('.html')) out.push(path);
    }
  };
  walk(dir);
  return out;
}

/** Loads the size of an asset and of everything it imports, once per asset per page. */
class AssetGraph {
  constructor(private readonly dir: string, private readonly basePath: string, private readonly missing: string[]) {}

  /**
   * The file of a URL found in `fromFile`: undefined on another origin, null for a path outside
   * the base path (which the server would not find).
   */
  private fileOf(url: string, fromFile: string): string | null | undefined {
    if (/^[a-z][\w+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
    const path = url.split(/[?#]/)[0]!;
    if (!path.startsWith('/')) return resolve(dirname(fromFile), path);
    return path.startsWith(this.basePath) ? join(this.dir, path.slice(this.basePath.length)) : null;
  }

  /** Sum of the bytes of `url` and its imports, adding each file it reaches to `seen`. */
  weigh(url: string, fromFile: string, page: string, seen: Set<string>, kind: 'css' | 'js'): number {
    const file = this.fileOf(url, fromFile);
    if (file === undefined || (file !== null && seen.has(file))) return 0;
    if (file !== null) seen.add(file);
    if (file === null || !existsSync(file) || !statSync(file).isFile()) {
      this.missing.push(`${page} → ${url}`);
      return 0;
    }
    const text = readFileSync(file, 'utf8');
    let bytes = Buffer.byteLength(text);
    for (const m of text.matchAll(kind === 'js' ? JS_IMPORT : CSS_IMPORT)) bytes += this.weigh(m[1]!, file, page, seen, kind);
    return bytes;
  }

  sitePath(file: string): string {
    return `${this.basePath}${relative(this.dir, file).split(sep).join('/')}`;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/**
 * Weighs every HTML page of the site built in `dir` for `basePath`.
 * @example measureBudgets('_site').scriptedPages // [] when only /recherche/ has scripts besides the site script
 */
export function measureBudgets(dir: string, basePath = '/'): Budgets {
  const missing: string[] = [];
  const graph = new AssetGraph(resolve(dir), basePath, missing);
  const pages: PageWeight[] = htmlFiles(resolve(dir)).map((file) => {
    const path = `/${relative(resolve(dir), file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
    const html = readFileSync(file, 'utf8');
    const css = new Set<string>();
    const js = new Set<string>();
    const weight: PageWeight = { path, type: pageType(path), html: Buffer.byteLength(html), css: 0, js: 0, scripts: [] };
    for (const m of html.matchAll(TAG)) {
      const a = attributes(m[2]!);
      if (m[1]!.toLowerCase() === 'link' && a.rel?.split(/\s+/).includes('stylesheet') && a.href) {
        weight.css += graph.weigh(a.href, file, path, css, 'css');
      } else if (m[1]!.toLowerCase() === 'script' && a.src) {
        weight.js += graph.weigh(a.src, file, path, js, 'js');
      } else if (m[1]!.toLowerCase() === 'script' && !/json/.test(a.type ?? '')) {
        weight.scripts.push('inline');
      }
    }
    // A module the site script loads once the page is painted (public/js/kiosque.js).
    for (const m of html.matchAll(/\sdata-kiosque-module="([^"]+)"/g)) weight.js += graph.weigh(m[1]!, file, path, js, 'js');
    weight.scripts.push(...[...js].map((f) => graph.sitePath(f)));
    return weight;
  });
  const types = PAGE_TYPES.flatMap((type) => {
    const of = pages.filter((p) => p.type === type);
    if (of.length === 0) return [];
    return [{
      type, pages: of.length, htmlMedian: median(of.map((p) => p.html)), htmlMax: Math.max(...of.map((p) => p.html)),
      cssMax: Math.max(...of.map((p) => p.css)), jsMax: Math.max(...of.map((p) => p.js)),
    }];
  });
  const size = (name: string) => (existsSync(join(dir, 'pagefind', name)) ? statSync(join(dir, 'pagefind', name)).size : 0);
  const wasm = existsSync(join(dir, 'pagefind')) ? readdirSync(join(dir, 'pagefind')).filter((n) => /^wasm\..+\.pagefind$/.test(n)) : [];
  return {
    types,
    scriptedPages: pages.filter((p) => p.type !== 'search' && p.scripts.length > 0
      && !(p.scripts.length === 1 && p.scripts[0] === `${basePath}${SITE_SCRIPT}` && p.js <= SITE_SCRIPT_MAX_BYTES)),
    missing,
    pagefind: { js: size('pagefind.js'), wasm: size(wasm.find((n) => n === 'wasm.fr.pagefind') ?? wasm[0] ?? '') },
    pages,
  };
}

/**
 * The budgets as text lines: a table of bytes per page type, then the verdicts.
 * @example formatBudgets(measureBudgets('_site'))[0] // 'page type   pages   HTML median   …'
 */
export function formatBudgets(b: Budgets): string[] {
  const kb = (n: number) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} kB`);
  const rows = [
    ['page type', 'pages', 'HTML median', 'HTML max', 'CSS', 'JS'],
    ...b.types.map((t) => [t.type, String(t.pages), kb(t.htmlMedian), kb(t.htmlMax), kb(t.cssMax), kb(t.jsMax)]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('   '));
  if (b.pagefind.js) lines.push(`search runtime on first query: pagefind.js ${kb(b.pagefind.js)} + wasm ${kb(b.pagefind.wasm)} (plus index chunks)`);
  lines.push(b.scriptedPages.length === 0
    ? `JavaScript: only the search page loads any, besides the site script (${SITE_SCRIPT}, at most ${kb(SITE_SCRIPT_MAX_BYTES)})`
    : `JavaScript besides the site script on ${b.scriptedPages.length} page(s) other than search: ${b.scriptedPages.slice(0, 5).map((p) => `${p.path} (${p.scripts.join(', ')})`).join('; ')}`);
  if (b.missing.length) lines.push(`missing assets (${b.missing.length}): ${b.missing.slice(0, 5).join('; ')}`);
  return lines;
}

function main(argv: string[]): number {
  const { values } = readCommandLine(argv, { out: { type: 'string', default: '_site' }, 'base-path': { type: 'string', default: '/' } }, 'usage: npm run budgets -- --out DIR [--base-path /x/]');
  const out = values.out;
  const basePath = normaliseBasePath(values['base-path']);
  if (!existsSync(join(out, 'index.html'))) throw new Error(`${out} holds no built site (no index.html); run npm run build first`);
  const budgets = measureBudgets(out, basePath);
  for (const line of formatBudgets(budgets)) console.log(line);
  return budgets.scriptedPages.length > 0 || budgets.missing.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    process.exit(main(process.argv.slice(2)));
  } catch (e) {
    console.error(`budgets: ${(e as Error).message}`);
    process.exit(2);
  }
}
