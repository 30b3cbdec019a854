import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planRuns, templateInfo, type TemplateInfo } from '../../../src/site/render-plan.ts';

test('a template tells its pagination, the item field of its URL and the archive fields its body reads, not the paginated list', () => {
  const source = '---\nlayout: base.njk\npagination:\n  data: archive.articles\n  size: 1\n  alias: article\npermalink: "{{ article.url }}"\n---\n<p>{{ archive.site.title }} · {{ archive.years | length }}</p>';
  assert.deepEqual(templateInfo('article.njk', source), { file: 'article.njk', paginates: { key: 'articles', size: 1 }, reads: ['site', 'years'], permalink: 'url' });
  assert.deepEqual(templateInfo('index.njk', '---\npermalink: /\n---\n{{ archive.articles.length }}'), { file: 'index.njk', reads: ['articles'] });
});

const article: TemplateInfo = { file: 'article.njk', paginates: { key: 'articles', size: 1 }, reads: ['site'] };
const entity: TemplateInfo = { file: 'entite.njk', paginates: { key: 'entityPages', size: 1 }, reads: [] };
const home: TemplateInfo = { file: 'index.njk', reads: ['articles', 'latest'] };

test('singletons render once with the whole archive; paginated lists are cut into runs that cover each item once', () => {
  const runs = planRuns([article, entity, home], ['site'], { articles: 10, entityPages: 7, latest: 3 }, 5);
  assert.deepEqual(runs[0], { templates: ['index.njk'], slices: {}, pages: 0 });
  assert.equal(runs.length, 1 + 4);
  for (const key of ['articles', 'entityPages']) {
    const covered = runs.slice(1).flatMap((r) => { const [a, b] = r.slices[key]!; return Array.from({ length: b - a }, (_, i) => a + i); });
    assert.deepEqual(covered, Array.from({ length: key === 'articles' ? 10 : 7 }, (_, i) => i));
  }
  assert.ok(runs.slice(1).every((r) => r.pages <= 5 && r.templates.join() === 'article.njk,entite.njk'));
});

test('a list that layouts, partials or other paginated pages read, or paginated by more than one, is never cut', () => {
  const sidebar: TemplateInfo = { file: 'mois.njk', paginates: { key: 'months', size: 1 }, reads: ['entityPages'] };
  const chunked: TemplateInfo = { file: 'liste.njk', paginates: { key: 'articles', size: 20 }, reads: [] };
  const runs = planRuns([article, entity, sidebar, chunked], ['site', 'articles'], { articles: 100, entityPages: 100, months: 100 }, 50);
  assert.deepEqual(runs[0]!.templates.sort(), ['article.njk', 'entite.njk', 'liste.njk']);
  assert.deepEqual(runs.slice(1).map((r) => r.templates), [['mois.njk'], ['mois.njk']]);
});

test('an archive with nothing to cut renders in one run', () => {
  assert.deepEqual(planRuns([home], [], { articles: 3 }, 2000), [{ templates: ['index.njk'], slices: {}, pages: 0 }]);
});
