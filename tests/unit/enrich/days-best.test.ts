/**
 * `best`, which picks « Le même jour » and « Ce mois-là » without sorting every candidate:
 * it must give exactly what a full sort would, for any candidates and any count.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { best } from '../../../src/enrich/days.ts';

type Ranked = { score: number; distance: number; at: number };
const better = (a: Ranked, b: Ranked) => b.score - a.score || a.distance - b.distance || a.at - b.at;

test('best gives the first k of a full sort, in order', () => {
  const candidates = fc.uniqueArray(fc.record({ score: fc.nat(4), distance: fc.nat(30), at: fc.nat(500) }), { selector: (r) => r.at, maxLength: 60 });
  fc.assert(fc.property(candidates, fc.nat(8), (items, k) => {
    assert.deepEqual(best(items, k, better), [...items].sort(better).slice(0, k));
  }));
});

test('best keeps its input as it was', () => {
  const items = [{ score: 1, distance: 2, at: 3 }, { score: 2, distance: 1, at: 1 }];
  const copy = structuredClone(items);
  assert.deepEqual(best(items, 1, better), [items[1]]);
  assert.deepEqual(items, copy);
});
