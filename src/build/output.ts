/**
 * The output folder: what may be replaced, temporary folders beside it, and what killed builds
 * left there. The build writes into a temporary folder and swaps it into place (atomic output).
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { basename, dirname, join, sep } from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';

/**
 * Why `out` must not be replaced by a build, if it must not: it holds the content, the project
 * or the current folder, or it is an existing folder that is not a site (the swap deletes it).
 * @example outProblem('/work/main', '/work/main/content') // '--out /work/main contains the content folder; …'
 */
export function outProblem(out: string, content: string): string | undefined {
  const inside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
  if (inside(content, out)) return `--out ${out} contient le dossier de contenu ; choisissez un dossier à part, par exemple _site`;
  if (inside(out, content)) return `--out ${out} est dans le dossier de contenu, dont les fichiers seraient lus comme articles ; choisissez un dossier en dehors`;
  if (inside(PROJECT_ROOT, out) || inside(process.cwd(), out)) return `--out ${out} contient le projet ou le dossier courant ; choisissez un dossier à part, par exemple _site`;
  if (!existsSync(out)) return undefined;
  if (!statSync(out).isDirectory()) return `--out ${out} existe et n’est pas un dossier ; supprimez-le ou choisissez un autre chemin`;
  if (readdirSync(out).length > 0 && !existsSync(join(out, 'index.html'))) {
    return `--out ${out} est un dossier qui n’a pas l’air d’un site (pas d’index.html) et serait remplacé ; videz-le ou choisissez un autre chemin`;
  }
  return undefined;
}

/**
 * How many article pages the site in `out` publishes (`articles/AAAA/MM/slug/`,
 * `articles/sans-date/slug/`): 0 when there is no site there.
 */
export function publishedPages(out: string): number {
  const dirs = (path: string): string[] => {
    try {
      return readdirSync(path, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(path, e.name));
    } catch {
      return [];
    }
  };
  const pages = (folder: string): number => dirs(folder).filter((d) => existsSync(join(d, 'index.html'))).length;
  const articles = join(out, 'articles');
  return dirs(articles).reduce((n, year) => n + (basename(year) === 'sans-date' ? pages(year) : dirs(year).reduce((m, month) => m + pages(month), 0)), 0);
}

/**
 * Why a build that publishes no article must not replace the site in `out`, when that site
 * publishes some: an empty or wrong `--content` (a sync not done, the wrong folder), or every
 * file rejected, would take the whole archive offline. A new site may be empty.
 * @example emptiedSiteProblem('/srv/_site', 0) // 'aucun article à publier, alors que /srv/_site en publie 2 500 : …' (a site there)
 */
export function emptiedSiteProblem(out: string, published: number): string | undefined {
  if (published > 0) return undefined;
  const before = publishedPages(out);
  if (before === 0) return undefined;
  return `aucun article à publier, alors que ${out} en publie ${before.toLocaleString('fr')} : le site en place est gardé ; vérifiez le dossier donné à --content et les fichiers rejetés, ou supprimez ${out} pour publier un site vide`;
}

/** The process exists (possibly owned by another user). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what killed builds left beside `out` (SIGKILL runs no cleanup). A build killed
 * between its two renames left no `out` but the previous site as `.out.old-PID`: it is put back.
 * @example cleanStaleBuilds('/srv/_site') // ['/srv/._site.tmp-4242'] when process 4242 is gone
 */
export function cleanStaleBuilds(out: string): string[] {
  const dir = dirname(out);
  if (!existsSync(dir)) return [];
  const prefix = `.${basename(out)}.`;
  const removed: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const m = name.startsWith(prefix) ? /^(tmp|old|corps|index)-(\d+)$/.exec(name.slice(prefix.length)) : null;
    if (!m || alive(Number(m[2]))) continue;
    const path = join(dir, name);
    if (m[1] === 'old' && !existsSync(out)) renameSync(path, out);
    else rmSync(path, { recursive: true, force: true });
    removed.push(path);
  }
  return removed;
}

/**
 * Removes a folder in a background process, off the build's critical path (28,000 files of a
 * previous site took 1.3 s). A shell starts the remover and exits at once, so that the remover
 * belongs to init, not to this process: a build run on a worker thread (`npm start`) would
 * otherwise leave a zombie when the remover exits after the thread. The remover first renames
 * the folder after its own PID, so that `cleanStaleBuilds` leaves it alone while it works; if it
 * dies, the next build finishes the job. Without a POSIX shell, the folder is removed here.
 */
export function removeInBackground(dir: string): void {
  const script = `const fs = require('node:fs'); const [dir, prefix] = process.argv.slice(1);
const mine = prefix + process.pid;
try { fs.renameSync(dir, mine); } catch { process.exit(0); }
fs.rmSync(mine, { recursive: true, force: true, maxRetries: 3 });`;
  const prefix = join(dirname(dir), basename(dir).replace(/-\d+$/, '-'));
  const started = process.platform === 'win32' ? undefined : spawnSync('/bin/sh', ['-c', '"$0" -e "$1" "$2" "$3" </dev/null >/dev/null 2>&1 &', process.execPath, script, dir, prefix], { stdio: 'ignore' });
  if (started?.status !== 0) rmSync(dir, { recursive: true, force: true });
}

export function tempDirFor(out: string, tag: string): string {
  return join(dirname(out), `.${basename(out)}.${tag}-${process.pid}`);
}
