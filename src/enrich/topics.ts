/**
 * Topic assignment from the taxonomy: aliases are matched on folded tokens (case, accents,
 * elisions and plurals folded by `fold.ts`), multi-word aliases as token sequences, and each
 * match is weighted by where it occurs. The matcher is built once per taxonomy.
 */
import type { TopicDef, UnmappedTopic } from '../model.ts';
import { extend } from '../model/objects.ts';
import { FINAL_E_ACUTE, markedTokens, sameKey, slugify, tokens, words } from '../text/fold.ts';
import { isModelCode, withInitialCapital } from '../text/capitals.ts';
import type { TitlePolitics } from './title-politics.ts';

/** Weight of one alias occurrence, by field. */
const WEIGHTS = { title: 3, lede: 2, body: 1 } as const;
/** Minimum score: a title mention, a lede and a body mention, or three body mentions. */
const MIN_SCORE = 3;
/** Long bodies need proportionally more mentions: one body mention per this many words. */
const WORDS_PER_BODY_MENTION = 250;
/** A topic not named in the title must reach this share of the article's best score, so asides do not count. */
const SHARE_OF_BEST = 0.4;
/** …or this lower share when it is named `VARIED_MENTIONS` times in `VARIED_ALIASES` different
 * ways at least: a secondary subject told again and again with varied words (Tokyo, japonais,
 * Kishida) is no passing aside. */
const SHARE_OF_BEST_VARIED = 0.3;
const VARIED_ALIASES = 3;
const VARIED_MENTIONS = 5;
/** A topic neither the title nor the lede names lives in the body alone: it needs this much more
 * of the best score (50 % instead of 40 %, 37.5 % instead of 30 %), since a story's subjects are
 * announced at its top and what only the body names is more often an aside. */
const BODY_ONLY_FACTOR = 1.25;
/** A topic named in the title by a one-word alias must be named again in the lede or body (when
 * there is one): « un chaton prend le train » is not about transport when the train is never
 * mentioned again, « Réforme des retraites : … » is about pensions however political the body. */
const TITLE_SUPPORT = 1;
/** …and reach this share of the article's best score: a word of the title the story hardly tells
 * again (« un chaton prend le métro », the story all about the cat) is its setting, not its subject. */
const TITLE_SHARE_OF_BEST = 0.2;
/** …and be signalled by this many different aliases: one word repeated is not a subject, unless
 * it is a specific alias (two words of four letters or more, « harcèlement sexuel »), which no
 * other story uses in passing. */
const MIN_DISTINCT_ALIASES = 2;
/** Weak aliases back a story and never make one, unless this many different ones tell it
 * together: « meurt », « les pompiers », « la victime » and « l’enquête » make a police story
 * (four, not three: three weak words are often a celebrity's accident or a work incident). */
const VARIED_WEAK_ALIASES = 4;
/** A topic yields to a narrower one the text gives (`yields_to`) unless the title names it, or
 * the narrower one scores under this share of it: politicians' reactions to a strike are an
 * aside, but a government meeting on the pandemic, told through ministers and the Élysée more
 * than through the virus, is politics as well. */
const YIELD_SHARE = 0.8;
/** Different aliases a `lede_keeps` topic the lede names needs to stay beside the narrower topic it yields to. */
const LEDE_KEEPS_ALIASES = 3;
/** Most topics an article gets, front-matter topics aside. */
const MAX_TOPICS = 6;

/** What the article's entities tell its topics (src/enrich/topic-hints.ts computes them). */
export interface TopicHints {
  /** Mentions of foreign places, all fields together. */
  abroad: number;
  /** Foreign places named in the title, and in the lede. */
  abroadInTitle: number;
  abroadInLede: number;
  /** Mentions of places in France. */
  home: number;
  /** People named in the title and again in the text. */
  titlePeople: readonly string[];
  /** People named in the title (by full name or surname) whom the text presents by an
   * entertainment role next to their name (« l’actrice X », « X, chanteur du groupe Y »). */
  titleEntertainers: readonly string[];
  /** What the title says of French politics: a politician, the government or a party acting or
   * speaking, their being only a target, or only the source of figures (title-politics.ts). */
  politics: TitlePolitics;
}

/**
 * Whether `name` is one of the (not weak) aliases of the topic at `topic`: the taxonomy knows
 * the person as a politician when their name is an alias of Politique.
 * @example isTopicAlias(matcher, 'Emmanuel Macron', matcher.hinted.politics) // true with the built-in taxonomy
 */
export function isTopicAlias(matcher: TopicMatcher, name: string, topic: number): boolean {
  const [first, ...rest] = markedTokens(name);
  if (first === undefined || topic < 0) return false;
  return (matcher.rules.get(first) ?? []).some((r) => r.rest.length === rest.length && r.rest.every((t, i) => sameKey(rest[i], t)) && r.topics.some((t, i) => t === topic && !r.weak[i] && !r.titleOnly[i]));
}

/** The topics entity hints speak for, by slug; a taxonomy without them gets no hint rule. */
const ABROAD_TOPIC = 'international';
const CELEBRITY_TOPIC = 'people';
const POLITICS_TOPIC = 'politique';
/** A car shown at a motor show or sold at an auction abroad is car news, not foreign news. */
const CAR_TOPIC = 'automobile';
/** Crimes told in a work of fiction's plot are not police news. */
const CRIME_TOPIC = 'faits-divers';
/** A celebrity's own illness is People news, not Santé. */
const HEALTH_TOPIC = 'sante';
/** A foreign place named in the title makes the story foreign news when places abroad are
 * mentioned this often in all (the title's included): « Attentat à Stockholm », not a
 * France-Croatie match named once. */
