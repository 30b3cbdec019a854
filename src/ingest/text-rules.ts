/**
 * Small text predicates shared by the raw-text and Markdown parsers.
 */
import type { Diagnostic } from '../model.ts';
import { inCapitals } from '../text/capitals.ts';
import { FIRST_NAMES } from '../reference/first-names.ts';
import { quotationRunsOn, type QuoteState } from '../text/spanning-quotes.ts';

/** The longest line that may be a heading, in characters and in words. */
const HEADING_MAX_CHARS = 110;
const HEADING_MAX_WORDS = 16;

/** Lines scrapers leave behind that are never article text. Compared folded, whole line. */
const DEBRIS = new Set([
  'table of contents', 'sommaire', 'table des matieres', 'contents', 'advertisement', 'publicite',
  'partager', 'share', 'lire aussi', 'lire la suite', 'a lire aussi', 'voir aussi', 'newsletter',
  'abonnez-vous', 'cookies', 'menu', 'accueil', 'skip to content', 'aller au contenu',
]);

/** A link to another article, with its title (`Lire aussi : Incendies : comment sont formés…`, `À lire aussi - …`). */
const RELATED_LINK = /^[►>»•*-]?\s*(?:[àa]\s+)?(?:lire|voir)\s+(?:aussi|également)\s*[:>»–—-]+\s*\S.{0,160}$/iu;

/** The footer of a Medium export, its links' text only (`By La Rédaction on January 9, 2024.`, `Canonical link`, `Exported from Medium on …`). */
const MEDIUM_FOOTER = /^(?:By .{1,80} on [A-Z][a-z]+ \d{1,2}, \d{4}\.?|Canonical link|Exported from Medium on [A-Z][a-z]+ \d{1,2}, \d{4}\.?)$/u;

/**
 * AFP-style editor initials closing a dispatch, e.g. `dch/jk`, `fff-abc/pz`, eleven of them
 * (`jta-ehl/juf/bar/pz/aml/sg/avz/bds/plh/roc`) or one editor's two letters (`ss`): no paragraph
 * is two lowercase letters alone.
 */
const INITIALS = /^(?:[a-z]{2}|[a-z]{2,5}(?:[-/][a-z]{2,5}){1,19})$/;
/** A syndication teaser left at the end of a scraped excerpt, with the medium it names (`readMoreSource`). */
const READ_MORE = /^[….\s]*lire la suite sur\b\s*(.{0,60}?)[\s.…!]*$/iu;

function fold(s: string): string {
  // The lookbehind tries a run of trailing marks once, not from each of its characters:
  // linear on a line of a million dots.
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/(?<![\s:.…])[\s:.…]+$/u, '').trim();
}

/**
 * A publishing system's placeholder for an embedded video, post or gallery, alone on its line
 * (`[EMBED url=""]`, `[caption id="x"]`, cut: `[EMBED url="`): what it stood for is not in the file.
 */
const SHORTCODE = /^\[\/?(?:embed|caption|video|audio|gallery|iframe|tweet|youtube|instagram|facebook|playlist|soundcloud)\b[^\]\n]{0,300}\]?$/iu;

/**
 * The line sends the reader to the rest of the article elsewhere (`Lire la suite sur Le Figaro`):
 * the text before it is an excerpt.
 * @example isReadMore('… Lire la suite sur Les Echos') // true
 */
export function isReadMore(line: string): boolean {
  return READ_MORE.test(line.trim());
}

/**
 * The medium a `readMore` line names, the source of a file that gives none: `Le Figaro` for `… Lire la suite sur Le Figaro`.
 * @example readMoreSource('… Lire la suite sur LEPOINT') // 'LEPOINT'
 */
export function readMoreSource(line: string): string | undefined {
  return READ_MORE.exec(line.trim())?.[1] || undefined;
}

/**
 * The warning of a text published with the « texte tronqué » mention: cut mid-sentence, or an
 * excerpt whose `readMore` line sends the reader elsewhere.
 * @example truncationWarning(12).id // 'truncated'
 */
export function truncationWarning(line: number, readMore?: string): Omit<Diagnostic, 'file'> {
  const why = readMore ? `extrait d’un article publié ailleurs (« ${readMore.trim().slice(0, 80)} »)` : 'le texte s’arrête au milieu d’une phrase';
  return { id: 'truncated', level: 'warning', line, message: `${why} : publié avec la mention « texte tronqué » ; complétez le fichier si la suite existe` };
}

