/**
 * `best`, which picks « Le même jour » and « Ce mois-là » without sorting every candidate:
 * it must give exactly what a full sort would, for any candidates and any count; and the
 * order those lists are shown in.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { best, planMonth, sameDayAndMonth } from '../../../src/enrich/days.ts';

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

test('« Ce mois-là » and « Le même jour » are chosen by shared topics and shown in the month’s order', () => {
  const a = (id: string, day: number) => ({ id, date: { iso: `2024-03-${String(day).padStart(2, '0')}`, precision: 'day' as const, year: 2024, month: 3, day } });
  // Oldest first, as the month page lists them.
  const list = [a('a1', 1), a('a2', 2), a('a3', 3), a('a4', 10), a('b1', 20), a('b2', 20), a('b3', 20), a('x', 20)];
  const topics: Record<string, string[]> = { a1: ['t'], a2: ['t', 'u'], a3: ['t'], a4: ['t', 'u'], b1: ['t'], b2: ['t', 'u'], b3: ['z'], x: ['t', 'u'] };
  const plan = planMonth('2024-03', '/chronologie/2024/03/', list);
  const info = new Map(list.map((x) => [x.id, { id: x.id, topics: topics[x.id]! }]));
  const near = sameDayAndMonth(plan, info, () => new Set()).get('x')!;
  // a2 and a4 share two topics with x, a1 and a3 one: the four, in the month's order.
  assert.deepEqual(near.sameMonth, ['a1', 'a2', 'a3', 'a4']);
  // b2 shares two topics, b1 one, b3 none: all three, in the day's order.
  assert.deepEqual(near.sameDay, ['b1', 'b2', 'b3']);
});
