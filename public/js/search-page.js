/**
 * The search page (/recherche/): Pagefind's JS API behind a French interface. The state lives
 * in the URL (`?q=…&sujet=…&annee=…&source=…&tri=…`), so a search can be shared, reloaded and
 * walked with back/forward. Every text from the index is set with `textContent`.
 *
 * Speed: the form is in the HTML, usable at once. Pagefind starts (the entry file, the index
 * metadata and the WebAssembly every query needs) when this module runs, once the page is
 * painted (js/kiosque.js starts it, from `data-kiosque-module`: fetched from the head, this
 * module and its imports were counted by Lighthouse as render-blocking, first paint 0.93 to
 * 1.4 s against 0.93 s on other pages). Measured at 10,000 articles, starting on focus instead
 * left the start inside the reader's typing and multiplied the cold latency (bench:search).
 * Words typed before the module runs are kept and searched. A keystroke
 * searches at once, with no typing delay, unless a search is already running: then the newest
 * query runs as soon as it ends, and the older one stops before fetching its results (each
 * change bumps `generation`). Searches never queue up in Pagefind's worker, where one search
 * on a large archive can take longer than a keystroke. While typing, a last word of one letter
 * waits for the next (`typingTerm`): as a prefix it matches much of the index; the last word is
 * searched as the start of the words it may become, and a search that finds nothing leaves the
 * results of the letters before it on screen (`Johnny Hall`, on the way to « Hallyday »). Once
 * the reader stops typing (`SETTLED_AFTER_MS`), the words are searched as when submitted: the
 * same list and count as the address gives. The filter
 * counts are searched by a second Pagefind in its own worker, the only one with every filter
 * file loaded (`counterReady`), once the results have stayed on screen a moment
 * (`COUNTS_AFTER_MS`). (Two Pagefinds answering the reader in turn, so that the last keystroke
 * never waits for a stale search, were slower at 10,000 articles on a two-core machine: the
 * two searches share the cores.)
 * The base path comes from this script's own URL: it is served from `<base>js/`.
 */
import {
  FILTERS, PAGE_SIZE, countOf, restoreTypography, excerptCuts, excerptParts, filterOptions, pagefindTerm, readState, searchOptions, statusText,
  STOP_WORDS, correctedText, fallbackWords, foldWord, markedWords, searchTerm, startPagefind, suggestion, topicLinks, writeState, foldedList, formIds, namedTopic, trimmedExcerpt, withoutTitle,
  aloneSearcher, broadTerm, exactSearcher, sameWord, typedWhole, wholeWordsFirst, phraseSearcher, queryPhrases, typedPhrase, holdsPhraseText, phraseExcerpt, markForms, frenchSpaces,
  textForms, yearOfQuery, wordOnScreen, otherWords, formsOnlyTypos, replacedWords,
} from './search-core.js';
import { lexiconLine, lexiconPath, lexiconWords } from './lexicon.js';

const BASE_PATH = new URL('../', import.meta.url).pathname;
/** The parameter that carries the query words to the article, which highlights them (js/kiosque.js). */
const HIGHLIGHT_PARAM = 'surligner';

/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

const root = byId('recherche');
const form = /** @type {HTMLFormElement} */ (byId('recherche-formulaire'));
const input = /** @type {HTMLInputElement} */ (byId('recherche-q'));
const sortSelect = /** @type {HTMLSelectElement} */ (byId('recherche-tri'));
const statusLine = byId('recherche-statut');
/** After this long without an answer, the status line says a search is running. */
const SLOW_SEARCH_MS = 300;
const list = byId('recherche-resultats');
const more = /** @type {HTMLButtonElement} */ (byId('recherche-plus'));
const suggestions = byId('recherche-suggestions');
const tryInstead = byId('recherche-essayez');
/** @type {{ mine: number, state: import('./search-core.js').SearchState, byYear: { q: string, year: string } } | undefined} The year typed in the query of the search on screen (`yearOfQuery`), offered once counted. */
let yearOffer;
const clearFilters = /** @type {HTMLButtonElement} */ (byId('recherche-sans-filtres'));

/** @type {Record<string, HTMLSelectElement>} */
const selects = Object.fromEntries(FILTERS.map((name) => [name, /** @type {HTMLSelectElement} */ (byId(`recherche-${name}`))]));
/** Values the page lists for each filter (topic labels come from the archive), in order. */
const known = Object.fromEntries(FILTERS.map((name) => [name, [...selects[name].options].filter((o) => o.value).map((o) => ({ value: o.value, label: o.textContent ?? o.value }))]));

/** Topic labels by slug, as the page lists them. */
const topicLabels = new Map((known.sujet ?? []).map((o) => [o.value, o.label]));

/**
 * @typedef {{ id: string, data: () => Promise<any> }} PagefindResult
 * @typedef {{ results: PagefindResult[], filters: Record<string, Record<string, number>>, timings?: unknown }} PagefindResponse
 * @typedef {{ search: (term: string | null, options?: object) => Promise<PagefindResponse>, preload: (term: string, options?: object) => Promise<void>, filters: () => Promise<Record<string, Record<string, number>>>, options: (o: object) => Promise<void>, init: () => Promise<void>, mergeIndex: (path: string, o: object) => Promise<void> }} Pagefind
 */

/**
 * The Pagefind bundles of the site, the main one first: the JSON list in `data-kiosque-bundles`
 * on `#recherche` (base path applied; the build writes it when the index is in several
 * shards), else the one default bundle.
 * @returns {string[]}
 */
function bundlePaths() {
  try {
    const listed = JSON.parse(root.dataset.kiosqueBundles ?? 'null');
    if (Array.isArray(listed) && listed.length && listed.every((b) => typeof b === 'string')) return listed;
  } catch {
    // A malformed list: the default bundle still answers.
  }
  return [`${BASE_PATH}pagefind/`];
}

/**
 * Opens the search index: the one place where Pagefind is created, on every bundle of the site
 * (`startPagefind`: the shards are merged).
 * @param {string[]} bundles bundle folders, the main one first
 * @param {string} [instance] a name for a second, separate Pagefind: its entry file is imported
 *   under another URL, so it is another module, with its own web worker
 * @returns {Promise<Pagefind>}
 */
async function openPagefind(bundles, instance = '') {
  const entry = new URL('pagefind.js', new URL(bundles[0] ?? '', location.href));
  if (instance) entry.search = `?${instance}`;
  return startPagefind(await import(entry.href), bundles);
}

/** @type {Promise<Pagefind | null> | undefined} */
let opening;
/** Starts Pagefind once; resolves to null when the index cannot be loaded. */
function pagefindReady() {
  opening ??= openPagefind(bundlePaths()).catch(() => {
    suggestions.hidden = false;
    clearFilters.hidden = true;
    statusLine.textContent = 'La recherche est indisponible pour le moment.';
    return null;
  });
  return opening;
}

