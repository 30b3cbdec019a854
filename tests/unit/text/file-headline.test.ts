import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gluedMediaNames } from '../../../src/reference/media.ts';
import { fileHeadline } from '../../../src/text/file-headline.ts';

test('a file named after its headline gives the headline’s words, without date, running number or id', () => {
  assert.equal(fileHeadline('2016-08-04-allaitement-l-unicef-fait-polemique-19195.txt'), 'allaitement l unicef fait polemique');
  assert.equal(fileHeadline('2024/03/le-gouvernement-presente-son-plan.md'), 'le gouvernement presente son plan');
  assert.equal(fileHeadline('20240304_greve_sncf_du_jour.txt'), 'greve sncf du jour');
  assert.equal(fileHeadline('2014-10-07-pourquoi-sarkozy-a-ete-mis-en-examen-lesechos-28455.txt', gluedMediaNames()), 'pourquoi sarkozy a ete mis en examen', 'a medium glued at the end is the source');
  assert.equal(fileHeadline('2020-06-11-denis-olivennes-va-prendre-les-renes-de-liberation-4464.txt', gluedMediaNames()), 'denis olivennes va prendre les renes de liberation', 'a medium of one word is a word too');
  assert.equal(fileHeadline('2016-09-02-article-5-choses-a-savoir-sur-la-nouvelle-chaine-franceinfo-18630.txt', gluedMediaNames()), 'article 5 choses a savoir sur la nouvelle chaine franceinfo', 'a name written as one word may end a headline');
  assert.equal(fileHeadline('coronavirus-pas-d-ecole-pour-300-000-eleves-en-france-16843.md'), 'coronavirus pas d ecole pour 300 000 eleves en france');
  assert.equal(fileHeadline('2019-03-15-3eme-edition-de-la-jnve-le-28-avril-7218.txt'), '3eme edition de la jnve le 28 avril');
  // HTML entities a scraper slugged with the headline are no words of it.
  assert.equal(fileHeadline('environnement-quot-vive-les-bobos-quot-lance-anne-hidalgo-16581.txt'), 'environnement vive les bobos lance anne hidalgo');
});

test('a file name that is no headline gives nothing', () => {
  for (const name of ['000_8d8c1ec7b0367f6a.txt', 'article-12.md', 'notes-jean.txt', 'IMG_2034.txt', 'b3f2c1a0-4d5e-11ee-be56-0242ac120002.md', '2024-03-04.md', 'x-y-z-w-v.txt', 'le-la-un.md']) {
    assert.equal(fileHeadline(name), undefined, name);
  }
});
