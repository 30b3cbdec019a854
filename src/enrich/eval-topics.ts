/**
 * Precision and recall of topic assignment (`tsx src/enrich/eval-topics.ts`):
 * (a) on the seed articles of content/ against tests/fixtures/topics-labels.json, labelled by hand;
 * (b) on the OrangeSum corpus, when present, against its rubrics mapped to taxonomy slugs.
 *
 * Front-matter topics are never passed in: the corpus rubric is what is being predicted.
 * A rubric is one label per article, so an article about health filed under Politique counts
 * as a false positive for `sante`: corpus precision is a lower bound. "scoped" precision counts
 * only articles of the rubric's own section (Société for its sub-rubrics), where that bias is
 * smaller.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTaxonomy } from './taxonomy.ts';
import { assignTopics, buildTopicMatcher, type TopicDoc, type TopicMatcher } from './topics.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = process.env.KIOSQUE_CORPUS ?? '/work/shared/corpus/orangesum';

/** Corpus rubric (category, or Société sub-rubric) → taxonomy slug; unmapped rubrics are skipped. */
const RUBRIC_TO_TOPIC: Readonly<Record<string, string>> = {
  Auto: 'automobile',
  Politique: 'politique',
  Monde: 'international',
  'Société/People': 'people',
  'Société/Faits divers': 'faits-divers',
  'Société/Culture': 'culture',
  'Société/Environnement': 'environnement',
  'Société/Santé': 'sante',
  'Société/High-tech': 'technologie',
  'Société/Médias': 'medias',
  'Société/Insolite': 'insolite',
};

/** Topic → the section its rubric belongs to (Société for sub-rubrics); absent for whole categories. */
const SCOPE = new Map(Object.entries(RUBRIC_TO_TOPIC).flatMap(([rubric, topic]) => (rubric.includes('/') ? [[topic, rubric.split('/')[0]!] as const] : [])));

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** False positives among articles of the rubric's own section. */
  fpScoped: number;
}