/** @type {((word: string) => Promise<Set<string>>) | undefined} */
let exactIds;
/** The exact searches of words on the page's Pagefind (`exactSearcher`), each word once while the page is open. */
const exactOn = (/** @type {Pagefind} */ pagefind) => (exactIds ??= exactSearcher(pagefind));
/** @type {((phrases: import('./search-core.js').Phrase[]) => Promise<Set<string>>) | undefined} */
let phraseIdsOf;
/** The phrase searches on the page's Pagefind (`phraseSearcher`), each word once while the page is open. */
const phrasesOn = (/** @type {Pagefind} */ pagefind) => (phraseIdsOf ??= phraseSearcher(pagefind));
/** @type {((word: string) => Promise<Set<string>>) | undefined} */
let aloneIds;
/** The searches of words alone on the page's Pagefind (`aloneSearcher`), each word once while the page is open. */
const aloneOn = (/** @type {Pagefind} */ pagefind) => (aloneIds ??= aloneSearcher(pagefind));

/** @type {Promise<Pagefind | null> | undefined} */
let openingCounter;
/**
 * The Pagefind that counts filter values: a second instance, with every filter file loaded.
 * Once a Pagefind has loaded the filter files, each of its searches counts every filter value
 * of every result, which made searches three to five times slower at 10,000 articles
 * (bench:search); so the Pagefind that answers the reader never loads them (only those of a
 * chosen filter), and the counts are searched here, in another worker, after the results.
 * @returns {Promise<Pagefind | null>}
 */
function counterReady() {
  openingCounter ??= openPagefind(bundlePaths(), 'comptes')
    .then(async (pagefind) => {
      await pagefind.filters();
      return pagefind;
    })
    .catch(() => null);
  return openingCounter;
}

/** Increases with every change of the search, so a slow answer never overwrites a newer one. */
let generation = 0;
/** Whether `drive` is running searches. */
let running = false;
/** Pages and scroll position to bring back with the next search (Back from an article). */
let restoreNext = /** @type {{ pages?: number, scrollY?: number } | undefined} */ (undefined);
/** The term and options of the last search started by a keystroke, `''` after any other. */
let typedKey = '';
/** Whether the reader is typing (input event) rather than submitting: see `typingTerm`. */
let typing = false;

/**
 * How long the box stays unchanged before its words are searched as when submitted: a last word
 * of one letter, left out while typing (`typingTerm`), with the rest (`tesla model y`, `plan b`),
 * and a last word searched as a start as a finished word (typed and left, `Le Pen` listed 624
 * articles with « pendant » and « pense », against 80 submitted or loaded from the address).
 */
const SETTLED_AFTER_MS = 500;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let settledTimer;
/** @type {PagefindResult[]} */
let pending = [];
/** Pages of results shown for the current search (« Afficher plus » adds one). */
let pagesShown = 0;
/** The words whose forms alone are highlighted in excerpts, when every query word is searched whole (`formIds`). */
let markedForms = /** @type {string[] | undefined} */ (undefined);
/** Query words worth highlighting in an article (stop words left out). */
let highlightWords = /** @type {string[]} */ ([]);

/** @returns {import('./search-core.js').SearchState} */
function stateFromForm() {
  /** @type {Record<string, string>} */
  const filters = {};
  for (const name of FILTERS) if (selects[name].value) filters[name] = selects[name].value;
  return { q: input.value, filters, tri: sortSelect.value };
}

/** @param {import('./search-core.js').SearchState} state */
function showState(state) {
  input.value = state.q;
  sortSelect.value = state.tri;
  for (const name of FILTERS) {
    const value = state.filters[name] ?? '';
    if (value && ![...selects[name].options].some((o) => o.value === value)) selects[name].add(new Option(value, value));
    selects[name].value = value;
  }
}

/**
 * @param {string} name
 * @param {Record<string, number>} counts
 */
function fillSelect(name, counts) {
  const select = selects[name];
  const chosen = select.value;
  const first = /** @type {HTMLOptionElement} */ (select.options[0]);
  const options = filterOptions(known[name] ?? [], counts, chosen).map((o) => new Option(`${o.label} (${o.count})`, o.value));
  select.replaceChildren(first, ...options);
  select.value = chosen;
}

/**
 * The article URL with the words to highlight there: the query's, and the other forms of them
 * the article holds (`textForms`), which js/kiosque.js highlights as words of their own.
 * @param {string} url
 * @param {string[]} [forms]
 */
function withHighlight(url, forms = []) {
  if (highlightWords.length === 0) return url;
  const target = new URL(url, location.href);
  for (const w of [...highlightWords, ...forms]) target.searchParams.append(HIGHLIGHT_PARAM, w);
  return `${target.pathname}${target.search}`;
}

/**
 * Appends text parts to an element, those marked in `<mark>`.
 * @param {HTMLElement} element
 * @param {{ text: string, mark: boolean }[]} parts
 */
function appendParts(element, parts) {
  for (const part of parts) {
    if (part.mark) element.appendChild(document.createElement('mark')).textContent = part.text;
    else element.append(part.text);
  }
}

/**
 * One result, with the markup of the site's article cards.
 * @param {any} data Pagefind's `result.data()`
 */
function resultItem(data) {
  const item = document.createElement('li');
  const card = item.appendChild(document.createElement('article'));
  card.className = 'card search-result';
  const heading = card.appendChild(document.createElement('h2'));
  heading.className = 'card-title';
  const link = heading.appendChild(document.createElement('a'));
  link.textContent = data.meta.title ? restoreTypography(data.meta.title) : data.url;

  // Title first for screen readers; the site's CSS shows the date line above it.
  const meta = card.appendChild(document.createElement('p'));
  meta.className = 'card-meta';
  const date = meta.appendChild(document.createElement(data.meta.dateIso ? 'time' : 'span'));
  if (data.meta.dateIso) date.setAttribute('datetime', data.meta.dateIso);
  else date.className = 'undated';
  date.textContent = data.meta.date ?? '';
  const sourceName = data.filters?.source?.[0];
  if (typeof sourceName === 'string') {
    const sep = meta.appendChild(document.createElement('span'));
    sep.className = 'sep';
    sep.setAttribute('aria-hidden', 'true');
    sep.textContent = ' · ';
    const source = meta.appendChild(document.createElement('span'));
    source.className = 'source';
    source.textContent = sourceName;
  }

  const excerpt = card.appendChild(document.createElement('p'));
  excerpt.className = 'excerpt';
  const cuts = excerptCuts(data.content ?? '', data.plain_excerpt ?? '');
  // An excerpt of a match in the title opens with the title, shown just above: it goes on from the text after it.
  const { parts: found, cut, after } = withoutTitle(excerptParts(data.excerpt ?? ''), link.textContent, data.content ?? '', data.plain_excerpt ?? '');
  // The query's words that Pagefind left plain (the text after a title that held the match).
  // French spaces in the text after a title too, which comes from the whole text with its spaces made plain.
  const words = markedForms ?? highlightWords.map(foldWord).filter((w) => !STOP_WORDS.has(w));
  // The article highlights the forms of the words its text holds too, as the excerpts do; a phrase's words as written only.
  link.href = withHighlight(data.url, shownPhrases.length ? [] : textForms(`${data.meta.title ?? ''} ${data.content ?? ''}`, words));
  const parts = trimmedExcerpt(markForms(found, words, !!markedForms, shownPhrases.length > 0)).map((p) => ({ ...p, text: frenchSpaces(p.text) }));
  if (cut ?? cuts.before) excerpt.append('… ');
  appendParts(excerpt, parts);
  if (after ?? cuts.after) excerpt.append(' …');
  // The query's words in the title are marked too: a match there is why many results are listed,
  // and their excerpt, the text after the title, may not hold them.
  const title = link.textContent;
  link.replaceChildren();
  appendParts(link, markForms([{ text: title, mark: false }], words, !!markedForms, shownPhrases.length > 0));

  const topics = topicLinks(data.filters?.sujet, topicLabels, BASE_PATH);
  if (topics.length) {
    const tags = card.appendChild(document.createElement('ul'));
    tags.className = 'tags';
    tags.setAttribute('aria-label', 'Sujets');
    for (const t of topics) {
      const a = tags.appendChild(document.createElement('li')).appendChild(document.createElement('a'));
      a.href = t.url;
      a.textContent = t.label;
    }
  }
  return item;
}

