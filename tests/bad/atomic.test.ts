/**
 * Atomic output (PITFALLS, "Eleventy: not atomic"): a build that fails, or is killed half-way by
 * SIGTERM or SIGKILL, leaves the previous `--out` byte-identical; a later build removes what a
 * killed one left behind; `--out` is never a folder whose loss would hurt.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { cleanStaleBuilds } from '../../src/build/output.ts';
import { copySeeds, FIXTURES, PROJECT_ROOT } from './catalog.ts';
import { CLI_ENTRY } from '../../src/paths.ts';
import { manyArticles, snapshot } from '../helpers/trees.ts';

const CLI = ['--import', 'tsx', CLI_ENTRY, 'build'];
const work = mkdtempSync(join(tmpdir(), 'kiosque-atomic-'));
after(() => rmSync(work, { recursive: true, force: true }));
const out = join(work, 'site');
const seeds = join(work, 'seeds');
copySeeds(seeds);
// One article with a warning, so that --strict has something to refuse.
cpSync(join(FIXTURES, 'date-ambiguous/article.md'), join(seeds, 'date-ambiguee.md'));

const big = join(work, 'big');
// More than one render run (src/site/render.ts, PAGES_PER_RUN): Eleventy writes a run's pages in
// one burst at its end, so with a single run the build was often done by the time pages showed.
manyArticles(big, 3000);

function cli(...args: string[]) {
  return spawnSync(process.execPath, [...CLI, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
}

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true }).length;
}

/** Starts a build of the big folder, waits until it has written pages, then sends `signal`. */
async function killMidBuild(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; tmp: string; writtenWhenKilled: number }> {
  const child = spawn(process.execPath, [...CLI, '--content', big, '--out', out, '--no-search'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
  const tmp = join(work, `.site.tmp-${child.pid}`);
  const deadline = Date.now() + 120_000;
  let written = 0;
  while ((written = countFiles(join(tmp, 'articles'))) < 20) {
    assert.ok(Date.now() < deadline, 'the build never started writing pages');
    assert.equal(child.exitCode, null, 'the build ended before it could be killed: make the content bigger');
    await sleep(20);
  }
  child.kill(signal);
  return { ...(await exited), tmp, writtenWhenKilled: written };
}

const first = cli('--content', seeds, '--out', out, '--no-search');
const before = snapshot(out);

test('the previous site is built', () => {
  assert.equal(first.status, 0, first.stderr);
  assert.ok(Object.keys(before).includes('index.html'));
});

test('a failed build (--strict with warnings) leaves the previous site byte-identical', () => {
  const r = cli('--content', seeds, '--out', out, '--strict', '--no-search');
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /rien n’a été écrit/);
  assert.deepEqual(snapshot(out), before);
  assert.deepEqual(readdirSync(work).sort(), ['big', 'seeds', 'site']);
});

test('SIGTERM mid-build: the previous site is byte-identical and the temporary folder is gone', async (t) => {
  const killed = await killMidBuild('SIGTERM');
  t.diagnostic(`killed after ${killed.writtenWhenKilled} files written`);
  assert.equal(killed.code, 143, `exit ${killed.code} ${killed.signal}`);
  assert.deepEqual(snapshot(out), before);
  assert.ok(!existsSync(killed.tmp), 'the temporary folder is left behind');
});

test('SIGKILL mid-build: the previous site is byte-identical; the next build removes the stale folder', async (t) => {
  const killed = await killMidBuild('SIGKILL');
  t.diagnostic(`killed after ${killed.writtenWhenKilled} files written`);
  assert.equal(killed.signal, 'SIGKILL');
  assert.deepEqual(snapshot(out), before);
  assert.ok(existsSync(killed.tmp), 'SIGKILL cannot clean up: the half-written folder should still be there');

  const next = cli('--content', seeds, '--out', out, '--no-search');
  assert.equal(next.status, 0, next.stderr);
  assert.ok(!existsSync(killed.tmp), 'the stale temporary folder was not removed');
  assert.deepEqual(Object.keys(snapshot(out)), Object.keys(before));
});

test('a build killed between its two renames gets the previous site back from .old', async () => {
  const dir = mkdtempSync(join(work, 'renames-'));
  const site = join(dir, 'site');
  const gone = spawnSync(process.execPath, ['-e', '']).pid!;
  mkdirSync(join(dir, `.site.old-${gone}`));
  writeFileSync(join(dir, `.site.old-${gone}/index.html`), 'previous');
  mkdirSync(join(dir, `.site.tmp-${gone}`));
  // The records a killed build wrote for Pagefind.
  mkdirSync(join(dir, `.site.index-${gone}/0/records`), { recursive: true });
  assert.equal(cleanStaleBuilds(site).length, 3);
  assert.equal(readFileSync(join(site, 'index.html'), 'utf8'), 'previous');
  assert.deepEqual(readdirSync(dir), ['site']);

  renameSync(site, join(dir, `.site.old-${gone}`));
  mkdirSync(site);
  cleanStaleBuilds(site);
  assert.deepEqual(readdirSync(dir), ['site'], 'with a site in place, the stale .old is only removed');
});

test('--out is refused when it holds the content, or is a folder that is not a site; nothing is touched', () => {
  const dir = mkdtempSync(join(work, 'out-'));
  const content = join(dir, 'content');
  copySeeds(content);
  const contentBefore = snapshot(content);
  const holds = cli('--content', content, '--out', dir, '--no-search');
  assert.equal(holds.status, 1);
  assert.match(holds.stderr, /contient le dossier de contenu/);
  assert.deepEqual(snapshot(content), contentBefore);

  const notes = join(dir, 'notes');
  mkdirSync(notes);
  writeFileSync(join(notes, 'courses.txt'), 'pain, lait');
  const notSite = cli('--content', content, '--out', notes, '--no-search');
  assert.equal(notSite.status, 1);
  assert.match(notSite.stderr, /n’a pas l’air d’un site/);
  assert.equal(readFileSync(join(notes, 'courses.txt'), 'utf8'), 'pain, lait');
});
