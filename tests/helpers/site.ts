/**
 * Helpers for site tests: build a content folder into a temporary directory, read its pages
 * with a tiny HTML parser (our templates write well-formed HTML), and serve it over HTTP for
 * the browser.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { build, type BuildResult } from '../../src/build/index.ts';
import { siteOptions } from '../../src/build/options.ts';

export { PROJECT_ROOT as ROOT } from '../../src/paths.ts';
import { PROJECT_ROOT as ROOT } from '../../src/paths.ts';
export const FIXTURE = join(ROOT, 'tests', 'fixtures', 'archive');
export const SEEDS = join(ROOT, 'content');
export const ORIGIN = 'https://archives.example';

// ---------------------------------------------------------------------------------------------
// Building

export interface BuiltSite {
  dir: string;
  basePath: string;
  result: BuildResult;
  /** The file served at a site URL (without base path): `/sujets/` → `…/sujets/index.html`. */
  file(url: string): string;
  exists(url: string): boolean;
  /** Raw text of the file at `url`; fails the test when it does not exist. */
  read(url: string): string;
  /** Parsed HTML page at `url`. */
  page(url: string): Page;
  /** Every file of the site, as site URLs (`/articles/…/`, `/flux.xml`), sorted. */
  urls(): string[];
}

/**
 * Builds `content` into a fresh temporary folder (removed when the process exits) with the
 * search index off.
 * @example const site = await buildSite(FIXTURE); site.page('/').h1
 */
export async function buildSite(content: string, basePath = '/'): Promise<BuiltSite> {
  const parent = mkdtempSync(join(tmpdir(), 'kiosque-site-'));
  process.once('exit', () => rmSync(parent, { recursive: true, force: true }));
  const dir = join(parent, 'site');
  const result = await build({
    content,
    out: dir,
    site: siteOptions({ basePath, origin: ORIGIN }),
    strict: false,
    search: false,
  });
  if (!result.ok) throw new Error(`build failed: ${result.failure}`);
  const file = (url: string) => {
    const path = decodeURIComponent(url.split(/[?#]/)[0]!);
    return join(dir, path.endsWith('/') ? `${path}index.html` : path);
  };
  const read = (url: string) => {
    if (!existsSync(file(url))) throw new Error(`no file for ${url} in the built site`);
    return readFileSync(file(url), 'utf8');
  };
  return {
    dir,
    basePath,
    result,
    file,
    exists: (url) => existsSync(file(url)),
    read,
    page: (url) => parsePage(read(url)),
    urls: () => listFiles(dir).map((f) => `/${f}`.replace(/\/index\.html$/, '/')),
  };
}

/**
 * Every file under `dir`, relative with `/` separators, sorted.
 * @example listFiles(site.dir) // ['404.html', 'articles/2022/03/…/index.html', …]
 */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading HTML

export interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
}
export type Node = Element | string;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style']);
const TOKEN = /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|[^<]+|</gi;
const ATTR = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/**
 * Decodes the character references our pages use (named basics and numeric).
 * @example decodeEntities('l&#39;an &amp; &nbsp;') // "l'an & \u00a0"
 */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return named[ref.toLowerCase()] ?? m;
  });
}

/**
 * Parses an HTML document into a tree; throws on a closing tag that closes nothing open.
 * @example parseHtml('<p>a<br>b</p>').children[0] // { tag: 'p', attrs: {}, children: ['a', {…br}, 'b'] }
 */
export function parseHtml(html: string): Element {
  const root: Element = { tag: '#root', attrs: {}, children: [] };
  const stack: Element[] = [root];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const top = stack[stack.length - 1]!;
    if (m[2] === undefined) {
      if (!m[0].startsWith('<!')) top.children.push(decodeEntities(m[0]));
      continue;
    }
    const tag = m[2].toLowerCase();
    if (m[1]) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at < 1) throw new Error(`</${tag}> closes nothing at offset ${m.index}`);
      stack.length = at;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of m[3]!.matchAll(ATTR)) attrs[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    const el: Element = { tag, attrs, children: [] };
    top.children.push(el);
    if (RAW.has(tag)) {
      const end = html.indexOf(`</${tag}>`, TOKEN.lastIndex);
      el.children.push(html.slice(TOKEN.lastIndex, end));
      TOKEN.lastIndex = end + tag.length + 3;
    } else if (!VOID.has(tag) && !m[4]) {
      stack.push(el);
    }
  }
  return root;
}

/** A compound selector: `tag.class#id[attr][attr=value]`, or `*`. */
function matches(el: Element, compound: string): boolean {
  const parts = compound.match(/^(?:[a-z0-9:-]+|\*)|\.[\w-]+|#[\w-]+|\[[^\]]+\]/gi) ?? [];
  if (parts.join('') !== compound) throw new Error(`unsupported selector "${compound}"`);
  return parts.every((p) => {
    if (p[0] === '.') return (el.attrs.class ?? '').split(/\s+/).includes(p.slice(1));
    if (p[0] === '#') return el.attrs.id === p.slice(1);
    if (p[0] === '[') {
      const [, name, value] = /^\[([^=\]]+)(?:="?([^"\]]*)"?)?\]$/.exec(p)!;
      return value === undefined ? name! in el.attrs : el.attrs[name!] === value;
    }
    return p === '*' || el.tag === p.toLowerCase();
  });
}