/**
 * Renders the next page of results; resolves to the first new link.
 * @param {number} expected the generation these results belong to
 * @param {boolean} [replace] the first page of a new search: it replaces the old results at once
 * @param {() => void} [onShown] called as the new results replace the old, for the status line to say what they are
 * @param {{ mayShow: (items: HTMLElement[], texts: string[]) => boolean, decide: (items: HTMLElement[], texts: string[]) => Promise<void>, show: () => void }} [line]
 *   the « Essayez » line of new results: whether the words of results may call for it, its words decided from those
 *   of the page's results (before they are shown, then shown in `onShown` with them; on an empty list whose first
 *   result answers the query, once the page is whole), and shown
 * @returns {Promise<HTMLAnchorElement | null>}
 */
async function showMore(expected, replace = false, onShown, line) {
  const page = pending.slice(0, PAGE_SIZE).map((r) => r.data().then(aroundPhrase));
  // On an empty list the first result is shown as soon as it is there, the others when they all
  // are; results on screen are replaced by a whole page at once, not by one card for a moment at
  // each keystroke.
  let whole = replace && list.childElementCount > 0;
  const first = await page[0];
  const firstItem = first ? resultItem(first) : undefined;
  // A first result that may not answer the query waits for its page too: the « Essayez » line the page's words
  // decide comes with them, not after, pushing them down (review 37).
  if (replace && !whole && firstItem && line?.mayShow([firstItem], [first.content ?? ''])) whole = true;
  let rest = whole ? await Promise.all(page.slice(1)) : undefined;
  if (expected !== generation) return null;
  const items = firstItem ? [firstItem, ...(rest ?? []).map(resultItem)] : [];
  const decided = replace && line && (whole || !firstItem);
  if (decided) {
    await line.decide(items, [first, ...(rest ?? [])].flatMap((d) => (d ? [d.content ?? ''] : [])));
    if (expected !== generation) return null;
  }
  pending = pending.slice(PAGE_SIZE);
  pagesShown++;
  if (replace) {
    list.replaceChildren(...items);
    shownTexts = [];
    onShown?.();
    performance.mark('recherche:affichage');
  } else list.append(...items);
  if (first) shownTexts.push(first.content ?? '');
  if (!rest) {
    rest = await Promise.all(page.slice(1));
    if (expected !== generation) return null;
    const others = rest.map(resultItem);
    list.append(...others);
    items.push(...others);
  }
  shownTexts.push(...rest.map((d) => d.content ?? ''));
  if (replace && line && !decided) {
    await line.decide(items, shownTexts);
    if (expected !== generation) return null;
    line.show();
  }
  more.hidden = pending.length === 0;
  more.textContent = `Afficher plus de résultats (${countOf(pending.length, 'restant', 'restants')})`;
  return items[0]?.querySelector('a') ?? null;
}

/** The whole texts of the results on screen (Pagefind's `content`): a query word may be in a text its excerpt does not show. */
let shownTexts = /** @type {string[]} */ ([]);

/** The phrases of the search shown (`queryPhrases`): its excerpts show the first one. */
let shownPhrases = /** @type {import('./search-core.js').Phrase[]} */ ([]);

/**
 * A result's data with its excerpt around the first phrase of the search, when there is one
 * and the text holds it (`phraseExcerpt`).
 * @param {any} data Pagefind's `result.data()`
 */
function aroundPhrase(data) {
  const [phrase] = shownPhrases;
  const content = data.content ?? '';
  const title = data.meta?.title ?? '';
  // A text opens with its title, shown above the excerpt: the phrase is looked for after it first.
  const around = phrase ? phraseExcerpt(content, phrase, title && content.startsWith(title) ? title.length : 0) : undefined;
  return around ? { ...data, excerpt: around.excerpt, plain_excerpt: around.plain } : data;
}

/** The newest search whose filter counts are wanted (`countLoop`). */
let countsWanted = /** @type {{ mine: number, term: string | null, state: import('./search-core.js').SearchState, kept?: Set<string> } | undefined} */ (undefined);
/** Whether `countLoop` is counting. */
let counting = false;

/**
 * Asks for the filter counts of the search on screen, once its results are shown.
 * @param {number} mine
 * @param {string | null} term
 * @param {import('./search-core.js').SearchState} state
 * @param {Set<string>} [kept] the results of the term are those of these ids (`formIds`)
 */
function showCounts(mine, term, state, kept) {
  countsWanted = { mine, term, state, kept };
  void countLoop();
}

/**
 * How long a search stays on screen before its filter counts are searched: a count takes much
 * longer than a search on a large archive, and runs on the same processor cores as the
 * searches of a reader still typing.
 */
const COUNTS_AFTER_MS = 300;

/**
 * Counts the newest search asked for, one at a time, once it has stayed on screen for
 * COUNTS_AFTER_MS: a search no longer on screen is not counted.
 */
async function countLoop() {
  if (counting) return;
  counting = true;
  try {
    while (countsWanted) {
      const job = countsWanted;
      countsWanted = undefined;
      if (job.mine !== generation) continue;
      // The lists of a page with no search yet are filled at once: no reader is typing.
      if (job.term || Object.keys(job.state.filters).length) await new Promise((resolve) => setTimeout(resolve, COUNTS_AFTER_MS));
      if (job.mine === generation) await fillCounts(job.mine, job.term, job.state, job.kept);
    }
  } finally {
    counting = false;
  }
}

/**
 * Fills the filter lists with the counts of a search: the counts of a chosen filter come from
 * a search without it, so the other values stay offered. With `kept`, the results shown are
 * those of the term among these ids: each value Pagefind counts is searched and its results
 * among them counted (Pagefind counts its own results, words that only start like a query
 * word included).
 * @param {number} mine
 * @param {string | null} term
 * @param {import('./search-core.js').SearchState} state
 * @param {Set<string>} [kept]
 */
