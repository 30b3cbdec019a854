import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planRuns, rendererProcesses, runCount, slicedPages, templateInfo, type TemplateInfo } from '../../../src/site/render-plan.ts';

test('a template tells its pagination, the item field of its URL and the archive fields its body reads, not the paginated list', () => {
  const source = '---\nlayout: base.njk\npagination:\n  data: archive.articles\n  size: 1\n  alias: article\npermalink: "{{ article.url }}"\n---\n<p>{{ archive.site.title }} · {{ archive.years | length }}</p>';
  assert.deepEqual(templateInfo('article.njk', source), { file: 'article.njk', paginates: { key: 'articles', size: 1 }, reads: ['site', 'years'], permalink: 'url' });
  assert.deepEqual(templateInfo('index.njk', '---\npermalink: /\n---\n{{ archive.articles.length }}'), { file: 'index.njk', reads: ['articles'] });
});

test('a TypeScript template tells its pagination and the item field of its URL in its data export, and what its render function reads', () => {
  const source = "import x from './x.ts';\n\nexport const data = {\n  pagination: {\n    data: 'archive.entityPages',\n    size: 1,\n    alias: 'listing',\n  },\n  permalink: ({ listing }) => listing.url,\n};\n\nexport function render({ archive, listing }) {\n  return `${archive.site.title} ${archive.years.length}`;\n}\n";
  assert.deepEqual(templateInfo('entite.11ty.ts', source), { file: 'entite.11ty.ts', paginates: { key: 'entityPages', size: 1 }, reads: ['site', 'years'], permalink: 'url' });
  assert.deepEqual(templateInfo('vue.ts', '/**\n * Called as `{{ cardList(archive.latest) }}`.\n */\n// archive.years\nexport const v = ({ archive }) => archive.site.title;\n'), { file: 'vue.ts', reads: ['site'] }, 'comments are not reads');
  assert.deepEqual(templateInfo('une.11ty.ts', 'export const data = {\n  permalink: "/",\n};\nexport const render = ({ archive }) => archive.latest.length;\n'), { file: 'une.11ty.ts', reads: ['latest'] });
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

test('for several renderer processes the runs come in a multiple of their number, each item still in exactly one run', () => {
  const runs = planRuns([article, entity, home], ['site'], { articles: 10, entityPages: 7, latest: 3 }, 5, 3);
  assert.equal(runs.length - 1, 6, '4 runs of at most 5 pages would leave two of three processes idle at the end');
  const covered = runs.slice(1).flatMap((r) => { const [a, b] = r.slices.articles!; return Array.from({ length: b - a }, (_, i) => a + i); });
  assert.deepEqual(covered, Array.from({ length: 10 }, (_, i) => i));
  assert.equal(runs.slice(1).reduce((n, r) => n + r.pages, 0), slicedPages([article, entity, home], ['site'], { articles: 10, entityPages: 7, latest: 3 }));
});

test('runs: at most pagesPerRun pages each, rounded up to a multiple of the processes, never more runs than pages', () => {
  assert.equal(runCount(18667, 2000, 1), 10);
  assert.equal(runCount(18667, 2000, 2), 10);
  assert.equal(runCount(18667, 2000, 3), 12);
  assert.equal(runCount(4000, 2000, 4), 4);
  assert.equal(runCount(3, 2000, 4), 3);
  assert.equal(runCount(0, 2000, 2), 1);
});

test('renderer processes: none on one core or for a small site, else as many as cores and pages allow', () => {
  assert.equal(rendererProcesses(1, 28000, 1000), 0);
  assert.equal(rendererProcesses(2, 28000, 1000), 2);
  assert.equal(rendererProcesses(16, 5000, 1000), 5);
  assert.equal(rendererProcesses(4, 1999, 1000), 0, 'one process beside this one is not worth its start');
  assert.equal(rendererProcesses(4, 2000, 1000), 2);
});
