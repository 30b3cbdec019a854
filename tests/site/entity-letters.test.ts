/**
 * An entity index too large for one page: more places with a page than `INDEX_MAX_ENTITIES`,
 * declared in the folder's entites.yml and each named in two of the generated articles. The
 * index keeps its most cited and its A–Z bar, whose letters lead to a page each.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { INDEX_MAX_ENTITIES } from '../../src/enrich/entity-pages.ts';
import { buildSite, ORIGIN, parseHtml, queryAll, textOf } from '../helpers/site.ts';

const PLACES = INDEX_MAX_ENTITIES + 60;
const PER_ARTICLE = 20;
const SYLLABLES = ['bra', 'cor', 'del', 'fon', 'gar', 'lin', 'mor', 'nev', 'pol', 'ros', 'sal', 'tur', 'val', 'ver', 'zen', 'quil', 'hau', 'jor', 'kel', 'wis', 'yon', 'ix', 'ael', 'ober', 'ulm', 'ert'];
const ENDINGS = ['ville', 'mont', 'court', 'bourg', 'val', 'lieu', 'pierre', 'fort', 'champ', 'mare'];

/** A made-up town name, distinct for each `i`, starting with every letter in turn. */
function placeName(i: number): string {
  const first = SYLLABLES[i % SYLLABLES.length]!;
  const second = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length]!;
  const end = ENDINGS[Math.floor(i / SYLLABLES.length ** 2) % ENDINGS.length]!;
  return `${first[0]!.toUpperCase()}${first.slice(1)}${second}${end}`;
}

function writeContent(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kiosque-letters-')), 'content');
  process.once('exit', () => rmSync(join(dir, '..'), { recursive: true, force: true }));
  mkdirSync(dir);
  const names = Array.from({ length: PLACES }, (_, i) => placeName(i));
  assert.equal(new Set(names).size, PLACES, 'the generated names are distinct');
  writeFileSync(join(dir, 'entites.yml'), names.map((n) => `- kind: place\n  name: ${n}\n`).join(''));
  // Article k names places k·PER_ARTICLE/2 … + PER_ARTICLE - 1: each place is in two articles.
  const articles = Math.ceil((2 * PLACES) / PER_ARTICLE);
  for (let k = 0; k < articles; k++) {
    const named = Array.from({ length: PER_ARTICLE }, (_, j) => names[(k * (PER_ARTICLE / 2) + j) % PLACES]!);
    const day = String(1 + (k % 28)).padStart(2, '0');
    writeFileSync(join(dir, `a${k}.md`), `---\ntitle: "Tournée des communes numéro ${k}"\ndate: 2023-05-${day}\n---\n\nLe car est passé par ${named.map((n) => `la commune de ${n}`).join(', ')}.\n`);
  }
  return dir;
}

const site = await buildSite(writeContent());
const index = site.page('/lieux/');
const bar = index.all('nav.az a');

test('an index of more entities than one page should hold keeps its most cited and an A–Z bar leading to a page per letter', () => {
  assert.match(textOf(index.one('.lead')).replace(/\s/g, ''), new RegExp(`^${PLACES}lieux`), 'the index counts them all');
  assert.ok(index.all('.entity-top li').length > 0, 'the most cited are listed');
  assert.equal(index.all('.entity-list').length, 0, 'the index lists no letter’s entities itself');
  assert.ok(bar.length >= 20, `${bar.length} letters`);
  for (const a of bar) assert.match(a.attrs.href!, /^\/lieux\/a-z\/([a-z]|autres)\/$/);
});

test('each letter’s page lists its entities A–Z under the index’s bar, the current letter marked, and every entity with a page is on one of them', () => {
  const listed: string[] = [];
  for (const a of bar) {
    const page = site.page(a.attrs.href!);
    const letter = textOf(a);
    assert.equal(textOf(page.one('h1')), `Lieux : ${letter}`);
    assert.equal(page.one('.kicker a').attrs.href, '/lieux/');
    assert.deepEqual(page.all('nav.az a').map((l) => l.attrs.href), bar.map((l) => l.attrs.href));
    assert.deepEqual(page.all('nav.az a[aria-current]').map(textOf), [letter]);
    const names = page.all('.entity-list li a').map(textOf);
    assert.ok(names.length > 0);
    for (const n of names) assert.equal(n[0]!.toUpperCase(), letter, `${n} is filed under ${letter}`);
    assert.deepEqual(names, [...names].sort((x, y) => x.localeCompare(y, 'fr')), 'A–Z');
    listed.push(...page.all('.entity-list li a').map((l) => l.attrs.href!));
  }
  assert.equal(listed.length, PLACES);
  assert.equal(new Set(listed).size, PLACES);
  for (const url of listed.slice(0, 50)) assert.ok(site.exists(url), `${url} exists`);
});

test('the index and the letters’ pages pass html-validate (html-validate:standard)', async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
  for (const url of ['/lieux/', bar[0]!.attrs.href!, bar.at(-1)!.attrs.href!]) {
    const report = await validator.validateFile(site.file(url));
    assert.deepEqual(report.results.flatMap((r) => r.messages).map((m) => `${url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`), []);
  }
});

test('the sitemap lists the letters’ pages', () => {
  const locs = queryAll(parseHtml(site.read('/sitemap.xml')), 'loc').map((l) => textOf(l).replace(ORIGIN, ''));
  for (const a of bar) assert.ok(locs.includes(a.attrs.href!), `${a.attrs.href} is in the sitemap`);
});
