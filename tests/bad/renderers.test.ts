/**
 * Renderer processes (src/site/render-pool.ts, `--jobs`) and the indexing process
 * (src/build/search-process.ts): a renderer that dies mid-build fails the build with a message
 * naming it, the other renderers are killed, and the previous site is left byte-identical; a
 * build interrupted by SIGINT leaves neither a renderer nor an indexing process running.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { copySeeds, PROJECT_ROOT } from './catalog.ts';
import { CLI_ENTRY } from '../../src/paths.ts';
import { manyArticles, snapshot } from '../helpers/trees.ts';

const CLI = ['--import', 'tsx', CLI_ENTRY, 'build'];
const work = mkdtempSync(join(tmpdir(), 'kiosque-renderers-'));
after(() => rmSync(work, { recursive: true, force: true }));
const out = join(work, 'site');
const seeds = join(work, 'seeds');
copySeeds(seeds);

// Enough pages for two renderer processes with several runs each (src/site/render.ts).
const big = join(work, 'big');
manyArticles(big, 3000);

/** Renderer processes of `parent`: its children named by src/site/render-child.ts (or `comm`). */
function renderers(parent: number, comm = 'kiosque-render'): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent && readFileSync(`/proc/${name}/comm`, 'utf8').trim() === comm) found.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** The process runs, or is a zombie nobody reaped. */
const present = (pid: number) => existsSync(`/proc/${pid}`);

/**
 * Starts a 2-job build of the big folder, waits until its render has begun (its progress line)
 * while renderer processes work, then calls `act` with the build and its renderers.
 */
async function midRender(act: (build: number, children: number[]) => void, search = false) {
  // Without a cache, as a cold build: its renderer processes start at the end of the ingest,
  // before the index is half done. With the cache of the first build, a build of this folder
  // started them only once its render began, and its index could be done by then (seen once,
  // in a full test run: the build ran to its end).
  const child = spawn(process.execPath, [...CLI, '--content', big, '--out', out, '--no-cache', ...(search ? [] : ['--no-search']), '--jobs', '2'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, sig) => resolve({ code, signal: sig })));
  const tmp = join(work, `.site.tmp-${child.pid}`);
  const deadline = Date.now() + 120_000;
  let children: number[];
  // With the search index: its own process (kiosque-search) is running too.
  const started = () => renderers(child.pid!).length > 0 && (!search || renderers(child.pid!, 'kiosque-search').length > 0);
  while (!(stderr.includes('rendu…') && started())) {
    assert.ok(Date.now() < deadline, 'the render never started');
    assert.equal(child.exitCode, null, `the build ended before its render could be interrupted: ${stderr}`);
    await sleep(10);
  }
  children = [...renderers(child.pid!), ...renderers(child.pid!, 'kiosque-search')];
  act(child.pid!, children);
  return { ...(await exited), stderr: () => stderr, tmp, children };
}

const first = spawnSync(process.execPath, [...CLI, '--content', seeds, '--out', out, '--no-search'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
const before = snapshot(out);

test('the previous site is built', () => {
  assert.equal(first.status, 0, first.stderr);
});

test('a renderer process killed mid-render fails the build with its reason; the others are killed; the previous site is intact', async () => {
  const run = await midRender((_, children) => process.kill(children[0]!, 'SIGKILL'));
  assert.equal(run.code, 1, run.stderr());
  // Killed while its next run was being sent, or while rendering: either way the message names it.
  assert.match(run.stderr(), /le processus de rendu \d+ (s’est arrêté \(signal SIGKILL\)|n’a pas reçu sa part des pages)/);
  assert.match(run.stderr(), /rien n’a été écrit/);
  assert.deepEqual(snapshot(out), before);
  assert.ok(!existsSync(run.tmp), 'the temporary folder is left behind');
  await sleep(200);
  assert.deepEqual(run.children.filter(present), [], 'a renderer process outlived the build');
});

test('SIGINT mid-render: the build exits 130, no renderer process is left, the previous site is intact', async () => {
  const run = await midRender((build) => process.kill(build, 'SIGINT'));
  assert.equal(run.code, 130, run.stderr());
  // The reader who pressed Ctrl-C is told what is on disk, not left with an exit code.
  assert.match(run.stderr(), new RegExp(`kiosque: construction interrompue \\(SIGINT\\) : rien n’a été écrit, ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} est inchangé\n`, 'u'));
  assert.deepEqual(snapshot(out), before);
  assert.ok(!existsSync(run.tmp), 'the temporary folder is left behind');
  await sleep(200);
  assert.deepEqual(run.children.filter(present), [], 'a renderer process outlived the build');
});

test('SIGINT while the index is being built: the build exits 130, no indexing or renderer process is left', async () => {
  const run = await midRender((build) => process.kill(build, 'SIGINT'), true);
  assert.equal(run.code, 130, run.stderr());
  assert.deepEqual(snapshot(out), before);
  assert.ok(!existsSync(run.tmp), 'the temporary folder is left behind');
  await sleep(200);
  assert.deepEqual(run.children.filter(present), [], 'an indexing or renderer process outlived the build');
});

test('a second signal while the build stops (Ctrl-C reaches the process group, a launcher passes SIGTERM on) does not cut its cleanup short (the fourteenth reader’s review)', async () => {
  const run = await midRender((build) => {
    process.kill(build, 'SIGTERM');
    // Apart: two signals sent at once arrive as one. This one comes while the renderers are stopped.
    setTimeout(() => process.kill(build, 'SIGTERM'), 30);
  });
  assert.equal(run.code, 143, run.stderr());
  assert.match(run.stderr(), /kiosque: construction interrompue \(SIGTERM\) : rien n’a été écrit/u);
  assert.deepEqual(snapshot(out), before);
  assert.ok(!existsSync(run.tmp), 'the temporary folder is left behind');
});
