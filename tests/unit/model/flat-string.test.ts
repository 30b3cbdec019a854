/**
 * flat``: the text of the untagged template literal, for any values (the archive's URLs and date
 * labels are built with it; the memory it saves is measured by the benchmark, not here).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { flat } from '../../../src/model/flat-string.ts';

const value = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.integer(), fc.double(), fc.boolean(), fc.constant(undefined), fc.constant(null));

test('flat gives exactly what the template literal gives', () => {
  fc.assert(fc.property(value, value, value, (a, b, c) => {
    assert.equal(flat`/articles/${a}/${b}/${c}/`, `/articles/${a}/${b}/${c}/`);
    assert.equal(flat`${a}${b}`, `${a}${b}`);
    assert.equal(flat`sans valeur`, 'sans valeur');
  }));
});
