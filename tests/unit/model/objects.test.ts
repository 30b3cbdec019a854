/**
 * extend(): what `{ ...base, ...extra }` gives, key order included (page digests and JSON
 * outputs read keys in order), for any plain objects.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { extend } from '../../../src/model/objects.ts';

const plain = fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string(), fc.integer(), fc.constant(undefined), fc.array(fc.integer(), { maxLength: 3 })), { maxKeys: 40 });

test('extend gives the spread of both objects, same keys in the same order, same values', () => {
  fc.assert(fc.property(plain, plain, (base, extra) => {
    const made = extend(base, extra);
    const spread = { ...base, ...extra };
    assert.deepEqual(Object.keys(made), Object.keys(spread));
    assert.deepEqual(made, spread);
    assert.equal(JSON.stringify(made), JSON.stringify(spread));
  }));
});

test('extend leaves both objects as they were and shares their values', () => {
  const list = [1, 2];
  const base = { id: 'a', list, title: 'T' };
  const made = extend(base, { title: 'U', url: '/a/' });
  assert.deepEqual(made, { id: 'a', list, title: 'U', url: '/a/' });
  assert.equal(made.list, list);
  assert.deepEqual(base, { id: 'a', list: [1, 2], title: 'T' });
  assert.deepEqual(extend({}, { a: 1 }), { a: 1 });
});
