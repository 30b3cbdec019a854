/**
 * French typography for rendered text (not URLs, attributes, code or JSON-LD):
 * U+202F before `; ! ?` and inside « », U+00A0 before `:`, typographic apostrophes,
 * straight double quotes paired into « » (“ ” inside « »), `...` into `…`, and U+202F in digit
 * groups (`5 000`) and before `%` and a currency sign (`85%`, `12€` too). The rich form also raises ordinal endings (`1er`, `XIXe`)
 * into `<sup>`.
 *
 * Nothing is ever lost: folding the result back (tests/site/typography-properties.test.ts,
 * `foldTypography`) gives the input folded the same way. A straight quote that cannot be paired
 * in its paragraph stays straight rather than become a wrong guillemet.
 */

const NNBSP = '\u202f';
const NBSP = '\u00a0';
/** A tag boundary inside a run of text (french-typography-html.ts): no rule reads or moves it. */
export const SEP = '\ue000';
/** Stands for a `<code>` run inside a run of text: a word for the rules, never rewritten. */
export const CODE = '\ue001';
/** Stands for a web address while the rules run. */
const URL_MARK = '\ue002';
const SUP_OPEN = '\ue003';
const SUP_CLOSE = '\ue004';
/** Private-use characters the rules use as markers; text that holds them is left as written. */
const MARKERS = /[\ue000-\ue004]/u;

const URL = /\b(?:https?:\/\/|www\.)[^\s\ue000]+/giu;
/** What every match of URL contains: text without it has no web address to step around. */
const URL_HINT = /:\/\/|www\./i;
const SPACES = '[ \\u00a0\\u202f]*';

// Built once: typeset runs for every title, lede and paragraph of every page (430k calls on 10k articles).
const BEFORE_HIGH_SIGN = new RegExp(`([^\\s;!?(\\[«])${SPACES}([;!?]+)`, 'gu');
const BEFORE_COLON = new RegExp(`([^\\s:])${SPACES}:(?=\\ue000*(?:\\s|$))`, 'gu');
const AFTER_OPENING_QUOTE = new RegExp(`«${SPACES}`, 'g');
// The lookbehind anchors the match at the first space of a run: without it, a long run of
// spaces before » is rescanned from every position (quadratic).
const BEFORE_CLOSING_QUOTE = new RegExp(`(?<![ \u00a0\u202f])${SPACES}»`, 'g');

/** An elision or inner apostrophe: after a letter, before a letter, a digit or an opening quote. */
const APOSTROPHE = /(\p{L})'(?=\ue000*[\p{L}\p{N}«“])/gu;
/** A straight double quote doubled against a word, a scraper's escape left over (`de ""différends`, `fusion"",`): one quote. */
const DOUBLED_DOUBLE = /""(?=\p{L})|(?<=[\p{L}\p{N}.,;!?…])""/gu;
/** Two straight single quotes standing for a double one, not an elision before a quote (`l''état`). */
const DOUBLED_SINGLE = /(?<!\p{L})''|''(?!\p{L})/gu;
const ELLIPSIS = /(?<!\.)\.\.\.(?!\.)/g;
const DIGIT_GROUP = /(\d\ue000*) (?=\ue000*\d{3}(?!\d))/g;
/** Thousands written with dots (`200.000`, `1.500,50`), as many French sources do: not a version, a code or an
 * address (`1.2.300`, `192.168.1.1`), which a dot or a digit around rules out. */
const THOUSANDS_DOT = /(?<![\p{L}\p{N}.,])\d{1,3}(?:\.\d{3})+(?!\p{N}|\.\p{N})/gu;
const THOUSANDS_DOT_HINT = /\d\.\d{3}/;
/** Words French writes with `œ`, as keyboards often leave them (`coeur`, `l'oeuvre`, `soeurs`): their starts, each
 * only at a word's start, so names (`Lecoeuvre`), `moelle`, `coefficient` or `Boeing` keep their letters. */
