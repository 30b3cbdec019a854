import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CacheWriter, FileStamps, hashOf, kiosqueFingerprint, Memo, newBodyFile, openCache, saveCache, cacheToWrite, dropCacheToWrite } from '../../../src/build/cache.ts';
import { digests, pageFile, pageReuse } from '../../../src/build/page-reuse.ts';
import type { Archive } from '../../../src/model.ts';
import { cacheFr } from '../../../src/cli/index.ts';
import { entityReference } from '../../../src/reference/index.ts';
import { spawnSync } from 'node:child_process';
import { serialize } from 'node:v8';


/** Runs `body` with a new temporary cache folder, removed afterwards. */
async function withCacheDir(body: (dir: string) => void | Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-cache-unit-'));
  try {
    await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a memo returns what it kept for a key, computes the rest, and keeps only what this build used', () => {
  const memo = new Memo(new Map([['a', 1], ['stale', 9]]));
  let computed = 0;
  assert.equal(memo.get('a', () => ++computed), 1);
  assert.equal(memo.get('b', () => ++computed), 1);
  assert.equal(memo.get('b', () => ++computed), 1, 'computed once');
  assert.equal(computed, 1);
  assert.deepEqual([memo.hits, memo.misses], [2, 1]);
  assert.deepEqual([...memo.next.keys()].sort(), ['a', 'b'], 'an entry no file used any more is dropped');
});

test('without a cache folder the memos hand out values and keep none (every parse would stay in memory until the end)', () => {
  const cache = openCache(undefined, 'f');
  const parsed = { ok: 'skipped' as const, reason: 'x' };
  cache.ingest.warm([['k', parsed]]);
  assert.equal(cache.ingest.get('k', () => assert.fail('computed ahead')), parsed);
  assert.equal(cache.ingest.next.size, 0);
  assert.equal(cache.analysis.get('a', () => ({ topics: [], entities: [], subjects: { entities: [], headline: [] } })).topics.length, 0);
  assert.equal(cache.analysis.next.size, 0);
});

test('a cache is missing, then used; unreadable or from another Kiosque, it is dropped with the reason', () => withCacheDir((dir) => {
  assert.equal(openCache(undefined, 'f').state, 'off');
  const first = openCache(dir, 'f1');
  assert.equal(first.state, 'missing');
  first.ingest.get('k', () => ({ ok: 'skipped', reason: 'image' }));
  saveCache(first, cacheToWrite(first, 'f1', '/srv/site', new Map([['index.html', { key: 'x', size: 1, mtimeMs: 2 }]])));

  const again = openCache(dir, 'f1');
  assert.equal(again.state, 'used');
  assert.deepEqual(again.ingest.get('k', () => assert.fail('not kept')), { ok: 'skipped', reason: 'image' });
  assert.equal(again.previousOut, '/srv/site');
  assert.deepEqual(again.previousPages.get('index.html'), { key: 'x', size: 1, mtimeMs: 2 });

  const other = openCache(dir, 'f2');
  assert.equal(other.state, 'stale');
  assert.match(other.reason!, /autre version de Kiosque/);
  assert.equal(other.previousPages.size, 0);

  // A cache whose article bodies are in a body file: kept with it, dropped without it.
  const withBodies = openCache(dir, 'f1');
  const corps = newBodyFile(dir);
  writeFileSync(corps, 'bodies');
  saveCache(withBodies, cacheToWrite(withBodies, 'f1', '/srv/site', new Map(), { file: corps, places: new Map([['k', [0, 6]]]) }));
  const kept = openCache(dir, 'f1');
  assert.deepEqual(kept.previousBodies, { file: corps, places: new Map([['k', [0, 6]]]) });
  rmSync(corps);
  const incomplete = openCache(dir, 'f1');
  assert.equal(incomplete.state, 'unreadable');
  assert.match(incomplete.reason!, /corps d’articles absent/);

  writeFileSync(join(dir, 'kiosque-cache.bin'), 'not a cache');
  const broken = openCache(dir, 'f1');
  assert.equal(broken.state, 'unreadable');
  assert.match(broken.reason!, /cache illisible/);
}));

