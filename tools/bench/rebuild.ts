/**
 * The daily-rebuild benchmark (`npm run bench -- --rebuild`): an archive is built once with a
 * cache (day 1), then a day's news arrives — new articles and a correction to an old one — and
 * the archive is built again with that cache (day 2). The rebuild is compared with a clean
 * build of the day-2 folder (its output must be byte-identical) and, with `--compare`, with a
 * full Hugo + Pagefind build of the same folder.
 */
import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../src/build/cache.ts';
import { median, PHASES, seconds, table, type HugoRun, type KiosqueRun } from './figures.ts';

/** The rebuild's phases: the cold build's, and writing the cache. */
const REBUILD_PHASES = [...PHASES, 'cache'] as const;

/** The sentence the correction appends to the last paragraph of an old article. */
export const CORRECTION = ' Rectificatif : une précision a été apportée à cet article.';

export interface Days {
  /** Day 1: the archive before the day's news. */
  before: string;
  /** Day 2: the same archive with `added` new articles and one corrected article. */
  after: string;
  added: string[];
  corrected: string;
}

/**
 * Writes the two content folders of the rebuild benchmark from a corpus folder: the last
 * `added` files by name (the newest, for names that start with their date) arrive on day 2,
 * and the file in the middle is corrected. Files are hard-linked, the corrected one copied.
 * @example const days = dayFolders('/tmp/corpus-1000', '/tmp/kiosque-bench/days', 10); days.added.length // 10
 */
export function dayFolders(corpus: string, work: string, added: number): Days {
  const names = readdirSync(corpus).filter((n) => !n.startsWith('.')).sort();
  const articles = names.filter((n) => /\.(md|txt)$/.test(n));
  const arriving = articles.slice(-added);
  const corrected = articles[Math.floor((articles.length - added) / 2)]!;
  const before = join(work, 'day-1');
  const after = join(work, 'day-2');
  for (const dir of [before, after]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  for (const name of names) {
    if (!arriving.includes(name)) linkSync(join(corpus, name), join(before, name));
    if (name !== corrected) linkSync(join(corpus, name), join(after, name));
  }
  writeFileSync(join(after, corrected), correct(readFileSync(join(corpus, corrected), 'utf8')));
  return { before, after, added: arriving, corrected };
}

/**
 * The text with the correction appended to its last non-empty line.
 * @example correct('Titre\n\nTexte.\n') // 'Titre\n\nTexte. Rectificatif : …\n'
 */
export function correct(text: string): string {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i]!.trim()) {
      lines[i] = lines[i]!.replace(/\s+$/, '') + CORRECTION;
      break;
    }
  }
  return lines.join('\n');
}

/**
 * The files that differ between two folders: present in one only, or with other bytes.
 * @example treeDifferences('_site', '/tmp/clean') // [] when identical
 */
export function treeDifferences(a: string, b: string): string[] {
  const left = filesUnder(a, a);
  const right = new Set(filesUnder(b, b));
  const differ: string[] = [];
  for (const f of left) {
    if (!right.delete(f)) differ.push(`${f} (only in ${a})`);
    else if (!readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) differ.push(f);
  }
  for (const f of right) differ.push(`${f} (only in ${b})`);
  return differ;
}

export interface RebuildRound {
  first: 'kiosque' | 'hugo';
  /** Day 1, cold, writing the cache. */
  cold: KiosqueRun;
  /** Day 2 with the cache. */
  rebuild: KiosqueRun;
  /** Files that differ from a clean build of day 2. */
  differences: string[];
  hugo?: HugoRun;
}

/** The printed figures of rebuild rounds. */
export function formatRebuild(articles: number, added: number, rounds: RebuildRound[]): string[] {
  const compare = rounds.some((r) => r.hugo);
  const ratio = (r: RebuildRound) => (r.hugo ? r.rebuild.wallMs / (r.hugo.hugoMs + r.hugo.pagefindMs) : undefined);
  const head = ['run', 'cold s', 'rebuild s', ...REBUILD_PHASES, 'cpu s', 'pages reused', 'identical', ...(compare ? ['hugo+pf s', 'ratio'] : [])];
  const rows = rounds.map((r, i) => [
    String(i + 1), seconds(r.cold.wallMs), seconds(r.rebuild.wallMs), ...REBUILD_PHASES.map((p) => (r.rebuild.timings[p] === undefined ? '-' : seconds(r.rebuild.timings[p]!))), seconds(r.rebuild.cpuMs),
    `${r.rebuild.cache?.pages ?? 0} / ${r.rebuild.pages}`, r.differences.length === 0 ? 'yes' : `NO (${r.differences.length} files)`,
    ...(compare ? [r.hugo ? seconds(r.hugo.hugoMs + r.hugo.pagefindMs) : '-', ratio(r)?.toFixed(2) ?? '-'] : []),
  ]);
  const med = (f: (r: RebuildRound) => number | undefined) => median(rounds.map(f).filter((v): v is number => v !== undefined));
  const lines = [
    `Daily rebuild: ${articles} articles, then ${added} new articles and 1 corrected article, rebuilt with the cache`,
    ...table([head, ...rows]),
    `Rebuild median ${seconds(med((r) => r.rebuild.wallMs))} s against ${seconds(med((r) => r.cold.wallMs))} s cold (${(med((r) => r.rebuild.wallMs) / med((r) => r.cold.wallMs)).toFixed(2)} of the cold build)`,
  ];
  for (const r of rounds) if (r.differences.length) lines.push(`Differences from a clean build: ${r.differences.slice(0, 5).join(', ')}${r.differences.length > 5 ? ', …' : ''}`);
  if (compare) lines.push(`Ratio rebuild / full Hugo + Pagefind build of the same folder, median of ${rounds.length} rounds: ${med(ratio).toFixed(2)} (target ≤ 0.15)`);
  return lines;
}
