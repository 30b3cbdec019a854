import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatCores, cpuRatio, formatRounds, formatScaling, median, megabytes, peakMegabytes, peaksByName, ratio, type Round } from '../../../tools/bench/figures.ts';

const round = (first: Round['first'], wallMs: number, hugoMs: number, pagefindMs: number): Round => ({
  first,
  kiosque: { wallMs, cpuMs: wallMs * 1.5, timings: { ingest: 1000, enrich: 500, render: wallMs - 2000, search: 0, write: 10 }, pages: 300, articles: 100, warnings: 2, files: 500, bytes: 3_000_000,
    peaks: [{ pid: 1, name: 'node', peakKb: 400e6 / 1024, cpuMs: wallMs }, { pid: 2, name: 'pagefind_extended', peakKb: 200e6 / 1024, cpuMs: wallMs / 2 }] },
  hugo: { hugoMs, pagefindMs, cpuMs: hugoMs + pagefindMs, pages: 120, files: 450, bytes: 2_000_000, peaks: [{ pid: 3, name: 'hugo', peakKb: 100e6 / 1024, cpuMs: hugoMs }] },
});

test('median of odd and even counts', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.ok(Number.isNaN(median([])));
});

test('the ratio is Kiosque over Hugo plus Pagefind, in wall and in CPU time', () => {
  const r = round('kiosque', 8000, 4000, 6000);
  assert.equal(ratio(r), 0.8);
  assert.equal(cpuRatio(r), 1.2);
  assert.equal(ratio({ first: 'kiosque', kiosque: r.kiosque }), undefined);
});

test('peaks per process name keep the highest memory and the median CPU time', () => {
  const peaks = peaksByName([
    [{ pid: 1, name: 'node', peakKb: 10, cpuMs: 100 }, { pid: 2, name: 'node', peakKb: 30, cpuMs: 50 }],
    [{ pid: 3, name: 'node', peakKb: 20, cpuMs: 300 }],
    [{ pid: 4, name: 'node', peakKb: 5, cpuMs: 10 }],
  ]);
  assert.deepEqual(peaks, [{ name: 'node', peakKb: 30, cpuMs: 150 }]);
});

test('the printed figures give each round, the medians, memory, output and the ratio against its target', () => {
  const lines = formatRounds(100, [round('kiosque', 8000, 4000, 6000), round('hugo', 9000, 4000, 5000), round('kiosque', 7000, 5000, 5000)]);
  const text = lines.join('\n');
  assert.match(lines[0]!, /^run\s+order\s+kiosque s\s+ingest\s+enrich\s+render\s+search\s+write\s+cpu s\s+hugo s/);
  assert.match(text, /\n2\s+H\+P, K\s+9\.0 /);
  assert.match(text, /\nmedian\s+8\.0 /);
  assert.match(text, /node 400 MB \(8\.0 s CPU\), pagefind_extended 200 MB/);
  assert.match(text, /Hugo \+ Pagefind CLI hugo 100 MB/);
  assert.match(text, /median of 3 rounds: 0\.80 wall time \(target ≤ 1\.0\)/);
  assert.equal(megabytes(3_000_000), '3.0 MB');
  assert.equal(peakMegabytes(1_000_000), '1024 MB', 'a peak of a million kB (1,024 bytes) is over 1 GB');
});

test('scaling is the time per article against the smallest corpus', () => {
  const lines = formatScaling([{ articles: 1000, msPerArticle: 2 }, { articles: 10000, msPerArticle: 2.2 }]);
  assert.match(lines[2]!, /^10000\s+2\.20\s+\+10 %$/);
});

test('the cores table gives each core count its runs, median and speed-up over the first', () => {
  const lines = formatCores([{ cores: 1, walls: [10_000, 12_000], speedUp: 1 }, { cores: 2, walls: [6_000, 5_000], speedUp: 11_000 / 5_500 }]);
  assert.match(lines[0]!, /^cores\s+runs s\s+median s\s+speed-up/);
  assert.match(lines[1]!, /^1\s+10\.0 12\.0\s+11\.0\s+1\.00x/);
  assert.match(lines[2]!, /^2\s+6\.0 5\.0\s+5\.5\s+2\.00x/);
});

test('with the runs, the cores table gives the median phase times, the highest peak memory of one process per name and the median CPU of each kind', () => {
  const run = (render: number, peaks: [string, number, number][]) => ({ wallMs: 0, cpuMs: render * 2, timings: { ingest: 1_000, render }, pages: 1, articles: 1, warnings: 0, files: 1, bytes: 1, peaks: peaks.map(([name, mb, cpuMs], pid) => ({ pid, name, peakKb: (mb * 1e6) / 1024, cpuMs })) });
  const lines = formatCores([
    { cores: 1, walls: [10_000], speedUp: 1, runs: [run(8_000, [['node', 1200, 16_000]])] },
    { cores: 2, walls: [6_000, 5_000], speedUp: 2, runs: [run(4_000, [['node', 600, 5_000], ['kiosque-render', 650, 2_000], ['kiosque-render', 700, 2_500]]), run(5_000, [['node', 640, 6_000], ['kiosque-render', 500, 4_000]])] },
  ]);
  assert.match(lines[0]!, /ingest\s+enrich\s+render.*cpu s$/);
  assert.match(lines[1]!, /^1\s.*1\.00x\s+1\.0\s+-\s+8\.0.*16\.0$/);
  assert.match(lines[2]!, /^2\s.*2\.00x\s+1\.0\s+-\s+4\.5.*9\.0$/);
  assert.equal(lines[3], '1 core(s), peak memory of one process (max) and CPU per kind of process (median): node 1200 MB (16.0 s CPU)');
  // Renderers: 4.5 s in the first run (two processes), 4.0 s in the second; node 5.0 and 6.0 s.
  assert.equal(lines[4], '2 core(s), peak memory of one process (max) and CPU per kind of process (median): kiosque-render 700 MB (4.3 s CPU), node 640 MB (5.5 s CPU)');
});
