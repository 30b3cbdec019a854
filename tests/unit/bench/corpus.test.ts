import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recombine, YEARS_PER_ROUND } from '../../../tools/bench/corpus.ts';
import { seededRandom, syntheticArticle } from '../../../tools/bench/synthetic.ts';
import { ingestFile } from '../../../src/ingest/index.ts';

const ingest = (name: string, text: string) => ingestFile(name, new TextEncoder().encode(text));

test('the synthetic corpus is the same for the same seed and differs for another', () => {
  const a = Array.from({ length: 20 }, (_, i) => syntheticArticle(7, i));
  assert.deepEqual(a, Array.from({ length: 20 }, (_, i) => syntheticArticle(7, i)));
  assert.notDeepEqual(a, Array.from({ length: 20 }, (_, i) => syntheticArticle(8, i)));
  assert.equal(seededRandom(3)(), seededRandom(3)());
});

test('synthetic articles mix .md and .txt, are all published by ingest, and are dated over many years at several precisions', () => {
  const files = Array.from({ length: 300 }, (_, i) => syntheticArticle(1, i));
  const formats = new Set(files.map((f) => f.name.slice(f.name.lastIndexOf('.'))));
  assert.deepEqual([...formats].sort(), ['.md', '.txt']);
  const years = new Set<number>();
  const precisions = new Set<string>();
  for (const f of files) {
    const r = ingest(f.name, f.text);
    assert.equal(r.ok, true, `${f.name}: ${JSON.stringify(r)}`);
    if (r.ok !== true) continue;
    assert.ok(r.article.date, `${f.name} has a date`);
    assert.ok(r.article.wordCount > 40, `${f.name} has a real body`);
    years.add(r.article.date!.year);
    precisions.add(r.article.date!.precision);
  }
  assert.ok(years.size >= 15, `years: ${[...years].sort().join(', ')}`);
  assert.deepEqual([...precisions].sort(), ['day', 'month', 'year']);
});

test('a reused Markdown article gets an earlier date, a title suffix and a file suffix, and stays a valid article', () => {
  const text = '---\ntitle: "Le budget voté"\ndate: 2019-05-02\nsource: "AFP"\n---\n\nLe budget a été voté mardi soir.\n';
  const copy = recombine('2019-05-02-budget.md', text, 2);
  assert.equal(copy.name, '2019-05-02-budget-r3.md');
  const r = ingest(copy.name, copy.text);
  assert.equal(r.ok, true);
  if (r.ok !== true) return;
  assert.equal(r.article.title, 'Le budget voté (reprise 3)');
  assert.equal(r.article.date?.iso, `${2019 - 2 * YEARS_PER_ROUND}-05-02`);
});

test('a reused raw text article gets an earlier date and a suffixed title line', () => {
  const text = 'Le budget voté\n date 2018-11 Le budget a été voté mardi soir.\n\nSource : AFP\n';
  const copy = recombine('budget.txt', text, 1);
  const r = ingest(copy.name, copy.text);
  assert.equal(r.ok, true);
  if (r.ok !== true) return;
  assert.equal(r.article.title, 'Le budget voté (reprise 2)');
  assert.equal(r.article.date?.iso, `${2018 - YEARS_PER_ROUND}-11`);
});

test('29 February stays a real date when reused, and reused articles raise no warning', () => {
  const copy = recombine('a.md', '---\ntitle: "T"\ndate: 2016-02-29\n---\n\nTexte du jour.\n', 1);
  assert.match(copy.text, /date: 2004-02-29/);
  const r = ingest(copy.name, copy.text);
  assert.equal(r.ok, true);
  if (r.ok === true) assert.deepEqual(r.article.diagnostics.filter((d) => d.level === 'warning'), []);
});
