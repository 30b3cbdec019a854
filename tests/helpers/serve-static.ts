/**
 * A tiny static host for a built site, as GitHub Pages or Netlify would serve it: the site is
 * mounted under its base path on 127.0.0.1 and a random port, `…/dir` redirects to `…/dir/`,
 * a folder serves its `index.html`, and anything else gets the site's `404.html` with status 404.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

export interface StaticServer {
  /** Origin only, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Origin plus base path, e.g. `http://127.0.0.1:41234/kiosque/`. */
  url: string;
  /** Absolute URL of a site path given without base path: `at('/sujets/')`. */
  at(sitePath: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.wasm': 'application/wasm',
};

/** The file a request path maps to, or undefined when it would leave `root`. */
function fileFor(root: string, sitePath: string): string | undefined {
  const file = normalize(join(root, sitePath));
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

/**
 * Serves `dir` under `basePath` (`/` or `/x/`).
 * @example const server = await serveStatic('/tmp/site', '/kiosque/'); await fetch(server.at('/sujets/'));
 */
export async function serveStatic(dir: string, basePath = '/'): Promise<StaticServer> {
  const root = normalize(dir);
  const notFound = join(root, '404.html');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = path.startsWith(basePath) ? fileFor(root, path.slice(basePath.length)) : undefined;
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (file && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } else if (existsSync(notFound)) {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(readFileSync(notFound));
    } else {
      res.writeHead(404, { 'content-type': TYPES['.txt']! }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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
