import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SITEMAP_MAX_URLS, sitemapFiles } from '../../../src/enrich/sitemap.ts';
import { sitemapXml } from '../../../src/site/feeds.ts';
import { siteOptions } from '../../../src/build/options.ts';
import { xmlProblems } from '../../bad/xml.ts';

const site = siteOptions({ origin: 'https://archives.example.fr', basePath: '/presse/' });
const pages = (n: number) => Array.from({ length: n }, (_, i) => `/articles/a-${i}/`);
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);

test('a site within the protocol’s 50,000 addresses has one sitemap, /sitemap.xml, listing every page', () => {
  const files = sitemapFiles(pages(SITEMAP_MAX_URLS));
  assert.deepEqual(files.map((f) => f.url), ['/sitemap.xml']);
  const xml = sitemapXml(files[0]!, site);
  assert.deepEqual(xmlProblems(xml), []);
  assert.match(xml, /<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
  assert.equal(locs(xml).length, SITEMAP_MAX_URLS);
  assert.equal(locs(xml)[1], 'https://archives.example.fr/presse/articles/a-1/');
});

test('a larger site gets /sitemap.xml as an index of files of at most 50,000 addresses, every page in exactly one of them', () => {
  const all = pages(2 * SITEMAP_MAX_URLS + 7);
  const [index, ...parts] = sitemapFiles(all);
  assert.equal(index!.url, '/sitemap.xml');
  const indexXml = sitemapXml(index!, site);
  assert.deepEqual(xmlProblems(indexXml), []);
  assert.match(indexXml, /<sitemapindex xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
  assert.deepEqual(locs(indexXml), ['/sitemap-1.xml', '/sitemap-2.xml', '/sitemap-3.xml'].map((u) => `https://archives.example.fr/presse${u}`));
  assert.deepEqual(parts.map((p) => p.url), ['/sitemap-1.xml', '/sitemap-2.xml', '/sitemap-3.xml']);
  const listed = parts.flatMap((p) => {
    const xml = sitemapXml(p, site);
    assert.deepEqual(xmlProblems(xml), []);
    assert.ok(locs(xml).length <= SITEMAP_MAX_URLS, `${p.url} lists ${locs(xml).length} addresses`);
    assert.ok(Buffer.byteLength(xml) < 50 * 1024 * 1024, `${p.url} is under 50 MB`);
    return locs(xml);
  });
  assert.deepEqual(listed, all.map((u) => `https://archives.example.fr/presse${u}`));
});
