/**
 * Analysing articles (topics and entities: most of the enrich phase, about 1.7 ms of CPU per
 * article) on every core, for a cold build. The articles are cut into `jobs` contiguous shares:
 * worker threads analyse all but the first, the calling thread analyses the first meanwhile;
 * enrich then takes each analysis from the map this returns instead of computing it. The
 * analysis of an article is a function of its text and the knowledge only, so the archive is
 * the same whoever computed it. A worker reads the bodies of its share from the build's body
 * store (src/text/body-store.ts), a few hundred at a time.
 *
 * Measured on 3,000 corpus articles (loaded machine): one thread 17.4 s, two 12.5 s, for 2 s
 * more CPU in all (the worker's start: TypeScript, its matchers, its code warming up).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { articleAnalyser, type AnalysedArticle, type EnrichConfig } from '../enrich/index.ts';
import type { Analysis, Article } from '../model.ts';
import { withBodies, type BodyRefs, type BodyStore } from '../text/body-store.ts';
import { runInWorker } from './threads.ts';

/** Below this many articles per thread, a worker's start (about 1 s of CPU) costs more than it saves. */
export const MIN_ARTICLES_PER_WORKER = 500;

/** Bodies a worker reads from the store at once. */
const BODIES_AT_ONCE = 250;

type Input = AnalysedArticle & Pick<Article, 'stored'>;

interface Job {
  task: 'kiosque-analyse';
  articles: Input[];
  bodies?: BodyRefs;
  knowledge: Pick<EnrichConfig, 'topics' | 'entities'>;
}

/** What an analysis reads of an article (its body too, unless it waits in the store). */
function inputOf(a: Article): Input {
  return { title: a.title, lede: a.lede, sections: a.sections, topics: a.topics, ...(a.stored ? { stored: a.stored } : {}) };
}

/** The analyses of a job's articles, in order; null for one whose analysis throws (enrich then computes it again, isolated). */
function analyseJob(job: Job): (Analysis | null)[] {
  const { analyse } = articleAnalyser(job.knowledge);
  const out: (Analysis | null)[] = [];
  for (let at = 0; at < job.articles.length; at += BODIES_AT_ONCE) {
    const slice = job.articles.slice(at, at + BODIES_AT_ONCE);
    const whole = job.bodies ? withBodies(slice, { file: job.bodies.file, places: job.bodies.places.slice(at, at + BODIES_AT_ONCE) }) : slice;
    for (const a of whole) {
      try {
        out.push(analyse(a));
      } catch {
        out.push(null);
      }
    }
  }
  return out;
}

/**
 * Analyses `articles` on `jobs` threads; returns the analyses by article (empty: too few
 * articles for a second thread, and enrich computes them all). `store` holds the bodies of
 * stored articles. An analysis that throws, or a worker that fails, leaves its articles out:
 * enrich computes them again, where an article that throws is set apart alone.
 * @example const ahead = await analyseAhead(ingested.articles, ingested.config, 2, store); ahead.get(article)?.topics
 */
export async function analyseAhead(articles: readonly Article[], knowledge: Pick<EnrichConfig, 'topics' | 'entities'>, jobs: number, store?: BodyStore): Promise<Map<Article, Analysis>> {
  const ahead = new Map<Article, Analysis>();
  const threads = Math.max(1, Math.min(jobs, Math.floor(articles.length / MIN_ARTICLES_PER_WORKER)));
  if (threads < 2) return ahead;
  const share = (i: number) => articles.slice(Math.floor((articles.length * i) / threads), Math.floor((articles.length * (i + 1)) / threads));
  const config = { topics: knowledge.topics, entities: knowledge.entities };
  const workers = Array.from({ length: threads - 1 }, (_, i) => {
    const list = share(i + 1);
    const job: Job = { task: 'kiosque-analyse', articles: list.map(inputOf), ...(store ? { bodies: store.refs(list) } : {}), knowledge: config };
    return runInWorker<(Analysis | null)[]>(import.meta.url, job).then((results) => ({ list, results }), () => ({ list, results: [] }));
  });
  const { analyse } = articleAnalyser(config);
  for (const a of share(0)) {
    try {
      ahead.set(a, analyse(store ? store.withBody(a) : a));
    } catch {
      // computed again by enrich, isolated
    }
  }
  for (const { list, results } of await Promise.all(workers)) {
    results.forEach((r, k) => r && ahead.set(list[k]!, r));
    results.length = 0; // see ./ingest-workers.ts: the settled value outlives this function
  }
  return ahead;
}

if (!isMainThread && (workerData as Job | undefined)?.task === 'kiosque-analyse') {
  parentPort!.postMessage(analyseJob(workerData as Job));
}
