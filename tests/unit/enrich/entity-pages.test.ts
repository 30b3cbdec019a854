import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Article, EntityRef, EntityView } from '../../../src/model.ts';
import { buildArchive } from '../../../src/enrich/archive.ts';
import { entityIndexes, preferredName, samePersonSpelt, sameSpeltOtherwise, sameSurname, sameWithoutArticle, splitIndexes, surnameFirst } from '../../../src/enrich/entity-pages.ts';
import { sitePages } from '../../../src/enrich/sitemap.ts';
import { siteOptions } from '../../../src/build/options.ts';

const person = (name: string, slug: string): EntityRef => ({ kind: 'person', name, slug, count: 1 });
function article(id: string, day: number, entities: EntityRef[]): Article {
  return {
    id, sourceFile: `${id}.txt`, format: 'text', slug: id, url: `/articles/2024/03/${id}/`, title: `Titre ${id}`, titleOrigin: 'title-line',
    date: { iso: `2024-03-${String(day).padStart(2, '0')}`, precision: 'day', year: 2024, month: 3, day }, lede: 'Chapô.', sections: [],
    topics: [], entities, wordCount: 10, readingMinutes: 1, truncated: false, draft: false, diagnostics: [],
  };
}
const site = siteOptions({ origin: 'https://x.example' });
const articles = [
  article('a', 1, [person('Edouard Philippe', 'edouard-philippe'), person('Jean Seul', 'jean-seul'), { kind: 'place', name: 'Lyon', slug: 'lyon', count: 1 }]),
  article('b', 2, [person('Édouard Philippe', 'edouard-philippe'), { kind: 'place', name: 'Lyon', slug: 'lyon', count: 1 }]),
  article('c', 3, [person('Édouard Philippe', 'edouard-philippe')]),
];

test('an entity named in a single article gets no page, no link, no sitemap entry; the report counts it', () => {
  const archive = buildArchive({ site, articles, taxonomy: [], related: new Map() });
  assert.deepEqual(archive.entities.map((e) => e.url), ['/lieux/lyon/', '/personnes/edouard-philippe/']);
  const a = archive.articles.find((x) => x.id === 'a')!;
  assert.deepEqual(a.entityLinks.map((l) => l.url), ['/personnes/edouard-philippe/', '/lieux/lyon/']);
  assert.ok(!sitePages(archive).includes('/personnes/jean-seul/'));
  assert.ok(sitePages(archive).includes('/personnes/') && sitePages(archive).includes('/lieux/'));
  assert.deepEqual(archive.entityStats, { minArticles: 2, withPage: { person: 1, organisation: 0, place: 1 }, withoutPage: { person: 1, organisation: 0, place: 0 } });
});

test('the threshold is a setting: 1 gives every entity a page, 3 only the most cited', () => {
  assert.equal(buildArchive({ site: { ...site, minEntityArticles: 1 }, articles, taxonomy: [], related: new Map() }).entities.length, 3);
  assert.deepEqual(buildArchive({ site: { ...site, minEntityArticles: 3 }, articles, taxonomy: [], related: new Map() }).entities.map((e) => e.name), ['Édouard Philippe']);
});

test('an entity is shown under the spelling most articles use, accented on a tie', () => {
  const archive = buildArchive({ site, articles, taxonomy: [], related: new Map() });
  assert.equal(archive.entities.find((e) => e.slug === 'edouard-philippe')!.name, 'Édouard Philippe');
  assert.equal(archive.articles.find((x) => x.id === 'a')!.entityLinks[0]!.label, 'Édouard Philippe');
  assert.equal(preferredName(new Map([['Edouard Philippe', 2], ['Édouard Philippe', 2]])), 'Édouard Philippe');
  // Articles that wrote « le Lab » or « au Lab » left the name without its article.
  assert.equal(preferredName(new Map([['Lab', 3], ['Le Lab', 1]])), 'Le Lab');
  // The seventh review: a page at /personnes/dany-boon/ was headed « Danny Boon », a slip named in as many articles.
  assert.equal(preferredName(new Map([['Danny Boon', 1], ['Dany Boon', 1]]), 'dany-boon'), 'Dany Boon');
  assert.equal(preferredName(new Map([['Danny Boon', 2], ['Dany Boon', 1]]), 'dany-boon'), 'Danny Boon');
  // The twenty-eighth review: « Eric Woerth » (14 articles) over « Éric Woerth » (11); a capital's accent is print's habit.
  assert.equal(preferredName(new Map([['Eric Woerth', 14], ['Éric Woerth', 11]])), 'Éric Woerth');
  assert.equal(preferredName(new Map([['Eric Woerth', 14], ['Éric Woerth', 11], ['Erik Woerth', 30]])), 'Erik Woerth', 'another spelling named more stays first');
  assert.equal(preferredName(new Map([['Rene Dupont', 3], ['René Dupont', 1]])), 'Rene Dupont', 'an accent on a small letter is a spelling');
});