const OE_WORDS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${['coeur', 'rancoeur', 'soeur', 'choeur', 'écoeur', 'oeuvr', 'désoeuvr', 'manoeuvr', 'boeuf', 'oeuf', 'noeud', 'voeu', 'oeil', 'moeurs', 'oesophag', 'oecuméni', 'foetus', 'foetal', 'oedème', 'oeno', 'oestrogène', 'oedip']
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})\\p{L}*`, 'gu');
const OE_HINT = /[oO]e/;
/** A percent sign after a number, with a space or glued to it (`85%`), not inside a code such as `2%20`. */
const PERCENT = /(\d\ue000*) ?%(?![\p{L}\p{N}])/gu;
/**
 * A straight double quote typed for an elision's apostrophe (`J"espère`, `qu"il`, `aujourd"hui`),
 * or glued to one (`qu"'il`), that no quotation takes once quotes are paired: the apostrophe.
 */
const ELIDED_QUOTE = /(?<![\p{L}\p{N}])((?:[lLdDjJnNsScCmMtT]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Aa]ujourd))"['’]?(?=\p{L})/gu;
/** Spaces a source left before a comma or a full stop (`Apparu , invité`, `» ,`, `ses 88 ans .`): removed. Not before
 * an ellipsis's dots or a name that opens with a dot (`.NET`): the sign must end the word. */
const SPACE_BEFORE_POINT = /[ \u00a0\u202f]+([,.])(?!\.)(?=[\s\ue000]|$)/gu;
const SPACE_POINT_HINT = /[ \u00a0\u202f][,.]/;
/** What ends a word before a misplaced space: a letter, a digit, a closing quote or bracket, a tag boundary. */
const WORD_END = /[\p{L}\p{N}»)”’\ue000]/u;
/** A comma glued to the next word (`Downing Street,et`), or a full stop glued to the next sentence
 * (`agression.Interviewé`): the space a source lost. Not between digits (`3,5`), nor in a domain or
 * an abbreviation (`Orange.fr`, `M.Dupont`, `U.S.A`): words of two letters at least, a capital after the stop. */
const GLUED_COMMA = /,(?=\p{L})/gu;
const GLUED_STOP = /\.(?=\p{Lu}\p{Ll})/gu;
const LOWER = /\p{Ll}/u;
/** The sign at `at` ends a word of two lowercase letters at least (tag boundaries skipped): `Street,et`, not `3,5` or `M.Dupont`. */
function afterLowercaseWord(s: string, at: number): boolean {
  let i = at - 1;
  while (s[i] === SEP) i--;
  return i > 0 && LOWER.test(s[i]!) && LOWER.test(s[i - 1]!);
}
/** A currency sign after a number, with a space or glued to it (`12 €`, `3M€`, `5$`): kept on the number's line. */
const CURRENCY = /(\d\ue000*) ?((?:k|M|Mds?)?[€$£])(?![\p{L}\p{N}])/gu;
const CURRENCY_HINT = /[€$£]/;
const HIGH_SIGN = /[;!?]/;
const DIGIT_SPACE = /\d\ue000* /;
/** A closing guillemet glued to the next word (`»a-t-il`) gets its space after. */
const GLUED_CLOSE = /»(?=[\p{L}\p{N}])/gu;
/** A colon glued to the quote it introduces (`:"Je`) gets its space after. */
const COLON_QUOTE = /:(?=«)/g;
/**
 * Ordinals as French typographers raise them: `1er`, `1re`, `2e`, `2nd`, `XIXe`, `Ier`. Roman
 * numerals take only `e` (and `I` also `er`/`re`), so `Le`, `Ce`, `Me` or `Ver` never match.
 */
const ORDINAL = /(?<![\p{L}\p{N}\ue001\ue002.,])(\d{1,4}(?=(?:ères?|ers?|res?|èmes?|es?|nde?s?)(?![\p{L}\p{N}\ue001\ue002]))|I(?=(?:er|re|e)(?![\p{L}\p{N}\ue001\ue002]))|(?:X{1,3}(?:IX|IV|VI{0,3}|I{1,3})?|IX|IV|VI{0,3}|II{1,2})(?=e(?![\p{L}\p{N}\ue001\ue002])))(ères?|ers?|res?|èmes?|es?|nde?s?)/gu;
const ORDINAL_HINT = /\d|[IVX]e|I[er]/;
/**
 * A hyphen between two spaces, as keyboards leave a dash (`les victimes - 31 hommes - ont`,
 * `Macron - Le Pen`, `(1895 - 1966)`): the en dash French sets there. Not a minus before a number
 * after `de`, `à`, `et`, `soit`, a colon, a comma or a bracket (`de l'ordre de - 18 %`, `(59 %, - 5 points)`),
 * and not a list's hyphen at the start of a line.
 */
