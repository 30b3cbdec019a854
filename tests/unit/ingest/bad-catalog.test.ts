/**
 * The catalog of bad inputs (tests/fixtures/bad/expected.yml) walked through ingestContent,
 * which lists the folder and hands each file to ingestFile: every file gets the status,
 * diagnostics and visible result its expectation names.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ingestContent, reportEntries } from '../../../src/build/pipeline.ts';
import { enrich } from '../../../src/enrich/index.ts';
import { makeReport } from '../../../src/build/report.ts';
import { entryMismatches, expectedFiles, loadCatalog, materialiseCatalog } from '../../bad/catalog.ts';

const catalog = loadCatalog();
const dir = mkdtempSync(join(tmpdir(), 'kiosque-bad-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const written = materialiseCatalog(dir);
// The ---js fixtures write this file if their code ever runs.
const marker = join(dir, 'front-matter-code-ran');
process.env.KIOSQUE_PWNED = marker;
const ingested = ingestContent(dir);
const { articles } = enrich(ingested.articles, ingested.config);
const report = makeReport(reportEntries(ingested, articles));
const entries = new Map(report.inputs.map((e) => [e.file, e]));
const byFile = new Map(articles.map((a) => [a.sourceFile, a]));
const expected = expectedFiles(catalog);

test('the catalog holds at least 40 cases, and each case folder has expectations', () => {
  assert.ok(catalog.cases.length >= 40, `only ${catalog.cases.length} cases`);
  assert.deepEqual(written, catalog.cases.map((c) => c.name).sort());
});

test('every file of the catalog has a report entry and an expectation, none missing', () => {
  assert.deepEqual([...entries.keys()].sort(), [...expected.keys()].sort());
  assert.equal(report.counts.inputs, expected.size);
});

for (const c of catalog.cases) {
  test(`${c.name}: ${c.about}`, () => {
    for (const [name, expect] of Object.entries(c.files)) {
      const file = `${c.name}/${name}`;
      const problems = entryMismatches(expect, entries.get(file));
      const a = byFile.get(file);
      if (expect.status === 'published') {
        if (!a) problems.push('no article');
        else {
          if (expect.title !== undefined && a.title !== expect.title) problems.push(`title ${JSON.stringify(a.title)}, expected ${JSON.stringify(expect.title)}`);
          if (expect.date !== undefined && (a.date?.iso !== expect.date.iso || a.date.precision !== expect.date.precision)) {
            problems.push(`date ${JSON.stringify(a.date)}, expected ${JSON.stringify(expect.date)}`);
          }
          for (const topic of expect.topics ?? []) if (!a.topics.includes(topic)) problems.push(`topics ${JSON.stringify(a.topics)} lack ${topic}`);
          const text = [a.lede, ...a.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs])].join('\n');
          for (const f of expect.text_has ?? []) if (!text.includes(f)) problems.push(`text lacks ${JSON.stringify(f)}`);
          for (const f of expect.html_has ?? []) if (!a.bodyHtml?.includes(f)) problems.push(`body HTML lacks ${JSON.stringify(f)}: ${a.bodyHtml}`);
          for (const f of expect.html_lacks ?? []) if (a.bodyHtml === undefined || a.bodyHtml.includes(f)) problems.push(`body HTML has ${JSON.stringify(f)}: ${a.bodyHtml}`);
        }
      } else if (a) {
        problems.push(`published although ${expect.status}`);
      }
      assert.deepEqual(problems, [], `${file}:\n  ${problems.join('\n  ')}`);
    }
  });
}

test('no ---js front matter or YAML tag ran its code', () => {
  assert.equal((globalThis as { kiosquePwned?: unknown }).kiosquePwned, undefined);
  assert.ok(!existsSync(marker), 'the marker file written by the ---js fixtures exists');
  assert.ok(entries.has('fm-js/js.md') && entries.has('fm-yaml-js-tag/article.md'), 'the fixtures were read');
});

test('a title that is too long is cut at a word to 200 characters, with an ellipsis', () => {
  const a = byFile.get('title-too-long/article.md');
  assert.ok(a);
  assert.ok(a.title.length <= 201, `${a.title.length} characters`);
  assert.match(a.title, /\p{L}…$/u);
});

test('every diagnostic and skip reason is French: no English sentence reaches the user (issue 11)', () => {
  const english = /\b(?:the|is|are|and|should|write|remove|check|was|were|not|file|cannot|line)\b/i;
  for (const e of report.inputs) {
    for (const text of [...e.errors, ...e.warnings].map((d) => d.message).concat(e.reason ?? [])) {
      // File paths quoted in a message (dup-same-file/article.txt) are names, not sentences.
      assert.doesNotMatch(text.replace(/\S*\/\S*/g, ''), english, `${e.file}: "${text}"`);
    }
  }
});

test('every diagnostic says what is wrong and what to do, with the line when it has one', () => {
  for (const e of report.inputs) {
    for (const d of [...e.errors, ...e.warnings]) {
      assert.match(d.message, /; /, `${e.file} ${d.id}: "${d.message}" gives no advice after "; "`);
    }
  }
});
