/**
 * Named entities of an article: gazetteer names (content/entites.yml) plus names detected as
 * runs of capitalised words, merged so that `Mark Zuckerberg` and a later `Zuckerberg` are one
 * person. Words are folded by `fold.ts` (accents, elisions), without the plural rule: names
 * keep their final s.
 */
import type { EntityDef, EntityKind, EntityRef } from '../model.ts';
import { slugify, words, type Word } from './fold.ts';

/** Most entities kept per article, by mention count. */
const MAX_ENTITIES = 12;
/** Longer runs of capitalised words are headings in title case, not names. */
const MAX_NAME_WORDS = 5;

/**
 * Capitalised words that never start a name: determiners, pronouns, conjunctions,
 * prepositions, adverbs that open sentences, titles (`M.`, `PDG`), days and months.
 * Folded, so `À` and `a` are the same entry.
 */
const NOT_A_NAME_START = new Set(
  (
    "le la les l un une des du de d ce cet cette ces dans mais en et ou donc or ni car pour par avec sans sous sur vers chez entre contre " +
    'selon apres avant depuis pendant lors alors ainsi aussi encore deja puis enfin certes pourtant cependant toutefois neanmoins ' +
    'desormais meme chaque plusieurs certains certaines aucun aucune tout tous toute toutes il elle ils elles on nous vous je tu ' +
    'son sa ses leur leurs notre nos votre vos mon ma mes ton ta tes quand lorsque si comme au aux a qui que quoi comment pourquoi ' +
    "combien quel quelle quels quelles hier aujourd'hui demain ici oui non bref face outre malgre parmi voici voila c cela ceci ca " +
    'y ' +
    'm mme mlle mm dr pr me president presidente premier premiere ministre pdg ceo patron patronne directeur directrice general ' +
    'generale secretaire depute deputee senateur senatrice maire prince princesse roi reine pape ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre ' +
    // Ministries are capitalised common nouns: `ministre de l’Intérieur Christophe Castaner`.
    'interieur economie culture justice sante education agriculture ecologie travail defense armees finances transports outre-mer ' +
    'environnement logement sports numerique jeunesse solidarites cohesion affaires budget industrie ' +
    'cote hors via pres sauf grace quant dont voire puisque ensuite surtout notamment seulement egalement bien tres trop plus moins'
  ).split(' '),
);

/** Lowercase words allowed inside a name: `Charles de Gaulle`, `Ursula von der Leyen`. */
const PARTICLES = new Set(['de', 'du', 'des', 'von', 'van', 'der', 'den', 'da', 'di', 'del', 'dos', 'bin', 'ben', 'al', 'el']);

/** A word among these makes a detected name an organisation, not a person. */
const ORGANISATION_WORDS = new Set(
  (
    'electronics group groupe inc corp corporation company ltd sa sas motors airlines bank banque universite university institut ' +
    'institute ministere departement conseil assemblee parti association federation agence agency commission comite tribunal cour ' +
    'autorite front rassemblement mouvement union fondation organisation office centre center club fc olympique racing stade ' +
    'festival conference sommet musee hopital lycee college ecole academie eglise gouvernement ligue coupe championnat jeux prix ' +
    'salon forum technologies systems labs studio studios records media medias presse journal times post news magazine the radio ' +
    'tv television chaine caisse societe compagnie entreprise cabinet republique'
  ).split(' '),
);

