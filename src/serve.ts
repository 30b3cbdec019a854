/**
 * `npm start`: builds, serves `--out` on localhost, and rebuilds when content/, templates/ or
 * public/ change. The browser reloads itself through a small event stream.
 */
import { createReadStream, existsSync, statSync, watch } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { build, PROJECT_ROOT } from './build.ts';
import type { CliOptions } from './cli.ts';
import { formatProblems } from './report.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
};

export async function serve(opts: CliOptions): Promise<number> {
  const out = resolve(opts.out);
  const clients = new Set<ServerResponse>();
  let building: Promise<void> | undefined;
  let again = false;
  const rebuild = async () => {
    if (building) {
      again = true;
      return;
    }
    building = (async () => {
      do {
        again = false;
        const started = performance.now();
        const result = await build({
          content: resolve(opts.content), out, strict: false, search: opts.search,
          site: { title: 'Kiosque', description: 'Archives d’actualité en français', basePath: opts.basePath, origin: `http://localhost:${opts.port}` },
        });
        for (const line of formatProblems(result.report.inputs)) console.error(line);
        console.log(result.ok ? `reconstruit en ${((performance.now() - started) / 1000).toFixed(1)} s` : `échec : ${result.failure}`);
        for (const c of clients) c.write('data: reload\n\n');
      } while (again);
    })();
    await building;
    building = undefined;
  };
  await rebuild();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/__kiosque/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    const base = opts.basePath.replace(/\/$/, '');
    let path = decodeURIComponent(url.pathname);
    if (base && path.startsWith(base)) path = path.slice(base.length) || '/';
    let file = normalize(join(out, path));
    if (!file.startsWith(out)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      createReadStream(join(out, '404.html')).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  server.listen(opts.port, () => console.log(`Kiosque sur http://localhost:${opts.port}${opts.basePath}`));
  let timer: NodeJS.Timeout | undefined;
  for (const dir of [resolve(opts.content), join(PROJECT_ROOT, 'templates'), join(PROJECT_ROOT, 'public')]) {
    watch(dir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void rebuild(), 100);
    });
  }
  return new Promise(() => {});
}
