/**
 * Every page's `<title>` is its own and says what kind of page it is (review 34: `/lieux/france/`
 * and `/sujets/france/` were both « France · Kiosque »). Read over every HTML page of two builds:
 * the seeds (États-Unis is a place and a topic there) and the archive fixture (paged listings,
 * months, years).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSite, FIXTURE, SEEDS, textOf, type BuiltSite } from '../helpers/site.ts';

const seeds = await buildSite(SEEDS);
const fixture = await buildSite(FIXTURE);

/** `<title>` of every HTML page of a site, by URL. */
function titles(site: BuiltSite): Map<string, string> {
  return new Map(site.urls().filter((u) => u.endsWith('/') || u.endsWith('.html')).map((u) => [u, textOf(site.page(u).all('title')[0]!)]));
}

test('no two pages of a build share a <title>', () => {
  for (const [name, site] of [['seeds', seeds], ['fixture', fixture]] as const) {
    const byTitle = new Map<string, string[]>();
    for (const [url, title] of titles(site)) byTitle.set(title, [...(byTitle.get(title) ?? []), url]);
    const shared = [...byTitle].filter(([, urls]) => urls.length > 1);
    assert.deepEqual(shared, [], `${name}: titles shared by several pages`);
    assert.ok(byTitle.size > 30, `${name}: ${byTitle.size} pages read`);
  }
});

test('a place and a topic of the same name say which they are: « États-Unis — lieu », « États-Unis — sujet »', () => {
  assert.ok(seeds.exists('/lieux/etats-unis/') && seeds.exists('/sujets/etats-unis/'), 'the seeds have both pages');
  assert.equal(textOf(seeds.page('/lieux/etats-unis/').all('title')[0]!), 'États-Unis — lieu · Kiosque');
  assert.equal(textOf(seeds.page('/sujets/etats-unis/').all('title')[0]!), 'États-Unis — sujet · Kiosque');
  assert.equal(seeds.page('/lieux/etats-unis/').meta('og:title'), 'États-Unis — lieu');
});

test('listing, timeline and index pages name their kind in <title>', () => {
  const kinds: [RegExp, RegExp][] = [
    [/^\/sujets\/[a-z0-9-]+\/(page\/\d+\/)?$/, / — sujet( \(.+\))? · Kiosque$/],
    [/^\/sujets\/[a-z0-9-]+\/\d{4}\/(page\/\d+\/)?$/, / en \d{4} — sujet( \(.+\))? · Kiosque$/],
    [/^\/personnes\/[a-z0-9-]+\/(page\/\d+\/)?$/, / — personne( \(.+\))? · Kiosque$/],
    [/^\/organisations\/[a-z0-9-]+\/(page\/\d+\/)?$/, / — organisation( \(.+\))? · Kiosque$/],
    [/^\/lieux\/[a-z0-9-]+\/(page\/\d+\/)?$/, / — lieu( \(.+\))? · Kiosque$/],
    [/^\/(personnes|organisations|lieux)\/$/, /^(Personnes citées|Organisations citées|Lieux cités), de A à Z · Kiosque$/],
    [/^\/chronologie\/\d{4}\/$/, /^\d{4} — chronologie · Kiosque$/],
    [/^\/chronologie\/\d{4}\/\d{2}\/(page\/\d+\/)?$/, /^\p{Lu}\p{Ll}+ \d{4}( \(page \d+\))? — chronologie · Kiosque$/u],
  ];
  const seen = new Set<RegExp>();
  for (const [url, title] of [...titles(seeds), ...titles(fixture)]) {
    const kind = kinds.find(([re]) => re.test(url));
    if (!kind) continue;
    seen.add(kind[0]);
    assert.match(title, kind[1], url);
  }
  assert.equal(seen.size, kinds.length, 'the seeds and the fixture have every kind of page');
});
