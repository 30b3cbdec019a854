/**
 * Lists too long for the page that would hold them. Undated articles too many for the timeline
 * page: 90 Markdown files without a date, beside three dated ones, get pages of their own, by
 * title, which the timeline and the home page lead to, as each article's breadcrumb does. Raw
 * texts dated to the year only (` date 2023`), 50 of them: their year page leads to theirs.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { MONTH_PAGE_SIZE } from '../../src/enrich/days.ts';
import { buildSite, cardsOf, followPages } from '../helpers/site.ts';

const UNDATED = 90;
const YEAR_ONLY = 50;

function writeContent(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kiosque-undated-')), 'content');
  process.once('exit', () => rmSync(join(dir, '..'), { recursive: true, force: true }));
  mkdirSync(dir);
  for (let i = 0; i < UNDATED; i++) writeFileSync(join(dir, `u${i}.md`), `---\ntitle: "Note de lecture numéro ${String(i).padStart(3, '0')}"\n---\n\nUne note sans date sur un livre lu cette saison, la numéro ${i}.\n`);
  for (let i = 0; i < YEAR_ONLY; i++) writeFileSync(join(dir, `y${i}.txt`), `Bilan de l’année numéro ${i}\n date 2023 Le bilan annuel de l’association, numéro ${i}, est paru.\n`);
  for (let i = 0; i < 3; i++) writeFileSync(join(dir, `d${i}.md`), `---\ntitle: "Compte rendu du ${i + 1} mars"\ndate: 2024-03-0${i + 1}\n---\n\nLe conseil s’est réuni.\n`);
  return dir;
}

const site = await buildSite(writeContent());
const pages = followPages(site, '/chronologie/sans-date/');

test('past a page of them, the undated articles have pages of their own, by title, each listed once', () => {
  assert.ok(UNDATED > MONTH_PAGE_SIZE);
  assert.deepEqual(pages.map((p) => p.url), ['/chronologie/sans-date/', '/chronologie/sans-date/page/2/', '/chronologie/sans-date/page/3/']);
  const titles = pages.flatMap((p) => cardsOf(p.page, '.listing-main').map((c) => c.title));
  for (const p of pages) assert.ok(cardsOf(p.page, '.listing-main').length <= MONTH_PAGE_SIZE);
  assert.equal(titles.length, UNDATED);
  assert.deepEqual(titles, Array.from({ length: UNDATED }, (_, i) => `Note de lecture numéro ${String(i).padStart(3, '0')}`), 'by title, each once');
  assert.equal(pages[1]!.page.text('h1'), 'Articles sans date');
});

test('the timeline and the home page lead to them; the timeline no longer lists them itself', () => {
  const chrono = site.page('/chronologie/');
  assert.equal(chrono.all('section#sans-date').length, 0);
  assert.ok(chrono.all('.page-header .lead a').some((a) => a.attrs.href === '/chronologie/sans-date/'));
  assert.ok(site.page('/').all('.year-counts a').some((a) => a.attrs.href === '/chronologie/sans-date/'));
});

test('an undated article’s breadcrumb leads to their first page', () => {
  for (const p of pages) {
    const article = site.page(cardsOf(p.page, '.listing-main')[0]!.url);
    const links = article.all('a').filter((a) => a.children.some((c) => typeof c === 'string' && c.trim() === 'Sans date')).map((a) => a.attrs.href);
    assert.deepEqual(links, ['/chronologie/sans-date/']);
  }
});

test('a year’s articles dated to the year only, past a page of them, have pages of their own, which the year page and the timeline lead to', () => {
  const year = site.page('/chronologie/2023/');
  assert.equal(year.all('section#annee-seule').length, 0, 'the year page no longer lists them itself');
  assert.ok(year.all('.year-only a').some((a) => a.attrs.href === '/chronologie/2023/annee-seule/'));
  assert.ok(site.page('/chronologie/').all('.year-only a').some((a) => a.attrs.href === '/chronologie/2023/annee-seule/'));
  const shelf = followPages(site, '/chronologie/2023/annee-seule/');
  assert.deepEqual(shelf.map((p) => p.url), ['/chronologie/2023/annee-seule/', '/chronologie/2023/annee-seule/page/2/']);
  const titles = shelf.flatMap((p) => cardsOf(p.page, '.listing-main').map((c) => c.title));
  assert.equal(new Set(titles).size, YEAR_ONLY);
  assert.equal(shelf[0]!.page.text('h1'), '2023, sans mois précis');
  assert.deepEqual(shelf[0]!.page.all('.kicker a').map((a) => a.attrs.href), ['/chronologie/', '/chronologie/2023/']);
  pages.push(...shelf);
});

test('their pages pass html-validate (html-validate:standard)', async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
  for (const p of pages) {
    const report = await validator.validateFile(site.file(p.url));
    assert.deepEqual(report.results.flatMap((r) => r.messages).map((m) => `${p.url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`), []);
  }
});
