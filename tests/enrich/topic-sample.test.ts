import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingestContent, readBuiltInKnowledge } from '../../src/build/pipeline.ts';
import { enrich, loadKnowledge } from '../../src/enrich/index.ts';
import { buildTopicMatcher } from '../../src/enrich/topics.ts';
import { drawOrder, HELD_OUT_FILES, isFrenchLabel, microAverage, sampleHalf, scoreTopics, TUNING_FILES, type LabelledSample } from '../../tools/eval/topic-sample.ts';
import { evidenceLine, fieldEvidence, topicCauses } from '../../tools/eval/topic-causes.ts';
import { ROOT } from '../helpers/content.ts';
import { DEFAULT_CORPUS as CORPUS } from '../../tools/bench/corpus.ts';

const hasCorpus = existsSync(join(CORPUS, 'manifest.jsonl'));
const read = (name: string): LabelledSample => JSON.parse(readFileSync(join(ROOT, 'tests/fixtures', name), 'utf8')) as LabelledSample;
/** Every labelled sample, in the order they were drawn: the tuning set's, then the held-out samples. */
const samples = [...TUNING_FILES, ...HELD_OUT_FILES].map(read);
const tuningSamples = samples.slice(0, TUNING_FILES.length);
const heldOutSamples = samples.slice(TUNING_FILES.length);
const builtIn = loadKnowledge(readBuiltInKnowledge(), {});
const textTopics = new Set(builtIn.topics.filter((t) => t.matchText !== false).map((t) => t.slug));

test('the tuning set holds at least 300 labels over at least 20 topics, each held-out sample at least 100 articles', () => {
  const labels = samples.flatMap((s) => s.articles.flatMap((a) => a.labels));
  assert.ok(labels.length >= 300, `${labels.length} labels`);
  assert.ok(new Set(labels).size >= 20, `${new Set(labels).size} topics`);
  for (const s of heldOutSamples) assert.ok(s.articles.length >= 100, `${s.articles.length} held-out articles`);
  for (const s of samples) {
    assert.match(s.about, /drawOrder/);
    if (s.keep === undefined) assert.equal(s.articles.length, s.to - s.from);
    else assert.ok(s.articles.length <= s.to - s.from);
  }
});

test('the samples share no article, and every label is a built-in topic found in the text', () => {
  const all = samples.flatMap((s) => s.articles);
  assert.equal(new Set(all.map((a) => a.file)).size, all.length);
  for (const a of all) {
    for (const l of a.labels) assert.ok(textTopics.has(l), `${a.file}: ${l}`);
  }
});

test('scoring counts a topic assigned and labelled as right, assigned only as extra, labelled only as missed', () => {
  const sample = [{ file: 'a', labels: ['sante', 'sport'] }, { file: 'b', labels: [] }];
  const assigned = new Map([['a', ['sante']], ['b', ['sante']]]);
  const [sante, sport] = scoreTopics(sample, assigned, ['sport', 'sante']);
  assert.deepEqual(sante, { slug: 'sante', labelled: 1, truePositives: 1, falsePositives: 1, falseNegatives: 0, precision: 0.5, recall: 1 });
  assert.deepEqual(sport, { slug: 'sport', labelled: 1, truePositives: 0, falsePositives: 0, falseNegatives: 1, recall: 0 });
  assert.deepEqual(microAverage([sante!, sport!]), { precision: 0.5, recall: 0.5 });
});

test('causes pair each missed label with the topics assigned in its place, and sort errors by where the text named the topic', () => {
  const ev = (title: number, lede: number, body: number, strong = true) => ({ topic: 0, title, lede, body, aliases: [0], specificInTitle: false, strong, specific: false, kicker: false });
  const causes = topicCauses([
    { labels: ['justice'], assigned: ['faits-divers'], evidence: new Map([['faits-divers', ev(1, 0, 2)], ['justice', ev(0, 0, 1)]]), frontMatter: new Set(['justice']) },
    { labels: ['justice', 'sante'], assigned: ['faits-divers', 'sante'], evidence: new Map([['faits-divers', ev(0, 1, 0)]]), frontMatter: new Set() },
    { labels: ['insolite'], assigned: [], evidence: new Map(), frontMatter: new Set() },
  ]);
  assert.deepEqual(causes.confusion, [['justice', 'faits-divers', 2]]);
  assert.deepEqual([...causes.unpairedMissed], [['insolite', 1]]);
  const fd = causes.perTopic.find((c) => c.slug === 'faits-divers')!;
  assert.deepEqual([fd.extra.title, fd.extra.lede], [1, 1]);
  const justice = causes.perTopic.find((c) => c.slug === 'justice')!;
  assert.deepEqual([justice.missed.body, justice.missed.none, justice.missedFrontMatter], [1, 1, 1]);
});