async function fillCounts(mine, term, state, kept) {
  const counter = await counterReady();
  if (!counter || mine !== generation) return;
  const chosen = Object.keys(state.filters);
  if (!term && chosen.length === 0) {
    const totals = await counter.filters();
    if (mine !== generation) return;
    for (const name of FILTERS) fillSelect(name, totals[name] ?? {});
    return;
  }
  const [response, ...alternatives] = await Promise.all([
    counter.search(searchTerm(term), searchOptions(state)),
    ...chosen.map((name) => counter.search(searchTerm(term), searchOptions(state, name))),
  ]);
  if (mine !== generation || !response) return;
  const counts = FILTERS.map((name) => {
    const i = chosen.indexOf(name);
    return (i >= 0 ? alternatives[i]?.filters : response.filters)?.[name] ?? {};
  });
  const shown = kept ? await Promise.all(FILTERS.map((name, i) => keptCounts(counter, term, state, name, counts[i], kept))) : counts;
  if (mine !== generation) return;
  FILTERS.forEach((name, i) => fillSelect(name, shown[i]));
  // Offered when the year narrows the results to some of them: `covid 2020` finds articles of 2020 only, and
  // `retraites 2011` two articles of other years that write « 2011 ».
  const offer = yearOffer;
  const years = shown[FILTERS.indexOf('annee')] ?? {};
  const narrows = offer && (years[offer.byYear.year] ?? 0) > 0 && Object.entries(years).some(([year, count]) => year !== offer.byYear.year && count > 0);
  if (offer?.mine === mine && tryInstead.classList.contains(PENDING) && narrows) showYearInstead(offer.state, offer.byYear);
}

/**
 * The counts of one filter's values among the `kept` results of a term: each value Pagefind
 * counts is searched with the other chosen filters.
 * @param {Pagefind} counter
 * @param {string | null} term
 * @param {import('./search-core.js').SearchState} state
 * @param {string} name
 * @param {Record<string, number>} counts Pagefind's counts of the values
 * @param {Set<string>} kept
 * @returns {Promise<Record<string, number>>}
 */
async function keptCounts(counter, term, state, name, counts, kept) {
  const values = Object.keys(counts).filter((v) => counts[v] > 0);
  const others = searchOptions(state, name).filters;
  const found = await Promise.all(values.map((v) => counter.search(searchTerm(term), { filters: { ...others, [name]: v } })));
  const out = Object.fromEntries(Object.keys(counts).map((v) => [v, 0]));
  values.forEach((v, i) => {
    out[v] = found[i]?.results.filter((r) => kept.has(r.id)).length ?? 0;
  });
  return out;
}

/** @type {Promise<string[]> | undefined} */
let wordList;
/** The words of the archive for suggestions (`recherche/mots.json`), fetched once, when first needed. */
function archiveWords() {
  wordList ??= fetch(`${BASE_PATH}recherche/mots.json`)
    .then((response) => (response.ok ? response.json() : []))
    .then((words) => (Array.isArray(words) ? words : []))
    .catch(() => []);
  return wordList;
}

/** @type {Promise<Record<string, string[]>> | undefined} */
let spellingList;
/** The spellings of the words of the list (`recherche/graphies.json`), fetched once, when first needed. */
function archiveSpellings() {
  spellingList ??= fetch(`${BASE_PATH}recherche/graphies.json`)
    .then((response) => (response.ok ? response.json() : {}))
    .then((spellings) => (spellings && typeof spellings === 'object' && !Array.isArray(spellings) ? spellings : {}))
    .catch(() => ({}));
  return spellingList;
}

/** @type {Map<string, Promise<Set<string>>>} */
const lexiconFiles = new Map();

/**
 * The typed words the archive holds, folded, by its lexicon (`recherche/lexique/`, ./lexicon.js): the file each word
 * would be in, fetched once, only for words the page doubts, about to be replaced by a close word of the list (a few
 * kB each, from the site itself). A word typed with accents is held only as the archive writes it (`lexiconLine`). A
 * file that cannot be fetched (offline, 404) holds nothing: the page then replaces words as it did without a lexicon.
 * @param {string[]} typed
 * @returns {Promise<Set<string>>}
 */
async function archiveHolds(typed) {
  const folded = typed.map(foldWord);
  const files = folded.map((w) => {
    const path = lexiconPath(w);
    let file = lexiconFiles.get(path);
    if (!file) {
      file = fetch(`${BASE_PATH}${path}`)
        .then((response) => (response.ok ? response.text() : ''))
        .then(lexiconWords)
        .catch(() => new Set());
      lexiconFiles.set(path, file);
    }
    return file;
  });
  const held = await Promise.all(files);
  return new Set(folded.filter((w, i) => held[i]?.has(lexiconLine(typed[i] ?? '', w))));
}

/**
 * The spellings of a word of the list (`closestSpelling`), from `archiveSpellings`.
 * @param {Record<string, string[]>} spellings
 * @returns {(listed: string) => string[]}
 */
const spellingsIn = (spellings) => (listed) => (Object.hasOwn(spellings, listed) && Array.isArray(spellings[listed]) ? spellings[listed] : []);

/**
 * The words of « Essayez : … », the closest words of the index; when the results are those of the
 * closest words already (`instead`, named by the status line), those of « Essayez aussi : … »,
 * other close words, if any (`otherWords`), rather than the same words again. Null when none.
 * @param {string} q
 * @param {string} instead the query searched instead, or ''
 * @param {boolean} nothingFound whether the query found nothing (`suggestion`)
 * @param {string[]} shown the words of the results on screen, folded (`wordsOnPage`)
 * @param {(typed: string) => boolean} onScreen whether a query word is on screen (`wordOnScreen`)
 * @param {boolean} stillTyped whether the last word is still being typed
 * @returns {Promise<string | null>}
 */
async function tryInsteadWords(q, instead, nothingFound, shown, onScreen, stillTyped) {
  // A word still being typed is matched by the words it starts; a finished one by itself only (`wordOnScreen`:
  // `véhicle` is no match of the English « Vehicle » nor « vehicles »): the longer words answer it, as its other forms do.
  const matched = (/** @type {string} */ w, /** @type {string} */ typed) => (stillTyped ? shown.some((m) => m.startsWith(w)) : onScreen(typed));
  const words = instead ? otherWords(await archiveWords(), q, instead) : await archiveWords();
  const answeredBy = (/** @type {string} */ w) => shown.filter((m) => sameWord(w, m) || m.startsWith(w));
  const better = suggestion(q, words, nothingFound, matched, answeredBy);
  if (!better) return null;
  // The spellings and the lexicon, fetched for a query that would get « Essayez » only: a word the archive holds is
  // kept (`servaient`).
  const [spellings, held] = await Promise.all([archiveSpellings(), archiveHolds(replacedWords(q, better))]);
  return suggestion(q, words, nothingFound, matched, answeredBy, spellingsIn(spellings), (w) => held.has(w));
}

/**
 * Shows « Essayez : … » (or « Essayez aussi : … » beside a correction) with `better`.
 * @param {string} better the query offered (`tryInsteadWords`)
 * @param {string} instead the query searched instead, or ''
 */