const ABROAD_TITLE_MENTIONS = 2;
/** Foreign places none of which the title names are asides when they are mentioned at most this
 * often, or no more often than places in France (« une usine en Belgique », « né aux États-Unis »):
 * International is then not the subject unless its own words fill the title. */
const ABROAD_IN_PASSING = 1;
/** A person named in the title and again in the text is the subject: People evidence (a
 * singer, an actress, a TV host) named this often makes the story a celebrity's. */
const CELEBRITY_MENTIONS = 2;

/** Text of an article, by field. */
export interface TopicDoc {
  title: string;
  lede: string;
  body: string;
  /** The article's date (ISO, any precision): a topic whose story starts later (`since`) is not looked for. */
  date?: string;
  /** The names of the people it names (entity detection): a word of a name names no topic (« Camille Cerf » is no deer). */
  people?: readonly string[];
}

/** How an alias signals its topic: anywhere (`aliases`), only beside stronger evidence (`weak_aliases`), only in the title (`title_aliases`). */
type AliasKind = 'strong' | 'weak' | 'title';
const KIND_RANK: Record<AliasKind, number> = { strong: 0, title: 1, weak: 2 };

/** An alias whose first token is the key it is stored under. */
interface AliasRule {
  /** Index of the alias, for counting distinct aliases. */
  id: number;
  /** The tokens after the first. */
  rest: readonly string[];
  /** Two words or more of four letters or more (« réforme des retraites », not « le train »):
   * named in a title, it says what the article is about without being repeated. */
  specific: boolean;
  /** Indexes into `TopicMatcher.slugs`. */
  topics: readonly number[];
  /** For each of `topics`: the alias is one of its `weak_aliases`. */
  weak: readonly boolean[];
  /** For each of `topics`: the alias is one of its `title_aliases`, looked for in the title only. */
  titleOnly: readonly boolean[];
  /** The `not_aliases` phrases that hold this alias, for the topics they block (usually none). */
  blocks?: Block[];
  /** Written with a capital in the taxonomy (`Macron`, `Renault`), not as a common noun or a label: a person's name holding it still names it. */
  name: boolean;
}

/** A phrase of `not_aliases` (« espace Schengen ») holding an alias of the topic it blocks. */
interface Block {
  /** Index into `TopicMatcher.slugs` of the topic the phrase's words do not signal. */
  topic: number;
  /** The phrase's tokens. */
  tokens: readonly string[];
  /** Where the alias starts in the phrase. */
  offset: number;
}

/** A taxonomy compiled for matching; build it once with `buildTopicMatcher`. */
export interface TopicMatcher {
  readonly slugs: readonly string[];
  /** First token → aliases starting with it, longest first. */
  readonly rules: ReadonlyMap<string, readonly AliasRule[]>;
  /** `nameKey` of a slug, label, alias or category → slug, for front-matter topics. */
  readonly names: ReadonlyMap<string, string>;
  /** Index of a topic → indexes of the narrower topics it yields to (`yields_to`). */
  readonly yieldsTo: ReadonlyMap<number, readonly number[]>;
  /** Index of a topic → indexes of the broader topics it brings along (`implies`). */
  readonly implies: ReadonlyMap<number, readonly number[]>;
  /** Folded text of each alias, by its `id`. */
  readonly aliasText: readonly string[];
  /** Topics looked for in the text (not `match_text: false`), by index. */
  readonly matchText: readonly boolean[];
  /** Topics that do not yield when the lede names them and three different aliases tell them (`lede_keeps: true`), by index. */
  readonly ledeKeeps: readonly boolean[];
  /** Topics the lede and body together name as a subject (`lede_subject: true`), by index. */
  readonly ledeSubject: readonly boolean[];
  /** By topic: the month or year its story starts (`since`), or undefined. */
  readonly since: readonly (string | undefined)[];
  /** Topics the body alone never gives (`needs_lede: true`), by index. */
  readonly needsLede: readonly boolean[];
  /** Phrases naming a topic as what a movement stands against (`cause_aliases`), as tokens, with the movement topics (`cause_of`). */
  readonly causes: readonly { readonly topic: number; readonly tokens: readonly string[]; readonly of: readonly number[] }[];
  /** Indexes of the topics entity hints speak for, -1 when the taxonomy lacks one. */
  readonly hinted: { readonly abroad: number; readonly celebrity: number; readonly politics: number; readonly health: number; readonly car: number; readonly crime: number };
}

/**
 * The key a front-matter topic is looked up by: folded words, plural folded, hyphens and
 * underscores as spaces, so `Faits divers`, `faits-divers` and `FAITS_DIVERS` meet.
 * @example nameKey('High-Tech') // 'high tech'
 */
function nameKey(s: string): string {
  return tokens(s.replace(/_/g, ' ')).flatMap((t) => t.split('-')).join(' ');
}

/**
 * Compiles the taxonomy: every alias and the label are folded into token sequences.
 * @example
 * const matcher = buildTopicMatcher([{ slug: 'sante', label: 'Santé', description: '', aliases: ['hôpital'] }]);
 * matcher.slugs // ['sante']
 */
