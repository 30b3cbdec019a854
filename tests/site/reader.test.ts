/**
 * Issue 15, small things a reader notices: the breadcrumb on articles (with its BreadcrumbList
 * JSON-LD) and the author shown as an author, not as a source.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withAuthor } from '../../src/enrich/author.ts';
import { isPersonName } from '../../src/reference/person-name.ts';
import { buildArchive } from '../../src/enrich/archive.ts';
import type { Article } from '../../src/model.ts';
import { articleUrls, buildSite, FIXTURE, frenchLabel, ORIGIN, textOf } from '../helpers/site.ts';
import { siteOptions } from '../../src/build/options.ts';
import { articleJsonLd } from '../../src/site/json-ld.ts';

const site = await buildSite(FIXTURE);

test('every article has a breadcrumb Accueil › Chronologie › year › month (lowercase, review 34), and the same as the page’s BreadcrumbList in its JSON-LD', () => {
  for (const url of articleUrls(site)) {
    const page = site.page(url);
    const date = page.jsonLd()!.datePublished as string | undefined;
    const links = page.all('nav.breadcrumb a');
    const expected = !date
      ? [['Accueil', '/'], ['Chronologie', '/chronologie/'], ['Sans date', '/chronologie/#sans-date']]
      : [['Accueil', '/'], ['Chronologie', '/chronologie/'], [date.slice(0, 4), `/chronologie/${date.slice(0, 4)}/`],
        ...(date.length >= 7 ? [[frenchLabel(date.slice(0, 7)).replace(/ \d{4}$/, ''), `/chronologie/${date.slice(0, 4)}/${date.slice(5, 7)}/`]] : [])];
    assert.deepEqual(links.map((a) => [textOf(a), a.attrs.href]), expected, url);
    const page_ = page.jsonLd()!.mainEntityOfPage as { '@type': string; '@id': string; breadcrumb: { '@type': string; itemListElement: { name: string; item: string }[] } };
    assert.deepEqual([page_['@type'], page_['@id']], ['WebPage', `${ORIGIN}${url}`], url);
    const trail = page_.breadcrumb;
    assert.equal(trail['@type'], 'BreadcrumbList');
    assert.deepEqual(trail.itemListElement.map((i) => [i.name, i.item]), expected.map(([n, u]) => [n, `${ORIGIN}${u}`]), url);
  }
});

test('a source naming a person is shown as the author, and an organisation stays a source', () => {
  const labelled: [string, boolean][] = [
    ['Florian Lautre', true], ['Roxane Mansano', true], ['Marc-Emmanuel Adjou', true], ['Anne de Gaulle', true],
    ['Le Parisien', false], ['Orange Auto', false], ['Orange avec AFP', false], ['France Info', false], ['Non Stop Zapping', false], ['BFMTV', false], ['Public Sénat', false],
  ];
  for (const [name, person] of labelled) assert.equal(isPersonName(name), person, name);
  const base: Article = {
    id: 'a', sourceFile: 'a.txt', format: 'text', slug: 'a', url: '/articles/2018/06/a/', title: 'Titre', titleOrigin: 'title-line',
    date: { iso: '2018-06-05', precision: 'day', year: 2018, month: 6, day: 5 }, lede: 'Texte.', sections: [], topics: [], entities: [],
    wordCount: 1, readingMinutes: 1, truncated: false, draft: false, diagnostics: [], source: 'Florian Lautre',
  };
  assert.deepEqual([withAuthor(base).author, withAuthor(base).source], ['Florian Lautre', undefined]);
  const archive = buildArchive({ site: siteOptions({ origin: 'https://x' }), articles: [base, { ...base, id: 'b', url: '/articles/2018/06/b/', source: 'Le Parisien', author: 'Anne Dupont' }], taxonomy: [], related: new Map() });
  const [a, b] = ['a', 'b'].map((id) => articleJsonLd(archive.articles.find((x) => x.id === id)!, archive.site));
  assert.deepEqual(a!.author, { '@type': 'Person', name: 'Florian Lautre' });
  assert.equal(a!.publisher, undefined, 'a person is not a publisher');
  assert.deepEqual([b!.author, b!.publisher], [{ '@type': 'Person', name: 'Anne Dupont' }, { '@type': 'Organization', name: 'Le Parisien' }], 'front matter author beside a source');
});

test('an entity index agrees « cité » with its kind: « Les plus citées » for people and organisations, « cités » for places', () => {
  const expected: Record<string, string> = { '/personnes/': 'citées', '/organisations/': 'citées', '/lieux/': 'cités' };
  const built = Object.keys(expected).filter((url) => site.exists(url));
  assert.ok(built.includes('/lieux/'), 'the fixture has a places index');
  for (const url of built) {
    const page = site.page(url);
    assert.equal(page.text('#plus-cites'), `Les plus ${expected[url]}`, url);
    assert.equal(page.meta('description'), `${page.text('h1')} ${expected[url]} dans les archives, de A à Z, avec leur nombre d’articles.`, url);
  }
});

test('a reader’s review: the JSON-LD and the sharing tags read as the page does (curly apostrophes, French quotes), and its entities are those the page lists', () => {
  let straight = 0;
  for (const url of articleUrls(site)) {
    const page = site.page(url);
    const ld = page.jsonLd()!;
    assert.equal(ld.headline, page.text('h1'), url);
    assert.equal(page.meta('og:title'), page.text('h1'), url);
    for (const text of [ld.headline, ld.description, page.meta('description'), page.meta('og:description'), ...((ld.about as { name: string }[] | undefined) ?? []).map((e) => e.name)]) {
      if (typeof text === 'string' && /[a-zé]'[a-zéèêàâîôûh]/iu.test(text)) straight++;
    }
    // The JSON-LD is about what the page lists, with the same names and pages.
    const listed = page.all('.entities a').map((a) => [textOf(a), `${ORIGIN}${a.attrs.href}`]);
    const about = ((ld.about as { name: string; url: string }[] | undefined) ?? []).map((e) => [e.name, e.url]);
    assert.deepEqual(about, listed, url);
  }
  assert.equal(straight, 0, 'texts with a straight apostrophe between letters');
});
