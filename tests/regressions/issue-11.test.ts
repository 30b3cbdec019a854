/**
 * Issue 11: no single input can fail the build. Each case here once failed the build or leaked
 * something it should not; the fuzz tests (tests/regressions/fuzz.test.ts) add theirs here too.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/build/index.ts';
import { checkPlainData, NotPlainData, plainData, setApart } from '../../src/build/isolate.ts';
import { article } from '../helpers/content.ts';
import { siteOptions } from '../../src/build/options.ts';

const PROTO_KEYS = `---
title: Un titre
date: 2024-03-05
constructor: x
__proto__: y
toString: z
valueOf: 1
hasOwnProperty: 2
topics: [constructor, toString, __proto__]
---
Le premier paragraphe du texte est ici.
`;

test('front-matter keys named constructor, __proto__, toString… are plain keys: each warning has its line number', () => {
  const a = article('proto.md', PROTO_KEYS);
  const unknown = a.diagnostics.filter((d) => d.id === 'front-matter-unknown-key');
  assert.deepEqual(unknown.map((d) => d.line), [4, 5, 6, 7, 8]);
  assert.equal(a.title, 'Un titre');
  // Plain data all the way down: a structured clone (what a worker message does) works.
  assert.deepEqual(structuredClone(a), a);
});

test('a build with such a file next to good ones is written, and the file is published (DataCloneError before)', async () => {
  const dir = mkdtempSync('/tmp/kiosque-issue11-');
  try {
    const content = join(dir, 'content');
    mkdirSync(content);
    writeFileSync(join(content, 'proto.md'), PROTO_KEYS);
    writeFileSync(join(content, 'bon.txt'), 'Un bon titre\n date 2024-03-01 Un paragraphe correct.\n');
    const result = await build({ content, out: join(dir, 'site'), site: siteOptions({ origin: 'https://x.example' }), strict: false, search: true });
    assert.equal(result.ok, true, result.failure);
    assert.deepEqual(result.report.inputs.map((i) => [i.file, i.status]), [['bon.txt', 'published'], ['proto.md', 'published']]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('plainData copies data into fresh objects and refuses what is not data, naming where', () => {
  const src = { a: [1, 'x', null, true], b: { c: undefined, d: 2 } };
  const copy = plainData(src);
  assert.deepEqual(copy, { a: [1, 'x', null, true], b: { d: 2 } });
  assert.notEqual(copy.b, src.b);
  assert.throws(() => plainData({ line: Object }), (e: unknown) => e instanceof NotPlainData && e.path === '$.line');
  assert.throws(() => plainData({ when: new Date(0) }), NotPlainData);
  const loop: Record<string, unknown> = {};
  loop.self = loop;
  assert.throws(() => plainData(loop), NotPlainData);
  const proto = plainData(JSON.parse('{"__proto__": {"polluted": 1}}') as Record<string, unknown>);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.deepEqual(Object.keys(proto), ['__proto__']);
});

test('checkPlainData refuses what plainData refuses, at the same place, and checks a shared object once without missing a cycle', () => {
  const card = { title: 'x', topics: [{ label: 'Politique' }] };
  assert.doesNotThrow(() => checkPlainData({ related: [card, card], sameDay: [card], card }));
  assert.throws(() => checkPlainData({ related: [card, { when: new Date(0) }] }), (e: unknown) => e instanceof NotPlainData && e.path === '$.related[1].when');
  assert.throws(() => checkPlainData({ line: Object }), (e: unknown) => e instanceof NotPlainData && e.path === '$.line');
  const loop: Record<string, unknown> = { a: card };
  loop.self = loop;
  assert.throws(() => checkPlainData(loop), NotPlainData);
  const deep: Record<string, unknown> = {};
  deep.child = { parent: deep };
  assert.throws(() => checkPlainData([deep, deep]), NotPlainData);
});

test('setApart runs a step without the items that make it throw, and rethrows a failure no item explains', () => {
  const step = (xs: number[]) => xs.map((x) => {
    if (x === 2) throw new Error('deux');
    return x * 10;
  });
  const { result, apart } = setApart([1, 2, 3], step);
  assert.deepEqual(result, [10, 30]);
  assert.deepEqual(apart.map((a) => a.item), [2]);
  assert.throws(() => setApart([1, 2], (xs) => {
    if (xs.length > 1) throw new Error('ensemble');
    return xs;
  }), /ensemble/);
});

test('a front-matter topic thousands of characters long gets a slug of at most 60 characters (ENAMETOOLONG failed the build)', async () => {
  const { enrich } = await import('../../src/enrich/index.ts');
  // Two articles carry it: a front-matter topic of one article gets no page (src/enrich/topics.ts, MIN_AUTHOR_TOPIC_ARTICLES).
  const text = (title: string) => `---\ntitle: ${title}\ndate: 2024-03-05\ntopics: ["${'économie et santé '.repeat(500)}"]\n---\nLe texte.\n`;
  const [enriched] = enrich([article('long.md', text('T')), article('long-2.md', text('U'))], { topics: [], entities: [], diagnostics: [], knowledge: [] }).articles;
  assert.ok(enriched!.topics[0]!.length <= 60, enriched!.topics[0]);
  assert.match(enriched!.topics[0]!, /^economie-et-sante-/);
});

test('a lone surrogate written as a YAML escape reaches no output (Pagefind refused it and the index failed)', async () => {
  const dir = mkdtempSync('/tmp/kiosque-issue11-');
  try {
    const content = join(dir, 'content');
    mkdirSync(content);
    writeFileSync(join(content, 'surrogate.md'), '---\ntitle: "Titre \\ud800 seul"\nsource: "\\udc73 Agence"\ntopics: ["\\ud9d3"]\ndate: 2024-03-05\n---\nLe texte.\n');
    const result = await build({ content, out: join(dir, 'site'), site: siteOptions({ origin: 'https://x.example' }), strict: false, search: true });
    assert.equal(result.ok, true, result.failure);
    const a = result.archive!.articles[0]!;
    assert.equal(a.title, 'Titre \uFFFD seul');
    assert.equal(a.source, '\uFFFD Agence');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('setApart finds one bad article among 1,000 by halving, in a few dozen runs rather than 1,000', () => {
  let runs = 0;
  const items = Array.from({ length: 1000 }, (_, i) => i);
  const { result, apart } = setApart(items, (xs) => {
    runs++;
    if (xs.includes(637)) throw new Error('637');
    return xs.length;
  });
  assert.equal(result, 999);
  assert.deepEqual(apart.map((a) => a.item), [637]);
  assert.ok(runs <= 2 + 2 * Math.ceil(Math.log2(1000)), `${runs} runs`);
});

test('an article that makes enrich throw is rejected alone, with a French message; the others are published', async () => {
  const { enrichArchive, ingestContent } = await import('../../src/build/pipeline.ts');
  const { CONTENT } = await import('../helpers/content.ts');
  const ingested = ingestContent(CONTENT);
  const broken = ingested.articles[2]!;
  ingested.articles[2] = { ...broken, sections: null as never };
  const { archive } = enrichArchive(ingested, siteOptions({ origin: 'https://x.example' }));
  assert.equal(archive.articles.length, 4);
  const entry = ingested.entries.find((e) => e.file === broken.sourceFile)!;
  assert.equal(entry.status, 'rejected');
  assert.match(entry.errors.at(-1)!.message, /^Kiosque n’a pas pu traiter ce fichier \(TypeError: .*\) ; le reste du site est publié ; signalez/);
});
