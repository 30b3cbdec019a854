/**
 * The search page (/recherche/): Pagefind's JS API behind a French interface. The state lives
 * in the URL (`?q=…&sujet=…&annee=…&source=…&tri=…`), so a search can be shared, reloaded and
 * walked with back/forward. Every text from the index is set with `textContent`.
 * The base path comes from this script's own URL: it is served from `<base>js/`.
 */
import {
  FILTERS, PAGE_SIZE, countOf, excerptParts, filterOptions, pagefindTerm, readState, searchOptions, statusText, topicLinks, writeState,
} from './search-core.js';

const BASE_PATH = new URL('../', import.meta.url).pathname;
const TYPING_DELAY_MS = 250;

/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

const root = byId('recherche');
const form = /** @type {HTMLFormElement} */ (byId('recherche-formulaire'));
const input = /** @type {HTMLInputElement} */ (byId('recherche-q'));
const sortSelect = /** @type {HTMLSelectElement} */ (byId('recherche-tri'));
const statusLine = byId('recherche-statut');
const list = byId('recherche-resultats');
const more = /** @type {HTMLButtonElement} */ (byId('recherche-plus'));
const suggestions = byId('recherche-suggestions');
const clearFilters = /** @type {HTMLButtonElement} */ (byId('recherche-sans-filtres'));

/** @type {Record<string, HTMLSelectElement>} */
const selects = Object.fromEntries(FILTERS.map((name) => [name, /** @type {HTMLSelectElement} */ (byId(`recherche-${name}`))]));
/** Values the page lists for each filter (topic labels come from the archive), in order. */
const known = Object.fromEntries(FILTERS.map((name) => [name, [...selects[name].options].filter((o) => o.value).map((o) => ({ value: o.value, label: o.textContent ?? o.value }))]));

/**
 * @typedef {{ id: string, data: () => Promise<any> }} PagefindResult
 * @typedef {{ results: PagefindResult[], filters: Record<string, Record<string, number>> }} PagefindResponse
 */

/** @type {any} */
let pagefind;
/** Increases with every search, so a slow answer never overwrites a newer one. */
let generation = 0;
/** @type {PagefindResult[]} */
let pending = [];
/** @type {ReturnType<typeof setTimeout> | undefined} */
let typingTimer;

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
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;

  // Title first for screen readers; the site's CSS shows the date line above it.
  const meta = card.appendChild(document.createElement('p'));
  meta.className = 'card-meta';
  const date = meta.appendChild(document.createElement(data.meta.dateIso ? 'time' : 'span'));
  if (data.meta.dateIso) date.setAttribute('datetime', data.meta.dateIso);
  else date.className = 'undated';
  date.textContent = data.meta.date ?? '';
  if (data.meta.source) {
    const source = meta.appendChild(document.createElement('span'));
    source.className = 'source';
    source.textContent = data.meta.source;
  }

  const excerpt = card.appendChild(document.createElement('p'));
  excerpt.className = 'excerpt';
  for (const part of excerptParts(data.excerpt ?? '')) {
    if (part.mark) excerpt.appendChild(document.createElement('mark')).textContent = part.text;
    else excerpt.append(part.text);
  }

  const topics = topicLinks(data.meta.sujets, BASE_PATH);
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
 * @returns {Promise<HTMLAnchorElement | null>}
 */
async function showMore(expected) {
  const page = pending.slice(0, PAGE_SIZE);
  const datas = await Promise.all(page.map((r) => r.data()));
  if (expected !== generation) return null;
  pending = pending.slice(PAGE_SIZE);
  const items = datas.map(resultItem);
  list.append(...items);
  more.hidden = pending.length === 0;
  more.textContent = `Afficher plus de résultats (${countOf(pending.length, 'restant', 'restants')})`;
  return items[0]?.querySelector('a') ?? null;
}

/** Runs the search the form describes and shows it. */
async function run() {
  const state = stateFromForm();
  const mine = ++generation;
  const term = pagefindTerm(state.q);
  const chosen = Object.keys(state.filters);
  if (!term && chosen.length === 0) {
    const totals = await pagefind.filters();
    if (mine !== generation) return;
    for (const name of FILTERS) fillSelect(name, totals[name] ?? {});
    pending = [];
    list.replaceChildren();
    more.hidden = true;
    suggestions.hidden = true;
    statusLine.textContent = 'Saisissez un ou plusieurs mots, ou choisissez un sujet, une année ou une source.';
    return;
  }
  list.setAttribute('aria-busy', 'true');
  /** @type {PagefindResponse} */
  const response = await pagefind.search(term, searchOptions(state));
  // The counts of a chosen filter come from a search without it, so the other values stay offered.
  const alternatives = await Promise.all(chosen.map((name) => pagefind.search(term, searchOptions(state, name))));
  if (mine !== generation) return;
  for (const name of FILTERS) {
    const i = chosen.indexOf(name);
    fillSelect(name, (i >= 0 ? alternatives[i]?.filters : response.filters)?.[name] ?? {});
  }
  pending = response.results;
  list.replaceChildren();
  await showMore(mine);
  if (mine !== generation) return;
  list.removeAttribute('aria-busy');
  suggestions.hidden = response.results.length > 0;
  clearFilters.hidden = chosen.length === 0;
  statusLine.textContent = statusText(response.results.length, state.q, chosen.length);
}

/** @param {'push' | 'replace'} how */
function commit(how) {
  const url = `${location.pathname}${writeState(stateFromForm())}`;
  if (url === `${location.pathname}${location.search}`) return;
  history[how === 'push' ? 'pushState' : 'replaceState'](null, '', url);
}

async function start() {
  try {
    pagefind = await import(new URL('../pagefind/pagefind.js', import.meta.url).href);
    await pagefind.init();
    // Loads every filter: until then, searches come back without filter counts.
    await pagefind.filters();
  } catch {
    root.hidden = false;
    form.hidden = true;
    suggestions.hidden = false;
    clearFilters.hidden = true;
    statusLine.textContent = 'La recherche est indisponible pour le moment.';
    return;
  }
  showState(readState(location.search));
  root.hidden = false;

  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      commit('replace');
      void run();
    }, TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    commit('push');
    void run();
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    commit('push');
    void run();
  });
  clearFilters.addEventListener('click', () => {
    for (const name of FILTERS) selects[name].value = '';
    commit('push');
    void run();
    input.focus();
  });
  more.addEventListener('click', async () => {
    const first = await showMore(generation);
    first?.focus();
  });
  window.addEventListener('popstate', () => {
    showState(readState(location.search));
    void run();
  });
  await run();
}

void start();
