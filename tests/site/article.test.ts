import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { articleUrls, buildSite, cardsOf, FIXTURE, followPages, frenchLabel, ORIGIN, plain, queryAll, textOf, type Element, type Page } from '../helpers/site.ts';

const site = await buildSite(FIXTURE);
const urls = articleUrls(site);
const pages = new Map<string, Page>(urls.map((u) => [u, site.page(u)]));
/** Fixture file → published URL, from the build report. */
const urlOf = new Map(site.result.report.inputs.filter((i) => i.url).map((i) => [i.file, i.url!]));
const fixtureFiles = readdirSync(FIXTURE).filter((f) => /\.(md|txt)$/.test(f));

test('every fixture article has a page', () => {
  assert.equal(fixtureFiles.length, 39);
  assert.deepEqual([...urlOf.keys()].sort(), [...fixtureFiles].sort());
  assert.equal(urls.length, fixtureFiles.length);
});

test('an article page has one h1, its title, and a date at the precision it was written with', () => {
  const seen = new Set<string>();
  for (const [url, page] of pages) {
    const ld = page.jsonLd()!;
    assert.equal(page.all('h1').length, 1, url);
    assert.equal(plain(page.text('h1')), plain(String(ld.headline)), url);
    const times = page.all('.article-header time');
    if (ld.datePublished) {
      assert.equal(times.length, 1, url);
      assert.equal(times[0]!.attrs.datetime, ld.datePublished);
      assert.equal(textOf(times[0]!), frenchLabel(String(ld.datePublished)), url);
      seen.add(String(ld.datePublished).length === 4 ? 'year' : String(ld.datePublished).length === 7 ? 'month' : 'day');
    } else {
      assert.equal(times.length, 0, url);
      assert.equal(page.text('.article-header .undated'), 'Date inconnue');
      seen.add('undated');
    }
  }
  assert.deepEqual([...seen].sort(), ['day', 'month', 'undated', 'year'], 'the fixture covers every precision');
  assert.equal(pages.get(urlOf.get('2024-05-01-muguet.md')!)!.text('.article-header time'), '1er mai 2024');
  assert.equal(pages.get(urlOf.get('2024-04-inflation.md')!)!.text('.article-header time'), 'avril 2024');
  assert.equal(pages.get(urlOf.get('2025-plan-climat.md')!)!.text('.article-header time'), '2025');
});

test('an article page shows its source, reading time and topic links', () => {
  for (const [url, page] of pages) {
    const ld = page.jsonLd()!;
    const meta = page.text('.article-meta');
    const publisher = (ld.publisher as { name?: string } | undefined)?.name;
    if (publisher) assert.ok(plain(meta).includes(`Source : ${plain(publisher)}`), `${url}: ${meta}`);
    else assert.ok(!meta.includes('Source'), url);
    assert.match(meta, /\d+\u00a0min de lecture$/);
    const topics = page.all('.article-header .tags a');
    assert.deepEqual(topics.map(textOf), ld.keywords, url);
    for (const a of topics) {
      const listed = followPages(site, a.attrs.href!).flatMap((p) => cardsOf(p.page, '.listing-main').map((c) => c.url));
      assert.ok(listed.includes(url), `${url} is missing from ${a.attrs.href}`);
    }
  }
  assert.equal(pages.get(urlOf.get('marche-talensac.txt')!)!.text('.article-meta .source'), 'Source\u00a0: Le Courrier de l’Estuaire');
});

test('section headings are h2 in the article body, from Markdown and from raw text', () => {
  for (const file of fixtureFiles.filter((f) => f.endsWith('.md'))) {
    const expected = readFileSync(join(FIXTURE, file), 'utf8').split('\n').filter((l) => l.startsWith('## ')).map((l) => plain(l.slice(3)));
    const shown = pages.get(urlOf.get(file)!)!.all('.article-body h2').map((h) => plain(textOf(h)));
    assert.deepEqual(shown, expected, file);
  }
  assert.deepEqual(pages.get(urlOf.get('marche-talensac.txt')!)!.all('.article-body h2').map(textOf), ['Des commerçants soulagés']);
});

