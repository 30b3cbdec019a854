/**
 * `npm run eval:entities`: every figure of entity detection and entity pages.
 * 1. Precision and recall per kind on the labelled samples of tests/fixtures/entities-sample.json
 *    (tuning sample and held-out sample), when the corpus is present.
 * 2. Related-article precision on tests/fixtures/related-sample.json: suggestions judged by reading,
 *    for articles of the 2,000-article corpus build below (tuning sample and held-out sample).
 * 3. Entity pages of the seeds (content/) and of 2,000 corpus articles built as a new user would:
 *    the articles only, no configuration file copied next to them.
 * Options: `--errors` lists each tuning article's false positives and misses (never the held-out's, so
 * that it stays unseen); `--tuning-only` scores the tuning sample alone and stops, for work on the rules;
 * `--articles N` changes the 2,000; `--pages-only` skips the labelled samples (2 and 3 only), so that
 * page figures can be checked during tuning without judging the held-out sample.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/model.ts';
import { articleDoc, drawSample, loadArticle, readManifest, type ManifestEntry } from './corpus-sample.ts';
import { DEFAULT_CORPUS as CORPUS } from '../bench/corpus.ts';
import { buildEntityMatcher, detectEntities } from '../../src/enrich/entities.ts';
import { emptyScores, formatScores, scoreArticle, type LabelledEntity } from '../../src/enrich/entity-scores.ts';
import { ministryName } from '../../src/reference/organisations.ts';
import { readBuiltInKnowledge, enrichArchive } from '../../src/build/pipeline.ts';
import { loadKnowledge } from '../../src/enrich/index.ts';
import { ingestFile } from '../../src/ingest/index.ts';
import { PROJECT_ROOT as ROOT } from '../../src/paths.ts';
import { slugify } from '../../src/text/fold.ts';
import { siteOptions } from '../../src/build/options.ts';
import { readCommandLine, wholeNumber } from '../../src/cli/args.ts';

const USAGE = 'usage: npm run eval:entities -- [--errors] [--tuning-only | --pages-only] [--articles N]';
const { values } = readCommandLine(
  process.argv.slice(2),
  {
    errors: { type: 'boolean', default: false },
    'tuning-only': { type: 'boolean', default: false },
    'pages-only': { type: 'boolean', default: false },
    articles: { type: 'string', default: '2000' },
  },
  USAGE,
);
const tuningOnly = values['tuning-only'];
const showErrors = values.errors;
const articleCount = wholeNumber('--articles', values.articles, 1, USAGE);

interface Sample {
  tuning: { id: string; file: string; entities: LabelledEntity[] }[];
  heldout: { id: string; file: string; entities: LabelledEntity[] }[];
}

function evaluateSamples(): void {
  const sample = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/entities-sample.json'), 'utf8')) as Sample;
  const manifest = readManifest();
  if (!manifest) {
    console.log('Échantillons étiquetés : corpus absent, évaluation sautée.');
    return;
  }
  const byId = new Map(manifest.map((m) => [m.id, m]));
  const matcher = buildEntityMatcher(loadKnowledge(readBuiltInKnowledge(), {}).entities);
  const known = new Map(matcher.entities.map((e, i) => [e.slug, i]));
  /**
   * A label's spelling that the reference gives as an alias of the detected entity names the same referent;
   * so does a French ministry's former name that the reference gives for it (src/reference/organisations.ts, `ministryName`).
   */
  const sameReferent = (slug: string, name: string): boolean =>
    (known.has(slug) && matcher.bySlug.get(slugify(name)) === known.get(slug)) || slugify(ministryName(name) ?? '') === slug;
  for (const [name, list, listErrors] of [['réglage', sample.tuning, showErrors], ['témoin (jamais regardé pendant le réglage)', sample.heldout, false]] as const) {
    if (!list.length || (tuningOnly && list === sample.heldout)) continue;
    const scores = emptyScores();
    for (const item of list) {
      const found = detectEntities(articleDoc(loadArticle(byId.get(item.id)!)), matcher);
      const errors = scoreArticle(found, item.entities, scores, sameReferent);
      if (listErrors && (errors.falsePositives.length || errors.misses.length)) {
        console.log(`  ${item.id}\n    en trop : ${errors.falsePositives.join(' | ')}\n    manqués : ${errors.misses.join(' | ')}`);
      }
    }
    const labels = list.reduce((n, a) => n + a.entities.length, 0);
    console.log(`Échantillon ${name} : ${list.length} articles, ${labels} entités étiquetées`);
    for (const line of formatScores(scores)) console.log(line);
  }
}

/** orangesum-30672 from md/2018-03-01-meteo-france-…-30672. */
const corpusId = (articleId: string): string => `orangesum-${articleId.slice(articleId.lastIndexOf('-') + 1)}`;

