/**
 * Whether an article's title puts forward French politics, read the way the topic samples'
 * convention reads it (tests/fixtures/topics-*.json, `about`): the title puts forward what a
 * politician, the government or a party says, decides or does (« X dénonce… », « le
 * gouvernement appelle… », « le maire veut interdire… », « Quand X jugeait… »); not when the
 * politician is only the target of a threat or an attack (« X menacé de mort », « une effigie
 * de X brûlée »), only the source of figures (« 24 cas, annonce la ministre »), or only named
 * as a complement (« dans le viseur du gouvernement », « la voiture d’un député »). Pure.
 */
import { foldText } from '../text/fold.ts';

/** What a title says of French politics. */
export type TitlePolitics = 'actor' | 'target' | 'source' | 'none';

/** Words and phrases (folded) that name a political actor by role, institution or party. */
const ROLES = [
  'gouvernement', 'executif', 'ministre', 'ministres', 'premier ministre', 'secretaire d\'etat', 'depute', 'deputes', 'deputee', 'deputees',
  'eurodepute', 'eurodeputes', 'senateur', 'senateurs', 'senatrice', 'senatrices', 'maire', 'maires', 'elu', 'elus', 'elue', 'elues',
  'president de la republique', 'chef de l\'etat', 'elysee', 'matignon',
  'lr', 'ps', 'lrem', 'larem', 'rn', 'fn', 'lfi', 'pcf', 'eelv', 'modem', 'udi', 'insoumis', 'les republicains', 'parti socialiste',
  'front national', 'rassemblement national', 'la republique en marche', 'la france insoumise', 'les verts', 'ecologistes',
].map((r) => r.split(' '));

/** Words a role is named after when it is a complement, not the one acting. */
const PREPOSITIONS = new Set(['de', 'd\'', 'du', 'a', 'au', 'aux', 'contre', 'par', 'pour', 'sur', 'avec', 'chez', 'envers', 'entre', 'face', 'vers', 'sans', 'apres', 'avant', 'sous', 'dont']);
/** Determiners and the like that may stand between a preposition and the role. */
const DETERMINERS = new Set(['le', 'la', 'les', 'l\'', 'un', 'une', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'nouveau', 'nouvelle', 'ancien', 'ancienne', 'ex']);
/** Reporting words that make the actor the source of what the title says (« 24 cas, annonce X »). */
const REPORTING = new Set(['selon', 'annonce', 'indique', 'affirme', 'precise', 'revele', 'confirme', 'detaille', 'assure', 'estime', 'previent', 'explique', 'declare', 'reconnait', 'juge', 'souligne', 'martele']);
/** Words (lowercase, accents kept: « menace de démissionner » acts, « menacé » suffers) that make
 * the politicians the target of what the title tells. */
const TARGET = new Set(['menacé', 'menacée', 'menacés', 'menacées', 'menaces', 'effigie', 'effigies', 'agressé', 'agressée', 'agressés', 'agressées',
  'agression', 'giflé', 'giflée', 'enfariné', 'enfarinée', 'insulté', 'insultée', 'insultés', 'cible', 'cibles', 'cambriolé', 'cambriolée', 'intimidation']);

/**
 * Title words, folded, apostrophes straightened, elisions kept as words of their own (« d' »,
 * « l' »), clause punctuation kept as one-character words.
 * @example titleWords('Le maire d’Orléans : 3 cas') // ['le', 'maire', "d'", 'orleans', ':', '3', 'cas']
 */
