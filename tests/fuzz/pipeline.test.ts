/**
 * Property-based tests of issue 11 (fast-check): generated hostile files go through the real
 * pipeline. Bounded for `npm test` (300 files ingested alone, then 3 real builds of 50 files
 * with the search index); `npm run fuzz -- --files 10000` runs many more. A seed that fails
 * is printed by fast-check; its files are kept in tests/fixtures/regressions/issue-11/.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { build } from '../../src/build/index.ts';
import { ingestFile } from '../../src/ingest/index.ts';
import { ROOT } from '../helpers/content.ts';
import { contentBatch, contentFile, type GeneratedFile } from './arbitraries.ts';
import { batchProblems, writeBatch } from './checks.ts';
import { siteOptions } from '../../src/build/options.ts';

const SITE = siteOptions({ origin: 'https://archives.example' });
const REGRESSIONS = join(ROOT, 'tests/fixtures/regressions/issue-11');
const scratch = () => mkdtempSync(join(process.platform === 'linux' ? '/dev/shm' : '/tmp', 'kiosque-fuzz-'));

/**
 * Fails with a short message: the seed, and where the failing files were saved (a counterexample
 * holds megabytes of bytes, too much for a test log); copy them into the regression folder.
 */
function verdict<T extends [GeneratedFile | GeneratedFile[]]>(details: fc.RunDetails<T>): void {
  if (!details.failed) return;
  const keep = scratch();
  const example = details.counterexample?.[0];
  if (example) writeBatch(keep, Array.isArray(example) ? example : [example]);
  assert.fail(`seed ${details.seed}, path ${details.counterexamplePath}: ${String(details.errorInstance).slice(0, 1500)}\nfiles kept in ${keep}`);
}

test('ingest never throws on a generated file, and gives plain data with real line numbers', () => {
  verdict(fc.check(fc.property(contentFile(0), (file) => {
    const result = ingestFile(file.name, file.bytes);
    if (result.ok === 'skipped') return;
    const diagnostics = result.ok ? result.article.diagnostics : result.diagnostics;
    for (const d of diagnostics) {
      assert.ok(d.line === undefined || (Number.isInteger(d.line) && d.line >= 1), `line ${String(d.line)} of ${d.id}`);
      assert.match(d.message, / ; |; /, `${d.id} says what to do`);
    }
    // What a worker message, a cache or JSON does to it: it must survive unchanged.
    if (result.ok) assert.deepEqual(structuredClone(result.article), result.article);
  }), { numRuns: 300, seed: 11 }));
});

test('a real build of generated files is written, lists every file, and escapes every input text', async () => {
  verdict(await fc.check(fc.asyncProperty(contentBatch(50), async (files) => {
    const dir = scratch();
    try {
      writeBatch(join(dir, 'content'), files);
      const result = await build({ content: join(dir, 'content'), out: join(dir, 'site'), site: SITE, strict: false, search: true });
      assert.equal(result.ok, true, result.failure);
      assert.deepEqual(batchProblems(files, result.report, join(dir, 'site'), result.archive), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }), { numRuns: 3, seed: 11, endOnFailure: true }));
});

test('every file that once failed a build is built now, with the others (tests/fixtures/regressions/issue-11)', async () => {
  const cases = readdirSync(REGRESSIONS);
  assert.ok(cases.length > 0, 'the regression folder is not empty');
  const dir = scratch();
  try {
    const content = join(dir, 'content');
    mkdirSync(content);
    for (const c of cases) cpSync(join(REGRESSIONS, c), join(content, c), { recursive: true });
    const files: GeneratedFile[] = cases.flatMap((c) => readdirSync(join(REGRESSIONS, c), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => ({ name: `${c}/${join(e.parentPath, e.name).slice(join(REGRESSIONS, c).length + 1)}`, bytes: new Uint8Array() })));
    const result = await build({ content, out: join(dir, 'site'), site: SITE, strict: false, search: true });
    assert.equal(result.ok, true, result.failure);
    assert.deepEqual(batchProblems(files, result.report, join(dir, 'site'), result.archive), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
