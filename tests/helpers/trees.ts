/** Folders for build tests: many small articles to write, and a site's files to compare. */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Writes `count` short dated articles into `dir`: enough of them make a render last a few
 * seconds and span several render runs and renderer processes (src/site/render.ts).
 */
export function manyArticles(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const date = `${2010 + (i % 15)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    writeFileSync(join(dir, `article-${String(i).padStart(5, '0')}.txt`), `Délibération ${i} du conseil municipal\n date ${date} Le conseil municipal a voté la délibération numéro ${i} sur les transports scolaires.\n\nLe texte sera publié au recueil des actes administratifs.\n`);
  }
}

/** Every file under `dir` (paths with `/`) with the hash of its bytes. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path).split(sep).join('/')] = createHash('sha1').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}
