import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, DateInfo } from '../../../src/model.ts';
import { buildArchive, excerpt, PAGE_SIZE } from '../../../src/enrich/archive.ts';
import { frenchTypography } from '../../../src/text/french-typography.ts';
import { articleUrl } from '../../../src/model/urls.ts';

const site = { title: 'K', description: 'Archives', basePath: '/', origin: 'https://x.example' };
function article(id: string, date: DateInfo | undefined, topics: string[] = []): Article {
  return {
    id, sourceFile: `${id}.txt`, format: 'text', slug: id, url: articleUrl(date, id), title: `Titre ${id}`, titleOrigin: 'title-line',
    ...(date ? { date } : {}), lede: 'Chapô.', sections: [], topics, entities: [], wordCount: 10, readingMinutes: 1, truncated: false, draft: false, diagnostics: [],
  };
}
const day = (year: number, month: number, d: number): DateInfo => ({ iso: `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`, precision: 'day', year, month, day: d });
const build = (articles: Article[], minEntityArticles?: number) => buildArchive({ site: { ...site, ...(minEntityArticles ? { minEntityArticles } : {}) }, articles, taxonomy: [], related: new Map() });

// 1,234 articles: 1,230 in March 2024 (the first 45 on « sport »), one in 2019 on « sport », two dated to 2024 only, one undated.
const many = [
  ...Array.from({ length: 1230 }, (_, i) => article(`m${i}`, day(2024, 3, (i % 28) + 1), i < 45 ? ['sport'] : [])),
  article('old', day(2019, 5, 2), ['sport']),
  article('y1', { iso: '2024', precision: 'year', year: 2024 }),
  article('y2', { iso: '2024', precision: 'year', year: 2024 }),
  article('nodate', undefined),
];
const archive = build(many);

test('the archive summary gives the counts and span the home and timeline print, grouped by thousands', () => {
  assert.equal(archive.summary.articles.label, '1\u202f234 articles');
  assert.deepEqual(archive.summary.undated, { figure: '1', noun: 'article', label: '1 article' });
  assert.equal(archive.summary.topics.label, '1 sujet');
  assert.equal(archive.summary.span, 'de 2019 à 2024');
  assert.equal(build([article('a', day(2024, 1, 1))]).summary.span, 'en 2024');
  assert.equal(build([article('a', undefined)]).summary.span, undefined);
});

test('years, months and calendar cells carry their article counts, in agreement with the figure', () => {
  const y2024 = archive.years.find((y) => y.year === 2024)!;
  assert.equal(y2024.articleCount.label, '1\u202f232 articles');
  assert.equal(y2024.yearOnlyLabel, '2 articles datés de l’année seulement');
  const y2019 = archive.years.find((y) => y.year === 2019)!;
  assert.equal(y2019.articleCount.label, '1 article');
  assert.equal(y2019.yearOnlyLabel, undefined);
  assert.equal(build([article('y', { iso: '2024', precision: 'year', year: 2024 })]).years[0]!.yearOnlyLabel, '1 article daté de l’année seulement');
  const march = archive.months.find((m) => m.key === '2024-03')!;
  assert.equal(march.articleCount.label, '1\u202f230 articles');
  assert.equal(march.yearCalendar[0]!.articleCount.label, '0 article');
  assert.equal(archive.months.find((m) => m.key === '2019-05')!.neighbours.next!.detail, '1\u202f230 articles');
});

test('a topic gives its count, its span of years and each year count; its numbered pages say which dates they hold', () => {
  const sport = archive.topics[0]!;
  assert.equal(sport.articleCount.label, '46 articles');
  assert.equal(sport.span, 'de 2019 à 2024');
  assert.deepEqual(sport.years.map((y) => y.articleCount.label), ['45 articles', '1 article']);
  const pages = archive.topicPages.filter((p) => p.topic.slug === 'sport');
  assert.deepEqual(pages.map((p) => [p.url, p.items.length]), [['/sujets/sport/', 46 - PAGE_SIZE], ['/sujets/sport/page/1/', PAGE_SIZE]]);
  assert.equal(pages[0]!.view, sport, 'the first page has the counts and charts');
  assert.equal(pages[1]!.view, undefined, 'a numbered page has none');
  assert.equal(pages[1]!.span, '2 mai 2019 – 10 mars 2024');
  assert.equal(archive.topicYearPages.find((p) => p.year.year === 2019)!.pager.pages.length, 0, 'one page: no pager');
  assert.equal(build([article('a', day(2024, 1, 1), ['sport'])]).topics[0]!.span, 'en 2024', 'one year, as the home page says it');
  assert.equal(build([article('a', undefined, ['sport'])]).topics[0]!.span, undefined, 'no dated article: no span');
});

