/**
 * Where topic precision and recall are lost, as causes over a labelled sample rather than
 * article by article (`npm run eval:topics -- --causes`, tuning set only):
 * - a confusion table: for each article, every label missed paired with every topic assigned
 *   in its place (« faits-divers assigned instead of justice »), counted over the sample;
 * - per topic, its extra and missed assignments split by the evidence the text gave it: named in
 *   the title, in the lede, only in the body, only through weak aliases, given by an entity hint,
 *   or no evidence at all; and how many of them the article's front matter (category, topics)
 *   gives, which a build adds to the text's topics.
 * Pure: the caller reads the articles.
 */
import { topicEvidence, type TopicEvidence, type TopicMatcher } from '../../src/enrich/topics.ts';

/** One article of the sample as the causes are computed from it. */
export interface CaseArticle {
  labels: readonly string[];
  assigned: readonly string[];
  /** The text's evidence for each topic, by slug (`topicEvidence`). */
  evidence: ReadonlyMap<string, TopicEvidence>;
  /** The taxonomy slugs its front-matter topics and category map to. */
  frontMatter: ReadonlySet<string>;
}

/** Where the text named a topic, strongest place first. */
export type EvidenceKind = 'title' | 'lede' | 'body' | 'weak only' | 'hint' | 'none';

/**
 * The strongest place the text named a topic: the title (or a lede rubric), the lede, the body
 * only, weak aliases only; `hint` when assigned with no text evidence (an entity hint or a
 * broader topic implied), `none` otherwise.
 * @example evidenceKind(undefined, true) // 'hint'
 */
export function evidenceKind(e: TopicEvidence | undefined, assigned: boolean): EvidenceKind {
  if (e === undefined) return assigned ? 'hint' : 'none';
  if (!e.strong) return 'weak only';
  if (e.title > 0 || e.kicker) return 'title';
  if (e.lede > 0) return 'lede';
  return 'body';
}

export interface TopicCauses {
  slug: string;
  extra: Record<EvidenceKind, number>;
  missed: Record<EvidenceKind, number>;
  /** Extra and missed assignments whose article's front matter gives the topic. */
  extraFrontMatter: number;
  missedFrontMatter: number;
}

const zero = (): Record<EvidenceKind, number> => ({ title: 0, lede: 0, body: 0, 'weak only': 0, hint: 0, none: 0 });

/**
 * The confusion pairs (missed label → topic assigned instead, with counts, most frequent
 * first) and each topic's errors by evidence kind, most errors first.
 */
export function topicCauses(sample: readonly CaseArticle[]): { confusion: [string, string, number][]; unpairedMissed: Map<string, number>; unpairedExtra: Map<string, number>; perTopic: TopicCauses[] } {
  const pairs = new Map<string, number>();
  const unpairedMissed = new Map<string, number>();
  const unpairedExtra = new Map<string, number>();
  const per = new Map<string, TopicCauses>();
  const entry = (slug: string) => per.get(slug) ?? per.set(slug, { slug, extra: zero(), missed: zero(), extraFrontMatter: 0, missedFrontMatter: 0 }).get(slug)!;
  for (const a of sample) {
    const extra = a.assigned.filter((t) => !a.labels.includes(t));
    const missed = a.labels.filter((t) => !a.assigned.includes(t));
    for (const m of missed) {
      if (extra.length === 0) unpairedMissed.set(m, (unpairedMissed.get(m) ?? 0) + 1);
      for (const x of extra) pairs.set(`${m}\t${x}`, (pairs.get(`${m}\t${x}`) ?? 0) + 1);
      const c = entry(m);
      c.missed[evidenceKind(a.evidence.get(m), false)]++;
      if (a.frontMatter.has(m)) c.missedFrontMatter++;
    }
    for (const x of extra) {
      if (missed.length === 0) unpairedExtra.set(x, (unpairedExtra.get(x) ?? 0) + 1);
      const c = entry(x);
      c.extra[evidenceKind(a.evidence.get(x), true)]++;
      if (a.frontMatter.has(x)) c.extraFrontMatter++;
    }
  }
  const total = (c: TopicCauses) => Object.values(c.extra).reduce((n, v) => n + v, 0) + Object.values(c.missed).reduce((n, v) => n + v, 0);
  return {
    confusion: [...pairs.entries()].map(([k, n]) => [...k.split('\t'), n] as [string, string, number]).sort((a, b) => b[2] - a[2] || (a[0] + a[1] < b[0] + b[1] ? -1 : 1)),
    unpairedMissed,
    unpairedExtra,
    perTopic: [...per.values()].sort((a, b) => total(b) - total(a) || (a.slug < b.slug ? -1 : 1)),
  };
}