test('a name written with and without its article is one entity: « le Lab » and « Le Lab d’Europe 1 »; a person’s « Le Pen » stays apart', () => {
  const org = (name: string, slug: string): EntityRef => ({ kind: 'organisation', name, slug, count: 1 });
  const lab = [
    article('l1', 1, [org('Lab', 'lab')]),
    article('l2', 2, [org('Le Lab', 'le-lab')]),
    article('l3', 3, [org('Le Lab', 'le-lab'), org('Lab', 'lab')]),
  ];
  const archive = buildArchive({ site, articles: lab, taxonomy: [], related: new Map() });
  assert.deepEqual(archive.entities.map((e) => [e.url, e.name, e.count]), [['/organisations/le-lab/', 'Le Lab', 3]]);
  for (const a of archive.articles) assert.deepEqual(a.entityLinks.map((l) => l.url), ['/organisations/le-lab/']);
  assert.deepEqual(sameWithoutArticle(new Map([['person/pen', 2], ['person/le-pen', 5], ['place/rochelle', 1], ['place/la-rochelle', 20]])), new Map([['place/rochelle', 'place/la-rochelle']]));
});

test('a person’s spellings that differ by a doubled letter or by « Junior » for « Jr » are one person, whatever their counts: « Mohamed Merah » and « Mohammed Merah »', () => {
  const merah = [
    article('m1', 1, [person('Mohamed Merah', 'mohamed-merah')]),
    article('m2', 2, [person('Mohamed Merah', 'mohamed-merah')]),
    article('m3', 3, [person('Mohammed Merah', 'mohammed-merah')]),
    article('m4', 4, [person('Mohammed Merah', 'mohammed-merah')]),
  ];
  const archive = buildArchive({ site, articles: merah, taxonomy: [], related: new Map() });
  assert.deepEqual(archive.entities.map((e) => [e.url, e.name, e.count]), [['/personnes/mohamed-merah/', 'Mohamed Merah', 4]]);
  assert.deepEqual(samePersonSpelt(new Map([['person/claude-francois-jr', 2], ['person/claude-francois-junior', 3], ['person/claude-francois', 9], ['place/mohamed', 2], ['place/mohammed', 2]])), new Map([['person/claude-francois-jr', 'person/claude-francois-junior']]));
});

test('a surname alone goes under the one person the archive names in full with it: « Me Boulloud » is « Bernard Boulloud »; not when two share it, nor a given name or a town', () => {
  const boulloud = [
    article('b1', 1, [person('Bernard Boulloud', 'bernard-boulloud')]),
    article('b2', 2, [person('Boulloud', 'boulloud')]),
    article('b3', 3, [person('Boulloud', 'boulloud')]),
  ];
  const archive = buildArchive({ site, articles: boulloud, taxonomy: [], related: new Map() });
  assert.deepEqual(archive.entities.map((e) => [e.url, e.name, e.count]), [['/personnes/bernard-boulloud/', 'Bernard Boulloud', 3]]);
  assert.deepEqual(archive.articles.map((a) => a.entityLinks.map((l) => l.url)), [['/personnes/bernard-boulloud/'], ['/personnes/bernard-boulloud/'], ['/personnes/bernard-boulloud/']]);
  const names = new Map([['person/macron', 'Macron'], ['person/emmanuel-macron', 'Emmanuel Macron'], ['person/brigitte-macron', 'Brigitte Macron'], ['person/dieudonne', 'Dieudonné'], ['person/romain-dieudonne', 'Romain Dieudonné'], ['place/lyon', 'Lyon'], ['person/pierre-lyon', 'Pierre Lyon']]);
  assert.deepEqual(sameSurname(names), new Map());
  // The tenth reader’s review: `Julie Le Gallo`'s surname is `Le Gallo`; a lawyer `Me Gallo` of another story is not her.
  assert.deepEqual(sameSurname(new Map([['person/gallo', 'Gallo'], ['person/julie-le-gallo', 'Julie Le Gallo']])), new Map());
  // The eleventh reader’s review: a surname opened by a particle is a surname alone; two people sharing it keep it apart.
  assert.deepEqual(sameSurname(new Map([['person/ben-laden', 'Ben Laden'], ['person/oussama-ben-laden', 'Oussama Ben Laden']])), new Map([['person/ben-laden', 'person/oussama-ben-laden']]));
  assert.deepEqual(sameSurname(new Map([['person/le-pen', 'Le Pen'], ['person/marine-le-pen', 'Marine Le Pen'], ['person/jean-marie-le-pen', 'Jean-Marie Le Pen']])), new Map());
  assert.deepEqual(sameSurname(new Map([['person/ben-affleck', 'Ben Affleck'], ['person/casey-affleck', 'Casey Affleck']])), new Map(), 'a given name and a surname are no surname alone');
  // Two spellings of one person are one person.
  assert.deepEqual(sameSurname(new Map([['person/merah', 'Merah'], ['person/mohamed-merah', 'Mohamed Merah'], ['person/mohammed-merah', 'Mohammed Merah']]), new Map([['person/mohammed-merah', 'person/mohamed-merah']])), new Map([['person/merah', 'person/mohamed-merah']]));
});