test('an entity index says what it lists in French: the kind’s noun, agreeing words, the threshold in letters', () => {
  const cited = (id: string, kind: 'person' | 'place', name: string, slug: string): Article => ({ ...article(id, day(2024, 1, 1)), entities: [{ kind, name, slug, count: 1 }] });
  const list = [cited('a', 'person', 'Lina Varo', 'lina-varo'), cited('b', 'person', 'Lina Varo', 'lina-varo'), cited('c', 'place', 'Lyon', 'lyon'), cited('d', 'place', 'Lyon', 'lyon')];
  // Review 33: « 561 fiches, chacune citée dans au moins 2 articles » (a fiche is not cited).
  assert.deepEqual(build(list).entityIndexes.map((i) => i.lead), ['1 personne, citée dans au moins deux articles', '1 lieu, cité dans au moins deux articles']);
  assert.equal(build(list, 3).entityIndexes.length, 0);
  const more = [...list, cited('e', 'person', 'Paul Mora', 'paul-mora'), cited('f', 'person', 'Paul Mora', 'paul-mora')];
  assert.equal(build(more).entityIndexes[0]!.lead, '2 personnes, chacune citée dans au moins deux articles');
  assert.equal(build(list.slice(0, 3), 1).entityIndexes.map((i) => i.lead).join(' | '), '1 personne, citée dans au moins un article | 1 lieu, cité dans au moins un article');
});

test('previous/next come with their words: articles in time, undated ones by title, months with their counts, years', () => {
  const small = build([
    article('a', day(2023, 12, 5)), article('b', day(2024, 1, 9)), article('c', day(2024, 1, 10)),
    article('u1', undefined), article('u2', undefined), article('old', day(2020, 6, 1)),
  ]);
  const b = small.articles.find((x) => x.id === 'b')!;
  assert.equal(b.neighbours!.label, 'Articles voisins dans le temps');
  assert.deepEqual(b.neighbours!.prev, { url: '/articles/2023/12/a/', direction: '← Article précédent', title: 'Titre a', detail: '5 décembre 2023' });
  assert.equal(b.neighbours!.next!.direction, 'Article suivant →');
  assert.equal(small.articles.find((x) => x.id === 'old')!.neighbours!.prev, undefined, 'the oldest has no previous');
  const u1 = small.articles.find((x) => x.id === 'u1')!;
  assert.deepEqual([u1.neighbours!.label, u1.neighbours!.prev, u1.neighbours!.next!.direction], ['Autres articles sans date, par ordre alphabétique', undefined, 'Sans date, suivant →']);
  assert.equal(build([article('only', undefined)]).articles[0]!.neighbours, undefined, 'alone: no navigation');
  const january = small.months.find((m) => m.key === '2024-01')!;
  assert.deepEqual(january.neighbours, {
    label: 'Mois voisins', compact: true,
    prev: { url: '/chronologie/2023/12/', direction: '← Mois précédent', title: 'décembre 2023', detail: '1 article' },
  });
  const y2023 = small.years.find((y) => y.year === 2023)!;
  assert.deepEqual([y2023.neighbours.prev?.title, y2023.neighbours.next?.title, y2023.neighbours.next?.url], ['2020', '2024', '/chronologie/2024/']);
});