const SPACED_HYPHEN = /(?<=[^\s\ue000-]\ue000*[ \u00a0])-(?=[ \u00a0]\ue000*[^\s\ue000-])/gu;
const MINUS_AFTER = /(?:(?:^|[\s\ue000'’])(?:de|à|et|soit)|[:,(])\ue000*[ \u00a0]$/iu;
/** The spaced hyphen (at the start) is before a number: a minus, when MINUS_AFTER comes before it. */
const BEFORE_NUMBER = /^-[ \u00a0]\ue000*\d/u;
/** Text without any of these is left as is by every rule (most labels and titles). */
const TRIGGER = /["';:!?«»%€$£.,+]|\d |\ue000|[oO]e| - /;

/** Before these, a straight quote can open: nothing, a space, an opening bracket, a dash, an elision, a colon. */
const OPEN_AFTER = /[\s([{<—–\-/'’:«“"]/u;
/** After the end of a sentence, a quote glued to the next word opens it (`fin."Armé`). */
const SENTENCE_END = /[.!?…]/u;
const WORD = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
/** After these, a straight quote can close: nothing, a space, punctuation, a closing bracket. */
const CLOSE_BEFORE = /[\s)\]}>.,;:!?…—–\-/'’»”"]/u;

/** The character next to `i` in direction `step`, skipping tag boundaries. */
function neighbour(s: string, i: number, step: 1 | -1): string | undefined {
  for (let j = i + step; j >= 0 && j < s.length; j += step) if (s[j] !== SEP) return s[j];
  return undefined;
}

/**
 * The level of guillemets and curly quotes a text starts at: the closing marks it holds beyond its
 * opening ones (a paragraph that goes on a quotation opened in the one before: `la suite», a-t-il dit`).
 */
function startDepth(s: string): number {
  if (!s.includes('»') && !s.includes('”')) return 0;
  let depth = 0;
  let lowest = 0;
  for (const c of s) {
    if (c === '«' || c === '“') depth++;
    else if (c === '»' || c === '”') lowest = Math.min(lowest, --depth);
  }
  return -lowest;
}

/** Words that end on an elision before a vowel besides the one-letter ones and those in -qu (`jusqu`, `lorsqu`). */
const ELIDED_WORDS = new Set(['aujourd', 'prud', 'Aujourd', 'Prud']);

/** The word before `i` is elided (`J`, `l`, `qu`, `jusqu`, `aujourd`): the mark at `i` stands for its apostrophe. */
function elidedBefore(s: string, i: number): boolean {
  let start = i;
  while (start > 0 && (WORD.test(s[start - 1]!) || s[start - 1] === SEP)) start--;
  const word = s.slice(start, i).replaceAll(SEP, '');
  return word.length <= 2 || /qu$/iu.test(word) || ELIDED_WORDS.has(word);
}

interface OpenQuote {
  at: number;
  straight: boolean;
}

/**
 * Pairs straight double quotes by context and nesting. Whether a quote opens or closes is read
 * from its neighbours (`l'"x"`, `: "Je`, a quote at the start opens); when both readings fit
 * (` " `), it closes the quote left open, else it opens. With none open, a quote glued to the
 * word before opens one (`a appelé"tous`), and so does a quote whose space came after it (`pour
 * lui" dégager`), set with its space before: when a later quote closes it. Guillemets and curly
 * quotes already in the text count as levels, so a pair inside « » becomes “ ”. Unpaired quotes
 * stay straight.
 */
function pairQuotes(s: string): string {
  const stack: OpenQuote[] = [];
  /** Index of each paired straight quote's partner. */
  const partner = new Map<number, number>();
  /** Opening quotes glued to the word before, which take a space before them; and those whose space came after them instead. */
  const spaced = new Set<number>();
  const moved = new Set<number>();
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      const prev = neighbour(s, i, -1);
      const next = neighbour(s, i, 1);
      const prevWord = prev !== undefined && WORD.test(prev);
      const nextWord = next !== undefined && WORD.test(next);
      if (prevWord && nextWord) {
        // After an elision (`J"espère`, `aujourd"hui`, a scraped apostrophe) it is no quote: left as written.
        if (elidedBefore(s, i)) continue;
        // Between two letters it closes the quotation left open, glued to the next word (`"neige-verglas"par`);
        // with none open, it opens one, glued to the word before (`a appelé"tous les Français"`).
        const top = stack[stack.length - 1];
        if (!top?.straight) {
          // After a digit it is an inch's mark (`20"`).
          if (!LETTER.test(prev)) continue;
          stack.push({ at: i, straight: true });
          spaced.add(i);
          continue;
        }
        stack.pop();
        partner.set(top.at, i);
        partner.set(i, top.at);
        continue;
      }
      const canOpen = prev === undefined || OPEN_AFTER.test(prev) || (nextWord && SENTENCE_END.test(prev));
      const canClose = next === undefined || CLOSE_BEFORE.test(next);
      const top = stack[stack.length - 1];
      const opens = canOpen && !canClose ? true : canClose && !canOpen ? false : !top?.straight;
      if (opens) stack.push({ at: i, straight: true });
      else if (top?.straight) {
        stack.pop();
        partner.set(top.at, i);
        partner.set(i, top.at);
      } else if (prev !== undefined && LETTER.test(prev) && s[i + 1] === ' ' && WORD.test(s[i + 2] ?? '')) {
        // With no quotation open, a quote after a word and before a space opens one, its space misplaced
        // (`pour lui" dégager le nez et les yeux",`): when a later quote closes it.
        stack.push({ at: i, straight: true });
        spaced.add(i);
        moved.add(i);
      }
    } else if (c === '«' || c === '“') {
      stack.push({ at: i, straight: false });
    } else if (c === '»' || c === '”') {
      const k = stack.findLastIndex((q) => !q.straight);
      if (k >= 0) stack.length = k;
    }
  }
  if (partner.size === 0) return s;
  // Second pass: the level of each pair, counting only quotes that really open (paired ones,
  // and every guillemet or curly quote already there).
  let out = '';
  let depth = startDepth(s);
  const glyph = new Map<number, string>();
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '«' || c === '“') depth++;
    else if (c === '»' || c === '”') depth = Math.max(0, depth - 1);
    else if (c === '"') {
      const p = partner.get(i);
      if (p === undefined) {
        out += c;
        continue;
      }
      if (p > i) {
        const inner = depth % 2 === 1;
        glyph.set(p, inner ? '”' : '»');
        out += `${spaced.has(i) ? ' ' : ''}${inner ? '“' : '«'}`;
        if (moved.has(i)) i++;
        depth++;
      } else {
        depth = Math.max(0, depth - 1);
        out += glyph.get(i)!;
      }
      continue;
    }
    out += c;
  }
  return out;
}

/** A year cut to two digits after its quote (`mai '68`): no quotation opens there. */
const YEAR_CUT = /^\d\d(?![\p{L}\p{N}])/u;

/**
 * Pairs the straight single quotes left once apostrophes are set (`à 'Paris Match'.`): one opens
 * before a word, after nothing, a space or an opening mark, and the next one that closes (after
 * a word or a sentence's end, before nothing, a space or punctuation) closes it, at the same level
 * of guillemets. They become guillemets, or “ ” inside guillemets, as double quotes do; a lone
 * one (`mai '68`, `les fans'`) stays as written.
 */
function pairSingleQuotes(s: string): string {
  /** The open single quote and the level of guillemets and curly quotes it is at. */
  let open: { at: number; depth: number } | undefined;
  let depth = startDepth(s);
  const glyphs = new Map<number, string>();
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '«' || c === '“') depth++;
    else if (c === '»' || c === '”') {
      depth = Math.max(0, depth - 1);
      // A quotation does not end outside the marks it opened in.
      if (open && depth < open.depth) open = undefined;
    } else if (c === "'") {
      const prev = neighbour(s, i, -1);
      const next = neighbour(s, i, 1);
      const prevWord = prev !== undefined && (WORD.test(prev) || SENTENCE_END.test(prev));
      if (open && open.depth === depth && prevWord && (next === undefined || CLOSE_BEFORE.test(next))) {
        const inner = depth % 2 === 1;
        glyphs.set(open.at, inner ? '“' : '«');
        glyphs.set(i, inner ? '”' : '»');
        open = undefined;
      } else if (next !== undefined && WORD.test(next) && (prev === undefined || OPEN_AFTER.test(prev)) && !YEAR_CUT.test(s.slice(i + 1, i + 4))) {
        open = { at: i, depth };
      }
    }
  }
  if (glyphs.size === 0) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) out += glyphs.get(i) ?? s[i];
  return out;
}

