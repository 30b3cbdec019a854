/**
 * Files and folders the build's user may not read (the thirty-fifth review): each is rejected with
 * what to do, and the rest is published; a taxonomy that cannot be read fails the build, saying why.
 * Rights mean nothing to root, so the build runs as `nobody` (setpriv); skipped where that cannot be.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CONTENT, ROOT } from '../helpers/content.ts';
import { CLI_ENTRY } from '../../src/paths.ts';
import { unlistable } from '../../src/ingest/content-files.ts';

const asNobody = process.getuid?.() === 0 && existsSync('/usr/bin/setpriv');

function cliAsNobody(...args: string[]) {
  return spawnSync('/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '--import', 'tsx', CLI_ENTRY, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, HOME: tmpdir() } });
}

test('the messages say what cannot be read and what to do', () => {
  const failure = (code: string) => Object.assign(new Error(code), { code });
  assert.match(unlistable(failure('EACCES'), true), /^dossier illisible \(EACCES\) : ses fichiers ne sont pas lus ; donnez le droit de le lire/);
  assert.match(unlistable(failure('EACCES'), false), /^fichier illisible \(EACCES\) ; donnez le droit/);
  assert.match(unlistable(failure('ENOENT'), true), /^dossier disparu pendant la lecture du dossier de contenu/);
});

test('an unreadable folder or file is rejected with what to do, the others published; an unreadable taxonomy fails the build', { skip: !asNobody && 'needs root and setpriv to run the build as nobody' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-rights-'));
  chmodSync(dir, 0o777);
  const content = join(dir, 'content');
  mkdirSync(join(content, 'ferme'), { recursive: true });
  const [seed, other] = ['000_8d8c1ec7b0367f6a.txt', '001_49f8b49277cbb6e8.txt'];
  copyFileSync(join(CONTENT, seed!), join(content, seed!));
  copyFileSync(join(CONTENT, other!), join(content, 'secret.txt'));
  copyFileSync(join(CONTENT, other!), join(content, 'ferme', other!));
  chmodSync(join(content, 'secret.txt'), 0o000);
  chmodSync(join(content, 'ferme'), 0o000);
  const report = join(dir, 'report.json');
  const r = cliAsNobody('build', '--content', content, '--out', join(dir, 'site'), '--report', report, '--no-search', '--no-cache');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /ferme: erreur: dossier illisible \(EACCES\) : ses fichiers ne sont pas lus ; donnez le droit de le lire/);
  assert.match(r.stderr, /secret\.txt: erreur: fichier illisible \(EACCES\) ; donnez le droit de le lire/);
  const inputs = JSON.parse(readFileSync(report, 'utf8')).inputs as Array<{ file: string; status: string; errors: Array<{ id: string }> }>;
  assert.deepEqual(inputs.map((i) => [i.file, i.status, i.errors[0]?.id]).sort(), [[seed, 'published', undefined], ['ferme', 'rejected', 'folder-unreadable'], ['secret.txt', 'rejected', 'unreadable']]);

  writeFileSync(join(content, 'sujets.yml'), '- slug: vie-locale\n  label: Vie locale\n');
  chmodSync(join(content, 'sujets.yml'), 0o000);
  const config = cliAsNobody('build', '--content', content, '--out', join(dir, 'site'), '--no-search', '--no-cache');
  assert.equal(config.status, 1, config.stderr);
  assert.match(config.stderr, /sujets\.yml: erreur: fichier illisible \(EACCES\)/);
  assert.doesNotMatch(config.stderr, /permission denied/, 'no raw system error');
});