test('Kiosque’s fingerprint changes with any template, code or asset file, and only then', () => {
  const root = mkdtempSync(join(tmpdir(), 'kiosque-fingerprint-'));
  for (const d of ['src', 'templates/pages', 'public/css']) mkdirSync(join(root, d), { recursive: true });
  writeFileSync(join(root, 'src/a.ts'), 'export {}');
  writeFileSync(join(root, 'templates/pages/a.njk'), '<p>a</p>');
  writeFileSync(join(root, 'public/css/a.css'), 'p{}');
  writeFileSync(join(root, 'content.md'), 'not part of Kiosque');
  const before = kiosqueFingerprint(root);
  assert.equal(kiosqueFingerprint(root), before);
  writeFileSync(join(root, 'content.md'), 'changed');
  assert.equal(kiosqueFingerprint(root), before, 'a file outside src, templates and public');
  writeFileSync(join(root, 'templates/pages/a.njk'), '<p>b</p>');
  const templates = kiosqueFingerprint(root);
  assert.notEqual(templates, before);
  writeFileSync(join(root, 'public/css/a.css'), 'p{color:red}');
  assert.notEqual(kiosqueFingerprint(root), templates);
});

test('cache keys tell their parts apart', () => {
  assert.notEqual(hashOf('a', 'b'), hashOf('ab'));
  assert.notEqual(hashOf('a', 'b'), hashOf('a', 'b', ''));
  assert.equal(hashOf('x', new Uint8Array([1, 2])), hashOf('x', new Uint8Array([1, 2])));
});

test('a key of strings is the same whether its parts are hashed at once or one by one (a cache written before stays valid)', () => {
  const streamed = (...parts: string[]) => parts.reduce((h, p) => h.update(`${p.length}:`).update(p), createHash('sha1')).digest('base64url');
  for (const parts of [['a', 'b'], ['l’été', 'Ω'], [''], ['x'.repeat(100_000), 'y']]) assert.equal(hashOf(...parts), streamed(...parts));
});

test('a page’s file follows its URL as Eleventy writes it', () => {
  assert.equal(pageFile('/'), 'index.html');
  assert.equal(pageFile('/articles/2024/02/a/'), 'articles/2024/02/a/index.html');
  assert.equal(pageFile('/sujets/chine/flux.xml'), 'sujets/chine/flux.xml');
});

test('an item’s digest follows its data, not its identity, and a change in a field several items share shows', () => {
  const topic = { slug: 'chine', pages: [{ url: '/a/' }] };
  const page = (items: string[], t = topic) => ({ url: '/sujets/chine/', topic: t, items });
  const [one, two, three] = digests([page(['x']), page(['y']), page(['x'])]);
  assert.notEqual(one, two);
  assert.equal(one, three);
  const copy = { slug: 'chine', pages: [{ url: '/a/' }] };
  assert.equal(digests([page(['x'], copy), page(['y'], copy)])[0], one, 'the same data in another object');
  const moved = { slug: 'chine', pages: [{ url: '/b/' }] };
  assert.notEqual(digests([page(['x'], moved), page(['y'], moved)])[0], one);
  assert.notEqual(digests([{ a: 1, b: 2 }])[0], digests([{ a: 1, b: 3 }])[0]);
});

