import assert from 'node:assert/strict';
import { test } from 'node:test';
import { relatedArticles, subjectEntities, type RelatedItem } from '../../../src/enrich/related.ts';

const item = (id: string, dateKey: string, topics: string[], entities: string[] = []): RelatedItem => ({ id, dateKey, topics, entities });

/** 40 filler articles so that `person:*` held by two is specific and `politique`/`place:france` are broad. */
const filler = Array.from({ length: 40 }, (_, i) => item(`z${String(i).padStart(2, '0')}`, `2019-${String(1 + (i % 12)).padStart(2, '0')}`, ['politique'], ['place:france']));
const items: RelatedItem[] = [
  ...filler,
  item('a', '2024-07-10', ['chine', 'politique'], ['person:li-qiang', 'place:france']),
  item('b', '2024-07-11', ['chine', 'politique'], ['place:france']),
  item('c', '2023-05-01', ['chine'], ['person:li-qiang']),
  item('d', '2024-07-12', ['economie'], ['person:li-qiang']),
];

test('a shared topic or a broad place is no reason to suggest an article; a shared rare entity is', () => {
  // b shares two topics and France with a, but no specific subject.
  assert.deepEqual(relatedArticles(items).get('a'), ['d', 'c']);
  assert.deepEqual(relatedArticles(items).get('b'), []);
  assert.deepEqual(relatedArticles(items).get('z00'), []);
});

test('the same subject close in time comes before the same subject years before', () => {
  // c shares li-qiang and chine with a; d shares only li-qiang but two days later.
  const related = relatedArticles(items).get('a')!;
  assert.ok(related.indexOf('d') < related.indexOf('c'));
});

test('an entity named in a large share of the archive is no specific subject', () => {
  const many = [
    ...Array.from({ length: 100 }, (_, i) => item(`m${i}`, '2020-01', [], [i < 10 ? 'person:macron' : 'person:x'])),
    item('p', '2020-02', [], ['person:macron']),
    item('q', '2020-02', [], ['person:macron']),
    item('r', '2020-02', [], ['person:rare']),
    item('s', '2020-02', [], ['person:rare']),
  ];
  assert.deepEqual(relatedArticles(many).get('p'), []);
  assert.deepEqual(relatedArticles(many).get('r'), ['s']);
});

test('equal scores put the newer article first, then the smaller id; k limits the list', () => {
  const twins = [...filler, item('x', '2024', [], ['person:r']), item('z', '2020', [], ['person:r']), item('y', '2020', [], ['person:r'])];
  assert.deepEqual(relatedArticles(twins).get('x'), ['y', 'z']);
  assert.deepEqual(relatedArticles(twins, 1).get('x'), ['y']);
});

test('the result does not depend on the input order', () => {
  const forward = relatedArticles(items);
  const backward = relatedArticles([...items].reverse());
  for (const { id } of items) assert.deepEqual(backward.get(id), forward.get(id));
});

test('entities held by most of a big archive count, but find candidates only near in date', () => {
  const month = (i: number): string => `2020-${String(1 + (i % 12)).padStart(2, '0')}`;
  const big: RelatedItem[] = Array.from({ length: 400 }, (_, i) => item(`n${String(i).padStart(3, '0')}`, month(i), [], [i < 300 ? 'place:france' : 'place:chine']));
  big.push(item('target', '2020-06-15', [], ['place:france', 'person:rare']), item('twin', '2019-01', [], ['place:france', 'person:rare']));
  assert.deepEqual(relatedArticles(big, 3).get('target'), ['twin']);
});

test('50,000 articles give every article at most k suggestions', () => {
  const many: RelatedItem[] = Array.from({ length: 50_000 }, (_, i) =>
    item(`id-${i}`, `20${10 + (i % 15)}-${String(1 + (i % 12)).padStart(2, '0')}`, [`topic-${i % 40}`],
      [`person:p${(i * 13) % 5000}`, `place:l${(i * 31) % 300}`, `organisation:o${i % 900}`]),
  );
  const related = relatedArticles(many);
  assert.equal(related.size, 50_000);
  assert.ok([...related.values()].every((list) => list.length <= 5));
  assert.ok(related.get('id-0')!.length > 0);
});

test('a medium cited as a source is no shared subject, and two places alone are a weak one', () => {
  const cited = [...filler, item('s1', '2024-01', [], ['organisation:le-parisien']), item('s2', '2024-01', [], ['organisation:le-parisien'])];
  assert.deepEqual(relatedArticles(cited).get('s1'), []);
  const places = [...filler, item('p1', '2024-01', [], ['place:oise']), item('p2', '2024-01', [], ['place:oise'])];
  assert.deepEqual(relatedArticles(places).get('p1'), []);
  const people = [...filler, item('q1', '2024-01', [], ['person:eric-woerth']), item('q2', '2024-01', [], ['person:eric-woerth'])];
  assert.deepEqual(relatedArticles(people).get('q1'), ['q2']);
});

