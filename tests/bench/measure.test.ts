import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runMeasured, statFields, statusPeak } from '../../tools/bench/measure.ts';

test('/proc status and stat lines are read, names with spaces and parentheses included', () => {
  assert.deepEqual(statusPeak('Name:\tpagefind_extend\nVmPeak:\t 9 kB\nVmHWM:\t  1024 kB\n'), { name: 'pagefind_extend', peakKb: 1024 });
  assert.equal(statusPeak('Name:\tkthread\n'), undefined);
  assert.deepEqual(statFields('42 (my (odd) name) S 7 42 42 0 -1 4194560 100 0 0 0 150 50 0 0'), { ppid: 7, ticks: 200 });
});

test('the peak memory of a child process and of its own child are both measured', { skip: process.platform !== 'linux' }, async () => {
  // The child holds 60 MB, and starts a grandchild holding 90 MB; both live long enough to be sampled.
  const grandchild = 'const b = Buffer.alloc(90e6, 1); setTimeout(() => b.length, 600);';
  const child = `const { spawnSync } = require('node:child_process'); const b = Buffer.alloc(60e6, 1); spawnSync(process.execPath, ['-e', ${JSON.stringify(grandchild)}]); b.length;`;
  const m = await runMeasured(process.execPath, ['-e', child], { intervalMs: 50 });
  assert.equal(m.code, 0, m.stderr);
  const peaks = m.peaks.map((p) => p.peakKb / 1024).sort((a, b) => a - b);
  assert.equal(peaks.length, 2, JSON.stringify(m.peaks));
  assert.ok(peaks[0]! >= 60 && peaks[1]! >= 90, `peaks in MB: ${peaks.join(', ')}`);
});