test('an article read through the cache stands for the values its origin determines, and any other value still shows', () => {
  const origin = (key: string) => {
    const parsed = { sourceFile: 'a.md', title: 'Titre', sections: [{ paragraphs: ['x'.repeat(500)] }], topics: ['france'] };
    const analysis = { topics: ['politique'], entities: [{ kind: 'person', name: 'Anne Dupont' }] };
    return { key, sources: [parsed, analysis] as const };
  };
  const page = (o: ReturnType<typeof origin>, extra: Record<string, unknown> = {}) => ({ sourceFile: o.sources[0].sourceFile, title: o.sources[0].title, sections: o.sources[0].sections, topics: o.sources[1].topics, entities: o.sources[1].entities, url: '/a/', ...extra });
  const digest = (o: ReturnType<typeof origin>, extra?: Record<string, unknown>) => digests([page(o, extra)], () => o)[0];
  const before = digest(origin('k1'));
  assert.equal(digest(origin('k1')), before, 'the same origin, read again from the cache (other objects)');
  assert.notEqual(digest(origin('k2')), before, 'another file or analysis');
  assert.notEqual(digest(origin('k1'), { url: '/b/' }), before, 'a field the origin does not determine');
  assert.notEqual(digest(origin('k1'), { title: 'Titre' + '' }), digest(origin('k1'), { title: 'Autre titre' }), 'a value replaced after reading');
  const o = origin('k1');
  assert.notEqual(digests([page(o, { topics: o.sources[0].topics })], () => o)[0], digests([page(o)], () => o)[0], 'the front matter’s topics are not the analysis’s');
  assert.equal(digests([page(o)])[0], digests([page(origin('k2'))])[0], 'without origins, the data alone');
});

test('a change deep in a large object that pages share shows in their digests, and only there', () => {
  const topics = (count: number) => Array.from({ length: 40 }, (_, i) => ({ slug: `sujet-${i}`, label: `Sujet numéro ${i}`, count: i === 7 ? count : i }));
  const pages = (all: ReturnType<typeof topics>) => [
    { url: '/sujets/a/', items: ['x'], view: all[0], topics: all },
    { url: '/sujets/a/page/1/', items: ['y'] },
  ];
  const before = digests(pages(topics(7)));
  assert.deepEqual(digests(pages(topics(7))), before, 'the same data in other objects');
  const after = digests(pages(topics(8)));
  assert.notEqual(after[0], before[0], 'a count in the list of topics of the first page');
  assert.equal(after[1], before[1], 'a numbered page does not hold it');
});

test('the summary line says what the cache gave, in French with its plurals, or why it gave nothing', () => {
  const used = { state: 'used' as const, files: 1, analyses: 2, pages: 0, shards: { reused: 1, total: 4 } };
  assert.equal(cacheFr(used), 'cache : lecture reprise pour 1 fichier, analyse pour 2 articles ; 0 page et 1 tranche de l’index de recherche sur 4 reprises du site précédent');
  assert.equal(cacheFr({ ...used, pages: 1, shards: { reused: 0, total: 0 } }), 'cache : lecture reprise pour 1 fichier, analyse pour 2 articles ; 1 page reprise du site précédent');
  assert.equal(cacheFr({ ...used, state: 'stale', reason: 'cache d’une autre version de Kiosque ou de ses gabarits' }), 'cache : construction complète (cache d’une autre version de Kiosque ou de ses gabarits)');
  assert.equal(cacheFr({ ...used, state: 'off' }), undefined);
});

test('a content file is known unchanged by its stamp only when every part of it matches and it last changed well before it was read', () => {
  const read = 1_000_000;
  const stamp = { ino: 7, size: 120, mtimeMs: read - 60_000, ctimeMs: read - 60_000 };
  const stamps = new FileStamps(new Map([['a.md', { ...stamp, key: 'k1' }]]), read);
  assert.equal(stamps.known('a.md', stamp), 'k1');
  assert.equal(stamps.known('b.md', stamp), undefined, 'a file the previous build did not read');
  assert.equal(stamps.known('a.md', undefined), undefined);
  for (const change of [{ ino: 8 }, { size: 121 }, { mtimeMs: stamp.mtimeMs + 1 }, { ctimeMs: stamp.ctimeMs + 1 }]) {
    assert.equal(stamps.known('a.md', { ...stamp, ...change }), undefined, JSON.stringify(change));
  }
  // Changed less than MARGIN_MS before it was read: a change in the same tick of a coarse clock would not show.
  const racy = new FileStamps(new Map([['a.md', { ...stamp, ctimeMs: read - 500, key: 'k1' }]]), read);
  assert.equal(racy.known('a.md', { ...stamp, ctimeMs: read - 500 }), undefined);
  stamps.keep('c.md', stamp, 'k3');
  assert.deepEqual(stamps.next.get('c.md'), { ...stamp, key: 'k3' });
});

