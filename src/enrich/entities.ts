/**
 * Named entities of an article: gazetteer names (the folder's `entites.yml`, then Kiosque's
 * reference data: countries, regions, departments and towns, organisations and media) plus
 * names detected as runs of capitalised words. A detected name is kept only with evidence of
 * its kind: a given name starts a person (`Agnès Buzyn`, and nothing glued before it), a cue
 * word precedes it (`M.`, `la ministre`, `la société`, `à` + a commune), or it holds an
 * organisation word (`Banque`, `Université`). Names are merged so that `Emmanuel Macron` and a
 * later `Macron` are one person. Words are folded by `fold.ts` (accents, elisions), without
 * the plural rule: names keep their final s.
 */
import type { EntityDef, EntityKind, EntityRef } from '../model.ts';
import { foldText, singleLetters, slugify, words, type Word } from '../text/fold.ts';
import { isAllCaps, isModelCode, withInitialCapital } from '../text/capitals.ts';
import { entityReference, type EntityReference } from '../reference/index.ts';
import { ministryName, SEAT_SLUGS, SOURCE_SLUGS } from '../reference/organisations.ts';
import { FICTIONAL_SLUGS } from '../reference/fictional.ts';
import { PLACE_SURNAMES } from '../reference/people.ts';
import { frenchAreas } from '../reference/places.ts';
import { isHomonym, placeSense } from './homonyms.ts';
import { articlelessTitles, broadcasterLines } from '../reference/media.ts';

/** Most entities kept per article, by mention count. */
const MAX_ENTITIES = 50;
/** Longer runs of capitalised words are headings in title case, not names. */
const MAX_NAME_WORDS = 5;

/** Fields of ministries, capitalised common nouns: `ministre de l’Intérieur Christophe Castaner`; in lowercase, complements of an institution (`Agence régionale de santé`). */
const MINISTRY_FIELDS =
  'interieur economie culture justice sante education agriculture ecologie travail defense armees finances transports outre-mer ' +
  'environnement logement sports numerique jeunesse solidarites cohesion affaires budget industrie';
const MINISTRY_FIELD_SET = new Set(MINISTRY_FIELDS.split(' '));

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
    'generale secretaire depute deputee senateur senatrice maire prince princesse roi reine pape sir lord ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre ' +
    MINISTRY_FIELDS +
    ' cote hors via pres sauf grace quant dont voire puisque ensuite surtout notamment seulement egalement bien tres trop plus moins' +
    // A network, not a body: `un site Internet`.
    ' internet web'
  ).split(' '),
);

/** One-word French media titles written without an article (media.ts). */
const ARTICLELESS_TITLES = articlelessTitles();
/** Lowercase articles that such a title never follows. */
const ARTICLES_BEFORE_TITLE = new Set(['la', 'le', 'les']);
/** The words from `first` to `last` are glued by `&` to letters before or after them: `GM` in `GM&S`, `AT` in `AT&T`. */
function gluedByAmpersand(first: Token, last: Token, text: string): boolean {
  return /^&\p{L}/u.test(text.slice(last.word.end, last.word.end + 2)) || /\p{L}&$/u.test(text.slice(Math.max(0, first.word.start - 2), first.word.start));
}

/** Prefixes of French road numbers that are also an acronym (`RN 118`: a route nationale). */
const ROAD_PREFIXES = new Set(['rn', 'rd']);

/** Articles, alone or contracted, before an area named by the compass (`le Sud-Ouest`, `du Nord`, `au Sud-Est`). */
const AREA_ARTICLES = new Set(['le', 'du', 'au']);

/**
 * The words of `run`, which name an organisation of that `kind`, are points of the compass after an article: the
 * area (`dans le Sud-Ouest`, `du Sud-Ouest`), not the daily `Sud Ouest`.
 */
function compassArea(run: readonly Token[], toks: readonly Token[], kind: EntityKind): boolean {
  const first = run[0]!;
  return kind === 'organisation' && first.gap === 'space' && AREA_ARTICLES.has(toks[first.index - 1]?.word.folded ?? '') && run.every((t) => COMPASS.has(t.word.folded));
}

/** `du`, `des`, `au`, `aux`: articles contracted with `de` and `à`, as the press writes them before a title (`du Monde`, `aux Échos`). */
const CONTRACTIONS = new Set(['du', 'des', 'au', 'aux']);

/** `de`, `du`, `des`: what links a noun to its complement (`ministère de la Santé`, `rue du Bac`). */
const OF_WORDS = new Set(['de', 'du', 'des']);

/** Lowercase words allowed inside a name: `Charles de Gaulle`, `Ursula von der Leyen`. */
const PARTICLES = new Set(['de', 'du', 'des', 'von', 'van', 'der', 'den', 'da', 'di', 'del', 'dos', 'bin', 'ben', 'al', 'el']);

/** A word among these makes a detected name an organisation, not a person. */
const ORGANISATION_WORDS = new Set(
  (
    'electronics group groupe inc corp corporation company ltd sa sas motors airlines bank banque universite university institut ' +
    'institute ministere departement conseil assemblee parti association federation agence agency commission comite tribunal cour ' +
    'autorite front rassemblement mouvement union fondation organisation office centre center club fc olympique racing stade ' +
    'festival conference sommet musee museum hopital lycee college ecole academie eglise gouvernement ligue coupe championnat jeux prix ' +
    'salon forum technologies systems labs studio studios records media medias presse journal times post news magazine radio ' +
    'tv television chaine caisse societe compagnie entreprise cabinet republique observatoire syndicat confederation direction ' +
    'inspection forces revue music entertainment pictures production productions service services council foundation committee society ' +
    // English words of companies: `Sirius Health`, `Cayman Airways`.
    'health healthcare partners holdings solutions consulting energy pharma therapeutics airways automotive ventures software networks insurance investments robotics aerospace ' +
    'aviation cosmetics beauty food foods trust ' +
    // Units of the police and the army: `l’Escadron départemental de sécurité routière`, `la Brigade de répression du banditisme`.
    'escadron brigade peloton groupement ' +
    // Nouns that head the names of companies: `la Financière Craunot`, `les Laboratoires Servier`, `les Éditions Gallimard`.
    'financiere holding mutuelle cooperative laboratoire laboratoires editions assurances chantiers etablissements'
  ).split(' '),
);

/** The word just before a name that says it names a person: `M. Castaner`, `la ministre Florence Parly`. */
const PERSON_CUE_WORDS = new Set(
  (
    'm mme mlle mm me ministre president presidente depute deputee eurodepute eurodeputee senateur senatrice maire acteur actrice ' +
    'chanteur chanteuse journaliste ecrivain ecrivaine romancier romanciere joueur joueuse entraineur selectionneur pilote pdg patron ' +
    'patronne fondateur fondatrice directeur directrice porte-parole candidat candidate avocat avocate juge procureur procureure ' +
    'realisateur realisatrice animateur animatrice humoriste comedien comedienne rappeur rappeuse footballeur footballeuse tennisman ' +
    'champion championne dirigeant dirigeante leader chef cheffe prince princesse roi reine pape dr pr milliardaire epouse mari ' +
    'compagnon compagne fils fille frere soeur veuve star icone chroniqueur chroniqueuse photographe styliste createur creatrice ' +
    'prefet prefete ambassadeur ambassadrice secretaire commissaire eveque cardinal abbe docteur professeur islamiste terroriste ' +
    'suspect opposant militant militante syndicaliste economiste politologue historien historienne sociologue philosophe chercheur chercheuse ' +
    'artiste peintre sculpteur musicien musicienne compositeur compositrice poete cineaste producteur productrice cycliste skieur skieuse ' +
    'boxeur boxeuse athlete navigateur navigatrice mannequin danseur danseuse youtubeur youtubeuse influenceur influenceuse'
  ).split(' '),
);
/**
 * Nouns of learned trades, by their ending: `un sismologue, Gerassimos Papadopoulos`, `le psychiatre`,
 * `le physicien`, `le géographe`; not the things that end alike (`le monologue`, `le catalogue`).
 */
const PROFESSION = /^[a-z-]{3,}(?:ologue|ologiste|iatre|icien|icienne|ographe)$/u;
const NOT_PROFESSIONS = new Set(['monologue', 'dialogue', 'prologue', 'epilogue', 'catalogue', 'decalogue']);
/** A person cue: a word of `PERSON_CUE_WORDS` or a learned trade. */
const PERSON_CUES = { has: (f: string): boolean => PERSON_CUE_WORDS.has(f) || (PROFESSION.test(f) && !NOT_PROFESSIONS.has(f)) };

/** Person cues also written with a capital before a name: `M.`, `la Reine Elizabeth II`, `le Président Rohani`. */
const TITLES = new Set(['m', 'mme', 'mlle', 'mm', 'me', 'dr', 'pr', 'president', 'presidente', 'prince', 'princesse', 'roi', 'reine', 'pape', 'cardinal', 'docteur', 'professeur']);

/** Titles that name a royal or a pope with a given name alone: `le prince George`, `la reine Margrethe`, `le pape François`. */
const ROYAL_TITLES = new Set(['prince', 'princesse', 'roi', 'reine', 'pape']);
/** Articles before a royal title: `le Roi Soleil`, `du Roi Lion`. */
const ROYAL_ARTICLES = new Set(['le', 'la', 'les', 'du', 'au', 'aux', 'des']);

/**
 * Person cues after which a given name alone is a stage name: `la chanteuse Adele`, `le rappeur Nekfeu`,
 * `l’animateur Arthur`, `le youtubeur Cyprien`: trades whose people a reader knows by one name (not
 * `le mannequin Inès de la Fressange`, nor actors, named in full).
 */
const STAGE_CUES = new Set('chanteur chanteuse rappeur rappeuse star icone humoriste animateur animatrice youtubeur youtubeuse'.split(' '));

/** Person cues of kinship: a rare given name alone after them is a relative (`son fils Yohann`), not a stage name (`la chanteuse Lorie`). */
const KIN = new Set(['fils', 'fille', 'frere', 'soeur', 'mari', 'epouse', 'compagnon', 'compagne', 'veuve']);

/** The word just before a name that says it names an organisation: `la société Lydia`. */
const ORGANISATION_CUES = new Set(
  (
    'societe groupe entreprise constructeur marque parti club journal quotidien hebdomadaire mensuel magazine chaine start-up startup ' +
    'fabricant association syndicat compagnie operateur banque assureur equipementier distributeur enseigne mouvement ong firme ' +
    'editeur label radio site plateforme application appli geant laboratoire labo institut cabinet agence ecurie usine sondeur ' +
    'cooperative mutuelle filiale holding consortium television collectif organisme transporteur reseau boutique fondation federation confederation media ' +
    // `la revue Nature`: a journal of science is a medium as a magazine is.
    'revue'
  ).split(' '),
);
/**
 * Trades of companies (`l’horloger Swatch`), publishers and houses (`aux éditions Stock`, `la maison
 * Bonhams`), pollsters (`un sondage YouGov`): cues of a name after them, but common nouns elsewhere (`des éditions spéciales (C7)`),
 * so no head of an acronym's long form.
 */
const TRADE_CUES = new Set('sondage editions maison horloger joaillier brasseur avionneur motoriste armateur semencier hebergeur loueur cimentier parfumeur maroquinier lunetier'.split(' '));
for (const trade of TRADE_CUES) ORGANISATION_CUES.add(trade);
// `le think-tank Terra Nova`, `la troupe Royal de Luxe`, `le cercle Les Gracques`: nouns of groups of thinkers and performers.
for (const group of ['think-tank', 'thinktank', 'troupe', 'cercle']) ORGANISATION_CUES.add(group);
/**
 * `les syndicats Sud-Solidaires, CGT`, `les sociétés d’autoroutes ASF et Escota`: cues in the plural, each
 * name of the list after them an organisation; not `les sites Seveso` (a class of sites), nor nouns whose plural
 * names things (`les labels`, `les sites`, `les applications`).
 */
const ORGANISATION_PLURALS = new Set(
  [...ORGANISATION_CUES]
    .filter((cue) => !/[sx]$/u.test(cue) && !['site', 'label', 'application', 'appli', 'plateforme', 'marque', 'geant', 'usine', 'boutique'].includes(cue))
    .map((cue) => (cue.endsWith('al') ? `${cue.slice(0, -2)}aux` : `${cue}s`)),
);

/** Nouns of an apposition after a name that say it names a person: `Pateh Sabally, un migrant`. */
const APPOSITION_NOUNS = new Set(
  (
    'migrant migrante refugie refugiee agriculteur agricultrice habitant habitante etudiant etudiante eleve lyceen lyceenne policier ' +
    'policiere gendarme medecin infirmier infirmiere ouvrier ouvriere retraite retraitee proprietaire gerant gerante responsable ' +
    'specialiste expert experte conseiller conseillere collaborateur collaboratrice ancien ancienne homme femme jeune adolescent ' +
    'adolescente victime mere pere ingenieur ingenieure artiste auteur autrice fondateur avocat'
  ).split(' '),
);

/** An Arabic article glued to a capitalised name, inside a name: `Haider al-Abadi`, `Abdel Fattah al-Sissi`. */
const ARABIC_ARTICLE = /^(?:al|el)-\p{Lu}/u;