test('the two halves of a sample are its articles at even and at odd positions: together the whole sample, none in both', () => {
  const articles = ['a', 'b', 'c', 'd', 'e'].map((file) => ({ file, labels: [] }));
  assert.deepEqual(sampleHalf(articles, 'a').map((a) => a.file), ['a', 'c', 'e']);
  assert.deepEqual(sampleHalf(articles, 'b').map((a) => a.file), ['b', 'd']);
  const tuning = tuningSamples.flatMap((s) => [...sampleHalf(s.articles, 'a'), ...sampleHalf(s.articles, 'b')].map((a) => a.file));
  assert.deepEqual(tuning.sort(), tuningSamples.flatMap((s) => s.articles.map((a) => a.file)).sort());
});

test('a French label is capitalised and not a slug', () => {
  assert.ok(isFrenchLabel({ slug: 'societe', label: 'Société' }));
  assert.ok(!isFrenchLabel({ slug: 'auto', label: 'auto' }));
  assert.ok(!isFrenchLabel({ slug: 'high-tech', label: 'high-tech' }));
});

test('the samples are the seeded draw they say they are', { skip: !hasCorpus && 'corpus absent' }, () => {
  const manifest = readFileSync(join(CORPUS, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file_md: string; txt_title_line: boolean });
  const titleLine = new Map(manifest.map((e) => [e.file_md, e.txt_title_line]));
  for (const s of samples) {
    const drawn = drawOrder(manifest.map((e) => e.file_md), s.seed).slice(s.from, s.to);
    assert.deepEqual(s.articles.map((a) => a.file), s.keep === 'no-title-line' ? drawn.filter((f) => titleLine.get(f) === false) : drawn);
  }
});

test('corpus articles alone in a folder, without configuration files, get at least 20 topics, all with French labels, none holding over 40 %', { skip: !hasCorpus && 'corpus absent' }, () => {
  const files = readFileSync(join(CORPUS, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { file_md: string }).file_md);
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-topics-'));
  try {
    for (const f of drawOrder(files, 12).slice(0, 400)) copyFileSync(join(CORPUS, f), join(dir, f.slice(f.lastIndexOf('/') + 1)));
    const ingested = ingestContent(dir);
    assert.deepEqual(ingested.config.knowledge.map((k) => k.origin), ['built-in', 'built-in']);
    const { articles, topics } = enrich(ingested.articles, ingested.config);
    const counts = new Map<string, number>();
    for (const a of articles) for (const t of a.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
    const used = topics.filter((t) => counts.has(t.slug));
    assert.ok(used.length >= 20, `${used.length} topics`);
    assert.deepEqual(used.filter((t) => !isFrenchLabel(t)).map((t) => t.label), []);
    const largest = Math.max(...counts.values());
    assert.ok(largest / articles.length <= 0.4, `largest topic holds ${largest} of ${articles.length}`);
    assert.ok(articles.every((a) => a.topics.length > 0), 'every article has a topic (all carry a category)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--evidence tells which words of which field gave a topic, and its score against the best', () => {
  const m = buildTopicMatcher([
    { slug: 'sante', label: 'Santé', description: '', aliases: ['hôpital', 'médecin'] },
    { slug: 'people', label: 'People', description: '', aliases: ['chanteuse'] },
  ]);
  const e = fieldEvidence({ title: 'La chanteuse à l’hôpital', lede: 'La chanteuse va mieux.', body: 'Son médecin est confiant.' }, m, 0);
  assert.deepEqual(e, { title: ['hopital'], lede: [], body: ['medecin'], score: 4, best: 5 });
  assert.equal(evidenceLine('extra', 'sante', 'md/2020-01-01-x.md', e, ['people', 'sante'], ['people']),
    'extra  sante  2020-01-01-x.md | title: hopital | lede: – | body: medecin | score 4 of best 5 | assigned people, sante | labels people');
});
