/**
 * The body store (src/text/body-store.ts): an article's sections and HTML go to a file and come
 * back exactly, wherever they are read back (the analysis, a renderer, the indexing process).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Article } from '../../../src/model.ts';
import { BodyStore, withBodies } from '../../../src/text/body-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'kiosque-corps-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function article(id: string, paragraphs: string[], bodyHtml?: string): Article {
  return {
    id, sourceFile: `${id}.md`, format: bodyHtml ? 'markdown' : 'text', slug: id, url: `/articles/${id}/`, title: `Titre ${id}`,
    titleOrigin: 'title-line', lede: `Chapeau ${id}`, sections: [{ paragraphs }, { heading: 'Suite', paragraphs: ['Fin.'] }],
    ...(bodyHtml ? { bodyHtml } : {}), topics: [], entities: [], wordCount: 10, readingMinutes: 1, truncated: false, draft: false, diagnostics: [],
  };
}

test('an article put in the store goes on without its body, and gets it back unchanged', () => {
  const text = article('a', ['L’été « caniculaire » : 42 °C à l’ombre — record ✓'.repeat(40)]);
  const md = article('b', ['Paragraphe.'], '<p>Paragraphe <em>riche</em>.</p>');
  const store = new BodyStore(join(dir, 'one'));
  const [sa, sb] = [store.put(text), store.put(md)];
  store.close();
  assert.deepEqual([sa.sections, sa.stored, 'bodyHtml' in sb, sb.lede], [[], true, false, 'Chapeau b'], 'stored articles hold no body');
  assert.ok(statSync(store.file).size > 2000, 'the bodies are in the file');
  assert.deepEqual(store.withBody(sa), text);
  assert.deepEqual(store.withBody(sb), md);
  store.closeReader();
});

test('bodies come back for a list in its order, through places made for that list, as another process gets them', () => {
  const articles = Array.from({ length: 300 }, (_, i) => article(`n${i}`, [`Texte ${i} `.repeat(i % 7 === 0 ? 2000 : 3)], i % 2 ? `<p>${i}</p>` : undefined));
  const store = new BodyStore(join(dir, 'many'));
  const stored = articles.map((a) => store.put(a));
  store.close();
  const some = [stored[299]!, stored[7]!, articles[3]!, stored[0]!];
  const refs = structuredClone(store.refs(some));
  assert.equal(refs.places[2], null, 'an article that kept its body has no place');
  assert.deepEqual(withBodies(some, refs), [articles[299], articles[7], articles[3], articles[0]]);
});

test('places made for another list are refused, not applied to the wrong articles', () => {
  const store = new BodyStore(join(dir, 'wrong'));
  const a = store.put(article('x', ['x']));
  store.close();
  assert.throws(() => withBodies([a, a], store.refs([a])), /1 places pour 2 articles/);
});

test('the first articles put keep their bodies, and no file is made while none is stored', () => {
  const store = new BodyStore(join(dir, 'sub', 'few'), 2);
  const kept = [article('p', ['p']), article('q', ['q'])].map((a) => store.put(a));
  assert.deepEqual(kept.map((a) => [a.stored, a.sections.length]), [[undefined, 2], [undefined, 2]]);
  store.close();
  assert.throws(() => statSync(store.file), /ENOENT/);
  const third = store.put(article('r', ['r']));
  store.close();
  assert.equal(third.stored, true);
  assert.deepEqual(withBodies([kept[0]!, third], store.refs([kept[0]!, third])).map((a) => a.sections[0]!.paragraphs), [['p'], ['r']]);
});

test('a store taken over from a previous one keeps its bodies where they were, appends new ones, and leaves the previous file whole', () => {
  const first = new BodyStore(join(dir, 'day1'), 0);
  const olds = ['o1', 'o2', 'o3'].map((id) => article(id, [`Texte ${id} `.repeat(50)]));
  const stored = olds.map((a) => first.put(a, `k-${a.id}`));
  first.close();
  const before = { file: first.file, places: new Map(first.byKey) };
  const sizeBefore = statSync(first.file).size;
  // Day 2: two bodies kept, one article new.
  const second = new BodyStore(join(dir, 'day2'), 0, before);
  const kept = [second.adopt(stored[0]!, 'k-o1'), second.adopt(stored[2]!, 'k-o3')];
  const added = article('n1', ['Nouveau texte.']);
  const addedStored = second.put(added, 'k-n1');
  second.close();
  assert.equal(statSync(second.file).size > sizeBefore, true, 'the new body is appended after the previous ones');
  assert.deepEqual(withBodies([...kept, addedStored], second.refs([...kept, addedStored])), [olds[0], olds[2], added]);
  assert.deepEqual(second.byKey.get('k-o3'), before.places.get('k-o3'), 'a kept body is where it was');
  // The previous cache still reads every body it recorded.
  const previousRefs = { file: first.file, places: stored.map((a) => before.places.get(`k-${a.id}`)!) };
  assert.deepEqual(withBodies(stored, previousRefs), olds);
});

test('a previous store mostly made of bodies no longer used is not continued: only the bodies used are copied', () => {
  const first = new BodyStore(join(dir, 'big1'), 0);
  const olds = Array.from({ length: 10 }, (_, i) => article(`b${i}`, [`Texte ${i} `.repeat(200)]));
  const stored = olds.map((a) => first.put(a, `k-${a.id}`));
  first.close();
  // The previous cache uses 3 of its 10 bodies: the rest is dead weight.
  const places = new Map([...first.byKey].slice(0, 3));
  const second = new BodyStore(join(dir, 'big2'), 0, { file: first.file, places });
  const kept = stored.slice(0, 3).map((a) => second.adopt(a, `k-${a.id}`));
  second.close();
  assert.ok(statSync(second.file).size < statSync(first.file).size / 2, 'the new file holds the three bodies only');
  assert.deepEqual(withBodies(kept, second.refs(kept)), olds.slice(0, 3));
});
