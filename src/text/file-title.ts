/**
 * A title rebuilt from a file name that holds the article's headline
 * (`2016-06-13-tuerie-d-orlando-le-tireur-a-fait-allegeance-a-l-etat-islami-1234.txt`, as
 * scrapers and CMS exports name files), for an article whose text has no title line. The name
 * has lost accents, capitals, apostrophes, hyphens and punctuation, and is often cut: each word
 * takes back the form the article's own text writes it in (« Orlando », « l’État islamique »,
 * « Jean-Luc »), else its only form in a French word list (« allégeance »); a word cut at the
 * end is completed from the text (« islami » → « islamique ») or dropped, with « … ». A word
 * with several forms that neither tells apart (« dénonce » or « dénoncé ») leaves the name
 * unused: the title is then derived from the lede, as before.
 */
import { withInitialCapital } from './capitals.ts';
import { foldText } from './fold.ts';

/** The written forms of a French word by its folded form (lowercase, accents kept): `a` → `a`, `à`; none for a word it does not know. */
export type Lexicon = (folded: string) => readonly string[];

/** Words a CMS puts before the headline in a file name (`article-…`, `video-…`): not the headline's. */
const MEDIA_WORDS = new Set(['article', 'video', 'videos', 'photo', 'photos', 'diaporama', 'audio', 'infographie']);

/** Little words a headline never ends with: one there means the name was cut. */
const LITTLE = new Set([
  'a', 'au', 'aux', 'avec', 'ce', 'ces', 'c', 'd', 'dans', 'de', 'des', 'du', 'en', 'et', 'j', 'l', 'la', 'le', 'les', 'leur',
  'leurs', 'm', 'ma', 'mes', 'mon', 'n', 'ne', 'ou', 'par', 'pour', 'qu', 'que', 'qui', 's', 'sa', 'se', 'ses', 'son', 'sur', 't', 'un', 'une', 'vers',
  'sans', 'sous', 'chez', 'entre', 'contre', 'apres', 'avant', 'selon', 'cette', 'cet', 'notre', 'votre', 'nos', 'vos', 'y', 'jusqu', 'lorsqu', 'puisqu',
]);