export function buildTopicMatcher(defs: readonly TopicDef[]): TopicMatcher {
  const bySequence = new Map<string, { seq: string[]; topics: Map<number, AliasKind>; name: boolean }>();
  const names = new Map<string, string>();
  defs.forEach((def, index) => {
    const texts = def.matchText === false ? [] : [
      ...[def.label, ...def.aliases].map((a) => [a, 'strong'] as const),
      ...(def.titleAliases ?? []).map((a) => [a, 'title'] as const),
      ...(def.weakAliases ?? []).map((a) => [a, 'weak'] as const),
    ];
    for (const [alias, kind] of texts) {
      const seq = markedTokens(alias);
      if (!seq.length) continue;
      const key = seq.join(' ');
      const entry = bySequence.get(key) ?? { seq, topics: new Map<number, AliasKind>(), name: true };
      if (alias === def.label || !/^\p{Lu}/u.test(alias)) entry.name = false;
      // Listed several ways, the narrower reading wins: weak, then title only.
      const known = entry.topics.get(index);
      entry.topics.set(index, known === undefined || KIND_RANK[kind] > KIND_RANK[known] ? kind : known);
      bySequence.set(key, entry);
    }
    for (const name of [def.slug, def.label, ...(def.categories ?? []), ...def.aliases]) {
      const key = nameKey(name);
      if (key && !names.has(key)) names.set(key, def.slug);
    }
  });
  const rules = new Map<string, AliasRule[]>();
  const aliasText: string[] = [];
  for (const [key, { seq, topics, name }] of bySequence) {
    const order = [...topics.keys()].sort((a, b) => a - b);
    const rule: AliasRule = { id: aliasText.push(key) - 1, rest: seq.slice(1), topics: order, weak: order.map((t) => topics.get(t) === 'weak'), titleOnly: order.map((t) => topics.get(t) === 'title'), specific: seq.filter((t) => t.replace(FINAL_E_ACUTE, '').length >= 4).length >= 2, name };
    // An alias word in é is found written without its accent too (`SANTE`): see `sameKey`.
    const first = seq[0]!;
    for (const k of first.endsWith(FINAL_E_ACUTE) ? [first, first.slice(0, -1)] : [first]) rules.set(k, [...(rules.get(k) ?? []), rule]);
  }
  for (const list of rules.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  defs.forEach((def, index) => {
    for (const phrase of def.matchText === false ? [] : def.notAliases ?? []) {
      const words = markedTokens(phrase);
      // Each alias of the topic the phrase holds is stopped there: the check runs only where such an alias is found.
      words.forEach((first, offset) => {
        for (const rule of rules.get(first) ?? []) {
          if (rule.topics.includes(index) && rule.rest.every((t, j) => sameKey(words[offset + 1 + j], t))) (rule.blocks ??= []).push({ topic: index, tokens: words, offset });
        }
      });
    }
  });
  const slugs = defs.map((d) => d.slug);
  /** Index → indexes of the other topics a field lists by slug; unknown slugs are ignored. */
  const links = (field: (def: TopicDef) => readonly string[] | undefined): Map<number, number[]> => {
    const out = new Map<number, number[]>();
    defs.forEach((def, index) => {
      const others = (field(def) ?? []).map((slug) => slugs.indexOf(slug)).filter((i) => i >= 0 && i !== index);
      if (others.length) out.set(index, others);
    });
    return out;
  };
  const hinted = { abroad: slugs.indexOf(ABROAD_TOPIC), celebrity: slugs.indexOf(CELEBRITY_TOPIC), politics: slugs.indexOf(POLITICS_TOPIC), health: slugs.indexOf(HEALTH_TOPIC), car: slugs.indexOf(CAR_TOPIC), crime: slugs.indexOf(CRIME_TOPIC) };
  const causeOf = links((d) => d.causeOf);
  const causes = defs.flatMap((def, topic) => (def.matchText === false ? [] : (def.causeAliases ?? []).map((phrase) => ({ topic, tokens: markedTokens(phrase), of: causeOf.get(topic) ?? [] })))).filter((c) => c.tokens.length > 0 && c.of.length > 0);
  return { slugs, rules, names, yieldsTo: links((d) => d.yieldsTo), implies: links((d) => d.implies), aliasText, causes, matchText: defs.map((d) => d.matchText !== false), needsLede: defs.map((d) => d.needsLede === true), ledeSubject: defs.map((d) => d.ledeSubject === true), ledeKeeps: defs.map((d) => d.ledeKeeps === true), since: defs.map((d) => d.since), hinted };
}

/** What the text says of one topic: alias occurrences per field, and which aliases. */
export interface TopicEvidence {
  /** Index into `TopicMatcher.slugs`. */
  topic: number;
  title: number;
  lede: number;
  body: number;
  /** Distinct aliases found (ids into `TopicMatcher.aliasText`), in order of first occurrence. */
  aliases: number[];
  /** Named in the title by a specific alias (two words of four letters or more). */
  specificInTitle: boolean;
  /** Named at least once by an alias that is not weak. */
  strong: boolean;
  /** Named at least once by a specific alias that is not weak (« harcèlement sexuel »,
   * « violences conjugales »): unambiguous, it needs no second alias to back it. */
  specific: boolean;
  /** Named by the rubric the lede opens with (« INSOLITE - », « FAIT DIVERS. »). */
  kicker: boolean;
}

type Field = 'title' | 'lede' | 'body';

/** A topic the text has not named yet. */
const noEvidence = (topic: number): TopicEvidence => ({ topic, title: 0, lede: 0, body: 0, aliases: [], specificInTitle: false, strong: false, specific: false, kicker: false });

/** Determiners (folded tokens) between « dans » and the place it names. */
const SETTING_DETERMINERS = new Set(['le', 'la', 'les', 'un', 'une', 'ce', 'cet', 'cette', 'son', 'sa', 'ses', 'leur']);

/**
 * Whether the alias at `at` of a field's tokens is where its story happens, not what it is
 * about: after « dans » (« accouche dans le métro », « dans un avion »), or right after « sur »
 * with no determiner between, as before a name or an elided noun (« lancé sur Facebook »,
 * « abandonné sur l’autoroute », « sur France 2 »); « sur la grève » is what a meeting is about.
 * Elisions are dropped from the tokens.
 */
function isSetting(toks: readonly string[], at: number): boolean {
  const before = toks[at - 1];
  if (before === 'dan' || before === 'sur') return true;
  return before !== undefined && SETTING_DETERMINERS.has(before) && toks[at - 2] === 'dan';
}

/** Whether the alias found at `at` of `toks` is inside one of `blocks` written for `topic` (« espace Schengen » for Espace). */
function blockedAt(toks: readonly string[], at: number, blocks: readonly Block[], topic: number): boolean {
  return blocks.some((b) => b.topic === topic && at >= b.offset && b.tokens.every((t, j) => sameKey(toks[at - b.offset + j], t)));
}

/**
 * Counts alias occurrences of `toks` into `found` (by topic index), the longest alias winning
 * at a place; an alias inside a `not_aliases` phrase of a topic (« espace Schengen ») does not
 * count for that topic. Plain loops: this runs on every token.
 */
function scanField(toks: readonly string[], field: Field, matcher: TopicMatcher, found: Map<number, TopicEvidence>, names?: Uint8Array): void {
  for (let i = 0; i < toks.length; i++) {
    const candidates = matcher.rules.get(toks[i]!);
    if (candidates === undefined) continue;
    for (const rule of candidates) {
      // A common noun inside a person's name (« Camille Cerf », « Stéphane Renard ») names no topic.
      if (names?.[i] && !rule.name) continue;
      let j = 0;
      while (j < rule.rest.length && sameKey(toks[i + 1 + j], rule.rest[j]!)) j++;
      if (j < rule.rest.length) continue;
      for (let k = 0; k < rule.topics.length; k++) {
        const t = rule.topics[k]!;
        const weak = rule.weak[k]!;
        if (rule.titleOnly[k] && field !== 'title') continue;
        if (rule.blocks !== undefined && blockedAt(toks, i, rule.blocks, t)) continue;
        let ev = found.get(t);
        if (ev === undefined) found.set(t, (ev = noEvidence(t)));
        // A weak alias in the title weighs as a body mention and never names the subject; so
        // does the place a title sets its story in (« accouche dans le métro »).
        const setting = field === 'title' && !weak && !rule.specific && isSetting(toks, i);
        ev[(weak || setting) && field === 'title' ? 'body' : field]++;
        if (!ev.aliases.includes(rule.id)) ev.aliases.push(rule.id);
        // In the lede and body too, where the story happens (« dans le métro », « sur TF1 ») backs a subject and never makes one.
        if (!weak && (field === 'title' || rule.specific || !isSetting(toks, i))) ev.strong = true;
        if (!weak && rule.specific) ev.specific = true;
        // A title alias names the subject wherever the title puts it but where the story happens.
        if (field === 'title' && !weak && (rule.specific || (rule.titleOnly[k] && !setting))) ev.specificInTitle = true;
      }
      i += j;
      break;
    }
  }
}

/** A rubric in capitals opening a lede, then a dash, a full stop or a colon: « INSOLITE - Un… ». */
const KICKER = /^\s*(\p{Lu}[\p{Lu}\s'’]{2,30}?)\s*(?:[-–—:.]\s)/u;

/**
 * The taxonomy topic (index) a lede's rubric names by its label, category or alias, as news
 * sites open a story with « INSOLITE - » or « FAIT DIVERS. »; undefined when there is none.
 * @example kickerTopic('INSOLITE - Un kangourou sur les voies.', matcher) // index of insolite
 */
export function kickerTopic(lede: string, matcher: TopicMatcher): number | undefined {
  const rubric = KICKER.exec(lede)?.[1];
  return rubric === undefined ? undefined : rubricTopic(rubric, matcher);
}

/** The taxonomy topic (index) a rubric names by its label, category or alias, when the text may name it. */
function rubricTopic(rubric: string, matcher: TopicMatcher): number | undefined {
  const index = matcher.slugs.indexOf(taxonomySlug(rubric, matcher) ?? '');
  return index >= 0 && matcher.matchText[index] ? index : undefined;
}

/** A title opening with a rubric and a colon, as news sites title a story: « Retraites : LFI veut… ». */
const TITLE_RUBRIC = /^\s*([^:«»"“”]{2,40}?)\s*:\s/u;

/**
 * The taxonomy topic (index) a title's opening rubric names by its label, category or alias
 * (« Retraites : », « Coronavirus : », « Brexit : »), or without a year after it
 * (« Présidentielle 2017 : »); undefined when there is none. (Its first word alone,
 * « Grève » in « Grève à la SNCF : », was tried: as many wrong topics as right ones.)
 * @example titleRubricTopic('Retraites : LFI veut rassembler l’opposition', matcher) // index of retraites
 */
export function titleRubricTopic(title: string, matcher: TopicMatcher): number | undefined {
  const rubric = TITLE_RUBRIC.exec(title)?.[1]?.trim();
  if (!rubric) return undefined;
  return rubricTopic(rubric, matcher) ?? rubricTopic(rubric.replace(/[\s\u00a0]+\d{4}$/u, ''), matcher);
}

/**
 * The evidence for every topic the article's text names, in order of first mention, and the
 * length of its lede and body in words.
 * @example
 * const matcher = buildTopicMatcher([{ slug: 'sante', label: 'Santé', description: '', aliases: ['hôpital'] }]);
 * topicEvidence({ title: 'L’hôpital', lede: '', body: 'Un hôpital.' }, matcher).evidence
 * // [{ topic: 0, title: 1, lede: 0, body: 1, aliases: [1], specificInTitle: false, strong: true, specific: false, kicker: false }]
 */
export function topicEvidence(doc: TopicDoc, matcher: TopicMatcher): { evidence: TopicEvidence[]; ledeWords: number; bodyWords: number; causes: Set<number> } {
  const found = new Map<number, TopicEvidence>();
  const titleTokens = markedTokens(doc.title);
  const ledeTokens = markedTokens(doc.lede);
  const bodyTokens = markedTokens(doc.body);
  const people = (doc.people ?? []).map(markedTokens).filter((name) => name.length > 1);
  scanField(titleTokens, 'title', matcher, found, nameWords(doc.title, titleTokens, people));
  scanField(ledeTokens, 'lede', matcher, found, nameWords(doc.lede, ledeTokens, people));
  scanField(bodyTokens, 'body', matcher, found, nameWords(doc.body, bodyTokens, people));
  for (const kicker of [kickerTopic(doc.lede, matcher), titleRubricTopic(doc.title, matcher)]) {
    if (kicker !== undefined) found.set(kicker, extend(found.get(kicker) ?? noEvidence(kicker), { strong: true, kicker: true }));
  }
  const causes = new Set(matcher.causes.filter((c) => [titleTokens, ledeTokens, bodyTokens].some((toks) => holdsPhrase(toks, c.tokens))).map((c) => c.topic));
  return { evidence: [...found.values()], ledeWords: ledeTokens.length, bodyWords: bodyTokens.length, causes };
}

/** Two or three capitals after a model's name (`Yaris GR`, `Evora GT`). */
const MODEL_LETTERS = /^\p{Lu}{2,3}$/u;

/**
 * Words of `text` (tokens `toks`, one per word) that belong to a name: the words after the first
 * of a person's name (`names`, as tokens: « Camille Cerf » is no deer), and a word written with a
 * capital right after a model's code (« la Yaris GR Sport », « une Evora GT410 Sport »: no sport).
 * Undefined when there is none.
 */
function nameWords(text: string, toks: readonly string[], names: readonly (readonly string[])[]): Uint8Array | undefined {
  let marks: Uint8Array | undefined;
  for (const name of names) {
    for (let at = toks.indexOf(name[0]!); at >= 0; at = toks.indexOf(name[0]!, at + 1)) {
      if (name.every((t, j) => toks[at + j] === t)) (marks ??= new Uint8Array(toks.length)).fill(1, at + 1, at + name.length);
    }
  }
  if (!/\p{Lu}\p{Ll}/u.test(text)) return marks;
  const written = words(text);
  if (written.length !== toks.length) return marks;
  for (let i = 1; i < written.length; i++) {
    const w = written[i]!.raw;
    const code = written[i - 1]!.raw;
    const model = isModelCode(code) || (MODEL_LETTERS.test(code) && i > 2 && /^\p{Lu}\p{Ll}/u.test(written[i - 2]!.raw));
    if (model && /^\p{Lu}\p{Ll}/u.test(w)) (marks ??= new Uint8Array(toks.length))[i] = 1;
  }
  return marks;
}

/** Whether `toks` hold the tokens of `phrase` in a row. */
function holdsPhrase(toks: readonly string[], phrase: readonly string[]): boolean {
  // The first word compared inline (`sameKey`): it rules out almost every place of a text.
  const first = phrase[0]!;
  const bare = first.endsWith(FINAL_E_ACUTE) ? first.slice(0, -1) : undefined;
  for (let i = 0; i + phrase.length <= toks.length; i++) {
    const t = toks[i];
    if (t !== first && t !== bare) continue;
    let j = 1;
    while (j < phrase.length && sameKey(toks[i + j], phrase[j]!)) j++;
    if (j === phrase.length) return true;
  }
  return false;
}

/**
 * The taxonomy slug of a front-matter topic written as a slug, label, category or alias, whatever
 * its case, accents or separators; undefined when it names no taxonomy topic.
 * @example taxonomySlug('SANTÉ', matcher) // 'sante'
 */
export function taxonomySlug(topic: string, matcher: TopicMatcher): string | undefined {
  return matcher.names.get(nameKey(topic));
}

/** Capped like article slugs: a topic is a folder name, and a 8,000-character one cannot be
 * written (ENAMETOOLONG failed a whole build, issue 11). */
const TOPIC_SLUG_MAX = 60;

function topicSlug(written: string): string {
  return slugify(written).slice(0, TOPIC_SLUG_MAX).replace(/-+$/, '');
}

function frontMatterSlug(topic: string, matcher: TopicMatcher): string {
  return taxonomySlug(topic, matcher) ?? topicSlug(topic);
}

/**
 * A reader's label for a topic an author wrote: first letter capitalised, accents kept; a slug
 * (`vie-quotidienne`, `vie_quotidienne`) gets spaces back.
 * @example readableLabel('vie-quotidienne') // 'Vie quotidienne'
 * @example readableLabel('économie sociale') // 'Économie sociale'
 */
export function readableLabel(written: string): string {
  const spaced = /^[\p{Ll}\d]+(?:[-_][\p{Ll}\d]+)+$/u.test(written) ? written.replace(/[-_]+/g, ' ') : written;
  const text = spaced.replace(/\s+/g, ' ').trim();
  return withInitialCapital(text);
}

/** How much a spelling tells a reader: accents and capitals beat a bare slug. */
function spellingRank(label: string): number {
  return (label.match(/[^\x00-\x7f]/g)?.length ?? 0) * 2 + (label.match(/\p{Lu}/gu)?.length ?? 0) + (/[-_]/.test(label) ? 0 : 1);
}

/**
 * Articles a front-matter topic that names no taxonomy topic must be given in to get a page, as
 * an entity must be named in two: exports carry tags by the thousand, most on one article
 * (« Étiquette unique »), and a topic page listing one article helps no one.
 */
export const MIN_AUTHOR_TOPIC_ARTICLES = 2;

/**
 * Front-matter topics that name no taxonomy topic become topics of their own when at least
 * `minArticles` articles carry them: one per slug, labelled with the best spelling authors used
 * (accents and capitals kept), so an editor can map them with a `categories` entry in sujets.yml.
 * `unmapped` lists them all, sorted by slug, each saying whether it got a page.
 * @example
 * authorTopics([['Vie locale'], ['vie-locale', 'Santé', 'Nécrologie']], matcher)
 * // { defs: [{ slug: 'vie-locale', label: 'Vie locale', description: '', aliases: [] }],
 * //   unmapped: [{ label: 'Nécrologie', slug: 'necrologie', articles: 1, page: false }, { label: 'Vie locale', slug: 'vie-locale', articles: 2, page: true }] }
 */
export function authorTopics(frontMatter: readonly (readonly string[])[], matcher: TopicMatcher, minArticles = MIN_AUTHOR_TOPIC_ARTICLES): { defs: TopicDef[]; unmapped: UnmappedTopic[] } {
  const found = new Map<string, { spellings: Map<string, number>; articles: number }>();
  for (const topics of frontMatter) {
    const slugsHere = new Set<string>();
    for (const written of topics) {
      const slug = topicSlug(written);
      if (!slug || taxonomySlug(written, matcher) !== undefined) continue;
      const entry = found.get(slug) ?? { spellings: new Map<string, number>(), articles: 0 };
      const label = readableLabel(written);
      entry.spellings.set(label, (entry.spellings.get(label) ?? 0) + 1);
      if (!slugsHere.has(slug)) entry.articles++;
      slugsHere.add(slug);
      found.set(slug, entry);
    }
  }
  const unmapped = [...found.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([slug, { spellings, articles }]) => {
      const [label] = [...spellings.entries()].sort(([a, na], [b, nb]) => spellingRank(b) - spellingRank(a) || nb - na || (a < b ? -1 : 1))[0]!;
      return { label, slug, articles, page: articles >= minArticles };
    });
  return { defs: unmapped.filter((u) => u.page).map(({ label, slug }) => ({ slug, label, description: '', aliases: [] })), unmapped };
}

interface Found {
  topic: number;
  score: number;
  named: boolean;
  /** Named by the lede's rubric or the title's (`POLITIQUE - `, `Retraites : `): the editor's filing. */
  rubric?: boolean;
}

/** Marks `topic` as the article's subject in `found`, adding it (with `score`) when the text's evidence alone left it out. */
function markNamed(found: Found[], topic: number, score: number): void {
  const known = found.find((f) => f.topic === topic);
  if (known) known.named = true;
  else found.push({ topic, score, named: true });
}

/**
 * Entity hints that name a subject: a foreign place in the title, mentioned again, makes the
 * story International; a person named in the title and again in the text, told with People
 * words (a singer, an actress) and not with politics in the title, makes it People; a title
 * that puts forward a French politician, the government or a party acting or speaking makes it
 * Politique, unless the story is set abroad (a foreign place in the title, or places abroad
 * outnumbering places in France: diplomacy and foreign politicians are International) or is a
 * celebrity's. Returns whether the story is a celebrity's.
 */
function applyHints(found: Found[], evidence: readonly TopicEvidence[], matcher: TopicMatcher, hints: TopicHints, score: (e: TopicEvidence) => number): boolean {
  const { celebrity, politics, abroad } = matcher.hinted;
  const politicsEvidence = evidence.find((x) => x.topic === politics);
  const people = evidence.find((x) => x.topic === celebrity);
  const toldWithPeopleWords = people && hints.titlePeople.length > 0 && people.strong && people.title + people.lede + people.body >= CELEBRITY_MENTIONS && !(politicsEvidence && politicsEvidence.title > 0);
  // « Daniel Auteuil se confie », the text saying « l’acteur » next to his name: a celebrity's story, unless politics acts in the title.
  const entertainerInTitle = hints.titleEntertainers.length > 0 && hints.politics !== 'actor';
  // « Philippe Candeloro fauché ? », the text saying once « l’ancien champion »: a story no other topic
  // tells, whose title names someone who is no politician, is that person's when People words tell it.
  const onlyPeopleWords = found.length === 0 && !!people?.strong && hints.titlePeople.length > 0 && hints.politics === 'none';
  if (celebrity >= 0 && (toldWithPeopleWords || entertainerInTitle || onlyPeopleWords)) {
    markNamed(found, celebrity, Math.max(WEIGHTS.title, people ? score(people) : 0));
  }
  const celebrityStory = found.some((f) => f.topic === celebrity && f.named);
  const foreignStory = hints.abroadInTitle > 0 || (hints.abroad >= ABROAD_TITLE_MENTIONS && hints.abroad > hints.home);
  if (politics >= 0 && hints.politics === 'actor' && !foreignStory && !celebrityStory) {
    markNamed(found, politics, Math.max(WEIGHTS.title, politicsEvidence ? score(politicsEvidence) : 0));
  }
  if (abroad >= 0 && !celebrityStory && hints.abroadInTitle > 0 && hints.abroad >= ABROAD_TITLE_MENTIONS && hints.abroad > hints.home) {
    const e = evidence.find((x) => x.topic === abroad);
    markNamed(found, abroad, Math.max(WEIGHTS.title, e ? score(e) : 0));
  }
  return celebrityStory;
}

/**
 * Topics the entity hints show to be asides: International and the country topics that imply it
 * when the foreign places are asides (none in the title, at most one mention or no more than
 * places in France), unless the title names them; the same topics when the story is a
 * celebrity's, even when the title names them (a foreign star's private life is People news:
 * « Le ténor italien X hospitalisé »); and Santé in a celebrity's story, even when the
 * title names it: « Malgré la maladie, X remonte sur scène » tells of their own illness; Santé too
 * when the title puts forward anyone else (not a politician acting or speaking) and does not name
 * health: « X hospitalisé d'urgence » is that person's news. Politique
 * is left out when the title shows politicians only as the target of threats or attacks or as the
 * source of figures (unless a rubric names it), and is no longer named by a title that names a foreign place.
 */
function dropAsides(found: Found[], matcher: TopicMatcher, hints: TopicHints, celebrityStory: boolean, foreignInTitle: boolean): Found[] {
  const { abroad, health, politics } = matcher.hinted;
  // A title that puts forward French politics with no foreign place in it tells French politics:
  // what the body says of abroad (a trip, a comparison, a foreign ally) is its aside.
  const inPassing = hints.abroadInTitle === 0 && (hints.abroad <= ABROAD_IN_PASSING || hints.abroad <= hints.home || hints.politics === 'actor');
  const foreign = (t: Found) => abroad >= 0 && (t.topic === abroad || (matcher.implies.get(t.topic) ?? []).includes(abroad));
  const onlyTargetOrSource = hints.politics === 'target' || hints.politics === 'source';
  return found
    // Unless the editor filed the story under politics (« POLITIQUE. L’élu… a porté plainte »).
    .filter((t) => !(t.topic === politics && onlyTargetOrSource && !t.rubric))
    // A politician in a title that names a foreign place or leader is diplomacy: Politique must then stand on its score.
    .map((t) => (t.topic === politics && (hints.abroadInTitle > 0 || foreignInTitle) ? extend(t, { named: false }) : t))
    // A celebrity's story is People news wherever it happens: the star's nationality or the
    // country of their home or visit, even in the title (« le ténor italien X hospitalisé »), is its setting.
    .filter((t) => !(celebrityStory && (t.topic === health || foreign(t))) && (t.named || !(inPassing && foreign(t))))
    // A person the title puts forward, not as a politician acting or speaking, is the story: their
    // health the title does not name (« X hospitalisé d'urgence », « X : sa nouvelle vie ») is their news, not medicine's.
    .filter((t) => !(t.topic === health && !t.named && hints.titlePeople.length > 0 && hints.politics === 'none'));
}

/**
 * A car story's foreign places are where the car is shown or sold (« Genève : le nouveau SUV »,
 * « vente aux enchères à Philadelphie »): when Automobile scores best, International and the
 * country topics that imply it are left out, as car news is not foreign news.
 */
function withoutVenue(found: Found[], matcher: TopicMatcher): Found[] {
  const { car, abroad } = matcher.hinted;
  const top = found.reduce((max, t) => Math.max(max, t.score), 0);
  if (car < 0 || abroad < 0 || !found.some((t) => t.topic === car && t.score >= top)) return found;
  return found.filter((t) => t.topic !== abroad && !(matcher.implies.get(t.topic) ?? []).includes(abroad));
}

/** Words (folded tokens) of a title that name a work of fiction: a series, a novel, a film. */
const FICTION = new Set(['serie', 'roman', 'film', 'saga', 'trilogie', 'telefilm', 'feuilleton', 'polar', 'thriller', 'adaptation', 'adapte', 'adaptee']);

/**
 * Whether the title names a work of fiction (« La série Castle revient », « sa trilogie va être
 * adaptée »), not « une série de cambriolages ».
 */
function fictionInTitle(titleTokens: readonly string[]): boolean {
  return titleTokens.some((t, i) => FICTION.has(t) && !(t === 'serie' && (titleTokens[i + 1] === 'de' || titleTokens[i + 1] === 'noire')));
}

/**
 * A story about a work of fiction tells its plot: the murders and inquiries of a detective series
 * or a crime novel are not Faits divers, unless the title names them (« Un meurtre inspiré d'une série »).
 */
function withoutPlot(found: Found[], matcher: TopicMatcher, title: string): Found[] {
  const { crime } = matcher.hinted;
  // The title is tokenised again (its evidence keeps no tokens) only for the few stories this can change.
  if (crime < 0 || !found.some((t) => t.topic === crime && !t.named) || !fictionInTitle(tokens(title))) return found;
  return found.filter((t) => t.topic !== crime || t.named);
}

/**
 * Topics of an article: front-matter topics first (mapped to taxonomy slugs), then assigned
 * topics by score (title ×3, lede ×2, body ×1 per alias occurrence), then slug. A topic named
 * in the title by a specific alias (two words of four letters or more), or named in the title
 * and again in the lede or body (or in a title with nothing after it) with a fifth of the best
 * topic's score at least, is the article's subject and is always assigned (« Réforme des retraites : … » is under Retraites
 * however much the body talks politics). Any other topic needs a score of 3, more in long
 * bodies (one body mention per 250 words), 40 % of the best topic's score (30 % when told five
 * times in three ways; a quarter more when only the body names it), and two different
 * aliases, one not weak (or four different weak ones); a topic marked `ledeSubject` (a frame such
 * as the pandemic or a strike) named in the lede and again in the body by two different aliases,
 * one not weak, needs neither the score nor the share (nor a fifth of the best score when the
 * title names it and the text again); a topic whose `cause_aliases` phrase the text holds (« contre la réforme des
 * retraites ») is a subject of an article given one of its `cause_of` topics (a strike). A topic is left out when a narrower topic it yields to is found with 80 % of its score
 * or more (Santé in an article about the Covid-19 pandemic), unless it is marked `ledeKeeps` and
 * the lede names it and three different aliases tell it (the trial in a crime story); at most 6 topics in all unless the front matter alone lists more.
 * With `hints` (what the article's entities say, src/enrich/topic-hints.ts), a foreign place or
 * a celebrity in the title can name International or People, and foreign places in passing or a
 * celebrity's story leave International (and a celebrity's story Santé) out; see `applyHints`
 * and `dropAsides`. A title naming a work of fiction leaves Faits divers out unless it names it (`withoutPlot`).
 * @example
 * const matcher = buildTopicMatcher([{ slug: 'intelligence-artificielle', label: 'Intelligence artificielle', description: '', aliases: ['IA'] }]);
 * assignTopics({ title: 'L’IA en Chine', lede: '', body: '' }, matcher, ['Santé']) // ['sante', 'intelligence-artificielle']
 */
export function assignTopics(doc: TopicDoc, matcher: TopicMatcher, frontMatterTopics: readonly string[], hints?: TopicHints): string[] {
  const { evidence, ledeWords, bodyWords, causes } = topicEvidence(doc, matcher);
  const score = (e: TopicEvidence): number => WEIGHTS.title * e.title + WEIGHTS.lede * e.lede + WEIGHTS.body * e.body;
  const support = ledeWords + bodyWords > 0 ? TITLE_SUPPORT : 0;
  const best = evidence.reduce((max, e) => Math.max(max, score(e)), 0);
  const namedInTitle = (e: TopicEvidence): boolean => e.kicker || e.specificInTitle || (e.title > 0 && score(e) - WEIGHTS.title * e.title >= support && (matcher.ledeSubject[e.topic]! || score(e) >= TITLE_SHARE_OF_BEST * best));
  const floor = Math.max(MIN_SCORE, bodyWords / WORDS_PER_BODY_MENTION);
  const share = (e: TopicEvidence): number => (e.aliases.length >= VARIED_ALIASES && e.title + e.lede + e.body >= VARIED_MENTIONS ? SHARE_OF_BEST_VARIED : SHARE_OF_BEST) * (e.title + e.lede === 0 ? BODY_ONLY_FACTOR : 1);
  const threshold = (e: TopicEvidence): number => Math.max(floor, share(e) * best);
  // A topic whose words are the common vocabulary of other stories is a subject only where a story announces its subject.
  const announced = (e: TopicEvidence): boolean => !matcher.needsLede[e.topic] || e.title + e.lede > 0 || e.kicker;
  // A subject that frames stories of every field (the pandemic, a strike) announced in the lede and told again in the body
  // (named in the title and told again, it needs no share of the best score either: `namedInTitle`).
  const ledeSubject = (e: TopicEvidence): boolean => matcher.ledeSubject[e.topic]! && e.strong && e.lede > 0 && e.body > 0 && e.aliases.length >= MIN_DISTINCT_ALIASES;
  // A story that had not started when the article was written (`since`, compared as text: `2017-08-09` < `2019-12`).
  const started = (e: TopicEvidence): boolean => !doc.date || !matcher.since[e.topic] || doc.date >= matcher.since[e.topic]!;
  const subjects = (mayBeUnannounced: boolean) => evidence
    .filter(started)
    .filter((e) => mayBeUnannounced || announced(e))
    .filter((e) => namedInTitle(e) || ledeSubject(e) || ((e.strong || e.aliases.length >= VARIED_WEAK_ALIASES) && score(e) >= threshold(e) && (e.aliases.length >= MIN_DISTINCT_ALIASES || e.specific)))
    .map((e) => ({ topic: e.topic, score: score(e), named: namedInTitle(e), rubric: e.kicker }));
  // A story whose title and lede announce no subject at all (`Goodwood FOS : le thème 2019`) is told by its body.
  let found = subjects(false);
  if (found.length === 0) found = subjects(true);
  // A strike against the pension reform is a pensions story, however little the day's coverage says of pensions (`cause_aliases`).
  for (const cause of matcher.causes) {
    if (!causes.has(cause.topic) || found.some((f) => f.topic === cause.topic) || !cause.of.some((m) => found.some((f) => f.topic === m))) continue;
    const e = evidence.find((x) => x.topic === cause.topic) ?? noEvidence(cause.topic);
    if (started(e)) found.push({ topic: cause.topic, score: score(e), named: true, rubric: false });
  }
  const celebrityStory = hints ? applyHints(found, evidence, matcher, hints, score) : false;
  // A topic brings the broader ones it implies, ranked with it (afrique → international).
  for (const t of [...found]) {
    for (const broader of matcher.implies.get(t.topic) ?? []) {
      const known = found.find((f) => f.topic === broader);
      if (known === undefined) found.push(extend(t, { topic: broader }));
      else Object.assign(known, { score: Math.max(known.score, t.score), named: known.named || t.named });
    }
  }
  // The title names abroad by a foreign topic's own words (« Trump », « le Kremlin »), not only by a place.
  const abroadTopic = matcher.hinted.abroad;
  const foreignInTitle = abroadTopic >= 0 && evidence.some((e) => e.title > 0 && e.strong && (e.topic === abroadTopic || (matcher.implies.get(e.topic) ?? []).includes(abroadTopic)));
  const kept = withoutPlot(withoutVenue(hints ? dropAsides(found, matcher, hints, celebrityStory, foreignInTitle) : found, matcher), matcher, doc.title);
  const scoreOf = new Map(kept.map((t) => [t.topic, t.score]));
  // A crime story whose lede tells the trial in three different words is court news as well.
  const keptByLede = (topic: number): boolean => matcher.ledeKeeps[topic]! && evidence.some((e) => e.topic === topic && e.lede > 0 && e.aliases.length >= LEDE_KEEPS_ALIASES);
  const assigned = kept
    .filter((t) => t.named || keptByLede(t.topic) || !(matcher.yieldsTo.get(t.topic) ?? []).some((n) => (scoreOf.get(n) ?? -1) >= YIELD_SHARE * t.score))
    .map((t) => ({ slug: matcher.slugs[t.topic]!, score: t.score }))
    .sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : 1))
    .map((t) => t.slug);
  const fromFrontMatter = [...new Set(frontMatterTopics.map((t) => frontMatterSlug(t, matcher)).filter(Boolean))];
  const rest = assigned.filter((slug) => !fromFrontMatter.includes(slug));
  return [...fromFrontMatter, ...rest].slice(0, Math.max(MAX_TOPICS, fromFrontMatter.length));
}