function evaluateRelated(articles: readonly Article[], related: ReadonlyMap<string, string[]>, sample: readonly ManifestEntry[]): void {
  const path = join(ROOT, 'tests/fixtures/related-sample.json');
  type Judged = { judgements: { article: string; suggestion: string; related: boolean }[] };
  const judged = JSON.parse(readFileSync(path, 'utf8')) as Judged & { heldout: Judged };
  const byCorpusId = new Map(articles.map((a) => [corpusId(a.id), a]));
  const shown = articles.filter((a) => (related.get(a.id) ?? []).length > 0).length;
  console.log(`« À lire aussi » sur ${shown} articles de ${articles.length} (${((100 * shown) / articles.length).toFixed(1)} %)`);
  /** The first 20 of 40 drawn articles that get suggestions. */
  const withSuggestions = (ids: readonly string[]): string[] => ids.filter((id) => (related.get(byCorpusId.get(id)?.id ?? '') ?? []).length > 0).slice(0, 20);
  const tuning = drawSample(sample, 'related', 40).map((m) => m.id);
  // The former held-out sample (second session) is tuning now.
  const former = drawSample(sample, 'related-heldout', 40, new Set(tuning)).map((m) => m.id);
  scoreRelated('réglage', judged, new Set([...tuning, ...withSuggestions(former)]), articles, related);
  // The held-out articles: the first 20 with suggestions, drawn apart from the 80 drawn for tuning.
  const held = drawSample(sample, 'related-heldout-2', 100, new Set([...tuning, ...former])).map((m) => m.id);
  scoreRelated('témoin (jugé une fois, après le réglage)', judged.heldout, new Set(withSuggestions(held)), articles, related);
}

function scoreRelated(
  name: string,
  judged: { judgements: { article: string; suggestion: string; related: boolean }[] },
  picked: ReadonlySet<string>,
  articles: readonly Article[],
  related: ReadonlyMap<string, string[]>,
): void {
  const verdict = new Map(judged.judgements.map((j) => [`${j.article} ${j.suggestion}`, j.related]));
  let yes = 0;
  let no = 0;
  let withSuggestions = 0;
  const unjudged: string[] = [];
  for (const a of articles) {
    const id = corpusId(a.id);
    if (!picked.has(id)) continue;
    const list = related.get(a.id) ?? [];
    if (list.length) withSuggestions++;
    for (const s of list) {
      const v = verdict.get(`${id} ${corpusId(s)}`);
      if (v === undefined) unjudged.push(`${id} → ${corpusId(s)}`);
      else if (v) yes++;
      else no++;
    }
  }
  const total = yes + no;
  console.log(`« À lire aussi », échantillon ${name} : ${picked.size} articles tirés, ${withSuggestions} avec suggestions ; ${yes}/${total} suggestions jugées liées (précision ${total ? (yes / total).toFixed(3) : 'n/a'})${unjudged.length ? ` ; ${unjudged.length} non jugées : ${unjudged.join(', ')}` : ''}`);
}

function pageFigures(label: string, articles: Article[]): { articles: Article[]; related: Map<string, string[]> } {
  const t0 = performance.now();
  const { articles: enriched, related, archive } = enrichArchive({ articles, entries: [], configDiagnostics: [], config: loadKnowledge(readBuiltInKnowledge(), {}), textKeys: new Map() }, siteOptions());
  const s = archive.entityStats;
  const single = archive.entities.filter((e) => e.count === 1).length;
  const pages = archive.entityPages.length;
  const withPage = s.withPage.person + s.withPage.organisation + s.withPage.place;
  const without = s.withoutPage.person + s.withoutPage.organisation + s.withoutPage.place;
  console.log(`${label} : ${articles.length} articles, enrichissement ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`  fiches : ${withPage} (personnes ${s.withPage.person}, organisations ${s.withPage.organisation}, lieux ${s.withPage.place}), ${pages} pages avec la pagination, ${archive.entityIndexes.length} index`);
  console.log(`  fiches listant un seul article : ${single} (${withPage ? ((100 * single) / withPage).toFixed(1) : '0.0'} %)`);
  console.log(`  entités sans fiche (citées dans moins de ${s.minArticles} articles) : ${without} (personnes ${s.withoutPage.person}, organisations ${s.withoutPage.organisation}, lieux ${s.withoutPage.place})`);
  const top = (kind: string) => archive.entityIndexes.find((i) => i.kind === kind)?.top.slice(0, 8).map((l) => `${l.label} (${l.count})`).join(', ') ?? '';
  console.log(`  plus cités : personnes ${top('person')}\n              organisations ${top('organisation')}\n              lieux ${top('place')}`);
  return { articles: enriched, related };
}

function ingestAll(files: { path: string; abs: string }[]): Article[] {
  return files.flatMap(({ path, abs }) => {
    const r = ingestFile(path, readFileSync(abs));
    return r.ok === true && !r.article.draft ? [r.article] : [];
  });
}

if (!values['pages-only']) evaluateSamples();
if (tuningOnly) process.exit(0);
const seeds = readdirSync(join(ROOT, 'content')).filter((f) => /\.(txt|md)$/.test(f)).sort();
pageFigures('Graines (content/, sans sujets.yml ni entites.yml)', ingestAll(seeds.map((f) => ({ path: f, abs: join(ROOT, 'content', f) }))));
const manifest = readManifest();
if (manifest) {
  // N articles spread over the whole corpus (SHA-256 order of "build:" + id), Markdown files only.
  const slice: ManifestEntry[] = drawSample(manifest, 'build', articleCount);
  const built = pageFigures(`Corpus (${CORPUS}, ${articleCount} articles tirés par SHA-256 de "build:" + id, fichiers .md seuls)`, ingestAll(slice.map((m) => ({ path: m.file_md, abs: join(CORPUS, m.file_md) }))));
  if (articleCount === 2000) evaluateRelated(built.articles, built.related, slice);
}
