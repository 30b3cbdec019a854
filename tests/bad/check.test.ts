/**
 * `npm run check`: validates a content folder, prints every problem grouped per file, writes no
 * site, and exits non-zero when a file cannot be published.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Report } from '../../src/build/report.ts';
import { copySeeds, expectedFiles, FIXTURES, loadCatalog, materialiseCatalog } from './catalog.ts';
import { CLI_ENTRY } from '../../src/paths.ts';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'kiosque-check-'));
  dirs.push(d);
  return d;
};

/** Runs the CLI from `cwd`, so a site written by mistake would land there. */
function check(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), CLI_ENTRY, 'check', ...args], { cwd, encoding: 'utf8' });
}

test('check on the catalog exits 1, prints every problem grouped per file with its line, and writes no site', () => {
  const work = tempDir();
  const content = join(work, 'content');
  materialiseCatalog(content);
  const reportFile = join(work, 'report.json');
  const r = check(work, '--content', content, '--report', reportFile);
  assert.equal(r.status, 1, r.stderr);
  assert.deepEqual(readdirSync(work).sort(), ['content', 'report.json'], 'check wrote something besides its report');

  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
  assert.deepEqual(report.inputs.map((e) => e.file).sort(), [...expectedFiles(loadCatalog()).keys()].sort());
  const lines = r.stderr.split('\n');
  for (const e of report.inputs) {
    const problems = [...e.errors, ...e.warnings];
    if (problems.length === 0 && e.reason === undefined) continue;
    const header = lines.indexOf(lines.find((l) => l.startsWith(`${e.file} (`)) ?? '');
    assert.ok(header >= 0, `${e.file} has no header line`);
    const block = lines.slice(header + 1, header + 1 + problems.length);
    for (const d of problems) {
      const where = d.line !== undefined ? `${e.file}:${d.line}: ` : `${e.file}: `;
      assert.ok(block.some((l) => l.startsWith(`  ${where}`) && l.endsWith(d.message)), `${e.file}: "${d.message}" is not printed under its file`);
    }
  }
  assert.ok(lines.includes('  fm-invalid-yaml/article.md:2: erreur: en-tête YAML invalide (guillemet ou crochet jamais fermé) ; vérifiez les guillemets et l’indentation de cette ligne et des lignes au-dessus'));
  const c = report.counts;
  assert.ok(r.stdout.includes(`${c.published} articles publiables (${c.publishedWithWarnings} avec avertissements), ${c.rejected} rejetés, ${c.draft} brouillon${c.draft > 1 ? 's' : ''}, ${c.skipped} fichiers ignorés · à corriger avant publication`), r.stdout);
});

test('check exits 0 when every file can be published, and --strict fails on any warning', () => {
  const work = tempDir();
  const content = join(work, 'content');
  copySeeds(content);
  cpSync(join(FIXTURES, 'date-ambiguous/article.md'), join(content, 'date-ambiguee.md'));
  const reportFile = join(work, 'report.json');
  const ok = check(work, '--content', content, '--report', reportFile);
  assert.equal(ok.status, 0, ok.stderr);
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
  const warnings = report.inputs.flatMap((e) => e.warnings.map((w) => `${e.file}${w.line !== undefined ? `:${w.line}` : ''}: avertissement: ${w.message}`));
  assert.ok(warnings.includes('date-ambiguee.md:3: avertissement: date « 03/04/2024 » ambiguë, lue jour/mois/année (ordre français) ; écrivez-la AAAA-MM-JJ pour lever le doute'));
  assert.deepEqual(ok.stderr.split('\n').filter((l) => l.includes(': avertissement: ')).map((l) => l.trim()), warnings);
  assert.equal(check(work, '--content', content, '--strict').status, 1);
  assert.deepEqual(readdirSync(work).sort(), ['content', 'report.json']);
});

test('check --strict exits 0 on a folder without any warning', () => {
  const work = tempDir();
  cpSync(join(FIXTURES, 'date-partial/month.md'), join(work, 'content/mois.md'), { recursive: true });
  const r = check(work, '--content', join(work, 'content'), '--strict');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^kiosque check : 1 article publiable \(0 avec avertissements\), 0 rejeté, 0 brouillon, 0 fichier ignoré$/m);
});