/**
 * A picture's caption or credit alone on its line (`Photo : Tesla Model Y`, `Crédit photo : RM
 * Sotheby's`, `Crédit photo Lionel Allorge / ABr`, `© Bonhams`, a photographer and an agency: `Yann Coatsaliou / AFP`; not `Crédit
 * immobilier : les taux remontent.`): the picture is not in the file, so neither is it in the archive.
 */
const PICTURE_CREDIT = /^(?:(?:cr[ée]dits?(?: (?:photos?|images?|illustrations?|vid[ée]os?))?|photos?|illustrations?|visuels?)[ \u00a0]*:[ \u00a0]*\S|©)[^\n]{0,160}$/iu;
/** A picture's credit without its colon, a name in capitals after it (`Crédit photo Lionel Allorge / ABr`). */
const BARE_PICTURE_CREDIT = /^(?:CR[ÉE]DITS?|Cr[ée]dits?) (?:photos?|images?|illustrations?|vid[ée]os?|PHOTOS?)[ \u00a0]+\p{Lu}[^\n]{0,160}$/u;
/** A photographer's name and a photo agency, alone on a line: `Yann Coatsaliou / AFP`. */
const AGENCY_CREDIT = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} ?\/ ?(?:AFP|Reuters|AP|Maxppp|MAXPPP|SIPA|Sipa|Abaca|ABACA|Getty Images|EPA|Belga)$/u;

/**
 * What an embedded tweet leaves once scraped: its signature (`— Rennes 24 (@Rennes24) 11 octobre
 * 2016`), and an address alone on its line (`https://twitter.com/…/status/…`, a video's page).
 */
const TWEET_SIGNATURE = /^[—–-][ \u00a0]?[^\n]{1,80}\(@\w{1,30}\)[ \u00a0]+(?:le[ \u00a0]+)?\d{1,2}(?:er)?[ \u00a0]+\p{L}+[ \u00a0]+\d{4}$/u;
const ADDRESS_ALONE = /^<?(?:https?:\/\/|pic\.twitter\.com\/)\S+>?$/u;

/**
 * The line is scraping debris (`Table of Contents`, editor initials, an embed placeholder, a
 * picture's credit…).
 * @example isDebris('[EMBED url=""]') // true
 * @example isDebris('Crédit photo : RM Sotheby’s') // true
 * @example isDebris('— Rennes 24 (@Rennes24) 11 octobre 2016') // true
 */
export function isDebris(line: string): boolean {
  const t = line.trim();
  return DEBRIS.has(fold(t)) || RELATED_LINK.test(t) || MEDIUM_FOOTER.test(t) || INITIALS.test(t) || READ_MORE.test(t) || SHORTCODE.test(t) || PICTURE_CREDIT.test(t) || BARE_PICTURE_CREDIT.test(t) || AGENCY_CREDIT.test(t) || TWEET_SIGNATURE.test(t) || ADDRESS_ALONE.test(t);
}

/**
 * What an embedded tweet's text keeps once scraped: links to its picture and short addresses
 * (`… sa mère https://t.co/wYQbUQubl2 pic.twitter.com/rzb7NNWLTf`), and the end of its HTML tag
 * at the start of the line (`ta-lang="fr">`). They lead nowhere a reader can follow.
 */
const EMBED_LINK = /[ \u00a0]*(?:https?:\/\/t\.co\/\w+|(?:https?:\/\/)?pic\.twitter\.com\/\w+)/gu;
const EMBED_HEAD = /^[\w-]{1,20}="[^"\n]{0,20}">(?=\S)/u;

/**
 * The text without an embedded tweet's links (anywhere) and, with `head`, the remains of its tag
 * (at the start); and what was cut, for the report. A text of links alone is left as it is (an
 * address alone on its line is debris: `isDebris`).
 * @example withoutEmbedLinks('Rue barrée pic.twitter.com/rek07g4xNh') // { text: 'Rue barrée', cut: ['pic.twitter.com/rek07g4xNh'] }
 * @example withoutEmbedLinks('Voir https://example.org/a').cut // []
 */
