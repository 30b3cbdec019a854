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

test('issue 12: a body is also known by its name as French typography writes it, first word alone capitalised (« Bison futé », « la Haute autorité de santé »), never a medium’s title in a common phrase (« en France dimanche »)', async () => {
  const { typographicSpelling, ORGANISATION_ENTRIES } = await import('../../../src/reference/organisations.ts');
  assert.equal(typographicSpelling('Bison Futé'), 'Bison futé');
  assert.equal(typographicSpelling('Haute Autorité de santé'), 'Haute autorité de santé');
  assert.equal(typographicSpelling('Les Républicains'), undefined);
  assert.equal(typographicSpelling('Paris Saint-Germain'), undefined);
  const aliases = new Map(ORGANISATION_ENTRIES.map(([name, list]) => [name, list]));
  assert.ok(aliases.get('Bison Futé')?.includes('Bison futé'));
  assert.ok(!aliases.get('France Dimanche')?.includes('France dimanche'));
});