function showTryInstead(better, instead) {
  const link = document.createElement('a');
  link.href = `${location.pathname}${writeState({ ...stateFromForm(), q: better })}`;
  link.textContent = better;
  tryInstead.replaceChildren(instead ? 'Essayez aussi\u00a0: ' : 'Essayez\u00a0: ', link);
  tryInstead.classList.remove(PENDING);
  tryInstead.hidden = false;
}

/** The class of the year offer's line while its counts are awaited: in place, unseen (`reserveYearOffer`). */
const PENDING = 'search-try-pending';

/**
 * Puts the year offer (`showYearInstead`) in its line from the first result on, unseen until the
 * filter counts tell it narrows the results (`fillCounts`): shown later, it pushed the list down by
 * its line (review 36). When they tell it does not, the line stays unseen until the next search.
 * @param {import('./search-core.js').SearchState} state
 * @param {{ q: string, year: string }} byYear
 */
function reserveYearOffer(state, byYear) {
  showYearInstead(state, byYear);
  tryInstead.classList.add(PENDING);
}

/**
 * Shows « Essayez : « gilets jaunes » dans les articles de 2019 » for a year typed as a word
 * (`yearOfQuery`): the same words with the year chosen in the year list.
 * @param {import('./search-core.js').SearchState} state
 * @param {{ q: string, year: string }} byYear
 */
function showYearInstead(state, byYear) {
  tryInstead.classList.remove(PENDING);
  const link = document.createElement('a');
  link.href = `${location.pathname}${writeState({ ...state, q: byYear.q, filters: { ...state.filters, annee: byYear.year } })}`;
  link.textContent = byYear.q ? `«\u202f${byYear.q}\u202f» dans les articles de ${byYear.year}` : `les articles de ${byYear.year}`;
  tryInstead.replaceChildren('Essayez\u00a0: ', link);
  tryInstead.hidden = false;
}

/**
 * Whether the results answer every word of the query, rather than a shorter word Pagefind fell
 * back to (`fallbackWords`): the highlights of the first result, then of the first page, tell
 * which words are suspect; a suspect word is in the archive when an exact search finds it (with
 * the same filters) or when a word of the archive starts with it (a word still being typed).
 * @param {Pagefind} pagefind
 * @param {string} term
 * @param {PagefindResult[]} results at least one
 * @param {import('./search-core.js').SearchState} state
 * @param {boolean} typing whether the last word may still be typed (`formsOnlyTypos` leaves it)
 */
async function answersEveryWord(pagefind, term, results, state, typing) {
  const [first, listed] = await Promise.all([results[0].data(), archiveWords().then(foldedList)]);
  const firstMarks = markedWords([first.excerpt ?? '']);
  if (fallbackWords(term, firstMarks).length === 0 && formsOnlyTypos(term, firstMarks, listed, typing).length === 0) return true;
  const page = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()));
  const marked = markedWords(page.map((d) => d.excerpt ?? ''));
  // A finished word answered only by forms of a far rarer word, one edit from a frequent word, is a typo of that word
  // (`acident`, answered by « acide »), unless the archive holds it (its lexicon: `servaient`, answered by
  // « servait »).
  const typos = formsOnlyTypos(term, marked, listed, typing);
  if (typos.length > 0) {
    const known = await archiveHolds(typos);
    if (typos.some((w) => !known.has(foldWord(w)))) return false;
  }
  const suspects = fallbackWords(term, marked);
  if (suspects.length === 0) return true;
  const { filters } = searchOptions(state);
  // A word the lexicon holds is the archive's, with the same filters or not: it is searched as typed (`Kiel`).
  const [exact, inLexicon] = await Promise.all([
    Promise.all(suspects.map((w) => pagefind.search(`"${w}"`, { filters }))),
    archiveHolds(suspects),
  ]);
  const held = await Promise.all(suspects.map(foldWord).map(async (w, i) => {
    if (listed.some((l) => l.startsWith(w)) || inLexicon.has(w)) return true;
    const found = exact[i].results;
    if (found.length === 0) return false;
    // Pagefind's exact search matches stems: `"persones"` finds « personnes » (396 articles, review 35). The words
    // it highlights in its first results, when it highlights some, tell whether one is the word or a form of it.
    const marks = markedWords((await Promise.all(found.slice(0, 3).map((r) => r.data()))).map((d) => d.excerpt ?? ''));
    return marks.length === 0 || marks.some((m) => m.startsWith(w) || sameWord(w, m));
  }));
  return held.every(Boolean);
}

/**
 * The words of results (their cards, on screen or about to be, and whole texts), in lower case: those highlighted, and those of their titles and
 * whole texts (a name may be in a title Pagefind does not highlight, `Karin Viard`, or in a
 * paragraph the excerpt does not show, `Sheila Gérard Grard`).
 */
function wordsOnPage(/** @type {HTMLElement[]} */ items, /** @type {string[]} */ texts) {
  const marked = items.flatMap((item) => [...item.querySelectorAll('mark')].map((m) => m.textContent ?? ''));
  return [...marked, ...[...items.map((item) => item.textContent ?? ''), ...texts].join(' ').split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean)].map((w) => w.normalize('NFC').toLowerCase());
}

/**
 * Whether Pagefind matched a query word only through its typo tolerance: no word of the results
 * shown starts with it (Pagefind matches words by prefix) nor, with `forms`, is one of its forms
 * (`poulets` shown as « poulet »: `broadTerm` asks for both). With `onScreen`, whether a finished
 * word is not itself on screen: answered by one of its forms or a longer word only, it may still be
 * a typo (`philipe` shown as « Philip », when the archive names « Philippe » far more often;
 * `véhicle` shown as the English « vehicles »). The word list then tells whether a closer word
 * exists (`suggestion`, given the words shown).
 * @param {string} term
 * @param {string[]} shown the words of the results on screen, folded
 * @param {(typed: string) => boolean} [onScreen] without forms: whether a query word is on screen (`wordOnScreen`)
 */
