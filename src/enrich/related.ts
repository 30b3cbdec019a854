/**
 * Related articles (« À lire aussi »): articles that share a specific subject with the article,
 * closest in time first.
 *
 * - A subject is an entity the article is about (see `subjectEntities`). It is specific when it
 *   is rare: held by at most 3.5 % of the archive (or by 3 articles), and named by the titles of
 *   both articles, or by the title of one of them when they are at most 120 days apart (the
 *   same moment of a story: a film-maker named in passing years later is another story). A
 *   person or organisation held by more than 1 % of the archive (a president, a major party)
 *   needs both titles, the same 120 days, and another specific entity or topic shared. A
 *   place, or a seat of power named for the people in it (`Matignon`), counts half, only
 *   within a month (undated articles: never), and only beside another subject or specific
 *   feature shared (`Angers` alone: a murder and a new hypermarket the same month); media, agencies, social networks and pollsters
 *   not at all: they are cited, not written about. A broad topic never qualifies an article:
 *   sharing `Politique` or `France` is no reason to read on; a narrow one (held by at most
 *   3.5 % of the archive) does within a week, with an entity or another narrow topic shared
 *   too (`Brexit` and `Union européenne`, `Terrorisme` and `Barcelone`), but not the place it is named
 *   after (`États-Unis` the topic and `États-Unis` the place are one subject: two stories of that
 *   week in the country are not one). Once qualified, shared topics and entities all add to the score, each weighted by its
 *   rarity (IDF, log(N/df)).
 * - News is dated: the score is divided by (1 + days apart / 365), so the same story a week
 *   later beats the same person three years before.
 * - An article left with none may still share a story by its title: two titles of the same days
 *   sharing two rare words (`sameStoryByTitles`).
 *
 * Scale: candidates come from the postings of the article's entities (and of its narrow topics,
 * the week around it), so the work grows with the sum of df² over entities, not with N². An entity held by more than `commonDf(N)`
 * articles (`France`) yields only the articles nearest in date as candidates, though it still
 * counts in every candidate's score.
 */

import type { EntityRef } from '../model.ts';
import { words } from '../text/fold.ts';
import { SEAT_SLUGS, isSourceSlug } from '../reference/organisations.ts';

/** One article as related-article search sees it. */
export interface RelatedItem {
  id: string;
  /** Topic slugs. */
  topics: readonly string[];
  /** Entity slugs prefixed by kind, e.g. `person:mark-zuckerberg`. */
  entities: readonly string[];
  /** Sortable date text (`2024`, `2024-02`, `2024-02-15`); empty when undated. */
  dateKey: string;
  /** Entities of `entities` that the title names: a shared subject must be a headline on one side at least. */
  headline?: readonly string[];
  /** The title: two titles of the same days sharing rare words tell one story (`sameStoryByTitles`). */
  title?: string;
}

/** Words a name may lose in a title: `Union européenne` is named by `l’Union européenne`. */
const LINK_WORDS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'et', 'en', 'the']);

/** Mentions that make an entity a subject of an article even outside its title and lede. */
const SUBJECT_MENTIONS = 3;

/**
 * The entities an article is about, as `kind:slug`: those its title and lede name in full
 * (`Brigitte Macron` does not make `Emmanuel Macron` a subject), and those named three times
 * or more; `headline` lists those its title names (a person by last name: `Fillon et Juppé`).
 * A name met once in passing (`selon Le Parisien`, the interviewer) is no subject.
 * @example subjectEntities('Fillon et Juppé', 'Alain Juppé parle.', [{ kind: 'person', name: 'Alain Juppé', slug: 'alain-juppe', count: 1 }])
 * // { entities: ['person:alain-juppe'], headline: ['person:alain-juppe'] }
 */