test('the truncation marker shows exactly on articles whose text stops mid-sentence', () => {
  let marked = 0;
  for (const file of fixtureFiles) {
    const lines = readFileSync(join(FIXTURE, file), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !/^Source :/.test(l));
    // A table's row ends a text whole, as a sentence does.
    const cut = !/[.!?»"…]$|^\|.*\|$/.test(lines.at(-1)!);
    const marker = pages.get(urlOf.get(file)!)!.all('.truncated');
    assert.equal(marker.length, cut ? 1 : 0, file);
    if (cut) {
      marked++;
      assert.match(textOf(marker[0]!), /Texte tronqué/);
    }
  }
  assert.equal(marked, 1, 'the fixture has one cut article');
});

test('previous and next links chain every dated article in date order, across the whole archive', () => {
  const dated = [...pages].filter(([, p]) => p.jsonLd()!.datePublished).map(([url, p]) => ({ url, date: String(p.jsonLd()!.datePublished) }));
  const rel = (url: string, r: string) => pages.get(url)!.all(`nav.prev-next a[rel=${r}]`)[0]?.attrs.href;
  const first = dated.filter((d) => !rel(d.url, 'prev'));
  assert.equal(first.length, 1, 'one dated article has no previous one');
  const chain: string[] = [];
  for (let url: string | undefined = first[0]!.url; url; url = rel(url, 'next')) {
    assert.ok(!chain.includes(url), 'the chain loops');
    if (chain.length) assert.equal(rel(url, 'prev'), chain.at(-1), `${url} points back`);
    chain.push(url);
  }
  assert.deepEqual([...chain].sort(), dated.map((d) => d.url).sort(), 'the chain visits every dated article');
  const dates = chain.map((u) => dated.find((d) => d.url === u)!.date);
  assert.deepEqual(dates, [...dates].sort(), 'in date order');
  const years = new Set(dates.map((d) => d.slice(0, 4)));
  assert.ok(years.size >= 3, 'across years');
});

test('prev/next links name the neighbouring article with its title and date', () => {
  const page = pages.get(urlOf.get('2024-02-15-budget.md')!)!;
  for (const a of page.all('nav.prev-next a')) {
    const target = site.page(a.attrs.href!);
    assert.equal(textOf(queryAll(a, '.t')[0]!), target.text('h1'));
    assert.equal(textOf(queryAll(a, '.d')[0]!), target.text('.article-header .article-meta time'));
  }
});

test('« À lire aussi » never suggests a page that names no person, organisation or place of the article', () => {
  // In this local-news fixture no two articles share a specific subject: topics alone suggest nothing.
  const withRelated = [...pages].filter(([, p]) => p.all('section.related').length);
  for (const [url, page] of withRelated) {
    const mine = new Set(page.all('section.entities a').map((a) => a.attrs.href));
    for (const card of cardsOf(page, 'section.related')) {
      assert.notEqual(card.url, url);
      assert.ok(pages.has(card.url), `${card.url} does not exist`);
      const theirs = pages.get(card.url)!.all('section.entities a').map((a) => a.attrs.href);
      assert.ok(theirs.some((t) => mine.has(t)), `${card.url} shares no entity with ${url}`);
    }
  }
});

test('an article’s people, organisations and places are listed by kind, people first; « À lire aussi » comes before the links in time and repeats none of them', () => {
  const KINDS = ['Personnes', 'Organisations', 'Lieux'];
  let grouped = 0;
  for (const [url, page] of pages) {
    const kinds = page.all('section.entities h3').map(textOf);
    assert.deepEqual(kinds, KINDS.filter((k) => kinds.includes(k)), `${url}: kinds in order`);
    const folders = { Personnes: '/personnes/', Organisations: '/organisations/', Lieux: '/lieux/' } as Record<string, string>;
    const lists = page.all('section.entities ul.tags');
    assert.equal(lists.length, kinds.length, `${url}: a list per kind`);
    kinds.forEach((kind, i) => {
      for (const a of queryAll(lists[i]!, 'a')) assert.ok(a.attrs.href!.startsWith(folders[kind]!), `${url}: ${a.attrs.href} under ${kind}`);
    });
    if (kinds.length > 0) grouped++;
    const inTime = new Set(page.all('nav.prev-next a').map((a) => a.attrs.href));
    for (const card of cardsOf(page, 'section.related')) assert.ok(!inTime.has(card.url), `${url}: ${card.url} is linked as previous or next already`);
    const html = site.read(url);
    if (page.all('section.related').length && page.all('nav.prev-next').length) assert.ok(html.indexOf('class="related"') < html.indexOf('class="prev-next'), `${url}: related before previous/next`);
  }
  assert.ok(grouped > 0, 'an article lists its entities under their kind');
});

test('canonical link, Open Graph tags and JSON-LD describe the article', () => {
  for (const [url, page] of pages) {
    const canonical = page.one('link[rel=canonical]').attrs.href;
    assert.equal(canonical, `${ORIGIN}${url}`);
    assert.equal(page.meta('og:url'), canonical);
    assert.equal(page.meta('og:type'), 'article');
    assert.equal(page.meta('og:locale'), 'fr_FR');
    const ld = page.jsonLd()!;
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.inLanguage, 'fr');
    assert.equal(ld.url, canonical);
    assert.equal(page.meta('og:title'), ld.headline);
    assert.equal(page.one('html').attrs.lang, 'fr');
  }
});