test('index pages per kind: the most cited first, then A–Z by letter, and the entity page kicker links to its index', () => {
  const archive = buildArchive({ site, articles, taxonomy: [], related: new Map() });
  assert.deepEqual(archive.entityIndexes.map((i) => [i.url, i.title, i.count]), [['/personnes/', 'Personnes', 1], ['/lieux/', 'Lieux', 1]]);
  const people = archive.entityIndexes[0]!;
  assert.deepEqual(people.top, [{ label: 'Édouard Philippe', url: '/personnes/edouard-philippe/', count: 3, articleCount: { figure: '3', noun: 'articles', label: '3 articles' } }]);
  assert.equal(people.pageCount.label, '1 fiche');
  assert.deepEqual(archive.entityIndexes.map((i) => i.cited), ['citées', 'cités'], 'Personnes citées, Lieux cités');
  assert.deepEqual(people.letters.map((l) => [l.letter, l.id]), [['P', 'lettre-p']], 'Édouard Philippe under P');
  assert.equal(archive.entities[1]!.indexUrl, '/personnes/');
});

test('the A–Z index files and sorts a name without its leading article: Le Mans among the M, after Madrid', () => {
  const place = (name: string, slug: string): EntityRef => ({ kind: 'place', name, slug, count: 1 });
  const places = [place('Marseille', 'marseille'), place('Le Mans', 'le-mans'), place('Madrid', 'madrid'), place('La Rochelle', 'la-rochelle')];
  const archive = buildArchive({ site, articles: [article('m1', 1, places), article('m2', 2, places)], taxonomy: [], related: new Map() });
  const letters = archive.entityIndexes.find((i) => i.url === '/lieux/')!.letters;
  assert.deepEqual(letters.map((l) => [l.letter, l.entities.map((e) => e.label)]), [['M', ['Madrid', 'Le Mans', 'Marseille']], ['R', ['La Rochelle']]]);
});