export function withoutEmbedLinks(text: string, head = true): { text: string; cut: string[] } {
  const cut: string[] = [];
  const tag = head ? EMBED_HEAD.exec(text) : null;
  let out = tag ? text.slice(tag[0].length) : text;
  if (tag) cut.push(tag[0]);
  if (out.includes('t.co/') || out.includes('pic.twitter.com/')) {
    const kept = out.replace(EMBED_LINK, (link) => {
      cut.push(link.trim());
      return '';
    });
    if (kept.trim() !== '') out = kept;
    else cut.length = tag ? 1 : 0;
  }
  return { text: out, cut };
}

/**
 * A style tag of the source's editor left garbled in the text (`[/BOLD)`, `(/ITALIC]`, `/ITALIC]`,
 * `[ITALIC`, `VITALIC]` for `[/ITALIC]`: 10 in the 11,002 OrangeSum articles), and the space
 * before it when punctuation follows (`sordides" /ITALIC]. David`).
 */
const STYLE_TAG = /(?:[ \u00a0](?=[[(/]))?(?:[[(]\/?|\/|V(?=(?:ITALIC|BOLD)[\])]))(?:ITALIC|BOLD)[\])]?/gu;
/** A hyphen-minus after a paragraph's last punctuation (`…par le Premier ministre. -`, `…après le drame.-`): a removed dateline's. */
const CLOSING_DASH = /(?<=[.!?…»"”])[ \u00a0]*-$/u;

/**
 * The text without the marks a scrape left in it: garbled style tags anywhere and, with `end`
 * (the end of a paragraph), a hyphen-minus after its last punctuation; and what was cut, for the
 * report.
 * @example withoutScrapeMarks('par les mains[/BOLD), rapporte Le Parisien.') // { text: 'par les mains, rapporte Le Parisien.', cut: ['[/BOLD)'] }
 * @example withoutScrapeMarks('défendue par le Premier ministre. -').text // 'défendue par le Premier ministre.'
 */
export function withoutScrapeMarks(text: string, end = true): { text: string; cut: string[] } {
  const cut: string[] = [];
  let out = text;
  if (out.includes('ITALIC') || out.includes('BOLD')) {
    out = out.replace(STYLE_TAG, (tag, at: number, whole: string) => {
      cut.push(tag.trim());
      // The space before the tag stays unless punctuation or the end follows: `midi. [ITALIC"J'ai` keeps its space.
      const spaced = /^[ \u00a0]/u.test(tag);
      return spaced && !/^(?:[.,;:!?)\]]|$)/u.test(whole.slice(at + tag.length, at + tag.length + 1)) ? tag[0]! : '';
    });
  }
  const dash = end ? CLOSING_DASH.exec(out) : null;
  if (dash) {
    cut.push('-');
    out = out.slice(0, dash.index);
  }
  return { text: out, cut };
}