/** How a word is separated from the previous one. */
type Gap = 'space' | 'elided' | 'other';
const SPACE_GAP = /^[ \u00a0\u202f]+$/u;
/** An elided article between two words: `Département d’État`, `ChatGPT d’OpenAI`. */
const ELIDED_GAP = /^[ \u00a0\u202f]+[dl]['\u2019\u02bc]$/iu;
/** Punctuation or a line break before a word: a new sentence, heading or quotation starts. */
const SENTENCE_GAP = /[.!?…:;«»"“”()[\]—–•►*\n]/u;

/** One gazetteer alias, stored under its first folded word. */
interface AliasRule {
  /** Folded words after the first. */
  rest: readonly string[];
  /** Per word of the alias, whether the text must have it capitalised. */
  capitalised: readonly boolean[];
  entity: number;
}

/** A gazetteer compiled for matching; build it once with `buildEntityMatcher`. */
export interface EntityMatcher {
  readonly entities: readonly { kind: EntityKind; name: string; slug: string }[];
  /** First folded word → aliases starting with it, longest first. */
  readonly rules: ReadonlyMap<string, readonly AliasRule[]>;
  /** Slug → index in `entities`, so a detected spelling of a known name joins it. */
  readonly bySlug: ReadonlyMap<string, number>;
  /** One-word aliases of organisations and places: a name containing one is no person (`Ray Ban Meta`). */
  readonly notPersonWords: ReadonlySet<string>;
}

/** Article text, by field. */
export interface EntityDoc {
  title: string;
  lede: string;
  body: string;
}

function isCapitalised(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  if (c >= 65 && c <= 90) return true;
  return raw[0] !== raw[0]!.toLowerCase();
}
const isAllCaps = (raw: string): boolean => raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();

/**
 * Compiles the gazetteer: the name and every alias become folded word sequences.
 * @example
 * const matcher = buildEntityMatcher([{ kind: 'person', name: 'Mark Zuckerberg', aliases: ['Zuckerberg'] }]);
 * matcher.entities[0].slug // 'mark-zuckerberg'
 */
export function buildEntityMatcher(defs: readonly EntityDef[]): EntityMatcher {
  const rules = new Map<string, AliasRule[]>();
  const entities = defs.map((d) => ({ kind: d.kind, name: d.name, slug: slugify(d.name) }));
  defs.forEach((def, entity) => {
    for (const alias of [def.name, ...def.aliases]) {
      const ws = words(alias);
      if (!ws.length) continue;
      const list = rules.get(ws[0]!.folded) ?? [];
      list.push({ rest: ws.slice(1).map((w) => w.folded), capitalised: ws.map((w) => isCapitalised(w.raw)), entity });
      rules.set(ws[0]!.folded, list);
    }
  });
  for (const list of rules.values()) list.sort((a, b) => b.rest.length - a.rest.length || a.entity - b.entity);
  const bySlug = new Map<string, number>();
  entities.forEach((e, i) => bySlug.has(e.slug) || bySlug.set(e.slug, i));
  const notPersonWords = new Set(
    defs.filter((d) => d.kind !== 'person').flatMap((d) => [d.name, ...d.aliases].map(words).filter((ws) => ws.length === 1).map((ws) => ws[0]!.folded)),
  );
  return { entities, rules, bySlug, notPersonWords };
}

/** A word of the article with what the detector needs to know about its neighbours. */
interface Token {
  word: Word;
  capitalised: boolean;
  /** What separates it from the previous word; the dot of an initial (`Jay Y. Lee`) is a space. */
  gap: Gap;
  sentenceStart: boolean;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prev: Word | undefined;
  for (const word of words(text)) {
    const capitalised = isCapitalised(word.raw);
    if (prev && word.start - prev.end === 1 && text.charCodeAt(prev.end) === 32) {
      out.push({ word, capitalised, gap: 'space', sentenceStart: false });
    } else {
      const gap = prev ? text.slice(prev.end, word.start) : '\n';
      // `Jay Y. Lee`: the dot after an initial does not end the sentence.
      const afterInitial =
        prev !== undefined && prev.raw.length === 1 && isCapitalised(prev.raw) && /^\.[ \u00a0]+$/u.test(gap) && !NOT_A_NAME_START.has(word.folded);
      out.push({
        word,
        capitalised,
        gap: afterInitial || SPACE_GAP.test(gap) ? 'space' : ELIDED_GAP.test(gap) ? 'elided' : 'other',
        sentenceStart: !afterInitial && SENTENCE_GAP.test(gap),
      });
    }
    prev = word;
  }
  return out;
}

/** A gazetteer entity found in the text, with the words that name it. */
interface Match {
  entity: number;
  tokens: Token[];
}

/**
 * Longest gazetteer alias starting at `i` whose capitalised words are capitalised in the text.
 * A mention starts with a capital: names are proper nouns, and this skips most words cheaply.
 */
function matchAlias(toks: Token[], i: number, matcher: EntityMatcher): AliasRule | undefined {
  const first = toks[i];
  if (!first?.capitalised) return undefined;
  return matcher.rules.get(first.word.folded)?.find(
    (rule) =>
      rule.capitalised.every((cap, j) => !cap || toks[i + j]?.capitalised) &&
      rule.rest.every((folded, j) => toks[i + 1 + j]?.word.folded === folded && toks[i + 1 + j]!.gap !== 'other'),
  );
}

/** A capitalised word that can continue (or start, if `first`) a name. */
function nameWord(t: Token | undefined, first: boolean): boolean {
  if (!t || !t.capitalised) return false;
  return !(first && NOT_A_NAME_START.has(t.word.folded));
}

/** A sentence that opens with a common word written with a capital (`Rencontre avec …`). */
const commonOpener = (t: Token, lowercaseWords: ReadonlySet<string>): boolean => t.sentenceStart && lowercaseWords.has(t.word.folded);

/**
 * Splits a field into gazetteer matches and runs of capitalised words. A gazetteer match glued
 * by a space to another capitalised word (`Brigitte Macron`, `Samsung Electronics`) is left to
 * the run, which names something else. Particles and elided articles join a run only towards
 * a word that is not a known name (`Département d’État`, but `ChatGPT` and `OpenAI` apart).
 */
function mentions(toks: Token[], matcher: EntityMatcher, lowercaseWords: ReadonlySet<string>): { gazetteer: Match[]; runs: Token[][] } {
  const gazetteer: Match[] = [];
  const runs: Token[][] = [];
  const glued = (t: Token | undefined, first: boolean): boolean => t?.gap === 'space' && nameWord(t, first);
  let i = 0;
  let matchedUntil = 0;
  while (i < toks.length) {
    const rule = matchAlias(toks, i, matcher);
    if (rule) {
      const end = i + 1 + rule.rest.length;
      const before = toks[i - 1];
      const gluedBefore = i !== matchedUntil && glued(toks[i], false) && nameWord(before, true) && !commonOpener(before!, lowercaseWords);
      const gluedAfter = glued(toks[end], false) && !matchAlias(toks, end, matcher);
      if (!gluedBefore && !gluedAfter) {
        gazetteer.push({ entity: rule.entity, tokens: toks.slice(i, end) });
        i = matchedUntil = end;
        continue;
      }
    }
    if (!nameWord(toks[i], true)) {
      i++;
      continue;
    }
    const run = [toks[i]!];
    let j = i + 1;
    for (; j < toks.length; j++) {
      const t = toks[j]!;
      const next = toks[j + 1];
      // After a sentence-initial word, `de` or `d’` is not evidence of one name (`Perspectives de Llama`).
      const mayLink = !(run.length === 1 && run[0]!.sentenceStart);
      if (glued(t, false)) run.push(t);
      else if (mayLink && t.gap === 'elided' && nameWord(t, false) && !matchAlias(toks, j, matcher)) run.push(t);
      else if (mayLink && t.gap === 'space' && PARTICLES.has(t.word.folded) && glued(next, false) && !matchAlias(toks, j + 1, matcher)) run.push(t);
      else break;
    }
    if (commonOpener(run[0]!, lowercaseWords)) run.shift();
    while (run.length && PARTICLES.has(run[run.length - 1]!.word.folded)) run.pop();
    if (run.length) runs.push(run);
    i = j;
  }
  return { gazetteer, runs };
}

/** Two all-caps words, one of five letters or more (`DES ANTÉCÉDENTS PSYCHIATRIQUES`): a heading, not a name. */
const isShouted = (run: Token[]): boolean => run.filter((t) => isAllCaps(t.word.raw) && t.word.raw.length >= 5).length >= 1 && run.filter((t) => isAllCaps(t.word.raw)).length >= 2;

/** `Ve République`, `XXIe siècle`. */
const ROMAN_ORDINAL = /^[IVXLC]+(?:e|er|ème)?$/u;

/** `First Last`: two to four capitalised words (particles aside), no acronym, digit, organisation word or known non-person name. */
function looksLikePerson(run: Token[], matcher: EntityMatcher): boolean {
  const names = run.filter((t) => !PARTICLES.has(t.word.folded));
  return (
    names.length >= 2 &&
    names.length <= 4 &&
    names.every(
      (t) =>
        !ORGANISATION_WORDS.has(t.word.folded) &&
        !matcher.notPersonWords.has(t.word.folded) &&
        !/\d/.test(t.word.raw) &&
        !ROMAN_ORDINAL.test(t.word.raw) &&
        (t.word.raw.length === 1 || !isAllCaps(t.word.raw)),
    )
  );
}

/** The name as written: words joined by single spaces, or by what glued them (`d’`, `. `). */
function surface(run: Token[], text: string): string {
  return text.slice(run[0]!.word.start, run[run.length - 1]!.word.end).replace(/\s+/gu, ' ');
}

/** Sentence-initial capitalised words that the article also writes in lowercase. */
function commonWords(fields: Token[][]): Set<string> {
  const openers = new Set<string>();
  // Length and first letter of each opener: a cheap filter before the set lookup.
  const keys = new Uint8Array(64 * 32);
  const key = (w: string): number => Math.min(w.length, 63) * 32 + (w.charCodeAt(0) & 31);
  for (const toks of fields) {
    for (const t of toks) {
      if (t.sentenceStart && t.capitalised) {
        openers.add(t.word.folded);
        keys[key(t.word.folded)] = 1;
      }
    }
  }
  const common = new Set<string>();
  for (const toks of fields) {
    for (const t of toks) {
      if (!t.capitalised && keys[key(t.word.folded)] && openers.has(t.word.folded)) common.add(t.word.folded);
    }
  }
  return common;
}

interface Tally {
  kind: EntityKind;
  name: string;
  count: number;
  /** Surface forms of detected names and how often each was seen. */
  forms: Map<string, number>;
}

/**
 * Entities of an article, most mentioned first (then by name), at most 12. Gazetteer names
 * count from one mention; other names need two capitalised words or more (`Jensen Huang`);
 * a single capitalised word counts only as a known alias or as the last name of a person
 * named in full in the same article.
 * @example
 * const matcher = buildEntityMatcher([{ kind: 'organisation', name: 'OpenAI', aliases: [] }]);
 * detectEntities({ title: '', lede: 'Le PDG d’OpenAI, Sam Altman, a vu Altman.', body: '' }, matcher)
 * // [{ kind: 'person', name: 'Sam Altman', slug: 'sam-altman', count: 2 },
 * //  { kind: 'organisation', name: 'OpenAI', slug: 'openai', count: 1 }]
 */
export function detectEntities(doc: EntityDoc, matcher: EntityMatcher): EntityRef[] {
  const fields = [doc.title, doc.lede, doc.body].map((text) => ({ text, toks: tokenize(text) }));
  const lowercaseWords = commonWords(fields.map((f) => f.toks));
  const tallies = new Map<string, Tally>();
  const add = (slug: string, kind: EntityKind, name: string, form?: string): void => {
    const tally = tallies.get(slug) ?? { kind, name, count: 0, forms: new Map<string, number>() };
    tally.count++;
    if (form) tally.forms.set(form, (tally.forms.get(form) ?? 0) + 1);
    tallies.set(slug, tally);
  };

  const singles: string[] = [];
  // Last name → the first person named in full with it (`Emmanuel` before `Brigitte Macron`).
  const lastNames = new Map<string, string>();
  const addLastName = (name: Token[], slug: string): void => {
    const last = name[name.length - 1]!.word.folded;
    if (!lastNames.has(last)) lastNames.set(last, slug);
  };
  for (const { text, toks } of fields) {
    const { gazetteer, runs } = mentions(toks, matcher, lowercaseWords);
    for (const m of gazetteer) {
      const e = matcher.entities[m.entity]!;
      add(e.slug, e.kind, e.name);
      if (e.kind === 'person' && m.tokens.length > 1) addLastName(m.tokens, e.slug);
    }
    for (const run of runs) {
      if (run.length === 1) {
        singles.push(run[0]!.word.folded);
        continue;
      }
      if (run.length > MAX_NAME_WORDS || isShouted(run)) continue;
      const name = surface(run, text);
      const slug = slugify(name);
      if (!slug) continue;
      const known = matcher.entities[matcher.bySlug.get(slug) ?? -1];
      const kind = known?.kind ?? tallies.get(slug)?.kind ?? (looksLikePerson(run, matcher) ? 'person' : 'organisation');
      add(slug, kind, known?.name ?? name, known ? undefined : name);
      if (kind === 'person') addLastName(run, slug);
    }
  }
  for (const folded of singles) {
    const slug = lastNames.get(folded);
    if (slug) tallies.get(slug)!.count++;
  }

  return [...tallies]
    .map(([slug, t]) => ({ kind: t.kind, name: preferredForm(t), slug, count: t.count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, MAX_ENTITIES);
}

/** The gazetteer name, or the detected spelling seen most often (then the longest, then first in order). */
function preferredForm(t: Tally): string {
  let best = t.name;
  let seen = 0;
  for (const [form, n] of t.forms) {
    if (n > seen || (n === seen && form.length > best.length)) {
      best = form;
      seen = n;
    }
  }
  return t.forms.size ? best : t.name;
}
