/**
 * The one script of every page, small and optional (pages work without it):
 * - `/` puts the cursor in the search box (the search page's own, else the header's), unless
 *   the reader is typing in a field;
 * - an article opened from a search result (`?surligner=mot`) gets the query words
 *   highlighted, by Pagefind's highlight script, loaded only then;
 * - a page's own module (`data-kiosque-module`: the search page's) starts once painted.
 */
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const target = /** @type {HTMLElement} */ (event.target);
  if (target.closest('input, textarea, select, [contenteditable]')) return;
  const box = /** @type {HTMLInputElement | null} */ (document.getElementById('recherche-q') ?? document.getElementById('q-entete'));
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

const HIGHLIGHT_PARAM = 'surligner';
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM) && document.querySelector('[data-pagefind-body]')) {
  import(new URL('../pagefind/pagefind-highlight.js', import.meta.url).href).then(({ default: PagefindHighlight }) => {
    new PagefindHighlight({
      highlightParam: HIGHLIGHT_PARAM,
      markContext: '[data-pagefind-body]',
      // Whole words, not in links (topics, trail); no inline style (CSP).
      markOptions: { className: 'surlignage', exclude: ['nav *', '.tags *'], accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '’', "'", '«', '»', '(', ')', '"', '…'] } },
      addStyles: false,
    });
  }, () => undefined);
}

// Started once painted: in the head, Lighthouse counted it as render-blocking.
const own = /** @type {HTMLElement | null} */ (document.querySelector('[data-kiosque-module]'));
if (own?.dataset.kiosqueModule) {
  const module = new URL(own.dataset.kiosqueModule, location.href).href;
  requestAnimationFrame(() => setTimeout(() => import(module)));
}