/** A hyphen-minus opening a lede, before its first word: what is left of a removed dateline. */
const OPENING_DASH = /^-[ \u00a0]*(?=[\p{Lu}\p{N}«"“])/u;

/**
 * The lede without the dashes a removed dateline leaves around it (`- Alors que … -`, `-Le plus
 * souvent…`: 240 of the 11,002 OrangeSum ledes). A hyphen-minus never opens French prose; a
 * dialogue dash (`—`, `–`) and a dash inside the text are kept.
 * @example withoutDatelineDashes('- Alors que la grève dure. -') // 'Alors que la grève dure.'
 */
export function withoutDatelineDashes(lede: string): string {
  const opening = OPENING_DASH.exec(lede);
  return opening ? lede.slice(opening[0].length).replace(/[ \u00a0]+-$/u, '') : lede;
}

/**
 * A rubric in capitals opening a lede on the source's site (`VIDÉO - `, `PHOTOS. `, `EN DIRECT : `):
 * it announces a video, gallery or quiz the archive does not hold (24 of 2,000 OrangeSum ledes).
 */
const OPENING_RUBRIC = /^(?:VID[ÉE]OS?|PHOTOS?|EN IMAGES|DIAPORAMA|INFOGRAPHIE|EXCLUSIF|EXCLU|EN DIRECT|DIRECT|REPLAY|AUDIO|PODCAST|QUIZZ?)(?:[ \u00a0]*[-–—:.][ \u00a0]*|[ \u00a0]*\/[ \u00a0]*)(?=[\p{Lu}\p{N}«"“])/u;

/**
 * The lede without a rubric in capitals opening it.
 * @example withoutRubric('VIDÉO - Invité ce lundi, il a dit non.') // 'Invité ce lundi, il a dit non.'
 * @example withoutRubric('Vidéo et son : la salle est prête.') // unchanged
 */
export function withoutRubric(lede: string): string {
  const opening = OPENING_RUBRIC.exec(lede);
  return opening ? lede.slice(opening[0].length) : lede;
}

/**
 * A section's rubric in capitals opening a lede, then a dash or a full stop (`POLITIQUE. `,
 * `FAIT DIVERS - `, `SONDAGE - `: about 700 of the corpus's 22,004 ledes), before the first
 * sentence; four letters at least (not `UE.`), a colon excluded (`SNCF : la grève…` is a subject).
 * Hyphens, digits and quotes may be part of it: `FAIT-DIVERS - `, `PRÉSIDENTIELLE 2017 - `, `"PENELOPEGATE" - `.
 */
const LEDE_KICKER = /^((?:["“«][ \u00a0]?)?\p{Lu}(?:[\p{Lu}\p{N}'’ ]|-(?=\p{Lu})){2,30}?(?:[ \u00a0]?["”»])?)[ \u00a0]*(?:[-–—]|\.)[ \u00a0]+(?=[\p{Lu}\p{N}«"“])/u;

/**
 * The lede without the section's rubric opening it, and that rubric (kept apart: the topics still read it).
 * @example splitKicker('INSOLITE - Un kangourou sur les voies.') // { lede: 'Un kangourou sur les voies.', kicker: 'INSOLITE' }
 * @example splitKicker('SNCF : la grève continue.') // { lede: 'SNCF : la grève continue.' }
 * @example splitKicker('"PENELOPEGATE" - Des enquêteurs sont venus.').kicker // '"PENELOPEGATE"'
 */
export function splitKicker(lede: string): { lede: string; kicker?: string } {
  const opening = LEDE_KICKER.exec(lede);
  const kicker = opening?.[1]!.trim();
  if (!opening || !kicker || (kicker.match(/\p{L}/gu)?.length ?? 0) < 4) return { lede };
  return { lede: lede.slice(opening[0].length), kicker };
}

/** Ends like a finished sentence or quotation. */
export function endsSentence(text: string): boolean {
  return /[.!?…»"”)\]]\s*$/u.test(text) || /[.!?…]\s*["”»)]\s*$/u.test(text);
}

/** Words a French sentence cannot end on: a text stopping on one was cut. */
const FUNCTION_WORDS = new Set(('le la les l un une des du de d au aux a à et ou mais que qu qui dont en dans par pour sur sous avec sans ' +
  'ce cet cette ces son sa ses leur leurs notre votre nos vos mon ma mes ton ta tes se ne n s c j m t y est sont était ont avait plus très').split(' '));
/**
 * Whether the text `next` goes on with the paragraph before it, which a dump broke, rather than
 * starting a paragraph of its own; `last` is the paragraph's last line, `quotes` its quote state
 * (src/text/spanning-quotes.ts), `length` its length in characters:
 * - a hard-wrapped line: the paragraph does not end a sentence, or ends on an ellipsis, and `next`
 *   starts in lowercase (not after a heading: at most 110 characters, `isHeadingCandidate`);
 * - a quotation cut at a sentence's end (`quotationRunsOn`): « "Arnaud Beltrame est Français. » /
 *   « Il appartient à tout le monde". Contactée… »;
 * - `M.` before a name (`continuesAfterMonsieur`).
 * @example goesOn('"Il est Français.', quotesAfter(NO_QUOTES, '"Il est Français.'), 16, 'Il est à tous".') // true
 */
export function goesOn(last: string, quotes: QuoteState, length: number, next: string, whole: () => string): boolean {
  if (quotationRunsOn(quotes, next) || continuesAfterMonsieur(last, next)) return true;
  return (!endsSentence(last) || /(?:\.\.\.|…)$/u.test(last)) && /^\p{Ll}/u.test(next) && !(length <= HEADING_MAX_CHARS && isHeadingCandidate(whole()));
}

/**
 * Whether `next` goes on after `line` cut at `M.` (a splitter took its full stop for a
 * sentence's end: « …a déclaré M. » / « Moscovici, … »): `next` starts with a name, a particle
 * (`de Rugy`, `Le Maire`) or a title (`le général…`), not with a sentence's first word (« …le
 * différentiel actif M. » / « Une cavalerie… », BMW's letter).
 * @example continuesAfterMonsieur('a déclaré M.', 'Moscovici, peu emballé') // true
 */
function continuesAfterMonsieur(line: string, next: string): boolean {
  if (!/(?<![\p{L}\p{N}])M\.$/u.test(line)) return false;
  const word = /^\p{L}+/u.exec(next)?.[0];
  if (!word) return false;
  const lower = word.toLowerCase();
  return word === lower || lower === 'le' || lower === 'la' || !FUNCTION_WORDS.has(lower);
}

/**
 * A subject after an auxiliary (`…mon ami, avait-il`, `a-t-elle`): its participle follows (`avait-il
 * confié`), where a subject after a verb of saying may end the sentence (`« C'est fini », dit-il`).
 */
const INVERTED_SUBJECT = /(?<![\p{L}])(?:a|avait|aurait|aura|ont|avaient|auraient|est|était|serait|sera|sont|étaient|va|allait)-(?:t-)?(?:il|elle|on|ils|elles)$/iu;
/** A web address ends a call to read on (`Retrouvez tous ces résultats sur pop2017.fr`): a sentence whole. */
const WEB_ADDRESS_END = /[\p{L}\p{N}-]\.(?:fr|com|net|org|eu|info|be|ch|ca|io|tv)$/u;
/** Endings of complete French words; a last word without one (`soulig`) was cut mid-word. */
const WORD_ENDING = /(?:[eéèsxtrnlaiuoyzfdpkmbhv]|[^aeiouy]ng|ic|ac|ec|oc|uc|ique)$/u;

/**
 * The last paragraph leaves a quotation open: nothing after it can close it (`"Les chutes de
 * neige s'étireront de la Normandie au Grand`). Its last straight double quote opens (after a
 * space, before a word), or it has more « than ». A quote that closes one opened in the paragraph
 * before is no opening.
 */
function openQuotation(text: string): boolean {
  const at = text.lastIndexOf('"');
  const opens = at >= 0 && (at === 0 || /[\s(]/u.test(text[at - 1]!)) && /[\p{L}\p{N}]/u.test(text[at + 1] ?? '');
  return opens || text.split('«').length > text.split('»').length;
}

/**
 * The text stops mid-sentence: no final punctuation, or a quotation left open, and it ends on a word a sentence cannot end
 * on (`de`, `l’`), or on a fragment (`Il a soulig`) that is neither a word seen elsewhere in the
 * text nor shaped like a complete word. A complete sentence missing only its period is not cut.
 * @example looksTruncated('Il a souligné l’importance de', '') // true
 * @example looksTruncated('Retrouvez tous ces résultats sur pop2017.fr', '') // false
 * @example looksTruncated('« Nous sommes inquiets pour mon ami, avait-il', '') // true
 * @example looksTruncated('"Les chutes de neige s\'étireront de la Normandie au Grand', '') // true
 */
export function looksTruncated(last: string, wholeText: string): boolean {
  if (endsSentence(last)) return false;
  const trimmed = last.trimEnd();
  if (/[,;:’'(«“-]$/u.test(trimmed) || INVERTED_SUBJECT.test(trimmed) || openQuotation(trimmed)) return true;
  if (WEB_ADDRESS_END.test(trimmed)) return false;
  const word = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+$/u.exec(trimmed)?.[0];
  // No French word is that long: a run of letters is not a cut word, and is not searched for.
  if (!word || word.length > 40) return false;
  const lower = word.toLowerCase();
  if (FUNCTION_WORDS.has(lower)) return true;
  if (/^\p{N}+$/u.test(word) || /^\p{Lu}/u.test(word)) return false;
  const elsewhere = new RegExp(`(^|[^\\p{L}])${lower}([^\\p{L}]|$)`, 'iu').test(wholeText.slice(0, wholeText.length - word.length));
  if (elsewhere) return false;
  return lower.length < 3 || !WORD_ENDING.test(lower);
}

/**
 * Whether a line is short enough to be a heading (HEADING_MAX_CHARS, HEADING_MAX_WORDS).
 * @example headingSize('Cazeneuve sous la barre des 50%') // true
 */
export function headingSize(t: string): boolean {
  return t.length <= HEADING_MAX_CHARS && t.split(/\s+/u).length <= HEADING_MAX_WORDS;
}

/**
 * A section heading: a short line without final punctuation, or a short question.
 * @example isHeadingCandidate('Rencontre avec le président de Samsung Electronics') // true
 */
export function isHeadingCandidate(line: string): boolean {
  const t = headingText(line);
  if (t.length < 3 || !headingSize(t)) return false;
  if (!/^[\p{Lu}\p{N}«"“]/u.test(t)) return false;
  if (/\?\s*$/.test(t)) return true;
  // A standfirst closed by a dash (`…contre la loi El Khomri. -`) ends as a sentence.
  if (/[.!…]\s+[-–]$/u.test(t)) return false;
  // A quotation as a heading (`UNE CAMPAGNE "IMPOSSIBLE"`, `"Sans pitié"`): no sentence inside; in capitals, it may
  // end with its exclamation (`"J'AI TELLEMENT CHANGÉ !"`).
  if (/[»"”]\s*$/u.test(t)) return !/[.!…;]/u.test(inCapitals(t) ? t.replace(/\s*!\s*([»"”])\s*$/u, '$1') : t);
  return !/[.!…:;,)\]]\s*$/u.test(t);
}

/** Characters of a pull quote looked for in the paragraph after it. */
const PULL_QUOTE_KEY = 25;

/**
 * A quotation alone on a short line that the next paragraph quotes again: a pull quote set as
 * the heading of its part, sentences and all (`"La France a un Président. La France a une
 * majorité"`, then `"La France a un Président. La France a une majorité. Responsables…", a
 * abondé…`), which `isHeadingCandidate` refuses for the sentence inside.
 * @example pullQuoteHeading('"Fichez le camp d\'ici !"', 'Des garde-côtes ont crié "Fichez le camp d\'ici !" aux migrants.') // true
 */
export function pullQuoteHeading(line: string, next: string | undefined): boolean {
  const t = line.trim();
  if (next === undefined || !headingSize(t) || !/^["«“]/u.test(t) || !/["»”]$/u.test(t)) return false;
  const inner = t.replace(/^["«“]\s*|\s*["»”]$/gu, '');
  return inner.length >= 3 && !/["«“»”]/u.test(inner) && next.includes(inner.slice(0, PULL_QUOTE_KEY));
}

/**
 * A bullet opening a line (`• `, `► `, `- `, a scraped `> `; not a dash, which opens a dialogue or a tweet's
 * signature): dropped from a heading. A bullet sign may touch its word (`►Un risque de suicide ?`); a star, a sign
 * or a hyphen is a bullet only before a space (`-5 degrés`, `*Offre soumise à conditions`).
 */
const BULLET = /^(?:[•►▶▸♦◆■▪●○][ \u00a0]*|[*>-][ \u00a0]+)(?=\S)/u;

/**
 * The line without the bullet opening it.
 * @example withoutBullet('• La PMA pour toutes les femmes') // 'La PMA pour toutes les femmes'
 */
export function withoutBullet(line: string): string {
  return line.replace(BULLET, '');
}


/**
 * A line as a heading shows it: without the bullet opening it, and, when it is written in
 * capitals, without the colon closing it (`SUPPRESSION DES 35 HEURES :`, `• LES PERDANTS :`,
 * headings that introduce their text; a line in lowercase ending with a colon introduces a quotation or a list).
 * @example headingText('• LES PERDANTS :') // 'LES PERDANTS'
 * @example headingText('Il a déclaré :') // 'Il a déclaré :'
 */
export function headingText(line: string): string {
  const t = withoutQuoteAlone(withoutBullet(line.trim()));
  return t.endsWith(':') && inCapitals(t) ? t.replace(/[ \u00a0]*:$/u, '') : t;
}

/**
 * Where a heading has a straight double quote alone, opening or closing it: the rest of a quotation
 * the source cut (`"Notre phare s'est éteint`, `Nous avons demandé que Malte ouvre ses ports"`),
 * which the heading is shown without (here and in Markdown, ./markdown.ts). A quote closed inside the
 * heading stays (`"Comme des pestiférés"`, `Le "oui" de Macron`).
 * @example loneQuote('"Notre phare s\'est éteint') // 'start'
 * @example loneQuote('Le "oui" de Macron') // undefined
 */
export function loneQuote(heading: string): 'start' | 'end' | undefined {
  if ((heading.match(/"/g) ?? []).length !== 1) return undefined;
  return heading.startsWith('"') ? 'start' : heading.endsWith('"') ? 'end' : undefined;
}

/** The heading without its lone quote (`loneQuote`). */
function withoutQuoteAlone(t: string): string {
  const at = loneQuote(t);
  return at === 'start' ? t.slice(1).trimStart() : at === 'end' ? t.slice(0, -1).trimEnd() : t;
}

/**
 * The bullet opening the line (`•`, `►`, `-`…), or undefined when none does.
 * @example bulletOf('► À GAUCHE') // '►'
 */
export function bulletOf(line: string): string | undefined {
  return BULLET.exec(line.trim())?.[0].charAt(0);
}

/** Word count of a text, as a reader counts words. */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

/**
 * The first run of letters and digits of a text, folded as `wordsOf` folds it: the start of its
 * first word (`L` of « L'homme », `le` of « Le »), which two texts with the same first word share.
 */
function firstRun(text: string): string {
  return fold(FIRST_RUN.exec(text)?.[0] ?? '');
}
const FIRST_RUN = /[\p{L}\p{N}]+/u;

/** Folds a paragraph for duplicate detection: lowercase, accents, quotes and apostrophes unified. */
function wordsOf(text: string): string[] {
  return fold(text).replace(/[’ʼ‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
}

/**
 * How far into the text a longer paragraph repeating the lede takes its place: among the first
 * three paragraphs after it (the seeds' teaser repeated as the third paragraph), a scrape's
 * short lede before the article's opening; further on, a summary of a later paragraph, which
 * stays where it is (the seventh review: an article's last paragraph brought to the top).
 */
export const LEDE_REPEAT_REACH = 3;

/** The info diagnostic of a paragraph dropped or shortened as a repeat of the lede. */
export const LEDE_REPEATED = 'paragraphe qui répète le chapeau, gardé une seule fois ; rien à faire';

/** What becomes of a paragraph of the body beside the lede it may repeat (`ledeRepeat`). */
export type LedeRepeat = { keep: true } | { keep: false; lede?: string; rest?: string };

/**
 * A paragraph that repeats the lede (a scraped teaser) is kept once: shorter, it is dropped;
 * longer, it takes the lede's place (so no sentence is lost), but when it opens with the whole
 * lede further on, it stays where it is without it (the text keeps its order); both stay when
 * the longer one has a sentence the other lacks (`saysMore`), or when the longer one is further on than the text's opening
 * paragraphs (`LEDE_REPEAT_REACH`): a lede that sums up the article's last paragraph does not
 * bring that paragraph to the top (the text keeps its order there too). `first`: the paragraph
 * is the first of the text; `before`: paragraphs of the text kept before it.
 * @example ledeRepeat('Il pleut sur toute la Bretagne depuis trois jours, et la Vilaine monte.', 'Il pleut sur toute la Bretagne depuis trois jours, et la Vilaine monte.', true, 0) // { keep: false }
 */
export function ledeRepeat(lede: string, paragraph: string, first: boolean, before: number): LedeRepeat {
  const longer = paragraph.length > lede.length;
  if (!nearDuplicate(lede, paragraph) || (longer ? saysMore(lede, paragraph) : saysMore(paragraph, lede))) return { keep: true };
  const rest = longer && !first ? afterOpening(paragraph.trim(), lede) : undefined;
  if (!rest && longer && before >= LEDE_REPEAT_REACH) return { keep: true };
  return rest ? { keep: false, rest } : { keep: false, ...(longer ? { lede: paragraph } : {}) };
}

/** Words the first piece of a lede repeated in pieces must have at least; the later pieces, `LEDE_PIECE_NEXT`. */
const LEDE_PIECE_FIRST = 6;
const LEDE_PIECE_NEXT = 3;

/**
 * A paragraph that repeats the lede's words from word `from` on, one after the other (folded,
 * punctuation aside): where the repeat ends in the lede; undefined otherwise. A scraped teaser
 * is often the lede cut in paragraphs (« Un camion a percuté un bus… dans le Morbihan. », then
 * « Une jeune fille est décédée dans l’accident. »): each piece in turn continues the one before.
 * A first piece of fewer than six words, or a later one of fewer than three, is not taken for one.
 * @example ledePiece('Un camion a percuté un bus à Vannes. Une jeune fille est morte.', 'Un camion a percuté un bus à Vannes', 0) // 8
 * @example ledePiece('Un camion a percuté un bus à Vannes. Une jeune fille est morte.', 'Une jeune fille est morte.', 8) // 13
 */
export function ledePiece(lede: string, paragraph: string, from: number): number | undefined {
  if (from === 0 && firstRun(lede) !== firstRun(paragraph)) return undefined;
  const lw = wordsOf(lede);
  const pw = wordsOf(paragraph);
  if (pw.length < (from === 0 ? LEDE_PIECE_FIRST : LEDE_PIECE_NEXT) || from + pw.length > lw.length) return undefined;
  return pw.every((w, i) => lw[from + i] === w) ? from + pw.length : undefined;
}

/**
 * A text says more than another that repeats its opening: a sentence of its own after the first,
 * which the other does not hold. A lede that says more than the later paragraph repeating it
 * would lose that sentence if the paragraph took its place (« …près de Saint-Malo. Après
 * plusieurs heures de recherches, son corps a été retrouvé. », repeated later without its
 * second sentence); a shorter paragraph that says more than the lede would lose its own if it
 * were dropped (« "On ne peut pas présumer que les gens vont tricher", se défend l'entourage du
 * Premier ministre. », then « On ne peut pas présumer que les gens vont tricher. Nous ne sommes
 * pas la police. »).
 * @example saysMore('Il pleut. Le match est reporté.', 'Il pleut, a dit Météo-France hier soir.') // true
 */
export function saysMore(text: string, repeat: string): boolean {
  const sentences = text.split(/(?<=[.!?…»"])\s+(?=[\p{Lu}«"“])/u).slice(1);
  const held = ` ${wordsOf(repeat).join(' ')} `;
  return sentences.some((s) => {
    const w = wordsOf(s);
    return w.length > 0 && !held.includes(` ${w.join(' ')} `);
  });
}

/** Characters that are one for `afterOpening`: apostrophes and quotation marks of either style. */
const SAME_MARK: Readonly<Record<string, string>> = { '’': "'", 'ʼ': "'", '‘': "'", '«': '"', '»': '"', '“': '"', '”': '"' };

/**
 * What a paragraph says after opening with `opening` whole (its words and punctuation, whatever
 * the spaces and the style of apostrophes and quotes), undefined when it opens otherwise or says
 * nothing more.
 * @example afterOpening('Il pleut. Le match est reporté.', 'Il pleut.') // 'Le match est reporté.'
 * @example afterOpening('Il pleut fort.', 'Il pleut.') // undefined
 */
export function afterOpening(paragraph: string, opening: string): string | undefined {
  const mark = (c: string) => SAME_MARK[c] ?? c;
  let i = 0;
  for (const c of opening.trim()) {
    if (/\s/u.test(c)) {
      if (!/\s/u.test(paragraph[i] ?? '')) return undefined;
      while (/\s/u.test(paragraph[i] ?? '')) i++;
      continue;
    }
    if (mark(paragraph[i] ?? '') !== mark(c)) return undefined;
    i++;
  }
  if (i < paragraph.length && !/\s/u.test(paragraph[i]!)) return undefined;
  const rest = paragraph.slice(i).trim();
  return rest || undefined;
}

/**
 * Two paragraphs say the same thing: identical once folded, or one repeats the other's
 * opening (at least 60 % of the shorter one's words, and at least 8 words).
 * @example nearDuplicate('"Nous avons eu une conversation", a dit X.', '"Nous avons eu une conversation", a confié Y.')
 */
export function nearDuplicate(a: string, b: string): boolean {
  // Both ways to be alike start with the same word: most paragraphs are told apart by its start,
  // before either is folded whole (a lede is compared with every paragraph of its text).
  if (firstRun(a) !== firstRun(b)) return false;
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (wa.join(' ') === wb.join(' ')) return wa.length > 0;
  const shorter = Math.min(wa.length, wb.length);
  if (shorter < 8) return false;
  let common = 0;
  while (common < shorter && wa[common] === wb[common]) common++;
  return common >= 8 && common >= shorter * 0.6;
}

/** A folded word that is a common first name (src/reference/first-names.ts): what a heading in capitals shows as a name (src/text/capitals.ts). */
export const isCommonFirstName = (folded: string): boolean => FIRST_NAMES.has(folded);
