import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  anchorUrl, articleUrl, entityIndexUrl, entityUrl, listPageUrl, monthKeyUrl, monthUrl, SITE_URLS, topicFeedUrl, topicUrl,
  topicYearUrl, yearOnlyUrl, yearUrl,
} from '../../../src/model/urls.ts';

test('an article lives under its year and month, a year-only one under its year, an undated one under sans-date', () => {
  assert.equal(articleUrl({ year: 2024, month: 3 }, 'budget-vote'), '/articles/2024/03/budget-vote/');
  assert.equal(articleUrl({ year: 2024, month: 11 }, 'x'), '/articles/2024/11/x/');
  assert.equal(articleUrl({ year: 2024 }, 'bilan'), '/articles/2024/bilan/');
  assert.equal(articleUrl(undefined, 'sans-titre'), '/articles/sans-date/sans-titre/');
});

test('the timeline nests months in years, with two-digit months', () => {
  assert.equal(yearUrl(2018), '/chronologie/2018/');
  assert.equal(monthUrl(2018, 6), '/chronologie/2018/06/');
  assert.equal(monthKeyUrl('2018-06'), monthUrl(2018, 6));
  assert.equal(yearOnlyUrl(2018), '/chronologie/2018/#annee-seule');
  assert.ok(monthUrl(2018, 6).startsWith(yearUrl(2018)));
  assert.ok(SITE_URLS.undated.startsWith(SITE_URLS.timeline));
});

test('topics, their feeds and their years sit under /sujets/', () => {
  assert.equal(topicUrl('politique'), '/sujets/politique/');
  assert.equal(topicFeedUrl('politique'), '/sujets/politique/flux.xml');
  assert.equal(topicYearUrl('politique', 2018), '/sujets/politique/2018/');
});

test('entities sit under a French folder per kind', () => {
  assert.equal(entityIndexUrl('person'), '/personnes/');
  assert.equal(entityIndexUrl('organisation'), '/organisations/');
  assert.equal(entityIndexUrl('place'), '/lieux/');
  assert.equal(entityUrl('person', 'mark-zuckerberg'), '/personnes/mark-zuckerberg/');
});

test('page 1 of a listing is the listing itself, later pages sit under page/n/; anchors follow the page', () => {
  assert.equal(listPageUrl('/sujets/politique/', 1), '/sujets/politique/');
  assert.equal(listPageUrl('/sujets/politique/', 2), '/sujets/politique/page/2/');
  assert.equal(anchorUrl(listPageUrl('/chronologie/2024/03/', 2), '15'), '/chronologie/2024/03/page/2/#15');
  assert.equal(anchorUrl('', '05'), '#05');
});

test('every page address is site-relative, starts and (but for files and anchors) ends with a slash', () => {
  const pages = [
    ...Object.values(SITE_URLS), articleUrl({ year: 2024, month: 3 }, 'a'), topicUrl('t'), topicYearUrl('t', 2020), yearUrl(2020),
    monthUrl(2020, 1), entityIndexUrl('place'), entityUrl('place', 'paris'), listPageUrl('/sujets/t/', 3),
  ];
  for (const url of pages) {
    assert.match(url, /^\/(?!\/)/, url);
    assert.match(url, /\/$|\.\w+$|#[\w-]+$/, url);
  }
  assert.equal(new Set(Object.values(SITE_URLS)).size, Object.values(SITE_URLS).length, 'no two fixed pages share an address');
});