test('an article is about the entities its title and lede name, or that it names three times', () => {
  const refs = [
    { kind: 'person' as const, name: 'Alain Juppé', slug: 'alain-juppe', count: 1 },
    { kind: 'person' as const, name: 'Emmanuel Macron', slug: 'emmanuel-macron', count: 1 },
    { kind: 'organisation' as const, name: 'CGT', slug: 'cgt', count: 1 },
    { kind: 'person' as const, name: 'Nicolas Sarkozy', slug: 'nicolas-sarkozy', count: 3 },
  ];
  assert.deepEqual(subjectEntities('Le débat entre Fillon et Juppé', 'Alain Juppé parle avec Brigitte Macron.', refs), {
    entities: ['person:alain-juppe', 'person:nicolas-sarkozy'],
    headline: ['person:alain-juppe'],
  });
});

test('a subject named only in the suggestion’s title counts only close in time', () => {
  const story = (id: string, dateKey: string, headline: string[]): RelatedItem => ({ id, dateKey, topics: [], entities: ['person:rare'], headline });
  const list = [...filler, story('a', '2020-04-01', []), story('near', '2020-04-20', ['person:rare']), story('far', '2018-01-01', ['person:rare'])];
  assert.deepEqual(relatedArticles(list).get('a'), ['near']);
});

test('a subject in one title only counts close in time, whichever side names it; in both titles, at any time', () => {
  const story = (id: string, dateKey: string, headline: string[]): RelatedItem => ({ id, dateKey, topics: [], entities: ['person:rare'], headline });
  const passing = [...filler, story('a', '2020-04-01', ['person:rare']), story('passing-far', '2018-01-01', []), story('passing-near', '2020-04-20', [])];
  assert.deepEqual(relatedArticles(passing).get('a'), ['passing-near']);
  const headlines = [...filler, story('a', '2020-04-01', ['person:rare']), story('headline-far', '2017-01-01', ['person:rare']), story('passing-near', '2020-04-20', [])];
  assert.deepEqual(relatedArticles(headlines).get('a'), ['passing-near', 'headline-far']);
});

test('a title naming Emmanuel Macron in full does not make Brigitte Macron a headline, nor the reverse', () => {
  const refs = [
    { kind: 'person' as const, name: 'Emmanuel Macron', slug: 'emmanuel-macron', count: 1 },
    { kind: 'person' as const, name: 'Brigitte Macron', slug: 'brigitte-macron', count: 1 },
  ];
  assert.deepEqual(subjectEntities('Le coup bas de François Hollande à Emmanuel Macron', 'Emmanuel et Brigitte Macron en vacances.', refs).headline, ['person:emmanuel-macron']);
  assert.deepEqual(subjectEntities('La phobie de Brigitte Macron', 'Brigitte Macron et Emmanuel Macron.', refs).headline, ['person:brigitte-macron']);
  assert.deepEqual(subjectEntities('Macron en visite', 'Emmanuel Macron et Brigitte Macron.', refs).headline, ['person:emmanuel-macron', 'person:brigitte-macron']);
});

test('a person in the news every week makes a story only with both titles, close in time, and something else specific shared', () => {
  // 400 articles: `person:president` is held by 6 (over 1 %), `person:aide` and `topic:verdun` by 2 (rare).
  const headline = (id: string, dateKey: string, topics: string[], entities: string[]): RelatedItem => ({ ...item(id, dateKey, topics, entities), headline: entities });
  const archive = [
    ...Array.from({ length: 394 }, (_, i) => item(`f${String(i).padStart(3, '0')}`, '2015-01', [], [`person:f${i}`])),
    headline('resign', '2016-07-02', [], ['person:president']),
    headline('manif', '2016-06-22', [], ['person:president']),
    headline('verdun', '2016-05-29', ['verdun'], ['person:president']),
    headline('verdun-bis', '2016-06-01', ['verdun'], ['person:president']),
    headline('old', '2014-05-29', ['verdun'], ['person:president']),
    { ...item('passing', '2016-06-30', ['verdun'], ['person:president']), headline: [] },
  ];
  const related = relatedArticles(archive);
  // The president alone, ten days apart: no story.
  assert.deepEqual(related.get('resign'), []);
  // The president and Verdun in both, three days apart: one story; two years apart, or the president
  // not in the other title: none.
  assert.deepEqual(related.get('verdun'), ['verdun-bis']);
});

test('a seat of power (Matignon) counts as a place: half a subject, and only within a month', () => {
  // 400 articles: Matignon, held by 4, is neither common nor prominent.
  const archive = [
    ...Array.from({ length: 396 }, (_, i) => item(`f${String(i).padStart(3, '0')}`, '2015-01', [], [`person:f${i}`])),
    item('castex', '2020-07-03', [], ['organisation:matignon']),
    item('flics', '2019-02-14', [], ['organisation:matignon']),
    item('near', '2020-07-10', [], ['organisation:matignon', 'person:castex']),
    item('near-bis', '2020-07-12', [], ['organisation:matignon', 'person:castex']),
  ];
  assert.deepEqual(relatedArticles(archive).get('castex'), []);
  assert.deepEqual(relatedArticles(archive).get('near'), ['near-bis']);
});