/**
 * A quotation inside a quotation as AFP writes it, between plus signs (`"la réforme +juste+"`,
 * 70 of the corpus's 11,002 articles): the French inner quotes. A word at each end, no sign or
 * digit around (`C++`, `+3 %`, `LGBT+`).
 */
const AFP_INNER_QUOTE = /(?<![\p{L}\p{N}+])\+(\p{L}[^+\n]{0,120}?[^\s+])\+(?![\p{L}\p{N}+])/gu;

function typeset(text: string, rich: boolean): string {
  let s = text;
  if (!TRIGGER.test(s) && !(rich && ORDINAL_HINT.test(s))) return s;
  if (s.includes('+')) s = s.replace(AFP_INNER_QUOTE, '“$1”');
  // Each rule runs only when its character is there (« and » may come from the quote rule).
  // Two straight single quotes for a double one (`''gilets jaunes''`).
  if (s.includes("''")) s = s.replace(DOUBLED_SINGLE, '"');
  if (s.includes('""')) s = s.replace(DOUBLED_DOUBLE, '"');
  if (s.includes('"')) s = pairQuotes(s);
  if (s.includes('"')) s = s.replace(ELIDED_QUOTE, "$1'");
  if (s.includes("'")) s = s.replace(APOSTROPHE, '$1’');
  // An elision before a quotation set just now (`l''état de nature'` → `l’« état de nature »`).
  if (s.includes("'")) s = pairSingleQuotes(s).replace(APOSTROPHE, '$1’');
  if (s.includes('...')) s = s.replace(ELLIPSIS, '…');
  if (s.includes(' -')) s = s.replace(SPACED_HYPHEN, (m, at: number, all: string) => (BEFORE_NUMBER.test(all.slice(at, at + 8)) && MINUS_AFTER.test(all.slice(Math.max(0, at - 20), at)) ? m : '–'));
  if (s.includes('«')) s = s.replace(AFTER_OPENING_QUOTE, `«${NNBSP}`);
  if (s.includes('»')) s = s.replace(BEFORE_CLOSING_QUOTE, `${NNBSP}»`);
  if (s.includes('»')) s = s.replace(GLUED_CLOSE, '» ');
  if (HIGH_SIGN.test(s)) s = s.replace(BEFORE_HIGH_SIGN, `$1${NNBSP}$2`);
  if (s.includes(':«')) s = s.replace(COLON_QUOTE, ': ');
  if (s.includes(':')) s = s.replace(BEFORE_COLON, `$1${NBSP}:`);
  if (DIGIT_SPACE.test(s)) s = s.replace(DIGIT_GROUP, `$1${NNBSP}`);
  if (THOUSANDS_DOT_HINT.test(s)) s = s.replace(THOUSANDS_DOT, (n) => n.replaceAll('.', NNBSP));
  if (OE_HINT.test(s)) s = s.replace(OE_WORDS, (w) => w.replace('oe', 'œ').replace('Oe', 'Œ'));
  if (s.includes('%')) s = s.replace(PERCENT, `$1${NNBSP}%`);
  if (CURRENCY_HINT.test(s)) s = s.replace(CURRENCY, `$1${NNBSP}$2`);
  if (SPACE_POINT_HINT.test(s)) s = s.replace(SPACE_BEFORE_POINT, (m, sign: string, at: number, all: string) => (at > 0 && WORD_END.test(all[at - 1]!) ? sign : m));
  if (s.includes(',')) s = s.replace(GLUED_COMMA, (m, at: number, all: string) => (afterLowercaseWord(all, at) ? ', ' : m));
  if (s.includes('.')) s = s.replace(GLUED_STOP, (m, at: number, all: string) => (afterLowercaseWord(all, at) ? '. ' : m));
  if (rich && ORDINAL_HINT.test(s)) s = s.replace(ORDINAL, `$1${SUP_OPEN}$2${SUP_CLOSE}`);
  return s;
}

