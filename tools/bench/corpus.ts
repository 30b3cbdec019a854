/**
 * The benchmark corpus: N article files in a folder of the work directory, taken from a real
 * corpus when one is given (the first N files in name order, recombined past its size), else
 * generated (./synthetic.ts). The taxonomy and gazetteer of the project's content/ are copied
 * beside them so topic and entity pages are built as in a real archive. The real corpus is only
 * read, and copied nowhere but the work directory.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.ts';
import { syntheticArticle } from './synthetic.ts';

/** The real corpus beside the project (../shared/corpus/orangesum), or `KIOSQUE_CORPUS`: present here and in CI, never copied in. */
export const DEFAULT_CORPUS = process.env.KIOSQUE_CORPUS ?? resolve(PROJECT_ROOT, '../shared/corpus/orangesum');

/**
 * The corpus a benchmark reads, from its `--corpus DIR` and `--synthetic` options: the given
 * folder, none (synthetic articles), or the real corpus when it is present.
 * @example chosenCorpus({ synthetic: true }) // undefined
 */
export function chosenCorpus(options: { corpus?: string; synthetic: boolean }): string | undefined {
  if (options.synthetic) return undefined;
  if (options.corpus !== undefined) return resolve(options.corpus);
  return existsSync(DEFAULT_CORPUS) ? DEFAULT_CORPUS : undefined;
}

export interface CorpusSpec {
  articles: number;
  /** A folder of .md/.txt articles; its `md/` subfolder is used when it has one (OrangeSum layout). */
  source?: string;
  seed: number;
}

export interface PreparedCorpus {
  dir: string;
  /** e.g. `orangesum/md: 10000 of 11002 files` or `synthetic, seed 1`. */
  description: string;
}

const ARTICLE_FILE = /\.(md|markdown|txt)$/i;

/**
 * Article files of a real corpus folder, sorted by name; `md/` is preferred when present.
 * @example corpusFiles('../shared/corpus/orangesum').length // 11002
 */
export function corpusFiles(source: string): { dir: string; names: string[] } {
  const dir = existsSync(join(source, 'md')) && statSync(join(source, 'md')).isDirectory() ? join(source, 'md') : source;
  const names = readdirSync(dir).filter((n) => ARTICLE_FILE.test(n)).sort();
  return { dir, names };
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Years taken off per reuse: archives grow into the past (back catalogues), dates never land in
 * the future (ingest warns about those), and a multiple of 4 keeps 29 February valid.
 */
export const YEARS_PER_ROUND = 12;

/**
 * The `round`-th reuse of a corpus article (round ≥ 1): its first date moved `12 × round` years
 * earlier, ` (reprise N)` after its title, `-rN` before its extension, so that every copy is a new
 * article with its own URL. Works on both formats: the front matter `date:`/`title:` of Markdown,
 * the ` date AAAA…` line and optional title line of raw text.
 * @example recombine('a.md', '---\ntitle: "T"\ndate: 2019-05-02\n---\n\nTexte.', 1).text // '---\ntitle: "T (reprise 2)"\ndate: 2007-05-02…'
 */
export function recombine(name: string, text: string, round: number): { name: string; text: string } {
  const suffix = ` (reprise ${round + 1})`;
  const shift = (year: string, rest: string) => {
    const y = Number(year) - YEARS_PER_ROUND * round;
    const fixed = rest.startsWith('-02-29') && !isLeap(y) ? `-02-28${rest.slice(6)}` : rest;
    return `${y}${fixed}`;
  };
  let out = text;
  if (/^---\n/.test(text)) {
    out = out.replace(/^(date:\s*["']?)(\d{4})([-\dT:+Z.]*)/m, (_, head: string, y: string, rest: string) => `${head}${shift(y, rest)}`);
    out = out.replace(/^(title:\s*)(.*)$/m, (_, head: string, value: string) => {
      const quoted = /^(["'])(.*)\1\s*$/.exec(value);
      return quoted ? `${head}${quoted[1]}${quoted[2]}${suffix}${quoted[1]}` : `${head}${value}${suffix}`;
    });
  } else {
    out = out.replace(/^(\s?date\s+)(\d{4})([-\d]*)/im, (_, head: string, y: string, rest: string) => `${head}${shift(y, rest)}`);
    const lines = out.split('\n');
    if (lines[0] && !/^\s?date\b/i.test(lines[0])) lines[0] = `${lines[0]}${suffix}`;
    out = lines.join('\n');
  }
  return { name: name.replace(/(\.[^.]+)$/, `-r${round + 1}$1`), text: out };
}

function configFiles(projectContent: string): string[] {
  return ['sujets.yml', 'entites.yml'].map((n) => join(projectContent, n)).filter((p) => existsSync(p));
}

/**
 * Writes (or reuses, when a previous run wrote the same spec) the corpus folder under `workDir`.
 * @example prepareCorpus({ articles: 1000, seed: 1 }, '/tmp/kiosque-bench', 'content').dir
 */
export function prepareCorpus(spec: CorpusSpec, workDir: string, projectContent: string): PreparedCorpus {
  const real = spec.source ? corpusFiles(spec.source) : undefined;
  const kind = real ? `${createHash('sha1').update(real.dir).digest('hex').slice(0, 8)}` : `synthetic-${spec.seed}`;
  const dir = join(workDir, `corpus-${kind}-${spec.articles}`);
  const description = real
    ? `${real.dir}: ${spec.articles <= real.names.length ? `first ${spec.articles} of ${real.names.length} files` : `${real.names.length} files reused to ${spec.articles} (dates ${YEARS_PER_ROUND} years earlier per reuse)`}`
    : `synthetic French, seed ${spec.seed}`;
  const marker = JSON.stringify({ ...spec, source: real?.dir, files: real?.names.length, yearsPerReuse: -YEARS_PER_ROUND });
  // Beside the folder, not in it: the build would list it as a skipped file.
  const markerPath = `${dir}.json`;
  if (!(existsSync(markerPath) && existsSync(dir) && readFileSync(markerPath, 'utf8') === marker)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < spec.articles; i++) {
      if (real) {
        if (real.names.length === 0) throw new Error(`no .md or .txt file in ${real.dir}`);
        const name = real.names[i % real.names.length]!;
        const round = Math.floor(i / real.names.length);
        if (round === 0) copyFileSync(join(real.dir, name), join(dir, name));
        else {
          const copy = recombine(name, readFileSync(join(real.dir, name), 'utf8'), round);
          writeFileSync(join(dir, copy.name), copy.text);
        }
      } else {
        const file = syntheticArticle(spec.seed, i);
        writeFileSync(join(dir, file.name), file.text);
      }
    }
    writeFileSync(markerPath, marker);
  }
  // The taxonomy may change between runs: always take the project's current one.
  for (const path of configFiles(projectContent)) copyFileSync(path, join(dir, path.slice(path.lastIndexOf('/') + 1)));
  return { dir, description };
}