test('a reader’s review: a person the title names is a subject even when a slip in the body gave the name (« Dany Boon », « Danny Boon »)', () => {
  const boon = { kind: 'person' as const, name: 'Danny Boon', slug: 'dany-boon', count: 2 };
  assert.deepEqual(subjectEntities('Attentats : Dany Boon s’apprêtait à tourner à Bruxelles', 'Le réalisateur tourne depuis février.', [boon]), { entities: ['person:dany-boon'], headline: ['person:dany-boon'] });
  // Named once in the body only, no title naming them: no subject.
  assert.deepEqual(subjectEntities('Attentats : le tournage est annulé', 'Le réalisateur tourne depuis février.', [{ ...boon, count: 1 }]), { entities: [], headline: [] });
});

test('a narrow topic makes a story within a week when an entity is shared too; a broad topic or a week later never', () => {
  // 400 articles: `brexit` is held by 5 (narrow), `international` by 205 (broad); `place:londres` by 3.
  const archive = [
    ...Array.from({ length: 395 }, (_, i) => item(`f${String(i).padStart(3, '0')}`, '2015-01', i < 200 ? ['international'] : [], [`person:f${i}`])),
    item('vote', '2016-06-24', ['brexit', 'international'], ['place:londres']),
    item('markets', '2016-06-27', ['brexit', 'international'], ['place:londres']),
    item('alone', '2016-06-25', ['brexit', 'international'], []),
    item('later', '2016-07-08', ['brexit', 'international'], ['place:londres']),
    item('broad', '2016-06-26', ['international'], ['place:londres']),
  ];
  const related = relatedArticles(archive);
  // Three days apart with London in both: one story. Without an entity shared, or two weeks later: none.
  assert.deepEqual(related.get('vote'), ['markets']);
  assert.deepEqual(related.get('alone'), []);
  assert.deepEqual(related.get('later'), []);
  // A topic held by half the archive, with London: no story either.
  assert.deepEqual(related.get('broad'), []);
});

test('a narrow topic and the place it is named after are one subject: two stories of one week in that country are not one', () => {
  // `etats-unis` the topic and `place:etats-unis` the place, each held by 4 of 400 articles.
  const archive = [
    ...Array.from({ length: 396 }, (_, i) => item(`f${String(i).padStart(3, '0')}`, '2015-01', i < 200 ? ['international'] : [], [`person:f${i}`])),
    item('shooting', '2017-09-04', ['etats-unis', 'international'], ['place:etats-unis']),
    item('hurricane', '2017-09-08', ['etats-unis', 'international'], ['place:etats-unis']),
    item('texas', '2017-09-05', ['etats-unis', 'international'], ['place:etats-unis', 'place:texas']),
    item('houston', '2017-09-06', ['etats-unis', 'international'], ['place:etats-unis', 'place:texas']),
  ];
  const related = relatedArticles(archive);
  assert.deepEqual(related.get('shooting'), []);
  assert.deepEqual(related.get('hurricane'), []);
  // Another place shared too (`Texas`): one story.
  assert.deepEqual(related.get('texas'), ['houston']);
});

test('an article with no shared subject is related to one of the same days whose title shares two rare words; one word, or a week apart, is not enough', () => {
  const titled = (id: string, dateKey: string, title: string): RelatedItem => ({ ...item(id, dateKey, ['politique'], ['person:emmanuel-macron', 'place:france']), title });
  const news = [
    ...filler,
    titled('a', '2017-02-15', 'Emmanuel Macron : « La colonisation est un crime contre l’humanité »'),
    titled('b', '2017-02-16', 'Emmanuel Macron s’excuse après avoir qualifié la colonisation de « crime contre l’humanité »'),
    titled('c', '2017-02-16', 'Le crime de Vitry élucidé'),
    titled('d', '2017-02-28', 'La colonisation, un crime ? Le débat continue'),
  ];
  const related = relatedArticles(news);
  assert.deepEqual(related.get('a'), ['b']);
  assert.deepEqual(related.get('b'), ['a']);
  assert.deepEqual(related.get('c'), []);
  assert.deepEqual(related.get('d'), []);
});

test('review 27: a town alone is no shared story, even the same month; a town and another specific subject shared are', () => {
  // 2,000 articles: a town held by 2 is specific enough to count half a subject (`PLACE`).
  const archive = [
    ...Array.from({ length: 1996 }, (_, i) => item(`f${String(i).padStart(4, '0')}`, '2015-01', [], [`person:f${i}`])),
    item('murder', '2019-09-07', [], ['place:angers']),
    item('hypermarket', '2019-09-20', [], ['place:angers']),
    item('crash', '2019-10-02', ['accident-de-car'], ['place:lorient']),
    item('inquiry', '2019-10-04', ['accident-de-car'], ['place:lorient']),
  ];
  const related = relatedArticles(archive);
  assert.deepEqual(related.get('hypermarket'), []);
  assert.deepEqual(related.get('murder'), []);
  assert.deepEqual(related.get('crash'), ['inquiry']);
});