function matchedByTypo(term, shown, onScreen) {
  return term.replace(/"/g, '').split(' ').filter((w) => foldWord(w).length >= 4 && !STOP_WORDS.has(foldWord(w)))
    .some((typed) => {
      const w = foldWord(typed);
      return onScreen ? !onScreen(typed) : !shown.some((m) => m.startsWith(w) || sameWord(w, m));
    });
}

/** Most articles whose text a phrase search reads to check they hold the phrase (`phraseResults`). */
const PHRASE_CHECKS = 100;
/** Most articles whose text a query of several words reads to show those holding them as typed first. */
const PHRASE_FIRST_CHECKS = 20;

/**
 * The ids of the results that hold every phrase of the query: those Pagefind's phrase search
 * finds, and those it misses that may hold them (`phraseSearcher`) whose text does
 * (`holdsPhraseText`), at most PHRASE_CHECKS of them read, in the order of the results.
 * @param {Pagefind} pagefind
 * @param {string} term the Pagefind term, with its phrases in quotes
 * @param {import('./search-core.js').Phrase[]} phrases
 * @param {PagefindResult[]} results the results of the phrases' words
 * @param {import('./search-core.js').SearchState} state
 * @returns {Promise<Set<string>>}
 */
async function phraseResults(pagefind, term, phrases, results, state) {
  const [may, theirs] = await Promise.all([phrasesOn(pagefind)(phrases), pagefind.search(term, searchOptions(state))]);
  const holding = new Set(theirs.results.map((r) => r.id));
  const unsure = results.filter((r) => may.has(r.id) && !holding.has(r.id)).slice(0, PHRASE_CHECKS);
  for (const id of await textsHolding(unsure, phrases)) holding.add(id);
  return holding;
}

/**
 * The ids of `results` whose text holds every phrase of `phrases` (`holdsPhraseText`), each
 * result's text read.
 * @param {PagefindResult[]} results
 * @param {import('./search-core.js').Phrase[]} phrases
 * @returns {Promise<Set<string>>}
 */
async function textsHolding(results, phrases) {
  const texts = await Promise.all(results.map((r) => r.data().then((d) => d.content ?? '')));
  return new Set(results.filter((_, i) => phrases.every((p) => holdsPhraseText(texts[i] ?? '', p))).map((r) => r.id));
}

/**
 * Runs the search the form describes and shows it.
 * @param {{ pages?: number, scrollY?: number }} [restore] pages of results and scroll position to bring back
 */
async function run(restore) {
  const state = stateFromForm();
  const mine = generation;
  const term = typing ? typingTerm(state.q) : pagefindTerm(state.q);
  const chosen = Object.keys(state.filters);
  const pagefind = await pagefindReady();
  if (!pagefind || mine !== generation) return;
  if (!term && chosen.length === 0) {
    pending = [];
    list.replaceChildren();
    shownTexts = [];
    more.hidden = true;
    suggestions.hidden = true;
    statusLine.textContent = 'Saisissez un ou plusieurs mots, ou choisissez un sujet, une année ou une source.';
    showCounts(mine, term, state);
    return;
  }
  list.setAttribute('aria-busy', 'true');
  // A search that takes a while says so (a topic or a year chosen alone loads every shard's
  // filter files), rather than leaving the prompt or the previous count on screen.
  const slow = setTimeout(() => {
    if (mine === generation) statusLine.textContent = 'Recherche en cours…';
  }, SLOW_SEARCH_MS);
  try {
    // Marks for bench:search, which tells the time spent waiting, searching and showing.
    performance.mark('recherche:demande');
    // A phrase is searched as its words, and the articles holding it kept (`phraseSearcher`): Pagefind's own phrase
    // search misses many.
    const phrases = term?.includes('"') ? queryPhrases(state.q) : [];
    const searched = phrases.length ? term.replace(/"/g, '') : term;
    // A last word typed whole is finished, as when submitted (`typedWhole`): the same query gives the same list.
    const whole = typing && term ? typedWhole(term, await archiveWords()) : false;
    const stillTyped = typing && lastWordTyped(state.q) && !whole;
    // Each finished word by the start its singular and plural share (`broadTerm`): the narrowing below keeps its forms.
    const asked = searched && !phrases.length ? broadTerm(searched, await archiveWords(), stillTyped) : searched;
    const response = await pagefind.search(searchTerm(asked), searchOptions(state));
    performance.mark('recherche:reponse', { detail: response.timings });
    if (mine !== generation) return;
    let results = response.results;
    // A word the archive does not hold finds nothing, whatever Pagefind fell back to; the
    // closest words of the archive are searched instead when there are some (`melanchon
    // bloqueurs`, which finds nothing, as `fesenheim`, which Pagefind answers by a shorter word).
    let instead = '';
    // The term the results shown answer, for the highlights and the filter counts.
    let shownTerm = term;
    // The term whose Pagefind results the list is drawn from, for the filter counts, which count those kept among
    // them: a finished word is asked by the start its forms share (`broadTerm`); counted as typed, « passagers »
    // left out « passager » (two stems): 37 of its 123 results were counted by year (review 35).
    let countedTerm = asked;
    /**
     * The closest words of the archive searched instead of the query, when they find something.
     * @param {boolean} [nothingFound] whether the query's words, all known, found nothing together (`suggestion`)
     */
    const correct = async (nothingFound = false) => {
      results = [];
      // As a phrase, a term with a word the archive does not hold finds nothing: counts of 0.
      shownTerm = `"${term}"`;
      countedTerm = shownTerm;
      const words = await archiveWords();
      const spellings = spellingsIn(await archiveSpellings());
      const first = suggestion(state.q, words, nothingFound, undefined, undefined, spellings);
      // The words it would replace that the archive holds (its lexicon) are kept: a rare word is not searched as a
      // frequent neighbour (`servaient`).
      const held = first ? await archiveHolds(replacedWords(state.q, first)) : new Set();
      const better = held.size > 0 ? suggestion(state.q, words, nothingFound, undefined, undefined, spellings, (w) => held.has(w)) : first;
      const betterTerm = better ? pagefindTerm(better) : null;
      // Asked as the same words submitted are (`broadTerm`), so that they find the same results.
      const betterAsked = betterTerm ? broadTerm(betterTerm, await archiveWords(), false) : null;
      const corrected = betterAsked ? await pagefind.search(searchTerm(betterAsked), searchOptions(state)) : null;
      if (better && corrected?.results.length) {
        results = corrected.results;
        instead = better;
        shownTerm = betterTerm;
        countedTerm = betterAsked;
      }
    };
    if (term && (results.length === 0 || !(await answersEveryWord(pagefind, term, results, state, stillTyped)))) await correct();
    // A finished word finds the articles that hold one of its forms, not every word it starts.
    // Beside a phrase, the other words are narrowed as alone (`"Tour de France" Nice`).
    const loose = phrases.length ? term.replace(/"[^"]*"/g, ' ').replace(/ +/g, ' ').trim() : term;
    /** The articles among the results that hold a form of each finished word of `words` (`formIds`). */
    const narrow = async (/** @type {string} */ words) => formIds(exactOn(pagefind), words, await archiveWords(), stillTyped && !instead, aloneOn(pagefind));
    // The closest words searched instead are narrowed as submitted words are: Pagefind's prefixes and fallbacks aside.
    let narrowed = loose && results.length ? await narrow(instead ? shownTerm : loose) : undefined;
    if (mine !== generation) return;
    let kept = narrowed?.ids;
    if (phrases.length && !instead) {
      const holding = await phraseResults(pagefind, term, phrases, results, state);
      if (mine !== generation) return;
      kept = kept ? new Set([...kept].filter((id) => holding.has(id))) : holding;
      // The filter counts count the phrase's articles among those of its words (`keptCounts`).
      shownTerm = searched;
    }
    if (kept) results = results.filter((r) => kept.has(r.id));
    /** Closest words that hold in no article as words, only as Pagefind's prefixes: nothing was found. */
    const noCorrection = () => {
      if (!instead || results.length > 0) return;
      instead = '';
      shownTerm = `"${term}"`;
      countedTerm = shownTerm;
    };
    noCorrection();
    // A name misspelt as a few articles misspell it (`glucksman candidature`) found the name's
    // articles only as a prefix, which the finished word does not keep: nothing holds the words
    // together as typed, and the closest words, far more frequent, are searched instead.
    if (kept && results.length === 0 && !instead && !phrases.length && !stillTyped) {
      await correct(true);
      narrowed = instead ? await narrow(shownTerm) : undefined;
      if (mine !== generation) return;
      kept = narrowed?.ids;
      if (kept) results = results.filter((r) => kept.has(r.id));
      noCorrection();
    }
    // The results are ordered as those of the words they answer: the closest words searched instead are ordered as
    // they are when submitted (review 34: `retraittes` listed the results of « retraités » in another order, without
    // the topic's articles first).
    const rankedQ = instead || state.q;
    const rankedTerm = instead ? pagefindTerm(instead) : term;
    const rankedPhrases = instead ? queryPhrases(instead) : phrases;
    const submitted = instead ? true : term === pagefindTerm(state.q) && !stillTyped;
    // The articles holding the words whole before those holding only longer words (« pensait » for `pen`).
    if (rankedTerm && !state.tri) results = await wholeWordsFirst(exactOn(pagefind), rankedTerm, results);
    if (mine !== generation) return;
    // A query submitted: the articles holding its words as typed, one after the other (`Tour de France`, not « second
    // tour » and « Français »; `l’Élysée`, not « Champs-Élysées »), come first, among the first PHRASE_FIRST_CHECKS
    // that may hold them (`typedPhrase`).
    const asPhrase = rankedTerm && submitted && !state.tri && !rankedPhrases.length ? typedPhrase(rankedQ) : undefined;
    if (asPhrase) {
      const together = await phrasesOn(pagefind)([asPhrase]);
      const first = await textsHolding(results.filter((r) => together.has(r.id)).slice(0, PHRASE_FIRST_CHECKS), [asPhrase]);
      if (mine !== generation) return;
      results = [...results.filter((r) => first.has(r.id)), ...results.filter((r) => !first.has(r.id))];
    }
    // A query that names a topic (« retraites ») shows that topic's articles first, ranked by relevance as Pagefind
    // ranks them, before the others (« maison de retraite »).
    const topic = rankedTerm && !state.tri && results.length > 1 ? namedTopic(rankedQ, topicLabels) : undefined;
    if (topic && state.filters.sujet !== topic) {
      const inTopic = await pagefind.search(searchTerm(rankedPhrases.length ? rankedTerm.replace(/"/g, '') : rankedTerm), searchOptions({ ...state, filters: { ...state.filters, sujet: topic } }));
      if (mine !== generation) return;
      const ids = new Set(inTopic.results.map((r) => r.id));
      results = [...results.filter((r) => ids.has(r.id)), ...results.filter((r) => !ids.has(r.id))];
    }
    // Pagefind highlights the words that start like a query word too (« quartier » for `quart`):
    // when every query word is searched whole, only their forms are highlighted.
    const queryWords = (term ?? '').split(' ').filter((w) => w && !STOP_WORDS.has(foldWord(w)));
    markedForms = narrowed && narrowed.words.length === queryWords.length ? narrowed.words.map(foldWord) : undefined;
    // A phrase's articles hold its words as written: only their forms, not the words Pagefind stems alike
    // (« Français » for `"Tour de France"`).
    if (phrases.length && !instead) markedForms = queryWords.map((w) => foldWord(w.replace(/"/g, ''))).filter((w) => w && !STOP_WORDS.has(w));
    highlightWords = (shownTerm ?? '').replace(/"/g, '').split(' ').filter((w) => w && !STOP_WORDS.has(w.toLowerCase()));
    // Typed on the way to another word (`Johnny Hall`, `SNC`): the results of the letters before
    // it stay until the reader stops (`SETTLED_AFTER_MS`), rather than an empty page for a keystroke.
    if (typing && results.length === 0 && list.childElementCount > 0) {
      list.removeAttribute('aria-busy');
      return;
    }
    pending = results;
    shownPhrases = instead ? [] : phrases;
    pagesShown = 0;
    const status = instead
      ? correctedText(results.length, state.q, instead, chosen.length)
      : statusText(results.length, state.q, chosen.length);
    // A year typed as a word, offered as the year filter when it narrows the results (below).
    const yearTyped = state.filters.annee ? undefined : yearOfQuery(state.q, (known.annee ?? []).map((o) => o.value));
    /**
     * What the words of results tell of the query (`matchedByTypo`): whether it is a typo (`typo`), and whether
     * « Essayez » is to be looked for (`check`; a finished word answered by its other forms or longer words only may be
     * a typo too: `philipe` by « Philip », `anciene` by « ancien », `véhicle` by « vehicles »).
     */
    const readWords = (/** @type {HTMLElement[]} */ items, /** @type {string[]} */ texts) => {
      const onPage = term ? wordsOnPage(items, texts) : [];
      const shown = onPage.map(foldWord);
      const [foldedSet, writtenSet] = [new Set(shown), new Set(onPage)];
      const onScreen = (/** @type {string} */ typed) => wordOnScreen(typed, foldedSet, writtenSet);
      const typo = Boolean(term && (results.length === 0 || instead || matchedByTypo(term, shown)));
      // A last word still typed that no word of the results starts with (as written, when typed with accents) is
      // checked as finished: its line would otherwise come once the box settles, over the same results (`anciene`,
      // answered by « ancien »; `véhicle`, by « vehicle »), and push them down.
      const last = stillTyped && term ? foldWord(term.split(' ').at(-1) ?? '') : '';
      const typedLast = stillTyped && term ? (term.split(' ').at(-1) ?? '').normalize('NFC').toLowerCase() : '';
      const accented = typedLast !== last;
      const open = stillTyped && (!last || (accented ? onPage.some((w) => w.startsWith(typedLast)) : shown.some((m) => m.startsWith(last))));
      return { shown, onScreen, typo, open, check: typo || Boolean(term && !open && matchedByTypo(term, shown, onScreen)) };
    };
    /** The « Essayez » of the results shown: whether their words tell a typo, and the words offered, if any. */
    let tried = { typo: false, better: /** @type {string | null} */ (null) };
    /** The line under the status: « Essayez », or the year offer held unseen, or nothing. */
    const showLine = () => {
      if (tried.better) showTryInstead(tried.better, instead);
      // The year offer's line, unseen until the counts tell: the list does not move when it shows.
      else if (yearTyped && results.length > 0) reserveYearOffer(state, yearTyped);
      else {
        tryInstead.hidden = true;
        tryInstead.classList.remove(PENDING);
      }
    };
    await showMore(mine, true, () => {
      // Results on screen: « Recherche en cours… » (SLOW_SEARCH_MS) would now come after their count.
      clearTimeout(slow);
      statusLine.textContent = status;
      // With them, their « Essayez » line, decided from their words before they are shown: shown after them, it
      // pushed them down by its height (review 37).
      showLine();
    }, {
      mayShow: (items, texts) => readWords(items, texts).check,
      decide: async (items, texts) => {
        const { shown, onScreen, typo, open, check } = readWords(items, texts);
        tried = { typo, better: check ? await tryInsteadWords(state.q, instead, results.length === 0, shown, onScreen, open) : null };
      },
      show: showLine,
    });
    if (mine !== generation) return;
    for (let p = 1; p < (restore?.pages ?? 1) && pending.length; p++) await showMore(mine);
    if (mine !== generation) return;
    list.removeAttribute('aria-busy');
    suggestions.hidden = results.length > 0;
    clearFilters.hidden = chosen.length === 0;
    statusLine.textContent = status;
    if (restore?.scrollY) window.scrollTo(0, restore.scrollY);
    const { typo } = tried;
    // A year typed as a word is offered as the year filter when it narrows the results: at once when the results
    // on screen are of that year and others, else once the counts tell (`fillCounts`).
    const byYear = typo ? undefined : yearTyped;
    const dates = [...list.querySelectorAll('time[datetime]')].map((t) => t.getAttribute('datetime') ?? '');
    const narrowsOnScreen = byYear && dates.some((d) => d.startsWith(byYear.year)) && dates.some((d) => !d.startsWith(byYear.year));
    if (byYear && narrowsOnScreen) showYearInstead(state, byYear);
    yearOffer = byYear && !narrowsOnScreen ? { mine, state, byYear } : undefined;
    // Only now, so the first results never wait for every filter file.
    showCounts(mine, countedTerm, state, kept);
  } finally {
    clearTimeout(slow);
  }
}

/**
 * Runs the search of the form, then again for as long as it changed meanwhile: one search at a
 * time, always the newest.
 */
async function drive() {
  if (running) return;
  running = true;
  try {
    let done;
    do {
      done = generation;
      const restore = restoreNext;
      restoreNext = undefined;
      await run(restore);
    } while (done !== generation);
  } finally {
    running = false;
  }
}

/**
 * The search changed: newer than anything running.
 * @param {{ typed?: boolean, restore?: { pages?: number, scrollY?: number } }} [how]
 */
function searchAgain(how = {}) {
  // Submitted, or a filter changed: the words are searched as finished now (`SETTLED_AFTER_MS`).
  if (!how.typed) clearTimeout(settledTimer);
  typedKey = '';
  generation++;
  typing = how.typed ?? false;
  restoreNext = how.restore;
  void drive();
}

/**
 * The term to search while the reader is still typing: a last word of one letter is left for
 * the next keystroke.
 * @param {string} q
 */
function typingTerm(q) {
  const term = pagefindTerm(q);
  if (!term || /^".*"$/.test(term)) return term;
  const words = term.split(' ');
  if (words.length > 0 && words[words.length - 1].length === 1 && /[\p{L}\p{N}]/u.test(words[words.length - 1])) words.pop();
  return words.join(' ') || null;
}

/**
 * Whether the last word of the term searched while typing may still be typed: no space after
 * it, and no one-letter word after it (`typingTerm` leaves that out).
 * @param {string} q
 */
function lastWordTyped(q) {
  return !/[\s\u00a0\u202f]$/u.test(q) && typingTerm(q) === pagefindTerm(q);
}

/**
 * Whether the history entry in view is the one typing made: typing replaces it as the words
 * change; a search settled (submitted, filtered, loaded, come back to) keeps its own entry, and
 * typing after it makes a new one, so that Back walks back through the searches.
 */
let typingEntry = false;

/** @param {'push' | 'replace'} how */
function commit(how) {
  const url = `${location.pathname}${writeState(stateFromForm())}`;
  if (url === `${location.pathname}${location.search}`) return;
  history[how === 'push' ? 'pushState' : 'replaceState'](null, '', url);
}

/** Remembers, in this history entry, how many pages of results are shown and where the page is scrolled. */
function remember() {
  history.replaceState({ pages: pagesShown, scrollY: window.scrollY }, '');
}

function start() {
  // Scroll is restored once the results are back (`run`), not before.
  history.scrollRestoration = 'manual';
  const restore = /** @type {{ pages?: number, scrollY?: number } | null} */ (history.state);
  // This module starts after the first paint (js/kiosque.js): the box may hold words already.
  const typed = input.value;
  const loaded = readState(location.search);
  showState(loaded);
  if (typed && !input.value) input.value = typed;
  // A search in the address is under way from now on: the prompt to type would say otherwise
  // for the second or so the index takes to load.
  if (loaded.q.trim() || Object.keys(loaded.filters).length > 0) statusLine.textContent = 'Recherche en cours…';

  input.addEventListener('input', () => {
    // The first key after a settled search keeps it in the history; a blank page is not kept.
    commit(typingEntry || !location.search ? 'replace' : 'push');
    typingEntry = true;
    clearTimeout(settledTimer);
    const term = typingTerm(input.value);
    // A last word of one letter, left out while typing, or searched as a start: searched as finished once the reader stops.
    if (term !== pagefindTerm(input.value) || lastWordTyped(input.value)) {
      const typed = input.value;
      settledTimer = setTimeout(() => {
        if (input.value === typed && typing) searchAgain();
      }, SETTLED_AFTER_MS);
    }
    const options = searchOptions(stateFromForm());
    // The first letter of a word leaves the search as it is: searching it again would only keep
    // Pagefind's worker busy when the next key comes. A space, or that letter, ends the word
    // before it, which is then searched as a whole word (`formIds`).
    const key = JSON.stringify([term, options, lastWordTyped(input.value)]);
    if (key === typedKey) return;
    // Starts fetching the index chunks of the words typed while a running search ends.
    if (term) void pagefindReady().then((pagefind) => pagefind?.preload(term, options));
    searchAgain({ typed: true });
    typedKey = key;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit('push');
    typingEntry = false;
    searchAgain();
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    commit('push');
    typingEntry = false;
    searchAgain();
  });
  clearFilters.addEventListener('click', () => {
    for (const name of FILTERS) selects[name].value = '';
    commit('push');
    searchAgain();
    input.focus();
  });
  more.addEventListener('click', async () => {
    const first = await showMore(generation);
    remember();
    first?.focus();
  });
  list.addEventListener('click', (event) => {
    if (/** @type {Element} */ (event.target).closest('a')) remember();
  });
  window.addEventListener('pagehide', remember);
  window.addEventListener('popstate', (event) => {
    typingEntry = false;
    showState(readState(location.search));
    searchAgain({ restore: event.state ?? undefined });
  });
  const reach = (/** @type {Event} */ event) => {
    void pagefindReady();
    // Every finished word is looked up in it (`formIds`).
    void archiveWords();
    // A filter list reached before any search gets its values and counts: from the pointer
    // coming over the lists, so that a list clicked open holds them (the sources are listed
    // only by the counts).
    const target = /** @type {Element} */ (event.target);
    if ((target instanceof HTMLSelectElement || (event.type === 'pointerover' && target.closest?.('.search-refine'))) && generation === 0) searchAgain();
  };
  for (const event of ['focusin', 'pointerdown', 'pointerover', 'keydown']) form.addEventListener(event, reach, { passive: true });
  void pagefindReady();
  const asked = readState(location.search);
  if (pagefindTerm(asked.q) || Object.keys(asked.filters).length) searchAgain({ restore: restore ?? undefined });
  else if (input.value) input.dispatchEvent(new Event('input'));
}

start();
