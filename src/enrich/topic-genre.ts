/**
 * Genre cues of an article: what the shape of a story tells of its topic where its words do not.
 * An odd news brief (Insolite) is told about a nobody (« Bretagne : il vole un sèche-linge par
 * amour », « Un pilote d'avion s'endort et rate sa destination », « À 5 ans, il prend le
 * volant ») in a few paragraphs, and nobody is hurt: the same shape with a death or an assault
 * is a police story. Pure; cheap (the title and lede only, read once).
 */
import { foldText } from '../text/fold.ts';
import { titleWords } from './title-politics.ts';

/** A news brief: a body shorter than this many words. */
export const BRIEF_WORDS = 300;

/** Words (folded, singular) that name an ordinary person, not a known one, as a story's protagonist. */
const NOBODIES = new Set([
  'homme', 'femme', 'enfant', 'fillette', 'garcon', 'gamin', 'gamine', 'bebe', 'adolescent', 'adolescente', 'ado', 'couple', 'jeune',
  'retraite', 'retraitee', 'etudiant', 'etudiante', 'lyceen', 'lyceenne', 'collegien', 'collegienne', 'ecolier', 'ecoliere',
  'automobiliste', 'conducteur', 'conductrice', 'chauffeur', 'pilote', 'passager', 'passagere', 'cycliste', 'motard', 'pieton', 'pietonne',
  'dame', 'mere', 'pere', 'grand-mere', 'grand-pere', 'mamie', 'papy', 'voisin', 'voisine', 'habitant', 'habitante', 'touriste', 'client', 'cliente',
  'salarie', 'salariee', 'employe', 'employee', 'patron', 'patronne', 'proprietaire', 'locataire',
  'septuagenaire', 'octogenaire', 'nonagenaire', 'centenaire', 'quadragenaire', 'quinquagenaire', 'sexagenaire', 'trentenaire', 'vingtenaire',
]);
/** Nationalities, a nobody only as a noun right after « un » or « une » (« une Américaine », not « l'artillerie française »). */
const NATIONALS = new Set([
  'americain', 'americaine', 'britannique', 'anglais', 'anglaise', 'allemand', 'allemande', 'chinois', 'chinoise', 'japonais', 'japonaise',
  'australien', 'australienne', 'canadien', 'canadienne', 'italien', 'italienne', 'espagnol', 'espagnole', 'belge', 'suisse', 'russe',
  'francais', 'francaise',
]);

/** Determiners that open a clause about one person left unnamed (« un homme », « cette retraitée »). */
const INDEFINITE = new Set(['un', 'une', 'cet', 'cette']);
const PRONOUNS = new Set(['il', 'elle']);
/** Adjectives that may stand between the determiner and the person. */
const ADJECTIVES = new Set(['jeune', 'petit', 'petite', 'vieil', 'vieux', 'vieille', 'ancien', 'ancienne', 'simple', 'pauvre', 'modeste']);
/** Words (a place, and its separator) a title may open with before « il » or « elle ». */
const PRONOUN_HEAD = 4;
/** Words after « il » that make it impersonal. */
const IMPERSONAL = new Set(['y', 'n\'', 'faut', 'fallait', 'faudra', 'semble', 'parait', 'reste', 'suffit']);
/** Words after which a new clause of the title starts. */
const CLAUSE = new Set([':', ',', ';', '!', '?', '«', '"']);

/** Harm to people (folded stems, matched at the start of a word): a story where someone dies, is
 * hurt or attacked, or is suspected, charged or tried, is a police or court story, no odd brief. */
const HARM = /(?:^|[^\p{L}])(?:mort|meurt|tue|tues|tuee|deces|decede|meurtr|assassin|homicide|viol|agress|bless|drame|tragique|suicid|attentat|terroris|noy|noie|poignard|abattu|fusillade|disparu|victime|incendi|attaque|soupconn|suspect|accuse|juge|condamn|mis en examen|mise en examen)/u;

/**
 * Whether a title's protagonist is an ordinary person: a clause of it opens with « il » or
 * « elle », or with a determiner and a word for an unnamed person (« un automobiliste », « une
 * Américaine », « un jeune homme »), or it gives the person's age (« À 5 ans, il… »).
 * @example nobodyInTitle('Bretagne : il vole un sèche-linge par amour') // true
 * @example nobodyInTitle('Un pilote d’avion s’endort et rate sa destination') // true
 * @example nobodyInTitle('Emmanuel Macron reçoit les syndicats') // false
 */
export function nobodyInTitle(title: string): boolean {
  const words = titleWords(title);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'a' && /^\d+$/.test(words[i + 1] ?? '') && words[i + 2] === 'ans') return true;
    if (i > 0 && !CLAUSE.has(words[i - 1]!)) continue;
    // « il » or « elle » opening the title or after a short head (« Nancy : il paye… »), not after
    // a named person (« X : Macron ? Il est… ») nor impersonal (« il y a », « il faut »).
    if (PRONOUNS.has(w)) {
      if (i <= PRONOUN_HEAD && !IMPERSONAL.has(words[i + 1] ?? '')) return true;
      continue;
    }
    if (!INDEFINITE.has(w)) continue;
    // The person may come after one adjective (« un jeune automobiliste », « une vieille dame »).
    const at = ADJECTIVES.has(words[i + 1] ?? '') ? i + 2 : i + 1;
    if (NOBODIES.has(words[at] ?? '') || NATIONALS.has(words[i + 1] ?? '')) return true;
  }
  return false;
}

/**
 * Whether the title or lede tells of harm to people: a death, an injury, an assault, a
 * disappearance.
 * @example toldHarm('Lot : un pêcheur se noie', '') // true
 * @example toldHarm('Il vole un sèche-linge par amour', 'Les gendarmes l’ont interpellé.') // false
 */
export function toldHarm(title: string, lede: string): boolean {
  return HARM.test(foldText(`${title}\n${lede}`));
}

/**
 * Whether the article has the shape of an odd news brief: a story about an ordinary person
 * (`nobodyInTitle`), told in fewer than `BRIEF_WORDS` words of body, where nobody is hurt
 * (`toldHarm`).
 * @example oddBrief({ title: 'Bretagne : il vole un sèche-linge par amour', lede: 'Les gendarmes ont interpellé un homme.' }, 180) // true
 * @example oddBrief({ title: 'Lot : un pêcheur se noie, emporté par sa voiture', lede: '' }, 180) // false
 */
export function oddBrief(doc: { title: string; lede: string }, bodyWords: number): boolean {
  return bodyWords < BRIEF_WORDS && nobodyInTitle(doc.title) && !toldHarm(doc.title, doc.lede);
}