/** Visible text outside code, where French typography must apply. */
function proseOf(el: Element): string {
  return el.children.map((c) => (typeof c === 'string' ? c : ['code', 'pre', 'script', 'style'].includes(c.tag) ? ' ' : proseOf(c))).join('');
}

test('French typography is applied to every text a reader sees, including Markdown bodies', () => {
  // /recherche/ is the search issue's page, checked by its own tests.
  for (const url of site.urls().filter((u) => (u.endsWith('/') || u.endsWith('.html')) && u !== '/recherche/')) {
    const prose = proseOf(site.page(url).root).replace(/\bhttps?:\/\/\S+/g, ' ');
    assert.doesNotMatch(prose, /\p{L}'\p{L}/u, `straight apostrophe on ${url}`);
    assert.doesNotMatch(prose, /"/, `straight quote on ${url}`);
    assert.doesNotMatch(prose, /[^\u202f\s(][;!?]|[^\u00a0\s]:\s| [;!?:]/u, `missing no-break space on ${url}`);
  }
});

test('typography never touches code or link targets, and sets the JSON-LD’s texts before they are written as JSON', () => {
  const budget = pages.get(urlOf.get('2024-02-15-budget.md')!)!;
  assert.ok(budget.text('.article-body').includes('https://example.org/conseil?seance=2024-02-15\u00a0: chacun'));
  assert.ok(budget.text('.article-body').includes('priorité\u00a0: rénovation'));
  const climat = pages.get(urlOf.get('2025-plan-climat.md')!)!;
  assert.equal(climat.text('.article-body code'), 'renovation');
  const soldes = pages.get(urlOf.get('2023-01-12-soldes.md')!)!;
  // The JSON-LD's texts are typeset as the page shows them (set before the JSON is written, which stays valid JSON).
  assert.equal(soldes.jsonLd()!.headline, 'Soldes d’hiver\u00a0: un démarrage timide pour les commerçants');
  assert.equal(soldes.text('h1'), 'Soldes d’hiver\u00a0: un démarrage timide pour les commerçants');
  assert.ok(soldes.text('.article-body').includes('«\u202fLes clients comparent tout, ils attendent la deuxième démarque\u202f»'));
  const usine = pages.get(urlOf.get('2023-09-20-usine-batteries.md')!)!;
  assert.equal(usine.one('.original a').attrs.href, 'https://example.org/articles/usine-batteries?id=2023-09-20&format=long');
});