test('the people index files a person by surname, as a French index does', () => {
  const names = ['Emmanuel Macron', 'Charles de Gaulle', 'Marine Le Pen', 'Valéry Giscard d’Estaing', 'Marion Maréchal-Le Pen', 'Prince Harry', 'Elizabeth II', 'Xi Jinping', 'Neymar'];
  const people = names.map((n, i) => person(n, `p${i}`));
  const archive = buildArchive({ site, articles: [article('p1', 1, people), article('p2', 2, people)], taxonomy: [], related: new Map() });
  const letters = archive.entityIndexes.find((i) => i.url === '/personnes/')!.letters;
  assert.deepEqual(letters.map((l) => [l.letter, l.entities.map((e) => e.label)]), [
    ['E', ['Elizabeth II']], ['G', ['Charles de Gaulle', 'Valéry Giscard d’Estaing']], ['H', ['Prince Harry']], ['L', ['Marine Le Pen']],
    ['M', ['Emmanuel Macron', 'Marion Maréchal-Le Pen']], ['N', ['Neymar']], ['X', ['Xi Jinping']],
  ]);
  assert.equal(surnameFirst('Jean-Yves Le Drian'), 'Le Drian Jean-Yves');
  // A reader's review: a compound surname with a particle is filed under its first word, a son's under his surname,
  // a Korean family name first only before a hyphenated given name.
  assert.equal(surnameFirst('Xavier Dupont de Ligonnès'), 'Dupont de Ligonnès Xavier');
  assert.equal(surnameFirst('Claude François Junior'), 'François Claude Junior');
  assert.equal(surnameFirst('Kim Kardashian'), 'Kardashian Kim');
  assert.equal(surnameFirst('Kim Jong-un'), 'Kim Jong-un');
  // The seventh review: a surname named after a saint is filed under S.
  assert.equal(surnameFirst('Yves Saint Laurent'), 'Saint Laurent Yves');
  assert.equal(surnameFirst('Laurent Saint'), 'Saint Laurent');
  // The eighth review: « Jeanne d’Arc » was filed under D, before « Frédéric Dabi ».
  assert.equal(surnameFirst('Jeanne d’Arc'), 'Arc Jeanne d’');
  assert.equal(surnameFirst("Jeanne d'Arc"), "Arc Jeanne d'");
  // Review 33: « Bachar al-Assad » was filed as « al-Assad », between Agnès and Aliagas.
  assert.equal(surnameFirst('Bachar al-Assad'), 'Assad Bachar al-');
  assert.equal(surnameFirst('Abou Bakr al-Baghdadi'), 'Baghdadi Abou Bakr al-');
  assert.equal(surnameFirst('Mohamed El-Baradei'), 'El-Baradei Mohamed', 'a capital article is part of the name as written');
});

test('a name the archive spells once or twice with a slip goes under its usual spelling; two names a letter or a digit apart stay apart', () => {
  const merged = sameSpeltOtherwise(new Map([
    ['person/laurent-wauqiez', 2], ['person/laurent-wauquiez', 161],
    ['organisation/dailymail', 4], ['organisation/daily-mail', 26],
    ['person/gilles-legendre', 2], ['person/gilles-le-gendre', 19],
    // One letter for another, a digit, two people both well known, too short a name, too close in counts.
    ['organisation/eurostat', 2], ['organisation/eurostar', 10],
    ['organisation/france-24', 7], ['organisation/france-2', 395],
    ['person/michel-delpech', 9], ['person/michel-delpuech', 13],
    ['place/lyons', 1], ['place/lyon', 90],
    ['organisation/generations', 3], ['organisation/generation', 7],
    ['person/george-h-w-bush', 1], ['person/george-w-bush', 5],
  ]));
  assert.deepEqual(merged, new Map([
    ['person/laurent-wauqiez', 'person/laurent-wauquiez'],
    ['organisation/dailymail', 'organisation/daily-mail'],
    ['person/gilles-legendre', 'person/gilles-le-gendre'],
  ]));
  // A person needs five times the articles, an organisation three.
  assert.equal(sameSpeltOtherwise(new Map([['person/mathieu-orphelin', 4], ['person/matthieu-orphelin', 17]])).size, 0);
  assert.equal(sameSpeltOtherwise(new Map([['organisation/tele-loisir', 4], ['organisation/tele-loisirs', 12]])).size, 1);
});

