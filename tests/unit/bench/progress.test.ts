import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProgress, progressLine } from '../../../src/cli/progress.ts';

function sink(isTTY: boolean) {
  const out: string[] = [];
  return { out, isTTY, write: (text: string) => out.push(text) };
}

test('a progress line gives the phase, the count of the total and the rate', () => {
  assert.equal(progressLine('render', 12000, 28198, 8), 'rendu · 12 000 / 28 198 pages · 1 500 pages/s');
  assert.equal(progressLine('ingest', 3, 10, 0), 'lecture · 3 / 10 fichiers');
});

test('on a terminal, one line is rewritten in place, at most ten times a second, and cleared at the end', () => {
  const s = sink(true);
  let now = 0;
  const p = createProgress(s, () => now);
  p.onPhase('render');
  for (let i = 1; i <= 100; i++) {
    now += 5;
    p.onProgress('render', i, 100);
  }
  p.clear();
  assert.ok(s.out.every((t) => t.startsWith('\r\x1b[K')));
  assert.ok(!s.out.some((t) => t.includes('\n')));
  // 500 ms of updates: the first, about one per 100 ms, and the last.
  assert.ok(s.out.length >= 5 && s.out.length <= 9, `${s.out.length} writes`);
  assert.match(s.out.at(-2)!, /rendu · 100 \/ 100 pages · 200 pages\/s$/);
  assert.equal(s.out.at(-1), '\r\x1b[K');
});

test('elsewhere, quiet lines: one per phase and one when a counted phase completes', () => {
  const s = sink(false);
  let now = 0;
  const p = createProgress(s, () => now);
  p.onPhase('ingest');
  for (let i = 1; i <= 1000; i++) p.onProgress('ingest', i, 1000);
  now = 2000;
  p.onProgress('ingest', 1000, 1000);
  p.onPhase('render');
  p.clear();
  assert.deepEqual(s.out, ['kiosque: lecture…\n', 'kiosque: lecture · 1 000 / 1 000 fichiers\n', 'kiosque: rendu…\n']);
});
