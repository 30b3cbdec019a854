/**
 * The pure part of the search page: URL state, the query given to Pagefind, excerpts and
 * French labels. No DOM here, so Node tests import this file as it is served.
 */

import { APOSTROPHES, COMPOUND_ELISION, ELIDED_PREFIX, EVERY_RECORD_WORD, HYPHENS, LIGATURES } from './fold-rules.js';

/** An elided article or pronoun that starts a word: `l’` in `l’Élysée`. */
const LEADING_ELISION = new RegExp(`^${ELIDED_PREFIX}`, 'i');

/** Filter names: Pagefind filters and URL parameters alike (src/search/records.ts). */
export const FILTERS = /** @type {const} */ (['sujet', 'annee', 'source']);

/** Sort orders offered besides relevance, by the value of the `tri` parameter. */
export const SORTS = /** @type {Record<string, Record<string, 'asc' | 'desc'>>} */ ({
  recent: { recent: 'desc' },
  ancien: { ancien: 'asc' },
});

/**
 * Options given to Pagefind (`pagefind.options`) by the search page, and by `npm run
 * search:eval` so that it measures what readers get. Excerpts a little shorter than Pagefind's
 * 30 words: two lines of a result card.
 */
export const PAGEFIND_OPTIONS = { excerptLength: 24 };

/**
 * Starts a Pagefind module (the `pagefind.js` of the site's main bundle, `bundles[0]`) on every
 * bundle of the site: the index comes in date-ordered shards (src/search/shards.ts), the others
 * are merged in with the same options. Pagefind's merged search sums the filter counts of the
 * shards and orders the results of all shards by score; the build makes the scores of the date
 * sorts positions in the whole archive, so the date sorts are exact (src/search/stable.ts,
 * `offsetSorts`); relevance is scored with the archive's page count and average page length but
 * each shard's own count of the pages holding a word (`addArchivePages`): close to one index's
 * order, not always identical.
 * @template {{ options: (o: object) => Promise<void>, init: () => Promise<void>, mergeIndex: (path: string, o: object) => Promise<void> }} P
 * @param {P} pagefind
 * @param {string[]} bundles bundle folders (absolute paths), the main one first
 * @param {object} [options] Pagefind's options (`npm run search:eval -- --ranking` tries others)
 * @returns {Promise<P>}
 * @example await startPagefind(pagefindModule, ['/pagefind/', '/pagefind/2019-03/'])
 */
export async function startPagefind(pagefind, bundles, options = PAGEFIND_OPTIONS) {
  await pagefind.options(options);
  await pagefind.init();
  await Promise.all(bundles.slice(1).map((bundle) => pagefind.mergeIndex(bundle, options)));
  return pagefind;
}

/** Results rendered per page of the list. */
export const PAGE_SIZE = 10;

/**
 * @typedef {object} SearchState
 * @property {string} q What the reader typed.
 * @property {Record<string, string>} filters Chosen value per filter name; absent when none.
 * @property {string} tri `''` (relevance), `recent` or `ancien`.
 */

/**
 * Reads the search state from a query string.
 * @param {string} search `location.search`
 * @returns {SearchState}
 * @example readState('?q=eau&annee=2024&tri=recent') // { q: 'eau', filters: { annee: '2024' }, tri: 'recent' }
 */
export function readState(search) {
  const params = new URLSearchParams(search);
  /** @type {Record<string, string>} */
  const filters = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const tri = params.get('tri') ?? '';
  return { q: params.get('q') ?? '', filters, tri: tri in SORTS ? tri : '' };
}

/**
 * The query string of a state, parameters in a fixed order, empty ones left out.
 * @param {SearchState} state
 * @returns {string}
 * @example writeState({ q: 'l’eau', filters: { sujet: 'sante' }, tri: '' }) // '?q=l%E2%80%99eau&sujet=sante'
 */
export function writeState(state) {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const name of FILTERS) if (state.filters[name]) params.set(name, state.filters[name]);
  if (state.tri) params.set('tri', state.tri);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** An elided article or pronoun at the start of a word (not inside one: `Val-d'Oise` stays whole). */
const ELIDED = new RegExp(`(^|[^\\p{L}\\p{N}\\p{M}${APOSTROPHES}${HYPHENS}])${ELIDED_PREFIX}(?=[\\p{L}\\p{N}])`, 'giu');

/** Two or three capitals, typed alone: an acronym (`IA`, `UE`, `PS`, `ONU`). */
const ACRONYM = /^\p{Lu}{2,3}$/u;

/** An elided article or pronoun typed alone (`l’`, `qu'`): its word is still to come. */
const LONE_ELISION = new RegExp(`^${ELIDED_PREFIX}$`, 'iu');

/** A query word that starts the word every record holds (`00`): it would find every article. */
const ALL_RECORDS_PREFIX = new RegExp(`^${EVERY_RECORD_WORD.charAt(0)}+$`);

/**
 * The term given to Pagefind: elided articles dropped (`l’eau` searches `eau`, as the index
 * splits them), ligatures written as two letters (`cœur` searches `coeur`, as indexed; see
 * src/search/fold.ts), French quotes made into Pagefind's phrase quotes, spaces collapsed, words
 * that start the word every record holds dropped (`EVERY_RECORD_WORD`), and so are words of no
 * letter nor digit (an emoji, a dash). `null` when nothing is
 * left: filters only (`searchTerm`).
 * @param {string} q
 * @returns {string | null}
 * @example pagefindTerm('  L’intelligence  d’IA ') // 'intelligence IA'
 * @example pagefindTerm('« fin du monde »') // '"fin du monde"'
 * @example pagefindTerm('Cœur') // 'Coeur'
 * @example pagefindTerm("Val-d'Oise") // "Val-d'Oise"
 * @example pagefindTerm('l’IA') // '"IA"' (an acronym alone: a whole word)
 * @example pagefindTerm('tesla 🚗') // 'tesla'
 * @example pagefindTerm('l’') // null (the word after it is still to come)
 */
