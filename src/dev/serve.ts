/**
 * `npm start`: builds, serves `--out` on localhost, and keeps it current as files change.
 *
 * - A saved article is shown within a second or two: the file is ingested alone, laid over the
 *   article as the site knows it (./update.ts) and its page rendered again in place.
 * - A full build follows in the background, on a worker thread so that this one keeps serving
 *   and quick updates never wait for it: listings, topics, neighbours, moved pages and the
 *   search index. The page says so while it runs ("status" events).
 * - Templates, public files, new and deleted articles go through the full build only.
 * The browser listens on `/__kiosque/events` through ./reload.js (served at `/__kiosque/reload.js`), which this server adds
 * to the HTML it serves; built sites never reference it.
 */
import { readFileSync, watch } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { build, type BuildOptions } from '../build/index.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { siteOptions } from '../build/options.ts';
import { serveStatic } from './static.ts';
import { patchArticle } from './update.ts';
import { ingestFile } from '../ingest/index.ts';
import type { Archive } from '../model.ts';
import { renderItems } from '../site/render.ts';
import { formatProblems } from '../build/report.ts';
import { runInWorker } from '../build/threads.ts';

/** A full build as the worker reports it. */
export interface BuildAnswer {
  ok: boolean;
  failure?: string;
  problems: string[];
  pages: number;
  archive?: Archive;
}

interface BuildJob {
  task: 'kiosque-serve-build';
  options: Omit<BuildOptions, 'onPhase' | 'onProgress'>;
}

/** Where the dev server serves ./reload.js, under the base path: not a file of the site. */
const RELOAD_SCRIPT = '__kiosque/reload.js';

/**
 * The page HTML with the live-reload script before `</body>` (or at the end).
 * @example withReloadScript('<body></body>', '/') // '<body><script type="module" src="/__kiosque/reload.js"></script></body>'
 */
export function withReloadScript(html: string, basePath: string): string {
  const tag = `<script type="module" src="${basePath}${RELOAD_SCRIPT}"></script>`;
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + tag : html.slice(0, at) + tag + html.slice(at);
}

/**
 * One full build on a worker thread, as `npm start` runs it after each change; the worker ends
 * with the build, and leaves no process behind (tests/soak/ checks it over 20 rebuilds).
 * @example const { ok, pages } = await buildInWorker(options);
 */
export function buildInWorker(options: BuildJob['options']): Promise<BuildAnswer> {
  return runInWorker<BuildAnswer>(import.meta.url, { task: 'kiosque-serve-build', options } satisfies BuildJob);
}

/** Server-sent events to every open page. */
class Events {
  readonly clients = new Set<ServerResponse>();

  send(event: 'reload' | 'status', data: Record<string, string> = {}): void {
    for (const c of this.clients) c.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }
}

/** What `npm start` is given: the CLI's options. */
export interface ServeOptions {
  content: string;
  out: string;
  basePath: string;
  search: boolean;
  port: number;
  minEntityArticles: number;
}

/**
 * Builds, then serves `opts.out` until the process is stopped, keeping it current.
 * @example await serve(parseCli(['serve', '--port', '8091'])) // never returns
 */