export function titleWords(title: string): string[] {
  return foldText(title).replace(/[’`‘]/g, '\'').match(/\p{L}+'|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|[:,;!?«»"()]/gu) ?? [];
}

/** Where the words `at` … `at + length` stand: acting, a complement, or the source after a reporting word. */
function position(words: readonly string[], at: number): 'actor' | 'complement' | 'reporting' {
  let i = at - 1;
  while (i >= 0 && DETERMINERS.has(words[i]!)) i--;
  const before = words[i];
  if (before === undefined) return 'actor';
  if (REPORTING.has(before)) return 'reporting';
  // « des » right at the start of a clause is a determiner (« Des députés LR proposent »),
  // after a word a preposition (« la colère des élus »).
  if (before === 'des') return i === 0 || /^[:,;!?«»"()]$/.test(words[i - 1] ?? ':') ? 'actor' : 'complement';
  return PREPOSITIONS.has(before) ? 'complement' : 'actor';
}

/** Starts of `phrase` (folded words) in `words`. */
function occurrences(words: readonly string[], phrase: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (words[i] === phrase[0] && phrase.every((w, k) => words[i + k] === w)) out.push(i);
  }
  return out;
}

/**
 * What the title says of French politics, given the politicians it may name (full names as the
 * entities give them). Any actor acting or speaking makes it `actor` (unless the title tells of
 * threats or attacks: `target`); an actor named only after a reporting word in a title with
 * figures is a `source`; actors named only as complements, or none, give `none`.
 * @example titlePolitics('Le maire veut interdire les trottinettes', []) // 'actor'
 * @example titlePolitics('Paul Durand menacé de mort', ['Paul Durand']) // 'target'
 * @example titlePolitics('Épidémie : 24 cas, annonce la ministre', []) // 'source'
 * @example titlePolitics('Les niches fiscales dans le viseur du gouvernement', []) // 'none'
 */
export function titlePolitics(title: string, politicians: readonly string[]): TitlePolitics {
  const words = titleWords(title);
  const phrases = [...ROLES, ...politicians.map((p) => titleWords(p))];
  let acting = false;
  let reporting = false;
  for (const phrase of phrases) {
    for (const at of occurrences(words, phrase)) {
      // « Des perruches ont élu domicile… »: to settle, no one elected.
      if (words[at + phrase.length] === 'domicile') continue;
      const where = position(words, at);
      if (where === 'actor') acting = true;
      else if (where === 'reporting') reporting = true;
    }
  }
  if (!acting && !reporting) return 'none';
  if ((title.toLocaleLowerCase('fr').match(/\p{L}+/gu) ?? []).some((w) => TARGET.has(w))) return 'target';
  const figures = words.some((w) => /^\d/.test(w));
  if (!acting && figures) return 'source';
  return 'actor';
}

/** Role words (folded) that, next to a person's name in the text, tell a politician. */
const POLITICAL_ROLE_WORDS = new Set(['ministre', 'depute', 'deputee', 'eurodepute', 'eurodeputee', 'senateur', 'senatrice', 'maire', 'elu', 'elue',
  'lr', 'ps', 'lrem', 'larem', 'rn', 'fn', 'lfi', 'pcf', 'eelv', 'modem', 'udi', 'insoumis', 'insoumise', 'candidat', 'candidate', 'parlementaire', 'edile']);
/** Two-word roles whose words alone tell nothing (« secrétaire général de la CGT », « premier album »). */
const POLITICAL_ROLE_PAIRS = new Set(['secretaire d\'', 'porte-parole du']);
/** A role after these is a former one (« l’ancienne ministre, devenue chroniqueuse »). */
const FORMER = new Set(['ancien', 'ancienne', 'ex', 'ex-ministre', 'ex-depute', 'ex-deputee']);
/** Words on each side of a name where its role is looked for. */
const ROLE_WINDOW = 4;

/**
 * Whether the text (its words, from `titleWords`) calls the person a politician in office: a
 * political role or a party within four words of one mention of their name (« le ministre de
 * l’Intérieur Laurent Nuñez », « Daniel Guiraud, maire PS des Lilas », « Jean Dupont (LR) »),
 * not a former one (« l’ancienne ministre »).
 * @example toldAsPolitician('Paul Durand', titleWords('Le député Paul Durand a voté.')) // true
 * @example toldAsPolitician('Paul Durand', titleWords('Le chanteur Paul Durand a chanté.')) // false
 * @example toldAsPolitician('Paul Durand', titleWords('L’ancien ministre Paul Durand chante.')) // false
 */
export function toldAsPolitician(name: string, words: readonly string[]): boolean {
  return roleNextToName(name, words, (i) => (POLITICAL_ROLE_WORDS.has(words[i]!) || POLITICAL_ROLE_PAIRS.has(`${words[i]} ${words[i + 1]}`)) && !FORMER.has(words[i - 1] ?? ''));
}

/**
 * Whether a word within four words of one mention of `name` in `words` (from `titleWords`) is a
 * role, as `isRole` (given the word's index) tells: « le chanteur Paul Durand », « Paul Durand,
 * maire de Lille ».
 * @example roleNextToName('Paul Durand', titleWords('Le chanteur Paul Durand.'), (i) => i === 1) // true (« chanteur »)
 */
export function roleNextToName(name: string, words: readonly string[], isRole: (i: number) => boolean): boolean {
  const parts = titleWords(name);
  for (const at of occurrences(words, parts)) {
    const end = at + parts.length;
    for (let i = Math.max(0, at - ROLE_WINDOW); i < Math.min(words.length, end + ROLE_WINDOW); i++) {
      if ((i < at || i >= end) && isRole(i)) return true;
    }
  }
  return false;
}