test('slips are found among many names as by trying every pair of names', () => {
  // The definition, pair by pair: a name with at least 8 letters (hyphens aside) goes under the
  // name with the most articles (then the first key) that is spelt the same but for hyphens or
  // one more or less letter (not a digit), is not one initial away, and has 3 times its articles
  // (5 for people); chains end at their last name.
  const moreLetter = (a: string, b: string) => [...b].some((c, i) => b.slice(0, i) + b.slice(i + 1) === a && !/[0-9]/.test(c));
  const initialApart = (a: string, b: string) => {
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    const w = long.split('-');
    return w.some((x, i) => x.length === 1 && [...w.slice(0, i), ...w.slice(i + 1)].join('-') === short);
  };
  const pairwise = (articles: Map<string, number>) => {
    const out = new Map<string, string>();
    const all = [...articles].map(([key, count]) => ({ key, count, kind: key.split('/')[0]!, slug: key.split('/')[1]!, sq: key.split('/')[1]!.replace(/-/g, '') }));
    for (const e of all) {
      if (e.sq.length < 8) continue;
      const ratio = e.kind === 'person' ? 5 : 3;
      const best = all.filter((o) => o !== e && o.kind === e.kind && o.sq.length >= 8 && (o.sq === e.sq || moreLetter(e.sq, o.sq) || moreLetter(o.sq, e.sq)) && o.count >= ratio * e.count && !initialApart(e.slug, o.slug))
        .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))[0];
      if (best) out.set(e.key, best.key);
    }
    for (const [key, to] of out) {
      let end = to;
      for (let hops = 0; out.has(end) && hops < 10; hops++) end = out.get(end)!;
      out.set(key, end);
    }
    return out;
  };
  let merges = 0;
  // Names made from a few by one edit (a letter or digit added or removed, a hyphen added),
  // so that many are one letter or a hyphen apart.
  const bases = ['laurent-wauquiez', 'dailymail', 'george-w-bush', 'abcdefgh', 'aabbccdd-e'];
  const name = fc.tuple(fc.constantFrom(...bases), fc.constantFrom('none', 'add', 'remove', 'hyphen'), fc.nat(20), fc.constantFrom('a', 'b', 'h', '2'))
    .map(([base, edit, at, c]) => {
      const i = at % (base.length + 1);
      if (edit === 'add') return base.slice(0, i) + c + base.slice(i);
      if (edit === 'remove') return base.slice(0, i) + base.slice(i + 1);
      if (edit === 'hyphen' && i > 0 && i < base.length && base[i] !== '-' && base[i - 1] !== '-') return `${base.slice(0, i)}-${base.slice(i)}`;
      return base;
    });
  fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom('person', 'place'), name, fc.constantFrom(1, 2, 3, 15, 40)), { maxLength: 60 }), (names) => {
    const articles = new Map(names.map(([kind, slug, n]) => [`${kind}/${slug}`, n]));
    const expected = pairwise(articles);
    merges += expected.size;
    assert.deepEqual(sameSpeltOtherwise(articles), expected);
  }), { numRuns: 300 });
  assert.ok(merges > 40, `the names merge often enough to test the rule (${merges})`);
});

test('a reader’s review: « M. Wang » of one story is not the Sam Wang of another: a family name millions share goes under no one', () => {
  const none = () => false;
  assert.deepEqual(sameSurname(new Map([['person/wang', 'Wang'], ['person/sam-wang', 'Sam Wang']]), new Map(), none), new Map());
  assert.deepEqual(sameSurname(new Map([['person/kim', 'Kim'], ['person/kim-kardashian', 'Kim Kardashian']]), new Map(), none), new Map());
  assert.deepEqual(sameSurname(new Map([['person/boulloud', 'Boulloud'], ['person/bernard-boulloud', 'Bernard Boulloud']]), new Map(), none), new Map([['person/boulloud', 'person/bernard-boulloud']]));
});

test('an index of more entities than `max` gets a page per letter, the index keeping its most cited and the A–Z bar; a smaller one is left whole', () => {
  const view = (name: string, slug: string, count: number) => ({ kind: 'place' as const, name, slug, url: `/lieux/${slug}/`, count }) as unknown as EntityView;
  const [index] = entityIndexes([view('Lyon', 'lyon', 3), view('Lille', 'lille', 2), view('Nantes', 'nantes', 2)]);
  assert.deepEqual(splitIndexes([index!], 3), { indexes: [index], letterPages: [] });
  const { indexes: [split], letterPages } = splitIndexes([index!], 2);
  assert.deepEqual(split!.top, index!.top);
  assert.deepEqual(split!.letters.map((l) => [l.letter, l.url, l.entities.length]), [['L', '/lieux/a-z/l/', 0], ['N', '/lieux/a-z/n/', 0]]);
  assert.deepEqual(letterPages.map((p) => [p.url, p.heading, p.lead, p.entities.map((e) => e.label)]), [
    ['/lieux/a-z/l/', 'Lieux : L', '2 lieux à la lettre L', ['Lille', 'Lyon']],
    ['/lieux/a-z/n/', 'Lieux : N', '1 lieu à la lettre N', ['Nantes']],
  ]);
  assert.deepEqual(letterPages[1]!.letters, [{ letter: 'L', url: '/lieux/a-z/l/', current: false }, { letter: 'N', url: '/lieux/a-z/n/', current: true }]);
});