test('the stamps of the files a build read are in its cache, with when it started reading', () => withCacheDir((dir) => {
  const first = openCache(dir, 'f1');
  const stamp = { ino: 1, size: 2, mtimeMs: 3, ctimeMs: 4 };
  first.stamps.keep('a.md', stamp, 'k');
  saveCache(first, cacheToWrite(first, 'f1', '/srv/site', new Map()));
  const again = openCache(dir, 'f1');
  assert.equal(again.state, 'used');
  assert.equal(again.stamps.known('a.md', stamp), 'k');
}));

test('the entity reference a build loaded goes into its cache, and a new process reads it back from there instead of building it', () => withCacheDir((dir) => {
  const first = openCache(dir, 'f1');
  const reference = entityReference();
  saveCache(first, cacheToWrite(first, 'f1', '/srv/site', new Map()));
  const root = join(import.meta.dirname, '../../../src');
  const script = `import { openCache } from ${JSON.stringify(join(root, 'build/cache.ts'))};
    import { loadedEntityReference } from ${JSON.stringify(join(root, 'reference/index.ts'))};
    const before = loadedEntityReference() !== undefined;
    openCache(${JSON.stringify(dir)}, 'f1');
    console.log(JSON.stringify([before, loadedEntityReference()?.communes.size ?? 0]));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), [false, reference.communes.size]);
}));

test('a cache of thousands of entries reads back whole and in order; cut short, it is unreadable', () => withCacheDir((dir) => {
  const first = openCache(dir, 'f1');
  const keys = Array.from({ length: 4321 }, (_, i) => `k${(i * 7919) % 4321}`);
  for (const k of keys) first.ingest.get(k, () => ({ ok: 'skipped', reason: `raison ${k}` }));
  const pages = new Map(keys.map((k, i) => [`${k}/index.html`, { key: k, size: i, mtimeMs: i * 2 }]));
  const next = cacheToWrite(first, 'f1', '/srv/site', pages);
  assert.ok(existsSync(next.file), 'written before it is put in place');
  assert.equal(existsSync(join(dir, 'kiosque-cache.bin')), false);
  saveCache(first, next);
  assert.deepEqual(readdirSync(dir), ['kiosque-cache.bin']);

  const again = openCache(dir, 'f1');
  assert.equal(again.state, 'used');
  assert.deepEqual([...again.previousPages], [...pages]);
  for (const k of keys) assert.deepEqual(again.ingest.get(k, () => assert.fail(`${k} not kept`)), { ok: 'skipped', reason: `raison ${k}` });

  const file = join(dir, 'kiosque-cache.bin');
  truncateSync(file, statSync(file).size - 10);
  const cut = openCache(dir, 'f1');
  assert.equal(cut.state, 'unreadable');
  assert.equal(cut.ingest.get('k1', () => ({ ok: 'skipped', reason: 'parsed again' })).ok, 'skipped');
  assert.equal(cut.ingest.hits, 0);
}));

test('a byte changed in the cache or in its body file makes the cache unreadable, never read as it now is; bodies appended after it do not', () => withCacheDir((dir) => {
  const first = openCache(dir, 'f1');
  first.ingest.get('k', () => ({ ok: 'skipped', reason: 'une raison assez longue pour être repérée' }));
  const corps = newBodyFile(dir);
  writeFileSync(corps, 'Le corps de l’article, tel que le cache l’a écrit.');
  saveCache(first, cacheToWrite(first, 'f1', '/srv/site', new Map(), { file: corps, places: new Map([['k', [0, 10]]]) }));
  assert.equal(openCache(dir, 'f1').state, 'used');
  const file = join(dir, 'kiosque-cache.bin');
  const bytes = readFileSync(file);
  // One letter of the stored reason, which V8 still deserializes.
  const at = bytes.indexOf(Buffer.from('repérée', 'latin1'));
  assert.ok(at > 0);
  const altered = Buffer.from(bytes);
  altered[at] = 'R'.charCodeAt(0);
  writeFileSync(file, altered);
  const changed = openCache(dir, 'f1');
  assert.equal(changed.state, 'unreadable');
  assert.match(changed.reason!, /altéré/u);
  writeFileSync(file, bytes);
  // A later build appends its bodies to the same file: the bytes this cache wrote are unchanged.
  appendFileSync(corps, 'Un corps ajouté par une construction suivante.');
  assert.equal(openCache(dir, 'f1').state, 'used');
  writeFileSync(corps, readFileSync(corps, 'utf8').replace('corps de', 'XXXXX de'));
  const body = openCache(dir, 'f1');
  assert.equal(body.state, 'unreadable');
  assert.match(body.reason!, /corps d’articles modifié/u);
}));

test('a next cache dropped (its build failed) leaves the cache as it was; one left by a killed build goes at the next save', () => withCacheDir((dir) => {
  const first = openCache(dir, 'f1');
  first.ingest.get('a', () => ({ ok: 'skipped', reason: 'image' }));
  saveCache(first, cacheToWrite(first, 'f1', '/srv/site', new Map()));
  const second = openCache(dir, 'f1');
  second.ingest.get('b', () => ({ ok: 'skipped', reason: 'image' }));
  dropCacheToWrite(cacheToWrite(second, 'f1', '/srv/site', new Map()));
  assert.deepEqual(readdirSync(dir), ['kiosque-cache.bin']);
  const after = openCache(dir, 'f1');
  assert.deepEqual(after.ingest.get('a', () => assert.fail('a not kept')), { ok: 'skipped', reason: 'image' });
  assert.deepEqual(after.ingest.get('b', () => ({ ok: 'skipped', reason: 'parsed again' })), { ok: 'skipped', reason: 'parsed again' }, 'the dropped cache is not read');
  writeFileSync(join(dir, 'kiosque-cache.bin.next-99999'), 'half written');
  const third = openCache(dir, 'f1');
  saveCache(third, cacheToWrite(third, 'f1', '/srv/site', new Map()));
  assert.deepEqual(readdirSync(dir), ['kiosque-cache.bin']);
}));

test('a cache written whole by an earlier Kiosque is stale, not unreadable', () => withCacheDir((dir) => {
  writeFileSync(join(dir, 'kiosque-cache.bin'), serialize({ format: 3, fingerprint: 'f1', ingest: new Map() }));
  const old = openCache(dir, 'f1');
  assert.equal(old.state, 'stale');
  assert.match(old.reason!, /autre version de Kiosque/);
}));

test('a cache whose memos are written before the render, then its pages, reads back whole; each memo is emptied once written', () => withCacheDir(async (dir) => {
  const first = openCache(dir, 'f1');
  const keys = Array.from({ length: 4321 }, (_, i) => `k${i}`);
  for (const k of keys) first.ingest.get(k, () => ({ ok: 'skipped', reason: `raison ${k}` }));
  first.stamps.keep('a.md', { ino: 1, size: 2, mtimeMs: 3, ctimeMs: 4 }, 'k1');
  const writer = new CacheWriter(first, 'f1', '/srv/site');
  writer.writeMemos();
  assert.equal(first.ingest.next.size, 0, 'the ingest memo is let go once written');
  assert.equal(first.stamps.next.size, 0);
  const pages = new Map([['index.html', { key: 'x', size: 1, mtimeMs: 2 }]]);
  saveCache(first, writer.finish(pages));
  assert.deepEqual(readdirSync(dir), ['kiosque-cache.bin']);
  const again = openCache(dir, 'f1');
  assert.equal(again.state, 'used');
  assert.deepEqual([...again.previousPages], [...pages]);
  assert.equal(again.stamps.known('a.md', { ino: 1, size: 2, mtimeMs: 3, ctimeMs: 4 }), 'k1');
  for (const k of keys) assert.deepEqual(again.ingest.get(k, () => assert.fail(`${k} not kept`)), { ok: 'skipped', reason: `raison ${k}` });

  const dropped = new CacheWriter(again, 'f1', '/srv/site');
  dropped.writeMemos();
  dropped.drop();
  assert.throws(() => dropped.finish(new Map()), /fermé/, 'a dropped cache is not finished');
  assert.deepEqual(readdirSync(dir), ['kiosque-cache.bin'], 'nothing left of the dropped cache');
}));

test('the page keys a first build makes during its render are those the next build compares: every unchanged page is reused', () => withCacheDir(async (dir) => {
  const card = { title: 'Un titre assez long pour être haché plutôt que recopié tel quel dans le texte du condensé', url: '/articles/a/' };
  const items = Array.from({ length: 1234 }, (_, i) => ({ url: `/articles/a${i}/`, title: `Article ${i}`, related: [card], n: i }));
  const archive = { site: { title: 'Kiosque' } } as unknown as Archive;
  const lists = [{ template: { file: 'article.11ty.ts', reads: ['site'], permalink: 'url', paginates: { key: 'articles', size: 1 } }, items, reads: ['site'] }];
  const site = join(dir, 'site');
  const first = pageReuse(archive, new Map(), undefined, site, 'base');
  assert.equal(first.select(lists)[0]!.length, items.length, 'a first build renders every page');
  for (const item of items) {
    mkdirSync(join(site, item.url), { recursive: true });
    writeFileSync(join(site, pageFile(item.url)), `<h1>${item.title}</h1>`);
  }
  const records = await first.records(site);
  assert.equal(records.size, items.length);

  const changed = items.map((item, i) => (i === 7 ? { ...item, title: 'Article corrigé' } : item));
  const second = pageReuse(archive, records, site, join(dir, 'next'), 'base');
  const rendered = second.select([{ ...lists[0]!, items: changed }])[0]!;
  assert.deepEqual(rendered, [changed[7]], 'only the changed item is rendered again');
  assert.deepEqual(await second.settle(), []);
  assert.equal(second.reused, items.length - 1);
}));

test('a rebuild copies the frames of its memos that did not change from the previous cache, and the cache reads back the same as one written whole', () => withCacheDir((dir) => {
  const keys = Array.from({ length: 3000 }, (_, i) => hashOf(`fichier ${i}`));
  const parse = (k: string) => ({ ok: 'skipped' as const, reason: `raison ${k}` });
  const first = openCache(dir, 'f1');
  for (const k of keys) first.ingest.get(k, () => parse(k));
  saveCache(first, cacheToWrite(first, 'f1', '/srv/site', new Map()));

  // The next build: every file as before but one changed, and one new.
  const second = openCache(dir, 'f1');
  const changed = keys[1234]!;
  const added = hashOf('fichier nouveau');
  const now = [...keys.filter((k) => k !== changed), hashOf('fichier 1234 corrigé'), added];
  for (const k of now) second.ingest.get(k, () => parse(k));
  const writer = new CacheWriter(second, 'f1', '/srv/site');
  saveCache(second, writer.finish(new Map()));
  assert.ok(writer.frames.copied >= 50, `most frames copied (${writer.frames.copied})`);
  assert.ok(writer.frames.serialized >= 1 && writer.frames.serialized <= 4, `only the frames of the changed entries serialized again (${writer.frames.serialized})`);

  const third = openCache(dir, 'f1');
  assert.equal(third.state, 'used', 'a cache of copied frames passes the integrity check');
  for (const k of now) assert.deepEqual(third.ingest.get(k, () => assert.fail(`${k} not kept`)), parse(k));
  assert.equal(third.ingest.before(changed), undefined, 'the entry this build did not use is gone');

  // The previous cache file changed since it was read: nothing is copied from it.
  const fourth = openCache(dir, 'f1');
  for (const k of now) fourth.ingest.get(k, () => parse(k));
  appendFileSync(join(dir, 'kiosque-cache.bin'), 'x');
  const late = new CacheWriter(fourth, 'f1', '/srv/site');
  saveCache(fourth, late.finish(new Map()));
  assert.equal(late.frames.copied, 0);
  assert.equal(openCache(dir, 'f1').state, 'used');
}));
