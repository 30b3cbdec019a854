/**
 * Date-ordered shards of the search index (src/search/shards.ts), as properties over any
 * archive: every article in one shard, shards in disjoint and ordered ranges of the date sort
 * keys (what makes the date sorts exact across shards), a size cap, and boundaries that new
 * articles in the newest month leave as they were.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { DateInfo } from '../../../src/model.ts';
import { dateSortKey } from '../../../src/text/date-key.ts';
import { bundleFolders, mainShard, partitionShards, tierCaps, UNDATED_SHARD, WHOLE_ARCHIVE } from '../../../src/search/shards.ts';
import { chunkSize } from '../../../src/search/index.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A date at any precision between 2001 and 2024, as ingest makes them. */
const date: fc.Arbitrary<DateInfo> = fc.record({
  year: fc.integer({ min: 2001, max: 2024 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  precision: fc.constantFrom('year', 'month', 'day', 'datetime' as const),
}).map(({ year, month, day, precision }) => {
  if (precision === 'year') return { iso: String(year), precision, year };
  if (precision === 'month') return { iso: `${year}-${pad(month)}`, precision, year, month };
  const iso = `${year}-${pad(month)}-${pad(day)}${precision === 'datetime' ? 'T14:30:00+01:00' : ''}`;
  return { iso, precision, year, month, day };
});

const articles = fc.array(fc.option(date, { freq: 8, nil: undefined }).map((d) => (d ? { date: d } : {})), { maxLength: 120 });
const key = (a: { date?: DateInfo }) => dateSortKey(a.date);

test('every article is in exactly one shard, in the order of the list', () => {
  fc.assert(fc.property(articles, fc.integer({ min: 1, max: 30 }), (list, size) => {
    const shards = partitionShards(list, size);
    const all = shards.flatMap((s) => s.articles);
    assert.deepEqual([...all].sort((a, b) => a - b), list.map((_, i) => i));
    for (const s of shards) assert.deepEqual(s.articles, [...s.articles].sort((a, b) => a - b));
  }));
});

test('an archive that fits in one shard is one index, undated articles included', () => {
  fc.assert(fc.property(articles.filter((l) => l.length > 0), (list) => {
    assert.deepEqual(partitionShards(list, list.length).map((s) => s.name), [WHOLE_ARCHIVE]);
    assert.deepEqual(partitionShards(list, 0).map((s) => s.name), [WHOLE_ARCHIVE], 'size 0: no sharding');
  }));
  assert.deepEqual(partitionShards([], 10), []);
});

test('dated shards hold disjoint, ordered ranges of date keys; undated articles are a shard of their own, last', () => {
  fc.assert(fc.property(articles, fc.integer({ min: 1, max: 30 }), (list, size) => {
    fc.pre(list.length > size);
    const shards = partitionShards(list, size);
    const undated = shards.filter((s) => s.name === UNDATED_SHARD);
    assert.ok(undated.length <= 1 && (undated.length === 0 || shards.at(-1) === undated[0]));
    for (const i of undated[0]?.articles ?? []) assert.equal(list[i]!.date, undefined);
    const dated = shards.filter((s) => s.name !== UNDATED_SHARD);
    const ranges = dated.map((s) => {
      const keys = s.articles.map((i) => key(list[i]!)).sort();
      assert.ok(keys.every(Boolean), 'no undated article in a dated shard');
      assert.equal(s.name, keys[0]!.slice(0, 7), 'named after its first month');
      return [keys[0]!, keys.at(-1)!];
    });
    for (let i = 1; i < ranges.length; i++) assert.ok(ranges[i - 1]![1]! < ranges[i]![0]!, `${ranges[i - 1]} before ${ranges[i]}`);
  }));
});

test('a dated shard closes with the month that brings it to a tier’s cap (size, a quarter, a sixteenth), tiers going down towards the newest', () => {
  fc.assert(fc.property(articles, fc.integer({ min: 1, max: 30 }), (list, size) => {
    fc.pre(list.length > size);
    const dated = partitionShards(list, size).filter((s) => s.name !== UNDATED_SHARD);
    const caps = tierCaps(size);
    const closedAt = dated.slice(0, -1).map((s) => {
      const months = new Set(s.articles.map((i) => key(list[i]!).slice(0, 7)));
      const last = [...months].sort().at(-1)!;
      const before = s.articles.filter((i) => key(list[i]!).slice(0, 7) !== last).length;
      // The cap it closed at: reached with its last month, not before.
      const cap = caps.find((c) => s.articles.length >= c && before < c);
      assert.ok(cap !== undefined, `a shard of ${s.articles.length} articles (${before} before its last month) closes at none of ${caps}`);
      return cap;
    });
    for (let n = 1; n < closedAt.length; n++) assert.ok(closedAt[n]! <= closedAt[n - 1]!, `caps ${closedAt}`);
    // Shards under the full size hold, together, fewer articles than one full shard (or one month).
    const small = dated.filter((s, n) => (closedAt[n] ?? 0) < size && s.articles.length < size);
    const months = new Set(small.flatMap((s) => s.articles.map((i) => key(list[i]!).slice(0, 7))));
    assert.ok(small.reduce((sum, s) => sum + s.articles.length, 0) < size || months.size <= 1);
  }));
  assert.deepEqual(tierCaps(2500), [2500, 625, 156]);
});

test('new articles in the newest month or later leave every shard but the newest as it was, or merge small newest shards whole', () => {
  fc.assert(fc.property(articles, fc.array(date, { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 30 }), (list, extra, size) => {
    const dated = list.filter((a) => a.date);
    fc.pre(list.length > size && dated.length > 0);
    const newest = dated.map(key).sort().at(-1)!.slice(0, 7);
    const appended = extra.filter((d) => dateSortKey(d).slice(0, 7) >= newest).map((d) => ({ date: d }));
    const before = partitionShards(list, size).filter((s) => s.name !== UNDATED_SHARD);
    const after = partitionShards([...list, ...appended], size).filter((s) => s.name !== UNDATED_SHARD);
    for (const b of before.slice(0, -1)) {
      const holder = after.find((a) => a.articles.includes(b.articles[0]!))!;
      assert.ok(b.articles.every((i) => holder.articles.includes(i)), `${b.name} is kept whole`);
      if (b.articles.length >= size) assert.deepEqual(holder, b, 'a full-size shard stays as it was');
    }
  }));
});

test('bundle folders: the newest dated shard is the main bundle, then the others newest first, the undated shard last', () => {
  const d = (iso: string): { date: DateInfo } => ({ date: { iso, precision: 'month', year: Number(iso.slice(0, 4)), month: Number(iso.slice(5)) } });
  const list = [d('2020-01'), {}, d('2021-05'), d('2020-02'), d('2022-03'), d('2021-06')];
  const shards = partitionShards(list, 2);
  assert.deepEqual(shards.map((s) => [s.name, s.articles]), [['2020-01', [0, 3]], ['2021-05', [2, 5]], ['2022-03', [4]], [UNDATED_SHARD, [1]]]);
  assert.equal(mainShard(shards)?.name, '2022-03');
  assert.deepEqual(bundleFolders(shards), ['pagefind/', 'pagefind/2021-05/', 'pagefind/2020-01/', 'pagefind/sans-date/']);
  assert.deepEqual(bundleFolders(partitionShards([{}, {}, {}], 2)), ['pagefind/'], 'only undated articles: their shard is the main bundle');
});

test('index chunks of the shards together are about one chunk of one index, and change only when the archive doubles', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 2, maxLength: 40 }), (sizes) => {
    const total = sizes.reduce((a, b) => a + b, 0);
    const together = sizes.reduce((sum, n) => sum + chunkSize(n, total), 0);
    const floor = sizes.filter((n) => Math.round((20000 * n) / 2 ** Math.ceil(Math.log2(total))) < 500).length * 500;
    assert.ok(together <= 20000 + sizes.length + floor, `${together}`);
    assert.ok(together >= 10000 - sizes.length, `${together}`);
    assert.equal(chunkSize(sizes[0]!, total), chunkSize(sizes[0]!, 2 ** Math.ceil(Math.log2(total))), 'the same up to the next power of two');
  }));
  assert.equal(chunkSize(800, 800), 0, 'one shard: Pagefind’s default');
});
