/**
 * The addresses a front matter asks for: the article's own slug (`slug:`, as Hugo and Jekyll
 * write it) and its former addresses (Hugo's `aliases`, Jekyll's `redirect_from`), each of
 * which becomes a page sending the reader on (src/enrich/archive.ts, `uniqueUrls`). Pure.
 */
import type { Diagnostic } from '../model.ts';
import { ENTITY_FOLDERS, SITE_URLS } from '../model/urls.ts';
import { slugify } from './slug.ts';

type Diags = Omit<Diagnostic, 'file'>[];

/** A written slug may be longer than one made from a title: it keeps an address that exists. */
export const WRITTEN_SLUG_MAX = 200;

/**
 * The first folders of the site's own pages and files: a former address there would replace
 * or shadow one of them. They come from the URL map (src/model/urls.ts), with the folders of
 * `public/` and of the search index. `/articles/…` is open to former addresses: a title or a
 * date corrected leaves one there.
 */
const SITE_FOLDERS = new Set([
  ...Object.values(SITE_URLS).map((url) => url.split('/')[1]!).filter(Boolean), ...Object.values(ENTITY_FOLDERS),
  'css', 'js', 'favicon.svg', 'pagefind', 'index.html',
]);

/** A folder or a page file (`ancien-article.html`) name that every static host serves as written. */
const SEGMENT = /^[a-z0-9][a-z0-9_-]{0,199}$/;
const PAGE_FILE = /^[a-z0-9][a-z0-9_.-]{0,194}\.html?$/;

/**
 * The slug a front matter writes, made an address segment (`Mon Article` → `mon-article`), or
 * undefined with a warning when nothing of it can be one.
 * @example readSlug('mon-article', 3, []) // 'mon-article'
 */
export function readSlug(value: string | undefined, line: number | undefined, diagnostics: Diags): string | undefined {
  if (value === undefined) return undefined;
  const slug = slugify(value, WRITTEN_SLUG_MAX);
  if (!slug) {
    diagnostics.push({ id: 'slug-invalid', level: 'warning', line, message: `slug « ${value.slice(0, 60)} » sans lettre ni chiffre : ignoré, l’adresse est tirée du titre ; écrivez par exemple slug: mon-article` });
    return undefined;
  }
  if (slug !== value) {
    const cut = slug.length < slugify(value, Infinity).length ? `, coupé à ${WRITTEN_SLUG_MAX} caractères` : '';
    diagnostics.push({ id: 'slug-rewritten', level: 'info', line, message: `slug « ${value.slice(0, 60)} » écrit « ${slug.slice(0, 80)} » dans l’adresse (minuscules sans accents, tirets${cut}) ; écrivez slug: ${slug} pour ne plus voir cette note` });
  }
  return slug;
}

/**
 * A former address as a site path (`/ancien/article/`, `/2019/03/article.html`), or a reason
 * it cannot be one. A path without a trailing slash nor `.html` is a folder, as static hosts
 * serve it (`/ancien` → `/ancien/`), and so is one ending in `index.html` (`/ancien/index.html` →
 * `/ancien/`).
 * @example aliasPath('/posts/mon-article') // { path: '/posts/mon-article/' }
 * @example aliasPath('/posts/mon-article/index.html') // { path: '/posts/mon-article/' }
 * @example aliasPath('/sujets/politique/').reason // 'une page du site a déjà cette adresse'
 */
export function aliasPath(written: string): { path: string } | { reason: string } {
  const text = written.trim();
  if (!text.startsWith('/') || text.startsWith('//')) return { reason: 'ce n’est pas un chemin qui commence par /' };
  if (/[?#]/u.test(text)) return { reason: 'une page statique ne peut pas répondre à une adresse avec ? ou #' };
  let path: string;
  try {
    path = decodeURI(text);
  } catch {
    return { reason: 'encodage % illisible' };
  }
  // `/a/b/` → a, b, ''; `/a/b` → a, b; `/a/b.html` → a, b.html
  const segments = path.split('/').slice(1);
  // `/a/index.html` is the folder `/a/`, as static hosts serve it: one page, however written.
  if (/^index\.html?$/u.test(segments.at(-1)!)) segments[segments.length - 1] = '';
  const page = PAGE_FILE.test(segments.at(-1)!) ? segments.pop() : undefined;
  if (!page && segments.at(-1) === '') segments.pop();
  if (segments.length === 0 && !page) return { reason: 'c’est l’accueil du site' };
  if (!segments.every((s) => SEGMENT.test(s))) return { reason: 'seuls les minuscules sans accents, les chiffres, - et _ y sont possibles' };
  if (SITE_FOLDERS.has(segments[0] ?? page!)) return { reason: 'une page du site a déjà cette adresse' };
  return { path: page ? `/${[...segments, page].join('/')}` : `/${segments.join('/')}/` };
}

/**
 * The former addresses a front matter lists (a list or one path), each made a site path; one
 * that cannot be is left out with a warning at the key's line.
 * @example readAliases(['/ancien/'], 4, []) // ['/ancien/']
 */
export function readAliases(value: unknown, line: number | undefined, diagnostics: Diags): string[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string') {
      diagnostics.push({ id: 'alias-invalid', level: 'warning', line, message: 'une ancienne adresse qui n’est pas du texte a été ignorée ; écrivez par exemple aliases: [/ancien/chemin/]' });
      continue;
    }
    const read = aliasPath(item);
    if ('path' in read) {
      if (!out.includes(read.path)) out.push(read.path);
    } else {
      diagnostics.push({ id: 'alias-invalid', level: 'warning', line, message: `ancienne adresse « ${item.slice(0, 80)} » ignorée : ${read.reason} ; écrivez un chemin du site, par exemple /2019/03/mon-article/` });
    }
  }
  return out;
}
