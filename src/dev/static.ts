/**
 * The one static host of Kiosque: `npm start`, the search benchmark and evaluation, and the
 * browser tests serve a built site with it, as a static host (GitHub Pages, Netlify) would.
 * Files are served by `sirv`; this module adds what a site under a base path needs: the site is
 * mounted under `basePath`, `…/dir` redirects to `…/dir/`, and anything else gets the site's
 * `404.html` with status 404.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  /** Origin only, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Origin plus base path, e.g. `http://127.0.0.1:41234/kiosque/`. */
  url: string;
  /** Absolute URL of a site path given without base path: `at('/sujets/')`. */
  at(sitePath: string): string;
  close(): Promise<void>;
}

export interface StaticOptions {
  /** `/` or `/x/`: where the site is mounted. */
  basePath?: string;
  /** 0 (the default) for a free port. */
  port?: number;
  /** `127.0.0.1` by default; `''` for every interface (`npm start`). */
  host?: string;
  /** Hears of every file served, with its size in bytes (the search benchmark counts a query's bytes). */
  onServe?: (sitePath: string, bytes: number) => void;
  /** Rewrites every HTML page served (`npm start` adds its live-reload script). */
  html?: (html: string) => string;
  /** Answers a request before the files do; returns true when it did (`npm start`'s events). */
  route?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

/** The file a site path maps to, or undefined when it would leave `root`. */
function fileFor(root: string, sitePath: string): string | undefined {
  const file = normalize(join(root, sitePath));
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

/**
 * Serves `dir` under `options.basePath` on loopback.
 * @example const server = await serveStatic('/tmp/site', { basePath: '/kiosque/' }); await fetch(server.at('/sujets/'));
 */
export async function serveStatic(dir: string, options: StaticOptions = {}): Promise<StaticServer> {
  const root = normalize(dir);
  const basePath = options.basePath ?? '/';
  const { html, onServe } = options;
  const files = sirv(root, {
    dev: true,
    etag: false,
    extensions: [],
    ...(onServe ? { setHeaders: (_res, pathname, stats) => onServe(pathname, stats.size) } : {}),
  });
  const sendHtml = (res: ServerResponse, status: number, file: string) => {
    const body = readFileSync(file);
    onServe?.(file.slice(root.length).split(sep).join('/'), body.length);
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html ? html(body.toString('utf8')) : body);
  };
  const notFound = (res: ServerResponse) => {
    const page = join(root, '404.html');
    if (existsSync(page)) sendHtml(res, 404, page);
    else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
  };
  const server = createServer((req, res) => {
    if (options.route?.(req, res)) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = path.startsWith(basePath) ? fileFor(root, path.slice(basePath.length)) : undefined;
    if (!file) return notFound(res);
    const isDir = existsSync(file) && statSync(file).isDirectory();
    if (isDir && !path.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const target = isDir ? join(file, 'index.html') : file;
    if (html && target.endsWith('.html') && existsSync(target)) return sendHtml(res, 200, target);
    const sitePath = `/${path.slice(basePath.length)}${isDir ? 'index.html' : ''}`.replace(/^\/+/, '/');
    req.url = sitePath.split('/').map(encodeURIComponent).join('/');
    files(req, res, () => notFound(res));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => (host ? server.listen(options.port ?? 0, host, resolve) : server.listen(options.port ?? 0, resolve)));
  const origin = `http://${host || 'localhost'}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: `${origin}${basePath}`,
    at: (sitePath) => `${origin}${basePath}${sitePath.replace(/^\//, '')}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
