import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CONTENT, ROOT } from '../helpers/content.ts';
import { CLI_ENTRY } from '../../src/paths.ts';
import { treeDifferences } from '../../tools/bench/rebuild.ts';
import { cacheLock, outLock, takeLock } from '../../src/build/lock.ts';

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', CLI_ENTRY, ...args], { cwd: ROOT, encoding: 'utf8' });
}

test('the seeds build into five article pages, and --report lists every input file with its URL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-cli-'));
  const out = join(dir, 'site');
  const report = join(dir, 'report.json');
  const r = cli('build', '--content', CONTENT, '--out', out, '--report', report, '--no-search');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /5 articles publiés/);
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const seeds = readdirSync(CONTENT).filter((f) => f.endsWith('.txt'));
  const articles = json.inputs.filter((i: { status: string }) => i.status === 'published');
  assert.deepEqual(articles.map((i: { file: string }) => i.file).sort(), seeds.sort());
  for (const i of articles) {
    assert.match(i.url, /^\/articles\/(\d{4}\/\d{2}|sans-date)\/[a-z0-9-]+\/$/);
    const html = readFileSync(join(out, i.url, 'index.html'), 'utf8');
    assert.match(html, /<html lang="fr">/);
    assert.equal(html.match(/<h1[ >]/g)?.length, 1);
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.inLanguage, 'fr');
  }
  assert.equal(json.counts.published, 5);
  // A reader’s review: four seeds give no title line; the editor is told, and the report names them.
  assert.match(r.stdout, /4 titres tirés du premier paragraphe, faute de titre dans leur fichier : --report les liste/);
  const bare = (s: string) => s.replace(/<[^>]*>/g, '').replace(/[\s\u00a0\u202f]+/g, '');
  for (const i of articles) {
    const h1 = /<h1[^>]*>(.*?)<\/h1>/s.exec(readFileSync(join(out, i.url, 'index.html'), 'utf8'))![1]!;
    const firstLine = readFileSync(join(CONTENT, i.file), 'utf8').split('\n')[0]!;
    assert.equal(i.titleFromLede === true, bare(h1) !== bare(firstLine), i.file);
  }
  assert.equal(json.counts.titlesFromLede, 4);
});

test('month precision is shown as « février 2024 » with a <time> at month precision', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-cli-'));
  const out = join(dir, 'site');
  assert.equal(cli('build', '--content', CONTENT, '--out', out, '--no-search').status, 0);
  const month = readdirSync(join(out, 'articles/2024/02'))[0]!;
  const html = readFileSync(join(out, 'articles/2024/02', month, 'index.html'), 'utf8');
  assert.match(html, /<time datetime="2024-02">février 2024<\/time>/);
  const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
  assert.equal(ld.datePublished, '2024-02');
});

test('a rejected file is listed with its line; --strict fails and leaves --out untouched', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-cli-'));
  const content = join(dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
  writeFileSync(join(content, 'mauvaise-date.txt'), 'Titre\n date 2024-13 Texte.\n');
  const out = join(dir, 'site');
  const report = join(dir, 'report.json');
  const ok = cli('build', '--content', content, '--out', out, '--report', report, '--no-search');
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stderr, /mauvaise-date\.txt:2: erreur: date « 2024-13 » impossible/);
  const entry = JSON.parse(readFileSync(report, 'utf8')).inputs.find((i: { file: string }) => i.file === 'mauvaise-date.txt');
  assert.equal(entry.status, 'rejected');
  assert.equal(entry.errors[0].line, 2);

  const before = readFileSync(join(out, 'index.html'));
  const strict = cli('build', '--content', content, '--out', out, '--strict', '--no-search');
  assert.notEqual(strict.status, 0);
  assert.match(strict.stderr, /--strict/);
  assert.deepEqual(readFileSync(join(out, 'index.html')), before);
  assert.ok(!readdirSync(dir).some((f) => f.includes('.tmp-')), 'no temporary folder left behind');
});

test('a content folder without any article file builds an empty site, and says so with what to check', () => {
  const empty = mkdtempSync(join(tmpdir(), 'kiosque-empty-'));
  const out = join(mkdtempSync(join(tmpdir(), 'kiosque-empty-out-')), 'site');
  const r = cli('build', '--content', empty, '--out', out, '--no-cache', '--no-search');
  assert.equal(r.status, 0);
  assert.match(r.stderr, new RegExp(`aucun fichier d’article dans ${empty.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} .*--content`));
  const seeds = cli('check', '--content', CONTENT);
  assert.doesNotMatch(seeds.stderr + seeds.stdout, /aucun fichier d’article/, 'not said of a folder with articles');
});

test('a content folder that publishes nothing (empty, or every file rejected) does not replace a site that publishes articles (the thirty-fifth review)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-emptied-'));
  const out = join(dir, 'site');
  assert.equal(cli('build', '--content', CONTENT, '--out', out, '--no-search', '--no-cache').status, 0);
  const before = readFileSync(join(out, 'index.html'));
  const empty = join(dir, 'vide');
  const rejected = join(dir, 'rejetes');
  cpSync(CONTENT, empty, { recursive: true, filter: (src) => !/\.(txt|md)$/.test(src) });
  cpSync(CONTENT, rejected, { recursive: true, filter: (src) => !/\.(txt|md)$/.test(src) });
  writeFileSync(join(rejected, 'vide.txt'), '');
  for (const content of [empty, rejected]) {
    const r = cli('build', '--content', content, '--out', out, '--no-search', '--no-cache');
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`aucun article à publier, alors que ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} en publie 5 : le site en place est gardé ; vérifiez le dossier donné à --content`));
    assert.deepEqual(readFileSync(join(out, 'index.html')), before);
    assert.ok(existsSync(join(out, 'articles')), content);
  }
  assert.ok(!readdirSync(dir).some((f) => f.includes('.tmp-')), 'no temporary folder left behind');
});

