import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hugoArticle } from '../../../tools/bench/hugo.ts';
import { parseBenchArgs } from '../../../tools/bench/index.ts';
import type { ArchiveArticle } from '../../../src/model.ts';

test('bench options: sizes as a list, runs, compare, and refusals that say what is wrong', () => {
  const o = parseBenchArgs(['--articles', '1000,10_000', '--runs=5', '--compare', '--synthetic', '--seed', '3']);
  assert.deepEqual([o.sizes, o.runs, o.compare, o.corpus, o.seed], [[1000, 10000], 5, true, undefined, 3]);
  assert.throws(() => parseBenchArgs(['--articles', '0']), /whole number of at least 1/);
  assert.throws(() => parseBenchArgs(['--compare', '--no-search']), /full build/);
  assert.throws(() => parseBenchArgs(['--frobnicate']), /Unknown option '--frobnicate'/);
});

test('the Hugo twin of an article keeps its title, date, URL and topics, with year and month terms', () => {
  const a = {
    title: 'Le « budget » voté', url: '/articles/2024/02/le-budget-vote/', topics: ['economie'], source: 'AFP',
    date: { iso: '2024-02', precision: 'month', year: 2024, month: 2 }, lede: 'Le budget a été voté.',
    sections: [{ paragraphs: ['Premier.'] }, { heading: 'Suite', paragraphs: ['Second.'] }],
  } as unknown as ArchiveArticle;
  assert.equal(hugoArticle(a), [
    '---', 'title: "Le « budget » voté"', 'date: "2024-02-01"', 'url: "/articles/2024/02/le-budget-vote/"', 'sujets: ["economie"]',
    'annees: ["2024"]', 'mois: ["2024-02"]', 'source: "AFP"', '---', '', 'Le budget a été voté.', '', 'Premier.', '', '## Suite', '', 'Second.', '',
  ].join('\n'));
});