export function subjectEntities(title: string, lede: string, entities: readonly EntityRef[]): { entities: string[]; headline: string[] } {
  const head = new Set(words(`${title}\n${lede}`).map((w) => w.folded));
  const inTitle = new Set(words(title).map((w) => w.folded));
  // A person as the article names them, or as their slug spells them: the title's spelling when a
  // slip in the body gave the name (« Dany Boon » in the title, « Danny Boon » in the body).
  const spellings = (e: EntityRef): string[][] => [words(e.name).map((w) => w.folded), ...(e.kind === 'person' ? [e.slug.split('-')] : [])];
  const named = (e: EntityRef, set: ReadonlySet<string>): boolean =>
    spellings(e).some((name) => (set === inTitle && e.kind === 'person' ? set.has(name[name.length - 1]!) : name.every((w) => set.has(w) || LINK_WORDS.has(w))));
  const subjects = entities.filter((e) => e.count >= SUBJECT_MENTIONS || named(e, head));
  // A title naming `Emmanuel Macron` in full is not about `Brigitte Macron`, nor the reverse.
  const inFull = (e: EntityRef): boolean => words(e.name).every((w) => inTitle.has(w.folded) || LINK_WORDS.has(w.folded));
  const lastName = (e: EntityRef): string => words(e.name).at(-1)?.folded ?? '';
  const namesAnother = (e: EntityRef): boolean =>
    e.kind === 'person' && !inFull(e) && entities.some((o) => o !== e && o.kind === 'person' && lastName(o) === lastName(e) && inFull(o));
  return {
    entities: subjects.map((e) => `${e.kind}:${e.slug}`),
    headline: subjects.filter((e) => named(e, inTitle) && !namesAnother(e)).map((e) => `${e.kind}:${e.slug}`),
  };
}

/** Neighbours taken on each side in date order, per common entity. */
const COMMON_FEATURE_WINDOW = 10;
/** Weights are IDF × 1000 rounded, so sums are exact and ties are real ties. */
const WEIGHT_SCALE = 1000;
/** An entity held by at most this share of the archive is a specific subject. */
const SPECIFIC_SHARE = 0.035;
/** Entity classes: a person or organisation is a subject; a place only half of one (`Oise` + `Yvelines` is no story). */
const WHO = 2;
const PLACE = 1;
/** A subject named in only one of the two titles counts within this many days. */
const STORY_WINDOW_DAYS = 120;
/** Shared places make a subject only between articles this close in time. */
const PLACE_WINDOW_DAYS = 31;
/** A narrow topic makes a subject between articles this close in time (see the file header). */
const TOPIC_WINDOW_DAYS = 7;
/** The weight of an entity held by half the archive: one held by more (`France` in a small French archive) is no sign of one story. */
const BROAD_WEIGHT = Math.round(WEIGHT_SCALE * Math.LN2);
/** Days after which a shared subject counts half. */
const HALF_LIFE_DAYS = 365;

/**
 * A person or organisation held by more than this share of the archive (`François Hollande`,
 * `Les Républicains` in a national archive) is in the news too often to make a story on its
 * own: it qualifies only when both titles name it, within `STORY_WINDOW_DAYS`, and the two
 * articles share another specific subject or topic.
 */
const PROMINENT_SHARE = 0.01;
const prominentDf = (n: number): number => Math.max(3, Math.floor(PROMINENT_SHARE * n));

/** Above this document frequency an entity is "common" (see the file header). */
const commonDf = (n: number): number => Math.max(50, Math.min(500, Math.floor(n / 2)));

/** Shared entity weight an article needs: that of one entity held by 3 % of the archive (in a small archive, by three articles). */
const minEntityWeight = (n: number): number => Math.round(WEIGHT_SCALE * Math.log(n / Math.max(3, SPECIFIC_SHARE * n)));

/** Day number of a date key, at its precision (`2024` is 1 July 2024, `2024-02` the 15th); NaN when undated. */
function dayNumber(key: string): number {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(key);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 6, m[3] ? Number(m[3]) : m[2] ? 15 : 1) / 86_400_000;
}