test('an unknown option is refused with the usage', () => {
  const r = cli('build', '--nope');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /usage: kiosque/);
  assert.ok(!existsSync(join(ROOT, '--nope')));
});

test('the command line run from another folder builds the same site, assets included', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-cli-cwd-'));
  const here = spawnSync(process.execPath, ['--import', 'tsx', CLI_ENTRY, 'build', '--content', CONTENT, '--out', join(dir, 'from-project'), '--no-search', '--no-cache'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(here.status, 0, here.stderr);
  const elsewhere = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), CLI_ENTRY, 'build', '--content', CONTENT, '--out', join(dir, 'from-elsewhere'), '--no-search', '--no-cache'], { cwd: dir, encoding: 'utf8' });
  assert.equal(elsewhere.status, 0, elsewhere.stderr);
  assert.equal(/ (\d+) pages/.exec(elsewhere.stdout)![1], / (\d+) pages/.exec(here.stdout)![1], 'every page rendered once, not once per run');
  assert.deepEqual(treeDifferences(join(dir, 'from-elsewhere'), join(dir, 'from-project')), []);
});

test('the records written for Pagefind are not in the site, and are removed from beside it after the build', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-cli-'));
  const out = join(dir, 'site');
  const r = cli('build', '--content', CONTENT, '--out', out, '--no-cache');
  assert.equal(r.status, 0, r.stderr);
  assert.ok(existsSync(join(out, 'pagefind', 'pagefind-entry.json')));
  assert.ok(!readdirSync(out, { recursive: true }).some((f) => String(f).includes('records')), 'records left in the site');
  // Removed by a background process once the site is in place.
  for (let t = 0; readdirSync(dir).some((f) => f.startsWith('.site.')); t++) {
    assert.ok(t < 100, `left beside the site: ${readdirSync(dir).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.deepEqual(readdirSync(dir), ['site']);
});

test('npm run build’s launcher runs the CLI with two malloc arenas, a fixed mmap threshold, its arguments and its exit code', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-launch-'));
  // Each Node process of the run writes its script and the variable, as glibc would read it at start.
  const seen = join(dir, 'seen.txt');
  const probe = join(dir, 'probe.cjs');
  writeFileSync(probe, `require('node:fs').appendFileSync(${JSON.stringify(seen)}, process.argv[1] + ' ' + process.env.MALLOC_ARENA_MAX + ' ' + process.env.MALLOC_MMAP_THRESHOLD_ + '\\n');\n`);
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: `--require ${probe}` };
  delete env.MALLOC_ARENA_MAX;
  delete env.MALLOC_MMAP_THRESHOLD_;
  const launcher = join(ROOT, 'src/cli/kiosque.mjs');
  const r = spawnSync(process.execPath, [launcher, 'build', '--content', CONTENT, '--out', join(dir, 'site'), '--no-search'], { cwd: ROOT, encoding: 'utf8', env });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /5 articles publiés/);
  const lines = readFileSync(seen, 'utf8').trim().split('\n');
  assert.ok(lines.includes(`${launcher} undefined undefined`), 'the launcher itself starts without them');
  assert.ok(lines.includes(`${CLI_ENTRY} 2 131072`), `the CLI starts with MALLOC_ARENA_MAX=2 and MALLOC_MMAP_THRESHOLD_=131072: ${lines.join(' | ')}`);
  assert.ok(existsSync(join(dir, 'site', 'index.html')));
  const bad = spawnSync(process.execPath, [launcher, 'build', '--bogus'], { cwd: ROOT, encoding: 'utf8', env });
  assert.equal(bad.status, 2, 'a command-line mistake exits 2 through the launcher');
  assert.match(bad.stderr, /usage: kiosque/);
});

test('a second build of the same site, or with the same cache, while one runs writes nothing and says which process holds it; a lock left by a killed build is taken over', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-cli-lock-'));
  const out = join(dir, 'site');
  const cache = join(dir, 'cache');
  // This test's process stands for a build under way: it holds the lock of the output folder.
  const held = takeLock(outLock(out));
  assert.equal(typeof held, 'function');
  try {
    const r = cli('build', '--content', CONTENT, '--out', out, '--no-search', '--cache', cache);
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stderr + r.stdout, new RegExp(`processus ${process.pid} utilise déjà le dossier de sortie`));
    assert.equal(existsSync(out), false, 'nothing written');
  } finally {
    (held as () => void)();
  }
  const onCache = takeLock(cacheLock(cache)) as () => void;
  try {
    const r = cli('build', '--content', CONTENT, '--out', join(dir, 'other'), '--no-search', '--cache', cache);
    assert.equal(r.status, 1);
    assert.match(r.stderr + r.stdout, /utilise déjà le cache/);
  } finally {
    onCache();
  }
  // A build killed by SIGKILL leaves its lock, with a process id that no longer runs.
  const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim();
  writeFileSync(outLock(out), gone);
  const r = cli('build', '--content', CONTENT, '--out', out, '--no-search', '--cache', cache);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(existsSync(outLock(out)), false, 'let go at the end');
  assert.equal(existsSync(cacheLock(cache)), false);
});
