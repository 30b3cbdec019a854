/**
 * What the search tests and `npm run search:eval` need to use a built site as a reader does:
 * a static server on a random local port and Debian's Chromium through playwright-core.
 * Never downloads a browser; under CI (`CI=true`) a missing browser is an error, not a skip.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** Origin plus base path, e.g. `http://127.0.0.1:41234/x/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` under `basePath` on 127.0.0.1 and a random port; `onServe` hears of every file
 * served with its size (the search benchmark counts the bytes of a query with it).
 * @example const server = await serveDirectory('/tmp/site', '/'); await server.close();
 */
export async function serveDirectory(dir: string, basePath = '/', onServe?: (path: string, bytes: number) => void): Promise<StaticServer> {
  const root = normalize(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(basePath)) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(root, path.slice(basePath.length)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    onServe?.(path, body.length);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/**
 * Launches headless Chromium, or returns the reason it cannot (outside CI only).
 * @example const launched = await launchChromium(); if (typeof launched === 'string') t.skip(launched);
 */
export async function launchChromium(): Promise<Browser | string> {
  if (!existsSync(CHROMIUM_PATH)) {
    const reason = `no browser at ${CHROMIUM_PATH} (apt-get install chromium)`;
    if (process.env.CI === 'true') throw new Error(reason);
    return reason;
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