/**
 * Sets `text`, with web addresses stepped around: each is replaced by a marker while the rules
 * run (a word to them), then put back as written. `rich` marks raised ordinals with SUP_OPEN /
 * SUP_CLOSE. Text holding the private-use markers itself is returned as it is.
 */
export function typesetText(text: string, rich = false): string {
  if (MARKERS.test(text)) {
    // SEP and CODE come from french-typography-html.ts; anything else is not ours to set.
    if (/[\ue002-\ue004]/u.test(text)) return text;
  }
  if (!URL_HINT.test(text)) return typeset(text, rich);
  const urls: string[] = [];
  const masked = text.replace(URL, (url) => {
    urls.push(url);
    return URL_MARK;
  });
  let n = 0;
  return typeset(masked, rich).replace(/\ue002/g, () => urls[n++]!);
}

/**
 * Typesets plain text; web addresses in it are left as written.
 * @example frenchTypography("l'IA : « oui » ?") // 'l’IA\u00a0: «\u202foui\u202f»\u202f?'
 * @example frenchTypography(`l'"impardonnable" trahison`) // 'l’«\u202fimpardonnable\u202f» trahison'
 */
export function frenchTypography(text: string): string {
  return typesetText(text);
}

/** Straight double quotes the rules cannot pair in `text`, and so leave straight. */
const unpairedQuotes = (text: string): number => typesetText(text).split('"').length - 1;

