/**
 * `npm run soak -- [--rounds 20] [--content DIR]`: full rebuilds in a row as `npm start` runs
 * them, printing after each the processes below this one, zombies, and the resident memory of
 * the process tree (from /proc). Defaults to the seeds in content/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONTENT } from '../helpers/content.ts';
import { rebuilds } from './soak.ts';
import { readCommandLine, wholeNumber } from '../../src/cli/args.ts';
import { siteOptions } from '../../src/build/options.ts';

const USAGE = 'usage: npm run soak -- [--rounds N] [--content DIR]';
const { values } = readCommandLine(process.argv.slice(2), {
  rounds: { type: 'string', default: '20' },
  content: { type: 'string', default: CONTENT },
}, USAGE);
const rounds = wholeNumber('--rounds', values.rounds, 1, USAGE);
const dir = mkdtempSync(join('/dev/shm', 'kiosque-soak-'));
const options = { content: resolve(values.content), out: join(dir, 'site'), site: siteOptions(), strict: false, search: true };
const started = performance.now();
const rss: number[] = [];
for await (const r of rebuilds(options, rounds)) {
  rss.push(r.treeRssMb);
  console.log(`reconstruction ${String(r.round).padStart(2)} : ${r.ok ? 'ok' : 'ÉCHEC'}, ${r.descendants} processus fils (${r.zombies} zombie(s)), mémoire de l’arbre ${r.treeRssMb} Mo`);
}
rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }); // background removals of old sites may still run
const firstHalf = rss.slice(0, Math.ceil(rss.length / 2));
const secondHalf = rss.slice(Math.ceil(rss.length / 2));
const mean = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));
console.log(`mémoire : min ${Math.min(...rss)} Mo, max ${Math.max(...rss)} Mo, moyenne première moitié ${mean(firstHalf)} Mo, seconde moitié ${mean(secondHalf)} Mo · ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exit(0);