export async function serve(opts: ServeOptions): Promise<number> {
  const out = resolve(opts.out);
  const content = resolve(opts.content);
  const base = opts.basePath;
  const events = new Events();
  const options: BuildJob['options'] = {
    content, out, strict: false, search: opts.search,
    site: siteOptions({ basePath: base, origin: `http://localhost:${opts.port}`, minEntityArticles: opts.minEntityArticles }),
  };
  /** The archive of the site in `out`, quick updates included. */
  let served: Archive | undefined;
  /** Articles shown by a quick update since the last full build, with when. */
  const quick = new Map<string, number>();
  let needsReload = false;

  const quickUpdate = async (file: string): Promise<string | undefined> => {
    const index = served?.articles.findIndex((a) => a.sourceFile === file) ?? -1;
    if (!served || index < 0) return undefined;
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(content, file));
    } catch {
      return undefined;
    }
    const ingested = ingestFile(file, bytes);
    const patched = ingested.ok === true ? patchArticle(served.articles[index]!, ingested.article) : undefined;
    if (!patched) return undefined;
    served = { ...served, articles: served.articles.with(index, patched) };
    await renderItems(served, out, 'articles', [patched]);
    return patched.url;
  };

  let building = false;
  let again = false;
  const fullBuild = async (): Promise<void> => {
    if (building) {
      again = true;
      return;
    }
    building = true;
    do {
      again = false;
      const started = Date.now();
      events.send('status', { text: opts.search ? 'Mise à jour du site et de la recherche en arrière-plan…' : 'Mise à jour du site en arrière-plan…' });
      let answer: BuildAnswer;
      try {
        answer = await buildInWorker(options);
      } catch (e) {
        answer = { ok: false, failure: (e as Error).message, problems: [], pages: 0 };
      }
      for (const line of answer.problems) console.error(line);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (!answer.ok || !answer.archive) {
        console.log(`échec : ${answer.failure}`);
        events.send('status', { text: `Échec de la mise à jour : ${answer.failure?.split('\n')[0] ?? ''}` });
        continue;
      }
      console.log(`site reconstruit en ${seconds} s (${answer.pages} pages${opts.search ? ', recherche comprise' : ''})`);
      const before = served;
      served = answer.archive;
      const moved: { from: string; to: string }[] = [];
      for (const [file, at] of quick) {
        // Saved while this build was reading the files: shown again over the new site.
        if (at >= started) await quickUpdate(file);
        else quick.delete(file);
        const from = before?.articles.find((a) => a.sourceFile === file)?.url;
        const to = served.articles.find((a) => a.sourceFile === file)?.url;
        if (from && to && from !== to) moved.push({ from: base + from.slice(1), to: base + to.slice(1) });
      }
      for (const m of moved) events.send('reload', m);
      if (needsReload) events.send('reload');
      needsReload = false;
      events.send('status', { text: '' });
    } while (again);
    building = false;
  };

  await fullBuild();

  await serveStatic(out, {
    basePath: base,
    port: opts.port,
    host: '',
    html: (html) => withReloadScript(html, base),
    route: (req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (path === `${base}${RELOAD_SCRIPT}`) {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(new URL('./reload.js', import.meta.url)));
        return true;
      }
      if (path !== `${base}__kiosque/events`) return false;
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.write(': kiosque\n\n');
      events.clients.add(res);
      req.on('close', () => events.clients.delete(res));
      return true;
    },
  });
  console.log(`Kiosque sur http://localhost:${opts.port}${base}`);

  let fullTimer: NodeJS.Timeout | undefined;
  const scheduleFullBuild = () => {
    clearTimeout(fullTimer);
    fullTimer = setTimeout(() => void fullBuild(), 1000);
  };
  const pending = new Map<string, NodeJS.Timeout>();
  watch(content, { recursive: true }, (_event, name) => {
    if (!name) return;
    const file = name.split(sep).join('/').normalize('NFC');
    // Editors write a file in several steps: act once it has settled.
    clearTimeout(pending.get(file));
    pending.set(file, setTimeout(() => {
      pending.delete(file);
      const started = performance.now();
      void quickUpdate(file).then((url) => {
        if (url) {
          quick.set(file, Date.now());
          console.log(`${file} affiché en ${((performance.now() - started) / 1000).toFixed(2)} s → ${base}${url.slice(1)}`);
          events.send('reload');
        } else {
          needsReload = true;
        }
        scheduleFullBuild();
      });
    }, 50));
  });
  // The layout and partials of the TypeScript pages live in src/site/views.
  for (const dir of [join(PROJECT_ROOT, 'templates'), join(PROJECT_ROOT, 'src', 'site', 'views'), join(PROJECT_ROOT, 'public')]) {
    watch(dir, { recursive: true }, () => {
      needsReload = true;
      scheduleFullBuild();
    });
  }
  return new Promise(() => {});
}

if (!isMainThread && (workerData as BuildJob | undefined)?.task === 'kiosque-serve-build') {
  const result = await build((workerData as BuildJob).options);
  const answer: BuildAnswer = {
    ok: result.ok,
    ...(result.failure ? { failure: result.failure } : {}),
    problems: formatProblems(result.report.inputs),
    pages: result.pages,
    ...(result.archive ? { archive: result.archive } : {}),
  };
  parentPort!.postMessage(answer);
}
