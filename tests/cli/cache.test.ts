/**
 * The daily rebuild (issue 13): a build with a cache redoes only what changed, and its output is
 * byte-identical to a clean build of the same folder; a cache that cannot be trusted is dropped.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/build/index.ts';
import { siteOptions } from '../../src/build/options.ts';
import { CLI_ENTRY, PROJECT_ROOT } from '../../src/paths.ts';
import { correct, treeDifferences } from '../../tools/bench/rebuild.ts';
import { FIXTURE } from '../helpers/site.ts';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI_ENTRY, 'build', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

const work = mkdtempSync(join(tmpdir(), 'kiosque-cache-'));
const day1 = join(work, 'day-1');
const day2 = join(work, 'day-2');
cpSync(FIXTURE, day1, { recursive: true });
cpSync(FIXTURE, day2, { recursive: true });
// Day 2: two new articles, a corrected one, a deleted one.
writeFileSync(join(day2, '2025-04-02-velo.md'), '---\ntitle: "Pistes cyclables : le réseau s’étend vers le nord"\ndate: 2025-04-02\n---\nLa métropole ouvre trois kilomètres de pistes cyclables entre le centre et les quartiers nord.\n\nLes travaux ont duré six mois.\n');
writeFileSync(join(day2, '2025-04-03-piscine.md'), '---\ntitle: "La piscine municipale rouvre après travaux"\ndate: 2025-04-03\n---\nAprès un an de travaux, la piscine municipale rouvre ses bassins au public samedi.\n');
writeFileSync(join(day2, '2023-01-12-soldes.md'), correct(readFileSync(join(day1, '2023-01-12-soldes.md'), 'utf8')));
rmSync(join(day2, 'marathon.txt'));

const site = join(work, 'site');
const cache = join(work, 'cache');
const clean = join(work, 'clean');
const first = cli('--content', day1, '--out', site, '--cache', cache);
const second = cli('--content', day2, '--out', site, '--cache', cache);
cli('--content', day2, '--out', clean, '--no-cache');

test('the rebuild with a cache is byte-identical to a clean build of the same folder, search index included', () => {
  assert.match(first, /cache : construction complète \(pas encore de cache\)/);
  assert.deepEqual(treeDifferences(site, clean), []);
  const soldes = readFileSync(join(site, 'articles/2023/01/soldes-d-hiver-un-demarrage-timide-pour-les-commercants/index.html'), 'utf8');
  assert.match(soldes, /Rectificatif/, 'the correction is on the page');
});

test('the rebuild reads again only the files that changed and renders only the pages whose data changed', () => {
  const m = /cache : lecture reprise pour (\d+) fichiers?, analyse pour (\d+) articles? ; (\d+) pages?(?: et \d+ tranches? de l’index de recherche sur \d+)? reprises? du site précédent/.exec(second);
  assert.ok(m, second);
  const articles = Number(/(\d+) articles publiés/.exec(second)![1]);
  // 39 files less the deleted one, less sujets.yml (read every time); two new, one corrected.
  assert.equal(Number(m[1]), articles - 3);
  assert.equal(Number(m[2]), articles - 3);
  const pages = Number(/ (\d+) pages/.exec(second)![1]);
  assert.ok(Number(m[3]) > pages / 3, `${m[3]} of ${pages} pages reused`);
  // The editor is told what changed since the previous build (the twelfth reader’s review).
  assert.match(second, /kiosque: depuis la construction précédente : 2 fichiers ajoutés, 1 modifié, 1 supprimé\n/u);
  assert.doesNotMatch(first, /depuis la construction précédente/u);
});

test('the report holds the cache’s figures, with the files added, changed and removed by name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-report-'));
  const report = join(dir, 'report.json');
  cli('--content', day2, '--out', join(dir, 'site'), '--cache', join(dir, 'cache'), '--no-search');
  cli('--content', day1, '--out', join(dir, 'site'), '--cache', join(dir, 'cache'), '--no-search', '--report', report);
  const { cache: figures } = JSON.parse(readFileSync(report, 'utf8')) as { cache: { state: string; files: number; changes: { added: string[]; changed: string[]; removed: string[] } } };
  assert.equal(figures.state, 'used');
  assert.ok(figures.files > 30);
  assert.deepEqual(figures.changes, { added: ['marathon.txt'], changed: ['2023-01-12-soldes.md'], removed: ['2025-04-02-velo.md', '2025-04-03-piscine.md'] });
});

test('a page edited by hand in the output is rendered again, not reused', () => {
  const any = join(site, 'articles/2023/01/soldes-d-hiver-un-demarrage-timide-pour-les-commercants/index.html');
  const before = readFileSync(any);
  writeFileSync(any, 'edited by hand');
  cli('--content', day2, '--out', site, '--cache', cache);
  assert.deepEqual(readFileSync(any), before);
  assert.deepEqual(treeDifferences(site, clean), []);
});

test('a page removed from the output, or a folder of pages, is rendered again, and the summary counts every page', () => {
  const article = join(site, 'articles/2023/01/soldes-d-hiver-un-demarrage-timide-pour-les-commercants/index.html');
  const before = readFileSync(article);
  rmSync(article);
  rmSync(join(site, 'lieux'), { recursive: true });
  const out = cli('--content', day2, '--out', site, '--cache', cache);
  assert.deepEqual(readFileSync(article), before);
  assert.deepEqual(treeDifferences(site, clean), []);
  assert.equal(Number(/ (\d+) pages/.exec(out)![1]), Number(/ (\d+) pages/.exec(second)![1]));
});

test('a corrupt cache is dropped with a message, and the build is complete and identical', () => {
  writeFileSync(join(cache, 'kiosque-cache.bin'), 'garbage');
  const out = cli('--content', day2, '--out', site, '--cache', cache);
  assert.match(out, /cache : construction complète \(cache illisible/);
  assert.deepEqual(treeDifferences(site, clean), []);
});

test('with the index in shards and every body in the cache’s body file, the rebuild copies the shards whose articles did not change, and is identical', async () => {
  const options = (content: string, out: string, cacheDir?: string) => ({
    content, out, site: siteOptions({ origin: 'http://localhost:8080' }), strict: false, search: true, searchIndex: { shardSize: 8 }, bodiesInMemory: 0, ...(cacheDir ? { cache: cacheDir } : {}),
  });
  const sharded = join(work, 'sharded');
  const shardCache = join(work, 'shard-cache');
  const cold = await build(options(day1, sharded, shardCache));
  assert.ok(cold.ok, cold.failure);
  const again = await build(options(day2, sharded, shardCache));
  assert.ok(again.ok, again.failure);
  assert.ok(again.cache.shards.total > 2, `${again.cache.shards.total} shards`);
  assert.ok(again.cache.shards.reused > 0 && again.cache.shards.reused < again.cache.shards.total, `${again.cache.shards.reused} of ${again.cache.shards.total} shards reused`);
  assert.ok(again.archive!.articles.every((a) => a.stored), 'the bodies were in the file');
  assert.equal(readdirSync(shardCache).filter((f) => f.startsWith('corps-')).length, 1, 'one body file: the previous one is removed');
  const reference = join(work, 'sharded-clean');
  assert.ok((await build(options(day2, reference))).ok);
  assert.deepEqual(treeDifferences(sharded, reference), []);
});

test('a build that keeps every article body in a file instead of memory writes the same site, and leaves no file behind', async () => {
  const stored = join(work, 'stored');
  const result = await build({ content: day2, out: stored, site: siteOptions(), strict: false, search: true, bodiesInMemory: 0 });
  assert.ok(result.ok, result.failure);
  assert.ok(result.archive!.articles.every((a) => a.stored && a.sections.length === 0), 'every body was in the file');
  assert.deepEqual(treeDifferences(stored, clean), []);
  assert.deepEqual(readdirSync(work).filter((f) => f.includes('corps')), []);
});

test('other site options rebuild every page that depends on them', () => {
  const based = join(work, 'based');
  cli('--content', day2, '--out', based, '--no-cache', '--base-path', '/archives/');
  cli('--content', day2, '--out', site, '--cache', cache, '--base-path', '/archives/');
  assert.deepEqual(treeDifferences(site, based), []);
});

test('an article online that a slip makes unreadable is rejected with a warning that its page leaves the site (the twelfth reader’s review)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-offline-'));
  const content = join(dir, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  const file = join(content, '2023-01-12-soldes.md');
  const out = join(dir, 'site');
  const report = join(dir, 'report.json');
  cli('--content', content, '--out', out, '--cache', join(dir, 'cache'), '--no-search');
  // An unclosed quote in the title: the front matter no longer reads.
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/mu, 'title: "Soldes d’hiver'));
  const run = () => spawnSync(process.execPath, ['--import', 'tsx', CLI_ENTRY, 'build', '--content', content, '--out', out, '--cache', join(dir, 'cache'), '--no-search', '--report', report], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  const second = run();
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stdout + second.stderr, /2023-01-12-soldes\.md[^]*était en ligne après la construction précédente/u);
  const entry = (JSON.parse(readFileSync(report, 'utf8')) as { inputs: { file: string; status: string; warnings: { message: string }[] }[] }).inputs.find((i) => i.file === '2023-01-12-soldes.md')!;
  assert.equal(entry.status, 'rejected');
  assert.equal(entry.warnings.filter((w) => /était en ligne/u.test(w.message)).length, 1);
  // Rejected again the next day: it was not online any more, so no such warning.
  const third = run();
  assert.doesNotMatch(third.stdout + third.stderr, /était en ligne/u);
});

test('a corrected title that moves an article’s address is warned about once, with how to keep the address or send readers on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-moved-'));
  const content = join(dir, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  const file = join(content, '2023-01-12-soldes.md');
  const out = join(dir, 'site');
  const report = join(dir, 'report.json');
  const run = () => cli('--content', content, '--out', out, '--cache', join(dir, 'cache'), '--no-search', '--report', report);
  const moved = () => (JSON.parse(readFileSync(report, 'utf8')) as { inputs: { file: string; warnings: { message: string }[] }[] }).inputs
    .flatMap((i) => i.warnings.filter((w) => /adresse changée/u.test(w.message)).map((w) => `${i.file}: ${w.message}`));
  run();
  const before = readdirSync(join(out, 'articles', '2023', '01'));
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/mu, 'title: "Soldes d’hiver : les commerçants font leurs comptes"'));
  run();
  const now = readdirSync(join(out, 'articles', '2023', '01')).filter((f) => !before.includes(f));
  assert.equal(now.length, 1);
  const old = before.filter((f) => !readdirSync(join(out, 'articles', '2023', '01')).includes(f));
  assert.deepEqual(moved(), [`2023-01-12-soldes.md: adresse changée depuis la construction précédente : /articles/2023/01/${old[0]}/ → /articles/2023/01/${now[0]}/ ; les liens vers l’ancienne mènent à la page introuvable ; pour la garder, écrivez slug: ${old[0]} dans l’en-tête (entre deux lignes ---) ; pour y renvoyer les lecteurs, écrivez aliases: [/articles/2023/01/${old[0]}/]`]);
  // Said once: the next build knows the new address.
  run();
  assert.deepEqual(moved(), []);
  // Done as told: the former address is a page that sends the reader on, and no warning.
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/mu, (line) => `${line}\naliases: [/articles/2023/01/${old[0]}/]`));
  run();
  assert.deepEqual(moved(), []);
  const redirect = readFileSync(join(out, 'articles', '2023', '01', old[0]!, 'index.html'), 'utf8');
  assert.match(redirect, new RegExp(`<meta http-equiv="refresh" content="0; url=/articles/2023/01/${now[0]}/">`, 'u'));
  assert.match(redirect, /<meta name="robots" content="noindex">/u);
  assert.match(redirect, new RegExp(`<a href="/articles/2023/01/${now[0]}/">Soldes d’hiver`, 'u'));
  assert.doesNotMatch(readFileSync(join(out, 'sitemap.xml'), 'utf8'), new RegExp(old[0]!, 'u'));
});
