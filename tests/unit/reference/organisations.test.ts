import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSourceSlug } from '../../../src/reference/organisations.ts';

test('issue 12: a regional station of a medium is a source like its medium, an organisation that merely starts alike is not', () => {
  assert.equal(isSourceSlug('france-bleu'), true);
  assert.equal(isSourceSlug('france-bleu-paris'), true);
  assert.equal(isSourceSlug('france-3-bourgogne-franche-comte'), true);
  assert.equal(isSourceSlug('france-2030'), false);
  assert.equal(isSourceSlug('agence-regionale-de-sante'), false);
});