interface Index {
  /** Position of each item by date, then id descending: the higher rank wins a tie (newer, then smaller id). */
  rank: Int32Array;
  /** Feature ids of each item, deduplicated. */
  features: number[][];
  /** Items holding each feature, in date order. */
  postings: number[][];
  weight: Int32Array;
  entity: Uint8Array;
  common: Uint8Array;
  prominent: Uint8Array;
  days: Float64Array;
  /** Feature ids each item has in its title. */
  headline: Set<number>[];
  /** The slug each feature names (`etats-unis` for both the topic and the place): one subject, counted once. */
  slug: string[];
}

function buildIndex(items: readonly RelatedItem[]): Index {
  const n = items.length;
  const order = items.map((_, i) => i).sort((a, b) => compareText(items[a]!.dateKey, items[b]!.dateKey) || compareText(items[b]!.id, items[a]!.id));
  const rank = new Int32Array(n);
  order.forEach((item, r) => (rank[item] = r));
  const ids = new Map<string, number>();
  const postings: number[][] = [];
  const isEntity: number[] = [];
  const slug: string[] = [];
  const features: number[][] = items.map(() => []);
  for (const item of order) {
    const { topics, entities } = items[item]!;
    for (const name of new Set([...topics.map((t) => `topic:${t}`), ...entities.filter(isSubject).map((e) => `entity:${e}`)])) {
      let id = ids.get(name);
      if (id === undefined) {
        id = postings.length;
        ids.set(name, id);
        postings.push([]);
        slug.push(name.slice(name.lastIndexOf(':') + 1));
        isEntity.push(name.startsWith('entity:place:') || isSeat(name) ? PLACE : name.startsWith('entity:') ? WHO : 0);
      }
      postings[id]!.push(item);
      features[item]!.push(id);
    }
  }
  const weight = new Int32Array(postings.length);
  const common = new Uint8Array(postings.length);
  const prominent = new Uint8Array(postings.length);
  postings.forEach((list, f) => {
    weight[f] = Math.round(WEIGHT_SCALE * Math.log(n / list.length));
    if (list.length > commonDf(n)) common[f] = 1;
    if (list.length > prominentDf(n)) prominent[f] = 1;
  });
  const days = new Float64Array(n);
  items.forEach((it, i) => (days[i] = dayNumber(it.dateKey)));
  const headline = items.map((it) => new Set((it.headline ?? it.entities).map((e) => ids.get(`entity:${e}`)).filter((f): f is number => f !== undefined)));
  return { rank, features, postings, weight, entity: Uint8Array.from(isEntity), common, prominent, days, headline, slug };
}

/** `entity:organisation:matignon`: a seat of power counts as a place (see SEAT_SLUGS). */
const isSeat = (feature: string): boolean => feature.startsWith('entity:organisation:') && SEAT_SLUGS.has(feature.slice('entity:organisation:'.length));

