import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSite, FIXTURE, ORIGIN, parseHtml, queryAll, textOf } from '../helpers/site.ts';

const site = await buildSite(FIXTURE, '/x/');
const BASE = `${ORIGIN}/x/`;

/** The site URL an address points to, or undefined for an address outside the site (an article's original). */
function inside(address: string, from: string): string | undefined {
  if (address.startsWith('#')) return undefined;
  if (/^https?:/.test(address)) {
    if (!address.startsWith(ORIGIN)) return undefined;
    assert.ok(address.startsWith(BASE), `${from}: ${address} escapes /x/`);
    return address.slice(BASE.length - 1);
  }
  assert.ok(address.startsWith('/x/'), `${from}: ${address} escapes /x/`);
  return address.slice(2);
}

test('with --base-path /x/, every link, form, script, style and icon of every page stays under /x/ and resolves', () => {
  const pages = site.urls().filter((u) => u.endsWith('/') || u.endsWith('.html'));
  assert.ok(pages.length > 80);
  let checked = 0;
  for (const url of pages) {
    const root = site.page(url).root;
    const addresses = [
      ...queryAll(root, '[href]').map((e) => e.attrs.href!),
      ...queryAll(root, '[src]').map((e) => e.attrs.src!),
      ...queryAll(root, '[action]').map((e) => e.attrs.action!),
      ...queryAll(root, 'meta[property=og:url]').map((e) => e.attrs.content!),
    ];
    for (const a of addresses) {
      const target = inside(a, url);
      if (target === undefined) continue;
      assert.ok(site.exists(target), `${url}: ${a} does not resolve`);
      checked++;
    }
  }
  assert.ok(checked > 2000, `only ${checked} links checked`);
});

test('with --base-path /x/, feeds, sitemap and robots.txt give addresses under /x/', () => {
  const urls = [
    ...queryAll(parseHtml(site.read('/flux.xml')), 'link').map((l) => l.attrs.href!),
    ...queryAll(parseHtml(site.read('/sitemap.xml')), 'loc').map(textOf),
    ...JSON.parse(site.read('/flux.json')).items.map((i: { url: string }) => i.url),
    /^Sitemap: (.+)$/m.exec(site.read('/robots.txt'))![1]!,
  ];
  assert.ok(urls.length > 80);
  for (const u of urls) assert.ok(site.exists(inside(u, 'feeds')!), u);
});

test('with --base-path /x/, the JSON-LD and canonical links name the /x/ address', () => {
  const url = site.urls().find((u) => u.startsWith('/articles/'))!;
  const page = site.page(url);
  assert.equal(page.one('link[rel=canonical]').attrs.href, `${ORIGIN}/x${url}`);
  assert.equal(page.jsonLd()!.url, `${ORIGIN}/x${url}`);
});