export function pagefindTerm(q) {
  const term = q
    .normalize('NFC')
    .replace(/«[\s\u00a0\u202f]*/g, '"')
    .replace(/[\s\u00a0\u202f]*»/g, '"')
    .replace(/[\u201c\u201d]/g, '"')
    .replace(ELIDED, '$1')
    .replace(/[œæŒÆ]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .split(' ')
    // A word with no letter nor digit (`🚗`, `—`) is in no article: Pagefind would find nothing.
    // An elided article alone (`l’`, the reader typing `l’Élysée`) would find every article.
    .filter((w) => !ALL_RECORDS_PREFIX.test(w) && /[\p{L}\p{N}"]/u.test(w) && !LONE_ELISION.test(w))
    .join(' ');
  // An acronym alone is searched as a whole word: Pagefind's stemmer makes `PS` the prefix `p`
  // (1,827 of 2,000 articles) and `UE` finds « UEFA »; `"PS"` finds the PS.
  return (ACRONYM.test(term) ? `"${term}"` : term) || null;
}

/**
 * What the page asks Pagefind for a term: the term, or for filters only the word every record
 * holds, which fetches one index chunk per bundle where Pagefind's own filters-only search
 * (`null`) fetches them all.
 * @param {string | null} term `pagefindTerm`
 * @returns {string}
 * @example searchTerm(null) // '0000000000'
 */
export function searchTerm(term) {
  return term ?? EVERY_RECORD_WORD;
}

/**
 * Pagefind search options for a state: chosen filters and the sort order. Without a term,
 * relevance means nothing, so the newest come first.
 * @param {SearchState} state
 * @param {string} [without] a filter name to leave out (for the counts of that filter)
 * @returns {{ filters: Record<string, string>, sort?: Record<string, 'asc' | 'desc'> }}
 * @example searchOptions({ q: '', filters: { annee: '2020' }, tri: '' }) // { filters: { annee: '2020' }, sort: { recent: 'desc' } }
 */
export function searchOptions(state, without) {
  /** @type {Record<string, string>} */
  const filters = {};
  for (const [name, value] of Object.entries(state.filters)) if (name !== without && value) filters[name] = value;
  const tri = state.tri || (pagefindTerm(state.q) ? '' : 'recent');
  return tri ? { filters, sort: SORTS[tri] } : { filters };
}

const ENTITIES = /** @type {Record<string, string>} */ ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&apos;': "'" });

/** The ligature an indexed letter pair stands for, by its first letter (`o` + joiner + `e` is `œ`). */
const LIGATURE_OF = /** @type {Record<string, string>} */ (Object.fromEntries(Object.entries(LIGATURES).map(([lig, pair]) => [pair[0], lig])));
/**
 * The space the index puts after an elided article (`l’ eau`), before a word or a highlighted word,
 * the article highlighted or not (`<mark>l’</mark> un`).
 */
const ELISION_SPACE = new RegExp(`(^|[^\\p{L}\\p{N}\\p{M}${APOSTROPHES}${HYPHENS}])(${ELIDED_PREFIX})(</mark>)? (?=(?:<mark>)?[\\p{L}\\p{N}])`, 'giu');

/** The straight apostrophe the index writes after an elided word inside a hyphenated name (`Giscard-d'Estaing`), escaped or not. */
const COMPOUND_APOSTROPHE = new RegExp(`(?<=${COMPOUND_ELISION}(?:</?mark>)?)(?:'|&#39;|&#x27;|&apos;)(?=(?:</?mark>)?[\\p{L}\\p{N}])`, 'giu');

/**
 * Puts back the typography the index changed (src/search/fold.ts): the space after an elided
 * article is taken out, the apostrophe of a hyphenated name is typographic again, and ligatures
 * written as two letters joined by U+034F become ligatures again. Works on plain text and on Pagefind's excerpts (`l’ <mark>eau</mark>`).
 * @param {string} text
 * @returns {string}
 * @example restoreTypography("l’ o\u034feuvre d' IA") // "l’œuvre d'IA"
 * @example restoreTypography("Giscard-d'<mark>Estaing</mark>") // "Giscard-d’<mark>Estaing</mark>"
 * @example restoreTypography('dans <mark>l’</mark> estomac') // 'dans <mark>l’</mark>estomac'
 */
export function restoreTypography(text) {
  return text
    .replace(ELISION_SPACE, '$1$2$3')
    .replace(COMPOUND_APOSTROPHE, '’')
    .replace(/([oOaA])\u034f[eE]/g, (_, first) => LIGATURE_OF[first] ?? first);
}

/**
 * The spaces French typography puts inside guillemets and before `; : ! ?`, no-break again: an
 * excerpt comes back from Pagefind with plain spaces, and a line could break between a
 * highlighted word and its closing guillemet (« des « gilets jaunes ⏎ », ce samedi »).
 * @param {string} text
 * @returns {string}
 * @example frenchSpaces('des « gilets jaunes » : oui !') // 'des «\u202fgilets jaunes\u202f»\u00a0: oui\u202f!'
 */
export function frenchSpaces(text) {
  return text.replace(/« /g, '«\u202f').replace(/ (?=[»;!?])/g, '\u202f').replace(/ :/g, '\u00a0:');
}

/**
 * Short French words that match a query word but say nothing on their own: `le` in
 * `Marine Le Pen` would otherwise be highlighted in every sentence of an excerpt.
 */
export const STOP_WORDS = new Set(('a à au aux ce ces d de des du elle en et il ils j l la le les leur leurs lui m ma mais me mes n ne ni nous on ou où par pas pour qu que qui s sa se ses son sur t ta te tes toi ton tu un une vos votre vous y').split(' '));

/** Punctuation that ends a word in running text, left out of a highlight. */
const TRAILING = /[\s.,;:!?…)\]}»"”’'\u00a0\u202f]+$/u;
const LEADING = /^[\s([{«"“‘'\u00a0\u202f]+/u;

/**
 * A word without accents or capitals, its ligatures as two letters, as the index holds words
 * (src/search/fold.ts): a highlighted « cœur » is the word `coeur` typed.
 * @param {string} w
 * @returns {string}
 * @example foldWord('Élysée') // 'elysee'
 * @example foldWord('Cœur') // 'coeur'
 */
export function foldWord(w) {
  return w.replace(/[œæŒÆ]/g, (c) => LIGATURES[c] ?? c).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
const fold = foldWord;

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around matches) into plain text
 * parts, to be shown with `textContent`, never as HTML. A highlight keeps only the word:
 * stop words (STOP_WORDS) are not highlighted, and punctuation around a word is left out.
 * @param {string} excerpt
 * @returns {{ text: string, mark: boolean }[]}
 * @example excerptParts('l’ eau &amp; l’ <mark>air,</mark>') // [{ text: 'l’eau & l’', mark: false }, { text: 'air', mark: true }, { text: ',', mark: false }]
 * @example excerptParts('<mark>Marine</mark> <mark>Le</mark> <mark>Pen</mark>') // Marine and Pen marked, Le not
 */
export function excerptParts(excerpt) {
  /** @type {{ text: string, mark: boolean }[]} */
  const parts = [];
  const push = (/** @type {string} */ text, /** @type {boolean} */ mark) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  let marked = false;
  for (const piece of frenchSpaces(restoreTypography(excerpt)).split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) {
      const text = piece.replace(/&(?:amp|lt|gt|quot|apos|#39|#x27);/g, (e) => ENTITIES[e] ?? e);
      if (!marked) {
        push(text, false);
        continue;
      }
      const lead = LEADING.exec(text)?.[0] ?? '';
      const trail = TRAILING.exec(text.slice(lead.length))?.[0] ?? '';
      const word = text.slice(lead.length, text.length - trail.length);
      const bare = fold(word.replace(LEADING_ELISION, ''));
      push(lead, false);
      push(word, Boolean(word) && !STOP_WORDS.has(bare));
      push(trail, false);
    }
  }
  return parts;
}

/**
 * Whether an excerpt starts at the beginning of the article text and ends at its end; the
 * page puts `…` on a side that was cut. Pagefind cuts excerpts between words.
 * @param {string} content the result's whole text (`data.content`)
 * @param {string} plainExcerpt the excerpt without marks (`data.plain_excerpt`)
 * @returns {{ before: boolean, after: boolean }} where an ellipsis is due
 * @example excerptCuts('Un deux trois quatre', 'deux trois') // { before: true, after: true }
 */
export function excerptCuts(content, plainExcerpt) {
  const norm = (/** @type {string} */ s) => s.replace(/\s+/g, ' ').trim();
  const whole = norm(content);
  const part = norm(plainExcerpt);
  if (!part) return { before: false, after: false };
  return { before: !whole.startsWith(part), after: !whole.endsWith(part) };
}

/**
 * The French number format, made on first use: creating it loads the locale's data, which took
 * 130 ms of the page's start on a CPU slowed down four times (Lighthouse's mobile profile).
 * @type {Intl.NumberFormat | undefined}
 */
let number;

/**
 * @param {number} n
 * @param {string} singular
 * @param {string} plural
 * @returns {string}
 * @example countOf(1200, 'article', 'articles') // '1 200 articles' (with U+202F)
 */
export function countOf(n, singular, plural) {
  number ??= new Intl.NumberFormat('fr-FR');
  return `${number.format(n)} ${n > 1 ? plural : singular}`;
}

/** Quotes around a whole query: straight, curly or French guillemets. */
const QUOTED = /^(?:"|\u201c|«[\s\u00a0\u202f]*)(.*?)(?:"|\u201d|[\s\u00a0\u202f]*»)$/s;

/**
 * The sentence announced after a search. A query already in quotes (a phrase search) keeps
 * one pair of guillemets, not two.
 * @param {number} count
 * @param {string} q what the reader typed
 * @param {number} chosenFilters how many filters are set
 * @returns {string}
 * @example statusText(0, 'eau', 0) // 'Aucun résultat pour « eau ».'
 * @example statusText(2, 'eau', 1) // '2 résultats pour « eau », avec les filtres choisis.'
 * @example statusText(5, '', 1) // '5 articles avec les filtres choisis.'
 * @example statusText(3, '« réforme des retraites »', 0) // '3 résultats pour « réforme des retraites ».'
 */
export function statusText(count, q, chosenFilters) {
  const typed = q.trim();
  const inner = (QUOTED.exec(typed)?.[1] ?? typed).trim();
  const asked = inner ? ` pour «\u202f${inner}\u202f»` : '';
  const filtered = chosenFilters ? (asked ? ', avec les filtres choisis' : ' avec les filtres choisis') : '';
  if (count === 0) return `Aucun résultat${asked}${filtered}.`;
  return `${asked ? countOf(count, 'résultat', 'résultats') : countOf(count, 'article', 'articles')}${asked}${filtered}.`;
}

/**
 * The sentence announced when the query found nothing and the closest words of the archive
 * were searched instead.
 * @param {number} count results of the closest words
 * @param {string} q what the reader typed
 * @param {string} better the query searched instead
 * @param {number} chosenFilters how many filters are set
 * @returns {string}
 * @example correctedText(2, 'macorn', 'Macron', 0) // 'Aucun résultat pour « macorn » ; 2 résultats pour « Macron ».'
 */
export function correctedText(count, q, better, chosenFilters) {
  const none = statusText(0, q, 0).replace(/\.$/, '');
  return `${none}\u00a0; ${statusText(count, better, chosenFilters)}`;
}

/**
 * Options of a filter list: known values first in their order, then the others by count;
 * values without results are left out unless chosen.
 * @param {{ value: string, label: string }[]} known values listed by the page, in order
 * @param {Record<string, number>} counts Pagefind counts for this filter
 * @param {string} chosen the value chosen, or `''`
 * @returns {{ value: string, label: string, count: number }[]}
 * @example filterOptions([{ value: 'a', label: 'A' }], { a: 2, b: 0, c: 5 }, '') // [{ value: 'a', label: 'A', count: 2 }, { value: 'c', label: 'c', count: 5 }]
 */
export function filterOptions(known, counts, chosen) {
  const listed = new Set(known.map((k) => k.value));
  const others = Object.keys(counts)
    .filter((v) => !listed.has(v))
    .sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b, 'fr'))
    .map((value) => ({ value, label: value }));
  return [...known, ...others]
    .map((o) => ({ ...o, count: counts[o.value] ?? 0 }))
    .filter((o) => o.count > 0 || o.value === chosen);
}

/**
 * Topic links of a result, from its `sujet` filter values (topic slugs) and the topic labels
 * the page lists, under the base path; a slug the page does not list gets no link. (Labels and
 * URLs are not stored in each result: that would cost bytes on every query.)
 * @param {unknown} slugs the result's `filters.sujet`
 * @param {Map<string, string>} labels label of each topic slug
 * @param {string} basePath `/` or `/x/`
 * @returns {{ label: string, url: string }[]}
 * @example topicLinks(['sante'], new Map([['sante', 'Santé']]), '/x/') // [{ label: 'Santé', url: '/x/sujets/sante/' }]
 */
export function topicLinks(slugs, labels, basePath) {
  if (!Array.isArray(slugs)) return [];
  return slugs
    .filter((slug) => typeof slug === 'string' && labels.has(slug) && /^[a-z0-9-]+$/.test(slug))
    .map((slug) => ({ label: /** @type {string} */ (labels.get(slug)), url: `${basePath.replace(/\/$/, '')}/sujets/${slug}/` }));
}

/**
 * Edit distance with transpositions (optimal string alignment), stopping early above `max`.
 * @param {string} a
 * @param {string} b
 * @param {number} max
 * @returns {number} the distance, or `max + 1` when it is larger than `max`
 * @example editDistance('coronavirsu', 'coronavirus', 2) // 1
 */
export function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = /** @type {number[]} */ ([]);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length];
}

/**
 * The words of a query as typed, split at spaces, elisions and quotes kept (`queryWord` reads each).
 * @param {string} q
 * @returns {string[]}
 * @example queryWordsOf(' l’feme  « retraites » ') // ['l’feme', '«', 'retraites', '»']
 */
function queryWordsOf(q) {
  return q.trim().split(/[\s\u00a0\u202f]+/);
}

/**
 * A word of a query as typed (`queryWordsOf`), as the word list reads it: without the elided article
 * before it nor the quotes around it. `suggestion` and `otherWords` read query words by it: the
 * second split them by spaces only, and `l’feme`, searched as « l’femme », got no « Essayez aussi ».
 * @param {string} typed
 * @returns {string}
 * @example queryWord('l’feme') // 'feme'
 * @example queryWord('"retraites') // 'retraites'
 */
export function queryWord(typed) {
  return typed.replace(LEADING_ELISION, '').replace(/^["«“]+|["»”]+$/g, '');
}

/** How much more frequent a close word must be to stand for a known word of a query that found nothing. */
const FAR_MORE_FREQUENT = 10;

/**
 * « Essayez : … »: the query with each word the index does not know replaced by the closest
 * known word (one edit for words of up to five letters, two above; the more frequent word
 * wins a tie). When the query found nothing (`nothingFound`), a known word may be replaced too,
 * by a close word ten times higher in the list (`Edouard Philipe`: « Philipe » is a word of the
 * archive, Gérard Philipe's). A word the results show highlighted (`matched`, given its folded
 * form) is kept, even when the list lacks it: `Lanta` or `Viard`, rarer than the list's words,
 * are no typos of `Santa` or `Karine`. A word the list lacks that the results answer by another of
 * its forms or by longer words it starts (`answeredBy`: « Philip » for `philipe`, the English
 * « vehicles » for `véhicle`) is replaced by a close word ten times higher in the list than
 * those (« Philippe ») and one edit away (`rêvaient`, answered by « rêvait », is no typo of
 * « étaient »); a word the list lacks ranks below its end: then only a word among the tenth most
 * frequent will do (« véhicule »; `bovidés` answered by « bovidé » is no typo of « bolides »). It
 * is replaced too by a close word that is another form of a word that answered, when the typed
 * word is no form of it by the rules of `sameWord` (`anciene`, answered by « ancien »:
 * « ancienne »; `chanteuses` answered by « chanteuse » stays), and that is a form of each word
 * that answered as a form of the typed word (`porterait`, answered by « porte », « porter » and
 * « portaient », is not offered « portrait », which pairs with « portaient » only). A word the archive
 * holds (`held`: its lexicon, `recherche/lexique/`, of which the list's 12,000 words are a part) is kept:
 * `servaient`, in one article, is no typo of a frequent word; when the query found nothing with every word known,
 * a held word the list lacks is replaced only as a listed word is, by a close word ten times more frequent, ranking
 * below the list's end. `null` when no word is replaced.
 * @param {string} q what the reader typed
 * @param {string[]} words words of the index as written, most frequent first (`recherche/mots.json`)
 * @param {boolean} [nothingFound] whether the query found nothing
 * @param {(folded: string, typed: string) => boolean} [matched] whether the results show the word (given folded, and as typed)
 * @param {(folded: string) => string[]} [answeredBy] the other forms of the word the results show, and the longer words it starts, folded
 * @param {(listed: string) => string[]} [spellingsOf] the spellings of a word of the list (`recherche/graphies.json`):
 *   the word replacing a typed one is written as `closestSpelling` tells (`marcé`: « marché », not « marche »)
 * @param {(folded: string) => boolean} [held] whether the archive holds a word the list lacks (`recherche/lexique/`)
 * @returns {string | null}
 * @example suggestion('Macorn retraites', ['Macron', 'retraites']) // 'Macron retraites'
 * @example suggestion('koh lanta', ['Santa'], false, (w) => w === 'lanta') // null
 * @example suggestion('Philipe', ['Philippe', …, 'Philip'], false, () => false, () => ['philip']) // 'Philippe'
 * @example suggestion('anciene', ['ancien', 'ancienne'], false, () => false, () => ['ancien']) // 'ancienne'
 */
export function suggestion(q, words, nothingFound = false, matched = () => false, answeredBy = () => [], spellingsOf = () => [], held = () => false) {
  /** @type {Map<string, number>} */
  const rank = new Map();
  words.forEach((w, i) => {
    const f = fold(w);
    if (!rank.has(f)) rank.set(f, i);
  });
  let changed = false;
  const out = queryWordsOf(q).map((typed) => {
    const bare = queryWord(typed);
    const folded = fold(bare);
    // A word of the archive too rare for the list ranks below its end.
    const at = rank.get(folded) ?? (folded.length >= 4 && held(folded) ? words.length : undefined);
    // The list holds words of four letters or more: a shorter one it cannot tell (`ile de france` is no `file de france`).
    if (folded.length < 4 || (at !== undefined && !nothingFound) || STOP_WORDS.has(folded) || matched(folded, bare)) return typed;
    const forms = at === undefined ? answeredBy(folded) : [];
    // The rank a replacement must beat tenfold: the word's own, or that of the word that answered it, a word the
    // list lacks ranking below its end.
    const beat = at ?? (forms.length > 0 ? Math.min(...forms.map((f) => rank.get(f) ?? words.length)) : undefined);
    // A word the results answer by other words, often a rare form of one: one edit (a letter dropped, doubled or
    // swapped), not two (`rêvaient`, answered by « rêvait », is no typo of « étaient »).
    const max = folded.length <= 5 || forms.length > 0 ? 1 : 2;
    // The words that answered as forms of the typed word (« porte », « porter », « portaient » for `porterait`).
    const own = forms.filter((a) => sameWord(folded, a));
    /**
     * Another form of the word that answered, which the typed word is not a form of (« ancienne » for `anciene`,
     * answered by « ancien »): a form of each word that answered as a form of the typed word. `sameWord` pairs words
     * by one paradigm at a time, and a word pairing with one of them only is another word: « portrait » pairs with
     * « portaient » as a verb in -re would, not with « porte » nor « porter », and `porterait`, a form of « porter »,
     * was offered it (review 38).
     */
    const formOfAnswer = (/** @type {string} */ f) => (own.length > 0 ? own.every((a) => sameWord(f, a)) : forms.some((a) => sameWord(f, a))) && !sameWord(folded, f);
    let best = '';
    let bestDistance = max + 1;
    // Whether the best word so far starts as the typed word does: of the words as close, one that does wins.
    let bestKeeps = false;
    for (const [i, w] of words.entries()) {
      const far = beat === undefined || i < Math.floor(beat / FAR_MORE_FREQUENT);
      if (!far && forms.length === 0) break;
      const f = fold(w);
      // Only a word closer than the best so far, or as close and starting as typed, can win. `editDistance` says
      // `limit + 1` for anything farther than `limit`: checked against `max` alone, that let a word of any distance
      // win as if one edit farther (`mouvante` was searched as « malfaiteurs »).
      const limit = Math.min(max, bestKeeps ? bestDistance - 1 : bestDistance);
      const d = editDistance(folded, f, limit);
      if (d > limit || !(far || formOfAnswer(f))) continue;
      const keeps = keepsStart(folded, f);
      if (d < bestDistance || (keeps && !bestKeeps)) {
        best = w;
        bestDistance = d;
        bestKeeps = keeps;
        if (d === 1 && keeps) break;
      }
    }
    if (!best) return typed;
    changed = true;
    return typed.replace(bare, closestSpelling(bare, best, spellingsOf(best)));
  });
  return changed ? out.join(' ') : null;
}

/**
 * The words of a query that a suggestion for it (`suggestion`, word for word) replaces, as typed, of four letters or
 * more: the page asks the archive's lexicon about them before it replaces them (`held`).
 * @param {string} q what the reader typed
 * @param {string} better the suggestion
 * @returns {string[]}
 * @example replacedWords('Macorn retraites', 'Macron retraites') // ['Macorn']
 */
export function replacedWords(q, better) {
  const ours = queryWordsOf(better);
  return queryWordsOf(q).flatMap((typed, i) => (typed === ours[i] ? [] : [queryWord(typed)])).filter((w) => fold(w).length >= 4);
}

/**
 * Whether a close word starts as a typed word does: the same first letter, or the first two swapped
 * (`rpésident`). A typo seldom changes the first letter: of the one-off words of the corpus's
 * 11,002 articles that no French dictionary holds and that are one edit from a single one of the
 * archive's 3,000 most frequent words (389), the 34 whose first letter differs are nearly all other
 * words (`kiss`, `doing`, `patch`, names) or the first two letters swapped, two at most a first
 * letter mistyped (`nassés`, `noyage`); 14 drop a doubled letter. So
 * `feme` is « femme », not the more frequent « même », and `gève` « grève », not « levé ».
 * @param {string} typed folded
 * @param {string} word folded
 * @returns {boolean}
 * @example keepsStart('feme', 'femme') // true
 * @example keepsStart('feme', 'meme') // false
 */
function keepsStart(typed, word) {
  return typed[0] === word[0] || (typed[0] === word[1] && typed[1] === word[0]);
}

/**
 * How a word of the list is written to replace a typed word: of the spellings the archive writes
 * it with (`recherche/graphies.json`, the most used first), the closest to the word typed, accents
 * and all, the most used of those as close; for a word typed without accents, which tells
 * nothing of them, the most used. The list keeps one spelling per folded word, the first the
 * archive wrote: `marcé` was offered « marche » (La République en marche) rather than « marché ».
 * @param {string} typed the word typed
 * @param {string} listed the word of the list replacing it
 * @param {string[]} spellings its spellings, the most used first (none when it has one)
 * @returns {string}
 * @example closestSpelling('marcé', 'marche', ['marche', 'marché']) // 'marché'
 * @example closestSpelling('demnade', 'demande', ['demandé', 'demande']) // 'demandé'
 */
export function closestSpelling(typed, listed, spellings) {
  if (spellings.length < 2) return listed;
  const written = typed.normalize('NFC').toLowerCase();
  if (!/\p{M}/u.test(written.normalize('NFD'))) return spellings[0] ?? listed;
  let best = listed;
  let bestDistance = Infinity;
  for (const spelling of spellings) {
    const d = editDistance(written, spelling, Math.max(written.length, spelling.length));
    if (d < bestDistance) {
      best = spelling;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Whether a word the list lacks, which the results answer by other forms of a word only
 * (`forms`, by the rules of `sameWord`), is rather a typo of a word one edit away and ten times
 * more frequent in the list than those: `acident`, answered by « acide » (the rules read « acide »
 * and `acident` as two persons of a verb « acider »), is a typo of « accident », 20 times more
 * frequent on 3,000 articles. The page then searches the close word instead (`suggestion`). A
 * rare real word answered by its own forms has no such word close (`rêvaient`, answered by
 * « rêvait »: « étaient » is two edits away); a form the list lacks ranks below its end.
 * @param {string} folded the word, folded
 * @param {string[]} listed the word list, folded (`foldedList`)
 * @param {string[]} forms the forms of it the results show, folded
 * @returns {boolean}
 * @example typoOfFrequent('acident', ['accident', …, 'acide'], ['acide']) // true
 */
export function typoOfFrequent(folded, listed, forms) {
  if (forms.length === 0 || listed.includes(folded)) return false;
  const beat = Math.min(...forms.map((f) => {
    const i = listed.indexOf(f);
    return i < 0 ? listed.length : i;
  }));
  const frequent = Math.floor(beat / FAR_MORE_FREQUENT);
  for (let i = 0; i < frequent && i < listed.length; i++) if (editDistance(folded, listed[i], 1) <= 1) return true;
  return false;
}

/**
 * The finished words of a term (`finishedWords`) that the results answer only by other forms of a
 * far rarer word, no highlighted word starting with them, and that are typos of a frequent word
 * (`typoOfFrequent`): `acident`, whose results highlight « acide ».
 * @param {string} term the Pagefind term (`pagefindTerm`)
 * @param {string[]} marked highlighted words of the results shown (`markedWords`)
 * @param {string[]} listed the word list, folded (`foldedList`)
 * @param {boolean} typing whether the last word may still be typed
 * @returns {string[]}
 * @example formsOnlyTypos('acident', ['acide'], ['accident', …, 'acide'], false) // ['acident']
 */
export function formsOnlyTypos(term, marked, listed, typing) {
  return finishedWords(term, typing).filter((word) => {
    const w = fold(word);
    if (w.length < 4 || marked.some((m) => m.startsWith(w))) return false;
    return typoOfFrequent(w, listed, [...new Set(marked.filter((m) => sameWord(w, m)))]);
  });
}

/**
 * The word list for a second « Essayez », once the page searched the closest words instead of the
 * query (`instead`, whose words the status line names): the words as close to a replaced typed
 * word as the word that replaced it and not ten times rarer, but that one and its forms
 * (`sameWord`). `feme` searched as « même » is then offered « femme »; `gouvernemnt` searched as
 * « gouvernement » nothing more, nor `Macorn` searched as « Macron » the rare « maçon ».
 * @param {string[]} words the word list (`recherche/mots.json`)
 * @param {string} q what the reader typed
 * @param {string} instead the query searched instead (`suggestion`), as many words as `q`
 * @returns {string[]}
 * @example otherWords(['même', 'mêmes', 'femme', 'fermeture'], 'feme', 'même') // ['femme']
 */
export function otherWords(words, q, instead) {
  const split = (/** @type {string} */ text) => queryWordsOf(text).map((typed) => fold(queryWord(typed)));
  const typed = split(q);
  const replaced = split(instead).flatMap((r, i) => {
    const t = typed[i] ?? '';
    return r === t ? [] : [{ t, r, d: editDistance(t, r, 2), last: (words.findIndex((w) => fold(w) === r) + 1) * FAR_MORE_FREQUENT }];
  });
  return words.filter((w, i) => {
    const f = fold(w);
    return !replaced.some(({ r }) => sameWord(r, f)) && replaced.some(({ t, d, last }) => i < last && editDistance(t, f, d) <= d);
  });
}

/**
 * Whether a query word stands among the words on screen: by its folded form (`foldWord`), or, for
 * a word typed with accents, as typed, accents and all, case aside. The archive's one English
 * « Vehicle » is no match of `véhicle`, a typo of « véhicule ».
 * @param {string} typed a query word
 * @param {Set<string>} folded the words on screen, folded
 * @param {Set<string>} written the words on screen in lower case (NFC)
 * @returns {boolean}
 * @example wordOnScreen('véhicle', new Set(['vehicle']), new Set(['vehicle'])) // false
 * @example wordOnScreen('Élysée', new Set(['elysee']), new Set(['élysée'])) // true
 * @example wordOnScreen('Elysee', new Set(['elysee']), new Set(['élysée'])) // true
 */
export function wordOnScreen(typed, folded, written) {
  const word = typed.replace(LEADING_ELISION, '');
  return /\p{M}/u.test(word.normalize('NFD')) ? written.has(word.normalize('NFC').toLowerCase()) : folded.has(fold(word));
}

/**
 * The words of the highlighted parts of excerpts, folded (elided article dropped), a compound as
 * its parts (`wordParts`). Pagefind indexes and matches each part of a compound, and highlights
 * the compound whole: `lanta` found « Koh-Lanta » in 7 of its 8 articles of 3,000, and `gaucho`
 * « islamo-gaucho », but read whole, no highlighted word started with them, so the page took
 * them for words the archive does not hold and searched « Santa » and « gauche » instead (review 38).
 * @param {string[]} excerpts Pagefind excerpts, `<mark>` around matches
 * @returns {string[]}
 * @example markedWords(['l’ <mark>eau</mark> et <mark>Élysée</mark>']) // ['eau', 'elysee']
 * @example markedWords(['la finale de <mark>Koh-Lanta,</mark>']) // ['koh', 'lanta']
 */
export function markedWords(excerpts) {
  return excerpts.flatMap((e) => excerptParts(e).filter((p) => p.mark).flatMap((p) => wordParts(p.text.replace(LEADING_ELISION, '')).map(fold)));
}

/** @param {string} a @param {string} b */
const commonPrefix = (a, b) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/**
 * Query words Pagefind may have answered with a shorter word: when no indexed word starts with a
 * word, Pagefind searches its longest indexed prefix instead (pagefind#793: `zzzqx` finds the
 * `Z` of « Nissan 370Z », `macorn` finds « MacDowell »). A word is suspect when no highlighted
 * word of the results starts with it or is one of its forms sharing all but its last two letters
 * (`retraites` and `retraite`); a word that only shares its start is no answer (`gouvernemnt`,
 * a letter dropped near the end, found the few « gouvernement » of the shards where Pagefind fell
 * back to `gouvernem`: 9 of 270 articles). The page then asks whether the archive holds it (an
 * exact search, or a word of the archive that starts with it, for a word still being typed).
 * Phrase searches are exact already: none.
 * @param {string} term the Pagefind term (`pagefindTerm`)
 * @param {string[]} marked highlighted words of the results shown (`markedWords`)
 * @returns {string[]} the suspect words, as in the term
 * @example fallbackWords('zzzqx', ['z']) // ['zzzqx']
 * @example fallbackWords('retraites', ['retraite']) // []
 * @example fallbackWords('gouvernemnt', ['gouvernement']) // ['gouvernemnt']
 */
export function fallbackWords(term, marked) {
  if (term.includes('"')) return [];
  return term.split(' ').filter((raw) => {
    const word = fold(raw);
    if (word.length < 3 || STOP_WORDS.has(word) || !/^[\p{L}\p{N}]+$/u.test(word)) return false;
    return !marked.some((m) => m.startsWith(word) || (commonPrefix(word, m) > word.length - 3 && sameWord(word, m)));
  });
}

/**
 * Endings of French inflections, by paradigm (folded: `é` is `e`). Two words are forms of one
 * word when, after a common start, both endings belong to one paradigm: `tombé`/`tombées`
 * (nouns and adjectives), `journal`/`journaux`, `maître`/`maîtresse`, `défend`/`défendre`/`défendu`,
 * `passer`/`passés`.
 * Derived words are other words (`gendarmerie` is not a form of `gendarme`), and endings of
 * different paradigms never pair (`finir` and `finale`, `quart` and `quarante`).
 */
const PARADIGMS = [
  ['', 's', 'x', 'e', 'es'],
  ['al', 'als', 'aux', 'ale', 'ales'],
  ['eur', 'eurs', 'euse', 'euses', 'rice', 'rices'],
  ['eux', 'euse', 'euses'],
  ['e', 'es', 'esse', 'esses'],
  ['if', 'ifs', 'ive', 'ives'],
  ['ien', 'iens', 'ienne', 'iennes'],
  ['on', 'ons', 'onne', 'onnes'],
  ['el', 'els', 'elle', 'elles'],
  ['et', 'ets', 'ette', 'ettes'],
  ['er', 'e', 'es', 'ee', 'ees', 'ent', 'ons', 'ez', 'ai', 'as', 'a', 'ais', 'ait', 'aient', 'ions', 'iez', 'ant', 'era', 'erai', 'eras', 'erait', 'eraient', 'erons', 'erez', 'eront'],
  ['ir', 'i', 'ie', 'ies', 'is', 'it', 'issons', 'issez', 'issent', 'issais', 'issait', 'issaient', 'issant', 'ira', 'irai', 'iront', 'irait', 'iraient'],
  ['re', '', 's', 't', 'u', 'ue', 'us', 'ues', 'ons', 'ez', 'ent', 'ait', 'aient', 'ant', 'ra', 'ront', 'rait', 'raient'],
].map((endings) => new Set(endings));
/**
 * Invariable words that look like a form of another (`parce` of `parc`, `durant` of `dur`,
 * `pendant` of `pendre`): never a form of anything, nor the other way round.
 */
const INVARIABLE = new Set(['parce', 'durant', 'pendant', 'cependant', 'lorsque', 'puisque', 'quoique', 'presque', 'jusque']);
/** The longest ending of PARADIGMS. */
const LONGEST_ENDING = 7;
/** The shortest start two forms of a word share. */
const SHORTEST_START = 3;

/**
 * Whether two folded words are forms of one word (PARADIGMS).
 * @param {string} a folded (`foldWord`)
 * @param {string} b folded
 * @returns {boolean}
 * @example sameWord('tombe', 'tombees') // true
 * @example sameWord('belle', 'belge') // false
 * @example sameWord('parc', 'parce') // false (INVARIABLE)
 */
export function sameWord(a, b) {
  if (a === b) return true;
  if (INVARIABLE.has(a) || INVARIABLE.has(b)) return false;
  for (let k = commonPrefix(a, b); k >= SHORTEST_START; k--) {
    const [ea, eb] = [a.slice(k), b.slice(k)];
    if (ea.length > LONGEST_ENDING || eb.length > LONGEST_ENDING) return false;
    if (PARADIGMS.some((p) => p.has(ea) && p.has(eb))) return true;
  }
  return false;
}

/**
 * Whether a word of the text is a form of one of `words` (`sameWord`).
 * @param {string[]} words folded
 * @param {string} text
 * @returns {boolean}
 * @example isFormOf(['quart'], 'Quarts') // true
 * @example isFormOf(['quart'], 'quartier') // false
 */
export function isFormOf(words, text) {
  const folded = fold(text);
  return words.some((w) => sameWord(w, folded));
}

/** Most forms of the query's words an article opened from a result is asked to highlight (`textForms`). */
export const MAX_TEXT_FORMS = 12;

/**
 * The other forms of `words` that a text holds (`sameWord`), lowercase, once each by their
 * folded spelling, in the order of the text: an article opened from a result highlights the words
 * its address gives (js/kiosque.js, whole words, accents aside), and the search found it by
 * these forms too (`retraites` finds « retraite » and « retraités »; review 34).
 * @param {string} text the article's title and text (`data.content`)
 * @param {string[]} words the query's words, folded, stop words aside
 * @param {number} [max]
 * @returns {string[]}
 * @example textForms('La retraite des retraités, un retrait', ['retraites']) // ['retraite']
 */
export function textForms(text, words, max = MAX_TEXT_FORMS) {
  if (words.length === 0) return [];
  const seen = new Set(words);
  /** @type {string[]} */
  const out = [];
  for (const piece of text.split(/[^\p{L}\p{N}\p{M}]+/u)) {
    const f = fold(piece);
    if (!f || seen.has(f)) continue;
    seen.add(f);
    if (!words.some((w) => sameWord(w, f))) continue;
    out.push(piece.toLowerCase());
    if (out.length >= max) break;
  }
  return out;
}

/**
 * Feminine and masculine endings, as written: a word ending in one may be written with the other.
 * Longest first, so that `-teur` pairs with `-trice` before `-eur` with `-euse`.
 */
const GENDER_ENDINGS = [
  ['teur', 'trice'], ['ien', 'ienne'], ['eux', 'euse'], ['eur', 'euse'], ['on', 'onne'], ['el', 'elle'], ['et', 'ette'],
  ['er', 'ère'], ['if', 'ive'], ['é', 'ée'], ['i', 'ie'], ['u', 'ue'],
];

/**
 * The singular of a plural as written (`chevaux` → `cheval`, `jeux` → `jeu`), else the word.
 * @param {string} w lowercase
 * @returns {string}
 */
function singularOf(w) {
  if (w.length < 5) return w;
  if (w.endsWith('aux')) return `${w.slice(0, -3)}al`;
  if (/(?:s|[ao]ux)$/.test(w)) return w.slice(0, -1);
  return w;
}

/**
 * The plurals of a singular as written (`cheval` → `chevaux`, `chevals`; `jeu` → `jeux`).
 * @param {string} w lowercase
 * @returns {string[]}
 */
function pluralsOf(w) {
  if (/[sxz]$/.test(w)) return [];
  if (w.endsWith('al')) return [`${w.slice(0, -2)}aux`, `${w}s`];
  if (/[aeo]u$/.test(w)) return [`${w}x`, `${w}s`];
  return [`${w}s`];
}

/**
 * The other forms of a word in gender and number, as written (`paralysé`: `paralysée`,
 * `paralysés`, `paralysées`), each a form of it by `sameWord`. The word list holds the
 * archive's most frequent words only (`WORD_LIST_SIZE`, src/search/words.ts): « paralysée »,
 * in one article of 10,000, is not there while « paralysé » is, and narrowing `paralysé` to the
 * forms of the list left that article out. Pagefind folds accents and stems the words of an
 * exact search, so a form it stems like another finds the same articles; one no article holds
 * finds none.
 * @param {string} word
 * @returns {string[]} lowercase, without the word itself
 * @example inflections('paralysé') // ['paralysés', 'paralysée', 'paralysées']
 * @example inflections('passagers') // ['passager', 'passagère', 'passagères']
 */
export function inflections(word) {
  const w = word.toLowerCase();
  const singular = singularOf(w);
  const genders = [singular];
  const pair = GENDER_ENDINGS.find(([m, f]) => singular.endsWith(f) || singular.endsWith(m));
  if (pair) {
    const [m, f] = pair;
    genders.push(singular.endsWith(f) ? `${singular.slice(0, -f.length)}${m}` : `${singular.slice(0, -m.length)}${f}`);
  } else if (/e$/.test(singular)) genders.push(singular.slice(0, -1));
  else if (/[bcdfghjklmnpqrstvwxz]$/.test(singular)) genders.push(`${singular}e`);
  const forms = genders.flatMap((g) => [g, ...pluralsOf(g)]);
  const folded = fold(w);
  return [...new Set(forms)].filter((f) => f !== w && f.length >= SHORTEST_START && sameWord(folded, fold(f)));
}

/** Word lists folded, by list: the page passes the same list for every search. */
const foldedLists = new WeakMap();

/**
 * A word list folded (`foldWord`), once per list.
 * @param {string[]} listed
 * @returns {string[]}
 * @example foldedList(['Élysée']) // ['elysee']
 */
export function foldedList(listed) {
  let folded = foldedLists.get(listed);
  if (!folded) foldedLists.set(listed, (folded = listed.map(fold)));
  return folded;
}

/**
 * The words of a term that the page searches as whole words, each with its forms in the
 * archive's word list (as written there, for exact searches). Pagefind matches every query word
 * as the start of indexed words: `belle` finds « Belgique », `finir` « finances », `quart`
 * « quartier ». A word the reader has finished, and that the archive's list holds, is narrowed
 * to its own forms (`sameWord`). Left as they are: a phrase, the last word while the reader is
 * still typing it (`typing`), stop words, words under three letters, words the list does not
 * hold (a rare word, a word of three letters, which the list leaves out, or one being typed):
 * Pagefind's answer stands for them.
 * @param {string} term the Pagefind term (`pagefindTerm`)
 * @param {string[]} listed the archive's word list (`recherche/mots.json`)
 * @param {boolean} typing whether the last word may still be typed
 * @returns {string[][]} per narrowed word, its forms, the word itself first
 * @example wordForms('belle', ['belle', 'belles', 'belge'], false) // [['belle', 'belles']]
 * @example wordForms('belle', ['belle'], true) // []
 */
export function wordForms(term, listed, typing) {
  const folded = foldedList(listed);
  /** @type {string[][]} */
  const out = [];
  for (const word of finishedWords(term, typing)) {
    const w = fold(word);
    if (!folded.includes(w)) continue;
    const forms = new Set([word]);
    folded.forEach((f, i) => {
      if (f !== w && sameWord(w, f)) forms.add(listed[i]);
    });
    out.push([...forms]);
  }
  return out;
}

/** The shortest start a word is searched by in place of its forms (`broadTerm`). */
const BROAD_START = 4;

/**
 * Whether two folded words are the singular and the plural of one word: a final s or x, or
 * -al and -aux (`passager`, `passagers`; `cheval`, `chevaux`).
 * @param {string} a
 * @param {string} b
 * @returns {boolean}
 * @example numberForms('passagers', 'passager') // true
 * @example numberForms('retraites', 'retrait') // false
 */
function numberForms(a, b) {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long === `${short}s` || long === `${short}x` || (short.endsWith('al') && long === `${short.slice(0, -2)}aux`);
}

/**
 * The term Pagefind is asked, each finished word of the archive's list that has its singular or
 * plural there replaced by the start the two share (`wordForms`, `numberForms`): Pagefind stems a
 * query word and matches the indexed stems it starts, and its French stemmer gives the singular
 * and the plural different stems (« passagers » `passager`, « passager » `passag`), so
 * `passagers` missed the article saying « passager ». The start (`passager`) finds both, and
 * the narrowing to forms leaves the longer words out (`formIds`). Only the number: another form
 * would open the word to others (`retraites` and « retrait », `policière` and « policier »).
 * A start under BROAD_START letters leaves the word as typed.
 * @param {string} term the Pagefind term (`pagefindTerm`)
 * @param {string[]} listed the archive's word list (`recherche/mots.json`)
 * @param {boolean} typing whether the last word may still be typed
 * @returns {string}
 * @example broadTerm('passagers racistes', ['passagers', 'passager', 'raciste', 'racistes'], false) // 'passager raciste'
 */
export function broadTerm(term, listed, typing) {
  const starts = new Map(wordForms(term, listed, typing).map((forms) => {
    const word = fold(forms[0]);
    const shared = Math.min(word.length, ...forms.map(fold).filter((f) => numberForms(word, f)).map((f) => commonPrefix(word, f)));
    return [forms[0], word.slice(0, shared)];
  }));
  const words = term.split(' ').map((word) => {
    const start = starts.get(word);
    return start && start.length >= BROAD_START && start !== fold(word) ? start : word;
  });
  const completed = typing ? typedStart(term, listed) : undefined;
  if (completed) words[words.length - 1] = completed;
  return words.join(' ');
}

/**
 * The start the words of the list that a word being typed starts share, when it is longer than
 * what was typed: Pagefind matches a query word as the start of the indexed words' stems, and
 * a word typed past its stem matches none (`confinem` found 1 article, against 56 for `confine`
 * and 54 for `confinement`, the stem being `confin`). Asked for the words it may become, Pagefind
 * stems them; the narrowing to the articles holding them (`typedWords`, `formIds`) stays.
 * @param {string} term the Pagefind term (`pagefindTerm`)
 * @param {string[]} listed the archive's word list (`recherche/mots.json`)
 * @returns {string | undefined}
 * @example typedStart('confinem', ['confinement', 'confinements']) // 'confinement'
 * @example typedStart('confin', ['confinement', 'confins']) // undefined
 */
export function typedStart(term, listed) {
  const [typed = '', ...words] = typedWords(term, listed, true);
  const others = words.map(fold).filter((w) => w !== fold(typed));
  if (others.length === 0) return undefined;
  const shared = others.reduce((a, b) => a.slice(0, commonPrefix(a, b)));
  return shared.length > fold(typed).length ? shared : undefined;
}

/**
 * A search of one word, kept in the shape `shape` gives it, each word searched once for the time
 * the searcher lives: the words before the one being typed are asked again at each key, by the
 * narrowing to forms (`formIds`), the whole-word order (`wholeWordsFirst`) and the phrases
 * (`phraseSearcher`).
 * @template R, T
 * @param {{ search: (term: string) => Promise<{ results: R[] }> }} pagefind
 * @param {(word: string) => string} termOf the Pagefind term for the word
 * @param {(results: R[]) => T} shape
 * @returns {(word: string) => Promise<T>}
 */
function cachedSearch(pagefind, termOf, shape) {
  /** @type {Map<string, Promise<T>>} */
  const found = new Map();
  return (word) => {
    const key = word.toLowerCase();
    let kept = found.get(key);
    if (!kept) found.set(key, (kept = pagefind.search(termOf(word)).then((f) => shape(f.results))));
    return kept;
  };
}

/**
 * A search of one word as the ids of the articles it finds (`cachedSearch`).
 * @param {{ search: (term: string) => Promise<{ results: { id: string }[] }> }} pagefind
 * @param {(word: string) => string} termOf the Pagefind term for the word
 * @returns {(word: string) => Promise<Set<string>>}
 */
function cachedSearcher(pagefind, termOf) {
  return cachedSearch(pagefind, termOf, (results) => new Set(results.map((r) => r.id)));
}

/** @type {Map<string, Promise<Set<string>>>} */
/**
 * An exact search (`"…"`) of one word: the articles holding it, or a word of the same stem.
 * @param {{ search: (term: string) => Promise<{ results: { id: string }[] }> }} pagefind
 * @returns {(word: string) => Promise<Set<string>>}
 * @example const exact = exactSearcher(pagefind); await exact('Pen') // Set { 'a1b2…', … }
 */
export function exactSearcher(pagefind) {
  return cachedSearcher(pagefind, (word) => `"${word}"`);
}

/**
 * A search of one word alone, as Pagefind answers it (the words it starts too). In a query of
 * several words, Pagefind's answer from a shard of the index without the word is that of the
 * other words (`le pen` found every article of such a shard with `le`): the page keeps the
 * articles each word finds alone.
 * @param {{ search: (term: string) => Promise<{ results: { id: string }[] }> }} pagefind
 * @returns {(word: string) => Promise<Set<string>>}
 * @example const alone = aloneSearcher(pagefind); await alone('pen') // Set { … }, with « pensait »
 */
export function aloneSearcher(pagefind) {
  return cachedSearcher(pagefind, (word) => word);
}

/** A hyphen of a compound word. */
const HYPHEN = new RegExp(`[${HYPHENS}]`, 'u');

/**
 * The parts of a compound word, each without the article it elides (`Val-d’Oise`: `Val`,
 * `Oise`), or the word alone. Pagefind searches a compound as its parts, and a shard of the
 * index that lacks one part answers with the others (`Saint-Étienne` found Saint-Brieuc and
 * Saint-Denis in the shards without « Étienne »): each part must find the article alone.
 * @param {string} word
 * @returns {string[]}
 * @example wordParts('Saint-Étienne') // ['Saint', 'Étienne']
 * @example wordParts("Val-d'Oise") // ['Val', 'Oise']
 * @example wordParts('Macron') // ['Macron']
 */
export function wordParts(word) {
  const parts = word.split(HYPHEN).map((part) => part.replace(LEADING_ELISION, '')).filter((part) => part);
  return parts.length > 1 ? parts : [word];
}

/**
 * The ids of the articles that hold a form of each finished word of the term the archive's
 * list holds (`wordForms`), from exact searches of the forms, and each finished rare word an
 * exact search finds (`rareWords`); with `alone`, in a query of several words, each other word
 * keeps the articles it finds alone. Undefined when no word is narrowed. Pagefind matches query words as the start of indexed words (`belle` finds
 * « Belgique »): the results shown are those among these ids. `words`: the words narrowed.
 * @param {(word: string) => Promise<Set<string>>} exact `exactSearcher`
 * @param {string} term the Pagefind term (`pagefindTerm`)
 * @param {string[]} listed the archive's word list (`recherche/mots.json`)
 * @param {boolean} typing whether the last word may still be typed
 * @param {(word: string) => Promise<Set<string>>} [alone] `aloneSearcher`: in a query of several
 *   words, the other words (the one being typed too) keep the articles each finds alone
 * @returns {Promise<{ ids: Set<string>, words: string[] } | undefined>}
 */
export async function formIds(exact, term, listed, typing, alone) {
  const forms = wordForms(term, listed, typing);
  // Each word's forms in the list, and its other forms in gender and number, which the list may lack.
  const withInflections = (words) => [...new Set([...words, ...inflections(words[0]).filter((f) => !words.some((w) => fold(w) === fold(f)))])];
  const anyForm = async (words) => new Set((await Promise.all(withInflections(words).map(exact))).flatMap((ids) => [...ids]));
  const sets = await Promise.all(forms.map(anyForm));
  const words = forms.map((f) => f[0]);
  // A rare word the archive holds whole: its exact search (its forms, as Pagefind stems them).
  const rare = rareWords(term, listed, typing);
  (await Promise.all(rare.map((word) => anyForm([word])))).forEach((ids, i) => {
    // A word no article holds whole: Pagefind's answer (the words it starts) stands, but for a
    // word of two letters, which starts words of every kind (`ia`: « Ian », « IATA »).
    if (ids.size === 0 && fold(rare[i]).length > 2) return;
    sets.push(ids);
    words.push(rare[i]);
  });
  // The word being typed: the articles holding a word it starts (`typedWords`), when it starts few.
  const typed = typedWords(term, listed, typing);
  if (typed.length) {
    const ids = new Set((await Promise.all(typed.map(exact))).flatMap((found) => [...found]));
    if (ids.size) sets.push(ids);
  }
  // The other words of a query of several, the one being typed too: what each finds alone.
  const asked = term.includes('"') ? [] : term.split(' ').flatMap(wordParts);
  if (alone && asked.length > 1) {
    // The parts of a compound narrowed whole are in the articles its exact search found: Pagefind
    // indexes no part of one character (`49-3`: the « 3 » of 5 of its 10 articles, alone, found nothing).
    const narrowedParts = new Set(words.flatMap(wordParts));
    const others = [...new Set(asked)].filter((word) => !words.includes(word) && !narrowedParts.has(word) && !STOP_WORDS.has(fold(word)));
    sets.push(...(await Promise.all(others.map(alone))));
  }
  if (sets.length === 0) return undefined;
  return { ids: sets.reduce((a, b) => new Set([...a].filter((id) => b.has(id)))), words };
}

/**
 * The finished words of a term, of three letters or more and no stop word, that the archive's
 * word list does not hold: words too rare for it (`WORD_LIST_SIZE`, src/search/words.ts), words
 * of three letters (`pen`, `feu`: the list holds none), or words the archive does not hold. Pagefind answers such a word with every indexed word that
 * starts like it, or, when none does, with its longest indexed prefix as well: `oréal` found
 * the 23 articles saying « d’ores et déjà » beside the one about L’Oréal. `formIds` keeps the
 * articles an exact search of the word finds, when it finds some.
 * @param {string} term the Pagefind term (`pagefindTerm`)
 * @param {string[]} listed the archive's word list (`recherche/mots.json`)
 * @param {boolean} typing whether the last word may still be typed
 * @returns {string[]}
 * @example rareWords('Oréal chiffre', ['chiffre'], false) // ['Oréal']
 * @example rareWords('Oréal', [], true) // []
 */
export function rareWords(term, listed, typing) {
  const folded = foldedList(listed);
  return finishedWords(term, typing).filter((word) => !folded.includes(fold(word)));
}

/**
 * Whether the last word of a term is a word of the archive's list, typed whole: the page then
 * searches it as a finished word, its forms only, as it would once submitted; otherwise typed
 * `Notre-Dame` found the 7 articles of « Notre-Dame-des-Landes » too, which the same query
 * loaded from its address did not (17 results against 10), and a shared address showed another
 * list than the reader's. A word the list lacks stays the start of the words it may become.
 * @param {string | null} term the Pagefind term (`pagefindTerm`)
 * @param {string[]} listed the archive's word list (`recherche/mots.json`)
 * @returns {boolean}
 * @example typedWhole('cathédrale Notre-Dame', ['Notre-Dame', 'Notre-Dame-des-Landes']) // true
 * @example typedWhole('Notre-Da', ['Notre-Dame']) // false
 */
export function typedWhole(term, listed) {
  if (!term || term.includes('"')) return false;
  const folded = foldedList(listed);
  return finishedWords(term.split(' ').at(-1) ?? '', false).some((word) => folded.includes(fold(word)));
}

/** Most words of the list a word being typed may start for the page to narrow it (`typedWords`). */
const TYPED_WORDS_MAX = 8;

/**
 * The words the last word of a term may become while the reader types it, for exact searches:
 * the words of the list it starts, and itself, from four letters, when it starts at most
 * `TYPED_WORDS_MAX` of them. Pagefind answers a word being typed with the indexed words it
 * starts, but when the part of its index that holds them is not loaded yet, with a shorter
 * prefix that is: typed letter by letter, `Estaing` found the 82 articles of « est » (loaded
 * for `Es`), against 5 when the page was loaded with it. Empty when not typing, in a phrase,
 * for a stop word, or for a short or common start (`Ma`, `Macr`: many words). A word of the list
 * typed whole is no longer being typed (`typedWhole`): the page searches it as submitted.
 * @param {string} term the Pagefind term (`pagefindTerm`)
 * @param {string[]} listed the archive's word list (`recherche/mots.json`)
 * @param {boolean} typing whether the last word may still be typed
 * @returns {string[]}
 * @example typedWords('Giscard Estai', ['Estaing', 'Giscard'], true) // ['Estai', 'Estaing']
 * @example typedWords('Estaing', ['Estaing'], false) // []
 */
export function typedWords(term, listed, typing) {
  if (!typing || term.includes('"')) return [];
  const typed = term.split(' ').at(-1) ?? '';
  const start = fold(typed);
  if (start.length < 4 || STOP_WORDS.has(start)) return [];
  const folded = foldedList(listed);
  const starting = folded.flatMap((f, i) => (f.startsWith(start) ? [i] : []));
  if (starting.length > TYPED_WORDS_MAX) return [];
  return [...new Set([typed, ...starting.map((i) => listed[i])])];
}

/**
 * The words of a term that the page may narrow (`wordForms`, `rareWords`): once each, of two
 * letters or more and no stop word, not the last one while it may still be typed; none in a phrase.
 * Three letters, not four: `Le Pen` found 599 of 2,000 articles (« pensent », « pensions »), 82
 * with `pen` searched whole, and sorted by date the first twenty were none of the 79 naming him;
 * two, not three: `ia` found « Ian Callum » and « IATA » in an archive with no « IA ».
 * @param {string} term the Pagefind term (`pagefindTerm`)
 * @param {boolean} typing whether the last word may still be typed
 * @returns {string[]}
 * @example finishedWords('le quart de belle', true) // ['quart']
 */
function finishedWords(term, typing) {
  if (term.includes('"')) return [];
  const words = term.split(' ');
  if (typing) words.pop();
  return [...new Set(words)].filter((word) => {
    const w = fold(word);
    return w.length >= 2 && !STOP_WORDS.has(w);
  });
}

/**
 * A year of the archive typed as a word of the query (`gilets jaunes 2019`): the other words and
 * the year, for « Essayez » to offer the year's filter. Pagefind searches « 2019 » as a word of
 * the text, which articles of other years hold too (review 35: 43 results for `gilets jaunes
 * 2019`, 34 with the year chosen). Undefined without such a year, with two, or inside a phrase.
 * @param {string} q the query as typed
 * @param {string[]} years the archive's years (the year list's values)
 * @returns {{ q: string, year: string } | undefined}
 * @example yearOfQuery('gilets jaunes 2019', ['2019', '2020']) // { q: 'gilets jaunes', year: '2019' }
 * @example yearOfQuery('"coupe du monde 2018"', ['2018']) // undefined
 */
export function yearOfQuery(q, years) {
  const words = q.trim().split(/[\s\u00a0\u202f]+/u).filter(Boolean);
  const found = words.filter((w) => years.includes(w));
  if (found.length !== 1 || q.includes('"')) return undefined;
  return { q: words.filter((w) => w !== found[0]).join(' '), year: found[0] };
}

/**
 * The topic whose label the query names, word for word (each a form of the label's word, stop
 * words aside: `retraite` names « Retraites », `droits femmes` « Droits des femmes »): its
 * articles are shown first among the results ranked by relevance. Undefined when none.
 * @param {string} q the query as typed
 * @param {ReadonlyMap<string, string>} labels topic labels by slug
 * @returns {string | undefined} the topic's slug
 * @example namedTopic('retraite', new Map([['retraites', 'Retraites']])) // 'retraites'
 * @example namedTopic('réforme des retraites', new Map([['retraites', 'Retraites']])) // undefined
 */
export function namedTopic(q, labels) {
  const words = (/** @type {string} */ s) => s.split(/[^\p{L}\p{N}]+/u).map(fold).filter((w) => w && !STOP_WORDS.has(w));
  const asked = words(q);
  if (asked.length === 0) return undefined;
  for (const [slug, label] of labels) {
    const named = words(label);
    if (named.length === asked.length && named.every((w, i) => w === asked[i] || sameWord(w, asked[i]))) return slug;
  }
  return undefined;
}

/**
 * The parts of an excerpt (`excerptParts`) without the words of the article's title: Pagefind's
 * text of a result starts with its title, shown just above, and an excerpt of a match in the
 * title opens with all or the end of it (« … une maison de retraite. La maison… »). What the
 * excerpt holds of the title, and the full stop after it, is dropped; the excerpt then starts
 * where the text after the title starts (`cut` false), and goes on with that text up to
 * `length` words (what was left of a match in the title was a few words: « A Tarbes, dans les
 * Hautes-Pyrénées, une … »); an excerpt wholly within a long title is the opening of the text
 * after it. A title cut from the lede with « … » counts the lede's opening words it repeats as title too,
 * and the text after them starts mid-sentence (`cut` true). `after` says whether the text goes on beyond. Spaces of any width count as one.
 * Returned as they are (`cut` undefined) when the excerpt holds none of the title, when nothing
 * follows the title, or when the texts do not line up.
 * @param {{ text: string, mark: boolean }[]} parts
 * @param {string} title the title as shown
 * @param {string} content the result's whole text (`data.content`)
 * @param {string} plainExcerpt the excerpt without marks (`data.plain_excerpt`)
 * @param {number} [length] words of the excerpt (Pagefind's `excerptLength`)
 * @returns {{ parts: { text: string, mark: boolean }[], cut?: boolean, after?: boolean }}
 * @example withoutTitle([{ text: 'retraite. La maison', mark: false }], 'Drame en maison de retraite', 'Drame en maison de retraite. La maison ferme.', 'retraite. La maison').parts // [{ text: 'La maison', mark: false }, { text: ' ferme.', mark: false }]
 */
export function withoutTitle(parts, title, content, plainExcerpt, length = PAGEFIND_OPTIONS.excerptLength) {
  const norm = (/** @type {string} */ s) => restoreTypography(s).replace(/[\s\u00a0\u202f]+/gu, ' ').trim();
  const whole = norm(content);
  const heading = norm(title);
  const excerpt = norm(plainExcerpt);
  if (!heading || !whole.startsWith(heading)) return { parts };
  let end = heading.length;
  while (end < whole.length && (whole[end] === '.' || whole[end] === ' ')) end++;
  // A title cut from the lede (« …un système de décote… ») is followed by the whole lede, which opens with the
  // title's words: they are the title's too, and the text after them goes on mid-sentence (`cut` true).
  const stem = heading.endsWith('…') ? heading.slice(0, -1).trimEnd() : '';
  const continued = stem.length > 0 && whole.startsWith(stem, end) && whole.length > end + stem.length;
  if (continued) {
    end += stem.length;
    while (end < whole.length && whole[end] === ' ') end++;
  }
  const at = whole.indexOf(excerpt);
  if (at < 0 || at >= end || !excerpt) return { parts };
  /** The first words of `text`, up to `count`, as written. */
  const firstWords = (/** @type {string} */ text, /** @type {number} */ count) => (count > 0 ? (text.match(new RegExp(`^(?:\\s*\\S+){0,${count}}`, 'u'))?.[0] ?? '') : '');
  const afterTitle = whole.slice(end);
  // An excerpt within the title (a long one) shows the text after it instead.
  if (at + excerpt.length <= end) {
    const opening = firstWords(afterTitle, length);
    return opening ? { parts: [{ text: opening, mark: false }], cut: continued, after: afterTitle.length > opening.length } : { parts };
  }
  const drop = end - at;
  const shown = norm(parts.map((p) => p.text).join(''));
  if (!shown.startsWith(excerpt.slice(0, drop)) || shown.length <= drop) return { parts };
  // Drops `drop` characters of the parts' text, a run of spaces counting as one.
  let left = drop;
  let started = false;
  let inSpace = false;
  for (let p = 0; p < parts.length; p++) {
    const text = parts[p].text;
    for (let c = 0; c < text.length; c++) {
      const space = /[\s\u00a0\u202f]/u.test(text[c]);
      if (space && (!started || inSpace)) continue;
      started = true;
      inSpace = space;
      if (--left === 0) {
        const rest = [{ ...parts[p], text: text.slice(c + 1) }, ...parts.slice(p + 1)];
        const first = rest.findIndex((r) => r.text.trim() !== '');
        if (first < 0) return { parts };
        const kept = [{ ...rest[first], text: rest[first].text.replace(/^[\s\u00a0\u202f]+/u, '') }, ...rest.slice(first + 1)];
        // The excerpt goes on with the text after the title, up to `length` words in all.
        const keptText = norm(kept.map((k) => k.text).join(''));
        if (!afterTitle.startsWith(keptText)) return { parts: kept, cut: continued };
        const tail = afterTitle.slice(keptText.length);
        const more = firstWords(tail, length - keptText.split(' ').length);
        return { parts: more ? [...kept, { text: more, mark: false }] : kept, cut: continued, after: tail.length > more.length };
      }
    }
  }
  return { parts };
}

/** An elided article ending a text, after a space (`… d’ `). */
const TRAILING_ELISION = new RegExp(`[\\s\\u00a0\\u202f]+${ELIDED_PREFIX}[\\s\\u00a0\\u202f]*$`, 'iu');

/**
 * An excerpt's parts without what reads as debris at its ends: punctuation before its first
 * word (the full stop after a title, `. Soupçonné de…`) and an elided article after its last
 * word, which Pagefind's cut parted from its noun (`selon le secrétaire d’ …`).
 * @param {{ text: string, mark: boolean }[]} parts
 * @returns {{ text: string, mark: boolean }[]}
 * @example trimmedExcerpt([{ text: '. Soupçonné de', mark: false }]) // [{ text: 'Soupçonné de', mark: false }]
 * @example trimmedExcerpt([{ text: 'selon le secrétaire d’ ', mark: false }]) // [{ text: 'selon le secrétaire', mark: false }]
 */
export function trimmedExcerpt(parts) {
  const out = parts.map((p) => ({ ...p }));
  const first = out[0];
  if (first && !first.mark) first.text = first.text.replace(/^[\s\u00a0\u202f.,;:]+/u, '');
  const last = out[out.length - 1];
  if (last && !last.mark) last.text = last.text.replace(TRAILING_ELISION, '');
  return out.filter((p) => p.text !== '');
}

/**
 * Results reordered so that those holding every searched word whole come first, each group in
 * Pagefind's order. Pagefind matches each query word as the start of indexed words, and a
 * longer word in a title can outrank the word itself: `Le Pen` brought « pénitentiaire » and
 * « pensait » first, `camp` « camping-car », `parc` « parce que ». Each word of the term but
 * stop words is searched exactly (`"pen"`, which Pagefind's stemmer still matches to its
 * inflections: `attend` finds « attendait »), and an article is whole when it is found for
 * all. A phrase is left as it is.
 * @template {{ id: string }} R
 * @param {(word: string) => Promise<Set<string>>} exact `exactSearcher`
 * @param {string} term the Pagefind term (`pagefindTerm`)
 * @param {R[]} results Pagefind's results for the term
 * @returns {Promise<R[]>}
 * @example await wholeWordsFirst(exactSearcher(pagefind), 'le pen', results) // the articles holding « Pen » first
 */
export async function wholeWordsFirst(exact, term, results) {
  if (term.includes('"') || results.length < 2) return results;
  const words = [...new Set(term.split(' '))].filter((w) => w && !STOP_WORDS.has(foldWord(w)));
  if (words.length === 0) return results;
  const sets = await Promise.all(words.map(exact));
  const whole = (/** @type {R} */ r) => sets.every((s) => s.has(r.id));
  return [...results.filter(whole), ...results.filter((r) => !whole(r))];
}

/** A word of a phrase as Pagefind searches it, and whether an elided article stood before it. */
/** @typedef {{ word: string, elided: boolean }} PhraseWord */
/** A phrase of a query: its text as typed, and its words. */
/** @typedef {{ text: string, words: PhraseWord[] }} Phrase */

/**
 * The phrases of a query (`"…"`, `« … »`, `“…”`) of two words or more, each word as the page
 * searches it (`pagefindTerm`) and whether an elided article stood before it: the index holds
 * that article as a word of its own (`de l’ intelligence`, src/search/fold.ts), one position more.
 * @param {string} q what the reader typed
 * @returns {Phrase[]}
 * @example queryPhrases('« Tour de France » Bernal').map((p) => p.text) // ['Tour de France']
 * @example queryPhrases('"de l’intelligence"')[0].words[1] // { word: 'intelligence', elided: true }
 */
export function queryPhrases(q) {
  const quoted = q.normalize('NFC').replace(/«[\s\u00a0\u202f]*/g, '"').replace(/[\s\u00a0\u202f]*»/g, '"').replace(/[\u201c\u201d]/g, '"');
  /** @type {Phrase[]} */
  const out = [];
  for (const [, inner = ''] of quoted.matchAll(/"([^"]*)"/g)) {
    const words = phraseWords(inner);
    if (words.length >= 2) out.push({ text: inner.trim(), words });
  }
  return out;
}

/**
 * The words of a text as a phrase searches them (`queryPhrases`).
 * @param {string} text
 * @returns {PhraseWord[]}
 */
function phraseWords(text) {
  const trim = (/** @type {string} */ w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return text.split(/[\s\u00a0\u202f]+/).flatMap((raw) => {
    const word = trim(raw.replace(ELIDED, '$1').replace(/[œæŒÆ]/g, (c) => LIGATURES[c] ?? c));
    return word ? [{ word, elided: word.length < trim(raw).length && !/[œæŒÆ]/.test(raw) }] : [];
  });
}

/**
 * A query without quotes as one phrase, its words as typed one after the other, when that says
 * more than its words alone: two words or more that are not stop words (`Tour de France`, not
 * « second tour » and « Français »), or a word after an elided article (`l’Élysée`, not
 * « Champs-Élysées »; `d’Orange`, not « vigilance orange »). The search page shows first the
 * articles holding it (`holdsPhraseText`).
 * @param {string} q what the reader typed
 * @returns {Phrase | undefined}
 * @example typedPhrase('Tour de France')?.words.length // 3
 * @example typedPhrase('l’Élysée')?.text // 'l’Élysée'
 * @example typedPhrase('Élysée') // undefined
 */
export function typedPhrase(q) {
  const text = q.normalize('NFC').replace(/["«»\u201c\u201d]/g, ' ').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const words = phraseWords(text);
  const named = words.filter((w) => !STOP_WORDS.has(fold(w.word)));
  return named.length >= 2 || (named.length === 1 && named[0]?.elided) ? { text, words } : undefined;
}

/**
 * A text as phrases are compared in it: lowercase, without accents, ligatures as two letters,
 * every apostrophe, hyphen or other sign a space, spaces single, one at each end.
 * @param {string} text
 * @returns {string}
 * @example phraseKey('De l’ Intelligence-artificielle.') // ' de l intelligence artificielle '
 */
export function phraseKey(text) {
  const plain = text.replace(/[œæŒÆ]/g, (c) => LIGATURES[c] ?? c).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return ` ${plain.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/**
 * Whether an article's text holds a phrase, word for word (accents, case, apostrophes and
 * punctuation aside).
 * @param {string} content the article's text as indexed (`data.content`)
 * @param {Phrase} phrase
 * @returns {boolean}
 * @example holdsPhraseText('Le Tour de France, monument du cyclisme', queryPhrases('"tour de france"')[0]) // true
 */
export function holdsPhraseText(content, phrase) {
  return phraseKey(content).includes(phraseKey(phrase.text));
}

/**
 * Whether a page's positions of a phrase's words may hold the phrase: the first word at a
 * position, each next one at the position after it, or two after when an elided article stands
 * between. A word without positions (`null`, a stop word) stands anywhere.
 * @param {ReadonlyArray<ReadonlySet<number> | null>} positions per word of the phrase, its positions in the page
 * @param {readonly PhraseWord[]} words the phrase's words
 * @returns {boolean}
 * @example mayHoldPhrase([new Set([3]), null, new Set([5])], queryPhrases('"Tour de France"')[0].words) // true
 */
export function mayHoldPhrase(positions, words) {
  const known = positions.findIndex((p) => p !== null);
  if (known < 0) return false;
  // Where the phrase may start, from the first word with positions: an elided article before a word is one position more or not.
  const back = words.slice(1, known + 1).reduce((n, w) => n + (w.elided ? 2 : 1), 0);
  const elidedBefore = words.slice(1, known + 1).filter((w) => w.elided).length;
  const starts = [...(positions[known] ?? [])].flatMap((p) => Array.from({ length: elidedBefore + 1 }, (_, k) => p - back + k));
  return starts.some((start) => {
    let at = [start];
    for (let i = 1; i < words.length; i++) {
      const steps = words[i]?.elided ? [1, 2] : [1];
      const next = positions[i];
      at = [...new Set(at.flatMap((p) => steps.map((s) => p + s)))].filter((p) => !next || next.has(p));
      if (at.length === 0) return false;
    }
    return true;
  });
}

/**
 * A search of one word as the positions of its words in each article it finds, by id (`cachedSearch`).
 * @param {{ search: (term: string) => Promise<{ results: { id: string, words: number[] }[] }> }} pagefind
 * @param {(word: string) => string} termOf the Pagefind term for the word
 * @returns {(word: string) => Promise<Map<string, number[]>>}
 */
function positionSearcher(pagefind, termOf) {
  return cachedSearch(pagefind, termOf, (results) => new Map(results.map((r) => [r.id, r.words])));
}

/** @type {Map<string, Promise<Map<string, number[]>>>} */
/**
 * The articles that may hold every phrase of a query, as ids, from searches of its words one by
 * one: those the exact search of each word finds (`"tour"`) where the positions the plain search
 * of each word gives (its accented forms, and the longer words it starts: the exact search gives
 * the position of one match only) follow each other (`mayHoldPhrase`). Stop words (`de`, `la`)
 * stand anywhere: their plain search would find every article. So « touristiques en France »
 * may hold « Tour de France »: the page checks each such article's text (`holdsPhraseText`).
 * A phrase of stop words only gives none.
 * @param {{ search: (term: string) => Promise<{ results: { id: string, words: number[] }[] }> }} pagefind
 * @returns {(phrases: Phrase[]) => Promise<Set<string>>}
 */
export function phraseSearcher(pagefind) {
  const exact = positionSearcher(pagefind, (word) => `"${word}"`);
  const plain = positionSearcher(pagefind, (word) => word);
  /** @param {string} word */
  const positions = async (word) => {
    if (STOP_WORDS.has(fold(word))) return null;
    const [inExact, inPlain] = await Promise.all([exact(word), plain(word)]);
    return new Map([...inExact.keys()].map((id) => [id, new Set(inPlain.get(id) ?? [])]));
  };
  return async (phrases) => {
    const sets = await Promise.all(phrases.map(async ({ words }) => {
      const found = await Promise.all(words.map((w) => positions(w.word)));
      const searched = /** @type {Map<string, Set<number>>[]} */ (found.filter((m) => m !== null));
      const [first, ...rest] = searched;
      if (!first) return new Set();
      const ids = [...first.keys()].filter((id) => rest.every((m) => m.has(id)));
      return new Set(ids.filter((id) => mayHoldPhrase(found.map((m) => (m ? m.get(id) ?? new Set() : null)), words)));
    }));
    return sets.reduce((a, b) => new Set([...a].filter((id) => b.has(id))));
  };
}

/** Words shown on each side of a phrase in its excerpt: about as long as Pagefind's excerpts. */
const PHRASE_EXCERPT_WORDS = 14;

/** @param {string} text */
const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An excerpt of an article's text around the first place it holds a phrase word for word
 * (`holdsPhraseText`), written as Pagefind writes excerpts (escaped text, `<mark>` around each
 * word of the phrase), with the same text plain; undefined when the text does not hold it.
 * Pagefind's excerpt of the phrase's words searched apart shows where they are densest, often
 * elsewhere (`des` is everywhere).
 * @param {string} content the article's text as indexed (`data.content`)
 * @param {Phrase} phrase
 * @param {number} [from] where in the text to look first (after the title it opens with, shown above the excerpt)
 * @returns {{ excerpt: string, plain: string } | undefined}
 * @example phraseExcerpt('Il a vu le Tour de France hier.', queryPhrases('"tour de france"')[0]).excerpt // 'Il a vu le <mark>Tour</mark> <mark>de</mark> <mark>France</mark> hier'
 */
export function phraseExcerpt(content, phrase, from = 0) {
  const tokens = [...content.matchAll(/[\p{L}\p{N}\p{M}]+/gu)];
  const keys = tokens.map((m) => phraseKey(m[0]).trim());
  const wanted = phraseKey(phrase.text).trim().split(' ');
  const holds = (/** @type {number} */ i) => wanted.every((w, j) => keys[i + j] === w);
  // The first place at or after `from`, else the first of all.
  const later = keys.findIndex((_, i) => (tokens[i]?.index ?? 0) >= from && holds(i));
  const at = later >= 0 ? later : keys.findIndex((_, i) => holds(i));
  if (at < 0) return undefined;
  const first = tokens[Math.max(0, at - PHRASE_EXCERPT_WORDS)];
  let lastAt = Math.min(tokens.length - 1, at + wanted.length - 1 + PHRASE_EXCERPT_WORDS);
  // Not on an elided article (`d’`), which reads as a cut word without the word it is elided before.
  const elidedAt = (/** @type {number} */ i) => /^[’']/u.test(content.slice((tokens[i]?.index ?? 0) + (tokens[i]?.[0].length ?? 0)));
  while (lastAt > at + wanted.length - 1 && elidedAt(lastAt)) lastAt--;
  const last = tokens[lastAt];
  if (!first || !last) return undefined;
  const start = first.index ?? 0;
  const end = (last.index ?? 0) + last[0].length;
  let excerpt = '';
  let done = start;
  for (const t of tokens.slice(at, at + wanted.length)) {
    excerpt += `${escapeText(content.slice(done, t.index))}<mark>${escapeText(t[0])}</mark>`;
    done = (t.index ?? 0) + t[0].length;
  }
  excerpt += escapeText(content.slice(done, end));
  return { excerpt, plain: content.slice(start, end) };
}

/**
 * The parts of an excerpt with the forms of the query's words marked where Pagefind left them
 * plain: the text after a title that held the match (`withoutTitle`), which Pagefind did not
 * mark (a quarter of the excerpts of the fourth review's queries showed « Nicolas Hulot » plain).
 * With `only`, a part Pagefind marked that is no form of them (« quartier » for a finished
 * `quart`, « Hulot- ») keeps only its words that are.
 * @param {{ text: string, mark: boolean }[]} parts
 * @param {string[]} words the query's words, folded, stop words aside
 * @param {boolean} [only] whether only forms of the words may stay marked
 * @param {boolean} [exact] the words as written only, accents and case aside, not their other
 *   forms: a phrase's (« France » of the phrase « Tour de France », not « Français »)
 * @returns {{ text: string, mark: boolean }[]}
 * @example markForms([{ text: 'selon Nicolas Hulot.', mark: false }], ['hulot']) // [{ text: 'selon Nicolas ', mark: false }, { text: 'Hulot', mark: true }, { text: '.', mark: false }]
 */
export function markForms(parts, words, only = false, exact = false) {
  if (words.length === 0) return parts;
  const matches = exact ? (/** @type {string[]} */ list, /** @type {string} */ text) => list.includes(fold(text)) : isFormOf;
  /** @type {{ text: string, mark: boolean }[]} */
  const out = [];
  const push = (/** @type {string} */ text, /** @type {boolean} */ mark) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && !last.mark && !mark) last.text += text;
    else out.push({ text, mark });
  };
  for (const part of parts) {
    if (part.mark && (!only || matches(words, part.text))) {
      out.push(part);
      continue;
    }
    for (const [i, piece] of part.text.split(/([\p{L}\p{N}\p{M}]+)/u).entries()) push(piece, i % 2 === 1 && matches(words, piece));
  }
  return out;
}
