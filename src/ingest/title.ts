/** Titles derived from a lede when a file gives none. */
import { closeCutQuote } from '../text/french-typography.ts';
import { withInitialCapital } from '../text/capitals.ts';

const OPENING = /^["“«]\s*/u;

/** A title cut inside a quotation would keep a dangling opening quote mark: drop it. */
function balanceQuotes(title: string): string {
  const open = OPENING.exec(title);
  if (!open || /["”»]/u.test(title.slice(open[0].length))) return title;
  return title.slice(open[0].length);
}

export const DERIVED_TITLE_MAX = 110;

/**
 * The title with a capital at its start when its first word is all lowercase: a lede whose file
 * was cut at its start (`de sa fille, et pourtant…`) gives a title that still opens as one; a
 * name written with a capital inside (`iTélé`, `e-Bulli`) stays as written.
 * @example withCapital('il reconnaît des manques') // 'Il reconnaît des manques'
 * @example withCapital('iTélé : la chaîne change de nom') // 'iTélé : la chaîne change de nom'
 */
export function withCapital(title: string): string {
  return /^\p{Ll}+(?=[\s,;:!?…]|$)/u.test(title) ? withInitialCapital(title) : title;
}
/** Characters a lede may exceed the title's length by and still be the title whole. */
const WHOLE_MARGIN = 20;
/** Words a cut title does not end on, each dropped with the space before it (and what then dangles in turn). */
const LITTLE_WORDS = [
  // Articles, determiners, numbers before their noun.
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs',
  'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos', 'quel', 'quelle', 'quels', 'quelles', 'chaque', 'plusieurs', 'quelques',
  'certains', 'certaines', 'aucun', 'aucune', 'tout', 'tous', 'toute', 'toutes', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept',
  'huit', 'neuf', 'dix', 'cent', 'mille',
  // Prepositions, conjunctions, relatives.
  'à', 'en', 'par', 'pour', 'sur', 'dans', 'avec', 'sans', 'sous', 'chez', 'entre', 'vers', 'contre', 'après', 'avant', 'selon',
  'lors', 'près', 'auprès', 'autour', 'depuis', 'pendant', 'malgré', 'parmi', 'envers', 'dès', 'durant', 'via', 'face', 'afin',
  'grâce', 'quant', 'devant', 'derrière', 'et', 'ou', 'mais', 'ni', 'car', 'donc', 'que', 'qui', 'dont', 'où', 'comme', 'si', 'lorsque', 'quand', 'puisque', 'tandis', 'alors',
  // Pronouns, auxiliaries and modals before their verb, adverbs before what they modify.
  'il', 'ils', 'elle', 'elles', 'on', 'nous', 'vous', 'ne', 'se', 'y', 'lui', 'a', 'ont', 'est', 'sont', 'était', 'étaient',
  'été', 'être', 'avoir', 'avait', 'avaient', 'aura', 'auront', 'sera', 'seront', 'serait', 'seraient', 'aurait', 'auraient',
  'va', 'vont', 'allait', 'peut', 'peuvent', 'pourrait', 'doit', 'devrait', 'vient', 'plus', 'très', 'moins', 'trop', 'peu', 'pas', 'aussi',
];
/** The same words elided (`d’`, `qu’il`, `s’est`, `l’a`…). */
const ELIDED = "(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’](?:un|une|il|ils|elle|elles|on|en|y|a|ont|est|était|avait|à)?";
/** Adjectives that come before their noun, dangling after a determiner (`sa nouvelle…`, `le premier…`). */
const BEFORE_NOUN = "(?:le|la|les|l['’]|un|une|des|du|de|d['’]|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos)\\s*(?:nouveau|nouvel|nouvelle|nouveaux|nouvelles|premier|première|premiers|premières|dernier|dernière|derniers|dernières|prochain|prochaine|ancien|ancienne|anciens|anciennes|futur|future|grand|grande|petit|petite|jeune|seul|seule|deuxième|troisième|même|autre|autres)";
/** Phrases that need their `de` (`au sujet…`, `à l’occasion…`, `en raison…`). */
const BEFORE_DE = "(?:(?:au|à|à la|en|de la|la)\\s+|(?:à |de )?l['’])(?:sujet|propos|partir|raison|cause|cours|occasion|issue|suite|lendemain|veille|marge|terme|moment|sein|nom|instar|initiative|approche|origine|encontre|vue)";
/** A number after a little word or a day (`le 13…`, `samedi 9…`), not one that names a thing (`la saison 1`, `les modèles 911`). */
const NUMBER = `(?<=\\s(?:${LITTLE_WORDS.join('|')}|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))\\s+\\d{1,3}`;
/** A little word (article, preposition, conjunction, pronoun, auxiliary) or a phrase ending a cut: dropped with the space before it. */
const DANGLING_END = new RegExp(`(?:\\s+(?:${LITTLE_WORDS.join('|')}|${BEFORE_NOUN}|${BEFORE_DE})|\\s+${ELIDED}|${NUMBER})$`, 'iu');

/** A lede's opening sentences make the title when they are at least this long (not a teaser such as `C’est une disparition mystérieuse.`). */
export const SENTENCE_TITLE_MIN = 40;

/**
 * The end of a sentence: after a word, before a space and a capital, a digit or a quote (not `M. Dupont`, `etc. et`);
 * a question or an exclamation as French typography writes it, after a space, too (`…dernier ? Comment`).
 */
const SENTENCE_END = /(?<=[^\s.!?]{2})(?:[.…]|[ \u00a0\u202f]?[!?])(?=\s+[\p{Lu}\p{N}«"“])/gu;

/** Punctuation a title does not end on; and what a cut title drops before its `…` as well. */
const TITLE_END = /[\s.;:,]+$/u;
const CUT_END = /[\s.;:,(«"“'’-]+$/u;

/** How many times `mark` is in `text`. */
const count = (text: string, mark: string): number => text.split(mark).length - 1;

/** Quotes are balanced: as many « as », “ as ”, an even number of ". */
function balanced(text: string): boolean {
  return count(text, '«') === count(text, '»') && count(text, '"') % 2 === 0 && count(text, '“') === count(text, '”');
}

/**
 * A title from the lede: the lede itself when it is short; else its opening sentences, as many as
 * fit in about 110 characters, when they make at least SENTENCE_TITLE_MIN; else the lede cut at a
 * word boundary with an ellipsis.
 * @example deriveTitle('Le Premier ministre chinois a appelé à une coopération internationale.') // 'Le Premier ministre chinois a appelé à une coopération internationale'
 * @example deriveTitle(`Le prince William ne passera pas Pâques en famille. ${'Il est en voyage officiel. '.repeat(5)}`) // 'Le prince William ne passera pas Pâques en famille'
 */
export function deriveTitle(lede: string, max = DERIVED_TITLE_MAX): string {
  const cut = cutTitle(lede, max);
  if (!cut.endsWith('…')) return cut;
  // `Selon un rapport de l’Autorité… dévoilé le jeudi 18 avril, 2018 a été une année record en terme de retards…`: the
  // statement without who says it, whole, is the headline (`2018 a été une année record…`); the lede below says who.
  const said = ATTRIBUTION.exec(lede.replace(/\s+/g, ' ').trim());
  // `Selon un sondage pour RTL, Le Figaro et LCI-TF1, la liste…`: the comma lists who says it; the statement is further.
  if (!said || /^[^,]{0,40} et [^,]{0,40},/u.test(said[1]!)) return cut;
  const statement = cutTitle(said[1]!, max);
  return statement.endsWith('…') || statement.length < SENTENCE_TITLE_MIN ? cut : withInitialCapital(statement);
}

/**
 * A lede opening with who says it (`Selon…,`, `D’après…,`), no other comma before the statement, and
 * the statement: opening with a capital, a digit or a word that starts a clause (not an apposition:
 * `Selon Jean Dupont, porte-parole de…`).
 */
const ATTRIBUTION = /^(?:Selon|D['’]après) [^,;:«»"“”()]{3,120}, ((?:\p{Lu}|\p{N}|(?:le|la|les|l['’]|un|une|des|ce|cet|cette|ces|il|elle|ils|elles|on|plus|près|quelque|aucun|aucune|tous|toutes|chaque)[\s'’])[^]*)$/u;

/** `deriveTitle` without its attribution rule. */
function cutTitle(lede: string, max: number): string {
  const text = lede.replace(/\s+/g, ' ').trim();
  // A lede a few words longer than a title is not cut for them (« …la courbe du… » for « chômage. »).
  if (text.length <= max + WHOLE_MARGIN) return balanceQuotes(text.replace(TITLE_END, ''));
  let sentences = 0;
  for (const m of text.slice(0, max + WHOLE_MARGIN + 1).matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    // The first sentence a few words longer than a title is not cut for them either (« …s’est confié à Paris Match. »).
    if (end > max && sentences > 0) break;
    if (end >= SENTENCE_TITLE_MIN && balanced(text.slice(0, end))) sentences = end;
  }
  if (sentences > 0) return text.slice(0, sentences).replace(TITLE_END, '');
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  let head = (space > max * 0.5 ? cut.slice(0, space) : text.slice(0, max)).replace(CUT_END, '');
  // Not `…aux États-Unis, événement cofondé il y a…`: a cut at the sentence's last pause reads as a headline.
  const pause = lastPause(head);
  if (pause !== undefined && pause >= max * PAUSE_SHARE) head = head.slice(0, pause).trimEnd();
  // Not `…s’est confié à Paris…` for « Paris Match »: a cut never splits a name, it stops before it.
  else if (/^\s+\p{Lu}/u.test(text.slice(head.length))) {
    const name = /(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)+$/u.exec(head);
    if (name && name.index > max * 0.5) head = head.slice(0, name.index).replace(CUT_END, '');
  }
  // Not `…qu’il allait « se…` : a cut inside a quotation would put words in the speaker's mouth;
  // the title stops before the quotation when what is left is no teaser (SENTENCE_TITLE_MIN).
  const quote = unclosedQuote(head);
  if (quote !== undefined && quote >= SENTENCE_TITLE_MIN) head = head.slice(0, quote).replace(CUT_END, '');
  // Not `…près de…`: a cut title ends on a word that carries meaning.
  for (let m = DANGLING_END.exec(head); m && m.index > max * 0.5; m = DANGLING_END.exec(head)) head = head.slice(0, m.index).replace(CUT_END, '');
  return closeQuotes(balanceQuotes(`${withClosingQuote(head, text)}…`), text);
}

/**
 * `head`, the start of `text`, with the quotation mark that follows it in `text` when that mark closes
 * a quotation `head` leaves open: a cut after a whole quotation keeps it whole (`"Boogaloo"…`, not `"Boogaloo…"`).
 * @example withClosingQuote('la mouvance "Boogaloo', 'la mouvance "Boogaloo", une action') // 'la mouvance "Boogaloo"'
 */
function withClosingQuote(head: string, text: string): string {
  const mark = /^(?:[ \u00a0\u202f]?[»”]|")/u.exec(text.slice(head.length));
  if (!mark || balanced(head)) return head;
  const closed = head + mark[0];
  return balanced(closed) ? closed : head;
}

/** A cut title ends at a pause only when what it keeps is at least this share of the longest title. */
const PAUSE_SHARE = 0.6;
/**
 * A pause in a sentence before what adds to a clause said whole: a comma, semicolon, colon or dash
 * before a relative pronoun, a conjunction or a preposition (`…en début de soirée, après des incidents`,
 * `…à Villeurbanne, qu’il a…`), not before an apposition or the verb of a long subject
 * (`Kim Kardashian, victime d’un braquage…, a remercié`), which a cut there would lose.
 */
const PAUSE = /(?:[,;:]|\s[–—])(?=\s+(?:qui|que|qu['’]|dont|où|après|alors|avant|comme|mais|selon|avec|pour|dans|à|au|aux|en|lors|le temps|ce qui|ce que|tandis|puisque|car|depuis|pendant|malgré|sans|faute|afin|jusqu['’]|notamment|sur)\s)/gu;

/** Words that open a sentence with an adverbial phrase, whose first pause ends it before the main clause: `Face au manque de soutien…, le gouvernement…`. */
const OPENER = /^(?:Face|Lors|Selon|Après|Avant|Pour|Dans|En|Depuis|Alors|Si|Quand|Lorsque|Malgré|Pendant|Au|Aux|À|Sur|Sous|Entre|Contre|Grâce|Suite|Comme|Devant|Parmi|Outre|Hier|Jeudi|Lundi|Mardi|Mercredi|Vendredi|Samedi|Dimanche|Invitée?s?|Interrogée?s?|Interviewée?s?|Questionnée?s?|Accusée?s?|Attendue?s?|Présente?s?|Arrivée?s?|Élue?s?|Nommée?s?|Condamnée?s?|Visée?s?)(?![\p{L}\p{N}])/u;

/**
 * Where the last pause of `text` is (`PAUSE`) with every quotation and bracket before it closed, if one is;
 * not the pause that ends an opening adverbial phrase (`OPENER`).
 * @example lastPause('La manifestation s’est dispersée en début de soirée, après des incidents') // 51
 * @example lastPause('Une voiture dans un trou (ou doline, en français) dans le quartier') // undefined
 * @example lastPause('En déplacement à Aix, en Savoie, il a assuré') // undefined
 * @example lastPause('À Toulouse, dans la nuit du 4 juillet') // undefined
 */
function lastPause(text: string): number | undefined {
  let last: number | undefined;
  let first = OPENER.test(text);
  for (const m of text.matchAll(PAUSE)) {
    const before = text.slice(0, m.index);
    if (!balanced(before) || count(before, '(') !== count(before, ')')) continue;
    if (first) first = false;
    else last = m.index;
  }
  return last;
}

/**
 * Where the first quotation `text` leaves open starts (`«`, `“` or a straight `"`), if one is.
 * @example unclosedQuote('Il dit « oui » puis « non') // 19
 */
function unclosedQuote(text: string): number | undefined {
  const open: number[] = [];
  let straight: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '«' || c === '“') open.push(i);
    else if (c === '»' || c === '”') open.pop();
    else if (c === '"') straight = straight === undefined ? i : undefined;
  }
  const starts = [...open, ...(straight === undefined ? [] : [straight])];
  return starts.length ? Math.min(...starts) : undefined;
}

/**
 * A cut title with the quotations it leaves open closed after its ellipsis (`…"`, `… »`, `…”`),
 * so that it never shows a dangling opening quote.
 * @example closeQuotes('Il dénonce « un délire…', 'Il dénonce « un délire » total') // 'Il dénonce « un délire… »'
 */
function closeQuotes(title: string, whole: string): string {
  let out = closeCutQuote(title, whole);
  for (let n = count(title, '“') - count(title, '”'); n > 0; n--) out += '”';
  for (let n = count(title, '«') - count(title, '»'); n > 0; n--) out += ' »';
  return out;
}