/** `organisation:le-parisien`, `organisation:france-bleu-paris`: a source cited, not a subject (see isSourceSlug). */
const isSubject = (entity: string): boolean => !(entity.startsWith('organisation:') && isSourceSlug(entity.slice('organisation:'.length)));

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Binary search: first position in `list` (items in date order) whose rank is ≥ `r`. */
function lowerBound(list: readonly number[], rank: Int32Array, r: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rank[list[mid]!]! < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For each article, the ids of up to `k` related articles, best first (score, then the newer,
 * then by id); an article sharing no specific subject with any other gets an empty list.
 * Deterministic whatever the input order.
 * @example
 * relatedArticles([
 *   { id: 'a', topics: ['chine'], entities: ['person:li-qiang'], dateKey: '2024-07' },
 *   { id: 'b', topics: ['chine'], entities: [], dateKey: '2024-01' },
 *   { id: 'c', topics: ['chine'], entities: ['person:li-qiang'], dateKey: '2023-05' },
 * ]).get('a') // ['c']
 */
export function relatedArticles(items: readonly RelatedItem[], k = 5): Map<string, string[]> {
  const { features, postings, weight, entity, common, prominent, rank, days, headline, slug } = buildIndex(items);
  const minWeight = minEntityWeight(items.length);
  const mine = new Uint8Array(weight.length);
  /** The article's headline entities, as `mine` its features (set and cleared per article). */
  const mineHeadline = new Uint8Array(weight.length);
  const seen = new Uint8Array(items.length);
  const score = new Float64Array(items.length);
  const result = new Map<string, string[]>();
  const better = (a: number, b: number): boolean => score[a]! > score[b]! || (score[a] === score[b] && rank[a]! > rank[b]!);

  for (let item = 0; item < items.length; item++) {
    const own = features[item]!;
    const candidates: number[] = [];
    const visit = (c: number): void => {
      if (c === item || seen[c]) return;
      seen[c] = 1;
      candidates.push(c);
    };
    for (const f of headline[item]!) mineHeadline[f] = 1;
    for (const f of own) {
      mine[f] = 1;
      if (!entity[f] && weight[f]! >= minWeight && !Number.isNaN(days[item]!)) {
        // A narrow topic: its articles of the same week (its postings are in date order).
        const list = postings[f]!;
        const at = lowerBound(list, rank, rank[item]!);
        for (let p = at; p < list.length && days[list[p]!]! - days[item]! <= TOPIC_WINDOW_DAYS; p++) visit(list[p]!);
        for (let p = at - 1; p >= 0 && days[item]! - days[list[p]!]! <= TOPIC_WINDOW_DAYS; p--) visit(list[p]!);
        continue;
      }
      if (!entity[f] || weight[f] === 0) continue;
      const list = postings[f]!;
      if (!common[f]) {
        for (const c of list) visit(c);
        continue;
      }
      const at = lowerBound(list, rank, rank[item]!);
      for (let p = Math.max(0, at - COMMON_FEATURE_WINDOW); p < Math.min(list.length, at + COMMON_FEATURE_WINDOW + 1); p++) visit(list[p]!);
    }
    const top: number[] = [];
    for (const c of candidates) {
      const apart = Math.abs(days[item]! - days[c]!);
      // Places speak of one story only close in time (`Yvelines` in March and in June are two stories).
      const placesCount = apart <= PLACE_WINDOW_DAYS;
      let entities = 0;
      /** The best shared place, half its weight (`PLACE`). */
      let places = 0;
      let all = 0;
      /** Shared features (entities and topics) specific enough to be a subject, and the best prominent entity. */
      let specific = 0;
      let prominentBest = 0;
      let narrow = 0;
      let others = 0;
      /** The narrow topics shared (a candidate's topics come before its entities). */
      const narrowSlugs: string[] = [];
      for (const f of features[c]!) {
        if (!mine[f]) continue;
        all += weight[f]!;
        if (weight[f]! >= minWeight) specific++;
        // A narrow topic is a subject within days; otherwise only entities are subjects (and only they are headlines).
        if (!entity[f]) {
          if (weight[f]! >= minWeight && apart <= TOPIC_WINDOW_DAYS) {
            if (narrow > 0) others++;
            narrow = Math.max(narrow, weight[f]!);
            narrowSlugs.push(slug[f]!);
          }
          continue;
        }
        // The place a narrow topic is named after (`États-Unis`) is that topic again, not another subject.
        if (!common[f] && weight[f]! >= BROAD_WEIGHT && !narrowSlugs.includes(slug[f]!)) others++;
        // The shared subject is what both articles are about, by their titles; when only one
        // title names it, it must be the same moment of the story.
        const inMine = mineHeadline[f] === 1;
        const inOther = headline[c]!.has(f);
        const both = inMine && inOther;
        if (!both && !((inMine || inOther) && apart <= STORY_WINDOW_DAYS)) continue;
        if (entity[f] === WHO && prominent[f]) {
          if (both && apart <= STORY_WINDOW_DAYS) prominentBest = Math.max(prominentBest, weight[f]!);
        } else if (entity[f] === WHO) entities = Math.max(entities, weight[f]!);
        else if (entity[f] === PLACE && placesCount) places = Math.max(places, weight[f]! / 2);
      }
      // A place alone is no story (`Angers` : a murder and a new hypermarket the same month); with another subject it is.
      if (specific >= 2 || entities > 0) entities = Math.max(entities, places);
      // `François Hollande` in both titles a week apart is not yet one story: something else specific must be shared.
      if (specific >= 2) entities = Math.max(entities, prominentBest);
      // `Brexit` in the same week, with `Union européenne` in both: one story (see TOPIC_WINDOW_DAYS).
      if (narrow > 0 && others > 0) entities = Math.max(entities, narrow);
      if (entities < minWeight) continue;
      score[c] = Number.isNaN(apart) ? all : all / (1 + apart / HALF_LIFE_DAYS);
      if (top.length < k || better(c, top[top.length - 1]!)) {
        let p = top.length < k ? top.length : k - 1;
        while (p > 0 && better(c, top[p - 1]!)) p--;
        top.splice(p, 0, c);
        if (top.length > k) top.pop();
      }
    }
    result.set(items[item]!.id, top.map((c) => items[c]!.id));
    for (const c of candidates) {
      seen[c] = 0;
      score[c] = 0;
    }
    for (const f of own) mine[f] = 0;
    for (const f of headline[item]!) mineHeadline[f] = 0;
  }
  sameStoryByTitles(items, days, rank, result, k);
  return result;
}

/** Days apart within which two titles sharing rare words tell one story. */
const TITLE_STORY_DAYS = 3;
/** Rare title words two titles must share. */
const TITLE_STORY_WORDS = 2;
/** A title word is rare when at most this share of the archive's titles holds it (and at least 2 do). */
const RARE_TITLE_SHARE = 0.001;

/**
 * Related articles for the articles that have none, by their titles: two articles of the same
 * days (at most TITLE_STORY_DAYS apart, both dated to the day) whose titles share at least two
 * words of five letters or more that few titles hold (RARE_TITLE_SHARE of the archive's, at
 * least two) tell one story, whatever their entities (« La colonisation est un crime contre
 * l'humanité » and « Macron s'excuse après avoir qualifié la colonisation de "crime contre
 * l'humanité" », whose shared subject, the president, is too common to qualify them). Most
 * words shared first, then the nearest in time. Fills `result` in place.
 */
function sameStoryByTitles(items: readonly RelatedItem[], days: Float64Array, rank: Int32Array, result: Map<string, string[]>, k: number): void {
  const dated = (i: number): boolean => items[i]!.dateKey.length >= 10 && items[i]!.title !== undefined;
  const titleWords = items.map((it, i) => (dated(i) ? [...new Set(words(it.title!).map((w) => w.folded).filter((w) => w.length >= 5 && !/\d/u.test(w)))] : []));
  const holders = new Map<string, number[]>();
  titleWords.forEach((ws, i) => {
    for (const w of ws) (holders.get(w) ?? holders.set(w, []).get(w)!).push(i);
  });
  const maxDf = Math.max(2, Math.floor(RARE_TITLE_SHARE * items.length));
  for (let item = 0; item < items.length; item++) {
    if ((result.get(items[item]!.id) ?? []).length > 0 || titleWords[item]!.length < TITLE_STORY_WORDS) continue;
    const shared = new Map<number, number>();
    for (const w of titleWords[item]!) {
      const list = holders.get(w)!;
      if (list.length < 2 || list.length > maxDf) continue;
      for (const c of list) if (c !== item && Math.abs(days[c]! - days[item]!) <= TITLE_STORY_DAYS) shared.set(c, (shared.get(c) ?? 0) + 1);
    }
    const found = [...shared].filter(([, n]) => n >= TITLE_STORY_WORDS).map(([c, n]) => ({ c, n, apart: Math.abs(days[c]! - days[item]!) }));
    if (found.length === 0) continue;
    found.sort((a, b) => b.n - a.n || a.apart - b.apart || rank[b.c]! - rank[a.c]!);
    result.set(items[item]!.id, found.slice(0, k).map((f) => items[f.c]!.id));
  }
}
