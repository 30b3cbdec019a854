/**
 * `npm run fuzz -- --files 10000 [--batch 500] [--seed 11] [--dir /dev/shm/kiosque-fuzz]`:
 * generated hostile files (./arbitraries.ts) in batches, each built by the real command line
 * (`kiosque build --report`, search index included); prints, per batch and in total, the files,
 * the exit codes, whether every file is in the report and the escaping checks (./checks.ts),
 * and the time. A failing batch is kept in `--dir` for triage; exits 1 if any batch failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Report } from '../../src/build/report.ts';
import { ROOT } from '../helpers/content.ts';
import { contentBatch } from './arbitraries.ts';
import { batchProblems, writeBatch } from './checks.ts';
import { CLI_ENTRY } from '../../src/paths.ts';
import { readCommandLine, wholeNumber } from '../../src/cli/args.ts';

const USAGE = 'usage: npm run fuzz -- [--files N] [--batch N] [--seed N] [--dir DIR]';
const { values } = readCommandLine(process.argv.slice(2), {
  files: { type: 'string', default: '1000' },
  batch: { type: 'string', default: '500' },
  seed: { type: 'string', default: '11' },
  dir: { type: 'string', default: '/dev/shm/kiosque-fuzz' },
}, USAGE);
const total = wholeNumber('--files', values.files, 1, USAGE);
const batchSize = wholeNumber('--batch', values.batch, 1, USAGE);
const seed = wholeNumber('--seed', values.seed, 0, USAGE);
const root = values.dir;
const batches = Math.ceil(total / batchSize);

rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
const started = performance.now();
const exitCodes = new Map<number | null, number>();
const counts = { files: 0, inReport: 0, published: 0, rejected: 0, skipped: 0, failedBatches: 0, problems: 0 };
for (let b = 0; b < batches; b++) {
  const size = Math.min(batchSize, total - b * batchSize);
  const [files] = fc.sample(contentBatch(size), { seed: seed + b, numRuns: 1 });
  const dir = join(root, `lot-${String(b).padStart(3, '0')}`);
  writeBatch(join(dir, 'content'), files!);
  const t = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', CLI_ENTRY, 'build', '--content', join(dir, 'content'), '--out', join(dir, 'site'), '--report', join(dir, 'report.json')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  exitCodes.set(run.status, (exitCodes.get(run.status) ?? 0) + 1);
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;
  const problems = run.status === 0 ? batchProblems(files!, report, join(dir, 'site')) : [`exit ${run.status}: ${run.stderr.split('\n').filter((l) => l.startsWith('kiosque')).join(' ').slice(0, 2000)}`];
  const listed = new Set(report.inputs.map((i) => i.file));
  counts.files += files!.length;
  counts.inReport += files!.filter((f) => listed.has(f.name)).length;
  counts.published += report.counts.published;
  counts.rejected += report.counts.rejected;
  counts.skipped += report.counts.skipped;
  counts.problems += problems.length;
  console.log(`lot ${b + 1}/${batches} (graine ${seed + b}) : ${files!.length} fichiers, code ${run.status}, ${report.counts.published} publiés, ${report.counts.rejected} rejetés, ${listed.size === files!.length ? 'tous dans le rapport' : `${files!.length - listed.size} absents du rapport`}, ${problems.length} problème(s), ${((performance.now() - t) / 1000).toFixed(1)} s`);
  for (const p of problems.slice(0, 10)) console.log(`  ${p}`);
  if (problems.length > 0) {
    counts.failedBatches++;
    console.log(`  lot gardé pour analyse : ${dir}`);
  } else {
    rmSync(dir, { recursive: true, force: true });
  }
}
const seconds = (performance.now() - started) / 1000;
console.log([
  `fichiers : ${counts.files} en ${batches} lots de ${batchSize} (graines ${seed}–${seed + batches - 1})`,
  `codes de sortie : ${[...exitCodes].map(([code, n]) => `${code} × ${n}`).join(', ')}`,
  `dans le rapport : ${counts.inReport}/${counts.files} · publiés ${counts.published}, rejetés ${counts.rejected}, ignorés ${counts.skipped}`,
  `problèmes : ${counts.problems} · lots en échec : ${counts.failedBatches}`,
  `temps : ${seconds.toFixed(0)} s (${((seconds * 1000) / counts.files).toFixed(1)} ms par fichier)`,
].join('\n'));
process.exit(counts.failedBatches > 0 ? 1 : 0);