const ratio = (a: number, b: number): string => (b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(1)}%`.padStart(6));

/** Title, lede and body of a raw seed dump: debris, the date prefix and the source line dropped. */
function rawDoc(text: string): TopicDoc {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && l !== 'Table of Contents' && !/^source\s*:/i.test(l));
  let title = '';
  const first = lines[0] ?? '';
  const dated = /^date \d{4}(?:-\d{2}){0,2}\s+(.*)$/.exec(first);
  if (dated) lines[0] = dated[1]!;
  else if (first.length <= 200 && !/[.…;,:»"]$/u.test(first)) title = lines.shift() ?? '';
  return { title, lede: lines[0] ?? '', body: lines.slice(1).join('\n\n') };
}

/** Title from the manifest, lede and body from the Markdown after its front matter. */
function markdownDoc(title: string, text: string): TopicDoc {
  const end = text.indexOf('\n---', 4);
  const paragraphs = text
    .slice(end + 4)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/^#+\s*/, '').trim())
    .filter(Boolean);
  return { title, lede: paragraphs[0] ?? '', body: paragraphs.slice(1).join('\n\n') };
}

function evalSeeds(matcher: TopicMatcher): void {
  const labels = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/topics-labels.json'), 'utf8')) as Record<string, string[]>;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  console.log('(a) Seeds against tests/fixtures/topics-labels.json');
  for (const [file, expected] of Object.entries(labels)) {
    const got = assignTopics(rawDoc(readFileSync(join(ROOT, file), 'utf8')), matcher, []);
    const hit = got.filter((t) => expected.includes(t));
    tp += hit.length;
    fp += got.length - hit.length;
    fn += expected.length - hit.length;
    const extra = got.filter((t) => !expected.includes(t));
    const missed = expected.filter((t) => !got.includes(t));
    console.log(`  ${file}: ${got.join(', ')}${extra.length ? `  | extra: ${extra.join(', ')}` : ''}${missed.length ? `  | missed: ${missed.join(', ')}` : ''}`);
  }
  console.log(`  micro precision ${ratio(tp, tp + fp)}  recall ${ratio(tp, tp + fn)}  (${tp} right, ${fp} extra, ${fn} missed)\n`);
}

interface ManifestEntry {
  file_md: string;
  title: string;
  category: string;
  topics: string[];
}

function evalCorpus(matcher: TopicMatcher): void {
  const manifest = join(CORPUS, 'manifest.jsonl');
  if (!existsSync(manifest)) {
    console.log(`(b) Corpus skipped: ${manifest} not found (set KIOSQUE_CORPUS to its folder).`);
    return;
  }
  const entries = readFileSync(manifest, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ManifestEntry);
  const docs = entries.map((e) => markdownDoc(e.title, readFileSync(join(CORPUS, e.file_md), 'utf8')));
  // CPU time rather than wall time: the figure should not depend on what else the machine runs.
  const started = process.cpuUsage();
  const assigned = docs.map((d) => assignTopics(d, matcher, []));
  const { user, system } = process.cpuUsage(started);
  const elapsed = (user + system) / 1000;

  const counts = new Map<string, Counts>(Object.values(RUBRIC_TO_TOPIC).map((t) => [t, { tp: 0, fp: 0, fn: 0, fpScoped: 0 }]));
  entries.forEach((e, i) => {
    const rubric = e.topics[0] ? `${e.category}/${e.topics[0]}` : e.category;
    const expected = RUBRIC_TO_TOPIC[rubric];
    const got = assigned[i]!;
    for (const [topic, c] of counts) {
      const inScope = !SCOPE.has(topic) || SCOPE.get(topic) === e.category;
      if (got.includes(topic) && expected === topic) c.tp++;
      else if (got.includes(topic)) {
        c.fp++;
        if (inScope) c.fpScoped++;
      } else if (expected === topic) c.fn++;
    }
  });

  const words = docs.reduce((n, d) => n + d.body.split(/\s+/).length, 0);
  const perArticle = assigned.reduce((n, t) => n + t.length, 0) / assigned.length;
  const none = assigned.filter((t) => t.length === 0).length;
  console.log(`(b) OrangeSum corpus: ${entries.length} articles, ${words} body words; assignTopics took ${elapsed.toFixed(0)} ms of CPU`);
  console.log(`  ${perArticle.toFixed(2)} topics per article, ${none} articles without any topic`);
  console.log('  topic                  rubric articles  precision  scoped P  recall');
  const total = { tp: 0, fp: 0, fn: 0, fpScoped: 0 };
  for (const [topic, c] of counts) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    total.fpScoped += c.fpScoped;
    console.log(`  ${topic.padEnd(22)} ${String(c.tp + c.fn).padStart(15)}     ${ratio(c.tp, c.tp + c.fp)}    ${ratio(c.tp, c.tp + c.fpScoped)}  ${ratio(c.tp, c.tp + c.fn)}`);
  }
  console.log(`  ${'micro-average'.padEnd(22)} ${String(total.tp + total.fn).padStart(15)}     ${ratio(total.tp, total.tp + total.fp)}    ${ratio(total.tp, total.tp + total.fpScoped)}  ${ratio(total.tp, total.tp + total.fn)}`);
  console.log('  (unmapped rubric: France; precision is a lower bound, see the file header)');
}

const taxonomy = parseTaxonomy('sujets.yml', readFileSync(join(ROOT, 'src/enrich/knowledge/sujets.yml'), 'utf8'));
for (const d of taxonomy.diagnostics) console.log(`${d.level}: ${d.file}:${d.line ?? ''} ${d.message}`);
if (taxonomy.diagnostics.some((d) => d.level === 'error')) process.exit(1);
const matcher = buildTopicMatcher(taxonomy.topics);
evalSeeds(matcher);
evalCorpus(matcher);
