import assert from 'node:assert/strict';
import { test } from 'node:test';
import { relatedArticles, type RelatedItem } from '../../src/enrich/related.ts';

const item = (id: string, dateKey: string, topics: string[], entities: string[] = []): RelatedItem => ({ id, dateKey, topics, entities });

const items: RelatedItem[] = [
  item('a', '2024-07', ['chine', 'intelligence-artificielle'], ['person:li-qiang']),
  item('b', '2024-01', ['chine'], []),
  item('c', '2023-05', ['chine'], ['person:li-qiang']),
  item('d', '2024-02', ['intelligence-artificielle'], []),
  item('e', '2024-03', ['sante'], []),
  item('f', '2024-04', ['sante'], []),
  item('g', '2022-01', ['chine'], []),
];

test('the article sharing the rarest features comes first', () => {
  // c shares chine and the rare li-qiang; d shares intelligence-artificielle (df 2), b and g chine (df 4).
  assert.deepEqual(relatedArticles(items).get('a'), ['c', 'd', 'b', 'g']);
});

test('equal scores put the newer article first, then the smaller id', () => {
  assert.deepEqual(relatedArticles(items).get('g'), ['a', 'b', 'c']);
  const twins = [item('x', '2024', ['t']), item('z', '2020', ['t']), item('y', '2020', ['t']), item('w', '2021', ['u'])];
  assert.deepEqual(relatedArticles(twins).get('x'), ['y', 'z']);
});

test('an article sharing nothing gets an empty list; k limits the list', () => {
  const related = relatedArticles([...items, item('h', '2024-05', ['sport'])], 2);
  assert.deepEqual(related.get('h'), []);
  assert.deepEqual(related.get('a'), ['c', 'd']);
  assert.equal(related.size, items.length + 1);
});

test('the result does not depend on the input order', () => {
  const forward = relatedArticles(items);
  const backward = relatedArticles([...items].reverse());
  for (const { id } of items) assert.deepEqual(backward.get(id), forward.get(id));
});

test('features held by most of a big archive still rank neighbours, by date proximity', () => {
  // `politique` is held by 300 of 402 articles: above the common cutoff, yet not weightless.
  const month = (i: number): string => `2020-${String(1 + (i % 12)).padStart(2, '0')}`;
  const big: RelatedItem[] = Array.from({ length: 400 }, (_, i) => item(`n${String(i).padStart(3, '0')}`, month(i), [i < 300 ? 'politique' : 'sport']));
  big.push(item('target', '2020-06-15', ['politique'], ['person:rare']), item('twin', '2019-01', ['politique'], ['person:rare']));
  const related = relatedArticles(big, 3).get('target')!;
  assert.equal(related[0], 'twin');
  assert.equal(related.length, 3);
  for (const id of related.slice(1)) assert.equal(big.find((x) => x.id === id)!.topics[0], 'politique');
});

test('50,000 articles are handled in seconds', () => {
  const topics = Array.from({ length: 40 }, (_, i) => `topic-${i}`);
  const many: RelatedItem[] = Array.from({ length: 50_000 }, (_, i) =>
    item(
      `id-${i}`,
      `20${10 + (i % 15)}-${String(1 + (i % 12)).padStart(2, '0')}`,
      [topics[i % 40]!, topics[(i * 7) % 40]!],
      [`person:p${(i * 13) % 5000}`, `place:l${(i * 31) % 300}`, `organisation:o${i % 900}`],
    ),
  );
  const started = performance.now();
  const related = relatedArticles(many);
  const elapsed = performance.now() - started;
  assert.equal(related.size, 50_000);
  assert.equal(related.get('id-0')!.length, 5);
  assert.ok(elapsed < 15_000, `${Math.round(elapsed)} ms`);
});