/** The evidence of an article by slug, from `topicEvidence`'s list. */
export function evidenceBySlug(evidence: readonly TopicEvidence[], matcher: TopicMatcher): Map<string, TopicEvidence> {
  return new Map(evidence.map((e) => [matcher.slugs[e.topic]!, e]));
}

/** What the text of one article says of one topic, field by field, for `--evidence`. */
export interface FieldEvidence {
  /** Folded aliases found in the title, the lede and the body, each field read alone. */
  title: readonly string[];
  lede: readonly string[];
  body: readonly string[];
  /** The topic's score and the article's best topic's score (title ×3, lede ×2, body ×1). */
  score: number;
  best: number;
}

/**
 * The aliases of `topic` (index) that each field of `doc` names, read one field at a time, and
 * the topic's score against the article's best: which words gave (or failed to give) a topic.
 * @example
 * const m = buildTopicMatcher([{ slug: 'sante', label: 'Santé', description: '', aliases: ['hôpital', 'médecin'] }]);
 * fieldEvidence({ title: 'L’hôpital', lede: '', body: 'Un médecin.' }, m, 0) // { title: ['hopital'], lede: [], body: ['medecin'], score: 4, best: 4 }
 */
export function fieldEvidence(doc: { title: string; lede: string; body: string }, matcher: TopicMatcher, topic: number): FieldEvidence {
  const named = (d: { title: string; lede: string; body: string }) => (topicEvidence(d, matcher).evidence.find((e) => e.topic === topic)?.aliases ?? []).map((id) => matcher.aliasText[id]!);
  const score = (e: TopicEvidence) => 3 * e.title + 2 * e.lede + e.body;
  const all = topicEvidence(doc, matcher).evidence;
  const own = all.find((e) => e.topic === topic);
  return {
    title: named({ ...doc, lede: '', body: '' }),
    lede: named({ ...doc, title: '', body: '' }),
    body: named({ ...doc, title: '', lede: '' }),
    score: own ? score(own) : 0,
    best: all.reduce((max, e) => Math.max(max, score(e)), 0),
  };
}

/**
 * One line of `--evidence`: the error, the article, each field's aliases, the score against the best.
 * @example evidenceLine('extra', 'sante', 'md/2020-01-01-x.md', { title: ['sante'], lede: [], body: ['medecin'], score: 4, best: 9 }, ['sante'], ['people'])
 * // 'extra  sante  2020-01-01-x.md | title: sante | lede: – | body: medecin | score 4 of best 9 | assigned sante | labels people'
 */
export function evidenceLine(error: 'extra' | 'missed', slug: string, file: string, e: FieldEvidence, assigned: readonly string[], labels: readonly string[]): string {
  const words = (list: readonly string[]) => (list.length ? list.join(', ') : '–');
  return `${error.padEnd(6)} ${slug}  ${file.replace(/^md\//, '')} | title: ${words(e.title)} | lede: ${words(e.lede)} | body: ${words(e.body)} | score ${e.score} of best ${e.best} | assigned ${words(assigned)} | labels ${words(labels)}`;
}