test('articles of the same date read in the order of their titles, numbers as numbers, whatever their files are called', () => {
  const titled = (id: string, title: string, date: DateInfo) => ({ ...article(id, date), title });
  const month: DateInfo = { iso: '2024-02', precision: 'month', year: 2024, month: 2 };
  const archive = build([
    titled('seance-b', 'Séance numéro 30', month), titled('seance-c', 'Séance numéro 3', month), titled('seance-a', 'Séance numéro 29', month),
    titled('z', 'Élection à Lyon', day(2024, 2, 9)), titled('y', 'Budget voté', day(2024, 2, 9)),
  ]);
  assert.deepEqual(archive.articles.map((a) => a.title), ['Budget voté', 'Élection à Lyon', 'Séance numéro 3', 'Séance numéro 29', 'Séance numéro 30']);
  // Previous/next in time go through them in the reverse order: oldest first.
  const s29 = archive.articles.find((a) => a.id === 'seance-a')!;
  assert.deepEqual([s29.neighbours!.prev!.title, s29.neighbours!.next!.title], ['Séance numéro 30', 'Séance numéro 3']);
});

test('an excerpt that cuts a quotation closes it after the ellipsis, so typography pairs it into « »', () => {
  const lede = `PRÉSIDENTIELLE 2017 - Devenue porte-parole d'Emmanuel Macron, l'ancienne journaliste, qui a couvert les cinq dernières élections présidentielles américaines pour Canal+, estime que le candidat d'"En marche !" "suscite de l'espoir" comme le président sortant.`;
  const cut = excerpt(lede);
  assert.ok(cut.length < lede.length && cut.endsWith('suscite…"'), cut);
  assert.ok(frenchTypography(cut).endsWith('«\u202fsuscite…\u202f»'), frenchTypography(cut));
  // A quote the lede itself leaves open stays as written: nothing is invented.
  const open = `Il a lancé : "Adam est mon cousin, j'ai besoin de vous. ${'Il raconte encore longtemps ce qui est arrivé. '.repeat(5)}`;
  assert.ok(excerpt(open).endsWith('…'), excerpt(open));
  const short = 'Un chapô court "entre guillemets".';
  assert.equal(excerpt(short), short);
});

test('under a title made of its lede’s opening sentence, the article page and its card go on from the next sentence (no sentence shown twice)', () => {
  const a: Article = { ...article('w', day(2019, 4, 20)), title: 'Le prince William ne viendra pas', titleOrigin: 'derived', lede: 'Le prince William ne viendra pas. Il est au Canada.' };
  const b: Article = { ...article('x', day(2019, 4, 21)), title: 'Le prince William ne viendra pas', titleOrigin: 'title-line', lede: 'Le prince William ne viendra pas. Il est au Canada.' };
  const built = build([a, b]);
  const w = built.articles.find((x) => x.id === 'w')!;
  assert.equal(w.ledeShown, 'Il est au Canada.');
  assert.equal(w.card.excerpt, 'Il est au Canada.');
  // Under a title cut with « … », the card goes on from the cut; the page shows the lede whole.
  const c: Article = { ...article('c', day(2019, 4, 22)), title: 'Je suis un peu saoulé par ces injonctions…', titleOrigin: 'derived', lede: '« Je suis un peu saoulé par ces injonctions qui relèvent de la délation », a-t-il dit.' };
  const cut = build([c]).articles[0]!;
  assert.equal(cut.card.teaser, '… qui relèvent de la délation », a-t-il dit.');
  // Descriptions and feeds keep the lede's excerpt.
  assert.equal(cut.card.excerpt, c.lede);
  assert.equal(cut.ledeShown, c.lede);
  // A title that holds the whole lede: the page shows no lede, the card no excerpt; descriptions keep the lede.
  const whole: Article = { ...article('v', day(2019, 4, 23)), title: 'Marine Le Pen serait-elle vexée ?', titleOrigin: 'derived', lede: 'Marine Le Pen serait-elle vexée ?' };
  const alone = build([whole]).articles[0]!;
  assert.equal(alone.ledeShown, '');
  assert.equal(alone.card.teaser, '');
  assert.equal(alone.card.excerpt, whole.lede);
  const x = built.articles.find((y) => y.id === 'x')!;
  assert.equal(x.ledeShown, x.lede);
  assert.equal(x.card.excerpt, x.lede);
});