/** How a word is separated from the previous one. */
type Gap = 'space' | 'elided' | 'other';
const SPACE_GAP = /^[ \u00a0\u202f]+$/u;
/** An elided article between two words: `Département d’État`, `ChatGPT d’OpenAI`. */
const ELIDED_GAP = /^[ \u00a0\u202f]+[dl]['\u2019\u02bc]$/iu;
/** The plus sign that ends a name, then a space: `Canal+ Afrique`, `Disney+ Hotstar` are one name. */
const PLUS_GAP = /^\+[ \u00a0\u202f]+$/u;
/** Punctuation or a line break before a word: a new sentence, heading or quotation starts. */
const SENTENCE_GAP = /[.!?…:;«»"“”()[\]—–•►*\n]/u;

/** One gazetteer alias, stored under its first folded word. */
interface AliasRule {
  /** Folded words after the first. */
  rest: readonly string[];
  /** Per word of the alias, whether the text must have it capitalised. */
  capitalised: readonly boolean[];
  /** Per word after the first, whether the alias has punctuation before it (`Conseil économique, social et environnemental`, `Génération.s`). */
  punctuated?: readonly boolean[];
  entity: number;
}

/** A gazetteer compiled for matching; build it once with `buildEntityMatcher`. */
export interface EntityMatcher {
  readonly entities: readonly { kind: EntityKind; name: string; slug: string }[];
  /** First folded word → aliases starting with it, longest first. */
  readonly rules: ReadonlyMap<string, readonly AliasRule[]>;
  /** Folded first words of aliases written in lowercase (`franceinfo`): the only ones looked up for a lowercase word. */
  readonly lowercaseFirst: ReadonlySet<string>;
  /** Slug of a name or alias → index in `entities`, so a detected spelling of a known name joins it. */
  readonly bySlug: ReadonlyMap<string, number>;
  /** The same slugs without hyphens (`lemonde`), for websites named by their address (`lemonde.fr`). */
  readonly bySquashedSlug: ReadonlyMap<string, number>;
  /** Slugs of known people's names of two words or more with doubled letters written once (`edouard-philipe`), so a
   * detected name that only doubles a letter otherwise (`Edouard Phillipe`, a typo) joins the person. */
  readonly byPersonSpelling: ReadonlyMap<string, number>;
  /** Folded given names. */
  readonly firstNames: ReadonlySet<string>;
  /** Folded given names taken only in a name of two words, or with a particle or a nationality before it (`Dominic Raab`, `Déborah de Robertis`, not `Ray Ban Meta`). */
  readonly rareFirstNames: ReadonlySet<string>;
  /** Folded commune names: places after `à` or before `(Département)`. */
  readonly communes: ReadonlyMap<string, string>;
  readonly departments: ReadonlySet<string>;
  /** Folded names of the current French regions. */
  readonly regions: ReadonlySet<string>;
  /** Slugs of the countries. */
  readonly countries: ReadonlySet<string>;
  /** Folded surname that is also a place's name → the known person it names alone (`hollande`: François Hollande; `PLACE_SURNAMES`). */
  readonly placeSurnames: ReadonlyMap<string, number>;
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

/**
 * Compiles the gazetteer: the name and every alias become folded word sequences. The
 * folder's own entries come first and win over reference entries with the same name.
 * @example
 * const matcher = buildEntityMatcher([{ kind: 'person', name: 'Mark Zuckerberg', aliases: ['Zuckerberg'] }]);
 * matcher.entities[0].slug // 'mark-zuckerberg'
 */
export function buildEntityMatcher(own: readonly EntityDef[], reference: EntityReference | null = entityReference()): EntityMatcher {
  const ownSlugs = new Set(own.map((d) => slugify(d.name)));
  const defs = [...own, ...(reference?.defs ?? []).filter((d) => !ownSlugs.has(slugify(d.name)))];
  const rules = new Map<string, AliasRule[]>();
  const entities = defs.map((d) => ({ kind: d.kind, name: d.name, slug: slugify(d.name) }));
  const bySlug = new Map<string, number>();
  const lowercaseFirst = new Set<string>();
  defs.forEach((def, entity) => {
    for (const alias of [def.name, ...def.aliases]) {
      const ws = words(alias);
      if (!ws.length) continue;
      const list = rules.get(ws[0]!.folded) ?? [];
      const punctuated = ws.slice(1).map((w, j) => /[^\s]/u.test(alias.slice(ws[j]!.end, w.start)));
      list.push({ rest: ws.slice(1).map((w) => w.folded), capitalised: ws.map((w) => isCapitalised(w.raw)), ...(punctuated.includes(true) ? { punctuated } : {}), entity });
      if (!isCapitalised(ws[0]!.raw)) lowercaseFirst.add(ws[0]!.folded);
      rules.set(ws[0]!.folded, list);
      const slug = slugify(alias);
      if (slug && !bySlug.has(slug)) bySlug.set(slug, entity);
    }
  });
  for (const list of rules.values()) list.sort((a, b) => b.rest.length - a.rest.length || a.entity - b.entity);
  const bySquashedSlug = new Map<string, number>();
  for (const [slug, entity] of bySlug) if (!bySquashedSlug.has(slug.replaceAll('-', ''))) bySquashedSlug.set(slug.replaceAll('-', ''), entity);
  const byPersonSpelling = new Map<string, number>();
  for (const [slug, entity] of bySlug) {
    if (entities[entity]!.kind === 'person' && slug.includes('-') && !byPersonSpelling.has(singleLetters(slug))) byPersonSpelling.set(singleLetters(slug), entity);
  }
  const placeSurnames = new Map<string, number>();
  for (const [name, surname] of reference ? PLACE_SURNAMES : []) {
    const person = bySlug.get(slugify(name));
    if (person !== undefined && entities[person]!.kind === 'person') placeSurnames.set(foldText(surname), person);
  }
  return {
    entities, rules, bySlug, bySquashedSlug, byPersonSpelling, lowercaseFirst, placeSurnames,
    firstNames: reference?.firstNames ?? new Set(),
    rareFirstNames: reference?.rareFirstNames ?? new Set(),
    communes: reference?.communes ?? new Map(),
    departments: reference?.departments ?? new Set(),
    regions: reference?.regions ?? new Set(),
    countries: new Set([...(reference?.countries ?? [])].map((name) => slugify(name))),
  };
}

/** A word of the article with what the detector needs to know about its neighbours. */
interface Token {
  word: Word;
  capitalised: boolean;
  /** What separates it from the previous word; the dot of an initial (`Jay Y. Lee`) is a space. */
  gap: Gap;
  sentenceStart: boolean;
  /** The word follows `l’`, whatever comes before it (`, l’Allemand`). */
  afterL: boolean;
  /** Position in the field's token list. */
  index: number;
}

/** `St. Petersburg`, `Ste. Geneviève`, `Mt. Vernon`: abbreviations that start a place's name, written with a dot. */
const ABBREVIATED_SAINTS = new Set(['St', 'Ste', 'Mt']);

/** `l’` just before a word, after a space or punctuation. */
const L_ELISION = /(?:^|[^\p{L}])[lL]['\u2019\u02bc]$/u;

/** `N’` glued to a capitalised word starts a surname or given name of West Africa (`Thomas N’Gijol`, `N’Golo Kanté`), not the negation `n’`. */
const N_PREFIX = /(?:^|[\s\u00a0\u202f])N['\u2019]$/u;

/** A number joined by a hyphen to a capitalised word (`Europe 1-Cnews`, `Europe 1-ITélé-Le Monde`): partners' names. */
const NUMBER_THEN_NAME = /^(\p{N}+)-\p{Lu}/u;

/**
 * The words of a text, a number that ends a known name joined to others by hyphens taken apart at
 * each hyphen before a capital (`Europe 1-ITélé-Le Monde` → `Europe`, `1`, `ITélé`, `Le`, `Monde`),
 * so that each partner is a name of its own; a model's (`GT 4-Door`) stays whole.
 * @param known whether the word before and the number name a known entity (`Europe 1`)
 */
function* tokenWords(text: string, known: (name: string) => boolean): Generator<Word> {
  let before: Word | undefined;
  for (const w of words(text)) {
    const number = NUMBER_THEN_NAME.exec(w.raw)?.[1];
    const split = number !== undefined && before !== undefined && known(`${before.raw} ${number}`);
    before = w;
    if (!split) {
      yield w;
      continue;
    }
    let start = w.start;
    for (const part of w.raw.split(/-(?=\p{Lu})/u)) {
      yield { raw: part, folded: foldText(part), start, end: start + part.length };
      start += part.length + 1;
    }
  }
}

function tokenize(text: string, known: (name: string) => boolean = () => false): Token[] {
  const out: Token[] = [];
  let prev: Word | undefined;
  for (const read of tokenWords(text, known)) {
    const lead = text.slice(prev ? prev.end : 0, read.start);
    const word: Word = N_PREFIX.test(lead) && isCapitalised(read.raw) ? { raw: text.slice(read.start - 2, read.end), folded: foldText(text.slice(read.start - 2, read.end)), start: read.start - 2, end: read.end } : read;
    const capitalised = isCapitalised(word.raw);
    if (prev && word.start - prev.end === 1 && text.charCodeAt(prev.end) === 32) {
      out.push({ word, capitalised, gap: 'space', sentenceStart: false, afterL: false, index: out.length });
    } else {
      const gap = prev ? text.slice(prev.end, word.start) : '\n';
      // `Jay Y. Lee`, `St. Petersburg`: the dot after an initial or an abbreviated `Saint` does not end the sentence.
      const afterInitial =
        prev !== undefined &&
        ((prev.raw.length === 1 && isCapitalised(prev.raw)) || (ABBREVIATED_SAINTS.has(prev.raw) && isCapitalised(word.raw))) &&
        /^\.[ \u00a0]+$/u.test(gap) &&
        !NOT_A_NAME_START.has(word.folded);
      out.push({
        word,
        capitalised,
        gap: afterInitial || SPACE_GAP.test(gap) || (PLUS_GAP.test(gap) && isCapitalised(prev!.raw)) ? 'space' : ELIDED_GAP.test(gap) ? 'elided' : 'other',
        sentenceStart: !afterInitial && SENTENCE_GAP.test(gap),
        afterL: L_ELISION.test(gap),
        index: out.length,
      });
    }
    prev = word;
  }
  return out;
}

/** Particles written with a capital inside a known name that the press also writes in lowercase: `Marine le Pen`, `Jean-Yves le Drian`. */
const PARTICLES_IN_NAMES = new Set(['le', 'la']);

/** A gazetteer entity found in the text, with the words that name it. */
interface Match {
  entity: number;
  tokens: Token[];
}

/** Articles that start towns' names (`La Rochelle`, `Le Havre`), which the press also writes in lowercase. */
const TOWN_ARTICLES = new Set(['la', 'le', 'les']);
/**
 * Names with an article that are no towns written so: areas (`de la Défense` is the ministry as
 * often), and `la Madeleine`, the church of Paris (Johnny Hallyday's funeral) far more often than
 * the town of the Nord.
 */
const FRENCH_AREAS = new Set(frenchAreas().map(foldText));
const NOT_LOWERCASE_ARTICLE_TOWNS = new Set([...FRENCH_AREAS, foldText('La Madeleine')]);

/** A town whose name starts with its article, found with the article in lowercase (`de la Rochelle`). */
function lowercaseArticleTown(entity: { kind: EntityKind; name: string }, matcher: EntityMatcher): boolean {
  const folded = foldText(entity.name);
  return entity.kind === 'place' && matcher.communes.has(folded) && !NOT_LOWERCASE_ARTICLE_TOWNS.has(folded);
}

/**
 * Longest gazetteer alias starting at `i` whose capitalised words are capitalised in the text.
 * A mention starts with a capital unless the alias itself is written in lowercase (`franceinfo`),
 * or is a town's name whose article the text writes in lowercase after `de` or `à` (`lowercaseArticleTown`).
 */
function matchAlias(toks: Token[], i: number, matcher: EntityMatcher): AliasRule | undefined {
  const first = toks[i];
  // `de la Rochelle`, `à la Ciotat`: a town's article in lowercase after `de` or `à`.
  const townArticle = !!first && !first.capitalised && first.gap === 'space' && TOWN_ARTICLES.has(first.word.raw) && ['de', 'à'].includes(toks[i - 1]?.word.raw ?? '');
  // `l’institut Curie`, `le musée du Louvre`: a known institution whose noun the text writes in lowercase.
  const lowercaseHead = !!first && !first.capitalised && INSTITUTION_HEADS.has(first.word.raw) && !!toks[i + 1]?.capitalised && toks[i + 1]!.gap === 'space';
  // Most words are lowercase and start no alias: skip them before any lookup.
  if (!first || (!first.capitalised && !townArticle && !lowercaseHead && !matcher.lowercaseFirst.has(first.word.folded))) return undefined;
  return matcher.rules.get(first.word.folded)?.find(
    (rule) =>
      // The words first: under `la` after `de` are thousands of towns' names, each a lookup below.
      rule.rest.every((folded, j) => toks[i + 1 + j]?.word.folded === folded && (toks[i + 1 + j]!.gap !== 'other' || rule.punctuated?.[j] === true)) &&
      // `Marine le Pen`: a particle inside a name may be written in lowercase, never its first word.
      rule.capitalised.every(
        (cap, j) =>
          !cap ||
          toks[i + j]?.capitalised ||
          (j === 0 && townArticle && rule.rest.length > 0 && lowercaseArticleTown(matcher.entities[rule.entity]!, matcher)) ||
          (j === 0 && lowercaseHead && rule.rest.length > 0 && matcher.entities[rule.entity]!.kind === 'organisation') ||
          (j > 0 && PARTICLES_IN_NAMES.has(rule.rest[j - 1]!) && toks[i + j]?.gap === 'space') ||
          // `la Corée du sud`, `l’Irlande du nord`: a point of the compass after `du` closes a country's name in lowercase too.
          (j > 1 && rule.rest[j - 2] === 'du' && COMPASS.has(rule.rest[j - 1]!) && matcher.entities[rule.entity]!.kind === 'place'),
      ) &&
      !rule.capitalised.some((_, j) => participleOfName(toks[i + j]!, matcher.entities[rule.entity]!.name)),
  );
}

/** A word ending in `é` (`Posté`, `Signées`). */
const E_ACUTE_END = /[éÉ]e?s?$/u;

/**
 * `Posté debout sur son paddle` is no `(La) Poste`: a word of the text ending in `é` that the
 * entity's name writes without the accent (matching folds accents, as names lose them in
 * capitals, but a final `é` makes a participle of a noun).
 * @example participleOfName(tokenOf('Posté'), 'La Poste') // true
 */
function participleOfName(t: Token, name: string): boolean {
  if (!E_ACUTE_END.test(t.word.raw)) return false;
  const written = words(name).find((w) => w.folded === t.word.folded);
  return written !== undefined && !E_ACUTE_END.test(written.raw);
}

/** An organisation word followed by its complement or adjective: `Assemblée de Corse`, `Assemblée générale`. */
function longerInstitution(toks: Token[], i: number): boolean {
  if (!ORGANISATION_WORDS.has(toks[i]!.word.folded)) return false;
  const next = toks[i + 1];
  if (!next || next.gap === 'other' || next.capitalised) return false;
  // Not an infinitive after `d’` (`demander à l’Assemblée d’interdire`).
  const infinitive = next.gap === 'elided' && (ELIDED_INFINITIVES.has(next.word.folded) || INFINITIVE.test(next.word.folded));
  return OF_WORDS.has(next.word.raw) || (next.gap === 'elided' && !infinitive) || (institutionAdjective(next.word.folded) && !TAIL_STOPS.has(next.word.folded));
}

/**
 * First words of the names of a country's own bodies (`Parlement`, `Cour suprême`, `ministère de
 * la Santé`, `Sénat`), which the press gives other countries' bodies too: `le Parlement tunisien`,
 * `la Cour suprême des États-Unis`, `le ministère de la Santé brésilien` are those countries' (`foreignBody`).
 */
const NATIONAL_BODY_HEADS = new Set(['parlement', 'senat', 'assemblee', 'cour', 'conseil', 'ministere', 'gouvernement', 'tribunal', 'armee', 'police', 'gendarmerie', 'marine', 'douane', 'douanes', 'parquet', 'banque', 'agence', 'haute', 'autorite', 'justice', 'equipe']);

/** Adjectives of countries other than France, folded, masculine and feminine, singular and plural. */
const FOREIGN_DEMONYMS: ReadonlySet<string> = new Set(
  ('americain allemand italien espagnol britannique anglais ecossais gallois irlandais belge suisse luxembourgeois monegasque neerlandais '
    + 'portugais autrichien polonais tcheque slovaque hongrois roumain bulgare grec turc russe ukrainien bielorusse serbe croate slovene '
    + 'suedois danois norvegien finlandais islandais estonien letton lituanien chinois japonais coreen sud-coreen nord-coreen taiwanais '
    + 'vietnamien thailandais indonesien philippin indien pakistanais afghan iranien irakien syrien libanais israelien palestinien jordanien '
    + 'saoudien qatari emirati koweitien yemenite egyptien libyen tunisien algerien marocain senegalais malien ivoirien nigerian kenyan '
    + 'ethiopien soudanais congolais camerounais gabonais sud-africain canadien quebecois mexicain cubain haitien bresilien argentin chilien '
    + 'colombien venezuelien peruvien bolivien australien neo-zelandais catalan wallon flamand bavarois').split(' ').flatMap((m) => {
    const f = m.endsWith('e') ? m : m.endsWith('ien') ? `${m}ne` : m === 'grec' ? 'grecque' : m === 'turc' ? 'turque' : `${m}e`;
    return [m, f, /[sx]$/u.test(m) ? m : `${m}s`, `${f}s`];
  }),
);

/**
 * Whether the words after a body's name, from `at`, make it another country's: an adjective of
 * nationality (`le Parlement tunisien`: 'adjective') or `de`, `du`, `des`, `d’` and a country
 * other than France (`la Cour suprême des États-Unis`, `le ministère de la Santé du Brésil`: 'country').
 * @example foreignBody(tokens('le Parlement tunisien a voté'), 2, text, matcher) // 'adjective'
 */
function foreignBody(toks: Token[], at: number, text: string, matcher: EntityMatcher): 'adjective' | 'country' | undefined {
  const t = toks[at];
  if (!t || t.gap === 'other') return undefined;
  if (t.gap === 'space' && !t.capitalised && FOREIGN_DEMONYMS.has(t.word.folded)) return 'adjective';
  const country = (k: number): boolean => {
    const rule = matchAlias(toks, k, matcher);
    const e = rule && matcher.entities[rule.entity];
    return !!e && e.kind === 'place' && matcher.countries.has(e.slug) && e.slug !== 'france';
  };
  const elided = t.gap === 'elided' && text.slice(toks[at - 1]!.word.end, t.word.start).trim().charAt(0).toLowerCase() === 'd' && t.capitalised && country(at);
  const linked = t.gap === 'space' && OF_WORDS.has(t.word.raw) && toks[at + 1]?.gap === 'space' && !!toks[at + 1]!.capitalised && country(at + 1);
  return elided || linked ? 'country' : undefined;
}

/**
 * `l’équipe de France de rugby`, `d’athlétisme`, `des moins de 17 ans`, `féminine`: another national
 * team than the one `Équipe de France` names (`de football`, `de Didier Deschamps` are that one).
 */
function otherNationalTeam(toks: Token[], at: number): boolean {
  const t = toks[at];
  if (!t || t.gap === 'other' || t.capitalised) return false;
  if (t.gap === 'elided') return true;
  if (['feminine', 'espoirs', 'olympique', 'militaire'].includes(t.word.folded)) return true;
  const next = toks[at + 1];
  return OF_WORDS.has(t.word.folded) && next?.gap === 'space' && !next.capitalised && !['football', 'foot'].includes(next.word.folded);
}

const AMERICAN_CONGRESS = 'congres-americain';
/** `Alliance`: the police union, named by one common word. */
const POLICE_UNION = 'alliance-police-nationale';
/** `Équipe de France`: the football team, as the press names it without its sport. */
const NATIONAL_TEAM = 'equipe-de-france';
const FRENCH_CONGRESS = 'congres-du-parlement';

/** What an article about the United States says: its people, its places, its institutions. */
const AMERICAN_CUES = /(?<![\p{L}\p{N}_])(?:[Aa]méricaine?s?|[ÉE]tats-Unis|Washington|Maison[- ]Blanche|Capitole|Trump|Obama|Biden|Bush|Clinton|Pelosi|Sénat américain|Chambre des représentants)\b/u;

/**
 * What a bare `Congrès` at `i` names: a named congress (`le Congrès des maires`, `du PS`, `de
 * Tours`; not `demander au Congrès de financer`), France's Parliament (`réuni en Congrès`,
 * `devant le Congrès à Versailles`), the American Congress in an article about the United States
 * (`AMERICAN_CUES`), else nothing known.
 * @example congressAt(tokenize('Trump a demandé au Congrès de voter.'), 4, 'Trump a demandé au Congrès de voter.') // 'american'
 */
function congressAt(toks: Token[], i: number, text: string): 'named' | 'parliament' | 'american' | undefined {
  const next = toks[i + 1];
  const after = toks[i + 2];
  if (next?.gap === 'space' && OF_WORDS.has(next.word.raw) && !(next.word.raw === 'de' && after && INFINITIVE.test(after.word.folded))) return 'named';
  if (next?.gap === 'elided' && !(ELIDED_INFINITIVES.has(next.word.folded) || INFINITIVE.test(next.word.folded))) return 'named';
  if (toks[i - 1]?.word.raw === 'en' || /\bVersailles\b/u.test(text)) return 'parliament';
  return AMERICAN_CUES.test(text) ? 'american' : undefined;
}

/** Wine regions, feminine, whose wine is masculine: `la Champagne`, `le champagne`. */
const WINE_REGIONS = new Set(['champagne', 'bourgogne']);
/** How the names of a region's people end: `Bordelais`, `Lyonnais`, `Niçoise` (not `de la Meuse Bertrand Pancher`). */
const DEMONYM_ENDING = /(?:ais|aise|ois|oise|ien|ienne)$/u;
/** What wine is served in: `une bouteille de Champagne`. */
const WINE_VESSELS = new Set(['bouteille', 'bouteilles', 'coupe', 'coupes', 'verre', 'verres', 'flute', 'flutes', 'magnum', 'caisse', 'caisses']);

/**
 * A one-word place's name at `i` used otherwise: a demonym before a given name (`le Bordelais
 * Robert Ottaviani`), a wine (`le Champagne`, `une bouteille de Champagne`) or a gate of Paris
 * (`porte d’Orléans`) is no place (`skip`); after a singer's noun, or listed beside someone known by one name, it is a stage
 * name (`la chanteuse Cher`, `une imitation de Cher, Rihanna et Sia`: `name`, read as a name).
 */
function placeInOtherSense(toks: Token[], i: number, matcher: EntityMatcher, text: string): 'skip' | 'name' | undefined {
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (!prev) return undefined;
  const article = prev.word.folded;
  // `une imitation de Cher, Rihanna et Sia`: listed beside someone known by one name, a stage name too (not `le Cher, l’Indre`).
  if (!(t.gap === 'space' && (/^(?:le|la|les)$/u.test(article) || PLACE_PREPOSITIONS.has(article))) && listedBeside(toks, i, text).some((n) => knownSingleName(n, matcher))) return 'name';
  // `porte d’Orléans`, `la Porte d’Italie`, `porte de Clichy`: a gate of Paris, not the town or country it faces.
  const gate = t.gap === 'elided' ? (/\sd['\u2019]$/u.test(text.slice(prev.word.end, t.word.start)) ? prev : undefined) : t.gap === 'space' && prev.word.raw === 'de' ? toks[i - 2] : undefined;
  if (gate?.word.folded === 'porte') return 'skip';
  if (t.gap !== 'space') return undefined;
  if ((article === 'le' || article === 'la') && DEMONYM_ENDING.test(t.word.folded) && toks[i - 2]?.word.raw !== 'de' && next?.gap === 'space' && next.capitalised && isFirstName(next, matcher)) return 'skip';
  if (WINE_REGIONS.has(t.word.folded) && (['le', 'du', 'un', 'au', 'son', 'ce', 'leur'].includes(prev.word.raw) || (prev.word.raw === 'de' && WINE_VESSELS.has(toks[i - 2]?.word.folded ?? '')))) return 'skip';
  if (!prev.capitalised && STAGE_CUES.has(article)) return 'name';
  return undefined;
}

/**
 * Words a country or region takes just before its name (`la Hollande`, `en Hollande`), not a
 * person. Not `de`, `vers` nor `depuis`, which a surname takes as often: « le bilan de Hollande »,
 * « repliés vers Hollande » (in the corpus, 36 of 37 « de Hollande » outside « François Hollande »
 * are him).
 */
const BEFORE_PLACE = new Set(['la', 'le', 'les', 'l', 'du', 'des', 'a', 'en', 'au', 'aux', 'dans', 'outre']);

/** The word at `i` comes just after an article or preposition that a place takes: « en Hollande », « la Hollande ». */
function afterPlaceWord(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  return prev !== undefined && t.gap !== 'other' && BEFORE_PLACE.has(prev.word.folded);
}

/**
 * The point of the compass at `i` (`Nord`, a department's name too) is a direction when listed
 * with another one (`les axes Est, Nord`, `Nord et Est`). In brackets after a place it is as often
 * the department (`Lille-Sequedin (Nord)`, a deputy `Valérie Petit (Nord)`) as a direction abroad
 * (`Ferkessédougou (Nord)`): left as the department.
 */
function compassDirection(toks: Token[], i: number, text: string): boolean {
  return ([1, -1] as const).some((step) => {
    const link = listLink(toks, i, step, text);
    return link !== undefined && COMPASS.has(link.word.word.folded);
  });
}

/** Prepositions before a place: `à Paris, Nagui et Madonna ont chanté` lists no one with Paris. */
const PLACE_PREPOSITIONS = new Set(['a', 'en', 'au', 'aux', 'dans', 'vers', 'depuis', 'sur', 'pres', 'chez']);

/** How the word at `i` is joined to the one after it (`step` 1) or before it (-1): by a comma, by `et`, or neither. */
function listLink(toks: Token[], i: number, step: 1 | -1, text: string): { by: ',' | 'et'; word: Token } | undefined {
  const [left, right] = step === 1 ? [toks[i]!, toks[i + 1]] : [toks[i - 1], toks[i]!];
  if (!left || !right) return undefined;
  if (right.gap === 'other' && /^,[ \u00a0]+$/u.test(text.slice(left.word.end, right.word.start))) return { by: ',', word: step === 1 ? right : left };
  const and = step === 1 ? right : left;
  const word = toks[i + 2 * step];
  return word && and.word.raw === 'et' && and.gap !== 'other' && (step === 1 ? word.gap === 'space' : right.gap === 'space') ? { by: 'et', word } : undefined;
}

/**
 * The words listed beside the one at `i` in an enumeration (`Cher et Sia`, `Rihanna, Cher et
 * Sia`, `Cher, Rihanna et Sia`), not a word followed by a comma and a clause (`à Paris, Nagui a
 * chanté`).
 */
function listedBeside(toks: Token[], i: number, text: string): Token[] {
  const after = listLink(toks, i, 1, text);
  const before = listLink(toks, i, -1, text);
  const out: Token[] = [];
  // A comma after: the list goes on after the next word (`, Rihanna et`).
  if (after && (after.by === 'et' || (before !== undefined) || listLink(toks, after.word.index, 1, text) !== undefined)) out.push(after.word);
  if (before && (before.by === 'et' || after !== undefined)) out.push(before.word);
  return out;
}

/** Someone the reference knows by one name (`Rihanna`, `Madonna`, `Nagui`). */
function knownSingleName(t: Token, matcher: EntityMatcher): boolean {
  const e = matcher.bySlug.get(slugify(t.word.raw));
  return e !== undefined && matcher.entities[e]!.kind === 'person' && !/\s/u.test(matcher.entities[e]!.name);
}

/** `ministre de l’`, `ministère des`, `ministre de la` just before the word at `i`. */
function afterMinister(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  let j = i - 1;
  if (t.gap === 'elided') {
    if (toks[j]?.word.raw !== 'de') return false;
  } else if (t.gap === 'space' && toks[j]?.word.raw === 'la' && toks[j - 1]?.word.raw === 'de') j--;
  else if (!(t.gap === 'space' && OF_WORDS.has(toks[j]?.word.raw ?? ''))) return false;
  return ['ministre', 'ministres', 'ministere'].includes(toks[j - 1]?.word.folded ?? '');
}

/** Television shows named like newspapers, which the samples do not label: `le Grand Journal de Canal+`. */
const JOURNAL_SHOW = /^(?:le-)?(?:grand|gros|petit)-journal$/u;

/** Words of organisations that also head the titles of shows: `Le Grand Journal`, `Le Grand Direct des Médias`. */
const PRESS_WORDS = new Set(['journal', 'magazine', 'media', 'medias', 'presse', 'news', 'tv', 'radio', 'television']);

/** Slugs of the channels and stations of the reference (media.ts), whose shows bear their names; not papers (`le Grand Paris Express`). */
const BROADCASTER_SLUGS: ReadonlySet<string> = new Set(broadcasterLines().map((line) => slugify(line.split('|')[0]!)));

/** The index of the last word of a known channel or station named from `i` on, when no capitalised word goes on after it; -1 otherwise. */
function mediumAt(toks: Token[], i: number, matcher: EntityMatcher): number {
  const rule = matchAlias(toks, i, matcher);
  if (!rule || !BROADCASTER_SLUGS.has(matcher.entities[rule.entity]!.slug)) return -1;
  const end = i + rule.rest.length;
  return toks[end + 1]?.gap === 'space' && nameWord(toks[end + 1], false) ? -1 : end;
}

/**
 * `au micro du Grand Jury, sur RTL`, `Le Grand Journal de Canal+`, `Questions politiques sur France Inter`: a name
 * followed by `de`, `sur` or `, sur` and a known channel or station is the title of one of its shows, which is no organisation.
 */
function showOfMedium(run: Token[], toks: Token[], text: string, matcher: EntityMatcher): boolean {
  // `la Commission des Maîtres-Restaurateurs, sur BFMTV`: a body whose member speaks on air is no show.
  if (run.some((t) => ORGANISATION_WORDS.has(t.word.folded) && !PRESS_WORDS.has(t.word.folded))) return false;
  const last = run[run.length - 1]!;
  const link = toks[last.index + 1];
  const medium = toks[last.index + 2];
  if (!link || !medium || medium.gap !== 'space' || !medium.capitalised) return false;
  const gap = text.slice(last.word.end, link.word.start);
  const linked = (link.word.raw === 'sur' && /^,?[ \u00a0\u202f]+$/u.test(gap)) || (link.word.raw === 'de' && SPACE_GAP.test(gap));
  return linked && mediumAt(toks, medium.index, matcher) >= 0;
}

/** Words after which a place named like a common given name is the place: `à Maurice`, `l’île Maurice`, `la Dominique`. */
const BEFORE_GIVEN_NAME_PLACE = new Set(['a', 'en', 'la', 'ile']);

/**
 * A country of one word that is also a common given name (`Dominique`, `Maurice`) named without a
 * word that makes it a place: `son frère Dominique`, `Christian et Dominique`. (Towns and
 * departments named so are most often the place: `dans l’Aude`, `Nancy`.)
 */
function givenNameNoPlace(t: Token, toks: Token[], matcher: EntityMatcher): boolean {
  return isFirstName(t, matcher) && !BEFORE_GIVEN_NAME_PLACE.has(toks[t.index - 1]?.word.folded ?? '');
}

/** Titles of nobility, written before `de` and the place they are named after. */
const NOBLE_TITLES = new Set(['duc', 'duchesse', 'prince', 'princesse', 'comte', 'comtesse', 'marquis', 'marquise', 'baron', 'baronne', 'vicomte', 'vicomtesse', 'archiduc', 'archiduchesse', 'grand-duc', 'grande-duchesse']);

/**
 * The place `t` completes a title of nobility: `la duchesse de Cambridge`, `le duc d’Édimbourg`.
 */
function nobleTitle(t: Token, toks: Token[], text: string): boolean {
  const prev = toks[t.index - 1];
  if (!prev) return false;
  // Written as it is, accents kept: `le comté de Los Angeles` is a county.
  const noble = (w: Token | undefined) => w !== undefined && NOBLE_TITLES.has(w.word.raw.toLocaleLowerCase('fr'));
  if (t.gap === 'elided') return noble(prev) && /\sd['’]$/u.test(text.slice(prev.word.end, t.word.start));
  return t.gap === 'space' && prev.word.raw === 'de' && prev.gap === 'space' && noble(toks[prev.index - 1]);
}

/** Houses and titles of royals named after a place: `Albert de Monaco`, `Michael de Kent`, `Edward de Wessex`. */
const ROYAL_HOUSES = new Set(['monaco', 'kent', 'york', 'sussex', 'cambridge', 'wessex', 'edimbourg', 'windsor', 'hanovre', 'bourbon', 'gloucester', 'cornouailles']);

/**
 * `Léonard de Vinci`, `Catherine de Médicis`: a given name alone, then `de` and one word that the reference knows as a
 * company (`Vinci`), is someone's name; a place stays apart (`Marie de Paris` is no one's).
 */
function companyAfterGivenName(run: Token[], toks: Token[], at: number, matcher: EntityMatcher): boolean {
  if (run.length !== 1 || !isFirstName(run[0]!, matcher) || toks[at - 1]!.word.raw !== 'de') return false;
  // `Albert de Monaco`, `Michael de Kent`, `Béatrice de York`: royals are named by their given name and their house.
  if (ROYAL_HOUSES.has(toks[at]!.word.folded) && !nameWord(toks[at + 1], false)) return true;
  const rule = matchAlias(toks, at, matcher);
  return !!rule && rule.rest.length === 0 && matcher.entities[rule.entity]!.kind === 'organisation' && !isAllCaps(toks[at]!.word.raw) && !nameWord(toks[at + 1], false);
}

/**
 * The given name alone before `et` and the given name `given` (`Bella` of `Bella et Gigi Hadid`): not the end of a
 * longer name, nor a name after a title (`le prince Harry et Meghan Markle` are no Harry Markle).
 */
function siblingGivenName(given: Token, toks: Token[], matcher: EntityMatcher): Token | undefined {
  const link = toks[given.index - 1];
  const sibling = toks[given.index - 2];
  if (!link || !sibling || given.gap !== 'space' || link.word.raw !== 'et' || link.gap !== 'space' || !isFirstName(sibling, matcher)) return undefined;
  const before = toks[sibling.index - 1];
  if (sibling.gap === 'space' && before && TITLES.has(before.word.folded)) return undefined;
  return sibling.gap !== 'space' || !before?.capitalised ? sibling : undefined;
}

/** A capitalised word that can continue (or start, if `first`) a name. */
function nameWord(t: Token | undefined, first: boolean): boolean {
  if (!t || !t.capitalised) return false;
  return !(first && NOT_A_NAME_START.has(t.word.folded));
}

/** Lowercase English words that link the words of an English name. */
const ENGLISH_LINKS = new Set(['of', 'for', 'and']);

/** Lowercase nouns of the press before the title of a newspaper or magazine: `le magazine Elle`. */
const MEDIUM_NOUNS = new Set(['magazine', 'journal', 'quotidien', 'hebdomadaire', 'mensuel', 'bimensuel', 'trimestriel', 'revue']);
/** Articles and contractions: a title that starts with one is read by `titledName` (`le journal La Croix`). */
const ARTICLE_WORDS = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux']);

/**
 * `le magazine Elle`, `du mensuel Nous`: inside a sentence, right after a lowercase noun of the press, a
 * capitalised word that starts no name elsewhere (a pronoun, an adverb) starts the title of a medium.
 */
function mediumTitleStart(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  // `a déclaré au quotidien M. Desseigne`: a title of person starts the name of who speaks, not of the medium.
  return t.capitalised && !t.sentenceStart && t.gap === 'space' && !ARTICLE_WORDS.has(t.word.folded) && !TITLES.has(t.word.folded) && !!prev && !prev.capitalised && MEDIUM_NOUNS.has(prev.word.folded);
}

/** A sentence that opens with a common word written with a capital (`Rencontre avec …`). */
const commonOpener = (t: Token, lowercaseWords: ReadonlySet<string>): boolean => t.sentenceStart && lowercaseWords.has(t.word.folded);

/**
 * Splits a field into gazetteer matches and runs of capitalised words. A gazetteer match glued
 * by a space to another capitalised word (`Brigitte Macron`, `Samsung Electronics`) is left to
 * the run, which names something else. Particles and elided articles join a run only towards
 * a word that is not a known name (`Département d’État`, but `ChatGPT` and `OpenAI` apart).
 */
function mentions(
  toks: Token[],
  text: string,
  matcher: EntityMatcher,
  lowercaseWords: ReadonlySet<string>,
  writtenInLowercase: (folded: string) => boolean,
): { gazetteer: Match[]; runs: Token[][]; sites: Token[][]; editions: Token[][] } {
  let gazetteer: Match[] = [];
  /** Media followed by the place of a regional edition, and the words after the medium's name. */
  const media = new Map<Match, Token[]>();
  let medium: Match | undefined;
  const runs: Token[][] = [];
  const sites: Token[][] = [];
  const glued = (t: Token | undefined, first: boolean): boolean => t?.gap === 'space' && nameWord(t, first);
  let i = 0;
  let matchedUntil = 0;
  /** Where the last medium named ends: `France 3` of `France 3 Bourgogne`. */
  let mediumUntil = -1;
  /** Where the last one-word organisation named ends, and its match: `Honda` of `Honda Australie`. */
  let branchUntil = -1;
  let branch: Match | undefined;
  while (i < toks.length) {
    const site = siteAt(toks, i, text);
    if (site) {
      sites.push(site);
      i = site[site.length - 1]!.index + 1;
      continue;
    }
    // `le made in France`, « Once Upon a Time in Hollywood »: an English phrase or title, not the place.
    if (toks[i]!.gap === 'space' && toks[i - 1]?.word.raw === 'in' && (toks[i - 2]?.word.folded === 'made' || toks[i - 2]?.capitalised)) {
      i++;
      continue;
    }
    // `l’association "Paris en Commun"`: a name quoted after a noun of organisations is read whole, known words inside it included.
    const quoted = toks[i]!.capitalised && i !== matchedUntil ? quotedName([toks[i]!], toks, text) : undefined;
    if (quoted && quoted.length > 1) {
      runs.push(quoted);
      i = matchedUntil = quoted[quoted.length - 1]!.index + 1;
      continue;
    }
    let rule = matchAlias(toks, i, matcher);
    // `à la Libération`, `le Gala des pièces jaunes`: a title written without an article, after one, is the common word.
    if (rule && !rule.rest.length && ARTICLELESS_TITLES.has(toks[i]!.word.folded) && toks[i]!.gap === 'space' && ARTICLES_BEFORE_TITLE.has(toks[i - 1]?.word.raw ?? '') && !glued(toks[i + 1], false)) {
      i = matchedUntil = i + 1;
      continue;
    }
    // `dans le Sud-Ouest`, `du Sud-Ouest`: a title made of points of the compass (`Sud Ouest`), after an article, is the area
    // (in the corpus, all 46 « le/du/au Sud-Ouest »; the daily is written without one: « selon Sud-Ouest »).
    if (rule && matcher.entities[rule.entity]!.kind === 'organisation' && COMPASS.has(toks[i]!.word.folded) && compassArea(toks.slice(i, i + 1 + rule.rest.length), toks, 'organisation')) {
      i = matchedUntil = i + 1 + rule.rest.length;
      continue;
    }
    // `GM&S`, `AT&T`: a known name glued by `&` to other letters is part of another name, not that one.
    if (rule && gluedByAmpersand(toks[i]!, toks[i + rule.rest.length]!, text)) {
      i = matchedUntil = i + 1 + rule.rest.length;
      continue;
    }
    // `le GIGN d’Orange (Vaucluse)`: a town named like a known body, its department in brackets after it (`townOfBody`).
    if (rule && townOfBody([toks[i]!], toks, text, matcher, rule.rest.length === 0 ? rule.entity : undefined)) rule = undefined;
    // `la RN 118`, `la RD 906`: a road, not the Rassemblement national.
    if (rule && !rule.rest.length && ROAD_PREFIXES.has(toks[i]!.word.folded) && toks[i + 1]?.gap === 'space' && /^\d+$/u.test(toks[i + 1]!.word.raw)) {
      i = matchedUntil = i + 2;
      continue;
    }
    // `Champion du Monde`: a contracted title (`du Monde`, `aux Échos`) right after a capitalised word is the end of another name.
    if (rule && !toks[i]!.capitalised && CONTRACTIONS.has(toks[i]!.word.folded) && toks[i]!.gap === 'space' && toks[i - 1]?.capitalised) rule = undefined;
    // `Total, …` opening a sentence in an article that also writes `total`: a common word; so is « Voici le… ».
    if (rule && !rule.rest.length && (commonOpener(toks[i]!, lowercaseWords) || (toks[i]!.sentenceStart && NOT_A_NAME_START.has(toks[i]!.word.folded)))) rule = undefined;
    // `Le Maire a appelé…`, a heading `Le MAIRE "N'EST PAS SON TUTEUR"`: a surname made of common words (`le maire`) opening a
    // sentence, in an article that writes those words in lowercase, is the common phrase; `Bruno Le Maire` in full is still him.
    if (rule && rule.rest.length && toks[i]!.sentenceStart && matcher.entities[rule.entity]!.kind === 'person' && rule.rest.every(writtenInLowercase)) rule = undefined;
    // `Aquitaine Nord`: a point of the compass glued to a known name names a part of it, not the department.
    if (i > 0 && i === matchedUntil && toks[i]!.gap === 'space' && toks[i]!.capitalised && COMPASS.has(toks[i]!.word.folded)) {
      if (mediumUntil === i) {
        mediumUntil = i + 1;
        media.set(medium!, [...(media.get(medium!) ?? []), toks[i]!]);
      }
      i = matchedUntil = i + 1;
      continue;
    }
    // `l’Assemblée` alone is the Assemblée nationale, `l’Assemblée générale`, `l’Assemblée de Corse` another body.
    if (rule && !rule.rest.length && longerInstitution(toks, i)) rule = undefined;
    // `le Canal de Suez`, `le Canal Saint-Martin`: a canal (`geoHead`), not Canal+, which the alias `Canal` names.
    const canal = rule && !rule.rest.length ? canalAt(toks, i) : undefined;
    if (canal) {
      runs.push(canal);
      i = matchedUntil = canal[canal.length - 1]!.index + 1;
      continue;
    }
    if (rule && !rule.rest.length && matcher.entities[rule.entity]!.kind === 'place') {
      // `le président Hollande`: a known person's surname that is also a place names the person, but after a place's article or preposition.
      const person = matcher.placeSurnames.get(toks[i]!.word.folded);
      if (person !== undefined && !afterPlaceWord(toks, i)) rule = { entity: person, rest: [], capitalised: [true] };
    }
    // `les axes Est, Nord`: a department named by the compass, listed with another point of it, is the direction.
    if (rule && !rule.rest.length && matcher.entities[rule.entity]!.kind === 'place' && COMPASS.has(toks[i]!.word.folded) && compassDirection(toks, i, text)) {
      i = matchedUntil = i + 1;
      continue;
    }
    if (rule && !rule.rest.length && matcher.entities[rule.entity]!.kind === 'place') {
      const place = placeInOtherSense(toks, i, matcher, text);
      if (place === 'skip') {
        i = matchedUntil = i + 1;
        continue;
      }
      if (place === 'name') rule = undefined;
    }
    // `le ministre de l’Éducation nationale` is a title, not the institution.
    if (rule && matcher.entities[rule.entity]!.kind === 'organisation' && afterMinister(toks, i)) rule = undefined;
    // `le quartier de Bercy`, `la station Bercy`: the place a seat of power is named after, not the ministry.
    if (rule && !rule.rest.length && SEAT_SLUGS.has(matcher.entities[rule.entity]!.slug) && placeOfSeat(toks, i)) {
      i = matchedUntil = i + 1;
      continue;
    }
    // `le Congrès des maires`, `réuni en Congrès à Versailles`: not the American Congress.
    if (rule && !rule.rest.length && matcher.entities[rule.entity]!.slug === AMERICAN_CONGRESS) {
      const sense = congressAt(toks, i, text);
      const french = sense === 'parliament' ? matcher.bySlug.get(FRENCH_CONGRESS) : undefined;
      if (french !== undefined) rule = { entity: french, rest: [], capitalised: [true] };
      else if (sense !== 'american') {
        i = matchedUntil = i + 1;
        continue;
      }
    }
    // `le Parlement tunisien`, `la Cour suprême des États-Unis`: a body of a country named like France's is that country's, not an entity here.
    const body = rule ? matcher.entities[rule.entity] : undefined;
    if (rule && body?.kind === 'organisation' && NATIONAL_BODY_HEADS.has(words(body.name)[0]?.folded ?? '')) {
      const after = i + 1 + rule.rest.length;
      const team = body.slug === NATIONAL_TEAM && otherNationalTeam(toks, after);
      // (`la Cour suprême du Japon` is read whole: `placeComplement`.)
      if (team || foreignBody(toks, after, text, matcher) === 'adjective') {
        i = matchedUntil = after;
        continue;
      }
    }
    if (rule) {
      const end = i + 1 + rule.rest.length;
      // `France 3 Bourgogne Franche-Comté`, `France Bleu Vaucluse`: a regional edition of a medium, not a place of the story.
      if (i === mediumUntil && toks[i]!.gap === 'space' && matcher.entities[rule.entity]!.kind === 'place') {
        media.set(medium!, [...(media.get(medium!) ?? []), ...toks.slice(i, end)]);
        i = matchedUntil = mediumUntil = end;
        continue;
      }
      // `Honda Australie`, `Volkswagen France`: a company's national branch, named by the company and its country, is one organisation.
      if (i === branchUntil && toks[i]!.gap === 'space' && matcher.entities[rule.entity]!.kind === 'place' && !glued(toks[end], false)) {
        media.set(branch!, toks.slice(i, end));
        i = matchedUntil = end;
        continue;
      }
      const before = toks[i - 1];
      // Only a one-word alias can be part of a longer name (`Brigitte Macron`, `Samsung Electronics`).
      const single = rule.rest.length === 0;
      // `le Grand Jury RTL`: a medium that ends the title of its show (see the run below) is named apart.
      const gluedBefore = single && i !== matchedUntil && glued(toks[i], false) && nameWord(before, true) && !commonOpener(before!, lowercaseWords) && mediumAt(toks, i, matcher) < 0;
      // A model's code after a company (`la BMW M8 Coupé`) is no word of a longer name: its product (`productMention`).
      const model = single && matcher.entities[rule.entity]!.kind === 'organisation' && glued(toks[end], false) && isModelCode(toks[end]!.word.raw);
      const gluedAfter = single && glued(toks[end], false) && !matchAlias(toks, end, matcher) && !model;
      if (!gluedBefore && !gluedAfter) {
        gazetteer.push({ entity: rule.entity, tokens: toks.slice(i, end) });
        if (SOURCE_SLUGS.has(matcher.entities[rule.entity]!.slug)) {
          mediumUntil = end;
          medium = gazetteer[gazetteer.length - 1];
        } else if (single && matcher.entities[rule.entity]!.kind === 'organisation') {
          branchUntil = end;
          branch = gazetteer[gazetteer.length - 1];
        }
        // The model's name is read with its maker, not as another name (`M8 Coupé`).
        let after = end;
        if (model) while (after < toks.length && glued(toks[after], false)) after++;
        i = matchedUntil = after;
        continue;
      }
    }
    // `France Bleu Drôme-Ardèche`: a regional edition named by places joined by a hyphen, one word.
    if (i === mediumUntil && toks[i]!.gap === 'space' && placePair(toks[i]!, matcher).length) {
      media.set(medium!, [...(media.get(medium!) ?? []), toks[i]!]);
      i = matchedUntil = mediumUntil = i + 1;
      continue;
    }
    if (!nameWord(toks[i], true) && !mediumTitleStart(toks, i)) {
      i++;
      continue;
    }
    const run = [toks[i]!];
    let j = i + 1;
    for (; j < toks.length; j++) {
      // `Miss Pays de la Loire`, `Réunis Place de la République`: a known name of several words that the run's last word
      // starts is read whole after the run, not cut after its first word.
      if (aliasAfterTitle(run, toks, matcher) > j) {
        j = run.pop()!.index;
        break;
      }
      const t = toks[j]!;
      const next = toks[j + 1];
      // After a sentence-initial word, `de` or `d’` is not evidence of one name (`Perspectives de Llama`).
      const mayLink = !(run.length === 1 && run[0]!.sentenceStart && !isFirstName(run[0]!, matcher));
      const place = run.length === 1 ? placeComplement(run[0]!, toks, matcher) : undefined;
      if (place) {
        run.push(...place);
        j = place[place.length - 1]!.index + 1;
        break;
      }
      // `le Grand Jury RTL`, `le Grand Rendez-vous Europe 1`: a show's title that ends with its medium's name names the medium.
      // Not after one word (`DHL Express`, `la Corvette C8`, `La Tribune`), nor after a given name.
      if (run.length > 1 && glued(t, false) && !isFirstName(toks[j - 1]!, matcher) && mediumAt(toks, j, matcher) >= 0) break;
      if (glued(t, false) || (t.gap === 'space' && ARABIC_ARTICLE.test(t.word.raw))) run.push(t);
      else if (mayLink && t.gap === 'elided' && nameWord(t, false) && !matchAlias(toks, j, matcher)) run.push(t);
      else if (mayLink && t.gap === 'space' && PARTICLES.has(t.word.folded) && glued(next, false) && (!matchAlias(toks, j + 1, matcher) || companyAfterGivenName(run, toks, j + 1, matcher))) run.push(t);
      // `Journal of Neuroendocrinology`, `Center for the National Interest`: English links inside an English name.
      else if (mayLink && t.gap === 'space' && ENGLISH_LINKS.has(t.word.raw) && glued(next, false)) run.push(t);
      else if (mayLink && t.gap === 'space' && ENGLISH_LINKS.has(t.word.raw) && next?.gap === 'space' && next.word.raw === 'the' && glued(toks[j + 2], false)) {
        run.push(t, next);
        j++;
      }
      else break;
    }
    if (commonOpener(run[0]!, lowercaseWords)) run.shift();
    while (run.length && PARTICLES.has(run[run.length - 1]!.word.folded)) run.pop();
    if (run.length) runs.push(run);
    i = j;
  }
  // `France Bleu Paris`, `France 3 Bourgogne Franche-Comté`: a regional station is named by its medium and its place.
  const editions: Token[][] = [];
  for (const [m, words] of media) if (words.some((t) => !COMPASS.has(t.word.folded))) editions.push([...m.tokens, ...words]);
  if (editions.length) gazetteer = gazetteer.filter((m) => !media.has(m) || media.get(m)!.every((t) => COMPASS.has(t.word.folded)));
  return { gazetteer, runs, sites, editions };
}

/** Nouns of bodies written in capitals before a name (`l’ONG Médecins sans frontières`): a cue, not a word of the name. */
const CUE_ACRONYMS = new Set(['ONG']);

/**
 * Where a known place or body of several words ends that starts at the last word of a run, after a title
 * (`Miss Pays de la Loire`) or a common word opening the sentence (`Réunis Place de la République`), if it does.
 */
function aliasAfterTitle(run: readonly Token[], toks: Token[], matcher: EntityMatcher): number {
  const [first, second] = run.slice(-2);
  if (!second || !(SPEAKER_TITLES.has(first!.word.folded) || CUE_ACRONYMS.has(first!.word.raw) || (run.length === 2 && first!.sentenceStart && !isFirstName(first!, matcher) && /^\p{Ll}+$/u.test(first!.word.raw.slice(1))))) return -1;
  const rule = matchAlias(toks, second!.index, matcher);
  return rule?.rest.length && matcher.entities[rule.entity]!.kind !== 'person' ? second!.index + 1 + rule.rest.length : -1;
}

/**
 * `Université de Rennes 1`, `Conseil de Paris`, `Université d’Angers`: after a capitalised word of
 * organisations, `de`, `du`, `des` or `d’` and a known place (then a number of one or two digits) are
 * part of the organisation's name, not a place of the story. Not after heads of events or of
 * bodies named by a country (`Coupe de France`, `Gouvernement de…`). After a lowercase word,
 * the last of an organisation's name (`…de santé d’Île-de-France`), the same.
 * With `nameEnd`, `head` is the last word of a longer name (`École des Mines` of `…de Nancy`), whatever it is.
 */
function placeComplement(head: Token, toks: Token[], matcher: EntityMatcher, nameEnd = false): Token[] | undefined {
  if (!nameEnd && head.capitalised && (!ORGANISATION_WORDS.has(head.word.folded) || NO_TAIL_HEADS.has(head.word.folded))) return undefined;
  const link = toks[head.index + 1];
  if (!link) return undefined;
  const at = link.gap === 'elided' ? link.index : link.gap === 'space' && OF_WORDS.has(link.word.raw) ? link.index + 1 : -1;
  const first = toks[at];
  if (!first || (at !== link.index && first.gap !== 'space')) return undefined;
  const rule = matchAlias(toks, at, matcher);
  if (!rule || matcher.entities[rule.entity]!.kind !== 'place') return undefined;
  const end = at + 1 + rule.rest.length;
  const number = toks[end];
  const withNumber = number?.gap === 'space' && /^\d{1,2}$/u.test(number.word.raw);
  return toks.slice(head.index + 1, withNumber ? end + 1 : end);
}

/** English nouns that end the name of a place: `Amelia Island`, `Pebble Beach`, `Salt Lake City`, `Menlo Park`, a building's `Lindo Wing`. */
const ENGLISH_PLACE_HEADS = new Set(['wing', 'island', 'islands', 'beach', 'springs', 'valley', 'park', 'lake', 'falls', 'harbor', 'harbour', 'heights', 'county', 'city', 'creek', 'canyon']);

/**
 * Where a place named in English starts in a run that ends with one of `ENGLISH_PLACE_HEADS`:
 * the one or two capitalised words before the noun (`Salt Lake City`), after an elision
 * (`Sotheby’s d’Amelia Island`) or not; no place in a run of title case longer than that.
 */
function englishPlace(run: Token[], matcher: EntityMatcher): { start: number } | undefined {
  const last = run[run.length - 1]!;
  if (run.length < 2 || !ENGLISH_PLACE_HEADS.has(last.word.folded) || isAllCaps(last.word.raw)) return undefined;
  let start = run.length - 1;
  while (start > 0 && run.length - start < 3 && run[start]!.gap === 'space' && !PARTICLES.has(run[start - 1]!.word.folded) && !ORGANISATION_WORDS.has(run[start - 1]!.word.folded)) start--;
  // `The Island` (a show) is no place: `the` is no name of one.
  if (run[start]!.word.folded === 'the') start++;
  // `Jack Park` is someone: a park is no given name's.
  if (last.word.folded === 'park' && start === run.length - 2 && isFirstName(run[start]!, matcher)) return undefined;
  return start < run.length - 1 ? { start } : undefined;
}

/** Nouns of shows, films and games, whose titles are no places nor people: `l’émission Love Island`. */
const SHOW_NOUNS = new Set(['emission', 'telerealite', 'tele-realite', 'serie', 'programme', 'show', 'jeu', 'film', 'feuilleton', 'sitcom', 'documentaire', 'telefilm']);

/** Nouns of works and venues, whose names are no places when they follow them: `la série Dallas`, `le restaurant Le Tennessee`. */
const WORK_NOUNS = new Set([...SHOW_NOUNS, 'chanson', 'album', 'tube', 'single', 'restaurant', 'bar', 'hotel', 'cafe', 'brasserie', 'discotheque', 'navire', 'paquebot', 'yacht']);

/** A name right after a noun of works or venues (`WORK_NOUNS`), its own capitalised article between (`le restaurant Le Tennessee`). */
function namedWork(first: Token, toks: Token[], text: string): boolean {
  let i = first.index - 1;
  if (i >= 0 && toks[i]!.capitalised && (TOWN_ARTICLES.has(toks[i]!.word.folded) || toks[i]!.word.folded === 'l') && toks[i + 1]!.gap !== 'other') i--;
  const noun = toks[i];
  return !!noun && !noun.capitalised && WORK_NOUNS.has(noun.word.folded) && /^\s+$/u.test(text.slice(noun.word.end, toks[i + 1]!.word.start));
}

/** A noun of shows among the four words before the run: `l’émission de télé-réalité anglaise, Love Island`. */
function showNounBefore(run: Token[], toks: Token[]): boolean {
  const first = run[0]!.index;
  for (let i = first - 1; i >= Math.max(0, first - 4); i--) if (SHOW_NOUNS.has(toks[i]!.word.folded)) return true;
  return false;
}

/**
 * `jouer à Candy Crush`, `ils jouaient à Fortnite`: what one plays at is a game. Not after `au`
 * (`jouer au PSG`, a club), nor a play that `se joue` somewhere.
 */
function playedAt(run: Token[], toks: Token[]): boolean {
  const first = run[0]!;
  const link = toks[first.index - 1];
  const verb = toks[first.index - 2];
  const reflexive = toks[first.index - 3]?.word.folded === 'se' || verb?.gap === 'elided';
  return first.gap === 'space' && link?.word.raw === 'à' && !!verb && /^jou(?:er|e|es|ent|ait|aient|ais|ant)$/u.test(verb.word.folded) && !reflexive;
}

/** `le Super U de Trèbes`, `l’usine Renault de Flins`: a known organisation, then `de`, `du` or `d’` just before the run (the caller takes a commune only). */
function afterKnownOrganisation(first: Token, toks: Token[], organisationEnds: ReadonlySet<number>): boolean {
  if (first.gap === 'elided') return organisationEnds.has(first.index - 1);
  const link = toks[first.index - 1];
  return first.gap === 'space' && !!link && (link.word.raw === 'de' || link.word.raw === 'du') && organisationEnds.has(link.index - 1) && link.gap === 'space';
}

/** Articles and determiners before a product named by its maker and model: `une Maserati MC12`, `cette Ford Focus`. */
const PRODUCT_DETERMINERS = new Set(['la', 'le', 'les', 'une', 'un', 'des', 'cette', 'ce', 'sa', 'son', 'ses', 'leur', 'leurs', 'notre', 'votre']);

/**
 * Determiners of a thing owned, shown or counted: `sa Rolls-Royce`, `cette Bugatti`, `une BMW`, `un Boeing`.
 * A known organisation's one-word name after them names one of its products (the written ruling
 * of the labelled samples); 30 of 30 such `un`/`une` mentions in the 2,000-article run were products.
 */
const OBJECT_DETERMINERS = new Set(['un', 'une', 'sa', 'son', 'ses', 'cette', 'ce', 'leur', 'leurs', 'notre', 'votre', 'ma', 'mon', 'ta', 'ton']);

/**
 * A known organisation's one-word name after a determiner of objects (`sa Rolls-Royce`), or after
 * any determiner and before a model's code with a digit (`la Bugatti 57SC`, `l’Airbus A320`).
 */
function productMention(name: Token[], toks: Token[]): boolean {
  if (name.length !== 1) return false;
  const first = name[0]!;
  const prev = toks[first.index - 1];
  const next = toks[first.index + 1];
  const determined = first.gap === 'elided' ? first.afterL : first.gap === 'space' && !!prev && PRODUCT_DETERMINERS.has(prev.word.raw);
  if (first.gap === 'space' && prev && OBJECT_DETERMINERS.has(prev.word.raw)) return true;
  return determined && !!next && next.gap === 'space' && /\d/u.test(next.word.raw);
}

/** Lowercase nouns of places and institutions named after someone: `le lycée Georges Brassens`, `l’hôpital Henri Duffaut`, `la rue Victor Hugo`. */
const NAMED_AFTER = new Set(
  (
    'lycee college ecole hopital clinique stade gymnase piscine rue avenue boulevard allee quai place square pont aeroport gare station salle centre ' +
    'complexe institut musee theatre mediatheque bibliotheque parc jardin residence cite promotion paquebot porte-avions porte-avion sous-marin fregate navire ' +
    // `l’université Johns Hopkins`, `la prison Jacques Cartier`, `l’église Sainte…`, `le prix Albert Londres`.
    'universite faculte prison caserne cimetiere eglise basilique cathedrale chapelle esplanade parvis impasse chemin hippodrome prix trophee'
  ).split(' '),
);

/**
 * Nouns of `NAMED_AFTER`, as written, that head the name of one institution: `l’hôpital Georges-Pompidou` is the
 * Hôpital Georges-Pompidou, `l’université Paul-Valéry` the Université Paul-Valéry. Schools are left out: a `lycée
 * Victor-Hugo` is in many towns, and a page for the name would hold them all.
 */
const INSTITUTION_HEADS = new Set(['université', 'hôpital', 'clinique', 'institut', 'faculté', 'musée']);

/** `l’institut Nielsen`: an institute named by one word is as often a pollster, which goes by its name alone. */
const POLLSTER_HEADS = new Set(['institut']);

/** The institution a name after a lowercase noun of `INSTITUTION_HEADS` heads, as it writes itself: `Hôpital Georges-Pompidou`. */
function institutionNamedAfter(name: Token[], toks: Token[], text: string): string | undefined {
  const head = toks[name[0]!.index - 1];
  if (!head || !namedAfter(name[0]!, toks) || !INSTITUTION_HEADS.has(head.word.raw)) return undefined;
  return `${head.word.raw[0]!.toUpperCase()}${head.word.raw.slice(1)} ${surface(name, text)}`;
}

/** English nouns that end the name of a body named after someone: `Lucie Blackman Trust`, `Bill Clinton Foundation`. */
const ENGLISH_BODY_TAILS = new Set(['trust', 'foundation', 'institute', 'society', 'fund', 'center', 'centre']);

/** Nouns of `NAMED_AFTER` that head the name of a place (`le Stade Pierre Mauroy`, `l’Aéroport Charles de Gaulle`), not of an institution. */
const NAMED_PLACES = new Set('eglise basilique cathedrale chapelle cimetiere stade gymnase piscine rue avenue boulevard allee quai place square pont aeroport gare station salle complexe parc jardin residence cite esplanade parvis impasse chemin hippodrome'.split(' '));

/** Nouns that bodies named after their founder write in their name: `Fondation Brigitte Bardot`, `Association Grégory Lemarchal`. */
const FOUNDED_NAMES: Record<string, string> = { fondation: 'Fondation', association: 'Association' };

/** Lowercase nouns of bodies and houses named after their founder: `la fondation Brigitte Bardot`, `l’association Ryan Rett ForG1`, `la maison Sonia Rykiel`. */
const FOUNDER_CUES = new Set(['fondation', 'association', 'maison', 'marque', 'label']);

/**
 * The first word of a name follows, a space apart, a noun of `FOUNDER_CUES` as written (`marqué` is no
 * `marque`); not, but for a foundation, a noun complement of someone's post (`le directeur des études de
 * l’association Christophe Ramond`).
 */
function founderCue(first: Token, toks: readonly Token[]): boolean {
  const prev = toks[first.index - 1];
  if (first.gap !== 'space' || !prev || !FOUNDER_CUES.has(prev.word.raw)) return false;
  // A foundation bears its founder's name even there: `l’ex-présidente de la fondation Hulot`.
  return prev.word.raw === 'fondation' || !toks.slice(Math.max(0, prev.index - 2), prev.index).some((t) => OF_WORDS.has(t.word.folded));
}

/** The first word of a name follows, a space apart, a lowercase noun of `NAMED_AFTER`. */
function namedAfter(first: Token, toks: Token[]): boolean {
  const prev = toks[first.index - 1];
  return first.gap === 'space' && !!prev && !prev.capitalised && NAMED_AFTER.has(prev.word.folded);
}

/** Top-level domains of the websites the press names: `Leveil.fr`, `jeanmarcmorandini.com`. */
const DOMAINS = new Set(['fr', 'com', 'net', 'org', 'info', 'eu', 'be', 'ch', 'io', 'tv']);

/** Two words joined by a dot alone: `Leveil` `fr`. */
const dotted = (a: Token, b: Token | undefined, text: string): boolean => !!b && b.word.start === a.word.end + 1 && text.charCodeAt(a.word.end) === 46;

/**
 * The words of a website's name starting at `i` (`Leveil` `fr`, `impots` `gouv` `fr`): words
 * joined by dots ending in a known domain, without a leading `www`; not in an e-mail address.
 */
function siteAt(toks: Token[], i: number, text: string): Token[] | undefined {
  let j = i;
  while (dotted(toks[j]!, toks[j + 1], text)) j++;
  const last = toks[j]!;
  if (j === i || !DOMAINS.has(last.word.raw) || /[@./]/u.test(text.charAt(toks[i]!.word.start - 1))) return undefined;
  const start = toks[i]!.word.folded === 'www' ? i + 1 : i;
  return start < j ? toks.slice(start, j + 1) : undefined;
}

/** Two all-caps words, one of five letters or more (`DES ANTÉCÉDENTS PSYCHIATRIQUES`): a heading, not a name. */
const isShouted = (run: Token[]): boolean => run.filter((t) => isAllCaps(t.word.raw) && t.word.raw.length >= 5).length >= 1 && run.filter((t) => isAllCaps(t.word.raw)).length >= 2;

/** `Ve République`, `XXIe siècle`. */
const ROMAN_ORDINAL = /^(?!Le$)[IVXLC]+(?:e|er|ème)?$/u;

/** A given name, hyphenated ones included (`Jean-Luc`, `Marie-France`); never a word of organisations (`Chaîne`, `Radio`). */
function isFirstName(t: Token, matcher: EntityMatcher): boolean {
  if (!t.capitalised || (isAllCaps(t.word.raw) && t.word.raw.length > 1)) return false;
  const f = t.word.folded;
  if (ORGANISATION_WORDS.has(f)) return false;
  return matcher.firstNames.has(f) || (f.includes('-') && f.split('-').every((part) => matcher.firstNames.has(part)));
}

/**
 * A given name alone after the person cue `cue` that names no one a reader can look up: `son mari Philippe`,
 * `son fils Yohann`, `sa fille Misty` (one word after a noun of kinship is a given name, known or not), not `la chanteuse Adele`.
 */
/**
 * `Zaho, la chanteuse`, `Amir, le chanteur franco-israélien`: one word, not a known name, then a comma and a trade
 * whose people go by one name (see `STAGE_CUES`) is a stage name.
 */
function stageApposition(t: Token, toks: Token[], text: string, matcher: EntityMatcher): boolean {
  if (isAllCaps(t.word.raw) || t.sentenceStart || matcher.bySlug.has(slugify(t.word.raw)) || !surnameWord(t)) return false;
  let next = toks[t.index + 1];
  if (!next || !/^,\s+$/u.test(text.slice(t.word.end, next.word.start))) return false;
  if (['le', 'la', 'l', 'un', 'une'].includes(next.word.folded)) next = toks[next.index + 1];
  return !!next && !next.capitalised && STAGE_CUES.has(next.word.folded);
}

function givenNameAlone(t: Token, cue: string, matcher: EntityMatcher): boolean {
  if (STAGE_CUES.has(cue)) return false;
  return isFirstName(t, matcher) || (KIN.has(cue) && !isAllCaps(t.word.raw));
}

/** A given name of the longer list only (`Dominic`, `Ray`): evidence for a two-word name alone (see `personStart`). */
function isRareFirstName(t: Token, matcher: EntityMatcher): boolean {
  // `Engie Gaz`: a known organisation's or place's name is no rare given name.
  return t.capitalised && !isAllCaps(t.word.raw) && matcher.rareFirstNames.has(t.word.folded) && !ORGANISATION_WORDS.has(t.word.folded) && !knownOther(t, matcher);
}

/** A word that can follow a given name in a person's name: `Le`, `Pen`, `de`, `Y.`. */
function surnameWord(t: Token): boolean {
  // `Abdel Fattah al-Sissi`: an Arabic article glued to the surname.
  if (PARTICLES.has(t.word.folded) || ARABIC_ARTICLE.test(t.word.raw)) return true;
  return (
    t.capitalised &&
    !ORGANISATION_WORDS.has(t.word.folded) &&
    !EVENT_WORDS.has(t.word.folded) &&
    !/\d/.test(t.word.raw) &&
    !ROMAN_ORDINAL.test(t.word.raw) &&
    !(isAllCaps(t.word.raw) && t.word.raw.length > 3)
  );
}

/** English words that end the name of an event, never a surname: `Emmy Awards`, `Invictus Games`. */
const EVENT_WORDS = new Set(['awards', 'games', 'cup', 'trophy']);

/** A surname word that is no particle: the last word of a name (`Pen` of `Le Pen`, `Robertis`). */
const surname = (t: Token): boolean => surnameWord(t) && !PARTICLES.has(t.word.folded);

/** Verbs of speech after a quotation, before its speaker: `», explique Nikole Montagné`. */
const SPEECH_VERBS = new Set(
  (
    'explique souffle raconte affirme estime confie temoigne insiste poursuit ajoute conclut assure precise declare lance resume reconnait regrette ' +
    'indique souligne detaille avance rappelle commente reagit deplore martele previent tranche analyse observe note juge rencherit argue plaide glisse lache ironise dit admet nuance releve abonde confirme denonce repond ' +
    // Past participles whose folded form is none of the above (`», a conclu X Y`); the others fold to them (`déclaré`, `ajouté`).
    'conclu reagi repondu reconnu admis ecrit'
  ).split(' '),
);

/** Titles written with a capital that are no word of a name: `Maître Jean-Baptiste Iosca`, `Miss France 2017`. */
const SPEAKER_TITLES = new Set(['maitre', 'miss', 'mister', 'madame', 'monsieur', 'mademoiselle', 'lady', 'sir', 'docteur', 'professeur', 'general', 'colonel', 'capitaine', 'commandant']);

/** The run comes right after a verb of speech that follows a closing quotation mark (and a comma): `", souffle X Y`, `", a déclaré X Y`. */
function attributed(run: Token[], toks: Token[], text: string): boolean {
  const verb = toks[run[0]!.index - 1];
  if (!verb || run[0]!.gap !== 'space' || verb.capitalised || !SPEECH_VERBS.has(verb.word.folded) || SPEAKER_TITLES.has(run[0]!.word.folded)) return false;
  // `a déclaré`, `a conclu`: the auxiliary follows the quotation.
  const auxiliary = toks[verb.index - 1];
  const opening = auxiliary && verb.gap === 'space' && (auxiliary.word.raw === 'a' || auxiliary.word.raw === 'ont') ? auxiliary : verb;
  const before = toks[opening.index - 1];
  return !!before && /[»"”]\s*,?\s*$/u.test(text.slice(before.word.end, opening.word.start));
}

/**
 * Where a person's name lies in a run: from the first given name followed by a surname word,
 * to the last surname word, so `Santé Agnès Buzyn` gives `Agnès Buzyn`, `Rupert Murdoch News
 * Corp` gives `Rupert Murdoch`, and `Aston Martin` gives nothing.
 */
function personStart(run: Token[], matcher: EntityMatcher, toks: Token[], text: string): { start: number; end: number } | undefined {
  if (run.length === 2 && isRareFirstName(run[0]!, matcher) && surname(run[1]!) && !bareInitial(run[1]!, text)) return { start: 0, end: 2 };
  // `Al Pacino`, `Al Gore`: `Al` written apart and alone before one surname is a given name (`al-Assad` is glued, `Al Jazeera` known);
  // not before the Arabic nouns of bodies, which end in `-a` (`Al Quaïda`, `Al Nosra`).
  if (
    run.length === 2 && run[0]!.word.raw === 'Al' && surname(run[1]!) && !isAllCaps(run[1]!.word.raw) && !run[1]!.word.folded.endsWith('a') &&
    !matcher.bySlug.has(slugify(surface(run, text)))
  ) {
    return { start: 0, end: 2 };
  }
  // `« …», souffle Domingas Ribeiro`: two or three words after a verb of speech that follows a quotation name its speaker.
  if (run.length >= 2 && run.length <= 3 && attributed(run, toks, text) && run.every((t) => surnameWord(t) && !isAllCaps(t.word.raw)) && surname(run[run.length - 1]!) && !knownOther(run[0]!, matcher) && !matcher.bySlug.has(slugify(surface(run, text)))) {
    return { start: 0, end: run.length };
  }
  // `Déborah de Robertis`: a particle between them; not after an article (`la Colline de Barjaquets`).
  if (run.length === 3 && isRareFirstName(run[0]!, matcher) && !articleBefore(run[0]!, toks) && PARTICLES.has(run[1]!.word.raw) && surname(run[2]!)) {
    return { start: 0, end: 3 };
  }
  // `Dita Von Teese`, `Benicio Del Toro`: a foreign particle written with its capital between two words names someone, given name known or not.
  if (run.length === 3 && CAPITAL_PARTICLES.has(run[1]!.word.raw) && surname(run[0]!) && !knownOther(run[0]!, matcher) && !articleBefore(run[0]!, toks) && surname(run[2]!)) {
    return { start: 0, end: 3 };
  }
  // `l’Autrichien Dominic Thiem`, `le Serbe Novak Djokovic`: a nationality before a two-word name.
  if (run.length === 3 && demonym(run[0]!, toks, matcher) && isRareFirstName(run[1]!, matcher) && surname(run[2]!) && !bareInitial(run[2]!, text)) return { start: 1, end: 3 };
  // `le Japonais Nobutaka Yukawa`: after a noun of nationality by its ending, two words name someone, given name known or not.
  if (run.length === 3 && demonym(run[0]!, toks, matcher) && nationalityNoun(run[0]!.word.folded) && surname(run[1]!) && !isAllCaps(run[1]!.word.raw) && !knownOther(run[1]!, matcher) && surname(run[2]!) && !bareInitial(run[2]!, text)) {
    return { start: 1, end: 3 };
  }
  for (let p = 0; p < run.length - 1; p++) {
    if (!isFirstName(run[p]!, matcher)) continue;
    // `Journal of Marine Biology`: after an English link, a given name is a word of the English name.
    if (p > 0 && (ENGLISH_LINKS.has(run[p - 1]!.word.raw) || run[p - 1]!.word.raw === 'the')) continue;
    let end = p + 1;
    while (end < run.length && end - p <= MAX_NAME_WORDS && surnameWord(run[end]!) && !nameEndsBefore(run, p, end, matcher)) end++;
    // `Jean Rottner Le et…`: a capitalised article ends no name (it starts a surname: `Le Pen`).
    while (end > p + 1 && (PARTICLES.has(run[end - 1]!.word.folded) || ['Le', 'La', 'Les'].includes(run[end - 1]!.word.raw))) end--;
    // `la Mini Cooper S`, `l’Octavia RS`: capitals after a name without the dot of an initial (`Natan A.`) name a model.
    if (end === p + 2 && bareInitial(run[p + 1]!, text)) continue;
    // `G. Scott Hubbard`, `J. Edgar Hoover`: an initial with its dot before the given name is part of the name.
    const initial = p > 0 && run[p - 1]!.word.raw.length === 1 && isAllCaps(run[p - 1]!.word.raw.padEnd(2, run[p - 1]!.word.raw)) && text.charAt(run[p - 1]!.word.end) === '.';
    if (end > p + 1) return { start: initial ? p - 1 : p, end };
  }
  return undefined;
}

/** A noun of nationality by its ending (`japonais`, `americaine`, `italien`, `allemand`, `espagnol`) or among `CUE_NATIONALITIES` (`belge`, `russe`). */
const nationalityNoun = (f: string): boolean => /^.{3,}(?:ais|aise|ois|oise|ain|aine|ien|ienne|een|eenne|and|ande|ol|ole)$/u.test(f) || CUE_NATIONALITIES.has(f);

/** Foreign particles as some names write them, with a capital: `Von`, `Van`, `Del`, `Den`. */
const CAPITAL_PARTICLES = new Set(['Von', 'Van', 'Der', 'Den', 'Di', 'Da', 'Del', 'Della', 'Dos']);

/** A word that is itself the name of a known place or organisation: `Europe`, `Renault`. */
function knownOther(t: Token, matcher: EntityMatcher): boolean {
  const e = matcher.bySlug.get(slugify(t.word.raw));
  return e !== undefined && matcher.entities[e]!.kind !== 'person';
}

/** One or two capitals without a dot after them: a model's letters (`RS`, `S`), not an initial (`Natan A.`). */
const bareInitial = (t: Token, text: string): boolean => t.word.raw.length <= 2 && isAllCaps(t.word.raw.padEnd(2, t.word.raw)) && text.charAt(t.word.end) !== '.';

/** The words fill a quotation: an opening quote just before them, a closing one just after. */
function quotedWhole(name: Token[], toks: Token[], text: string): boolean {
  // « La Dolce Vita », "Le Roi Lion": a title's capitalised article or a title of rank opens the quotation before the name.
  let first = name[0]!;
  while (first.gap === 'space' && toks[first.index - 1] && QUOTED_TITLE_OPENERS.has(toks[first.index - 1]!.word.raw)) first = toks[first.index - 1]!;
  const start = first.word.start;
  const end = name[name.length - 1]!.word.end;
  if (!/["«“]\s*$/u.test(text.slice(Math.max(0, start - 2), start)) || !/^\s*["»”]/u.test(text.slice(end, end + 2))) return false;
  // `sous le nom de guerre "Abou Hamza"`, `un certain « Isadora Duncan »`: a nickname or a pseudonym is someone's.
  return !NICKNAME_WORDS.has(toks[first.index - 1]?.word.folded ?? '');
}

/** Lowercase English words that tell the title of a work in English: `« Orange is the new black »`. */
const ENGLISH_TITLE_WORDS = new Set(['is', 'are', 'the', 'of', 'and', 'in', 'on', 'to', 'with', 'for', 'my', 'your', 'you', 'me', 'we', 'it', 'not']);

/**
 * `« Orange is the new black »`, `"Game of Thrones"`: the words open a quotation (of at most 10 words) that holds an English
 * word in lowercase, the title of a work in English, not the company, the place or the person its first word names.
 */
function englishTitleAt(first: Token, toks: Token[], text: string): boolean {
  if (!/["«“]\s*$/u.test(text.slice(Math.max(0, first.word.start - 2), first.word.start))) return false;
  for (let i = first.index + 1; i < Math.min(toks.length, first.index + 10); i++) {
    const t = toks[i]!;
    if (/["»”]/u.test(text.slice(toks[i - 1]!.word.end, t.word.start))) return false;
    if (!t.capitalised && ENGLISH_TITLE_WORDS.has(t.word.raw)) return true;
  }
  return false;
}

/** Lowercase nouns of bodies besides ORGANISATION_WORDS: `un collectif des Français d’origine indienne de Madagascar (CFOIM)`. */
const BODY_HEADS = new Set(['collectif', 'syndicat', 'observatoire', 'coordination', 'groupement', 'direction', 'service', 'brigade', 'caisse', 'cabinet', 'haut', 'haute', 'inspection', 'regie', 'reseau', 'collectivite', 'societe', 'entreprise']);

/** Small words an acronym skips: `programmation pluriannuelle de l’énergie (PPE)`. */
const ACRONYM_SKIPS = new Set(['de', 'du', 'des', 'd', 'l', 'la', 'le', 'les', 'et', 'a', 'au', 'aux', 'en', 'pour', 'sur']);

/**
 * `la programmation pluriannuelle de l’énergie (PPE)`: an acronym in brackets right after the lowercase words it stands for
 * is theirs, not the known organisation's of the same letters (the Parti populaire européen). The words' initials, small
 * words skipped, spell the acronym, and the first of them is in lowercase and no noun of bodies (an organisation's name has
 * a capital, or such a noun).
 */
function acronymOfWords(t: Token, toks: Token[], text: string): boolean {
  const acronym = t.word.raw;
  if (!isAllCaps(acronym) || acronym.length < 2 || !/\(\s*$/u.test(text.slice(Math.max(0, t.word.start - 2), t.word.start))) return false;
  const initials: Token[] = [];
  for (let i = t.index - 1; i >= 0 && initials.length < acronym.length; i--) {
    const w = toks[i]!;
    if (ACRONYM_SKIPS.has(w.word.raw)) continue;
    initials.unshift(w);
  }
  // `la commission nationale du débat public (CNDP)`: a body written in lowercase is one all the same; not after an
  // indefinite article, which makes it a kind of body (`un centre éducatif fermé (CEF)`).
  const head = initials[0]?.word.folded ?? '';
  if (initials.length !== acronym.length || initials[0]!.capitalised) return false;
  const kind = initials[0]!.gap === 'space' && INDEFINITE.has(toks[initials[0]!.index - 1]?.word.raw ?? '');
  if (!kind && (ORGANISATION_WORDS.has(head) || BODY_HEADS.has(head))) return false;
  return initials.every((w, i) => w.word.folded.charAt(0) === acronym.charAt(i).toLowerCase());
}

/** Capitalised words that open a quoted title before a name: `« La Dolce Vita »`, `"Le Roi Lion"`, `« Madame Bovary »`. */
const QUOTED_TITLE_OPENERS = new Set(['Le', 'La', 'Les', 'Un', 'Une', 'Roi', 'Reine', 'Prince', 'Princesse', 'Docteur', 'Madame', 'Monsieur', 'Mademoiselle', 'Lady', 'Sir', 'Capitaine', 'Saint', 'Sainte']);

/** Words before a quoted name that say it names someone: `surnommé`, `alias`, `un certain`. */
const NICKNAME_WORDS = new Set(['nom', 'surnom', 'surnomme', 'surnommee', 'alias', 'dit', 'dite', 'pseudonyme', 'pseudo', 'certain', 'certaine', 'guerre']);

/** `le`, `la`, `les`, `un`, `une` or an elided article just before the word. */
function articleBefore(t: Token, toks: Token[]): boolean {
  return t.gap === 'elided' || (t.gap === 'space' && ['le', 'la', 'les', 'un', 'une'].includes(toks[t.index - 1]?.word.raw ?? ''));
}

/** A capitalised noun after `le`, `la` or an elision that is no given name: `l’Autrichien`, `le Serbe`. */
function demonym(t: Token, toks: Token[], matcher: EntityMatcher): boolean {
  if (isFirstName(t, matcher) || isRareFirstName(t, matcher) || ORGANISATION_WORDS.has(t.word.folded) || NOT_A_NAME_START.has(t.word.folded)) return false;
  const prev = toks[t.index - 1];
  return t.gap === 'elided' || t.afterL || (t.gap === 'space' && (prev?.word.raw === 'le' || prev?.word.raw === 'la'));
}

/**
 * Whether the person's name that starts at `p` ends before `run[end]`, once it has a surname:
 * at a particle (`Emmanuel Grondein de SUD-rail`: a particle follows the given name, as in
 * `Charles de Gaulle`, not the surname), or at a given name followed by a surname, which starts
 * another person (`l’ex-porte-parole de Jean-Luc Mélenchon Sophia Chikirou`,
 * `Jean-Marie Le Pen d’Emmanuel Macron`).
 */
function nameEndsBefore(run: Token[], p: number, end: number, matcher: EntityMatcher): boolean {
  if (end === p + 1 || run.slice(p + 1, end).every((t) => PARTICLES.has(t.word.folded))) return false;
  const t = run[end]!;
  const next = run[end + 1];
  // `Marc Ladreit de Lacharrière`, `Thierry Pocquet du Haut-Jussé`: a given name, one surname, then `de` or `du` and one last
  // word that names nothing known (not `de Twitter`, `de Béziers`, `de SUD-rail`) is a surname with its particle.
  if (end === p + 2 && (t.word.raw === 'de' || t.word.raw === 'du') && t.gap === 'space' && next && end + 2 === run.length && particleSurname(next, matcher)) return false;
  if (PARTICLES.has(t.word.folded)) return t.gap === 'space';
  return isFirstName(t, matcher) && !!next && surname(next);
}

/** The last word of a surname after its particle: capitalised, no given name, no acronym, nothing the reference or the communes know. */
function particleSurname(t: Token, matcher: EntityMatcher): boolean {
  return surname(t) && !isAllCaps(t.word.raw) && !isFirstName(t, matcher) && !matcher.bySlug.has(slugify(t.word.raw)) && !matcher.communes.has(t.word.folded) && !matcher.communes.has(hyphenated(t.word.raw));
}

type Cue = EntityKind | undefined;

/**
 * An organisation's name in quotes after its noun, whole: `le groupe "Libertés et Territoires"`,
 * `l’association « Jamais sans toit »`; at most eight words, up to the closing quote.
 */
function quotedName(run: Token[], toks: Token[], text: string): Token[] | undefined {
  const first = run[0]!;
  const noun = toks[first.index - 1];
  if (first.gap !== 'other' || !noun || !ORGANISATION_CUES.has(noun.word.folded) || !/^\s+["«“]\s*$/u.test(text.slice(noun.word.end, first.word.start))) return undefined;
  for (let i = first.index; i < first.index + 8 && i < toks.length; i++) {
    const next = toks[i + 1];
    const gap = next ? text.slice(toks[i]!.word.end, next.word.start) : text.slice(toks[i]!.word.end);
    if (/^\s*["»”]/u.test(gap)) return toks.slice(first.index, i + 1);
    if (next && next.gap === 'other') return undefined;
  }
  return undefined;
}

/**
 * The word that may say what a run names: the word just before it, or a cue noun before one
 * or two adjectives (`la télévision publique ERT`, `l’institut géologique américain USGS`).
 */
function cueToken(run: Token[], toks: Token[]): Token | undefined {
  const first = run[0]!;
  // `secrétaire d’État` names no one: the cue must stand a space apart.
  if (first.gap !== 'space') return undefined;
  const prev = toks[first.index - 1];
  let at = first.index - 1;
  while (at > first.index - 3 && toks[at] && cueAdjective(toks[at]!) && toks[at]!.gap === 'space') at--;
  const noun = toks[at];
  if (at < first.index - 1 && noun && !noun.capitalised && (PERSON_CUES.has(noun.word.folded) || organisationCue(noun.word.folded))) return noun;
  // `la société de production Elzévir Films`, `le site d’information Axios`, `la maison de disques Polydor`:
  // an organisation's noun, `de` or `d’` and a lowercase noun of its trade, adjectives after it too (`la chaîne d’information turque NTV`).
  const trade = noun;
  if (!trade || trade.capitalised || NOT_A_NAME_START.has(trade.word.folded)) return prev;
  const elided = trade.gap === 'elided' && !trade.afterL;
  const link = toks[trade.index - 1];
  const head = elided ? link : trade.gap === 'space' && link?.word.raw === 'de' && link.gap === 'space' ? toks[trade.index - 2] : undefined;
  return head && !head.capitalised && organisationCue(head.word.folded) && !TRADE_CUES.has(head.word.folded) ? head : prev;
}

/** A lowercase adjective between a cue noun and a name: `publique`, `américain`, `pétrolier`. */
const plainAdjective = (t: Token): boolean =>
  !t.capitalised &&
  !TAIL_STOPS.has(t.word.folded) &&
  !NOT_A_NAME_START.has(t.word.folded) &&
  (institutionAdjective(t.word.folded) || /^.{3,}i(?:er|ere)s?$/u.test(t.word.folded) || NATIONALITY_ADJECTIVE.test(t.word.folded) || CUE_NATIONALITIES.has(t.word.folded));

/**
 * An adjective between a cue noun and a name, participles and adjectives in `-an` included:
 * `le site spécialisé Deadline`, `le groupe catalan Puig`, `le préparateur texan Hennessey`; not a cue noun itself (`société`).
 */
const cueAdjective = (t: Token): boolean =>
  !t.capitalised &&
  // `la chaîne américaine ABC`: `chaîne` ends as `américaine` does, but is the cue noun, no adjective.
  !ORGANISATION_CUES.has(t.word.folded) &&
  !PERSON_CUES.has(t.word.folded) &&
  (plainAdjective(t) || (!NOT_A_NAME_START.has(t.word.folded) && (CUE_PARTICIPLE.test(t.word.raw) || /^.{3,}an(?:e|s|es)?$/u.test(t.word.folded))));

/** A participle used as an adjective, written with its accent: `spécialisé`, `basée`. */
const CUE_PARTICIPLE = /^\p{Ll}{3,}(?:é|ée|és|ées)$/u;

/** Nationalities that the adjective endings miss: `l’horloger suisse Swatch`, `le constructeur tricolore Renault`. */
const CUE_NATIONALITIES = new Set(['suisse', 'belge', 'russe', 'grec', 'grecque', 'turc', 'turque', 'tricolore', 'suedois', 'danois', 'hongrois', 'chinois', 'japonais', 'coreen', 'sud-coreen', 'indien', 'allemand', 'britannique', 'americain', 'neerlandais', 'autrichien', 'tcheque']);

/** Nouns of groups that a person noun can qualify: `le groupe terroriste`, `l’organisation islamiste`. */
const GROUP_NOUNS = new Set(['groupe', 'groupes', 'organisation', 'mouvement', 'reseau', 'cellule', 'milice', 'faction', 'collectif', 'association', 'parti']);

/** Words of publishing and employment before `chez`: `publié`, `paru`, `signé`, `travaille`, `salariée`, `contrat`, `délégué`. */
const WORK_WORDS = /^(?:publie|publiee?s?|paru|parue?s?|edite|editee?s?|sorti|sortie?s?|signe|signee|travaill\p{L}*|employee?s?|salariee?s?|embauchee?s?|recrutee?s?|stage|stagiaire|contrat|emploi|poste|job|carriere|delegue|deleguee|cadre|ingenieur|ingenieure|responsable|directeur|directrice|chef|cheffe)$/u;

/** A noun of organisations, singular or plural, before a name: `la société`, `les syndicats`. */
const organisationCue = (f: string): boolean => ORGANISATION_CUES.has(f) || ORGANISATION_PLURALS.has(f);

/** A name a plural cue lists: no common acronym (`les associations LGBT`, `les chaînes US`), no party member (`les groupes Socialiste`). */
const pluralItem = (run: Token[], text: string): boolean =>
  !(run.length === 1 && isAllCaps(run[0]!.word.raw) && !listedAcronym(run[0]!, [], text)) && !REPORTED_COMMON.has(run[0]!.word.folded);

/**
 * `les syndicats Sud-Solidaires, CGT et FO`, `les opérateurs Intelsat et B-SAT`: a run after `et`, `ou` or a comma
 * whose list goes back, over capitalised names only, to a cue in the plural.
 */
function listedAfterPluralCue(run: Token[], toks: Token[], text: string): boolean {
  let at = run[0]!.index;
  for (let items = 0; items < 4; items++) {
    const link = toks[at - 1];
    if (!link) return false;
    const byComma = afterComma(toks[at]!, link, text);
    const byWord = !byComma && toks[at]!.gap === 'space' && joinsItems(link);
    if (!byComma && !byWord) return false;
    // The item before: capitalised words back to the word before them.
    let start = byComma ? link.index : link.index - 1;
    if (!toks[start]?.capitalised) return false;
    while (start > 0 && toks[start]!.gap === 'space' && toks[start - 1]!.capitalised && !toks[start - 1]!.sentenceStart) start--;
    // `les sociétés d’autoroutes ASF et Escota`, `les compagnies américaines Delta et United`: the cue as `cueToken` finds it.
    const cue = cueToken([toks[start]!], toks);
    if (cue && !cue.capitalised && ORGANISATION_PLURALS.has(cue.word.folded)) return pluralItem(run, text);
    at = start;
  }
  return false;
}

/** What the word before a run says about it: `M.` (person), `la société` (organisation), `à` (place). */
function cueBefore(run: Token[], toks: Token[], text: string, matcher: EntityMatcher): Cue {
  const first = run[0]!;
  if (quotedName(run, toks, text) || acronymOfBody(run, toks, text)) return 'organisation';
  const prev = cueToken(run, toks);
  // `SONDAGE EXCLUSIF`: a heading in capitals, not a cue (but `l’ONG Acted`).
  if (!prev || (isAllCaps(prev.word.raw) && prev.word.raw.length > 3)) return appositionCue(run, toks, text) ? 'organisation' : undefined;
  const f = prev.word.folded;
  // `M.` with its dot (`22 M EUR` is no one); `Me` (maître) as written; a person is not written in capitals.
  const title = f === 'm' || f === 'mm' ? text.charAt(prev.word.end) === '.' : f === 'me' ? prev.word.raw === 'Me' && first.word.folded !== 'too' : true;
  // `le Directeur Marketing de Ford`: a capitalised cue inside a sentence is a title in title case, not a cue (but `M.`, `la Reine`).
  const titleCase = prev.capitalised && !prev.sentenceStart && !TITLES.has(f);
  // `le groupe islamiste Boko Haram`, `le groupe militant Indigenous…`: a person noun used as the adjective of an organisation's noun.
  const noun = toks[prev.index - 1];
  if (PERSON_CUES.has(f) && prev.gap === 'space' && noun && !noun.capitalised && GROUP_NOUNS.has(noun.word.folded)) return 'organisation';
  if (PERSON_CUES.has(f)) return title && !titleCase && !(run.length === 1 && isAllCaps(first.word.raw)) ? 'person' : undefined;
  // `la fondation Jean-Jaurès`, `la fondation Ferry Porsche`: a lowercase institution named after someone (see `NAMED_AFTER`).
  if (ORGANISATION_CUES.has(f)) return NAMED_AFTER.has(f) && namedAfter(first, toks) && (isFirstName(first, matcher) || isRareFirstName(first, matcher)) ? undefined : 'organisation';
  if (ORGANISATION_PLURALS.has(f)) return pluralItem(run, text) ? 'organisation' : undefined;
  // `publié chez Plon`, `délégué CGT chez Carrefour`: after a word of publishing or work, `chez` names a publisher or an employer.
  if (f === 'chez' && toks.slice(Math.max(0, prev.index - 4), prev.index).some((t) => WORK_WORDS.test(t.word.folded))) return 'organisation';
  // `A Roybon`: newsrooms often drop the accent of a capital À.
  if (prev.word.raw === 'à' || prev.word.raw === 'À' || prev.word.raw === 'A' || f === 'au' || f === 'aux') return 'place';
  return appositionCue(run, toks, text) ? 'organisation' : undefined;
}

/** Words after which a name is a complement or an object, not the name of the phrase's body: `une entreprise du BTP`, `revoir cette GPEC`. */
const PHRASE_LINKS = new Set(['en', 'pour', 'par', 'sur', 'avec', 'et', 'ou', 'contre', 'sans', 'chez', 'vers', 'dans', 'a', 'cette', 'ce', 'cet', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos']);

/** Determiners before a noun that heads a phrase naming a body: `la`, `une`, `cette` (`l’` is the word's `afterL`). */
const HEAD_DETERMINERS = new Set(['la', 'le', 'une', 'un', 'cette', 'ce']);

/** A noun of `APPOSITION_HEADS` heading its phrase: after `l’` or a determiner. */
const headsPhrase = (t: Token | undefined, toks: readonly Token[]): boolean =>
  !!t && !t.capitalised && APPOSITION_HEADS.has(t.word.folded) && (t.afterL || HEAD_DETERMINERS.has(toks[t.index - 1]?.word.folded ?? ''));

/**
 * An acronym named by the phrase of a body just before it (`l’association de défense des
 * animaux PETA`) or in apposition just after it (`la PETA, l’association de défense des
 * animaux`): the body.
 */
function acronymOfBody(run: Token[], toks: Token[], text: string): boolean {
  const first = run[0]!;
  if (run.length !== 1 || !/^\p{Lu}{2,6}$/u.test(first.word.raw) || COMMON_ACRONYMS.has(first.word.folded) || THING_ACRONYMS.has(first.word.folded)) return false;
  // Right after the phrase's last noun (`…des animaux PETA`), not after a word that makes it a complement or an object
  // (`une entreprise du BTP`, `revoir cette GPEC`), nor after a plural noun it qualifies (`des journalistes LGBT`).
  const prev = toks[first.index - 1];
  // A present participle makes it an object too (`la société produisant LMP`).
  const qualifies = !!prev && ((/s$/u.test(prev.word.folded) && !headsPhrase(toks[first.index - 3], toks)) || /ant$/u.test(prev.word.folded));
  if (first.gap === 'space' && prev && !ARTICLE_WORDS.has(prev.word.folded) && !PHRASE_LINKS.has(prev.word.folded) && !qualifies) {
    for (let at = first.index - 1, n = 0; at >= 0 && n < 5; at--, n++) {
      const t = toks[at]!;
      if (headsPhrase(t, toks)) return true;
      if (t.capitalised || PHRASE_LINKS.has(t.word.folded) || (t.gap === 'other' && at < first.index - 1)) break;
    }
  }
  const next = toks[first.index + 1];
  if (!next || !/^[ \u00a0]*,[ \u00a0]*(?:[lL][’']|$)/u.test(text.slice(first.word.end, next.word.start))) return false;
  // `les PCB, l’agence sanitaire…`: a plural names things.
  if (toks[first.index - 1]?.word.raw === 'les') return false;
  return headsPhrase(next.afterL ? next : HEAD_DETERMINERS.has(next.word.folded) ? toks[next.index + 1] : undefined, toks);
}

/** Nouns of organisations that a name in apposition can follow: not those that also name things (`un site antique, baptisé Heliopolis`). */
const APPOSITION_HEADS = new Set(
  'societe entreprise groupe compagnie association start-up startup firme fabricant constructeur operateur enseigne ong syndicat parti mouvement collectif fondation federation cooperative mutuelle filiale holding cabinet agence banque assureur distributeur transporteur laboratoire editeur club'.split(' '),
);

/** Words that name what comes after them: `une start-up baptisée Wizzo`, `la société, nommée Kalima`. */
const NAMING_WORDS = new Set(['baptise', 'baptisee', 'nomme', 'nommee', 'appele', 'appelee', 'denomme', 'denommee', 'surnomme', 'surnommee']);

/**
 * `la société gestionnaire de l’aéroport, Brussels Airport, …`, `l’association de défense des animaux, Animal Cross, a…`,
 * `la start-up, baptisée Wizzo`: a name in apposition, after a comma (and a word that names), to a singular noun of
 * organisations with its determiner and lowercase complement, a few words before.
 */
function appositionCue(run: Token[], toks: Token[], text: string): boolean {
  const first = run[0]!;
  let at = first.index - 1;
  if (toks[at] && NAMING_WORDS.has(toks[at]!.word.folded) && first.gap === 'space') at--;
  const comma = toks[at + 1]!;
  if (!toks[at] || !afterComma(comma, toks[at]!, text)) return false;
  // The name closes the apposition: a comma, a bracket, or a verb right after it.
  const after = toks[run[run.length - 1]!.index + 1];
  if (after && after.gap === 'space' && after.capitalised) return false;
  for (let n = 0; n < 7 && at >= 1; n++, at--) {
    const t = toks[at]!;
    if (t.capitalised) return false;
    if (APPOSITION_HEADS.has(t.word.folded)) {
      const det = toks[at - 1];
      // The noun heads the phrase: not the complement of another noun (`la directrice de la troupe, Ayaka Imaide`).
      const of = t.afterL ? (t.gap === 'elided' ? det : undefined) : det?.gap === 'space' ? toks[at - 2] : undefined;
      if (of && OF_WORDS.has(of.word.folded)) return false;
      return t.afterL || (!!det && HEAD_DETERMINERS.has(det.word.folded));
    }
    if (t.gap === 'other' && n > 0) return false;
  }
  return false;
}

/** English phrases the press writes with capitals, which end in a word of organisations (`news`). */
const ENGLISH_PHRASES = new Set(['fake news', 'breaking news']);

/** Adjectives French puts before a noun, which are also the names of villages (`Grand`, Vosges; `Vieux`, Calvados). */
const VILLAGE_ADJECTIVES = new Set(['grand', 'grande', 'petit', 'petite', 'beau', 'belle', 'bon', 'bonne', 'vieux', 'vieille', 'nouveau', 'nouvelle', 'gros', 'grosse', 'long', 'longue', 'haut', 'haute']);

/**
 * `au Grand rendez-vous`, `la région Grand est`: such an adjective with a capital, then a lowercase word, opens a
 * name written without its capitals (a show, a region), not the village of that name.
 */
function adjectiveOfName(t: Token, toks: Token[]): boolean {
  const next = toks[t.index + 1];
  return VILLAGE_ADJECTIVES.has(t.word.folded) && !!next && next.gap === 'space' && !next.capitalised && /^\p{Ll}/u.test(next.word.raw);
}

/** A department's number in brackets right after a town: `Brioude (43)`, `Ajaccio (2A)`, `Saint-Denis (974)`. */
const DEPARTMENT_NUMBER = /^[ \u00a0]?\((?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])\)/u;

/** Nouns after which `de X` names a place: `le maire de Poligny`, `la commune de Saint-Chaffrey`. */
const PLACE_NOUNS = new Set([
  'maire', 'mairie', 'commune', 'ville', 'village', 'habitants', 'habitant', 'habitante', 'prefecture', 'sous-prefecture', 'pres', 'station', 'banlieue',
  'agglomeration', 'canton', 'environs', 'region', 'originaire', 'originaires', 'hameau', 'centre-ville', 'quartier', 'port', 'gare', 'aeroport',
  // Local institutions named after their town: `le parquet de Bobigny`, `le PGHM de Briançon`.
  'tribunal', 'parquet', 'procureur', 'procureure', 'gendarmerie', 'gendarmes', 'commissariat', 'hopital', 'prison', 'diocese', 'eveque', 'pghm', 'caserne',
  'rectorat', 'academie', 'lycee', 'college', 'eglise', 'cathedrale', 'abbaye', 'cimetiere', 'campus', 'usine', 'site',
  // Places of a town: `la plage de Saint-Enogat`, `dans les rues de Modène`, `l’aérodrome du Versoud`.
  'plage', 'plages', 'rues', 'aerodrome', 'stade', 'marche', 'foire', 'braderie', 'carnaval',
]);

/** Nouns after which `de X` names a town wherever it is, whatever its name: `l’aéroport de Zaventem`, `l’hippodrome de Chichester`. */
const TOWN_NOUNS = new Set([
  'maire', 'mairie', 'ville', 'village', 'habitants', 'habitant', 'habitante', 'banlieue', 'agglomeration', 'hameau', 'centre-ville', 'port', 'aeroport',
  'hippodrome', 'rues', 'environs', 'originaire', 'originaires',
]);

/**
 * `l’aéroport de Zaventem`, `le camp d’Idomeni`, `la mairie de Tabarre`: a name the lists lack after a noun of towns
 * and `de` is a town abroad; not a given name (`la ville de Jean`), not a word in capitals, three words at most.
 */
function townAbroad(run: Token[], toks: Token[], matcher: EntityMatcher): boolean {
  const first = run[0]!;
  if (run.length > 3 || !placeNounBefore(run, toks, TOWN_NOUNS)) return false;
  // `la plage du Prophète`, `le camp du Brexit`, `la préfecture de Police`: beaches, sides and offices take other names.
  const prev = toks[(townArticle(run, toks) ?? first).index - 1];
  return !!prev && !prev.capitalised && !isAllCaps(first.word.raw) && !ORGANISATION_WORDS.has(first.word.folded) && !isFirstName(first, matcher) && !isRareFirstName(first, matcher);
}

/**
 * `maire de X`, `commune d’X`, `maire du Havre`, `maire de Le Favril`: the noun one or two words
 * before the run (three with the town's own article).
 */
function placeNounBefore(run: Token[], toks: Token[], nouns: ReadonlySet<string> = PLACE_NOUNS): boolean {
  const first = run[0]!;
  const article = townArticle(run, toks);
  const at = article ? article.index : first.index;
  const prev = toks[at - 1];
  if ((article ?? first).gap === 'elided') return !!prev && nouns.has(prev.word.folded);
  const before = toks[at - 2];
  // After an article only `de` links (`rue de la Paix`); `du` and `des` hold their own article.
  const linked = !!prev && (article ? prev.word.raw === 'de' : OF_WORDS.has(prev.word.raw));
  return (article ?? first).gap === 'space' && linked && !!before && nouns.has(before.word.folded);
}

/** `Le` of `maire de Le Favril`, `à La Madeleine`: a capitalised article just before the run, inside a sentence. */
function townArticle(run: Token[], toks: Token[]): Token | undefined {
  const first = run[0]!;
  const prev = toks[first.index - 1];
  return first.gap === 'space' && prev && !prev.sentenceStart && ['Le', 'La', 'Les'].includes(prev.word.raw) ? prev : undefined;
}

/** Nouns of geography before a name of the place they name: `la rivière Vésubie`, `le massif de la Chartreuse`. */
const GEO_NOUNS = new Set([
  'massif', 'riviere', 'fleuve', 'lac', 'mer', 'golfe', 'baie', 'col', 'foret', 'hameau', 'village', 'ville', 'region', 'peninsule', 'desert', 'archipel', 'ile', 'iles', 'vallee',
  'province', 'station', 'quartier', 'gorges', 'detroit',
  // Towns and areas abroad that no list holds: `le comté de Lincoln`, `la capitale Tbilissi`, `le mont Sinabung`, `la bourgade de Kempten`.
  'comte', 'capitale', 'commune', 'localite', 'bourgade', 'agglomeration', 'banlieue', 'metropole', 'district', 'canton', 'mont', 'volcan',
]);

/** Capitalised nouns of geography that start the name of a place: `Pic du Midi de Bigorre`, `Golfe du Mexique`, `Lac Léman`. */
const GEO_HEADS = new Set(['pic', 'mont', 'monts', 'lac', 'col', 'golfe', 'baie', 'cap', 'pointe', 'vallee', 'gorges', 'plateau', 'mer', 'ocean', 'detroit', 'ile', 'iles', 'presqu-ile', 'massif']);

/**
 * The words of a canal's name at `i` (`Canal de Suez`, `Canal du Midi`, `Canal Saint-Martin`): `Canal`
 * with a capital, then `de`, `du`, `des` or `d’` and a name, or a saint's name glued to it (not
 * `Canal Football Club`, a show of Canal+). Undefined otherwise.
 */
function canalAt(toks: Token[], i: number): Token[] | undefined {
  const [head, next, after] = [toks[i]!, toks[i + 1], toks[i + 2]];
  if (head.word.folded !== 'canal' || !head.capitalised || next === undefined) return undefined;
  if (next.gap === 'space' && next.capitalised && /^Saint(?:e)?-/u.test(next.word.raw)) return [head, next];
  const of = next.gap === 'space' && ['de', 'du', 'des'].includes(next.word.raw);
  return of && after !== undefined && after.capitalised && (after.gap === 'space' || after.gap === 'elided') ? [head, next, after] : undefined;
}

/** Capitalised nouns that head the name of a hall (`Théâtre du Châtelet`, `Opéra Bastille`) or end it (`AccorHotels Arena`). */
const VENUE_HEADS = new Set(['theatre', 'opera', 'zenith']);
const VENUE_TAILS = new Set(['arena', 'stadium']);
/** A venue, which the samples label a place: two words or more, headed or ended by a noun of halls, no digits. */
const venue = (run: Token[]): boolean =>
  run.length > 1 && (VENUE_HEADS.has(run[0]!.word.folded) || VENUE_TAILS.has(run[run.length - 1]!.word.folded)) && !run.some((t) => /\d/u.test(t.word.raw));

/** A name of two words or more headed by a noun of geography (`Pic du Midi`), not one that holds digits (`Cap 21`). */
const geoHead = (run: Token[]): boolean =>
  run.length > 1 && (GEO_HEADS.has(run[0]!.word.folded) || canalAt(run, 0)?.length === run.length) && !run.some((t) => /\d/u.test(t.word.raw));

const NOUN_DETERMINERS = new Set(['le', 'la', 'les', 'du', 'des', 'au', 'aux', 'un', 'une', 'ce', 'cette', 'son', 'sa', 'leur']);

/**
 * A geographic noun just before the run, or before `de`, `du`, `des`, `de la`, `d’`: the run
 * names a place, known or not (`le hameau de Saint-Jean-la-Rivière`).
 */
function geoNounBefore(run: Token[], toks: Token[]): boolean {
  return geoNounAt(run, toks) !== undefined;
}

/**
 * Capitalised words a place's noun may take as its complement that name no place: feasts (`le
 * village de Noël`, `la capitale de Noël`), a time of year; the State (`la capitale de l’État de
 * Californie`), whose own complement is the place.
 */
const NO_PLACE_COMPLEMENTS = new Set(['noel', 'paques', 'toussaint', 'pentecote', 'halloween', 'ramadan', 'etat']);

/** The geographic noun of `geoNounBefore`, if there is one. */
function geoNounAt(run: Token[], toks: Token[]): Token | undefined {
  const first = run[0]!;
  if (run.length === 1 && NO_PLACE_COMPLEMENTS.has(first.word.folded)) return undefined;
  let i = first.index - 1;
  if (first.gap === 'elided') {
    // `l’île d’Eubée`, or `la région de l’Attique`.
    if (GEO_NOUNS.has(toks[i]?.word.folded ?? '')) return toks[i];
    if (toks[i]?.word.raw !== 'de') return undefined;
    i--;
  } else if (first.gap !== 'space') return undefined;
  else if (toks[i]?.word.raw === 'la' && toks[i - 1]?.word.raw === 'de') i -= 2;
  else if (OF_WORDS.has(toks[i]?.word.raw ?? '')) i--;
  // `la capitale malgache Antananarivo`, `la ville italienne de Gênes`: an adjective between the noun and the name.
  if (toks[i] && !GEO_NOUNS.has(toks[i]!.word.folded) && plainAdjective(toks[i]!) && toks[i]!.gap === 'space') i--;
  // `la station de ski de Val Thorens`: the noun's own complement of trade between it and the name.
  if (toks[i]?.word.folded === 'ski' && toks[i - 1]?.word.raw === 'de' && GEO_NOUNS.has(toks[i - 2]?.word.folded ?? '')) i -= 2;
  const noun = toks[i];
  // A noun, not an adjective (`un dépistage massif du Covid-19`): an article or a preposition before it.
  const determined = noun?.gap === 'elided' || NOUN_DETERMINERS.has(toks[i - 1]?.word.raw ?? '');
  return !!noun && !noun.capitalised && determined && GEO_NOUNS.has(noun.word.folded) && (i === first.index - 1 || toks[i + 1]!.gap === 'space') ? noun : undefined;
}

/** Nouns of natural features whose complement is no place of its own: `le col de l’Échelle`, `les gorges du Verdon` (not an island's, `l’île de Kos` is Kos; not `le massif de la Chartreuse`, which is the Chartreuse). */
const FEATURE_NOUNS = new Set(['col', 'golfe', 'baie', 'gorges', 'detroit']);

/**
 * The name of a natural feature that the run completes, from its noun: `le col de l’Échelle` is the
 * Col de l’Échelle, not a place named « Échelle »; `la mer Rouge` is the Mer Rouge. Undefined when the run
 * follows no such noun and `de` (or `mer` just before it).
 * @example featureName(run of `Échelle` in `le col de l’Échelle`, toks, text) // 'Col de l’Échelle'
 */
function featureName(run: Token[], toks: Token[], text: string): string | undefined {
  const noun = geoNounAt(run, toks);
  if (!noun) return undefined;
  const next = noun.index === run[0]!.index - 1;
  // `la mer Rouge`, `la mer d’Iroise`: a sea is named with its noun (« Rouge » alone is no place).
  const sea = noun.word.folded === 'mer' && next && run.length === 1;
  if (!sea && (!FEATURE_NOUNS.has(noun.word.folded) || next)) return undefined;
  const name = surface([noun, ...run], text);
  return withInitialCapital(name);
}

/** Ranges and seas that name the area of a French town's airport, station or urban community: `Pau-Pyrénées`, `Nantes-Atlantique`, `Lille-Europe`. */
const AREAS_AROUND_TOWNS = new Set(['pyrenees', 'alpes', 'atlantique', 'mediterranee', 'manche', 'vosges', 'jura', 'europe']);

/** `France-Roumanie`, `Paris-Nice`: a hyphenated word whose parts are all known places, no point of the compass, names each of them. */
function placePair(t: Token, matcher: EntityMatcher): number[] {
  const parts = t.word.raw.split('-');
  // `Paris-Nord` is a part of Paris, not the department.
  if (parts.length < 2 || parts.some((p) => COMPASS.has(slugify(p)))) return [];
  const places = parts.map((p) => matcher.bySlug.get(slugify(p)));
  if (!places.every((e) => e !== undefined && matcher.entities[e]!.kind === 'place')) return [];
  // `Pau-Pyrénées`, `Marseille-Provence`, `Nantes-Atlantique`: a town, then the area around it that is no town or
  // country, names the town (its airport, its urban community), not the whole area.
  const [town, area] = parts.map((p) => foldText(p));
  const areas = (name: string): boolean => matcher.regions.has(name) || matcher.departments.has(name) || FRENCH_AREAS.has(name);
  if (parts.length === 2 && matcher.communes.has(town!) && !areas(town!) && !matcher.communes.has(area!) && (areas(area!) || AREAS_AROUND_TOWNS.has(area!))) return [places[0]!];
  return places as number[];
}

/** Whether a hyphenated word starts with a known organisation in capitals: `CGT-Cheminots`. */
function branchOf(t: Token, matcher: EntityMatcher): boolean {
  const [head, ...rest] = t.word.raw.split('-');
  if (!rest.length || !head || !isAllCaps(head)) return false;
  const e = matcher.bySlug.get(slugify(head));
  return e !== undefined && matcher.entities[e]!.kind === 'organisation';
}

/**
 * `Compiègne, Creil, Noyon et Senlis`: a run after `et` or `ou` that follows a place, or after a
 * comma that follows two places, or one place when another item follows the run, is an item of a
 * list of places (the caller takes it only when it is a commune). One place and a comma are not
 * enough: `À Paris, Marie et son compagnon…`.
 * `places` maps the index of the last word of each place named so far to that of its first.
 */
function listedAfterPlaces(run: Token[], toks: Token[], text: string, places: ReadonlyMap<number, number>): boolean {
  const first = run[0]!;
  const prev = toks[first.index - 1];
  if (!prev) return false;
  // `à Alès et Palavas-les-Flots`: the last item, after `et` or `ou`.
  if (first.gap === 'space' && joinsItems(prev)) return places.has(prev.index - 1);
  if (!afterComma(first, prev, text) || !places.has(prev.index)) return false;
  // Two places before: `Compiègne, Creil, Noyon`.
  const start = toks[places.get(prev.index)!]!;
  const beforeStart = toks[start.index - 1];
  if (beforeStart && afterComma(start, beforeStart, text) && places.has(beforeStart.index)) return true;
  // Or the list goes on after the run: `…, La Madeleine, Lezennes, Marquette-lez-Lille`.
  const next = toks[run[run.length - 1]!.index + 1];
  if (!next) return false;
  if (afterComma(next, toks[next.index - 1]!, text)) return next.capitalised;
  const after = toks[next.index + 1];
  return joinsItems(next) && !!after && after.gap === 'space' && after.capitalised;
}

/**
 * The other items of the list a run stands in, by the indexes of their first and last words: capitalised names that
 * commas, `et` or `ou` join to the run (`Dadju, Soolking, Camélia Jordana ou Thomas Dutronc`), at most six each way.
 */
function listItems(run: Token[], toks: Token[], text: string): { items: [number, number][]; joined: boolean } {
  const items: [number, number][] = [];
  let joined = false;
  let last = run[run.length - 1]!;
  for (let n = 0; n < 6; n++) {
    let next = toks[last.index + 1];
    if (!next) break;
    if (next.gap === 'space' && joinsItems(next)) {
      joined = true;
      next = toks[next.index + 1];
    } else if (!afterComma(next, last, text)) break;
    if (!next || !next.capitalised || (next.gap !== 'space' && !afterComma(next, toks[next.index - 1]!, text))) break;
    let end = next;
    while (toks[end.index + 1]?.gap === 'space' && (toks[end.index + 1]!.capitalised || (PARTICLES.has(toks[end.index + 1]!.word.folded) && toks[end.index + 2]?.capitalised))) end = toks[end.index + 1]!;
    items.push([next.index, end.index]);
    last = end;
  }
  let first = run[0]!;
  for (let n = 0; n < 6; n++) {
    const prev = toks[first.index - 1];
    if (!prev) break;
    const end = afterComma(first, prev, text) ? prev : first.gap === 'space' && joinsItems(prev) ? toks[prev.index - 1] : undefined;
    if (!end || !end.capitalised || (end !== prev && prev.gap !== 'space')) break;
    if (end !== prev) joined = true;
    let start = end;
    while (start.gap === 'space' && !start.sentenceStart && (toks[start.index - 1]?.capitalised || PARTICLES.has(toks[start.index - 1]?.word.folded ?? ''))) start = toks[start.index - 1]!;
    items.push([start.index, end.index]);
    first = start;
  }
  return { items, joined };
}

/**
 * `comme Dadju, Soolking, Camélia Jordana ou Thomas Dutronc`, `Maxime Le Forestier, Grand Corps Malade et Zaho`: one
 * word listed beside people named in full is a stage name or a surname: a person, when the list holds no
 * known body or place and the word is no common word, acronym or town.
 */
function listedWithPeople(t: Token, toks: Token[], text: string, people: ReadonlyMap<number, number>, others: ReadonlySet<number>, matcher: EntityMatcher, lowercaseWords: ReadonlySet<string>): boolean {
  const known = new Set([...people].filter(([start, end]) => start === end && matcher.entities[matcher.bySlug.get(slugify(toks[start]!.word.raw)) ?? -1]?.kind === 'person').map(([start]) => start));
  if (t.sentenceStart || t.gap !== 'space' || isAllCaps(t.word.raw) || t.word.raw.length < 3 || !surname(t)) return false;
  // Not a given name alone (`Patrick`), a common word (`l’État`, `le Brexit`), a nationality (`Français`), nor what the reference or the communes know.
  if (isFirstName(t, matcher) || isRareFirstName(t, matcher) || lowercaseWords.has(t.word.folded) || nationalityNoun(t.word.folded) || NATIONALITY_ADJECTIVE.test(t.word.folded)) return false;
  if (ARTICLE_WORDS.has(toks[t.index - 1]?.word.folded ?? '') || matcher.bySlug.has(slugify(t.word.raw)) || matcher.communes.has(t.word.folded)) return false;
  // `Damia Mateu i Bisa`: a short lowercase link after a name makes the word the end of that name.
  const link = toks[t.index - 1];
  if (link && !link.capitalised && link.word.raw.length <= 3 && !joinsItems(link) && link.gap === 'space' && toks[link.index - 1]?.capitalised) return false;
  const { items, joined } = listItems([t], toks, text);
  // A list: three names or more, or two joined by `et` or `ou` (`pour Nike, Michael Jordan…` is an apposition).
  if (items.length < 2 && !joined) return false;
  // Every other item is someone named in full or one word; one at least is someone named in full or known.
  return items.some(([start, end]) => people.get(start) === end && (end > start || known.has(start))) && items.every(([start, end]) => !others.has(start) && !others.has(end) && (start === end || people.get(start) === end));
}

/** Acronyms of common things, never of a body (`les TPE et les PME`, `(…, NDLR)`, `en CDI`), nor of one alone (`les chaînes US`; a hospital or court named by its town, `le CHU`, `le TGI`). */
const COMMON_ACRONYMS = new Set('ndlr nda pme tpe eti pma tva sms pib cdi cdd rsa smic tv hlm qg vip ogm adn ivg lgbt jo bd dj pdg ceo gps suv rer tgv ter us chu chr tgi'.split(' '));

/** A word of capital letters only, no digit, standing alone (not `SUD-rail`, `TV 5`), that names no common thing. */
function listedAcronym(t: Token, toks: Token[], text: string): boolean {
  const next = toks[t.index + 1];
  return /^\p{Lu}{2,6}$/u.test(t.word.raw) && !COMMON_ACRONYMS.has(t.word.folded) && text.charAt(t.word.end) !== '-' && !(next?.gap === 'space' && (next.capitalised || /^\d/u.test(next.word.raw)));
}

/**
 * `l’Unsa, SUD, FO et Solidaires`: the word is an item of a list (after a comma, `et` or `ou`, or before one)
 * whose item just before or just after it is a known organisation.
 */
function listedWithOrganisations(t: Token, toks: Token[], text: string, organisationEnds: ReadonlySet<number>, matcher: EntityMatcher): boolean {
  const prev = toks[t.index - 1];
  if (prev && joinsItems(prev) && t.gap === 'space' && organisationEnds.has(prev.index - 1)) return true;
  if (prev && afterComma(t, prev, text) && organisationEnds.has(prev.index)) return true;
  const next = toks[t.index + 1];
  if (!next) return false;
  const item = afterComma(next, t, text) ? next.index : joinsItems(next) && toks[next.index + 1]?.gap === 'space' ? next.index + 1 : -1;
  const rule = item >= 0 ? matchAlias(toks, item, matcher) : undefined;
  return !!rule && matcher.entities[rule.entity]!.kind === 'organisation';
}

/**
 * The run and a known organisation are the two items of `X et Y` or `X ou Y`, either way round; the
 * organisation named whole (not `Orange` of `Orange Nord`). Not a model (`BMW M8`, a digit), a place
 * on a road (`Montélimar-Sud`), nor a common acronym (`TV 5`).
 */
function joinedToOrganisation(run: Token[], toks: Token[], text: string, organisationEnds: ReadonlySet<number>, matcher: EntityMatcher): boolean {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const next = toks[last.index + 1];
  if (run.some((t) => /\d/u.test(t.word.raw) || t.word.raw.split('-').some((part) => COMPASS.has(slugify(part)))) || (next?.gap === 'space' && /^\d/u.test(next.word.raw))) return false;
  if (run.length === 1 && isAllCaps(first.word.raw) && !listedAcronym(first, toks, text)) return false;
  const prev = toks[first.index - 1];
  if (prev && joinsItems(prev) && first.gap === 'space' && organisationEnds.has(prev.index - 1)) return true;
  // `Lomaro et Google`, `Lomaro et la CGT`, `Lomaro et l’Unsa`.
  const other = next && joinsItems(next) ? toks[next.index + 1] : undefined;
  const article = other?.gap === 'space' && ['le', 'la', 'les'].includes(other.word.raw) ? toks[other.index + 1] : undefined;
  const item = article ? (article.gap === 'space' ? article.index : -1) : other?.gap === 'space' || (other?.gap === 'elided' && other.afterL) ? other.index : -1;
  const rule = item >= 0 ? matchAlias(toks, item, matcher) : undefined;
  const after = rule ? toks[item + rule.rest.length + 1] : undefined;
  return !!rule && matcher.entities[rule.entity]!.kind === 'organisation' && !(after?.gap === 'space' && after.capitalised);
}

/**
 * `selon Médiamétrie`, `d’après Eurostat`, `comme le précise DirectMatin`: a run right after `selon`, `d’après`
 * or a verb of reporting whose subject follows it (`comme le rapporte`), inside a sentence; not a word of
 * `REPORTED_COMMON` (`selon Internet`), a nationality, nor a run a capitalised word follows.
 */
function reportedBare(run: Token[], toks: Token[]): boolean {
  const first = run[0]!;
  const prev = toks[first.index - 1];
  const next = toks[run[run.length - 1]!.index + 1];
  if (!prev || first.sentenceStart || (next?.gap === 'space' && next.capitalised)) return false;
  const f0 = first.word.folded;
  if (REPORTED_COMMON.has(f0) || NOT_A_NAME_START.has(f0) || organisationCue(f0) || NATIONALITY_ADJECTIVE.test(f0) || CUE_NATIONALITIES.has(f0) || /(?:ois|oise|ais|aise|ien|ienne|ain|aine)s?$/u.test(f0)) return false;
  if (first.gap === 'elided') return !first.afterL && prev.word.folded === 'apres';
  if (first.gap !== 'space') return false;
  if (prev.word.folded === 'selon' && !prev.capitalised) return true;
  // `comme le précise X`, `ainsi que le rapporte X`: the subject after the verb.
  const article = toks[prev.index - 1];
  return REPORTING_WORDS.has(prev.word.folded) && !prev.capitalised && prev.gap === 'space' && !!article && (article.word.raw === 'le' || article.word.raw === "l") && ['comme', 'que'].includes(toks[article.index - 1]?.word.folded ?? '');
}

/** Nouns of what a body publishes, before `de` and its author: `une étude de`, `selon des chiffres de`, `un sondage de`. */
const STUDY_NOUNS = new Set(['etude', 'etudes', 'enquete', 'rapport', 'chiffres', 'donnees', 'sondage', 'barometre', 'classement', 'statistiques', 'estimations', 'communique', 'releve']);

/** `des chiffres de Médiamétrie`, `une étude de la Sorbonne`, `un rapport d’Oxfam`: a study noun, then `de`, `du`, `de la` or `d’` just before the run. */
function studyBy(run: Token[], toks: Token[]): boolean {
  const first = run[0]!;
  const prev = toks[first.index - 1];
  if (!prev) return false;
  let noun: Token | undefined;
  if (first.gap === 'elided' && !first.afterL) noun = prev;
  else if (first.gap === 'space' && (prev.word.raw === 'de' || prev.word.raw === 'du') && prev.gap === 'space') noun = toks[prev.index - 1];
  else if (first.gap === 'space' && prev.word.raw === 'la' && prev.gap === 'space' && toks[prev.index - 1]?.word.raw === 'de') noun = toks[prev.index - 2];
  if (!noun || noun.capitalised || !STUDY_NOUNS.has(noun.word.folded)) return false;
  // `le Bureau de l’enquête de Mississippi`: a noun inside a capitalised name is that name's word.
  const before = toks[noun.index - 1];
  const inName = (t: Token | undefined): boolean => !!t && t.capitalised && !t.sentenceStart;
  if (inName(before) || (before?.word.raw === 'de' && inName(toks[before.index - 1]))) return false;
  // `les chiffres de la Sécurité routière`, `une étude du Haut conseil à l’égalité`: a name that goes on in lowercase is left alone.
  return !nameGoesOn(toks[run[run.length - 1]!.index + 1]) && !ORGANISATION_WORDS.has(first.word.folded) && !PRENOMINAL.has(first.word.folded);
}

/**
 * Verbs of bodies that speak, ask or decide, as written in the present (`dénonce`, `réclame`): the
 * participle (`réclamé`) is left out, since a thing takes it too (`le référendum réclamé par…`).
 */
const BODY_VERBS = new Set(
  (
    'annonce dénonce réclame demande recommande conseille appelle propose exige publie lance organise prévoit précise indique ' +
    'estime explique affirme assure souligne rappelle ajoute alerte avertit prévient regrette déplore salue juge constate observe ' +
    'révèle rapporte détaille signale condamne refuse reconnaît accuse craint revendique représente regroupe emploie fédère'
  ).split(' '),
);
/** The same verbs folded, after an auxiliary (`a dénoncé`, `ont annoncé`, `va publier`): any form of them. */
const BODY_VERB_STEMS = [...BODY_VERBS].map((v) => foldText(v).replace(/e$|it$|t$/u, ''));
const AUXILIARIES = new Set(['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'va', 'vont', 'doit', 'doivent', 'devrait', 'veut', 'vient']);
const VERB_ADVERBS = new Set(['egalement', 'aussi', 'deja', 'ainsi', 'notamment', 'pourtant', 'toutefois', 'encore', 'meme', 'bien', 'de']);

/**
 * `la CNIL a également constaté`, `le CNPA dénonce`, `l’ESA explique`: an acronym after a definite article,
 * followed by a verb by which bodies speak or act (in the present, or after an auxiliary and an adverb).
 */
function actingAcronym(t: Token, toks: Token[]): boolean {
  const prev = toks[t.index - 1];
  const definite = t.gap === 'elided' ? t.afterL : t.gap === 'space' && !!prev && ['le', 'la', 'les'].includes(prev.word.folded);
  if (!definite) return false;
  let next = toks[t.index + 1];
  if (!next || next.gap !== 'space') return false;
  if (BODY_VERBS.has(next.word.raw)) return true;
  if (!AUXILIARIES.has(next.word.raw)) return false;
  next = toks[next.index + 1];
  while (next && next.gap !== 'other' && VERB_ADVERBS.has(next.word.folded)) next = toks[next.index + 1];
  return !!next && next.gap !== 'other' && !next.capitalised && BODY_VERB_STEMS.some((stem) => next!.word.folded.startsWith(stem) && next!.word.folded.length <= stem.length + 4);
}

/** Acronyms of things a singular article names (taxes, allowances, diseases, diplomas, programmes, treaties, posts, documents, weapons, the football Euro), never of a body. */
const THING_ACRONYMS = new Set(
  (
    'isf ifi csg crds irpp cice cmu apl aah plu sras vih sida avc covid jt tnt bac bepc bts cap dut deug ceta ttip dg dga drh pv cv lbd sav irfm pac ric gpa iss zad vtc ehpad ' +
    'qpc rgpd cp ce cm cd dvd smic rsa ivg pma pib tva cdi cdd hlm ogm adn euro'
  ).split(' '),
);

/**
 * `découvert par le SMUR`, `menacé par l’ETA`, `auprès de la FAA`: an acronym after `par` or `auprès de` and a singular
 * definite article names the body that acts or is asked (`par la CSG`, `par l’EURO`: a tax, an event, are no body).
 * Tried without the `par` or `auprès de`: on the 2,000-article run, 20 of 55 new acronyms were things (`le JT`, `l’ONG`, `la VMA`).
 */
function definiteAcronym(t: Token, toks: Token[], lowercaseWords: ReadonlySet<string>): boolean {
  const prev = toks[t.index - 1];
  // `la CSG`, `le JT`, `le VIH`, `le BAC`: a tax, a programme, a disease or a diploma is a thing; `l’ÉCOLE`, `l’EURO`: a word in capitals.
  if (!prev || THING_ACRONYMS.has(t.word.folded) || t.word.folded !== t.word.raw.toLowerCase() || lowercaseWords.has(t.word.folded)) return false;
  if (prev.sentenceStart && t.gap !== 'elided') return false;
  // `par l’IGPN`: the elided article is no word of its own; `par le SMUR`: the article is.
  const link = t.gap === 'elided' ? (t.afterL ? prev : undefined) : t.gap === 'space' && ['le', 'la'].includes(prev.word.raw) && prev.gap === 'space' ? toks[prev.index - 1] : undefined;
  // Who acts on something (`découvert par le SMUR`, `saisi par l’IGPN`), who is asked (`auprès de la FAA`).
  return !!link && (link.word.raw === 'par' || (link.word.raw === 'de' && toks[link.index - 1]?.word.folded === 'aupres'));
}

/** A comma and spaces between `prev` and `t`. */
const afterComma = (t: Token, prev: Token, text: string): boolean => /^,\s+$/u.test(text.slice(prev.word.end, t.word.start));
/** `et` or `ou` between two items of a list. */
const joinsItems = (t: Token): boolean => t.gap === 'space' && (t.word.raw === 'et' || t.word.raw === 'ou');

/** Heads of the names of events: `Coupe du monde`, `Jeux olympiques`, `Salon de l’auto`, `Festival de Cannes`. */
const EVENT_HEADS = new Set(['coupe', 'championnat', 'championnats', 'jeux', 'prix', 'salon', 'festival', 'sommet', 'mondial', 'tournoi', 'rallye', 'trophee', 'olympiades']);

/**
 * A run that names an event: an event's head (`Coupe du monde`, `Grand Prix`), a league's competition
 * (`Ligue des champions`, `Ligue 1`), not a league as a body (`Ligue des droits de l’homme`); or the
 * weekly meeting `Conseil des ministres`, which the tuning labels leave out as they leave out events.
 */
function eventName(run: Token[], toks: Token[]): boolean {
  const at = run[0]!.index;
  const [first, second] = [run[0]!.word.folded, toks[at + 1]?.word.folded];
  // `les Billboard Music Awards`, `les Invictus Games`: an English event ends with its noun.
  if (EVENT_HEADS.has(first) || (first === 'grand' && second === 'prix') || (run.length > 1 && EVENT_WORDS.has(run[run.length - 1]!.word.folded))) return true;
  if (first === 'conseil' && second === 'des' && toks[at + 2]?.word.folded === 'ministres') return true;
  return first === 'ligue' && (second === 'europa' || /^\d$/u.test(second ?? '') || (second === 'des' && toks[at + 2]?.word.folded === 'champions'));
}

/**
 * Participles and verbs after which `à X` is where someone lives, was born, died or arrived (`né à Parme`, `installée à Essaouira`),
 * and nouns of trips and events that take place somewhere (`son déplacement à Marcy-l’Étoile`, `une fusillade à Orlando`).
 */
const WHERE_WORDS = /^(?:nee?s?|morte?s?|decedee?s?|installee?s?|basee?s?|domiciliee?s?|hospitalisee?s?|inhumee?s?|enterree?s?|arrivee?s?|atterrie?s?|vit|vivait|vivaient|vivent|habite|habitait|habitent|reside|residait|residant|sejourne|sejournait|exile|exilee|deplacement|voyage|sejour|escale|attentat|fusillade|explosion|incendie|seisme|manifestation|rassemblement|sommet|tournage|concert)$/u;
/** Nouns of an apposition that say the name before the comma is a town or a part of one: `à Templin, ville de l’Est`. */
const TOWN_APPOSITIONS = new Set(['ville', 'localite', 'commune', 'cite', 'ile', 'capitale', 'village', 'bourgade', 'metropole', 'banlieue', 'quartier', 'station', 'port', 'region', 'province', 'bourg']);

/**
 * What says that a name after `à` is a place when no list knows it: a participle of living, birth
 * or death before `à` (`né à Parme`), a known place in brackets after it (`à Cracovie (Pologne)`), or
 * after a comma a known place introduced by `en`, `au`, `aux` or `dans` (`à Hampton, en Virginie`)
 * or a noun of towns (`à Ischia, une île…`). Not one word in capitals (`à LED`).
 */
function placeAround(run: Token[], toks: Token[], text: string, matcher: EntityMatcher): boolean {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  if (run.length > 3 || (run.length === 1 && isAllCaps(first.word.raw)) || first.gap !== 'space') return false;
  const at = toks[first.index - 1];
  if (at && (at.word.raw === 'à' || at.word.raw === 'a') && at.gap === 'space' && (whereBefore(at, toks) || dateBefore(at, toks))) return true;
  if (placeInBrackets(run, toks, text, matcher)) return true;
  const next = toks[last.index + 1];
  if (!next) return false;
  const gap = text.slice(last.word.end, next.word.start);
  const isPlace = (i: number): boolean => {
    const rule = matchAlias(toks, i, matcher);
    return !!rule && matcher.entities[rule.entity]!.kind === 'place';
  };
  if (!/^,\s+$/u.test(gap)) return false;
  if (['en', 'au', 'aux', 'dans'].includes(next.word.raw)) {
    const i = regionStart(next, toks);
    // `à Hethel, dans le Norfolk`: a region no list holds, closing the clause, says so as well as a known one.
    return i !== undefined && (isPlace(i) || (next.word.raw !== 'au' && next.word.raw !== 'aux' && closingName(toks[i]!, toks, text)));
  }
  return townApposition(next, toks);
}

/** `Templin, ville de…`, `Ischia, une île…`, `Baghouz, un village proche…`: the noun of towns in apposition after the comma, with its article or not. */
function townApposition(next: Token, toks: Token[]): boolean {
  const noun = ['une', 'un', 'la', 'le', 'petite', 'petit'].includes(next.word.raw) ? toks[next.index + 1] : next;
  // Without its article, `cité` is the participle: `Crédit Suisse, cité par BFMTV`.
  if (noun === next && noun.word.folded === 'cite') return false;
  return !!noun && (noun === next || noun.gap === 'space') && !noun.capitalised && TOWN_APPOSITIONS.has(noun.word.folded);
}

/**
 * `s’emparer de Baghouz, un village proche de la frontière`: a name the lists lack, followed by a comma and a noun of towns in
 * apposition, is a town whatever precedes it; `la capitale d’Haïti, Port-au-Prince`: a name in apposition after a capital of a known place.
 */
function placeByApposition(run: Token[], toks: Token[], text: string, matcher: EntityMatcher): boolean {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  if (run.length > 3) return false;
  const next = toks[last.index + 1];
  // Not `Selon Dupont, la ville est calme`: a definite article after the comma may start the next clause.
  if (next && text.charCodeAt(last.word.end) === 44 && next.word.raw !== 'la' && next.word.raw !== 'le' && townApposition(next, toks) && /^,\s+$/u.test(text.slice(last.word.end, next.word.start))) {
    return namedPlace(first, matcher);
  }
  // Back over the comma to `la capitale de X`, X a known place.
  const prev = toks[first.index - 1];
  if (!prev || !prev.capitalised || text.charCodeAt(prev.word.end) !== 44 || !/^,\s+$/u.test(text.slice(prev.word.end, first.word.start))) return false;
  let start = prev;
  while (start.gap === 'space' && toks[start.index - 1]?.capitalised && start.index > prev.index - 3) start = toks[start.index - 1]!;
  const of = start.gap === 'elided' ? start : toks[start.index - 1] && OF_WORDS.has(toks[start.index - 1]!.word.raw) && start.gap === 'space' ? toks[start.index - 1] : undefined;
  const noun = of && toks[of.index - 1];
  if (!noun || noun.word.folded !== 'capitale' || !namedPlace(first, matcher)) return false;
  const rule = matchAlias(toks, start.index, matcher);
  return !!rule && matcher.entities[rule.entity]!.kind === 'place';
}

/** A word that may start a place's name: not in capitals, not a given name. */
const namedPlace = (first: Token, matcher: EntityMatcher): boolean => !isAllCaps(first.word.raw) && !isFirstName(first, matcher) && !isRareFirstName(first, matcher);

/** Words that may stand just before a place followed by its country or department in brackets. */
const BRACKET_PLACE_LINKS = new Set(['de', 'du', 'des', 'a', 'au', 'aux', 'en', 'dans', 'sur', 'pres', 'vers', 'le', 'la', 'les', 'et', 'ou', 'entre', 'depuis', 'par']);

/**
 * `Gênes (Italie)`, `Sart-Custinne (Belgique)`, `Valduc (Côte-d'Or)`: a known place alone in brackets right
 * after the run says the run is a place inside it, whatever precedes the run.
 */
function placeInBrackets(run: Token[], toks: Token[], text: string, matcher: EntityMatcher): boolean {
  const last = run[run.length - 1]!;
  // `l’université Johns-Hopkins (États-Unis)`, `place Arnaud-Bernard (Toulouse)`: after a common noun, the run names what the noun names.
  const prev = toks[run[0]!.index - 1];
  if (prev && run[0]!.gap === 'space' && !prev.capitalised && !BRACKET_PLACE_LINKS.has(prev.word.folded)) return false;
  const next = toks[last.index + 1];
  if (!next || !/^\s*\($/u.test(text.slice(last.word.end, next.word.start))) return false;
  const rule = matchAlias(toks, next.index, matcher);
  return !!rule && matcher.entities[rule.entity]!.kind === 'place' && text.charAt(toks[next.index + rule.rest.length]!.word.end) === ')';
}

/** Where the name starts after `en`, `au`, `aux`, `dans le`, `dans la`, `dans les` or `dans l’` at `link`. */
function regionStart(link: Token, toks: Token[]): number | undefined {
  let i = link.index + 1;
  if (link.word.raw === 'dans' && ['le', 'la', 'les'].includes(toks[i]?.word.raw ?? '') && toks[i]!.gap === 'space') i++;
  else if (link.word.raw === 'dans' && toks[i]?.gap === 'elided') return i;
  else if (link.word.raw === 'dans') return undefined;
  return toks[i] && toks[i]!.gap === 'space' ? i : undefined;
}

/** One to three capitalised words from `t`, not in capitals, then punctuation or the end: `le Norfolk.`, `la Ruhr,`. */
function closingName(t: Token, toks: Token[], text: string): boolean {
  if (!nameWord(t, true) || isAllCaps(t.word.raw)) return false;
  const end = t.index + closingLength(t, toks) - 1;
  const after = toks[end + 1];
  return !after || /^\s*[,.;:)!?]/u.test(text.slice(toks[end]!.word.end, after.word.start));
}

/**
 * `à Hethel, dans le Norfolk`, `Greenville, dans le Mississippi`: a name closing the clause after a comma, `dans le`
 * (`la`, `l’`, `les`) or `en`, right after a place named in this field, is the region around it.
 */
function regionAfterPlace(run: Token[], toks: Token[], text: string, places: ReadonlyMap<number, number>): boolean {
  const first = run[0]!;
  if (run.length > 3 || !closingName(first, toks, text) || run.length !== closingLength(first, toks)) return false;
  for (let k = first.index - 1; k >= Math.max(1, first.index - 3); k--) {
    const link = toks[k]!;
    if (link.word.raw !== 'dans' && link.word.raw !== 'en') continue;
    const prev = toks[k - 1]!;
    return regionStart(link, toks) === first.index && afterComma(link, prev, text) && places.has(prev.index);
  }
  return false;
}

/** How many capitalised words `closingName` reads from `t`. */
function closingLength(t: Token, toks: Token[]): number {
  let end = t.index;
  while (end < t.index + 2 && toks[end + 1]?.gap === 'space' && toks[end + 1]!.capitalised) end++;
  return end - t.index + 1;
}

/** Days and months: `lundi à Belgrade`, `le 18 mai à Reims`. */
const DATE_WORDS = new Set('lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre'.split(' '));

/** A day, a month or a year right before `at` (`à`): `lundi 15 juillet à Belgrade`, `en 2019 à Gao`. */
function dateBefore(at: Token, toks: Token[]): boolean {
  const prev = toks[at.index - 1];
  return !!prev && at.gap === 'space' && !prev.capitalised && (DATE_WORDS.has(prev.word.folded) || /^(?:1[89]|20)\d\d$/u.test(prev.word.raw));
}

/** Words before `de` that locate something by a place: `près de Padoue`, `au large d’Ostende`, `aux abords de Lyon`. */
const NEAR_WORDS = new Set(['pres', 'loin', 'large', 'environs', 'peripherie', 'abords', 'hauteur']);

/**
 * `près de Dortmund`, `non loin de Sauternes`, `au large d’Ostende`, `à 70 km au sud de Kuala Lumpur`, `à l’est d’Ansongo`:
 * the name after a word that locates by a place, and `de`, `du` or `d’`, is that place. A point of the compass counts
 * only after `au` or `à l’` (`il est de…` is a verb).
 */
function nearPlace(run: Token[], toks: Token[]): boolean {
  const first = run[0]!;
  // `non loin du Centre Pompidou`: a body is near, not a place; `aux abords du Parc`: a place's noun alone names none.
  if (run.length > 3 || ORGANISATION_WORDS.has(first.word.folded) || (run.length === 1 && (QUARTER_NOUNS.has(first.word.folded) || first.word.folded === 'palais'))) return false;
  let i = first.index - 1;
  if (first.gap !== 'elided') {
    if (first.gap !== 'space' || !OF_WORDS.has(toks[i]?.word.raw ?? '')) return false;
    i--;
  }
  const word = toks[i];
  if (!word || word.capitalised || word.gap === 'other') return false;
  if (NEAR_WORDS.has(word.word.folded)) return true;
  const before = toks[i - 1];
  return COMPASS.has(word.word.folded) && !!before && (before.word.raw === 'au' || (word.gap === 'elided' && before.word.raw === 'à'));
}

/** Lowercase words, a date or a time at most, between a word of living, birth or death and `à`. */
const WHERE_SPAN = 5;

/**
 * A word of living, birth or death before `at` (`à`): just before it (`né à Parme`), or a few lowercase
 * words or numbers before it in the same sentence (`né le 16 mars 1941 à Parme`, `vivait encore à Templin`).
 */
function whereBefore(at: Token, toks: Token[]): boolean {
  for (let i = at.index - 1; i >= Math.max(0, at.index - WHERE_SPAN); i--) {
    const t = toks[i]!;
    if (WHERE_WORDS.test(t.word.folded)) return true;
    if (t.capitalised || t.sentenceStart || toks[i + 1]!.gap === 'other') return false;
  }
  return false;
}

/**
 * `en Vénétie`, `en Amazonie`, `en Polynésie`: after `en` inside a sentence (not in a title in title case, `Dimanche en Politique`),
 * one word ending in `-ie` and followed by no complement (`en Économie de…`) names a region or a country, as French names
 * of lands end (Normandie, Italie).
 */
function regionAfterEn(run: Token[], toks: Token[]): boolean {
  const word = run[0]!;
  const en = toks[word.index - 1];
  const before = en ? toks[en.index - 1] : undefined;
  const next = toks[word.index + 1];
  return (
    run.length === 1 &&
    word.gap === 'space' &&
    en?.word.raw === 'en' &&
    !(before && before.capitalised && !en.sentenceStart) &&
    /^\p{L}[\p{L}-]{3,}ie$/u.test(word.word.folded) &&
    !(next && next.gap !== 'other' && (OF_WORDS.has(next.word.raw) || next.gap === 'elided'))
  );
}

/** `Trappes (Yvelines)`: a department in brackets right after the run. */
function departmentAfter(run: Token[], toks: Token[], text: string, matcher: EntityMatcher): boolean {
  const last = run[run.length - 1]!;
  const next = toks[last.index + 1];
  return !!next && /^\s*\($/u.test(text.slice(last.word.end, next.word.start)) && matcher.departments.has(next.word.folded);
}

/**
 * The one word of `run`, which names the known organisation `known`, names a commune whose department follows in
 * brackets: the town (`le GIGN d’Orange (Vaucluse)`, not the company Orange).
 */
function townOfBody(run: Token[], toks: Token[], text: string, matcher: EntityMatcher, known: number | undefined): boolean {
  return run.length === 1 && known !== undefined && matcher.entities[known]!.kind === 'organisation' && matcher.communes.has(run[0]!.word.folded) && departmentAfter(run, toks, text, matcher);
}

/** A commune named by the run, with `au Havre`, `du Havre` and `de Le Havre` read as `Le Havre`. */
function commune(folded: string, cue: Token | undefined, matcher: EntityMatcher): string | undefined {
  const f = cue?.word.folded;
  if (cue && ['Le', 'La', 'Les'].includes(cue.word.raw)) return matcher.communes.get(`${f} ${folded}`);
  if (f === 'au' || f === 'du') return matcher.communes.get(`le ${folded}`) ?? matcher.communes.get(folded);
  if (f === 'aux' || f === 'des') return matcher.communes.get(`les ${folded}`);
  return matcher.communes.get(folded);
}

/** A number of inhabitants in brackets right after a name: `Montbard (5.300 habitants)`. */
const INHABITANTS = /^[ \u00a0]?\((?:environ |près de )?\d[\d .\u00a0]*(?:habitants|âmes)\)/u;
const inhabitantsAfter = (text: string, end: number): boolean => (text.charAt(end) === '(' || text.charAt(end + 1) === '(') && INHABITANTS.test(text.slice(end, end + 32));

/**
 * `un parc à huîtres de Talmont-Sainte-Hilaire`, `le maillot du club d’Eaucourt-sur-Somme`: one hyphenated word
 * that the commune list holds as written, after `de` (or `d’`) and a lowercase word, is the town; a single
 * word (`la fille de Martin`), a saint's name alone (`Saint-Valentin`) or a name after a capitalised word is not read so.
 */
function compoundCommuneOf(run: Token[], toks: Token[], text: string, matcher: EntityMatcher): boolean {
  const t = run[0]!;
  if (run.length !== 1 || !t.word.raw.includes('-') || !matcher.communes.has(t.word.folded)) return false;
  // `le dîner de Saint-Valentin`, `le rappel de Saint-Marcellin`: a saint's name alone is also a feast, a cheese, a hospital.
  if (/^saint(?:e)?-[^-]+$/u.test(t.word.folded)) return false;
  const prev = toks[t.index - 1];
  // `d’Eaucourt-sur-Somme`: the elided `d’` is no word of its own, the lowercase noun is just before it.
  const of = t.gap === 'elided' ? (/\sd['\u2019]$/u.test(text.slice(prev?.word.end ?? 0, t.word.start)) ? prev : undefined) : t.gap === 'space' && prev?.word.raw === 'de' && prev.gap === 'space' ? toks[prev.index - 1] : undefined;
  return !!of && !of.capitalised && /^\p{Ll}/u.test(of.word.raw);
}

/** The shape of a French town's name: `Saint-Barth`, `Villeneuse-sur-Yonne`, `Pont-de-Beauvoisin`. */
const TOWN_SHAPE = /^(?:Saint|Sainte)-\p{Lu}|^\p{Lu}[\p{L}'\u2019]+(?:-[\p{L}'\u2019]+)*-(?:sur|sous|lès|lez|les|en|de|du|des|d['\u2019]\p{L}+|le|la|aux)-\p{L}/u;

/**
 * A town after a cue that the commune list lacks as written: with the article INSEE gives it
 * (`Pont-de-Beauvoisin` for Le Pont-de-Beauvoisin), with a hyphen after its article (`La-Barre-de-Monts`),
 * or, shaped like a French town's name, as written (a misspelling, a nickname: `Saint-Barth`).
 */
function townLike(name: string, matcher: EntityMatcher): string | undefined {
  const folded = foldText(name);
  // Only a compound name takes an article it lacks: `au Tour de France` is no town of La Tour.
  for (const article of folded.includes('-') ? ['le', 'la', 'les'] : []) {
    const found = matcher.communes.get(`${article} ${folded}`);
    if (found) return found;
  }
  const unhyphenated = /^(?:le|la|les)-/u.test(folded) ? matcher.communes.get(folded.replace('-', ' ')) : undefined;
  // `aux Saint-Joriens`: a plural of inhabitants is no town.
  return unhyphenated ?? (TOWN_SHAPE.test(name) && !/\s/u.test(name) && !/(?:iens|iennes|aises|oises|ains|aines)$/u.test(folded) ? name : undefined);
}

/** A town's name written with spaces, as INSEE writes it: `Saint-Pierre d’Oléron` → `saint-pierre-d'oleron`. */
const hyphenated = (name: string): string => foldText(name).replace(/ +/gu, '-');

/** The name as written: words joined by single spaces, or by what glued them (`d’`, `. `). */
function surface(run: Token[], text: string): string {
  return text.slice(run[0]!.word.start, run[run.length - 1]!.word.end).replace(/\s+/gu, ' ');
}

/**
 * Sentence-initial capitalised words that the article also writes in lowercase, and never with
 * a capital inside a sentence: `Total` opening a sentence of an article that writes `au total`,
 * but not `Corse` in an article that writes both `le quotidien corse` and `à Bastia, en Corse`.
 */
function commonWords(fields: Token[][]): Set<string> {
  const openers = new Set<string>();
  const named = new Set<string>();
  // Length and first letter of each opener: a cheap filter before the set lookup.
  const keys = new Uint8Array(64 * 32);
  const key = (w: string): number => Math.min(w.length, 63) * 32 + (w.charCodeAt(0) & 31);
  for (const toks of fields) {
    for (const t of toks) {
      if (t.sentenceStart && t.capitalised) {
        openers.add(t.word.folded);
        keys[key(t.word.folded)] = 1;
      } else if (t.capitalised) named.add(t.word.folded);
    }
  }
  const common = new Set<string>();
  for (const toks of fields) {
    for (const t of toks) {
      if (!t.capitalised && keys[key(t.word.folded)] && openers.has(t.word.folded) && !named.has(t.word.folded)) common.add(t.word.folded);
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

/** What one field (title, lede or body) names, by the index of its words. */
interface FieldState {
  /** Organisations by the position of their first and last word, for acronyms in brackets. */
  orgAt: Map<number, string>;
  /** Index of the last word of each place → index of its first, for lists of towns. */
  placeEnds: Map<number, number>;
  /** People by the index of their first word → of their last, for lists of names. */
  personSpans: Map<number, number>;
  /** First and last words of the known bodies and places: a list that holds one is no list of people. */
  otherEnds: Set<number>;
  /** Index of the last word of each known organisation: `le Super U` of `le Super U de Trèbes`. */
  organisationEnds: Set<number>;
  /** Known places of several words, retracted when they are part of an organisation's name. */
  knownPlaces: Match[];
}

const newFieldState = (): FieldState => ({ orgAt: new Map(), placeEnds: new Map(), personSpans: new Map(), otherEnds: new Set(), organisationEnds: new Set(), knownPlaces: [] });

/** An article opening an organisation's name (`Le Lab`, `La Poste`, `L’Équipe`), left out of its key. */
const NAME_ARTICLE = /^(?:L['’]|Le |La |Les )/u;

/**
 * Entities of an article, most mentioned first (then by name, accents and capitals aside), at most 15. Gazetteer and
 * reference names count from one mention; other names need evidence of their kind (see the
 * file header). A single capitalised word counts only as a known alias, after a cue, or as the
 * last name of a person named in full in the same article (which wins over a town or brand of
 * the same name: `Hollande` after `François Hollande`).
 * @example
 * const matcher = buildEntityMatcher([{ kind: 'organisation', name: 'OpenAI', aliases: [] }]);
 * detectEntities({ title: '', lede: 'Le PDG d’OpenAI, Sam Altman, a vu Altman.', body: '' }, matcher)
 * // [{ kind: 'person', name: 'Sam Altman', slug: 'sam-altman', count: 2 },
 * //  { kind: 'organisation', name: 'OpenAI', slug: 'openai', count: 1 }]
 */
export function detectEntities(doc: EntityDoc, matcher: EntityMatcher): EntityRef[] {
  const fields = [doc.title, doc.lede, doc.body].map((text) => ({ text, toks: tokenize(text, (name) => matcher.bySlug.has(slugify(name))) }));
  const lowercaseWords = commonWords(fields.map((f) => f.toks));
  // Read only for a surname of common words opening a sentence (`Le Maire a…`): built on first use.
  let lowercaseSet: Set<string> | undefined;
  const writtenInLowercase = (folded: string): boolean => (lowercaseSet ??= new Set(fields.flatMap((f) => f.toks.filter((t) => !t.capitalised).map((t) => t.word.folded)))).has(folded);
  // Read only for a capitalised article after a cue (`selon Le Pen`): built on first use.
  let articleSurnameSet: Set<string> | undefined;
  const surnamesWithArticle = (): ReadonlySet<string> => (articleSurnameSet ??= articleSurnames(fields.map((f) => f.toks), matcher));
  const tallies = new Map<string, Tally>();
  const add = (slug: string, kind: EntityKind, name: string, form?: string): void => {
    const tally = tallies.get(slug) ?? { kind, name, count: 0, forms: new Map<string, number>() };
    tally.count++;
    if (form) tally.forms.set(form, (tally.forms.get(form) ?? 0) + 1);
    tallies.set(slug, tally);
  };
  const retract = (slug: string): void => {
    const tally = tallies.get(slug);
    if (tally && --tally.count === 0) tallies.delete(slug);
  };
  /** What the field being read has named, by word index: reset for each field, and given back to a field's deferred fallbacks. */
  let field = newFieldState();
  const addKnown = (entity: number): void => {
    const e = matcher.entities[entity]!;
    add(e.slug, e.kind, e.name);
  };

  /**
   * Single words resolved once every full name of the article is known, each with the state of
   * the field it was read in: its fallback runs after every field is read, and what it adds (a
   * person's span, an organisation's words) belongs to that field, never to the field read last,
   * whose word indices are not its own (a lede's span read as the body's once rejected an article).
   */
  // Given name → the first person named in full with it (`Johnny Depp`, then `Johnny`).
  const givenNames = new Map<string, string>();
  const singles: { folded: string; state: FieldState; fallback?: () => void; person?: string; alias?: boolean }[] = [];
  /**
   * `given`: the word may be a given name alone (`Kate`): it goes to the person named in full with it before
   * (`Kate Middleton`), not to one named after it (`Christophe`, the singer, then `Christophe Dechavanne`);
   * `alias`: the given name a known person goes by alone (`Johnny`), which anyone the article names in full with it takes.
   */
  const defer = (folded: string, fallback?: () => void, given: 'given' | 'alias' | false = false): void => {
    const person = given === 'given' ? givenNames.get(folded) : undefined;
    singles.push({ folded, state: field, ...(fallback ? { fallback } : {}), ...(person ? { person } : {}), ...(given === 'alias' ? { alias: true } : {}) });
  };
  // Last name → the first person named in full with it (`Emmanuel` before `Brigitte Macron`).
  const lastNames = new Map<string, string>();
  /** Records a name written in full: its last word for `lastNames`, and a person's first word for `givenNames`. */
  const addNameParts = (name: Token[], slug: string): void => {
    const last = name[name.length - 1]!.word.folded;
    if (!lastNames.has(last)) lastNames.set(last, slug);
    if (tallies.get(slug)?.kind === 'person' && !givenNames.has(name[0]!.word.folded)) givenNames.set(name[0]!.word.folded, slug);
  };
  const addPerson = (tokens: Token[], text: string): void => {
    // `une Senna GTR`, `la Clio RS`: a model's letters in capitals, without a vowel, end no one's name.
    const last = tokens[tokens.length - 1]!;
    if (tokens.length > 1 && isAllCaps(last.word.raw) && !/[AEIOUYÀÂÄÉÈÊËÎÏÔÖÛÜ]/u.test(last.word.raw)) return;
    const name = surface(tokens, text);
    const slug = slugify(name);
    if (!slug) return;
    field.personSpans.set(tokens[0]!.index, tokens[tokens.length - 1]!.index);
    const known = matcher.entities[matcher.bySlug.get(slug) ?? (tokens.length > 1 ? matcher.byPersonSpelling.get(singleLetters(slug)) : undefined) ?? -1];
    if (known && known.kind !== 'person') {
      add(known.slug, known.kind, known.name);
      return;
    }
    add(known?.slug ?? slug, 'person', known?.name ?? name, known ? undefined : name);
    if (tokens.length > 1) addNameParts(tokens, known?.slug ?? slug);
  };

  /** Words of organisations' names, so that a known place inside one (`…de santé d’Île-de-France`) is no place of the story. */
  const inOrganisation = new Set<Token>();
  const addOrganisation = (tokens: Token[], text: string, written = surface(tokens, text)): void => {
    for (const t of tokens) inOrganisation.add(t);
    const name = written;
    // `Le Lab` and `le Lab` (read `Lab`) are one organisation: keyed without the article.
    const slug = slugify(name.replace(NAME_ARTICLE, '')) || slugify(name);
    add(slug, 'organisation', name, name);
    field.orgAt.set(tokens[0]!.index, slug);
    field.orgAt.set(tokens[tokens.length - 1]!.index, slug);
  };
  /** A body or house named after its founder: a foundation by its noun and the name (`Fondation Hulot`, as it writes itself), others by the name. */
  const addFounded = (tokens: Token[], fieldToks: readonly Token[], text: string, founderOnly = true): void => {
    const name = surface(tokens, text);
    // A foundation, or an association named by its founder alone, is written with its noun (`l’association Grégory Lemarchal`):
    // without it, its name is its founder's, and the founder named again (`face à Grégory Lemarchal`) would join the body.
    // Not a name of its own (`l’association Ryan Rett ForG1`).
    const noun = FOUNDED_NAMES[fieldToks[tokens[0]!.index - 1]?.word.folded ?? ''];
    addOrganisation(tokens, text, noun && (founderOnly || noun === 'Fondation') ? `${noun} ${name}` : name);
  };
  /** Slug of an organisation detected by its long form → the known organisation its acronym in brackets names. */
  const sameAs = new Map<string, number>();
  /** Folded acronym → the organisation it stands for in this article. */
  const acronyms = new Map<string, { slug: string; name: string }>();
  /** Slug of an organisation's long form cut short before its acronym's bracket → that folded acronym. */
  const shortLongForms = new Map<string, string>();
  /** Where a long form cut short starts that no organisation of its field held yet: its field, its first word, the folded acronym. */
  const cutLater: { state: FieldState; at: number; acronym: string }[] = [];

  /** A run, or the part of it before a person's name, with no given name to go by. */
  const classify = (run: Token[], toks: Token[], text: string): void => {
    // `la Ve République`, `le XXIe siècle`: an ordinal starts no name.
    // `une ville K.O.`: a letter alone names nothing.
    if (!run.length || run.length > MAX_NAME_WORDS || isShouted(run) || ROMAN_ORDINAL.test(run[0]!.word.raw) || (run.length === 1 && run[0]!.word.raw.length < 2)) return;
    if (gluedByAmpersand(run[0]!, run[run.length - 1]!, text)) return;
    const name = surface(run, text);
    const slug = slugify(name);
    if (!slug) return;
    if (run.length === 1 && greeting(run[0]!, toks)) return;
    // `l’Assemblée générale` is not the body the alias `Assemblée` names.
    const found = run.length === 1 && longerInstitution(toks, run[0]!.index) ? undefined : matcher.bySlug.get(slug);
    const known = found !== undefined && run.length === 1 && participleOfName(run[0]!, matcher.entities[found]!.name) ? undefined : found;
    if (known !== undefined && compassArea(run, toks, matcher.entities[known]!.kind)) return;
    if (townOfBody(run, toks, text, matcher, known)) {
      const town = matcher.communes.get(run[0]!.word.folded)!;
      field.placeEnds.set(run[0]!.index, run[0]!.index);
      add(slugify(town), 'place', town);
      return;
    }
    // `l’hôpital Robert-Debré`, `l’université Duke`, `l’université Aix-Marseille`: after its lowercase noun, a word that
    // names no place heads an institution (`l’hôpital de Nantes` names the town).
    const institution =
      run.length === 1 && (name.includes('-') || !POLLSTER_HEADS.has(toks[run[0]!.index - 1]?.word.raw ?? '')) && !isAllCaps(name) &&
      matcher.entities[known ?? -1]?.kind !== 'place' && !matcher.communes.has(run[0]!.word.folded)
        ? institutionNamedAfter(run, toks, text)
        : undefined;
    if (institution) {
      addOrganisation(run, text, institution);
      return;
    }
    // `le porte-avions Charles-de-Gaulle`, `l’aéroport Charles-de-Gaulle`: a full name joined by hyphens names what
    // bears it, as French writes the names of places, ships and schools, not the person.
    const person = known === undefined ? undefined : matcher.entities[known]!;
    if (person?.kind === 'person' && person.slug === slug && !/\s/u.test(name) && / /u.test(person.name)) return;
    // `la chanteuse Cher`: a place's name after a singer's noun is a stage name (`placeInOtherSense`).
    if (run.length === 1 && person?.kind === 'place' && placeInOtherSense(toks, run[0]!.index, matcher, text) === 'name') {
      add(slug, 'person', name, name);
      return;
    }
    const pair = run.length === 1 && known === undefined ? placePair(run[0]!, matcher) : [];
    if (pair.length) {
      for (const entity of pair) addKnown(entity);
      return;
    }
    // `les Jeux olympiques`, `la Coupe du monde`, `le Grand Prix de Monaco`: an event, which the samples do not label, is no organisation.
    if (known === undefined && (eventName(run, toks) || showOfMedium(run, toks, text, matcher) || JOURNAL_SHOW.test(slug))) return;
    // `en gare de Lyon`, `la gare du Nord`, `la gare Montparnasse`: a station of Paris, named as a place of its own, not the town or area it is named after.
    const station = run.length === 1 ? parisStation(run[0]!, toks, text) : undefined;
    if (station) {
      add(slugify(station), 'place', station, station);
      return;
    }
    // `le président des Républicains`, `le patron des Patriotes`: a post held in a party named `Les …`, by its plural, names the party.
    const party = known === undefined && run.length === 1 ? partyOfPost(run[0]!, toks, matcher) : undefined;
    if (party !== undefined) {
      addKnown(party);
      return;
    }
    // `le Groupe TF1`: the group is the organisation it is named after.
    const group = known === undefined && run.length > 1 && run[0]!.word.folded === 'groupe' ? matchAlias(toks, run[1]!.index, matcher) : undefined;
    if (group && group.rest.length === run.length - 2 && matcher.entities[group.entity]!.kind === 'organisation') {
      addKnown(group.entity);
      return;
    }
    // `la CGT-Cheminots`, `FO-Police`: a branch named by its known organisation and a hyphen.
    if (run.length === 1 && known === undefined && branchOf(run[0]!, matcher)) {
      addOrganisation(run, text);
      return;
    }
    const before = cueBefore(run, toks, text, matcher) ?? titleBefore(run, toks, text, matcher);
    const after = personAfter(run, toks, text, matcher) ?? organisationAfter(run, toks, text) ?? (memberOf(run, toks, text) ? 'organisation' : undefined);
    let cue = before ?? after ?? (listedAfterPluralCue(run, toks, text) ? 'organisation' : undefined);
    const folded = run.map((t) => t.word.folded).join(' ');
    // `les Fake News` (Donald Trump's words): an English phrase written with capitals names nobody.
    if (known === undefined && ENGLISH_PHRASES.has(folded)) return;
    // `en hommage à René`: a given name alone after `à` is someone, not the village of that name; a letter is no town.
    const noTown = run.length === 1 && (run[0]!.word.raw.length < 2 || (cue === 'place' && isFirstName(run[0]!, matcher)) || adjectiveOfName(run[0]!, toks));
    const townCue =
      !noTown &&
      (cue === 'place' ||
        departmentAfter(run, toks, text, matcher) ||
        // `entre Saint-Étienne (42) et Brioude (43)`: a town followed by its department's number.
        DEPARTMENT_NUMBER.test(text.slice(run[run.length - 1]!.word.end, run[run.length - 1]!.word.end + 8)) ||
        placeNounBefore(run, toks) ||
        afterKnownOrganisation(run[0]!, toks, field.organisationEnds) ||
        // `au large des Sables-d’Olonne`: a town near which something happens, with its article.
        nearPlace(run, toks) ||
        // `un parc à huîtres de Talmont-Sainte-Hilaire`, `le club d’Eaucourt-sur-Somme`: a commune's compound name after `de`.
        compoundCommuneOf(run, toks, text, matcher) ||
        // `un rond-point de Montbard (5.300 habitants)`: a name followed by its number of inhabitants.
        inhabitantsAfter(text, run[run.length - 1]!.word.end) ||
        // `entre Houeillès et Damazan`: the first of two towns a road or a trip joins.
        (cue === undefined && run[0]!.gap === 'space' && toks[run[0]!.index - 1]?.word.raw === 'entre') ||
        (cue === undefined && listedAfterPlaces(run, toks, text, field.placeEnds)));
    // `le col de l’Échelle (Hautes-Alpes)`: a natural feature's complement is no town.
    const feature = known === undefined ? featureName(run, toks, text) : undefined;
    const town = townCue && !feature ? (commune(folded, townArticle(run, toks) ?? toks[run[0]!.index - 1], matcher) ?? matcher.communes.get(hyphenated(name)) ?? townLike(name, matcher)) : undefined;
    // `à Takis Candilis, le directeur…`: after `à`, no town but an apposition says what the name is.
    if (cue === 'place' && !town && after) cue = after;
    // `né à Parme`, `à Hampton, en Virginie`, `à Cracovie (Pologne)`: a town abroad, that no list holds, said to be one.
    // `parti de Gênes (Italie)`: a known place in brackets says it without a cue.
    // `en Vénétie`, `en Amazonie`: after `en`, a name ending in `-ie` is a region or a country.
    const abroad =
      !town && !noTown && !feature && known === undefined &&
      ((cue === 'place' && placeAround(run, toks, text, matcher)) ||
        (cue === undefined &&
          !(run.length === 1 && isAllCaps(run[0]!.word.raw)) &&
          (placeInBrackets(run, toks, text, matcher) || regionAfterEn(run, toks) || regionAfterPlace(run, toks, text, field.placeEnds) || nearPlace(run, toks) || townAbroad(run, toks, matcher) || placeByApposition(run, toks, text, matcher))));
    if ((known !== undefined && matcher.entities[known]!.kind === 'place') || (known === undefined && (town || abroad))) field.placeEnds.set(run[run.length - 1]!.index, run[0]!.index);
    const quoted = known === undefined ? quotedName(run, toks, text) : undefined;
    if (quoted && quoted.length > run.length) {
      addOrganisation(quoted, text);
      return;
    }
    let resolve: (() => void) | undefined;
    if (known !== undefined) resolve = () => addKnown(known);
    else if (town) resolve = () => add(slugify(town), 'place', town);
    else if (abroad) resolve = () => add(slug, 'place', name, name);
    // `la région Ouest`, `la zone Sud`: a point of the compass after a noun of places is a part of an area, no place's name;
    // `la région Grand est`: an adjective before a lowercase word opens a name written without its capitals.
    else if (run.length === 1 && ((COMPASS.has(run[0]!.word.folded) && !isAllCaps(run[0]!.word.raw)) || adjectiveOfName(run[0]!, toks)) && (cue === undefined || cue === 'place') && geoNounBefore(run, toks)) return;
    else if ((cue === undefined || cue === 'place') && (geoNounBefore(run, toks) || geoHead(run) || venue(run))) {
      const place = feature ?? name;
      resolve = () => add(slugify(place), 'place', place, place);
    }
    // `le prince George`, `le prince Philip` (a given name French lists lack): a royal is named by title and given
    // name, or by the name the reference gives (`la reine Elizabeth` is Elizabeth II).
    else if (cue === 'person' && run.length === 1 && ROYAL_TITLES.has(cueToken(run, toks)?.word.folded ?? '') && !isAllCaps(run[0]!.word.raw) && !quotedWhole(run, toks, text)) {
      const title = cueToken(run, toks)!.word.raw;
      // `Le Roi Lion`, `le Roi Soleil`: a title written with a capital after an article, before a word that is no given
      // name, is a name of its own (`le capitaine amiénois Prince Gouano` is a given name and a surname).
      const article = toks[cueToken(run, toks)!.index - 1];
      if (isCapitalised(title) && article && ROYAL_ARTICLES.has(article.word.folded) && !isFirstName(run[0]!, matcher) && !isRareFirstName(run[0]!, matcher)) return;
      const royal = `${title.charAt(0).toUpperCase()}${title.slice(1)} ${run[0]!.word.raw}`;
      const reference = matcher.bySlug.get(slugify(royal));
      resolve = reference !== undefined && matcher.entities[reference]!.kind === 'person' ? () => addKnown(reference) : () => add(slugify(royal), 'person', royal, royal);
    }
    // `son mari Philippe`: a given name alone names no one a reader can look up, unless it is a stage name (`la chanteuse Adele`).
    // `la députée LREM Laurianne Rossi`: a known organisation glued before the name is the person's party, not a word of the name;
    // `le candidat Europe Écologie - Les Verts`: after a known place, the rest is no one's name.
    else if (cue === 'person' && run.length > 1 && !isFirstName(run[0]!, matcher) && knownOther(run[0]!, matcher)) {
      const e = matcher.bySlug.get(slugify(run[0]!.word.raw))!;
      if (matcher.entities[e]!.kind !== 'organisation') return;
      addKnown(e);
      if (run.length > 2 || isRareFirstName(run[1]!, matcher)) addPerson(run.slice(1), text);
      return;
    }
    // `"Le Roi Lion"`, « Le Prince Igor »: a title of rank inside a quoted title cues no one.
    // `le leader Insoumis`: a party's member after a person cue qualifies the person, and names no one.
    else if (cue === 'person' && run.length === 1 && PARTY_MEMBERS.has(run[0]!.word.folded)) resolve = undefined;
    else if (cue === 'person' && !(run.length === 1 && givenNameAlone(run[0]!, cueToken(run, toks)?.word.folded ?? '', matcher)) && !quotedWhole(run, toks, text)) resolve = () => addPerson(run, text);
    else {
      // `l’Association de la presse présidentielle`: an organisation's name goes on in lowercase.
      const byWord = run.some((t) => ORGANISATION_WORDS.has(t.word.folded));
      const head = (cue === 'organisation' || byWord) && !run.some((t) => NO_TAIL_HEADS.has(t.word.folded));
      // After a cue alone, only adjectives (`le syndicat Solidaires Finances publiques`, not `la plateforme Pharos du ministère`);
      // or a second capitalised name joined by `et` (`le groupe Libertés et Territoires`).
      const tail = head ? (cue === 'organisation' && !ORGANISATION_PLURALS.has(cueToken(run, toks)?.word.folded ?? '') ? coordinatedName(run, toks, matcher) : []).concat(organisationTail(run[run.length - 1]!, toks, text, matcher, !byWord)) : [];
      if (tail.length) {
        // `l’Agence régionale de santé d’Île-de-France`: a known place after the complement names the body's area.
        const whole = [...run, ...tail, ...(byWord ? (placeComplement(tail[tail.length - 1]!, toks, matcher) ?? []) : [])];
        addOrganisation(whole, text);
        return;
      }
      // `un sondage Ipsos-Sopra Steria`, `un sondage Ifop-Fiducial`: a known pollster and, after hyphens, the partners it works for.
      const partners = cue === 'organisation' && cueToken(run, toks)?.word.folded === 'sondage' ? pollPartners(surface(run, text), matcher) : undefined;
      if (partners) {
        for (const p of partners) {
          const known = matcher.bySlug.get(slugify(p));
          if (known !== undefined && matcher.entities[known]!.kind === 'organisation') addKnown(known);
          else add(slugify(p), 'organisation', p, p);
        }
        return;
      }
      // `un sondage Odoxa Dentsu`, `un sondage Ipsos Steria`: a known pollster before its partners' names.
      const pollster = cue === 'organisation' && run.length > 1 && cueToken(run, toks)?.word.folded === 'sondage' ? matchAlias(toks, run[0]!.index, matcher) : undefined;
      if (pollster && pollster.rest.length < run.length - 1 && matcher.entities[pollster.entity]!.kind === 'organisation') resolve = () => addKnown(pollster.entity);
      // `l’École des Mines de Nancy`, `le Musée des Beaux-Arts de Lyon`: the town after a name headed by a word of organisations is part of it.
      else if (run.length > 1 && byWord && head && ORGANISATION_WORDS.has(run[0]!.word.folded)) {
        const whole = [...run, ...(placeComplement(run[run.length - 1]!, toks, matcher, true) ?? [])];
        resolve = () => addOrganisation(whole, text);
      }
      else if (cue === 'organisation' || (run.length > 1 && byWord)) resolve = () => addOrganisation(run, text);
      else {
        // `un sondage Odoxa Dentsu`: a known organisation before words that name nothing
        // else, inside a sentence after a lowercase word (not a list of colours: `Orange Flame, Apple Green`).
        const prev = toks[run[0]!.index - 1];
        const inSentence = run[0]!.gap !== 'other' && !!prev && !prev.capitalised;
        // `une Maserati MC12`, `la Bugatti Chiron`: a maker's name before a model, after an article, names a product;
        // so does one before a model's code with a digit, whatever precedes it (`une série de Chevrolet Corvette Z06`).
        const product = (!!prev && PRODUCT_DETERMINERS.has(prev.word.raw)) || run.slice(1).some((t) => /\d/u.test(t.word.raw));
        const lead = run.length > 1 && inSentence && !product ? matchAlias(toks, run[0]!.index, matcher) : undefined;
        if (lead && lead.rest.length < run.length - 1 && matcher.entities[lead.entity]!.kind === 'organisation') resolve = () => addKnown(lead.entity);
        // `l’Unsa, SUD, FO et Solidaires`: an acronym listed beside known organisations is one.
        else if (run.length === 1 && listedAcronym(run[0]!, toks, text) && listedWithOrganisations(run[0]!, toks, text, field.organisationEnds, matcher)) {
          resolve = () => addOrganisation(run, text);
        }
        // `BVA et Salesforce`, `Intermarché et Netto`: a name joined by `et` or `ou` to a known organisation is one.
        else if (run.length <= 3 && !run[0]!.sentenceStart && !run.some((t) => isFirstName(t, matcher) || isRareFirstName(t, matcher)) && joinedToOrganisation(run, toks, text, field.organisationEnds, matcher)) {
          // `l’investiture des Républicains et de LREM`: the known title with its article.
          const titled = ['les', 'le', 'la'].map((a) => matcher.bySlug.get(slugify(`${a} ${name}`))).find((e) => e !== undefined && matcher.entities[e]!.kind === 'organisation');
          resolve = titled === undefined ? () => addOrganisation(run, text) : () => addKnown(titled);
        }
        // `selon des chiffres de Médiamétrie`, `une étude de Harvard`: the author of figures or a study is a body.
        else if (run.length <= 3 && !run.some((t) => isFirstName(t, matcher) || isRareFirstName(t, matcher)) && studyBy(run, toks)) resolve = () => addOrganisation(run, text);
        // `selon Médiamétrie`, `comme le précise DirectMatin`: who reports, named without article or given name, is a body or a medium.
        else if (run.length <= 2 && !run.some((t) => isFirstName(t, matcher) || isRareFirstName(t, matcher)) && reportedBare(run, toks)) resolve = () => addOrganisation(run, text);
        // `la CNIL a constaté`, `le CNPA dénonce`: an acronym that acts or speaks names a body.
        else if (run.length === 1 && listedAcronym(run[0]!, toks, text) && (actingAcronym(run[0]!, toks) || definiteAcronym(run[0]!, toks, lowercaseWords))) resolve = () => addOrganisation(run, text);
      }
    }
    // `Dadju, Soolking, Camélia Jordana`: a word alone listed beside people named in full, once the field is read.
    if (run.length === 1 && !resolve && cue === undefined) {
      const [people, others] = [field.personSpans, field.otherEnds];
      resolve = () => listedWithPeople(run[0]!, toks, text, people, others, matcher, lowercaseWords) && addPerson(run, text);
    }
    // `Kate Middleton`, then `Kate`: a given name alone is the person the article named in full with it.
    if (run.length === 1) defer(run[0]!.word.folded, resolve, isFirstName(run[0]!, matcher) && 'given');
    else resolve?.();
  };

  // `la programmation pluriannuelle de l’énergie (PPE)`, then `la PPE`: the article's own acronyms, wherever they are written.
  const ownAcronyms = new Set(fields.flatMap(({ text, toks }) => toks.filter((t) => acronymOfWords(t, toks, text)).map((t) => t.word.raw)));
  const ownAcronym = (name: Token[]): boolean => name.length === 1 && ownAcronyms.has(name[0]!.word.raw);
  for (const { text, toks } of fields) {
    field = newFieldState();
    for (const ministry of ministries(toks, matcher.firstNames)) {
      const tokens = [...ministry, ...organisationTail(ministry[ministry.length - 1]!, toks, text, matcher)];
      // `le ministère de la Santé brésilien`, `du Brésil`: Brazil's.
      if (foreignBody(toks, tokens[tokens.length - 1]!.index + 1, text, matcher)) continue;
      // `le ministère des Solidarités et de la Santé` is the ministère de la Santé under another government's name.
      const written = surface(tokens, text);
      addOrganisation(tokens, text, ministryName(written) ?? written);
    }
    const { gazetteer, runs, sites, editions } = mentions(toks, text, matcher, lowercaseWords, writtenInLowercase);
    for (const edition of editions) addOrganisation(edition, text);
    // A website named by its address is a medium: `le site Leveil.fr`, `lemonde.fr` (Le Monde).
    for (const site of sites) {
      const known = matcher.bySquashedSlug.get(slugify(site[site.length - 2]!.word.raw).replaceAll('-', ''));
      if (site.length === 2 && known !== undefined && matcher.entities[known]!.kind === 'organisation') addKnown(known);
      else addOrganisation(site, text);
    }
    for (const m of gazetteer) {
      const e = matcher.entities[m.entity]!;
      // `la place Beauvau`, `le quai d’Orsay`, `la rue de Rivoli`: a street written with its lowercase noun names no entity.
      if (streetNamed(m.tokens[0]!, toks, text) || (e.kind === 'place' && capitalStreetNamed(m.tokens[0]!, toks, text)) || englishTitleAt(m.tokens[0]!, toks, text) || ownAcronym(m.tokens)) continue;
      // `en gare de Lyon`, `la gare du Nord`: a station of Paris, not the town or the department.
      const station = m.tokens.length === 1 ? parisStation(m.tokens[0]!, toks, text) : undefined;
      if (station) {
        add(slugify(station), 'place', station, station);
        continue;
      }
      const only = m.tokens.length === 1 ? m.tokens[0]! : undefined;
      if (only && e.kind === 'place' && (compassWithin(only, toks) || greeting(only, toks) || inhabitants(only, toks))) continue;
      // `le musée d’Orsay`: named after the quai (the old station), not the town of Essonne.
      if (only?.word.folded === 'orsay' && only.gap === 'elided' && toks[only.index - 1]?.word.folded === 'musee') continue;
      // `le parc de Bercy`, `le bassin de l’Arsenal`: a place named after the quarter, not the ministry nor the club.
      if (only && e.kind === 'organisation' && OF_WORDS.has(toks[only.index - 1]?.word.raw ?? '') && QUARTER_NOUNS.has(toks[only.index - 2]?.word.folded ?? '')) continue;
      // `classé Orange`, `vigilance Orange`: a level of alert is a colour, not the company.
      if (only?.word.folded === 'orange' && (COLOUR_CUES.has(toks[only.index - 1]?.word.folded ?? '') || amongColours(only, toks, text))) continue;
      // `Touche Pas à Mon Poste`: after a capitalised possessive, a word is part of a title, not La Poste.
      if (only?.gap === 'space' && TITLE_POSSESSIVES.has(toks[only.index - 1]?.word.raw ?? '')) continue;
      // `la duchesse de Cambridge`, `le duc d’Édimbourg`, `le comte de Paris`: a title of nobility, not the place
      // (a country's stays: `le prince de Monaco`, `la princesse de Norvège` are its news).
      if (e.kind === 'place' && nobleTitle(m.tokens[0]!, toks, text) && !matcher.countries.has(e.slug)) continue;
      // `le massacre de la Saint-Barthélemy`, `la Saint-Martin`: a saint's day after `la`, not the island or the town.
      if (e.kind === 'place' && /^Saint-/u.test(m.tokens[0]!.word.raw) && m.tokens[0]!.gap === 'space' && toks[m.tokens[0]!.index - 1]?.word.folded === 'la') continue;
      if (e.kind === 'place' && m.tokens.length === 1 && matcher.countries.has(e.slug) && givenNameNoPlace(m.tokens[0]!, toks, matcher)) continue;
      // `sa Rolls-Royce`, `une Bugatti 57SC`, `l’Airbus A320`: a maker's name as a thing one has, or before a model, is a product.
      if (e.kind === 'organisation' && productMention(m.tokens, toks)) continue;
      // `la série Dallas`, `le restaurant Le Tennessee`: a show, a song or a venue named after a place is no place;
      // a venue the reference knows stays one (`le restaurant Le Fouquet’s`).
      if (e.kind === 'place' && !FRENCH_AREAS.has(foldText(e.name)) && namedWork(m.tokens[0]!, toks, text)) continue;
      // `l’Assemblée nationale populaire (ANP)`, `le Parti communiste (PCC)`: another body, which its acronym names.
      if (e.kind === 'organisation' && otherBodyInBrackets(m, toks, text, matcher)) continue;
      // `le maire d’Orange`, `entre Lyon et Orange`: a company named like a town is the town where places are named.
      const town = e.kind === 'organisation' ? townOfCompany(m.tokens, toks, matcher, field.placeEnds) : undefined;
      if (town) {
        field.placeEnds.set(m.tokens[0]!.index, m.tokens[0]!.index);
        add(slugify(town), 'place', town);
        continue;
      }
      if (e.kind !== 'person') for (const t of [m.tokens[0]!, m.tokens[m.tokens.length - 1]!]) field.otherEnds.add(t.index);
      // `Sardou, Johnny Hallyday et Polnareff`, `Sardou, Macron`: someone the reference knows is a person of a list of names.
      else field.personSpans.set(m.tokens[0]!.index, m.tokens[m.tokens.length - 1]!.index);
      if (e.kind === 'organisation') field.organisationEnds.add(m.tokens[m.tokens.length - 1]!.index);
      if (e.kind === 'place') field.placeEnds.set(m.tokens[m.tokens.length - 1]!.index, m.tokens[0]!.index);
      // A surname alone (`Macron`) waits: a full name in the article (`Brigitte Macron`) wins over it.
      if (e.kind === 'person' && namedAfter(m.tokens[0]!, toks)) {
        const institution = institutionNamedAfter(m.tokens, toks, text);
        if (institution) addOrganisation(m.tokens, text, institution);
        continue;
      }
      if (e.kind === 'person' && founderCue(m.tokens[0]!, toks)) {
        addFounded(m.tokens, toks, text);
        continue;
      }
      if (e.kind === 'person' && m.tokens.length > 1) {
        add(e.slug, e.kind, e.name);
        addNameParts(m.tokens, e.slug);
      } else if (e.kind === 'place' && regionWords(m.tokens, toks) > 0) {
        const region = m.tokens.concat(toks.slice(m.tokens[m.tokens.length - 1]!.index + 1, m.tokens[m.tokens.length - 1]!.index + 1 + regionWords(m.tokens, toks)));
        const name = surface(region, text);
        add(slugify(name), 'place', name, name);
      } else if (m.tokens.length === 1) {
        const folded = m.tokens[0]!.word.folded;
        defer(folded, () => inOrganisation.has(m.tokens[0]!) || addKnown(m.entity), e.kind === 'person' && foldText(e.name).startsWith(`${folded} `) && 'alias');
      }
      else if (e.kind === 'organisation' && !m.tokens[m.tokens.length - 1]!.capitalised && placeComplement(m.tokens[m.tokens.length - 1]!, toks, matcher)) {
        addOrganisation([...m.tokens, ...placeComplement(m.tokens[m.tokens.length - 1]!, toks, matcher)!], text);
      } else {
        if (e.kind === 'place') field.knownPlaces.push(m);
        addKnown(m.entity);
        // `la Conférence des évêques de France (CEF)`, then `la CEF`: an acronym in brackets right after a known body's
        // name, spelt by its initials, is that body (not `Groupe d’intervention de la Gendarmerie nationale (GIGN)`).
        const last = m.tokens[m.tokens.length - 1]!;
        const bracketed = toks[last.index + 1];
        if (e.kind === 'organisation' && bracketed && /^\s*\(\s*$/u.test(text.slice(last.word.end, bracketed.word.start)) && initialsOf(e.name) === bracketed.word.folded) field.orgAt.set(last.index, e.slug);
        // `la Corée du Nord`, then `le Nord`: the same country.
        if (e.kind === 'place' && COMPASS.has(m.tokens[m.tokens.length - 1]!.word.folded)) addNameParts(m.tokens, e.slug);
      }
    }
    /** A run may hold several names: what comes after a person's name is read again. */
    const takeRun = (run: Token[]): void => {
      if (!run.length || streetNamed(run[0]!, toks, text) || capitalStreetNamed(run[0]!, toks, text) || englishTitleAt(run[0]!, toks, text) || ownAcronym(run)) return;
      // `l’église St Mark d’Englefield`, `Ste Catherine`: a saint's name, abbreviated, names a church or a place, not someone
      // (`St. Augustine` is read whole as a place).
      if (run.length > 1 && /^Ste?$/u.test(run[0]!.word.raw) && text.charAt(run[0]!.word.end) !== '.' && (isFirstName(run[1]!, matcher) || isRareFirstName(run[1]!, matcher))) return;
      // `la Viale Ciro Menotti`, `au 3 Allée Jean Moulin`: a street's capitalised noun heads its name.
      if (run.length > 1 && CAPITAL_STREET_NOUNS.has(run[0]!.word.folded) && run[1]!.gap === 'space') return;
      // `jouer à Candy Crush`: a game, unless the name is known or a town (`joué à Marseille`).
      if (playedAt(run, toks)) {
        const played = surface(run, text);
        if (!matcher.bySlug.has(slugify(played)) && !matcher.communes.has(hyphenated(played))) return;
      }
      // `l’ONG Acted`: a noun of organisations in capitals heads the run; the name follows it.
      if (run.length > 1 && run[0]!.word.raw.length <= 3 && isAllCaps(run[0]!.word.raw) && ORGANISATION_CUES.has(run[0]!.word.folded)) {
        takeRun(run.slice(1));
        return;
      }
      // `confie à L’Opinion Bernard Sananes`: a given name starts the next name.
      const given = givenNameAfterFirst(run, matcher);
      const titled = titledName(given > 0 ? run.slice(0, given) : run, toks, text, matcher, surnamesWithArticle);
      // `au micro du Grand Jury, sur RTL`: the title of a medium's show is neither who speaks nor who publishes.
      const show = given < 0 && !matcher.bySlug.has(slugify(surface(run, text))) && showOfMedium(run, toks, text, matcher);
      const spoken = show ? undefined : titled ?? (given < 0 ? reportedBody(run, toks, text, matcher) : undefined);
      if (spoken) {
        // `affirme à L’AFP`: an organisation the gazetteer knows without the article is that one.
        const known = matcher.bySlug.get(slugify(spoken.name)) ?? (titled ? knownWithoutArticle(spoken.name, matcher) : undefined);
        if (known !== undefined && matcher.entities[known]!.kind === 'organisation') addKnown(known);
        // `selon l’OPCC`: one word waits, as other single words do, for an acronym the article defines.
        else if (known === undefined && spoken.tokens.length === 1 && !titled) defer(run[0]!.word.folded, () => addOrganisation(spoken.tokens, text, spoken.name));
        else if (known === undefined) addOrganisation(spoken.tokens, text, spoken.name);
        if (given > 0) takeRun(run.slice(given));
        return;
      }
      // `l’agent du FBI Ron Harper`, `auprès du Parisien Frédérick Genevée`: a known name, then a rarer given name and a surname.
      // Not a maker's model (`une Rolls-Royce Dawn Adamas`, `Renault Mégane R.S.`).
      const before = toks[run[0]!.index - 1];
      if (
        run.length === 3 && knownOther(run[0]!, matcher) && isRareFirstName(run[1]!, matcher) && surname(run[2]!) && run[2]!.word.raw.length > 1 &&
        !(before && PRODUCT_DETERMINERS.has(before.word.raw))
      ) {
        classify(run.slice(0, 1), toks, text);
        addPerson(run.slice(1), text);
        return;
      }
      // `À Saint-Pierre d’Oléron`: a town after `à` is no person, whatever its first word.
      // `la commune de Saint-Pierre d’Eyraud`: so is a town after a noun of places.
      const town = (cueBefore(run, toks, text, matcher) === 'place' || placeNounBefore(run, toks)) && matcher.communes.has(hyphenated(surface(run, text)));
      // `Amelia Island`, `Pebble Beach`, `Colorado Springs`: a name ending in an English noun of places is a place.
      // `l’émission de téléréalité anglaise, Love Island`: the title of a show is no place.
      const english = showNounBefore(run, toks) ? undefined : englishPlace(run, matcher);
      if (english) {
        classify(run.slice(0, english.start), toks, text);
        const place = run.slice(english.start);
        add(slugify(surface(place, text)), 'place', surface(place, text), surface(place, text));
        return;
      }
      const found = town ? undefined : personStart(run, matcher, toks, text);
      // `la fondation Brigitte Bardot`, `la maison Sonia Rykiel`: bodies and houses are named after their founder, whatever the given name.
      if (found?.start === 0 && founderCue(run[0]!, toks)) {
        addFounded(run, toks, text, found.end === run.length);
        return;
      }
      // `la Lucie Blackman Trust`, `la Bill Clinton Foundation`: an English body named after someone ends with its noun.
      if (found && found.end === run.length - 1 && ENGLISH_BODY_TAILS.has(run[run.length - 1]!.word.folded)) {
        classify(run.slice(0, found.start), toks, text);
        addOrganisation(run.slice(found.start), text);
        return;
      }
      // `le Musée Enzo Ferrari`, `l’Hôpital Georges Pompidou`, `le Stade Pierre Mauroy`: a capitalised noun of places and
      // institutions glued before someone's name heads what is named after them, as its lowercase noun does (`le lycée Victor Hugo`).
      if (found?.start === 1 && run[0]!.capitalised && !isAllCaps(run[0]!.word.raw) && (NAMED_AFTER.has(run[0]!.word.folded) || FOUNDER_CUES.has(run[0]!.word.folded))) {
        const named = run.slice(0, found.end);
        const head = run[0]!.word.folded;
        if (NAMED_PLACES.has(head)) add(slugify(surface(named, text)), 'place', surface(named, text), surface(named, text));
        else if (ORGANISATION_WORDS.has(head) && !EVENT_HEADS.has(head)) addOrganisation(named, text);
        takeRun(run.slice(found.end));
        return;
      }
      // `le groupe islamiste Ansar Dine`: a rare given name is weaker evidence than a cue of organisations.
      const person = found && !(found.start === 0 && !isFirstName(run[0]!, matcher) && cueBefore(run, toks, text, matcher) === 'organisation') ? found : undefined;
      if (!person) {
        classify(run, toks, text);
        return;
      }
      // `le lycée Georges Brassens`: a place or institution named after someone, not the person;
      // « Marine Plus », "Giuseppe Ristorante": a name that fills a quotation is a title (an application, a show).
      const named = run.slice(person.start, person.end);
      const institution = person.start === 0 ? institutionNamedAfter(named, toks, text) : undefined;
      if (institution) addOrganisation(named, text, institution);
      else if ((person.start > 0 || !namedAfter(run[0]!, toks)) && !quotedWhole(named, toks, text)) {
        addPerson(named, text);
        // `Bella et Gigi Hadid`, `George et Amal Clooney`: a given name alone, `et`, then a given name and a surname: two people of that surname.
        const sibling = person.start === 0 && named.length === 2 ? siblingGivenName(named[0]!, toks, matcher) : undefined;
        // Not someone the article or the reference names otherwise (`Florent et Vanessa Paradis` after `Florent Pagny`; `Nagui`).
        const other = sibling && (matcher.bySlug.has(slugify(sibling.word.raw)) || [...tallies.values()].some((t) => t.kind === 'person' && t.name.startsWith(`${sibling.word.raw} `)));
        if (sibling && !other) {
          const name = `${sibling.word.raw} ${named[1]!.word.raw}`;
          add(slugify(name), 'person', name, name);
        }
      }
      // `le député Insoumis François Ruffin`: after a person cue, the words before the name qualify the person (a party, a
      // nationality) and are no one themselves; a known name among them stays (`la députée LREM Laurianne Rossi`).
      const lead = run.slice(0, person.start);
      if (!(lead.length && cueBefore(run, toks, text, matcher) === 'person' && !matcher.bySlug.has(slugify(surface(lead, text))))) classify(lead, toks, text);
      let rest = person.end;
      while (rest < run.length && PARTICLES.has(run[rest]!.word.folded)) rest++;
      takeRun(run.slice(rest));
    };
    for (const run of runs) takeRun(run);
    for (const m of field.knownPlaces) if (inOrganisation.has(m.tokens[0]!)) retract(matcher.entities[m.entity]!.slug);
    for (const [beside, entity, acronym] of knownAcronyms(toks, text, matcher)) {
      const slug = field.orgAt.get(beside);
      if (!slug) continue;
      // The article's own long form wins over the reference's body of the same acronym.
      if (sameLongForm(slug, entity, matcher)) sameAs.set(slug, entity);
      else if (!acronyms.has(acronym)) acronyms.set(acronym, { slug, name: tallies.get(slug)!.name });
    }
    for (const def of acronymDefinitions(toks, text, matcher)) {
      if (acronyms.has(def.acronym.word.folded)) continue;
      const slug = field.orgAt.get(def.beside);
      const raw = def.acronym.word.raw;
      // `la DGCCRF (Direction générale de la Concurrence, de la Consommation…)`: a long form in brackets cut short
      // before the bracket closes is the acronym's body, named by the acronym.
      if (slug && def.closeAt !== undefined && field.orgAt.get(def.closeAt) !== slug && tallies.has(slug)) {
        acronyms.set(def.acronym.word.folded, { slug: slugify(raw), name: raw });
        shortLongForms.set(slug, def.acronym.word.folded);
      } else if (slug) acronyms.set(def.acronym.word.folded, { slug, name: tallies.get(slug)!.name });
      else if (def.head) {
        acronyms.set(def.acronym.word.folded, { slug: slugify(raw), name: raw });
        // `l’Association pour le droit de mourir dans la dignité (ADMD)`: a long form cut short before the bracket is the acronym's body.
        const cut = def.headAt === undefined ? undefined : field.orgAt.get(def.headAt);
        if (cut && tallies.has(cut)) shortLongForms.set(cut, def.acronym.word.folded);
        // A single word read once the article is read (`l’association Droit au logement (DAL)`): looked at then.
        else if (def.headAt !== undefined) cutLater.push({ state: field, at: def.headAt, acronym: def.acronym.word.folded });
      }
    }
  }
  for (const { folded, state, fallback, person, alias } of singles) {
    const slug = lastNames.get(folded) ?? person ?? (alias ? givenNames.get(folded) : undefined);
    const acronym = acronyms.get(folded);
    if (slug) tallies.get(slug)!.count++;
    else if (acronym) add(acronym.slug, 'organisation', acronym.name, acronym.slug === slugify(acronym.name) ? acronym.name : undefined);
    else if (fallback) {
      field = state;
      fallback();
    }
  }

  for (const { state, at, acronym } of cutLater) {
    const cut = state.orgAt.get(at);
    if (cut && tallies.has(cut) && !shortLongForms.has(cut)) shortLongForms.set(cut, acronym);
  }
  for (const [slug, folded] of shortLongForms) {
    const long = tallies.get(slug);
    const acronym = acronyms.get(folded);
    if (!long || !acronym || acronym.slug === slug) continue;
    tallies.delete(slug);
    for (let n = 0; n < long.count; n++) add(acronym.slug, 'organisation', acronym.name, acronym.name);
  }
  // `l’Institut national de la recherche agronomique et de l’environnement (INRAE)`: the long form as written is the known body.
  for (const [slug, entity] of sameAs) {
    const long = tallies.get(slug);
    const e = matcher.entities[entity]!;
    if (!long || slug === e.slug) continue;
    tallies.delete(slug);
    for (let n = 0; n < long.count; n++) addKnown(entity);
  }
  ownBodiesOfAcronyms(tallies, matcher, `${doc.title}\n${doc.lede}\n${doc.body}`);
  mergeLongerSurnames(tallies);
  mergeInitialSurnames(tallies);
  mergeMisspeltPeople(tallies, (slug) => matcher.bySlug.has(slug));
  mergeSurnamesAlone(tallies);
  mergeShortForms(tallies);
  mergeHeadsOfKnown(tallies, matcher);
  mergePlaceSpellings(tallies, matcher);
  return [...tallies]
    // `James Bond`, `Harry Potter`: a character of fiction is no one a reader looks for among people.
    .filter(([slug, t]) => !(t.kind === 'person' && FICTIONAL_SLUGS.has(slug)))
    // `le Conseil régional`, `le Conseil d’administration` named alone: a kind of body, not one.
    .filter(([slug, t]) => !(t.kind === 'organisation' && GENERIC_BODIES.has(slug)))
    // `l’Alliance` of Renault and Nissan: the police union only in an article that speaks of the police.
    .filter(([slug]) => slug !== POLICE_UNION || /\bpolic/iu.test(`${doc.title}\n${doc.lede}\n${doc.body}`))
    .map(([slug, t]) => {
      // `Vienne`: Austria's capital, unless the article names the department or the town of Isère.
      const sense = t.kind === 'place' && isHomonym(slug) ? placeSense(slug, `${doc.title}\n${doc.lede}\n${doc.body}`) : undefined;
      return { kind: t.kind, name: sense?.name ?? preferredForm(t), slug: sense?.slug ?? slug, count: t.count };
    })
    // Then by slug: accents and capitals aside, as a reader orders names (`franceinfo`, `Édouard Philippe` among the others).
    .sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .slice(0, MAX_ENTITIES);
}

/** Words between a known organisation's name and an acronym in brackets that may lengthen the name (`nationale populaire (ANP)`). */
const BRACKET_REACH = 4;

/**
 * A known organisation's name followed, within a few words, by an acronym in brackets that names
 * another body: one the gazetteer knows under a longer name starting with these words (`le Parti
 * communiste (PCC)`: the Chinese party, not the French), or, with words between, one whose initials
 * the whole name spells and the known name's do not (`l’Assemblée nationale populaire (ANP)`).
 */
function otherBodyInBrackets(m: { tokens: Token[]; entity: number }, toks: Token[], text: string, matcher: EntityMatcher): boolean {
  const first = m.tokens[0]!.index;
  const last = m.tokens[m.tokens.length - 1]!.index;
  for (let j = last + 1; j < toks.length && j <= last + 1 + BRACKET_REACH; j++) {
    const t = toks[j]!;
    const gap = text.slice(toks[j - 1]!.word.end, t.word.start);
    if (/^\s*\(\s*$/u.test(gap)) {
      if (!isAllCaps(t.word.raw) || text.charAt(t.word.end) !== ')') return false;
      const other = matchAlias(toks, j, matcher)?.entity;
      if (other !== undefined) {
        const body = matcher.entities[other]!;
        const written = foldText(surface(toks.slice(first, j), text));
        return other !== m.entity && body.kind === 'organisation' && foldText(body.name).startsWith(`${written} `);
      }
      const acronym = t.word.folded;
      return j > last + 1 && initialsOf(surface(toks.slice(first, j), text)) === acronym && initialsOf(matcher.entities[m.entity]!.name) !== acronym;
    }
    if (!/^\s+$/u.test(gap) || t.sentenceStart) return false;
  }
  return false;
}

/**
 * The initials of an organisation's name, folded, the small words an acronym skips left out
 * (`ACRONYM_SKIPS`) unless `skipSmallWords` is false: `amf` for `Association des maires de France`.
 * @example initialsOf('Association des maires de France') // 'amf'
 * @example initialsOf('Droit au logement', false) // 'dal'
 */
export function initialsOf(name: string, skipSmallWords = true): string {
  return foldText(name).split(/[^a-z0-9]+/u).filter((w) => w && !(skipSmallWords && ACRONYM_SKIPS.has(w))).map((w) => w.charAt(0)).join('');
}

/** Words of four letters or more of a name, folded and in the singular: what two names of one body share. */
function nameWords(name: string): Set<string> {
  return new Set(foldText(name).split(/[^a-z0-9]+/u).filter((w) => w.length >= 4).map((w) => w.replace(/[sx]$/u, '')));
}

/**
 * An organisation of the article whose initials are an acronym the reference gives a body the
 * article names only by that acronym (its full name never written) is one organisation with it:
 * - `le président de l’AMF` in an article about the Association des maires de France is that
 *   association, not the reference's Autorité des marchés financiers (no word of their names in
 *   common): the acronym's mentions go to the article's organisation;
 * - `la Direction générale de la surveillance extérieure` and `la DGSE`, a name written otherwise
 *   (words in common), are the reference's body: the name's mentions go to it.
 */
function ownBodiesOfAcronyms(tallies: Map<string, Tally>, matcher: EntityMatcher, text: string): void {
  // Folded only for an article that has such a pair: most have none.
  let folded: string | undefined;
  for (const [slug, own] of [...tallies]) {
    if (own.kind !== 'organisation' || own.name.split(/\s+/u).length < 3 || !tallies.has(slug)) continue;
    const initials = initialsOf(own.name);
    if (initials.length < 3) continue;
    const other = matcher.entities[matcher.bySlug.get(initials) ?? -1];
    const named = other && tallies.get(other.slug);
    if (!other || !named || other.slug === slug || other.kind !== 'organisation' || (folded ??= foldText(text)).includes(foldText(other.name))) continue;
    const otherWords = nameWords(other.name);
    const written = [...nameWords(own.name)].some((w) => otherWords.has(w));
    const [kept, gone, goneSlug] = written ? [named, own, slug] : [own, named, other.slug];
    kept.count += gone.count;
    tallies.delete(goneSlug);
  }
}

/**
 * The town a one-word company name also names (`Orange`, `Hermès`), when the words around it name
 * places: a noun of places before it (`le maire d’Orange`), or `et` joining it to a place (`entre Lyon
 * et Orange`, `Orange et Narbonne`); never a seat of power (`Matignon`, `Beauvau`).
 */
function townOfCompany(name: Token[], toks: Token[], matcher: EntityMatcher, placeEnds: ReadonlyMap<number, number>): string | undefined {
  const t = name[0]!;
  const town = name.length === 1 ? matcher.communes.get(t.word.folded) : undefined;
  if (!town || SEAT_SLUGS.has(slugify(t.word.raw))) return undefined;
  if (placeNounBefore(name, toks)) return town;
  const after = toks[t.index + 1];
  const next = toks[t.index + 2];
  const placeAt = (i: number): boolean => {
    const rule = matchAlias(toks, i, matcher);
    return !!rule && matcher.entities[rule.entity]!.kind === 'place';
  };
  if (after?.word.raw === 'et' && after.gap === 'space' && next?.capitalised && next.gap === 'space' && placeAt(next.index)) return town;
  const before = toks[t.index - 1];
  if (before?.word.raw === 'et' && t.gap === 'space' && before.gap === 'space' && placeEnds.has(before.index - 1)) return town;
  // `entre Lançon-de-Provence et Orange`: a stretch of road or line between two names, the first one a name too.
  const first = before && toks[before.index - 1];
  if (before?.word.raw === 'et' && t.gap === 'space' && first?.capitalised && toks[first.index - 1]?.word.raw === 'entre') {
    const rule = matchAlias(toks, first.index, matcher);
    if (!rule || matcher.entities[rule.entity]!.kind === 'place') return town;
  }
  // `Orange Nord`: a motorway exit or a part of the town.
  if (after?.capitalised && after.gap === 'space' && COMPASS.has(after.word.folded)) return town;
  return undefined;
}

/** Index of the first given name after the first word of a run, or -1. */
function givenNameAfterFirst(run: Token[], matcher: EntityMatcher): number {
  for (let i = 1; i < run.length; i++) if (isFirstName(run[i]!, matcher)) return i;
  return -1;
}

/** `Bruno Le Maire`, `Marine Le Pen`: folded surnames that start with a capitalised article after a given name in the article (`le maire`, `le pen`). */
function articleSurnames(fields: Token[][], matcher: EntityMatcher): Set<string> {
  const out = new Set<string>();
  for (const toks of fields) {
    for (const t of toks) {
      const next = toks[t.index + 1];
      const surname = toks[t.index + 2];
      if (next && surname && next.gap === 'space' && surname.gap === 'space' && ['Le', 'La', 'Les'].includes(next.word.raw) && surname.capitalised && isFirstName(t, matcher)) {
        out.add(`${next.word.folded} ${surname.word.folded}`);
      }
    }
  }
  for (const s of knownArticleSurnames(matcher)) out.add(s);
  return out;
}

const articleSurnameCache = new WeakMap<EntityMatcher, string[]>();
/** `le pen`, `le drian`: surnames with an article of the people the gazetteer knows, computed once per matcher. */
function knownArticleSurnames(matcher: EntityMatcher): string[] {
  let list = articleSurnameCache.get(matcher);
  if (!list) {
    list = matcher.entities.filter((e) => e.kind === 'person' && /-(?:le|la|les)-[^-]+$/u.test(e.slug)).map((e) => e.slug.split('-').slice(-2).join(' '));
    articleSurnameCache.set(matcher, list);
  }
  return list;
}

/** Words after which a capitalised article inside a sentence opens the title of a medium: `selon Le Lab`, `rapporte La Voix de l’Ain`. */
const REPORTING_WORDS = new Set(
  (
    'selon rapporte rapportent revele revelent relate relatent relaie releve precise precisent ecrit ecrivent indique indiquent affirme assure annonce raconte souligne note cite ' +
    'rappelle estime explique ajoute detaille observe constate'
  ).split(' '),
);
/** Participles before `par` or `à` that introduce a medium: `cité par Le Lab`, `a confié à La Provence`. */
const REPORTED_TO = /^(?:cite|relaye|interroge|publie|revele|rapporte|repris|sollicite|contacte|joint|confie|declare|indique|explique|precise|assure|affirme|raconte|annonce|reconnu|avoue|entretien|interview|entretiens|interviews|remarque|repere|consulte|diffuse|signale|epingle|recueilli)e?s?$/u;
/** Nouns before `de` that introduce a medium: `dans les colonnes de La Dépêche`, `au micro de`, `à l’antenne de`. */
const MEDIUM_PLACES = new Set(['colonnes', 'micro', 'antenne', 'plateau', 'site', 'une', 'redaction', 'journaliste', 'journalistes', 'editorialiste', 'confreres', 'lecteurs', 'pages']);

/**
 * Whether `cue` (with the word `before` it) introduces what a medium or body reported: a
 * reporting word (« selon », « révèle »…), « d’après », « par / à / au » after a reporting
 * word (« interrogé par »), « de » after a place in a medium (« dans les colonnes de »).
 */
function reportingCue(cue: Token, before: Token | undefined): boolean {
  const f = cue.word.folded;
  return REPORTING_WORDS.has(f) ||
    (f === 'apres' && cue.gap === 'elided') ||
    ((f === 'par' || f === 'a' || f === 'au') && !!before && REPORTED_TO.test(before.word.folded)) ||
    (f === 'de' && !!before && MEDIUM_PLACES.has(before.word.folded));
}

/**
 * `rapporte Le Lab`, `selon La Voix de l’Ain`, `a expliqué à L’Est républicain`, `le groupe Les
 * Musclés`: a capitalised article inside a sentence, after a verb of reporting, a participle and
 * `par` or `à`, a noun of the press and `de`, or a noun of organisations, opens a medium's or an
 * organisation's name: the article, the run, its adjectives and complements (`La Lettre de
 * l’expansion`) and a known place after `de` (`La Voix de l’Ain`). Not a surname written with its
 * article (`selon Le Pen` in an article that names Marine Le Pen), not a run that starts a person's name.
 */
function titledName(run: Token[], toks: Token[], text: string, matcher: EntityMatcher, articleSurnames: () => ReadonlySet<string>): { tokens: Token[]; name: string } | undefined {
  const first = run[0]!;
  if (run.length > 3 || isFirstName(first, matcher)) return undefined;
  const article = toks[first.index - 1];
  let cueAt: number;
  let prefix = '';
  if (first.gap === 'space' && article && article.gap === 'space' && !article.sentenceStart && ['Le', 'La', 'Les'].includes(article.word.raw)) cueAt = article.index - 1;
  else if (first.gap === 'elided' && !first.sentenceStart && /\sL['\u2019]$/u.test(text.slice(toks[first.index - 1]?.word.end ?? 0, first.word.start))) {
    cueAt = first.index - 1;
    prefix = text.slice(first.word.start - 2, first.word.start);
  } else return undefined;
  const cue = toks[cueAt];
  const before = toks[cueAt - 1];
  // `Selon La Voix de l’Ain` opens a sentence: the cue may be capitalised there only.
  if (!cue || (cue.capitalised && !cue.sentenceStart)) return undefined;
  const cued = reportingCue(cue, before) || ORGANISATION_CUES.has(cue.word.folded);
  if (!cued) return undefined;
  if (prefix === '' && articleSurnames().has(`${article!.word.folded} ${first.word.folded}`)) return undefined;
  const tail = organisationTail(run[run.length - 1]!, toks, text, matcher);
  const named = [...run, ...tail];
  const place = knownPlaceAfter(named[named.length - 1]!, toks, matcher);
  const tokens = prefix ? [...named, ...place] : [article!, ...named, ...place];
  const name = prefix + surface(tokens, text);
  // `a expliqué à La Ferté-Alais`: a town with its article is no medium.
  return matcher.communes.has(foldText(name)) || matcher.communes.has(hyphenated(name)) ? undefined : { tokens, name };
}

/**
 * The organisation the gazetteer knows by a titled name without its leading article (`L’AFP`: AFP).
 * @example knownWithoutArticle('L’AFP', matcher) // the index of AFP
 */
function knownWithoutArticle(name: string, matcher: EntityMatcher): number | undefined {
  const bare = name.replace(NAME_ARTICLE, '');
  const known = bare === name ? undefined : matcher.bySlug.get(slugify(bare));
  return known !== undefined && matcher.entities[known]!.kind === 'organisation' ? known : undefined;
}

/** Members of a party written with a capital: `le leader Insoumis`, `un élu Républicain`. */
/**
 * `Ipsos-Sopra Steria` → Ipsos, Sopra Steria; `BVA-RTL-La Tribune` → BVA, RTL, La Tribune: a poll's name whose part before
 * the first hyphen is a known organisation, and its capitalised parts after it (`Kantar Sofres-onepoint`: no lowercase part).
 */
function pollPartners(name: string, matcher: EntityMatcher): string[] | undefined {
  const parts = name.split('-').map((p) => p.trim());
  if (parts.length < 2) return undefined;
  const first = matcher.bySlug.get(slugify(parts[0]!));
  if (first === undefined || matcher.entities[first]!.kind !== 'organisation') return undefined;
  return parts.filter((p) => /^\p{Lu}/u.test(p));
}

/** Lowercase nouns of streets and squares, whose names the samples leave out (`rue des Martyrs`, `place Beauvau`); `route` and `chemin` only in an address (below). */
const STREET_NOUNS = new Set(['rue', 'avenue', 'boulevard', 'place', 'quai', 'allee', 'impasse', 'square', 'esplanade', 'ruelle', 'route', 'chemin']);
/** Nouns of roads that lead somewhere after a determiner (`la route de Lyon`), and name a street in an address without one (`situé route de Vienne`). */
const ROAD_NOUNS = new Set(['route', 'chemin']);
/** Determiners before a road that leads somewhere. */
const ROAD_DETERMINERS = new Set(['la', 'le', 'une', 'un', 'cette', 'ce', 'sa', 'son', 'leur', 'notre', 'votre', 'du', 'au', 'de', 'des']);
/** The same nouns, and other languages' (`Viale Ciro Menotti`, `Calle Mayor`), as a street's name writes them with a capital. */
const CAPITAL_STREET_NOUNS = new Set([...STREET_NOUNS, 'via', 'viale', 'piazza', 'calle', 'avenida', 'rua', 'plaza', 'strasse']);

/**
 * `le cinéma MK2 Quai de Loire`, `12 Rue de Paris`, `la Viale Ciro Menotti`: a name after a street's noun written with a capital
 * is the street's name, for a place or an unknown name (`la Place Beauvau` stays the ministry, a known organisation).
 */
function capitalStreetNamed(first: Token, toks: Token[], text: string): boolean {
  const noun = toks[first.index - 1];
  if (noun?.capitalised && CAPITAL_STREET_NOUNS.has(noun.word.folded) && first.gap === 'space') return true;
  return streetNamed(first, toks, text, CAPITAL_STREET_NOUNS, true);
}

/**
 * `la place Beauvau`, `le quai d’Orsay`, `la rue de Rivoli`, `l’avenue des Champs-Élysées`: the name starts a street's name
 * after its lowercase noun (and `de`, `du`, `des`, `d’`, `de la`), a street the samples do not label, whatever it is named after;
 * not `à la place de` (instead of). `la chic avenue de Manhattan` (an avenue in Manhattan) is read as a street too.
 */
function streetNamed(first: Token, toks: Token[], text: string, nouns = STREET_NOUNS, capital = false): boolean {
  let prev = toks[first.index - 1];
  if (!prev) return false;
  // The street's noun is one to three words before: most names have none.
  const i = first.index;
  if (!nouns.has(prev.word.folded) && !(i >= 2 && nouns.has(toks[i - 2]!.word.folded)) && !(i >= 3 && nouns.has(toks[i - 3]!.word.folded))) return false;
  if (first.gap === 'elided') {
    // `quai d’Orsay`: the elided `d’` sits between the noun and the name; `quai de l’Arsenal`,
    // `rue de l’Élysée`: `de l’` does.
    if (first.afterL && prev.word.raw === 'de' && /^\s+l['\u2019]$/u.test(text.slice(prev.word.end, first.word.start))) prev = toks[prev.index - 1];
    else if (first.afterL || !/\sd['\u2019]$/u.test(text.slice(prev.word.end, first.word.start))) return false;
  } else if (first.gap === 'space' && (OF_WORDS.has(prev.word.raw) || prev.word.raw === 'la' || prev.word.raw === 'le')) {
    // `rue de la Paix`, `rue du Bac`, `avenue de l’Opéra`.
    if ((prev.word.raw === 'la' || prev.word.raw === 'le') && toks[prev.index - 1]?.word.raw === 'de') prev = toks[prev.index - 1]!;
    if (prev.word.raw === 'la' || prev.word.raw === 'le') return false;
    prev = toks[prev.index - 1];
  } else if (first.gap !== 'space') return false;
  if (!prev || prev.capitalised !== capital || !nouns.has(prev.word.folded)) return false;
  // `à la place d’Helen Clark`: instead of someone, no square.
  const article = toks[prev.index - 1];
  // `la route de Lyon` leads to the town; `situé route de Vienne` is an address.
  if (ROAD_NOUNS.has(prev.word.folded) && (!article || ROAD_DETERMINERS.has(article.word.folded) || article.gap === 'elided')) return false;
  return !(prev.word.folded === 'place' && article?.word.raw === 'la' && toks[article.index - 1]?.word.folded === 'a');
}

/** Lowercase nouns of the places a seat of power is named after (`le quartier de Bercy`, `la station Bercy`, `le pont de Bercy`). */
const SEAT_PLACE_NOUNS = new Set(['quartier', 'station', 'stations', 'pont', 'parc', 'port', 'omnisports', 'arena', 'village', 'metro']);

/**
 * The seat's name at `i` names the place it is named after: a place noun just before it, or `de`
 * after one (`le quartier de Bercy`, `station Bercy`, `les stations Bercy et Porte d’Italie`).
 */
function placeOfSeat(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  if (!prev || t.gap !== 'space') return false;
  const noun = prev.word.raw === 'de' ? toks[i - 2] : prev;
  return !!noun && !noun.capitalised && SEAT_PLACE_NOUNS.has(noun.word.folded);
}

/** Names of the main railway stations of Paris, as written after `gare` (`gare de Lyon`, `gare du Nord`, `gare Saint-Lazare`). */
const PARIS_STATIONS = new Set(['lyon', 'nord', 'est', 'austerlitz', 'saint-lazare', 'montparnasse', 'bercy']);

/**
 * `gare de Lyon`, `gare du Nord`, `gare de l’Est`, `gare Montparnasse`: the station as written, from the lowercase `gare`
 * just before to the name; not a station with a further name (`gare de Lyon Part-Dieu`, `gare de Lyon-Perrache`: in Lyon).
 */
function parisStation(t: Token, toks: Token[], text: string): string | undefined {
  if (!PARIS_STATIONS.has(t.word.folded) || toks[t.index + 1]?.gap === 'space' && toks[t.index + 1]!.capitalised) return undefined;
  const prev = toks[t.index - 1];
  if (!prev) return undefined;
  const gare = prev.word.folded === 'gare' && t.gap === 'space' ? prev : (t.gap === 'elided' || OF_WORDS.has(prev.word.raw)) ? (t.gap === 'elided' && !t.afterL ? prev : toks[prev.index - 1]) : undefined;
  // `la gare de l’Est`: `de` then the elided article.
  const head = gare && gare.word.folded !== 'gare' && gare.word.raw === 'de' && t.afterL ? toks[gare.index - 1] : gare;
  if (!head || head.word.folded !== 'gare') return undefined;
  return text.slice(head.word.start, t.word.end);
}

/** Posts and bodies of a party, before `des` and its name: `le président des Républicains`, `l’investiture des Républicains`. */
const PARTY_POSTS = new Set(
  (
    'president presidente vice-president vice-presidente patron patronne chef cheffe secretaire porte-parole candidat candidate investiture primaire ' +
    'groupe bureau siege congres dirigeants dirigeant tenors militants adherents elus senateurs deputes numero'
  ).split(' '),
);

/**
 * The known party named `Les …` (`Les Républicains`, `Les Patriotes`) whose plural `word` follows `des` and a post or body
 * of a party: `le président des Républicains`, `le chef des Républicains`; not members named by the party's plural
 * elsewhere (`les Républicains Jean-Pierre Raffarin et Dominique Bussereau`), which the samples leave out.
 */
function partyOfPost(word: Token, toks: Token[], matcher: EntityMatcher): number | undefined {
  const of = toks[word.index - 1];
  const post = of && toks[of.index - 1];
  if (!post || of.word.raw !== 'des' || word.gap !== 'space' || of.gap !== 'space' || !PARTY_POSTS.has(post.word.folded)) return undefined;
  const party = matcher.bySlug.get(slugify(`les ${word.word.raw}`));
  return party !== undefined && matcher.entities[party]!.kind === 'organisation' ? party : undefined;
}

const PARTY_MEMBERS = new Set('insoumis insoumise republicain republicaine socialiste ecologiste marcheur marcheuse frontiste communiste centriste'.split(' '));

/** Capitalised nouns that a verb of reporting takes with a lowercase article and that name no body: `selon l’État`, `cite le Coran`. */
const REPORTED_COMMON = new Set(
  (
    'etat eglise hexagone occident orient histoire homme humanite internet justice republique nation coran bible evangile torah premier seigneur souverain code terre planete ' +
    // Texts, not bodies: `selon la Constitution`, `reconnues par la Charte`.
    'constitution charte ' +
    // Members of a party, written with a capital: `a assuré l’Insoumis`.
    'insoumis insoumise republicain republicaine socialiste ecologiste marcheur marcheuse frontiste ' +
    // Local and national bodies named by a common noun: `selon la Région`, `selon la Préfecture`.
    'region ville mairie prefecture commune metropole agglomeration police gendarmerie armee marine defense sante'
  ).split(' '),
);
/** Nouns of the press before `du` that introduce a medium, not a show (`sur le plateau du Talk`): `dans les colonnes du Telegraph`. */
const MEDIUM_PAGES = new Set(['colonnes', 'micro', 'antenne', 'site', 'une', 'redaction', 'journaliste', 'journalistes', 'pages']);
/** Lowercase words that say a name goes on past its capitalised words: `la Sécurité routière`, `le Corriere della Sera`, `le Canard enchaîné`. */
const nameGoesOn = (t: Token | undefined): boolean =>
  !!t && t.gap === 'space' && !t.capitalised && (PARTICLES.has(t.word.folded) || ['della', 'delle', 'degli', 'of', 'the'].includes(t.word.folded) || institutionAdjective(t.word.folded) || /i(?:er|ere)s?$/u.test(t.word.folded) || PARTICIPLE.test(t.word.raw));

/**
 * `selon l’Ined`, `rapporte l’Est Républicain`, `indique la Dares`, `a confié au Journal du Centre`,
 * `au micro du Grand Soir`: a run after a lowercase article, or after `au` and `du`, introduced as
 * titledName's capitalised article is (a verb of reporting, a participle and `par` or `à`, a noun of
 * the press and `de`), names who speaks or publishes: a body or a medium, since a person's name takes
 * no article. Not a nationality (`selon l’Américain`), a common noun of `REPORTED_COMMON`, a run that a
 * capitalised word follows (`selon l’Américain John Smith`), nor a town (`a confié au Havre`).
 * Named as written, without the article, unless the reference knows the title with it (`l’Express`).
 */
function reportedBody(run: Token[], toks: Token[], text: string, matcher: EntityMatcher): { tokens: Token[]; name: string } | undefined {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const next = toks[last.index + 1];
  const f0 = first.word.folded;
  if (run.length > 3 || first.sentenceStart || isFirstName(first, matcher) || (next?.gap === 'space' && next.capitalised)) return undefined;
  // `selon l’ONG de défense des consommateurs Foodwatch`: a noun of organisations describes the name that follows it.
  if (REPORTED_COMMON.has(f0) || NOT_A_NAME_START.has(f0) || ORGANISATION_CUES.has(f0) || NATIONALITY_ADJECTIVE.test(f0) || CUE_NATIONALITIES.has(f0)) return undefined;
  const prev = toks[first.index - 1];
  if (!prev) return undefined;
  let cueAt: number;
  let article: string;
  if (first.gap === 'elided' && !first.afterL) return undefined;
  if (first.gap === 'elided') {
    cueAt = first.index - 1;
    article = 'l\u2019';
  } else if (first.gap === 'space' && prev.gap === 'space' && (prev.word.raw === 'le' || prev.word.raw === 'la')) {
    cueAt = prev.index - 1;
    article = prev.word.raw;
  } else if (first.gap === 'space' && (prev.word.raw === 'au' || prev.word.raw === 'du')) {
    cueAt = prev.index;
    article = 'le';
  } else if (first.gap === 'space' && (prev.word.raw === 'à' || prev.word.raw === 'par') && REPORTED_TO.test(toks[prev.index - 1]?.word.folded ?? '')) {
    // `a-t-elle expliqué à Deadline`, `cité par Politico`: a title without article after a reporting participle.
    cueAt = prev.index;
    article = '';
  } else return undefined;
  const cue = toks[cueAt];
  const before = toks[cueAt - 1];
  if (!cue || (cue.capitalised && !cue.sentenceStart)) return undefined;
  const cued = reportingCue(cue, before) || (cue.word.folded === 'du' && !!before && MEDIUM_PAGES.has(before.word.folded));
  if (!cued) return undefined;
  const named = [...run, ...organisationTail(last, toks, text, matcher)];
  const tokens = [...named, ...knownPlaceAfter(named[named.length - 1]!, toks, matcher)];
  // `a expliqué la Gardoise`: one word shaped like an inhabitant's noun names a person.
  if (tokens.length === 1 && /(?:ois|oise|ais|aise|ien|ienne|ain|aine|een|eenne|ard|arde)s?$/u.test(f0)) return undefined;
  // A name cut short (`le Centre antipoison`, `la Haute autorité`, `le Corriere della sera`) or holding a person's (`l’AFP Chrissy Flanagan`) is left alone.
  if (nameGoesOn(toks[tokens[tokens.length - 1]!.index + 1]) || (tokens.length === 1 && (ORGANISATION_WORDS.has(f0) || PRENOMINAL.has(f0)))) return undefined;
  // `les journalistes du Monde Ariane Chemin`: a given name inside the run starts someone's name.
  if (personStart(run, matcher, toks, text) || run.slice(1).some((t) => isFirstName(t, matcher) || isRareFirstName(t, matcher)) || (run.length > 1 && knownOther(first, matcher))) return undefined;
  const name = surface(tokens, text);
  const folded = foldText(name);
  if (matcher.communes.has(folded) || matcher.communes.has(hyphenated(name)) || matcher.communes.has(`${article === 'la' ? 'la' : 'le'} ${folded}`)) return undefined;
  // `selon l’Express`: the reference knows the title with its article.
  const titled = article ? `${article === 'l\u2019' ? 'L\u2019' : `${article.charAt(0).toUpperCase()}${article.slice(1)} `}${name}` : name;
  const known = matcher.bySlug.get(slugify(titled));
  return { tokens, name: known !== undefined && matcher.entities[known]!.kind === 'organisation' ? titled : name };
}

/** `de l’Ain`, `des Pyrénées`, `du Midi`: a known place after `de`, `du`, `des` or `d’`, the last words of a medium's name. */
function knownPlaceAfter(last: Token, toks: Token[], matcher: EntityMatcher): Token[] {
  const link = toks[last.index + 1];
  if (!link || link.gap === 'other') return [];
  const at = link.gap === 'elided' ? link.index : OF_WORDS.has(link.word.raw) ? link.index + 1 : -1;
  const first = toks[at];
  if (!first || (at !== link.index && first.gap === 'other')) return [];
  const rule = matchAlias(toks, at, matcher);
  if (!rule || matcher.entities[rule.entity]!.kind !== 'place') return [];
  return toks.slice(last.index + 1, at + 1 + rule.rest.length);
}

/**
 * `Carla Bruni` and `Carla Bruni-Sarkozy` in one article are one person: a person whose last
 * surname goes on after a hyphen joins the shorter name, or the shorter joins it when it is
 * named more often (then the first named wins).
 */
function mergeLongerSurnames(tallies: Map<string, Tally>): void {
  const people = [...tallies].filter(([, t]) => t.kind === 'person');
  for (const [longSlug, long] of people) {
    const short = people.find(([slug, t]) => slug !== longSlug && tallies.has(slug) && longSlug.startsWith(`${slug}-`) && t.name.split(' ').length === long.name.split(' ').length);
    if (!short || !tallies.has(longSlug)) continue;
    const [shortSlug, shortTally] = short;
    const [keep, drop, dropSlug] = long.count > shortTally.count ? [long, shortTally, shortSlug] : [shortTally, long, longSlug];
    keep.count += drop.count;
    for (const [form, n] of drop.forms) keep.forms.set(form, (keep.forms.get(form) ?? 0) + n);
    tallies.delete(dropSlug);
  }
}

/**
 * `David R.` and `David Ramault` in one article are one person: a name whose surname is an
 * initial (as the press writes a suspect's or a witness's) goes under the one person of the
 * article with the same given names and a surname starting with that letter; with two such, or
 * none, it stays apart.
 */
function mergeInitialSurnames(tallies: Map<string, Tally>): void {
  const people = [...tallies].filter(([, t]) => t.kind === 'person');
  for (const [slug, initial] of people) {
    const words = initial.name.split(' ');
    if (words.length < 2 || !/^\p{Lu}\.?$/u.test(words[words.length - 1]!)) continue;
    const full = people.filter(([other, t]) => other !== slug && tallies.has(other) && other.startsWith(slug) && other.length > slug.length + 1 && t.name.split(' ').length === words.length);
    if (full.length !== 1) continue;
    // The count only: the name shown stays the full one, however often the initial was written.
    full[0]![1].count += initial.count;
    tallies.delete(slug);
  }
}

/** Two words one typing slip apart: a letter changed, added, dropped, or two neighbours swapped (`Frank` / `Franck`, `Dombalse` / `Dombasle`). */
function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length < long.length) return short.slice(i) === long.slice(i + 1);
  if (short.slice(i + 1) === long.slice(i + 1)) return true;
  return short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2);
}

/**
 * `Franck Riester` and `Frank Riester`, `Saddam Hussein` and `Sadam Hussein` in one article are one person
 * misspelt: two names of as many words, alike but for one word of four letters or more one slip apart. Not a
 * given name and its feminine (`Denis` / `Denise`, `Paul` / `Paula`: two people of one family), a name that goes on
 * where the other stops (`Martin` / `Martini`), nor two people the reference knows. The known one, or the one named more often (the first on a tie), keeps the mentions.
 */
function mergeMisspeltPeople(tallies: Map<string, Tally>, known: (slug: string) => boolean): void {
  const people: [string, Tally][] = [];
  tallies.forEach((t, slug) => {
    if (t.kind === 'person' && slug.includes('-')) people.push([slug, t]);
  });
  if (people.length < 2) return;
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      const [aSlug, a] = people[i]!;
      const [bSlug, b] = people[j]!;
      // One slip between the two slugs, first: most pairs of names fail here, before any word is split.
      if (!oneSlipApart(aSlug, bSlug) || !tallies.has(aSlug) || !tallies.has(bSlug) || (known(aSlug) && known(bSlug))) continue;
      const aw = aSlug.split('-');
      const bw = bSlug.split('-');
      if (aw.length !== bw.length) continue;
      const diff = aw.flatMap((w, k) => (w === bw[k] ? [] : [k]));
      if (diff.length !== 1) continue;
      const x = aw[diff[0]!]!;
      const y = bw[diff[0]!]!;
      const feminine = (u: string, v: string): boolean => v === `${u}e` || v === `${u}a`;
      // `Martin` / `Martini`, `Robert` / `Roberts`: a name that goes on where the other stops is another name.
      if (Math.min(x.length, y.length) < 4 || feminine(x, y) || feminine(y, x) || x.startsWith(y) || y.startsWith(x) || !oneSlipApart(x, y)) continue;
      const aWins = known(aSlug) || (!known(bSlug) && a.count >= b.count);
      const [keep, drop, dropSlug] = aWins ? [a, b, bSlug] : [b, a, aSlug];
      keep.count += drop.count;
      for (const [form, n] of drop.forms) if (keep.forms.size) keep.forms.set(form, (keep.forms.get(form) ?? 0) + n);
      tallies.delete(dropSlug);
    }
  }
}

/**
 * `M. Bayon de Noyer` after `Yves Bayon de Noyer`: a surname of several words (a particle, a second surname) named
 * alone is the one person of the article whose full name ends with it; with two such people, neither.
 */
function mergeSurnamesAlone(tallies: Map<string, Tally>): void {
  const people = [...tallies].filter(([, t]) => t.kind === 'person');
  for (const [slug, short] of people) {
    if (!slug.includes('-') || !tallies.has(slug)) continue;
    const words = short.name.split(' ').length;
    // Whole words only: `Florent Pagny` is not the end of `Pascal Obispo-Florent Pagny`.
    const full = people.filter(([other, t]) => other !== slug && tallies.has(other) && slugify(t.name.split(' ').slice(-words).join(' ')) === slug && t.name.split(' ').length > words);
    if (full.length !== 1) continue;
    const long = full[0]![1];
    long.count += short.count;
    tallies.delete(slug);
  }
}

/**
 * Towns the press names by their first word: `Levallois` is Levallois-Perret, a town of the
 * reference and the only commune whose name starts with it (`Boulogne` starts several and stays as
 * written; `Gray` is a commune of its own). (`Madeleine` to La Madeleine, `Cap` to Le Cap, by the
 * article the reference's name starts with, was tried: 5 tuning labels lost.)
 */
function mergePlaceSpellings(tallies: Map<string, Tally>, matcher: EntityMatcher): void {
  for (const [slug, place] of [...tallies]) {
    if (place.kind !== 'place' || matcher.bySlug.has(slug)) continue;
    const town = communeStartingWith(slug, matcher);
    const into = town === undefined ? undefined : matcher.entities[matcher.bySlug.get(slugify(town)) ?? -1];
    if (into?.kind !== 'place') continue;
    const target = tallies.get(into.slug) ?? { kind: 'place' as const, name: into.name, count: 0, forms: new Map<string, number>() };
    target.count += place.count;
    tallies.set(into.slug, target);
    tallies.delete(slug);
  }
}

const communeStarts = new WeakMap<EntityMatcher, Map<string, string | null>>();
/**
 * The one commune whose hyphenated name starts with the word `slug` names (`levallois` →
 * Levallois-Perret); undefined when the word is a commune's whole name itself (`Gray`, not
 * Gray-la-Ville), or when no commune or several start with it.
 */
function communeStartingWith(slug: string, matcher: EntityMatcher): string | undefined {
  let starts = communeStarts.get(matcher);
  if (!starts) {
    starts = new Map();
    for (const [folded, name] of matcher.communes) {
      const cut = folded.indexOf('-');
      if (cut <= 0) continue;
      const first = folded.slice(0, cut);
      starts.set(first, starts.has(first) ? null : name);
    }
    communeStarts.set(matcher, starts);
  }
  return slug.includes('-') || matcher.communes.has(slug) ? undefined : starts.get(slug) ?? undefined;
}

/**
 * `un rapport d’Amnesty` after `Amnesty International`: an organisation found by one unknown word is the
 * organisation of the article whose name starts with that word, one referent under its short form.
 */
function mergeShortForms(tallies: Map<string, Tally>): void {
  const organisations = [...tallies].filter(([, t]) => t.kind === 'organisation');
  for (const [slug, short] of organisations) {
    if (slug.includes('-') || !short.forms.size) continue;
    const long = organisations.find(([other]) => other.startsWith(`${slug}-`) && tallies.has(other));
    if (!long) continue;
    long[1].count += short.count;
    tallies.delete(slug);
  }
}

/** Slug of a known organisation's name or alias without the small words an acronym skips (`ACRONYM_SKIPS`): its words joined by `-`. */
function keyWords(slug: string): string {
  return slug.split('-').filter((w) => !ACRONYM_SKIPS.has(w)).join('-');
}

const organisationHeads = new WeakMap<EntityMatcher, Map<string, Set<number>>>();
/** Known organisations by every head of two words or more of their names and aliases (`keyWords`): `haute-autorite` → the HATVP, the HAS… */
function headsOfOrganisations(matcher: EntityMatcher): Map<string, Set<number>> {
  let heads = organisationHeads.get(matcher);
  if (!heads) {
    heads = new Map();
    for (const [slug, entity] of matcher.bySlug) {
      if (matcher.entities[entity]!.kind !== 'organisation') continue;
      const words = keyWords(slug).split('-');
      for (let n = 2; n < words.length; n++) {
        const head = words.slice(0, n).join('-');
        (heads.get(head) ?? heads.set(head, new Set()).get(head)!).add(entity);
      }
    }
    organisationHeads.set(matcher, heads);
  }
  return heads;
}

/**
 * `la Haute Autorité` after `la Haute Autorité pour la transparence de la vie publique (HATVP)`,
 * `la Commission nationale informatique et libertés (CNIL)` cut at its lowercase words: an unknown
 * organisation of two words or more whose words open the name of one known organisation the
 * article names (small words aside) is that organisation. With two such (the HATVP and the Haute
 * Autorité de santé), it stays apart.
 */
function mergeHeadsOfKnown(tallies: Map<string, Tally>, matcher: EntityMatcher): void {
  const known = new Map<string, Tally>();
  for (const [slug, t] of tallies) if (t.kind === 'organisation' && matcher.bySlug.has(slug)) known.set(slug, t);
  if (known.size === 0) return;
  const headsOf = headsOfOrganisations(matcher);
  for (const [slug, short] of [...tallies]) {
    // `l’Assemblée générale d’Accor` is no `Assemblée générale des Nations unies`: a kind of body named alone is left out (`GENERIC_BODIES`).
    if (short.kind !== 'organisation' || known.has(slug) || !slug.includes('-') || GENERIC_BODIES.has(slug)) continue;
    const heads = headsOf.get(keyWords(slug));
    const into = heads ? [...known].filter(([k]) => heads.has(matcher.bySlug.get(k)!)) : [];
    if (into.length !== 1) continue;
    into[0]![1].count += short.count;
    tallies.delete(slug);
  }
}

const DETERMINERS = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'ce', 'cette', 'son', 'sa', 'ses']);

/** Adjectives and points of the compass that make a place a part of it: `Europe centrale`, `Afrique de l’Ouest`. */
const REGION_ADJECTIVES = new Set(['centrale', 'central', 'occidentale', 'occidental', 'orientale', 'oriental', 'septentrionale', 'septentrional', 'meridionale', 'meridional', 'equatoriale', 'subsaharienne']);
const COMPASS = new Set(['nord', 'sud', 'est', 'ouest', 'sud-est', 'sud-ouest', 'nord-est', 'nord-ouest']);

/**
 * Bodies every company, association, party or territory has (slugs), named alone: a page for
 * « Conseil régional » would mix every region's. With their complement they are one body
 * (`Conseil régional d’Île-de-France`, `Assemblée générale des Nations unies`).
 */
const GENERIC_BODIES = new Set([
  'assemblee-generale', 'conseil-d-administration', 'conseil-de-surveillance', 'conseil-regional', 'conseil-departemental',
  'conseil-general', 'conseil-municipal', 'conseil-national', 'comite-de-direction', 'comite-executif', 'bureau-politique', 'bureau-national',
  // `six Grands Prix`, `la Capitainerie`, `le CHU`, `un site Seveso`: a kind of race, office, hospital or site (seventeenth review).
  'grand-prix', 'grands-prix', 'capitainerie', 'chu', 'chru', 'seveso',
  // `la Cour d’appel a confirmé…`: a kind of court, one in each town; `la Cour d’appel de Paris` is one (review 25).
  'cour-d-appel', 'cour-d-assises', 'cour-administrative-d-appel', 'tribunal-correctionnel', 'tribunal-administratif', 'tribunal-judiciaire',
  'tribunal-de-grande-instance', 'tribunal-de-commerce', 'tribunal-de-police', 'tribunal-pour-enfants', 'conseil-de-prud-hommes',
]);

/** Plural articles before the inhabitants of a place: `les Bordelais`, `82 % des Bordelais`, `aux Bordelais` (not `de`: `natif de Calais`). */
const PLURAL_BEFORE = new Set(['les', 'des', 'aux', 'ces', 'nos', 'vos', 'leurs']);

/** `les Bordelais`, `des Bordelais`: a region named like its inhabitants (`le Bordelais`), in the plural, is the inhabitants. */
function inhabitants(t: Token, toks: Token[]): boolean {
  return /ais$/u.test(t.word.folded) && t.gap === 'space' && PLURAL_BEFORE.has(toks[t.index - 1]?.word.folded ?? '');
}

/** Words before a colour that is a level of alert or of traffic (`classée Orange`, `vigilance Orange`). */
const COLOUR_CUES = new Set(['classe', 'classee', 'classes', 'classees', 'vigilance', 'alerte', 'niveau', 'carte', 'feu', 'passe', 'passee', 'zone', 'vague', 'journee']);

/** Nouns of places named after a quarter or a street (`le parc de Bercy`, `le bassin de l’Arsenal`, `la gare de Bercy`). */
const QUARTER_NOUNS = new Set(['parc', 'bassin', 'quartier', 'port', 'gare', 'pont', 'rue', 'quai', 'boulevard', 'avenue', 'bois', 'place', 'square']);

/** Other colours, in French and in English (the names of paints), that a colour is listed among. */
const COLOURS = new Set(['rouge', 'rouges', 'vert', 'verte', 'verts', 'vertes', 'jaune', 'jaunes', 'bleu', 'bleue', 'bleus', 'bleues', 'noir', 'noire', 'blanc', 'blanche', 'violet', 'violette', 'gris', 'grise', 'rose', 'red', 'blue', 'green', 'white', 'black', 'yellow', 'grey', 'gray']);
/** Words on each side of a word within which another colour makes it one of a list of colours. */
const COLOUR_LIST_SPAN = 6;

/**
 * `« Pillar Box Red », « Orange », « Mulliner White »`, `• Jaune : vigilance renforcée • Orange : déplacement
 * déconseillé`: a word listed among colours is a colour too, a colour near it in its sentence, or opening the
 * sentence or line beside the one it opens (not `vers Cavaillon et Orange. D’après France Bleu`).
 */
function amongColours(t: Token, toks: Token[], text: string): boolean {
  const gap = (k: number) => text.slice(toks[k - 1]?.word.end ?? 0, toks[k]!.word.start);
  const opensLine = (k: number) => k === 0 || gap(k).includes('\n');
  for (let i = Math.max(0, t.index - COLOUR_LIST_SPAN); i <= Math.min(toks.length - 1, t.index + COLOUR_LIST_SPAN); i++) {
    if (i === t.index || !COLOURS.has(toks[i]!.word.folded)) continue;
    const [from, to] = i < t.index ? [i, t.index] : [t.index, i];
    const sameSentence = !toks.slice(from + 1, to + 1).some((x) => SENTENCE_END.test(gap(x.index)));
    if (sameSentence || (opensLine(t.index) && opensLine(i))) return true;
  }
  return false;
}

/** A gap between words that ends a sentence or a line. */
const SENTENCE_END = /[.!?…\n]/u;

/** Possessives capitalised as in the title of a show or a work (`Touche Pas à Mon Poste`, `Ma Vie en rose`). */
const TITLE_POSSESSIVES = new Set(['Mon', 'Ma', 'Mes', 'Ton', 'Ta', 'Tes', 'Notre', 'Votre', 'Nos', 'Vos']);

/** Greetings of a letter that name a department too (`Cher`). */
const GREETINGS = new Set(['cher']);
/** Lowercase nouns a letter's greeting opens with: `Cher patron`, `Cher ami`. */
const GREETED = new Set(['ami', 'amie', 'amis', 'patron', 'monsieur', 'madame', 'collegue', 'collegues', 'confrere', 'compatriotes', 'concitoyens', 'president', 'lecteur', 'lecteurs']);

/**
 * `"Cher Donald Trump,`, `"Cher patron`: a letter's greeting before a name or a noun of address, not the
 * department (`l’élu du Cher Yann Galut`, `dans le Cher`, `Bourges (Cher)` are).
 */
function greeting(t: Token, toks: Token[]): boolean {
  const next = toks[t.index + 1];
  if (!GREETINGS.has(t.word.folded) || ARTICLE_WORDS.has(toks[t.index - 1]?.word.folded ?? '') || next?.gap !== 'space') return false;
  return next.capitalised || GREETED.has(next.word.folded);
}
/** Lowercase words a department named by a point of the compass may follow directly: `dans Nord`, `et Nord`. */
const BEFORE_COMPASS_PLACE = new Set(['dans', 'vers', 'en', 'a', 'pour', 'sur', 'depuis', 'et', 'ou']);
/** Lowercase nouns whose part a point of the compass after `du` names: `la mer du Nord`, `l’hémisphère du Sud`. */
const COMPASS_AREAS = new Set(['mer', 'pole', 'hemisphere', 'cote', 'rive', 'face', 'versant', 'vent', 'vents']);

/**
 * `les quartiers Nord`, `la région Ouest`, `l’Afrique du Nord`, `la mer du Nord`: a point of the compass right after a
 * lowercase noun, or closing a longer name after `du` or `de l’`, locates within that place or area, and one before
 * `de` and a place is a direction from it (`le Nord de Londres`); it names the
 * department (`Nord`) only on its own: `dans le Nord`, `le département du Nord`, `la CGT du Nord`, `Lille (Nord)`.
 */
function compassWithin(t: Token, toks: Token[]): boolean {
  if (!COMPASS.has(t.word.folded)) return false;
  // `le Nord de Londres`, `l’extrême Nord du Canada`, `le Nord de la France`: a direction from a place.
  const next = toks[t.index + 1];
  if (next?.gap === 'space' && (next.word.raw === 'de' || next.word.raw === 'du')) {
    const place = toks[next.index + 1]?.word.raw === 'la' ? toks[next.index + 2] : toks[next.index + 1];
    if (place?.capitalised && place.gap !== 'other') return true;
    // `le Nord du pays`, `le Nord du département`: a direction within the area named.
    if (place && place.gap === 'space' && next.word.raw === 'du' && !place.capitalised && !ARTICLE_WORDS.has(place.word.folded)) return true;
  }
  const before = toks[t.index - 1];
  if (!before || t.gap === 'other') return false;
  // `remonter vers le Nord`, `plus au Nord`: a direction to go or look.
  if (before.gap === 'space' && (before.word.raw === 'au' || (before.word.raw === 'le' && toks[before.index - 1]?.word.folded === 'vers'))) return true;
  if (t.gap === 'space' && !before.capitalised && !ARTICLE_WORDS.has(before.word.folded) && !BEFORE_COMPASS_PLACE.has(before.word.folded)) return true;
  if (before.word.raw !== 'du' && !(before.word.raw === 'de' && t.afterL)) return false;
  const owner = toks[before.index - 1];
  // `la CGT du Nord`, `le FN du Nord`: a body's branch in the department.
  return !!owner && before.gap === 'space' && ((owner.capitalised && !isAllCaps(owner.word.raw)) || COMPASS_AREAS.has(owner.word.folded));
}

/**
 * How many words after a place make it a region of it: `centrale` (1), `de l’Ouest`, `du Sud-Est` (2); 0 otherwise.
 * Not after a name of several words (`Amérique du Sud` is already one place).
 */
function regionWords(place: Token[], toks: Token[]): number {
  if (place.length > 1) return 0;
  const next = toks[place[0]!.index + 1];
  if (!next || next.gap !== 'space') return 0;
  if (!next.capitalised && REGION_ADJECTIVES.has(next.word.folded)) return 1;
  const after = toks[next.index + 1];
  if ((next.word.raw !== 'de' && next.word.raw !== 'du') || !after || after.gap === 'other' || !COMPASS.has(after.word.folded)) return 0;
  // `Asie du sud-est` in lowercase too, but not `de la France du nord au sud`.
  const then = toks[after.index + 1];
  return after.capitalised || !(then?.gap === 'space' && (then.word.raw === 'au' || then.word.raw === 'a')) ? 2 : 0;
}

/**
 * `Pateh Sabally, un migrant`, `Dino Basso, directeur de…`, `Jean Dupont, 45 ans`: a name of two
 * or three capitalised words followed by a comma and a person noun (or an age) names a person.
 */
function personAfter(run: Token[], toks: Token[], text: string, matcher: EntityMatcher): Cue {
  if (run.length === 1 && stageApposition(run[0]!, toks, text, matcher)) return 'person';
  if (run.length < 2 || run.length > 3 || run.some((t) => ORGANISATION_WORDS.has(t.word.folded) || !surnameWord(t))) return undefined;
  // `pendant la Grande Guerre, le chef d’État…`: a name after an article is a thing's; after a capitalised word
  // that starts no name, part of a title (`pour Non Stop Politique, la mère de…`).
  const before = toks[run[0]!.index - 1];
  if (articleBefore(run[0]!, toks) || (run[0]!.gap === 'space' && before?.capitalised && !before.sentenceStart)) return undefined;
  if (run.some((t) => matcher.bySlug.has(slugify(t.word.raw)))) return undefined;
  const last = run[run.length - 1]!;
  let next = toks[last.index + 1];
  if (!next || !/^,\s+$/u.test(text.slice(last.word.end, next.word.start))) return undefined;
  if (['un', 'une', 'le', 'la', 'l'].includes(next.word.folded)) next = toks[next.index + 1];
  if (!next || next.capitalised) return undefined;
  if (PERSON_CUES.has(next.word.folded) || APPOSITION_NOUNS.has(next.word.folded)) return 'person';
  const unit = toks[next.index + 1];
  return /^\d{1,3}$/.test(next.word.raw) && unit?.word.folded === 'ans' ? 'person' : undefined;
}

/**
 * `le ministre grec de la Défense, Panos Kammenos`, `le directeur de l’organisation, Tedros
 * Adhanom Ghebreyesus`: a name of two or three capitalised words after a comma that closes a
 * title (an article, a person noun and its complement, within ten words of the same sentence)
 * names that person; not a name holding a known name (`…, Renault Trucks`).
 */
function titleBefore(run: Token[], toks: Token[], text: string, matcher: EntityMatcher): Cue {
  const first = run[0]!;
  const comma = toks[first.index - 1];
  if (run.length < 2 || run.length > 3 || !comma || !/^,\s+$/u.test(text.slice(comma.word.end, first.word.start))) return undefined;
  if (run.some((t) => ORGANISATION_WORDS.has(t.word.folded) || !surnameWord(t) || matcher.bySlug.has(slugify(t.word.raw)))) return undefined;
  for (let i = comma.index; i > comma.index - 10 && i > 0; i--) {
    const t = toks[i]!;
    if (!t.capitalised && PERSON_CUES.has(t.word.folded) && !KIN.has(t.word.folded)) {
      const article = toks[i - 1]!;
      return t.gap === 'elided' || (t.gap === 'space' && ['le', 'la', 'un', 'une'].includes(article.word.raw)) ? 'person' : undefined;
    }
    if (t.gap === 'other' || t.sentenceStart) return undefined;
  }
  return undefined;
}

/**
 * `Air Production, la société de Nagui`, `Biocoop, l’enseigne…`: an apposition that names an
 * organisation; not when a name follows the noun (`…, la société Hertz`), which it introduces.
 */
function organisationAfter(run: Token[], toks: Token[], text: string): Cue {
  const last = run[run.length - 1]!;
  let next = toks[last.index + 1];
  if (run.length > 4 || !next || !/^,\s+(?:l['\u2019])?$/iu.test(text.slice(last.word.end, next.word.start))) return undefined;
  if (['un', 'une', 'le', 'la'].includes(next.word.raw)) next = toks[next.index + 1];
  if (!next || next.capitalised || next.gap === 'other' || !APPOSITION_ORGANISATIONS.has(next.word.folded)) return undefined;
  // `l’épidémie de Coronavirus, la société Hertz`: the noun is the cue of the name after it, not an apposition.
  const after = toks[next.index + 1];
  return after?.gap === 'space' && after.capitalised ? undefined : 'organisation';
}

/** People who work for, lead or belong to a body: `le directeur de la DDCSPP`, `un médecin du SMUR`, `les militants du DAL`. */
const MEMBER_NOUNS = new Set(
  (
    'directeur directrice president presidente vice-president vice-presidente porte-parole secretaire avocat avocate medecin medecins agent agents ' +
    'salarie salaries salariee salariees membre membres responsable responsables chef cheffe patron patronne delegue deleguee delegues militant ' +
    'militante militants syndicaliste syndicalistes representant representante representants dirigeant dirigeante dirigeants fondateur fondatrice ' +
    'cofondateur cofondatrice co-fondateur co-fondatrice policier policiere policiers gendarme gendarmes adherent adherents employe employee employes ' +
    'benevole benevoles expert experts chercheur chercheuse chercheurs ingenieur ingenieurs conseiller conseillere juriste economiste analyste ' +
    'infirmier infirmiere infirmiers'
  ).split(' '),
);

/**
 * An acronym that a noun of members introduces with `de`, `du`, `de la` or `de l’`: `le directeur de la
 * DDCSPP`, `un médecin du SMUR`, `les militants du DAL`, `le président du RPR`; a person's initials are
 * known names (`l’avocat de DSK`), and a local unit named by its town is not a body of its own
 * (`le directeur du CHU de Bordeaux`).
 */
function memberOf(run: Token[], toks: Token[], text: string): boolean {
  const first = run[0]!;
  if (run.length !== 1 || !ACRONYM.test(first.word.raw) || ORGANISATION_CUES.has(first.word.folded)) return false;
  const prev = toks[first.index - 1];
  if (!prev) return false;
  let noun: Token | undefined;
  if (first.gap === 'elided') noun = first.afterL ? (prev.word.raw === 'de' && prev.gap === 'space' ? toks[prev.index - 1] : undefined) : prev;
  else if (first.gap === 'space' && (prev.word.raw === 'du' || prev.word.raw === 'des') && prev.gap === 'space') noun = toks[prev.index - 1];
  else if (first.gap === 'space' && prev.word.raw === 'la' && prev.gap === 'space' && toks[prev.index - 1]?.word.raw === 'de') noun = toks[prev.index - 2];
  if (!noun || noun.capitalised || !MEMBER_NOUNS.has(noun.word.folded)) return false;
  const next = toks[first.index + 1];
  const link = next ? text.slice(first.word.end, next.word.start) : '';
  const local = !!next && (/^\s+d['\u2019]$/u.test(link) ? next.capitalised : /^\s+$/u.test(link) && ['de', 'du'].includes(next.word.raw) && !!toks[next.index + 1]?.capitalised);
  return !local;
}

/** Nouns of an apposition that name an organisation, not a product or a place (`la marque`, `le site` can be either). */
const APPOSITION_ORGANISATIONS = new Set(['societe', 'entreprise', 'groupe', 'start-up', 'startup', 'association', 'syndicat', 'cooperative', 'enseigne', 'firme', 'filiale', 'compagnie', 'parti', 'ong', 'mutuelle', 'fondation']);

/** `ministère de l’Intérieur`, `ministère des Solidarités et de la Santé` stops at `et`: from the noun to its first capitalised field. */
/** Fields of foreign ministries called departments besides those of `MINISTRY_FIELDS`: `département de l’Énergie`, `du Commerce`. */
const DEPARTMENT_FIELDS = new Set(['energie', 'commerce', 'tresor', 'securite']);

function ministries(toks: Token[], firstNames: ReadonlySet<string>): Token[][] {
  const out: Token[][] = [];
  for (let i = 0; i < toks.length - 1; i++) {
    // `le département de l’Énergie`, `le département de la Justice`: a ministry abroad, by a ministry's field (not `le département du Nord`).
    const department = toks[i]!.word.folded === 'departement' && !toks[i]!.capitalised;
    if (toks[i]!.word.folded !== 'ministere' && !department) continue;
    let j = i + 1;
    if (toks[j]!.gap === 'space' && OF_WORDS.has(toks[j]!.word.raw)) j++;
    if (toks[j]?.gap === 'space' && toks[j]!.word.raw === 'la') j++;
    const field = toks[j];
    if (!field || !field.capitalised || field.gap === 'other' || DETERMINERS.has(field.word.folded)) continue;
    // `le ministère de Benjamin Griveaux`: a minister's name, not the ministry's field.
    if (firstNames.has(field.word.folded) || (department && !MINISTRY_FIELD_SET.has(field.word.folded) && !DEPARTMENT_FIELDS.has(field.word.folded))) continue;
    let end = j + 1;
    // `la porte-parole du ministère de l’Intérieur Camille Chaize`: a given name after the field starts someone's name.
    while (toks[end]?.gap === 'space' && toks[end]!.capitalised && !NOT_A_NAME_START.has(toks[end]!.word.folded) && !firstNames.has(toks[end]!.word.folded)) {
      // `du ministère de la Santé Kianouche Jahanpour`: two capitalised words after the field, the first no adjective, are someone's name.
      const after = toks[end + 1];
      if (after?.gap === 'space' && after.capitalised && !nameAdjective(toks[end]!.word.folded)) break;
      end++;
    }
    out.push(toks.slice(i, end));
  }
  return out;
}

/**
 * `Libertés et Territoires` after an organisation's noun: `et` and the capitalised words after
 * it, when they are no known name and start with no given name (`le groupe Renault et Nissan` is two).
 */
function coordinatedName(run: Token[], toks: Token[], matcher: EntityMatcher): Token[] {
  const and = toks[run[run.length - 1]!.index + 1];
  if (!and || and.gap !== 'space' || and.word.raw !== 'et') return [];
  let end = and.index + 1;
  while (toks[end]?.gap === 'space' && nameWord(toks[end], end === and.index + 1) && end - and.index <= 3) end++;
  const first = toks[and.index + 1];
  if (end === and.index + 1 || !first || matchAlias(toks, first.index, matcher) || isFirstName(first, matcher) || isRareFirstName(first, matcher)) return [];
  return toks.slice(and.index, end);
}

/** Organisation words that head no institution with a lowercase tail: `la République d’affaiblir`, `la Coupe du monde`. */
const NO_TAIL_HEADS = new Set(['republique', 'gouvernement', 'coupe', 'championnat', 'jeux', 'prix', 'salon', 'forum', 'festival', 'conference', 'sommet', 'front', 'union', 'stade']);
/** `d’affaiblir`, `de prendre`: an infinitive ends the name. */
const INFINITIVE = /(?:er|ir)$/u;
/** Infinitives in `-re` that start with a vowel, which `d’` takes after a body's name (`demander à l’Assemblée d’interdire`); not nouns (`d’histoire`). */
const ELIDED_INFINITIVES = new Set('interdire introduire inscrire instruire ecrire elire exclure inclure etendre attendre entendre abattre admettre emettre omettre apprendre entreprendre accroitre apparaitre'.split(' '));
/**
 * Endings of the adjectives that qualify an institution: `national`, `pyrénéenne`, `publique`, `supérieur`,
 * `routière` (never `-ier` alone, the ending of infinitives: `publier`);
 * not verbs in -peler, -celer, -veler (`le Conseil scientifique appelle`, `rappelle`, `renouvelle`), `nouvelle` aside.
 */
const ADJECTIVE_ENDING = /^.{2,}(?:al|ale|aux|el|elle|ien|ienne|een|eenne|ain|aine|ais|aise|ois|oise|ique|aire|if|tive|sive|ieur|ieure|iste|rice|iere|iers)s?$/u;
const VERB_IN_ELLE = /(?:pel|cel|vel)(?:les?|lent)$/u;
/** Verbs that end like adjectives in -iste: `le ministère du Logement insiste`. */
const VERB_IN_ISTE = /^(?:(?:in|per|re|as|sub|con)s|ex)ist(?:e|es|ent)$/u;
function institutionAdjective(f: string): boolean {
  return ADJECTIVE_ENDING.test(f) && (!VERB_IN_ELLE.test(f) || f.startsWith('nouvelle')) && !VERB_IN_ISTE.test(f);
}
/** Nationalities after a complement qualify the whole body, not its name: `l’École de l’air française`. */
const NATIONALITY_ADJECTIVE =
  /^(?:francais|francaise|americaine?|allemande?|italienne?|espagnole?|europeenne?|chinoise?|japonaise?|canadienne?|anglaise?|neerlandaise?|marocaine?|algerienne?|tunisienne?|israelienne?|iranienne?|indienne?|bresilienne?|australienne?|mexicaine?|portugaise?|polonaise?|ukrainienne?|irlandaise?|ecossaise?|libanaise?|syrienne?|egyptienne?|africaine?|sud-africaine?|quebecoise?|suedoise?|danoise?|norvegienne?|finlandaise?|coreenne?)s?$/u;
/** Adjectives of institutions that the endings above miss: `Gauche démocrate et républicaine`, `ministère des Affaires étrangères`, `Comptes publics`. */
const INSTITUTION_ADJECTIVES = new Set(['democrate', 'democrates', 'etranger', 'etrangers', 'etrangere', 'etrangeres', 'public', 'publics']);
/** An adjective that goes on an institution's name: by its ending (`institutionAdjective`) or listed (`INSTITUTION_ADJECTIVES`). */
const nameAdjective = (f: string): boolean => institutionAdjective(f) || INSTITUTION_ADJECTIVES.has(f);
/** Words after an elision that start no complement: `d’un`, `l’on`. */
const ELIDED_STOPS = new Set(['un', 'une', 'on', 'il', 'ils', 'elle', 'elles', 'autres', 'ailleurs', 'abord', 'ou', 'ici']);
/** Past participles qualify the words of a complement (`l’image animée`), not the head (`l’Agence créée en 2010`). */
const PARTICIPLE = /(?:é|ée|és|ées)$/u;

/** Adjectives written before their noun in a complement: `de grande instance`, `de haute montagne`, `des petites entreprises`. */
const PRENOMINAL = new Set(['grand', 'grande', 'grands', 'grandes', 'haut', 'haute', 'hauts', 'hautes', 'petit', 'petite', 'petits', 'petites', 'nouveau', 'nouvelle', 'nouveaux', 'nouvelles']);

/** Words of age, nouns or adjectives before a noun in a complement: `des anciens combattants`, `des jeunes`. */
const AGE_WORDS = new Set(['ancien', 'ancienne', 'anciens', 'anciennes', 'jeune', 'jeunes', 'vieux', 'vieille', 'vieilles']);

/** Verbs and clitics that end an organisation's name although they look like its adjectives: `l’Académie de médecine explique`. */
const TAIL_STOPS = new Set('explique expliquent indique indiquent critique critiquent applique implique communique revendique fabrique faire ne n se s y en pas plus'.split(' '));

/**
 * The lowercase words that go on an organisation's name after its capitalised words: adjectives
 * (`Institut national`, `Fédération australienne d’automobile`) and complements introduced by
 * `de`, `du`, `des`, `de la`, `d’`, `de l’`, joined by `et` (`Centre national du cinéma et de
 * l’image animée`, `Groupe de la Gauche démocrate et républicaine`), up to eight words, never a
 * known name, a verb or a trailing link.
 */
/** `et` and `de`, `du` or `des` within the next eight words, before any punctuation: the end of an enumeration of complements. */
function closesEnumeration(toks: Token[], at: number): boolean {
  for (let i = at + 1; i < toks.length && i <= at + 8; i++) {
    if (toks[i]!.gap === 'other') return false;
    if (toks[i]!.word.raw === 'et' && OF_WORDS.has(toks[i + 1]?.word.raw ?? '') && toks[i + 1]!.gap === 'space') return true;
  }
  return false;
}

function organisationTail(last: Token, toks: Token[], text: string, matcher: EntityMatcher, adjectivesOnly = false): Token[] {
  let end = last.index + 1;
  let state: 'word' | 'de' | 'et' = 'word';
  let inComplement = false;
  // `des cinémas français`: a plural complement takes its own nationality (`l’École de l’air française` does not).
  let pluralComplement = false;
  for (let i = last.index + 1; i < toks.length && i - last.index <= 12; i++) {
    const t = toks[i]!;
    const f = t.word.folded;
    // `ministère de l’Éducation nationale, de la Jeunesse et des Sports`: a comma between complements that `et` closes.
    const enumerated = t.gap === 'other' && state === 'word' && OF_WORDS.has(t.word.raw) && /^, $/u.test(text.slice(toks[i - 1]!.word.end, t.word.start)) && closesEnumeration(toks, i);
    if ((t.gap === 'other' && !enumerated) || /\d/u.test(t.word.raw) || TAIL_STOPS.has(f) || matchAlias(toks, i, matcher)) break;
    // Right after `pour`: an article or a noun, never a verb (`pour prendre`) or a name (`sondage Odoxa pour BFMTV`).
    if (toks[i - 1]!.word.folded === 'pour' && (t.capitalised || (t.gap === 'space' && !['la', 'le', 'les'].includes(f) && /(?:er|ir|re)$/u.test(f)))) break;
    let content = false;
    // `les Forces armées`: a plural participle right after a plural head agrees with it, as an adjective does.
    // `des Forces armées révolutionnaires et du ministère de l’Intérieur`: after `et` and `de`, a noun of bodies starts another body.
    if (state === 'de' && ORGANISATION_WORDS.has(f) && ['et', 'ou'].includes(toks[i - 2]?.word.raw ?? '')) break;
    const agreeing = state === 'word' && i === last.index + 1 && !t.capitalised && /[sx]$/u.test(last.word.folded) && /s$/u.test(f) && PARTICIPLE.test(t.word.raw) && toks[i + 1]?.word.raw !== 'par';
    if (adjectivesOnly && (t.gap === 'elided' || t.capitalised || !institutionAdjective(f))) break;
    if (t.gap === 'elided') {
      // `d’automobile` anywhere, `de l’image` after `de` only (`l’affirme` is a verb).
      const elision = text.slice(toks[i - 1]!.word.end, t.word.start).trim().charAt(0).toLowerCase();
      // `de l’Air` of `l’Académie de l’armée de l’Air`: a capitalised complement after `de l’`, never a given name.
      const capitalisedComplement = t.capitalised && elision === 'l' && state === 'de' && !isFirstName(t, matcher);
      if ((t.capitalised && !capitalisedComplement) || ELIDED_STOPS.has(f) || (elision === 'l' && state !== 'de') || state === 'et' || (elision === 'd' && (INFINITIVE.test(f) || ELIDED_INFINITIVES.has(f)))) break;
      content = true;
    } else if (f === 'de' || f === 'du' || f === 'des' || (f === 'pour' && !t.capitalised)) {
      // `Agence française pour la biodiversité`, `Association pour le droit de mourir…`: `pour` links a complement too.
      if (state === 'de') break;
      state = 'de';
      pluralComplement = f === 'des';
    } else if ((f === 'le' || f === 'les') && !t.capitalised && toks[i - 1]!.word.folded === 'pour') {
      continue;
    } else if (f === 'la' && !t.capitalised) {
      if (state !== 'de' || (toks[i - 1]!.word.folded !== 'de' && toks[i - 1]!.word.folded !== 'pour')) break;
    } else if (f === 'et' && !t.capitalised) {
      if (state !== 'word') break;
      state = 'et';
    } else if (t.capitalised) {
      // `Groupe de la Gauche`: a capitalised word only as a complement, never a given name;
      // a ministry's field that opens sentences too (`ministère de l’Europe et des Affaires étrangères`).
      if (state !== 'de' || (NOT_A_NAME_START.has(f) && !MINISTRY_FIELD_SET.has(f)) || isFirstName(t, matcher)) break;
      content = true;
    } else if (NOT_A_NAME_START.has(f) && !(state === 'word' && institutionAdjective(f)) && !(state === 'de' && MINISTRY_FIELD_SET.has(f)) && !agreeing) break;
    else if (state === 'de') {
      // Only `de` and `pour` come before an infinitive (`de prendre`, `pour lutter`); `du cancer` is a noun.
      // Inside a complement, `de` may take one (`Association pour le droit de mourir dans la dignité`).
      if (((toks[i - 1]!.word.folded === 'de' && !inComplement) || toks[i - 1]!.word.folded === 'pour') && INFINITIVE.test(f)) break;
      content = true;
    } else if (state === 'word' && inComplement && NATIONALITY_ADJECTIVE.test(f) && !(pluralComplement && /[sx]$/u.test(f))) break;
    // `…de la politique nationale réalisé par BVA`: a participle before `par` ends the name.
    else if (nameAdjective(f) || agreeing || (state === 'word' && inComplement && PARTICIPLE.test(t.word.raw) && toks[i + 1]?.word.raw !== 'par')) content = true;
    else break;
    if (content) {
      if (state === 'de') inComplement = true;
      // `Tribunal de grande instance`: an adjective before the complement's noun waits for it.
      const waits: boolean = state === 'de' && PRENOMINAL.has(f) && !t.capitalised;
      // `Fédération des anciens combattants`, `Union des jeunes agriculteurs`: a word of age is a noun or waits for one.
      state = waits || (state === 'de' && AGE_WORDS.has(f) && !t.capitalised) ? 'de' : 'word';
      if (!waits) end = i + 1;
    }
  }
  return toks.slice(last.index + 1, end);
}

/**
 * Known organisations named by an acronym in brackets just after a name: index of the word
 * before the bracket → the known entity (`…de l’environnement (INRAE)`).
 */
function knownAcronyms(toks: Token[], text: string, matcher: EntityMatcher): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (const t of toks) {
    const prev = toks[t.index - 1];
    if (text.charCodeAt(t.word.end) !== 41 || !prev || !/^\s*\(\s*$/u.test(text.slice(prev.word.end, t.word.start))) continue;
    // `…pour l’exploitation de la mer (Ifremer)`: a short name in lowercase letters too, when it abbreviates the words before.
    if (!ACRONYM.test(t.word.raw) && !(TITLE_ABBREVIATION.test(t.word.raw) && abbreviates(t.word.folded, toks.slice(Math.max(0, t.index - LONG_FORM_WORDS), t.index)))) continue;
    const rule = matchAlias(toks, t.index, matcher);
    if (rule && !rule.rest.length && matcher.entities[rule.entity]!.kind === 'organisation') out.push([prev.index, rule.entity, t.word.folded]);
  }
  return out;
}

const aliasSlugCache = new WeakMap<EntityMatcher, Map<number, string[]>>();
/** Slugs of an entity's name and aliases, from a reverse index built once per matcher. */
function aliasSlugs(matcher: EntityMatcher, entity: number): string[] {
  let index = aliasSlugCache.get(matcher);
  if (!index) {
    index = new Map();
    for (const [slug, e] of matcher.bySlug) index.set(e, [...(index.get(e) ?? []), slug]);
    aliasSlugCache.set(matcher, index);
  }
  return index.get(entity) ?? [];
}

/** Short words of long forms that any spelling may drop: `de`, `la`, `pour`. */
const LINK_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'pour', 'sur', 'aux', 'au', 'en', 'a', 'of', 'the', 'and', 'for']);

/**
 * Whether a long form names the known body of its acronym: each of its words, by its first five
 * letters, is a word of one of the body's spellings (`Centre national de recherches
 * scientifiques` for a CNRS spelled in full), so that `Fédération française de l’assurance (FFA)`
 * is not the athletics federation the reference knows as FFA. A body known by its acronym alone
 * takes any long form.
 */
function sameLongForm(longSlug: string, entity: number, matcher: EntityMatcher): boolean {
  const stem = (w: string): string => w.slice(0, 5);
  // `La République en marche de Paris (LREM)`: a known place names the body's branch, not another body.
  const words = longSlug.split('-').filter((w) => !LINK_WORDS.has(w) && matcher.entities[matcher.bySlug.get(w) ?? -1]?.kind !== 'place');
  const spelled = aliasSlugs(matcher, entity).filter((alias) => alias.includes('-'));
  // A long form of five words or more may misspell one (`…de la vie politique (HATVP)`).
  const slack = Math.floor(words.length / 5);
  // The reference knows the acronym alone (`CNRS`): the article's long form is taken at its word.
  return !spelled.length || spelled.some((alias) => {
    const known = new Set(alias.split('-').map(stem));
    return words.filter((w) => !known.has(stem(w))).length <= slack;
  });
}

/** An acronym in capitals, two to eight letters: `CRE`, `INRAE`. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,7}$/u;
/** A short name written as a word: `Ifremer`, `Unesco`, `Inserm`. */
const TITLE_ABBREVIATION = /^\p{Lu}\p{Ll}{2,9}$/u;

/**
 * Whether `short` (folded) abbreviates the words before it: its letters in order among theirs,
 * from the end, its first letter a word's first and its last within the last word (Schwartz and
 * Hearst's rule for abbreviations in brackets).
 * @example abbreviates('ifremer', tokens('Institut français de recherche pour l’exploitation de la mer')) // true
 * @example abbreviates('renault', tokens('le constructeur français')) // false
 */
function abbreviates(short: string, words: readonly Token[]): boolean {
  const folded = words.map((w) => w.word.folded);
  let w = folded.length - 1;
  let c = (folded[w] ?? '').length - 1;
  for (let k = short.length - 1; k >= 0; k--) {
    const letter = short.charAt(k);
    // The first letter starts a word; the others may be anywhere, in order.
    for (;;) {
      if (w < 0) return false;
      if (c < 0) {
        w--;
        c = (folded[w] ?? '').length - 1;
        continue;
      }
      const at = folded[w]!.charAt(c);
      c--;
      if (at === letter && (k > 0 || c < 0)) break;
    }
    // The last letter must come from the last word: `(Ifremer)` after `…de la mer`.
    if (k === short.length - 1 && w !== folded.length - 1) return false;
  }
  return true;
}
/** Nouns that say an acronym after them names an organisation: `la commission de régulation de l’énergie (CRE)`. */
const ACRONYM_HEADS = new Set([
  ...[...ORGANISATION_WORDS, ...ORGANISATION_CUES].filter((w) => !TRADE_CUES.has(w)),
  // Heads of long forms that name no body elsewhere: `Réseau national de surveillance…`, `Œuvre d’assistance…`.
  ...'reseau oeuvre brigade peloton escadron groupement bureau juridiction chambre fonds haute organization'.split(' '),
]);
/** Past the eight words before the bracket, up to twelve, a head counts when it starts with the acronym's letter (`Association pour le droit de mourir dans la dignité (ADMD)`). */
const FAR_HEAD_WORDS = 12;

/** An acronym defined in brackets: `beside` and `head` as `acronymDefinitions` says; `closeAt`, the last word inside a bracket after the acronym. */
interface AcronymDefinition {
  acronym: Token;
  beside: number;
  head: boolean;
  headAt?: number;
  closeAt?: number;
}

/** Indefinite articles: `une SARL`, `des EHPAD` name a kind of body, not one. */
const INDEFINITE = new Set(['un', 'une', 'des']);

/** Words a long form may span before its acronym's bracket, when no punctuation breaks it. */
const LONG_FORM_WORDS = 20;

/** The last word inside the bracket that opens before `first`, within the words a long form may span. */
function closingWord(first: Token, toks: Token[], text: string): number | undefined {
  for (let i = first.index; i < first.index + LONG_FORM_WORDS && toks[i]; i++) {
    if (text.charAt(toks[i]!.word.end) === ')') return i;
    if (toks[i + 1]?.gap === 'other' && !/^[\s,]+$/u.test(text.slice(toks[i]!.word.end, toks[i + 1]!.word.start))) return undefined;
  }
  return undefined;
}

/**
 * Acronyms defined in brackets: `Observatoire pyrénéen du changement climatique (OPCC)`, or the
 * other way round `CLEEE (Comité de liaison …)`. `beside` is the word next to the bracket on the
 * other side (the last word of the long form, or its first); `head` says whether an
 * organisation noun comes within the eight words before the bracket, when the long form is in
 * lowercase. Known aliases are left to the gazetteer.
 */
function acronymDefinitions(toks: Token[], text: string, matcher: EntityMatcher): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (const t of toks) {
    if (!ACRONYM.test(t.word.raw) || matchAlias(toks, t.index, matcher)) continue;
    const prev = toks[t.index - 1];
    const next = toks[t.index + 1];
    if (prev && /^\s*\(\s*$/u.test(text.slice(prev.word.end, t.word.start)) && text.charAt(t.word.end) === ')') {
      let head = false;
      let headAt: number | undefined;
      const letter = t.word.folded.charAt(0);
      for (let j = t.index - 1; j >= 0 && j >= t.index - LONG_FORM_WORDS; j--) {
        // Past twelve words, only a capitalised head of a long form that no punctuation breaks:
        // `Institut national de recherche et de sécurité pour la prévention des accidents du travail et des maladies professionnelles (INRS)`.
        if (j < t.index - FAR_HEAD_WORDS && toks[j + 1]!.gap === 'other') break;
        const f = toks[j]!.word.folded;
        if (ACRONYM_HEADS.has(f) && (j >= t.index - 8 || f.charAt(0) === letter) && (j >= t.index - FAR_HEAD_WORDS || toks[j]!.capitalised)) {
          head = true;
          // The farthest head that starts with the acronym's letter starts the long form.
          if (f.charAt(0) === letter) headAt = j;
        }
        if (toks[j]!.sentenceStart) break;
      }
      // `l’association Droit au logement (DAL)`: under a head of another letter, the capitalised words the acronym spells start the long form.
      if (head && headAt === undefined) headAt = spelledFrom(t, toks, text);
      // `du peloton de gendarmerie de haute montagne (PGHM) de Briançon`: a local unit named by its town, like `le tribunal de Lille`.
      const after = toks[t.index + 1];
      const link = after ? text.slice(t.word.end, after.word.start) : '';
      const local =
        !!after && (/^\)\s+d['\u2019]$/u.test(link) ? after.capitalised : /^\)\s+$/u.test(link) && ['de', 'du'].includes(after.word.raw) && !!toks[t.index + 2]?.capitalised);
      out.push({ acronym: t, beside: prev.index, head: head && !local, ...(headAt === undefined ? {} : { headAt }) });
    } else if (next && /^\s+\(\s*$/u.test(text.slice(t.word.end, next.word.start)) && (next.capitalised || (ACRONYM_HEADS.has(next.word.folded) && !INDEFINITE.has(prev?.word.raw ?? '')))) {
      // `la BGTA (brigade de gendarmerie des transports aériens)`: a lowercase long form starts with a head of organisations;
      // not after an indefinite article, which makes it a kind of body (`une SARL (société à responsabilité limitée)`).
      const closeAt = closingWord(next, toks, text);
      out.push({ acronym: t, beside: next.index, head: expansionHead(t, next, toks, text, !next.capitalised), ...(closeAt === undefined ? {} : { closeAt }) });
    }
  }
  return out;
}

/**
 * Where the words before `acronym` that it spells start, the first of them capitalised: their
 * initials, small words left out (`initialsOf`) or not (`Droit au logement` for `DAL`).
 * @example spelledFrom(DAL, tokensOf('l’association Droit au logement (DAL)'), text) // the index of `Droit`
 */
function spelledFrom(acronym: Token, toks: Token[], text: string): number | undefined {
  const letters = acronym.word.folded;
  for (let j = acronym.index - 1; j >= 0 && j >= acronym.index - 2 * letters.length; j--) {
    if (!toks[j]!.capitalised) continue;
    const name = surface(toks.slice(j, acronym.index), text);
    if (initialsOf(name) === letters || initialsOf(name, false) === letters) return j;
  }
  return undefined;
}

/**
 * `UNFF (Union nationale des familles de féminicides)`, `IMO (International Meteor Organization)`:
 * the long form in brackets after an acronym starts with the acronym's letter and with a head of
 * organisations, or ends with one (English word order); it names a body, not a tax (`ISF (Impôt…)`).
 */
function expansionHead(acronym: Token, first: Token, toks: Token[], text: string, lowercase = false): boolean {
  if (first.word.folded.charAt(0) !== acronym.word.folded.charAt(0)) return false;
  if (ACRONYM_HEADS.has(first.word.folded)) return !lowercase || closingWord(first, toks, text) !== undefined;
  if (lowercase) return false;
  for (let i = first.index; i < first.index + FAR_HEAD_WORDS && toks[i]; i++) {
    if (text.charAt(toks[i]!.word.end) === ')') return toks[i]!.capitalised && ACRONYM_HEADS.has(toks[i]!.word.folded);
    if (toks[i + 1]?.gap === 'other') return false;
  }
  return false;
}

/** Letters outside ASCII: between two spellings seen as often, the accented one is the careful one (`Édouard`). */
const accents = (s: string): number => s.normalize('NFD').length - s.length;

/** The gazetteer name, or the detected spelling seen most often (then the most accented, then the longest, then first in order). */
function preferredForm(t: Tally): string {
  let best = t.name;
  let seen = 0;
  for (const [form, n] of t.forms) {
    if (n > seen || (n === seen && (accents(form) > accents(best) || (accents(form) === accents(best) && form.length > best.length)))) {
      best = form;
      seen = n;
    }
  }
  return t.forms.size ? best : t.name;
}
