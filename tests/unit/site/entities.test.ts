import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityGroups } from '../../../src/site/views/entities.ts';

test('an article’s entities are listed by kind, people first, then organisations and places, each in the article’s order', () => {
  const links = [
    { kind: 'place' as const, label: 'Lyon', url: '/lieux/lyon/' },
    { kind: 'person' as const, label: 'Édouard Philippe', url: '/personnes/edouard-philippe/' },
    { kind: 'organisation' as const, label: 'SNCF', url: '/organisations/sncf/' },
    { kind: 'person' as const, label: 'Anne Hidalgo', url: '/personnes/anne-hidalgo/' },
  ];
  const html = entityGroups(links, '/');
  const headings = [...html.matchAll(/<h3 class="entity-kind">([^<]+)<\/h3>/g)].map((m) => m[1]);
  assert.deepEqual(headings, ['Personnes', 'Organisations', 'Lieux']);
  const lists = html.split('<h3').slice(1).map((part) => [...part.matchAll(/href="([^"]+)"/g)].map((m) => m[1]));
  assert.deepEqual(lists, [['/personnes/edouard-philippe/', '/personnes/anne-hidalgo/'], ['/organisations/sncf/'], ['/lieux/lyon/']]);
  assert.equal(entityGroups([links[0]!], '/').match(/<h3/g)?.length, 1, 'a kind the article does not name has no heading');
});