test('feeds list the newest dated articles only: an undated one has no time a feed reader could show', () => {
  const small = build([article('a', day(2024, 1, 9), ['sport']), article('u', undefined, ['sport']), article('b', day(2023, 5, 2), ['sport'])]);
  assert.deepEqual(small.feedItems.map((c) => c.id), ['a', 'b']);
  assert.deepEqual(small.topics[0]!.feedItems.map((c) => c.id), ['a', 'b']);
  assert.equal(small.articles.length, 3, 'the undated article keeps its page');
});

test('a long lede is set in the text’s weight: bold suits a standfirst of a few lines, not a first paragraph of ten', () => {
  const long = 'Entre l’enlisement du débat sur la déchéance de nationalité et la contestation du projet de loi, cette vague a été réalisée dans un contexte tendu. '.repeat(3);
  const small = build([{ ...article('long', day(2016, 3, 26)), lede: long }, article('short', day(2016, 3, 27))]);
  assert.equal(small.articles.find((a) => a.id === 'long')!.ledeLong, true);
  assert.equal(small.articles.find((a) => a.id === 'short')!.ledeLong, undefined, 'a standfirst of one line stays bold');
});

test('an article page and its card show the source as the archive most often spells the same words (« orange avec AFP-Services »)', () => {
  const sourced = (id: string, source: string): Article => ({ ...article(id, day(2024, 1, 2)), source });
  const spelt = build([sourced('a', 'Orange avec AFP-Services'), sourced('b', 'Orange avec AFP-Services'), sourced('c', 'orange avec AFP-Services'), sourced('d', 'Texte 6Medias, vidéo BFMTV')]);
  assert.deepEqual(spelt.articles.map((a) => [a.id, a.source, a.card.source]).sort(), [
    ['a', 'Orange avec AFP-Services', 'Orange avec AFP-Services'], ['b', 'Orange avec AFP-Services', 'Orange avec AFP-Services'],
    ['c', 'Orange avec AFP-Services', 'Orange avec AFP-Services'], ['d', 'Texte 6Medias, vidéo BFMTV', 'Texte 6Medias, vidéo BFMTV'],
  ]);
});

test('an entity of several pages and years lists its years on its first page, each leading to that year’s newest article on its page; one of a single page lists none', () => {
  const ref = { kind: 'person' as const, name: 'Lina Varo', slug: 'lina-varo', count: 1 };
  const cited = (id: string, date: DateInfo): Article => ({ ...article(id, date), entities: [ref] });
  // 30 articles in 2024 (newest), 15 in 2023: pages of 25 (first) and 20.
  const list = [...Array.from({ length: 30 }, (_, i) => cited(`n${i}`, day(2024, 1 + (i % 12), 2))), ...Array.from({ length: 15 }, (_, i) => cited(`o${i}`, day(2023, 1 + (i % 12), 3)))];
  const built = build(list);
  const view = built.entities.find((e) => e.slug === 'lina-varo')!;
  const pages = built.entityPages.filter((p) => p.entity.url === view.url);
  assert.deepEqual(pages.map((p) => [p.url, p.items.length]), [[view.url, 25], [`${view.url}page/1/`, 20]]);
  // Page 1 holds the 15 articles of 2023 and the 5 oldest of 2024: « 2023 » leads to its first 2023 article (review 33).
  assert.deepEqual(view.years.map((y) => [y.label, y.count, y.url]), [['2024', 30, `${view.url}#annee-2024`], ['2023', 15, `${view.url}page/1/#annee-2023`]]);
  const small = build(list.slice(0, 10)).entities.find((e) => e.slug === 'lina-varo')!;
  assert.deepEqual(small.years, []);
});

test('« À lire aussi » leaves out the previous and next articles, which the page links to already', () => {
  const list = [article('a', day(2024, 1, 1)), article('b', day(2024, 1, 2)), article('c', day(2024, 1, 3)), article('d', day(2024, 1, 9))];
  const related = new Map([['b', ['a', 'c', 'd']], ['a', ['d', 'b']]]);
  const built = buildArchive({ site, articles: list, taxonomy: [], related });
  const of = (id: string) => built.articles.find((x) => x.id === id)!;
  assert.deepEqual(of('b').related.map((c) => c.id), ['d'], 'a and c are b’s previous and next');
  assert.deepEqual(of('a').related.map((c) => c.id), ['d']);
  assert.equal(of('b').neighbours?.prev?.url, of('a').url);
});