/**
 * `cut`, a shortened `whole` ending with `…`, with a closing `"` after it when the cut leaves
 * open a quotation `whole` closes: typeset, `« suscite… »` instead of a straight `"suscite…`.
 * @example closeCutQuote('le candidat "suscite…', 'le candidat "suscite de l\'espoir"') // 'le candidat "suscite…"'
 */
export function closeCutQuote(cut: string, whole: string): string {
  // Only a straight double quote, or two single ones written for it, can be left unpaired: a
  // cut without either needs no typesetting (most ledes; 0.15 s of a 10,000-article rebuild).
  if (!cut.includes('"') && !cut.includes("''")) return cut;
  const closed = `${cut}"`;
  const open = unpairedQuotes(cut);
  return open > unpairedQuotes(whole) && unpairedQuotes(closed) < open ? closed : cut;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Escapes set text for HTML and turns the ordinal markers into `<sup>`. */
export function richHtml(set: string): string {
  const escaped = escapeHtml(set);
  return escaped.includes(SUP_OPEN) ? escaped.replaceAll(SUP_OPEN, '<sup>').replaceAll(SUP_CLOSE, '</sup>') : escaped;
}

/**
 * Typesets plain text into escaped HTML, with ordinals raised: for element content only
 * (`{{ p | typoRich | safe }}`), never attributes or `<title>`.
 * @example frenchTypographyRich('Le 1er mai, au XIXe siècle & après') // 'Le 1<sup>er</sup> mai, au XIX<sup>e</sup> siècle &amp; après'
 */
export function frenchTypographyRich(text: string): string {
  return richHtml(typesetText(text, true));
}

/**
 * Folds typography back to plain keyboard text: what the rules may change is made equal, and
 * nothing else. Quotes and apostrophes → `'` (a run of them as one: `''` may stand for `"`, a
 * single quote may become a guillemet), `…` → `...`, spaces of any width removed, a dot between digits
 * before three more (`200.000`, thousands) removed, `œ` → `oe`, `<sup>` tags
 * dropped. Used by the property tests and the corpus report.
 * @example foldTypography('l’«\u202fIA\u202f»…') // "l'IA'..."
 */
export function foldTypography(text: string): string {
  return text.replace(/<\/?sup>/g, '').replace(/[ \u00a0\u202f]/g, '').replace(/(?<=\d)\.(?=\d{3})/g, '').replace(/œ/g, 'oe').replace(/Œ/g, 'Oe').replace(/[«»“”"’']+/g, "'").replace(/…/g, '...').replace(/–/g, '-');
}