/** Words elided before a vowel: written with an apostrophe and no space (`l’`, `jusqu’`). */
const ELIDED = new Set(['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);

/** Words that open a clause: after a first word of another kind, they tell a rubric and its colon (`Oise : une fillette…`). */
const CLAUSE_OPENERS = new Set(['un', 'une', 'le', 'la', 'les', 'l', 'des', 'deux', 'trois', 'quatre', 'cinq', 'dix', 'ce', 'cette', 'ces', 'cet']);

/** First words that open a sentence, never a rubric (`Comme Emmanuel Macron…`). */
const NO_RUBRIC_OPENERS = new Set(['comme', 'face', 'malgre', 'grace', 'depuis', 'pendant', 'lors', 'deja', 'encore', 'toujours', 'enfin', 'bientot']);

/** Words that never stand for a rubric before a colon (`Faire la fête à Macron…`). */
const NO_RUBRIC = new Set([...LITTLE, 'faire', 'dire', 'etre', 'avoir', 'voir', 'prendre', 'mettre', 'aller', 'venir', 'savoir', 'pouvoir', 'vouloir', 'devoir', 'il', 'elle', 'ils', 'elles', 'on', 'je', 'nous', 'vous', 'quand', 'comment', 'pourquoi', 'combien', 'plus', 'pas', 'est', 'si', 'quel', 'quelle', 'quels', 'quelles', 'tout', 'tous', 'toute', 'toutes']);

/** Forms a word list gives several of, where one is far more common in headlines (« âge », not « âgé »). */
const USUAL: Record<string, string> = {
  mur: 'mur', age: 'âge', pres: 'près', dit: 'dit', polemique: 'polémique', mise: 'mise',
  // A common word beside a rare one (`maïs`, `çà`, `dévient`, `surfacé`), or a verb's second person beside a noun (`députes`).
  mais: 'mais', ca: 'ça', devient: 'devient', surface: 'surface', vague: 'vague', rue: 'rue', roue: 'roue', secrete: 'secrète', deputes: 'députés',
};
/** Words after which a verb is in the present, never a participle (`nous sommes`, `ils dénoncent`, `s’emporte`). */
const SUBJECTS = new Set(['qui', 'je', 'j', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'se', 's']);

/** Phrases of headlines whose accents their words alone do not tell (`côte à côte`, `placé en garde à vue`). */
const IDIOMS = new Map([
  ['cote a cote', 'côte à côte'],
  ...['', 'e', 's', 'es'].map((end) => [`place${end} en garde a vue`, `placé${end} en garde à vue`] as const),
]);

/** A verb's imperfect subjunctive (`réagît`, `attentât`), which no headline uses, beside the present or a noun. */
const RARE_TENSE = /[âîû](?:t|tes|mes)$/u;

/** A prefix the word list does not hold alone, joined to the next word with a hyphen. */
const PREFIX = 'anti';

/** Titles of office written with a capital in French (`Premier ministre`). */
const TITLES: Record<string, string> = { 'premier ministre': 'Premier ministre', 'premiere ministre': 'Première ministre' };

/** Compounds of the word list that a headline more often writes as words apart (`il peut être`, `à peu près`, `bien être`). */
const APART = new Set(['peut-etre', 'a-peu-pres', 'bien-etre', 'tout-a-fait', 'non-lieu', 'au-revoir']);

/** Subject pronouns that, after a name, open what someone says. */
const SPEAKERS = new Set(['il', 'ils', 'on', 'nous', 'vous']);

/** Shortest cut word completed from the text (`islami` → `islamique`); a shorter one is dropped. */
const MIN_COMPLETED = 3;

interface TextForms {
  /** Folded word (or hyphenated compound, with spaces) → written form → occurrences. */
  forms: Map<string, Map<string, number>>;
  /** Folded words written in lowercase somewhere in the text. */
  lowercase: Set<string>;
  /** Folded words written with a capital inside a sentence (a name: « Maison Blanche »). */
  named: Set<string>;
  /** Two folded words one after the other → the second as written there (`corps menotte` → `menotté`). */
  pairs: Map<string, string>;
  /** Folded words the text writes after a determiner or « de » → their form there, a noun's (`les députés`, `la marche`). */
  nouns: Map<string, string>;
}

/** Determiners and « de »: the word after one is a noun (or an adjective), in the form the text gives it there (`une dizaine de députés`). */
const DETERMINERS = new Set(['de', 'd', 'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos']);

/** Whether a word at `index` opens a sentence, a paragraph or a quotation (its capital says nothing). */
function sentenceStart(text: string, index: number): boolean {
  return index === 0 || /(?:^|[.!?…:«"“\n])\s*$/u.test(text.slice(Math.max(0, index - 3), index));
}

/** The words of the text as written, by folded form (`foldText`). */
function textForms(text: string): TextForms {
  const forms = new Map<string, Map<string, number>>();
  const lowercase = new Set<string>();
  const named = new Set<string>();
  const pairs = new Map<string, string>();
  const nouns = new Map<string, string>();
  let previous = '';
  const add = (key: string, form: string) => {
    const m = forms.get(key) ?? forms.set(key, new Map()).get(key)!;
    m.set(form, (m.get(form) ?? 0) + 1);
  };
  // Words joined by hyphens, apostrophes or a point between digits (`Jean-Luc`, `aujourd’hui`, `49.3`).
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:(?:[-'’]|\.(?=\p{N}))[\p{L}\p{N}]+)*/gu)) {
    const token = match[0];
    const opensSentence = sentenceStart(text, match.index);
    const parts = token.split(/['’]/u);
    // `l’Unicef`: the elided word is a word of its own; the word after it is what it elides to.
    const words = parts.length > 1 && parts[0]!.length <= 6 ? parts : [token];
    words.forEach((word, i) => {
      const key = foldText(word).replace(/[-.]/g, ' ');
      add(key, word);
      // A word in lowercase or with an initial capital inside a sentence (`la loi Travail`, `les Français`).
      if (previous && !opensSentence && (word === word.toLowerCase() || (/^\p{Lu}\p{Ll}+$/u.test(word) && !LITTLE.has(key)))) {
        pairs.set(`${previous} ${key}`, word);
        if (DETERMINERS.has(previous) && !nouns.has(key)) nouns.set(key, word);
      }
      previous = key;
      if (word === word.toLowerCase()) lowercase.add(key);
      else if (!(opensSentence && i === 0) && /^\p{Lu}/u.test(word)) named.add(key);
    });
  }
  // Names of several words, each with its capital (`Marine Le Pen`, `Le Foll`): one compound.
  for (const match of text.matchAll(/\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)+/gu)) {
    const parts = match[0].split(' ');
    // `La Maison Blanche`, `À Paris` opening a sentence: the little word's capital is the sentence's.
    if (sentenceStart(text, match.index) && (LITTLE.has(foldText(parts[0]!)) || CLAUSE_OPENERS.has(foldText(parts[0]!)))) parts.shift();
    // `la SNCF Jean-Pierre Farandou`: an acronym before a name is not part of it.
    while (parts.length > 1 && parts[0]!.length > 1 && parts[0] === parts[0]!.toUpperCase()) parts.shift();
    if (parts.length < 2) continue;
    for (let from = 0; from < parts.length - 1; from++) {
      for (let to = from + 2; to <= parts.length; to++) add(foldText(parts.slice(from, to).join(' ')).replace(/-/g, ' '), parts.slice(from, to).join(' '));
    }
  }
  return { forms, lowercase, named, pairs, nouns };
}

/** The form of `key` the text writes most often, lowercase unless the text writes it only as a name. */
function writtenForm(key: string, text: TextForms): string | undefined {
  const forms = text.forms.get(key);
  if (!forms) return undefined;
  const sorted = [...forms.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([f]) => f);
  const lower = sorted.find((f) => f === f.toLowerCase());
  if (lower !== undefined && !(text.named.has(key) && !text.lowercase.has(key))) return lower;
  if (text.named.has(key) || key.includes(' ')) return sorted.find((f) => f !== f.toLowerCase()) ?? sorted[0];
  // Never in lowercase, with capitals inside (`iTélé`, `eBay`): a name as it is written.
  if (lower === undefined && sorted.some((f) => /^\p{Ll}.*\p{Lu}/u.test(f))) return sorted.find((f) => /^\p{Ll}.*\p{Lu}/u.test(f));
  // Written only at the start of sentences, with its capital: the word list says how it is written.
  return undefined;
}

/**
 * A word the text writes only as the first word of a name (`Rennes-Vezin`, `Jean-François`), as
 * written there: the name's start, not the word list's common noun (« rennes », « jean »).
 * @example nameStart('rennes', textForms('la prison de Rennes-Vezin')) // 'Rennes'
 */
function nameStart(key: string, text: TextForms): string | undefined {
  if (text.forms.has(key)) return undefined;
  for (const [k, forms] of text.forms) {
    if (!k.startsWith(`${key} `)) continue;
    const first = [...forms.keys()].find((f) => /^\p{Lu}/u.test(f))?.split(/[- ]/u)[0];
    if (first !== undefined && foldText(first) === key) return first;
  }
  return undefined;
}

/** Past participles other than those in -é, folded (`fait`, `pris`, `battu`, `fini`). */
const IRREGULAR_PARTICIPLES = new Set(
  ('fait dit pris mis remis repris soumis vu eu pu su du voulu fallu tenu venu recu perdu rendu vendu battu battue mort morte ouvert offert ecrit promis permis admis ' +
    'compris appris surpris conduit produit construit detruit atteint peint craint rejoint elu lu connu paru disparu couru vecu obtenu soutenu ' +
    'retenu devenu revenu fini choisi reussi saisi trahi subi puni banni envahi averti investi accueilli servi senti menti parti sorti dormi ' +
    'ri suivi assis acquis conquis inscrit interdit prescrit decrit traduit reduit introduit induit seduit nui plu cru bu vaincu convaincu ' +
    'failli agi reagi grandi rempli accompli aboli atterri ralenti garanti reuni defini applaudi gueri franchi').split(' '),
);

/** The ending of a past participle in -é. */
const PARTICIPLE_ENDING = /(?:é|ée|és|ées)$/u;

/** Whether a folded word is an irregular past participle, or one of its feminine or plural forms (`pris`, `mises`). */
const irregularParticiple = (folded: string): boolean => IRREGULAR_PARTICIPLES.has(folded) || IRREGULAR_PARTICIPLES.has(folded.replace(/e?s$/, ''));

/** Whether a folded word is a past participle (`tué`, `fait`, `pris`), not a name of the text (`Paris`). */
function participle(folded: string, lexicon: Lexicon, text: TextForms): boolean {
  if (LITTLE.has(folded) || CLAUSE_OPENERS.has(folded) || text.named.has(folded)) return false;
  return irregularParticiple(folded) || lexicon(folded).some((f) => PARTICIPLE_ENDING.test(f));
}

/** Words before which `a` is « à », in phrases (`à cause de`, `à peine`, `à base de`, `à bord`). */
const AFTER_TO = new Set(['cause', 'peine', 'base', 'partir', 'propos', 'travers', 'cote', 'force', 'bord', 'nouveau', 'vie', 'domicile', 'moins', 'coups', 'chaque']);

/** Forms of « être », after which `a` is « à ». */
const BEING = new Set(['est', 'sont', 'etait', 'etaient', 'sera', 'seront', 'serait', 'etre', 'ete']);
/** Words after which `a` is the verb (`n’a`, `il y a`, `lui en a`, `qui a`). */
const BEFORE_VERB_A = new Set(['n', 'il', 'elle', 'on', 'qui', 'en', 'y', 'ca', 'cela', 'ce']);
/** Words before which `a` is the verb (`Benzema a raison`, `a peur`). */
const AFTER_VERB_A = new Set(['raison', 'peur', 'faim', 'soif', 'besoin', 'hate', 'droit', 'envie', 'honte', 'sommeil', 'confiance', 'lieu', 'ete', 'eu', 'pu', 'su', 'vu', 'du', 'bu', 'lu', 'plus', 'pas', 'deja', 'encore', 'toujours', 'bien', 'mal', 'aussi', 'enfin']);
/** Auxiliaries: a word after them is a participle (`a dénoncé`), not a verb in the present (`dénonce`). */
const AUXILIARIES = new Set(['a', 'ai', 'as', 'avons', 'avez', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'avoir', 'est', 'sont', 'ete', 'etre', 'etait', 'etaient', 'sera', 'seront', 'serait', 'seraient', 'a t il', 'a t elle', 'a t on', 'ont ils', 'ont elles', 'est il', 'est elle', 'sont ils', 'sont elles']);
/** Adverbs between an auxiliary and its participle (`n’avoir jamais taclé`, `a déjà dénoncé`). */
const BETWEEN_AUXILIARY = new Set(['jamais', 'pas', 'deja', 'encore', 'toujours', 'bien', 'plus', 'enfin', 'aussi', 'finalement', 'meme', 'vraiment']);

/** Determiners and prepositions: a noun follows them, not a participle (`en place`, `la marche`). */
const BEFORE_NOUN = new Set(['en', 'la', 'le', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'sa', 'son', 'ses', 'au', 'aux', 'ce', 'cette', 'ces', 'leur', 'leurs', 'sur', 'pour', 'avec', 'dans', 'sans', 'sous']);
/** Words that open a verb's object (`sème la zizanie`, `dévoile ses comptes`). */
const OBJECT_OPENERS = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces', 'cet']);
/** Prepositions after a participle (`éliminé au premier tour`, `retrouvé dans un fossé`). */
const AFTER_PARTICIPLE = new Set(['dans', 'sur', 'pour', 'apres', 'avec', 'contre', 'lors', 'devant', 'chez', 'pendant', 'depuis', 'sous', 'mort', 'morte', 'morts', 'mortes']);

/** A verb's forms among `known`, when it has one in the present and one as a participle in -é (`dénonce`, `dénoncé`). */
function presentAndPast(known: readonly string[]): [present: string, past: string] | undefined {
  const presents = known.filter((f) => /es?$/u.test(f) && !/és?$/u.test(f));
  const pasts = known.filter((f) => /és?$/u.test(f));
  return presents.length === 1 && pasts.length === 1 ? [presents[0]!, pasts[0]!] : undefined;
}

/** Adjectives written before their noun (`la fausse alerte`, `une drôle de…`, `l’incroyable annonce`, `premières foules`). */
const PRENOMINAL = new Set([
  'fausse', 'faux', 'vraie', 'vrai', 'grande', 'grand', 'petite', 'petit', 'nouvelle', 'nouveau', 'nouvel', 'bonne', 'bon', 'mauvaise', 'mauvais',
  'belle', 'beau', 'bel', 'vieille', 'vieux', 'jeune', 'premiere', 'premier', 'derniere', 'dernier', 'seconde', 'deuxieme', 'troisieme', 'incroyable',
  'etonnante', 'surprenante', 'terrible', 'folle', 'enorme', 'veritable', 'seule', 'seul', 'longue', 'sacree', 'triste', 'drole', 'pauvre',
  'etrange', 'improbable', 'sulfureux', 'sulfureuse', 'etonnant', 'surprenant', 'emouvante', 'emouvant', 'touchante', 'touchant', 'tendre',
  'fausses', 'vraies', 'grandes', 'grands', 'petites', 'petits', 'nouvelles', 'nouveaux', 'bonnes', 'bons', 'mauvaises', 'belles', 'beaux',
  'vieilles', 'jeunes', 'premieres', 'premiers', 'dernieres', 'derniers', 'incroyables', 'terribles', 'folles', 'enormes', 'veritables', 'seules',
  'seuls', 'longues', 'tristes', 'droles', 'pauvres', 'etranges',
]);

/** Adjectives and numbers that come before a noun (`premières foules`, `bons élèves`, `deux graves`): what follows them is no participle. */
const BEFORE_NOUN_PLURAL = new Set([...PRENOMINAL, ...('autres plusieurs quelques certains certaines nombreux nombreuses memes tous toutes ' +
  'deux trois quatre cinq six sept huit neuf dix douze vingt cent mille').split(' ')]);

/**
 * Of a verb's two forms in -es, in the present and as a participle (`agresses`, `agressés`), when
 * nothing around tells, after a plural noun: the participle. The present in -es is the second
 * person (« tu agresses »), which headlines never use: « deux pompistes agressés à Brest », « les
 * frondeurs sanctionnés », « 227 magasins menacés ». Not after a word that comes before nouns
 * (`premières foules`, `deux graves`), nor for a noun the text writes (`blagues`): undefined.
 * In -e, both are common (« un couple décède », « un corps retrouvé »): undefined (`likelierTense` chooses).
 */
function pluralParticiple(word: string, known: readonly string[], prev: string | undefined, text: TextForms): string | undefined {
  if (!word.endsWith('es') || text.nouns.has(word)) return undefined;
  // An irregular participle has no accent to choose (`mesures prises`, `vidéos remises`).
  if (irregularParticiple(word)) return word;
  if (prev === undefined || !/[sx]$/.test(prev) || BEFORE_NOUN_PLURAL.has(prev) || DETERMINERS.has(prev) || BEFORE_NOUN.has(prev)) return undefined;
  return known.length === 2 ? presentAndPast(known)?.[1] : undefined;
}

/**
 * Words after which a verb nothing else tells the tense of is likelier a participle than in the present: a
 * preposition or « mort » (`un adolescent poignardé dans son lycée`, `un élu retrouvé mort`, `un maire convoqué
 * devant la justice`).
 */
const PARTICIPLE_BEFORE = new Set(['dans', 'pour', 'de', 'en', 'aux', 'grace', 'devant', 'apres', 'sous', 'lors', 'par', 'chez', 'avec', 'depuis', 'pres', 'mort', 'morte', 'morts', 'mortes']);

/**
 * Of a verb's two forms in -e (`décède`, `décédé`) when nothing around tells (`tenseOf`): the participle before a
 * preposition (`PARTICIPLE_BEFORE`) or ending a name that is not cut (`next` is « … » where it may be) (`un couple choisi`, `Maëlys : un rassemblement annulé`),
 * else the present (`Le ton monte entre…`, `craque et insulte Obama`). Wrong about as often as not for these words
 * (the corpus's headlines: 156 presents, 133 participles), but a headline with a tense to argue beats a title made of
 * the lede's first sentence, which the body then loses. Undefined for a word that is not such a verb.
 */
function likelierTense(known: readonly string[], next: string | undefined, nounSlot: boolean): string | undefined {
  const tenses = presentAndPast(known);
  // After an adjective written before nouns, a noun (`la fausse alerte`, `l’incroyable annonce`, `premières foules`).
  if (nounSlot) return tenses?.[0];
  return tenses?.[next === undefined || PARTICIPLE_BEFORE.has(next) ? 1 : 0];
}

/**
 * Verbs that take an object, in the present as folded, that headlines use as participles: « soupçonné de »,
 * « poignardé à mort », « condamné à », « flashé à 200 km/h », « agressé dans ». Written from general knowledge of
 * crime, justice and politics headlines.
 */
const TAKES_OBJECT = new Set([
  'soupconne', 'accuse', 'condamne', 'poignarde', 'agresse', 'flashe', 'epingle', 'lie', 'asperge', 'blesse', 'arrete', 'interpelle',
  'hospitalise', 'ecroue', 'vise', 'harcele', 'viole', 'renverse', 'percute', 'tabasse', 'sequestre', 'kidnappe', 'enleve',
  'licencie', 'sanctionne', 'evacue', 'piege', 'cambriole', 'braque', 'attaque', 'inculpe', 'expulse', 'insulte', 'menotte', 'lynche',
  'egorge', 'etrangle', 'defigure', 'ecrase', 'fauche', 'happe', 'electrocute', 'abandonne', 'libere', 'relache', 'relaxe', 'acquitte',
  'auditionne', 'convoque', 'incarcere', 'maltraite', 'humilie', 'recadre', 'limoge', 'nomme', 'designe', 'hue', 'siffle', 'accueille',
  'rapatrie', 'evince', 'cible', 'bloque', 'paralyse', 'touche', 'frappe', 'tue', 'retrouve', 'decouvre', 'sauve',
  'oublie', 'vole', 'pille', 'saccage', 'incendie', 'tague', 'degrade', 'recherche', 'signale', 'controle', 'verbalise',
  'rattrape', 'epargne', 'elimine', 'qualifie', 'sacre', 'couronne', 'recompense', 'distingue', 'prive', 'prie', 'invite',
  'oblige', 'force', 'pousse', 'autorise', 'annule', 'reporte', 'supprime', 'repousse', 'adopte',
]);

/** Verbs that take no object, in the present as folded: « décède », « démissionne », « continue », « explose ». */
const TAKES_NO_OBJECT = new Set([
  'decede', 'demissionne', 'continue', 'fonce', 'craque', 'explose', 'arrive', 'chute', 'recule', 'grimpe', 'plonge', 'participe',
  'renonce', 'proteste', 'temoigne', 'plaide', 'insiste', 'triomphe', 'manifeste', 'defile', 'roule', 'circule', 'decolle',
  'demenage', 'rigole', 'pleure', 'danse', 'chante', 'sombre', 'flambe', 'coule', 'succombe', 'enquete', 'ironise',
  'riposte', 'replique', 'persiste', 'derape', 'deraille', 'patine',
]);

/** Words after which « ou » is « où » (`le jour où`, `là où`, `au moment où`). */
const BEFORE_WHERE = new Set(['jour', 'jours', 'moment', 'instant', 'annee', 'soir', 'nuit', 'matin', 'endroit', 'lieu', 'pays', 'ville', 'epoque', 'fois', 'la', 'partout', 'heure']);
/** Words before which « des » is « dès » (`dès le lendemain`, `dès 2021`, `dès samedi`): no plural article comes before them. */
const AFTER_FROM = new Set([
  'le', 'la', 'l', 'les', 'ce', 'cette', 'cet', 'son', 'sa', 'que', 'qu', 'demain', 'aujourd', 'maintenant', 'lors', 'lundi', 'mardi', 'mercredi',
  'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre',
  'novembre', 'decembre', 'cet',
]);

/**
 * « dès » and « où », which a file name writes as « des » and « ou », where nothing else may stand (`des le lendemain`,
 * `des 2021`, `le jour ou`); undefined for another word or place.
 * @example accentedLittle('des', 'courant', 'le') // 'dès'
 */
function accentedLittle(word: string, prev: string | undefined, next: string | undefined): string | undefined {
  if (word === 'des' && next !== undefined && (AFTER_FROM.has(next) || /^(?:19|20)\d\d$/u.test(next))) return 'dès';
  if (word === 'ou' && prev !== undefined && BEFORE_WHERE.has(prev)) return 'où';
  return undefined;
}

/** `a`: the verb or the preposition « à ». */
function verbOrTo(prev: string | undefined, prevForm: string | undefined, next: string | undefined, lexicon: Lexicon, text: TextForms): string {
  if (prev !== undefined && BEFORE_VERB_A.has(prev)) return 'a';
  // After « est », « sont »: « à » (`le litre est à plus de 2 euros`).
  if (next === undefined || AFTER_TO.has(next) || (prev !== undefined && BEING.has(prev))) return 'à';
  if (AFTER_VERB_A.has(next)) return 'a';
  // After a participle, « à » (`condamné à mort`); a word that may be one is not when written otherwise (`la revanche a sonné`).
  const afterParticiple = prev !== undefined && participle(prev, lexicon, text) && (prevForm === undefined || PARTICIPLE_ENDING.test(prevForm) || irregularParticiple(prev));
  return participle(next, lexicon, text) && !afterParticiple ? 'a' : 'à';
}

/**
 * A verb in the present or its participle (`dénonce`, `dénoncé`): the participle after an
 * auxiliary, the present after a name or a subject pronoun, else `form` (the text's).
 */
function tenseOf(word: string, form: string, prev: string | undefined, prevForm: string | undefined, next: string | undefined, lexicon: Lexicon, nextIsName = false, noun?: string): string {
  // A name as the text writes it (`Cannes`, `Chine`) is no verb.
  if ((!word.endsWith('e') && !word.endsWith('es')) || /^\p{Lu}/u.test(form)) return form;
  const known = lexicon(word);
  // One of each, or the forms differ by more than the tense (`pêche`, `pèche`, `péché`): nothing to choose from.
  const tenses = presentAndPast(known);
  if (!tenses) return form;
  const [present, past] = tenses;
  // After « à » (`à cause`), no participle; after the verb `a`, one.
  if (prevForm === 'à') return present;
  if (prev !== undefined && AUXILIARIES.has(prev)) return past;
  // After a subject pronoun or « se », a verb (`il dénonce`, `s’emporte`); after a determiner or a preposition, a noun
  // (`en place`), as the text writes it after a determiner when it does (`ses députés`), else the one in -e.
  if (prev !== undefined && SUBJECTS.has(prev)) return present;
  if (prev !== undefined && BEFORE_NOUN.has(prev)) return [noun, USUAL[word]].find((f) => f === present || f === past) ?? present;
  // Its object after it: a verb (`poignarde sa psy`, `sème la zizanie`, `paralyse Paris`).
  if ((next !== undefined && OBJECT_OPENERS.has(next)) || nextIsName) return present;
  // With no object after it but a preposition, or ending the name: the participle of a verb that takes an object
  // (`un homme soupçonné d’avoir tué`, `poignardé à mort`, `Elton John accusé de harcèlement`), the present of one that
  // takes none (`un couple décède dans un accident`, `un maire démissionne après des menaces`).
  // Not a word that opens the headline or that the text writes as a noun (`Attaque de Villeurbanne`, `Incendie à Lyon`).
  if (prev !== undefined && noun === undefined && (next === undefined || PARTICIPLE_BEFORE.has(next) || next === 'a' || next === 'd')) {
    if (TAKES_OBJECT.has(word)) return past;
    if (TAKES_NO_OBJECT.has(word)) return present;
  }
  // Before « par », a participle (`Macron rattrapé par le fisc`); after a name, a verb (`Macron dénonce…`),
  // unless a preposition follows (`Hollande éliminé au premier tour`).
  if (next === 'par') return past;
  if (prevForm !== undefined && /^\p{Lu}/u.test(prevForm)) return next !== undefined && AFTER_PARTICIPLE.has(next) ? past : present;
  return form;
}

/**
 * The words of a name whose slug dropped an « œ » and split the word there (`c-ur` for « cœur », `v-ux` for
 * « vœux », `l-uvre` for « l’œuvre », `un-uf` for « un œuf »), joined again: a part the word list does not know,
 * with the word before it or alone, makes with `oe` a word it knows. `joined` holds the words made so, whose
 * `oe` is an « œ » (the word list writes `coeur`).
 * @example withLigatures(['au', 'c', 'ur', 'de'], lexicon).words // ['au', 'coeur', 'de']
 */
export function withLigatures(words: readonly string[], lexicon: Lexicon): { words: string[]; joined: Set<string> } {
  const out: string[] = [];
  const joined = new Set<string>();
  for (const w of words) {
    const prev = out.at(-1);
    const word = lexicon(w).length > 0 || /\d/u.test(w) ? undefined : [...(prev === undefined ? [] : [`${prev}oe${w}`]), `oe${w}`].find((j) => lexicon(j).length > 0);
    if (word === undefined) {
      out.push(w);
      continue;
    }
    if (word !== `oe${w}`) out.pop();
    out.push(word);
    joined.add(word);
  }
  return { words: out, joined };
}

/**
 * The headline a file name's words tell, with the forms the article's text and a French word
 * list give them, a colon after a rubric (`Oise : une fillette…`) and « … » where the name was
 * cut; undefined when a word has forms neither tells apart, or fewer than three words are left.
 * @param words the file name's words (`fileHeadline`, src/text/file-headline.ts)
 * @param text the article's text (lede and body)
 * @param lexicon French words by folded form
 * @example titleFromFileName(['ain', 'un', 'randonneur', 'suisse', 'retrouve', 'mort'], 'Le corps d’un randonneur suisse a été retrouvé dans l’Ain.', lexicon) // 'Ain : un randonneur suisse retrouvé mort'
 */
export function titleFromFileName(words: readonly string[], text: string, lexicon: Lexicon, mayBeCut = false, areas: ReadonlyMap<string, string> = new Map(), places: ReadonlyMap<string, string> = new Map()): string | undefined {
  // A name may keep its accents and capitals (`Grève-générale-à-Paris.txt`): the text gives them back anyway.
  const whole = withLigatures(words.map((w) => foldText(w)), lexicon);
  let rest = whole.words;
  while (rest.length > 3 && MEDIA_WORDS.has(rest[0]!)) rest = rest.slice(1);
  const forms = textForms(text);
  const out: string[] = [];
  const folded: string[] = [];
  let cut = mayBeCut;
  for (let i = 0; i < rest.length; ) {
    const idiom = [5, 3].find((n) => IDIOMS.has(rest.slice(i, i + n).join(' ')));
    if (idiom !== undefined) {
      const phrase = rest.slice(i, i + idiom);
      out.push(...IDIOMS.get(phrase.join(' '))!.split(' '));
      folded.push(...phrase);
      i += idiom;
      continue;
    }
    // A compound the text writes with hyphens or a point (`porte-parole`, `États-Unis`, `49.3`).
    const compound = [4, 3, 2].find((n) => i + n <= rest.length && /[-. ]/.test(writtenForm(rest.slice(i, i + n).join(' '), forms) ?? ''));
    if (compound !== undefined) {
      out.push(writtenForm(rest.slice(i, i + compound).join(' '), forms)!);
      folded.push(rest.slice(i, i + compound).join(' '));
      i += compound;
      continue;
    }
    // Words the text does not write as one that are one all the same: a title of office (`Premier ministre`), a country,
    // region or department written with hyphens (`États-Unis`, `Seine-Saint-Denis`), a compound of the word list
    // (`week-end`, `a-t-il`).
    let joined: { n: number; form: string } | undefined;
    for (const n of [4, 3, 2]) {
      const form = i + n <= rest.length ? knownCompound(rest.slice(i, i + n), lexicon, areas) : undefined;
      if (form !== undefined) {
        joined = { n, form };
        break;
      }
    }
    if (joined !== undefined) {
      out.push(joined.form.replace(/'/g, '’'));
      folded.push(rest.slice(i, i + joined.n).join(' '));
      i += joined.n;
      continue;
    }
    const word = rest[i]!;
    const last = i === rest.length - 1;
    const next = rest[i + 1];
    // `sotheby-s-collection`, `mcdonald-s-se-lance`: an English possessive after a name, not « s’ » (which only elides
    // before a vowel or an h).
    if (word === 's' && /(?:^|\s)\p{Lu}\p{L}+$/u.test(out.at(-1) ?? '') && next !== undefined && /^[^aeiouyh]/u.test(next)) {
      // As the text writes it, when it does (`McDonald’s`).
      const owner = [`${folded.at(-1)}’s`, `${folded.at(-1)}'s`].map((k) => writtenForm(k, forms)).find((f) => f !== undefined);
      out[out.length - 1] = owner?.replace(/'/gu, '’') ?? `${out.at(-1)}’s`;
      i++;
      continue;
    }
    const nextIsName = next !== undefined && ((forms.named.has(next) && !forms.lowercase.has(next)) || nameStart(next, forms) !== undefined);
    // `a` is the verb before a past participle (`le tireur a fait`), else the preposition, whatever the text says.
    let form = word === 'a' ? verbOrTo(folded.at(-1), out.at(-1), next, lexicon, forms) : word === PREFIX && !last ? PREFIX : writtenForm(word, forms) ?? nameStart(word, forms);
    // The word after, for a verb's tense: « … » when the name may be cut there (`Biden retrouve…`: its object cut off).
    const after = next ?? (cut ? '…' : undefined);
    // The text's own words after the same word (`un corps menotté`) tell its form best.
    const paired = folded.length > 0 ? forms.pairs.get(`${folded.at(-1)} ${word}`) : undefined;
    // The word a tense reads before this one: the auxiliary across an adverb (`n’avoir jamais taclé`).
    const before = BETWEEN_AUXILIARY.has(folded.at(-1) ?? '') && AUXILIARIES.has(folded.at(-2) ?? '') && !LITTLE.has(word) ? folded.at(-2) : folded.at(-1);
    if (paired !== undefined && word !== 'a') form = paired;
    else if (form !== undefined && word !== 'a') form = tenseOf(word, form, before, out.at(-1), after, lexicon, nextIsName, forms.nouns.get(word));
    form = accentedLittle(word, folded.at(-1), next) ?? form;
    if (form === undefined && last && !forms.forms.has(word)) {
      // Cut at the end: the text's word it starts (`islami` → `islamique`), if only one, and if
      // it is no word of its own (`mesure` is not cut from « mesures »).
      const longer = [...forms.forms.keys()].filter((k) => k.startsWith(word) && !k.includes(' '));
      const whole = lexicon(word).length > 0;
      if (longer.length === 1 && word.length >= MIN_COMPLETED && !whole) form = writtenForm(longer[0]!, forms) ?? lexiconForm(longer[0]!, lexicon);
      // A name that may be cut ends with what the text does not write: the cut end of a word.
      if (form === undefined && ((longer.length > 0 && !whole) || mayBeCut)) {
        cut = true;
        break;
      }
    }
    if (form === undefined) {
      const all = lexicon(word);
      const known = all.length > 1 && all.some((f) => !RARE_TENSE.test(f)) ? all.filter((f) => !RARE_TENSE.test(f)) : all;
      if (LITTLE.has(word)) form = word === 'apres' ? 'après' : word;
      // A place abroad the word list knows only as another word (`londres`, not « londrès »).
      else if (places.has(word) && !all.includes(word)) form = places.get(word);
      else if (known.length === 1) form = known[0];
      else if (known.length > 1) {
        // Several forms: after an auxiliary or before « de coups », the participle (`est roué de coups`, `un policier
        // roué de coups`); else the usual one, else the tense the words around tell, else the likelier one.
        const participleHere = (before !== undefined && AUXILIARIES.has(before) && out.at(-1) !== 'à') || (next === 'de' && rest[i + 2] === 'coups');
        form = (participleHere ? presentAndPast(known)?.[1] : undefined) ?? USUAL[word]
          ?? (tenseOf(word, '', before, out.at(-1), after, lexicon, nextIsName, forms.nouns.get(word)) || pluralParticiple(word, known, folded.at(-1), forms) || likelierTense(known, after, PRENOMINAL.has(folded.at(-1) ?? '')));
      }
      else if (/^\d+$/.test(word)) form = word;
      // A country or department as written (`Rhône`).
      else if (areas.has(word)) form = areas.get(word);
      else if (last) {
        // Neither the text nor the word list knows the last word: the cut end of a longer one.
        cut = true;
        break;
      } else if (/^[a-z]+$/.test(word)) {
        // A name or an acronym neither knows (`fn`, `istres`): written as one.
        form = word.length <= 3 || unpronounceable(word) ? word.toUpperCase() : withInitialCapital(word);
      }
    }
    // A word with forms nothing tells apart, or one neither the text nor the word list knows (`fn`).
    if (form === undefined) return undefined;
    if (folded.at(-1) === PREFIX && out.at(-1) === PREFIX) {
      // `anti` before a word the text does not write with it: one word (`anti-Brexit`, `anti-hommage`).
      out[out.length - 1] = `${PREFIX}-${form}`;
      folded[folded.length - 1] = `${PREFIX} ${word}`;
    } else {
      out.push(form);
      folded.push(word);
    }
    i++;
  }
  // A cut name ends on a little word or on the first name of someone (`contre Christophe`): neither ends a headline.
  const dangling = (): boolean => LITTLE.has(folded.at(-1)!) || (cut && /^\p{Lu}/u.test(out.at(-1)!) && [...forms.forms.keys()].some((k) => k.startsWith(`${folded.at(-1)} `) && /^\p{Lu}/u.test(writtenForm(k, forms) ?? '')));
  while (out.length > 0 && dangling()) {
    out.pop();
    folded.pop();
    cut = true;
  }
  if (out.length < 3) return undefined;
  // « je » after a name or a number opens what someone says (`David Ginola : « Je reviens de très loin »`): a colon, and its capital.
  // Other subject pronouns too after a name that is not a rubric of one word (`Mort de Serge Dassault : « Il n’y aura… »`, not `Oise : il…`).
  const quoted = folded.findIndex((w, i) => /^[\p{Lu}\d]/u.test(out[i - 1] ?? '') && (((w === 'je' || w === 'j') && i > 0) || (SPEAKERS.has(w) && i > 1 && !folded.slice(i - 3, i).some((x) => x === 'que' || x === 'qu'))));
  if (quoted > 0) out[quoted] = withInitialCapital(out[quoted]!);
  const colon = quoted > 0 ? quoted : rubricEnd(out, folded, areas, forms);
  let title = '';
  out.forEach((written, i) => {
    const w = whole.joined.has(folded[i]!) ? written.replace(/oe/gu, 'œ').replace(/O[eE]/gu, 'Œ') : written;
    title += i === 0 ? w : ELIDED.has(folded[i - 1]!) ? `’${w}` : i === colon ? ` : ${w}` : ` ${w}`;
  });
  return `${withInitialCapital(title)}${cut ? '…' : ''}`;
}

/**
 * The written form of words that make one (`parts`, folded) though the text does not write them
 * so: a title of office (`TITLES`), a country, region or department written with hyphens, or a
 * compound of the word list, but one that may be words apart (`APART`; with a little word, as
 * `par là` or `en tête`, but a question's `-t-il`).
 */
function knownCompound(parts: readonly string[], lexicon: Lexicon, areas: ReadonlyMap<string, string>): string | undefined {
  const key = parts.join(' ');
  const title = TITLES[key];
  if (title !== undefined) return title;
  const area = areas.get(key);
  if (area?.includes('-')) return area;
  const hyphenated = parts.join('-');
  if (APART.has(hyphenated) || (parts.some((p) => LITTLE.has(p)) && !(parts.length === 3 && parts[1] === 't'))) return undefined;
  const compound = lexicon(hyphenated);
  return compound.length === 1 ? compound[0] : undefined;
}

/** Words that open what a headline says after its rubric (`… : certaines communes privées d’eau`). */
const AFTER_RUBRIC = new Set([...CLAUSE_OPENERS, 'son', 'sa', 'ses', 'leur', 'leurs', 'certains', 'certaines', 'plusieurs', 'aucun', 'aucune']);
/** …and, after a rubric of one word, pronouns and questions (`Politiques : ils…`, `DALS : quels sont…`). */
const AFTER_SHORT_RUBRIC = new Set([...AFTER_RUBRIC, 'il', 'elle', 'ils', 'elles', 'on', 'quel', 'quels', 'quelle', 'quelles', 'pourquoi', 'comment', 'combien'].filter((w) => w !== 'des'));
/** Words after a place that make it the subject of the sentence (`Paris se prépare`, `la France a gagné`). */
const VERB_AFTER_PLACE = new Set(['se', 's', 'ne', 'n', 'a', 'est', 'sont', 'va', 'vont', 'veut', 'doit', 'peut', 'fait', 'y', 'en', 'et', 'ou', 'de', 'd', 'du', 'des', 'au', 'aux']);

/** Words of time after a determiner (`ce lundi`, `le 14 juillet`): no new clause. */
const TIME_WORDS = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'matin', 'soir', 'week', 'jour', 'mois', 'annee', 'an', 'ete', 'hiver', 'printemps', 'automne', 'midi', 'nuit', 'weekend', 'semaine']);

/** After a name alone, these are its object (`Macron les reçoit`), not a new clause. */
const OBJECT_PRONOUNS = new Set(['le', 'la', 'les', 'l']);

/**
 * The index of the word a colon goes before, after the rubric a headline opens with, if one:
 * one word before a clause (`Oise : une fillette…`, `Politiques : ils…`), a phrase ending with
 * a name before a clause or another name (`Crue de la Seine : certaines communes…`,
 * `Mort de Johnny Hallyday : Mélenchon…`, `Bernard de la Villardière : sa folle soirée`), a word
 * (and a year) before a name (`Présidentielle : Emmanuel Macron…`, `Municipales 2020 : Valérie Pécresse…`).
 */
function rubricEnd(out: readonly string[], folded: readonly string[], areas: ReadonlyMap<string, string>, text: TextForms): number | undefined {
  if (out.length < 4 || NO_RUBRIC.has(folded[0]!) || NO_RUBRIC_OPENERS.has(folded[0]!)) return undefined;
  // A country, region or department first, and no verb after it: where the story happens (`Isère : ivre, il roule…`).
  if (areas.has(folded[0]!) && !VERB_AFTER_PLACE.has(folded[1]!)) return 1;
  // A name, not a title in capitals (`PDG`, `SNCF`).
  const name = (i: number): boolean => /^\p{Lu}/u.test(out[i]!) && out[i] !== out[i]!.toUpperCase();
  if (AFTER_SHORT_RUBRIC.has(folded[1]!)) return 1;
  // An acronym ends a short rubric (`Grève SNCF : Jean-Pierre Farandou…`).
  const acronym = (i: number): boolean => /^\p{Lu}{2,}$/u.test(out[i]!);
  /** The text writes the two words one after the other: one phrase (`le pape François`, `Marine Le Pen`). */
  const together = (p: number): boolean => text.pairs.has(`${folded[p - 1]} ${folded[p]}`) || text.forms.has(`${folded[p - 1]} ${folded[p]}`);
  /** A quantity opens at `p` (`… : au moins 23 morts`, `… : plus de 600 arrestations`). */
  const quantity = (p: number): boolean => (folded[p] === 'au' && folded[p + 1] === 'moins') || (QUANTITIES.has(folded[p]!) && (folded[p + 1] === 'de' || folded[p + 1] === 'd'));
  /** A clause opens at `p` (`… : le gouvernement a frôlé…`), not a date (`le 14 juillet`, `ce lundi`), or a quantity does. */
  const opens = (p: number): boolean => (AFTER_RUBRIC.has(folded[p]!) && !TIME_WORDS.has(folded[p + 1] ?? '') && !/^\d/.test(folded[p + 1] ?? '')) || quantity(p);
  // A word, then a count (`Coronavirus : 3.800 cas…`, `SNCF : 7 heures de retard…`), not a year nor a number it is named by (`Acte 18 des…`, `Phase 2 du…`);
  // or a quantity (`Bélarus : plus de 600…`).
  // A count in thousands (`Carrefour : 1.230 postes…`) follows a name as well: no model is named so.
  const thousands = /^\d+(?: \d{3})+$/.test(folded[1]!);
  if (/^\p{L}/u.test(folded[0]!) && (/^\d+$/.test(folded[1]!) || thousands) && !YEAR.test(folded[1]!) && (!name(0) || thousands) && !['de', 'd', 'du', 'des'].includes(folded[2]!)) return 1;
  if (quantity(1)) return 1;
  // A town the text puts stories in (`à Nice`), no one's surname there, before a noun the text writes after a determiner:
  // where the story happens (`Nice : incident raciste…`, `Perpignan : chute mortelle…`), not what the town does (`Paris accueille…`).
  const town = !folded[0]!.includes(' ') && name(0) && (text.pairs.has(`a ${folded[0]}`) || text.pairs.has(`en ${folded[0]}`))
    && ![...text.forms.keys()].some((k) => k.endsWith(` ${folded[0]}`) && k.includes(' '));
  if (town && text.nouns.has(folded[1]!) && !LITTLE.has(folded[1]!) && !VERB_AFTER_PLACE.has(folded[1]!)) return 1;
  // A word and a year before a preposition (`Stars 80 : après le drame…`, `Présidentielle 2017 : en cas de…`).
  if (/^\d+$/.test(folded[1]!) && AFTER_NUMBER.has(folded[2]!) && out.length > 4) return 2;
  for (let p = 1; p < out.length - 1; p++) {
    if (!name(p - 1) && !(acronym(p - 1) && p <= 3)) continue;
    const onlyNames = out.slice(0, p).every((_, i) => name(i));
    // Two names side by side, one of several words (`Johnny Hallyday`, `Mélenchon`): two phrases; two single words may be one name.
    // Names only, a full name the text never writes after them, before a verb, is another phrase (`Berlinale : Juliette Binoche prend…`).
    if (name(p) && (folded[p - 1]!.includes(' ') || folded[p]!.includes(' ')) && (!onlyNames || (folded[p]!.includes(' ') && !together(p) && /^\p{Ll}/u.test(out[p + 1]!) && !LITTLE.has(folded[p + 1]!)))) return p;
    if (opens(p) && !(onlyNames && OBJECT_PRONOUNS.has(folded[p]!))) return p;
  }
  // A phrase of nouns (`Primaire de la gauche`, `Grève du 5 décembre`) before a clause or a name it is not written with.
  const phrase = nounPhrase(folded, out, together);
  for (let p = 2; p < Math.min(phrase + 1, out.length - 1); p++) {
    const last = folded[p - 1]!;
    if (LINKS.has(last) || folded[p] === 'des' || NOT_NOUNS.has(last) || (/^\d/.test(last) && !YEAR.test(last))) continue;
    if (opens(p) || (name(p) && !name(p - 1) && !together(p) && !ROLES.has(last))) return p;
  }
  const first = /^\d+$/.test(folded[1]!) ? 2 : 1;
  // Not a name the text writes after that word (`la loi Travail`, `MTV Video Music Awards`).
  return !name(0) && !/^\d/.test(folded[0]!) && name(first) && !together(first) ? first : undefined;
}

/** Words that link the nouns of a phrase (`Réforme des retraites`, `Suicide d’une directrice d’école`, `Cité du vin à Bordeaux`). */
const LINKS = new Set(['de', 'd', 'du', 'des', 'la', 'le', 'l', 'les', 'au', 'aux', 'a', 'en', 'et', 'un', 'une']);
/** The sides of politics, nouns after « à » (`Primaire à droite`). */
const SIDES = new Set(['droite', 'gauche']);
/** Determiners: the word after one is a noun, whatever its ending (`le dîner`). */
const NOUN_BEFORE = new Set(['du', 'la', 'le', 'l', 'les', 'au', 'aux', 'un', 'une', 'des']);
/** Words after a link that are no noun (`au moins`, `de plus`). */
const NOT_NOUNS = new Set(['moins', 'plus', 'peu', 'tres', 'trop', 'bien', 'mal', 'nouveau']);
/** Words of quantity before « de » (`plus de 600 arrestations`). */
const QUANTITIES = new Set(['plus', 'moins', 'pres']);
/** Prepositions that open what follows a rubric and its number (`Stars 80 : après le drame…`). */
const AFTER_NUMBER = new Set(['apres', 'avant', 'en', 'pour', 'avec', 'dans', 'quand', 'selon', 'face', 'contre', 'depuis', 'pendant', 'vers', 'sur']);
/** A year (`2017`), which goes with the rubric before it (`Présidentielle 2017`), unlike a count. */
const YEAR = /^(?:19|20)\d\d$/;
/** Nouns of a role or a kinship written before a name (`l’acteur Michel Aumont`, `la reine Elizabeth II`): no colon between them. */
const ROLES = new Set([
  'acteur', 'actrice', 'chanteur', 'chanteuse', 'president', 'presidente', 'ministre', 'depute', 'deputee', 'senateur', 'senatrice', 'maire', 'pape', 'roi', 'reine',
  'prince', 'princesse', 'journaliste', 'animateur', 'animatrice', 'humoriste', 'footballeur', 'joueur', 'joueuse', 'entraineur', 'juge', 'avocat', 'avocate',
  'general', 'ecrivain', 'ecrivaine', 'auteur', 'autrice', 'rappeur', 'comedien', 'comedienne', 'realisateur', 'realisatrice', 'star', 'mannequin', 'patron',
  'patronne', 'fondateur', 'candidat', 'candidate', 'chef', 'secretaire', 'dirigeant', 'pilote', 'ex', 'ancien', 'ancienne', 'epouse', 'mari', 'femme',
  'fils', 'fille', 'frere', 'soeur', 'pere', 'mere', 'compagne', 'compagnon', 'veuve', 'famille', 'clan', 'affaire', 'loi', 'rapport', 'plan', 'groupe', 'marque',
  'constructeur', 'societe', 'entreprise', 'ville', 'commune', 'region', 'departement', 'ile', 'equipe', 'club', 'parti', 'mouvement', 'emission', 'film', 'serie',
  'magazine', 'journal', 'chaine', 'radio', 'site', 'application', 'hopital', 'musee', 'festival', 'salon', 'usine', 'prefet', 'ambassadeur', 'eveque', 'cardinal',
]);

/**
 * How many words a headline's first phrase of nouns spans: a first word, then only words each
 * after a link (`de`, `la`, `et`…) or a number (`Grève du 5 décembre`), none a verb: not the
 * verb « a » (`Hollande a approuvé…`), an infinitive or a gerund after a preposition (`de
 * voter…`, `en votant…`), nor a first word that is a participle or a verb (`Passionné de…`,
 * `Suivez en direct…`, `Détenir des…`). 0 when it opens with a link.
 * @example nounPhrase(['primaire', 'de', 'la', 'gauche', 'une', 'campagne'], […]) // 6
 */
function nounPhrase(folded: readonly string[], out: readonly string[], together: (p: number) => boolean): number {
  if (LINKS.has(folded[0]!) || NO_RUBRIC.has(folded[0]!) || NO_RUBRIC_OPENERS.has(folded[0]!)) return 0;
  if (/(?:é|ée|és|ées)$/u.test(out[0]!) || /(?:ez|er|ir)$/.test(folded[0]!)) return 0;
  let n = 1;
  while (n < folded.length) {
    const before = folded[n - 1]!;
    const word = folded[n]!;
    if (word === 'a' && out[n] === 'a') break;
    if (LINKS.has(word) || /^\d/.test(word)) {
      n++;
      continue;
    }
    // A name or acronym the text writes after the noun before it (`Dépôts de bus RATP`, `abonnements Navigo`).
    if (!LINKS.has(before) && !/^\d/.test(before) && !(/^\p{Lu}/u.test(out[n]!) && together(n))) break;
    // « à » before a place or a determiner (`à Matignon`, `à la une`); before another word, a verb's « a » read as « à » (`a interrompu`), or what follows a rubric (`à 8 mois`).
    if (before === 'a' && !/^\p{Lu}/u.test(out[n]!) && !SIDES.has(word)) break;
    // After a preposition, a verb may follow (`pour sauver`, `de voter`, `en votant`); after a determiner, a noun.
    if (!NOUN_BEFORE.has(before) && !/^\d/.test(before) && !/^\p{Lu}/u.test(out[n]!) && /(?:er|ir|ant)$/.test(word)) break;
    n++;
  }
  return n;
}

/** Two consonants a French or English word may open with (`bl`, `st`) or end with (`st`, `ck`). */
const ONSETS = new Set('bl br ch cl cr dr fl fr gl gr kh kl kr ph pl pr ps rh sc sh sk sl sm sn sp st sw th tr ts tw vr wh wr'.split(' '));
const CODAS = new Set('ch ck ct ds ff ft gn gs ks ld lf lk ll lm ln lp ls lt mb mm mp ms nc nd ng nk nn ns nt ph pp pt rb rc rd rf rg rk rl rm rn rp rr rs rt sh sk sm ss st th ts tt tz ws ys zz'.split(' '));

/**
 * Whether a short word nothing knows reads as letters, not a word: an acronym (`tpmp`, `nddl`,
 * `lrem`, `onpc`), with no vowel, or opening or ending with two consonants no word does.
 */
function unpronounceable(word: string): boolean {
  if (word.length > 5) return false;
  const consonant = (c: string | undefined) => c !== undefined && !/[aeiouy]/.test(c);
  if (!/[aeiouy]/.test(word)) return true;
  if (consonant(word[0]) && consonant(word[1]) && !ONSETS.has(word.slice(0, 2))) return true;
  return consonant(word.at(-1)) && consonant(word.at(-2)) && !CODAS.has(word.slice(-2));
}

/** The only form the word list gives a folded word, if one. */
function lexiconForm(word: string, lexicon: Lexicon): string | undefined {
  const known = lexicon(word);
  return known.length === 1 ? known[0] : undefined;
}

/**
 * A word list as a lexicon (most words have one form: a string, not an array, keeps it small).
 * @example buildLexicon(['a', 'à', 'allégeance'])('a') // ['a', 'à']
 */
export function buildLexicon(list: readonly string[]): Lexicon {
  const map = new Map<string, string | string[]>();
  for (const w of list) {
    const key = /^[a-z-]*$/.test(w) ? w : foldText(w);
    const forms = map.get(key);
    if (forms === undefined) map.set(key, w);
    else if (typeof forms === 'string') map.set(key, [forms, w]);
    else forms.push(w);
  }
  return (folded) => {
    const forms = map.get(folded);
    return forms === undefined ? [] : typeof forms === 'string' ? [forms] : forms;
  };
}
