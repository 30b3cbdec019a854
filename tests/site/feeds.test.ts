import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleUrls, buildSite, FIXTURE, ORIGIN, parseHtml, plain, queryAll, textOf } from '../helpers/site.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/site/csp.ts';

const site = await buildSite(FIXTURE);
const articles = articleUrls(site).map((url) => ({ url, date: (site.page(url).jsonLd()!.datePublished as string | undefined) ?? '' }));
// An undated article has no time a feed reader could show: the feeds list dated ones only.
const dated = articles.filter((a) => a.date !== '');
const newestFirst = [...dated].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
const local = (u: string) => {
  assert.ok(u.startsWith(ORIGIN), `${u} is not on the site`);
  return u.slice(ORIGIN.length);
};

test('/flux.xml is an Atom feed of the 50 newest dated articles, newest first, each with a working link and its title as the page sets it', () => {
  const xml = site.read('/flux.xml');
  assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="fr">/);
  const entries = queryAll(parseHtml(xml), 'entry');
  assert.ok(dated.length < articles.length, 'the fixture has undated articles');
  assert.equal(entries.length, Math.min(50, dated.length));
  const links = entries.map((e) => local(queryAll(e, 'link')[0]!.attrs.href!));
  for (const [i, url] of links.entries()) {
    assert.ok(site.exists(url), url);
    // Typeset as on the page: « », l’, a space before a colon.
    assert.equal(textOf(queryAll(entries[i]!, 'title')[0]!), site.page(url).text('h1'));
  }
  const dates = links.map((u) => articles.find((a) => a.url === u)!.date);
  assert.deepEqual(dates, newestFirst.slice(0, 50).map((a) => a.date));
  const updated = entries.map((e) => textOf(queryAll(e, 'updated')[0]!));
  for (const u of updated) assert.match(u, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
});

test('/flux.json is a JSON Feed 1.1 with the same items as the Atom feed', () => {
  const feed = JSON.parse(site.read('/flux.json'));
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(feed.language, 'fr');
  assert.equal(feed.feed_url, `${ORIGIN}/flux.json`);
  const atom = queryAll(parseHtml(site.read('/flux.xml')), 'entry link').map((l) => l.attrs.href);
  assert.deepEqual(feed.items.map((i: { url: string }) => i.url), atom);
  for (const item of feed.items) {
    const page = site.page(local(item.url));
    assert.equal(item.title, page.text('h1'));
    assert.equal(plain(item.title), plain(page.jsonLd()!.headline as string));
    assert.equal(item.date_published?.slice(0, 4), (page.jsonLd()!.datePublished as string | undefined)?.slice(0, 4));
  }
});

test('/sitemap.xml lists every page of the site and nothing else', () => {
  const locs = queryAll(parseHtml(site.read('/sitemap.xml')), 'loc').map((l) => local(textOf(l)));
  const pages = site.urls().filter((u) => u.endsWith('/'));
  assert.deepEqual([...locs].sort(), pages.sort());
  assert.ok(locs.length > articles.length + 20);
});

test('/robots.txt allows crawling and points to the sitemap', () => {
  const robots = site.read('/robots.txt');
  assert.match(robots, /^User-agent: \*$/m);
  assert.match(robots, new RegExp(`^Sitemap: ${ORIGIN}/sitemap.xml$`, 'm'));
});

test('/404.html is in French, offers the search box and the way back', () => {
  const page = site.page('/404.html');
  assert.equal(page.one('html').attrs.lang, 'fr');
  assert.equal(page.text('h1'), 'Page introuvable');
  assert.equal(page.one('main form[role=search]').attrs.action, '/recherche/');
  assert.equal(page.all('main form[role=search] input[name=q]').length, 1);
  const links = page.all('main a').map((a) => a.attrs.href);
  for (const u of ['/', '/sujets/', '/chronologie/']) assert.ok(links.includes(u), u);
});

test('every page has its canonical link, Open Graph tags, the favicon and the feeds in its head', () => {
  for (const url of site.urls().filter((u) => u.endsWith('/') || u.endsWith('.html'))) {
    const page = site.page(url);
    const canonical = page.one('link[rel=canonical]').attrs.href;
    assert.equal(canonical, `${ORIGIN}${url}`, url);
    assert.equal(page.meta('og:url'), canonical, url);
    assert.ok(page.meta('og:title'), url);
    assert.equal(page.meta('og:site_name'), 'Kiosque');
    assert.ok(site.exists(page.one('link[rel=icon]').attrs.href!), 'favicon');
    assert.deepEqual(page.all('link[rel=alternate]').slice(0, 2).map((l) => l.attrs.href), ['/flux.xml', '/flux.json']);
    assert.equal(page.all('html[lang=fr]').length, 1, url);
  }
});

test('no page needs JavaScript or breaks the CSP: no inline style, handler or script but the JSON-LD', () => {
  const pages = site.urls().filter((u) => u.endsWith('/') || u.endsWith('.html'));
  for (const url of pages) {
    const page = site.page(url);
    for (const el of page.all('[style]')) assert.fail(`${url}: style= on <${el.tag}>`);
    for (const el of page.all('*')) {
      const handler = Object.keys(el.attrs).find((a) => a.startsWith('on'));
      assert.equal(handler, undefined, `${url}: ${handler} on <${el.tag}>`);
    }
    const scripts = page.all('script').map((s) => s.attrs.type === 'application/ld+json' ? 'json-ld' : s.attrs.src ? `src:${s.attrs.src}` : 'inline');
    assert.ok(!scripts.includes('inline'), `${url}: inline script`);
    // Besides search, only the small site script (`/` shortcut, highlights; tools/budgets.ts).
    if (url !== '/recherche/') assert.ok(scripts.every((s) => s === 'json-ld' || s === 'src:/js/kiosque.js'), `${url} loads a script: ${scripts}`);
    assert.equal(page.one('meta[http-equiv=Content-Security-Policy]').attrs.content, CONTENT_SECURITY_POLICY, `${url}: the site policy (src/site/csp.ts)`);
  }
});