function descendants(el: Element): Element[] {
  const out: Element[] = [];
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    out.push(c, ...descendants(c));
  }
  return out;
}

/**
 * Elements matching a descendant selector made of compounds (`main .card h3 a`), in document order.
 * @example queryAll(parseHtml('<p class="a"><b>x</b></p>'), 'p.a b').length // 1
 */
export function queryAll(root: Element, selector: string): Element[] {
  let current = [root];
  for (const compound of selector.trim().split(/\s+/)) {
    const seen = new Set<Element>();
    for (const el of current) for (const d of descendants(el)) if (matches(d, compound)) seen.add(d);
    current = descendants(root).filter((d) => seen.has(d));
  }
  return current;
}

/** The text a reader sees: descendants' text joined, whitespace collapsed (NBSP and NNBSP kept). */
export function textOf(node: Node): string {
  const raw = (n: Node): string => (typeof n === 'string' ? n : n.tag === 'script' || n.tag === 'style' ? '' : n.children.map(raw).join(''));
  return raw(node).replace(/[ \t\n\r]+/g, ' ').trim();
}

export interface Page {
  root: Element;
  all(selector: string): Element[];
  /** The only element matching `selector`; fails when there are none or several. */
  one(selector: string): Element;
  text(selector: string): string;
  /** The `content` of `<meta property|name=…>`. */
  meta(key: string): string | undefined;
  jsonLd(): Record<string, unknown> | undefined;
}

/**
 * Parses a page and wraps it with small query helpers.
 * @example parsePage('<h1>Titre</h1>').text('h1') // 'Titre'
 */
export function parsePage(html: string): Page {
  const root = parseHtml(html);
  const all = (s: string) => queryAll(root, s);
  const one = (s: string) => {
    const found = all(s);
    if (found.length !== 1) throw new Error(`expected one "${s}", found ${found.length}`);
    return found[0]!;
  };
  return {
    root,
    all,
    one,
    text: (s) => textOf(one(s)),
    meta: (key) => all('meta').find((m) => m.attrs.property === key || m.attrs.name === key)?.attrs.content,
    jsonLd: () => {
      const script = all('script[type=application/ld+json]')[0];
      return script ? JSON.parse(script.children[0] as string) : undefined;
    },
  };
}

/**
 * Folds what French typography changes (NBSP, NNBSP, curly apostrophes, « ») so a page's text
 * can be compared with the plain text it came from.
 * @example plain('«\u202fOui\u202f»') // '"Oui"'
 */
export function plain(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/«[\u00a0\u202f ]?/g, '"')
    .replace(/[\u00a0\u202f ]?»/g, '"')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Serving (for Chromium)

// ---------------------------------------------------------------------------------------------
// What a reader sees on our pages

/** An article as a listing shows it (home, topic, month, year and related lists). */
export interface Card {
  url: string;
  title: string;
  datetime?: string;
  /** Absent where a heading gives the date instead (month pages). */
  dateLabel?: string;
  excerpt: string;
  topics: string[];
}

/**
 * The article cards of a page (or of the part of it under `scope`), in order.
 * @example cardsOf(site.page('/'), '.home-latest')[0].dateLabel // '3 avril 2025'
 */
export function cardsOf(page: Page, scope = 'main'): Card[] {
  return page.all(`${scope} article.card`).map((card) => {
    const q = (s: string) => queryAll(card, s);
    const time = q('.card-meta time')[0];
    const date = time ?? q('.card-meta .undated')[0];
    return {
      url: q('.card-title a')[0]!.attrs.href!,
      title: textOf(q('.card-title')[0]!),
      ...(time ? { datetime: time.attrs.datetime } : {}),
      ...(date ? { dateLabel: textOf(date) } : {}),
      excerpt: textOf(q('.excerpt')[0]!),
      topics: q('.tags a').map(textOf),
    };
  });
}

/**
 * Site URLs of every article page of a built site.
 * @example articleUrls(site).length // 39 on the fixture archive
 */
export function articleUrls(site: BuiltSite): string[] {
  return site.urls().filter((u) => /^\/articles\/.+\/$/.test(u));
}

/**
 * The French label of a date at the precision of its ISO text, computed with Intl (not with
 * the code under test): `1er mai 2024`, `15 mars 2024`, `février 2024`, `2025`.
 * @example frenchLabel('2024-05-01') // '1er mai 2024'
 */
export function frenchLabel(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  if (d) return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date).replace(/^1 /, '1er ');
  if (m) return new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  return String(y);
}

/**
 * Pages of a paginated listing, following `rel=next` from its first page.
 * @example followPages(site, '/sujets/economie/').map((p) => p.url) // ['/sujets/economie/', '/sujets/economie/page/2/', '/sujets/economie/page/1/']
 */
export function followPages(site: BuiltSite, first: string): { url: string; page: Page }[] {
  const out: { url: string; page: Page }[] = [];
  for (let url: string | undefined = first; url; ) {
    if (out.some((p) => p.url === url)) throw new Error(`pagination loops back to ${url}`);
    const page = site.page(url);
    out.push({ url, page });
    url = page.all('nav.pager a[rel=next]')[0]?.attrs.href;
  }
  return out;
}
