/**
 * Live reload for `npm start` only: the dev server (./serve.ts) adds this script to the pages it
 * serves and serves it at `<base>__kiosque/reload.js`; built sites neither reference nor hold it.
 * It listens to the dev server's event stream (`/__kiosque/events`):
 * - `reload`: the site changed: reload; with `from` and `to`, a page moved: follow it;
 * - `status`: what the background build is doing (search index included), shown in a corner.
 * Styles are set through the CSSOM, which the site's CSP (`style-src 'self'`) allows.
 */
const base = new URL('..', import.meta.url).pathname;
const events = new EventSource(`${base}__kiosque/events`);

let notice;

/** Shows `text` in a small polite status box at the bottom of the page; empty text hides it. */
function show(text) {
  if (!notice) {
    notice = document.createElement('p');
    notice.setAttribute('role', 'status');
    Object.assign(notice.style, {
      position: 'fixed', insetInlineEnd: '1rem', insetBlockEnd: '1rem', zIndex: '1000', margin: '0',
      padding: '0.4rem 0.7rem', borderRadius: '0.3rem', font: '0.85rem/1.3 system-ui, sans-serif',
      background: '#1d2733', color: '#fff', boxShadow: '0 1px 4px rgb(0 0 0 / 30%)',
    });
    document.body.append(notice);
  }
  notice.textContent = text;
  notice.hidden = text === '';
}

events.addEventListener('reload', (event) => {
  const { from, to } = JSON.parse(event.data);
  // A page that moved: only the tab showing its old address follows it.
  if (from) {
    if (location.pathname === from) location.assign(to);
    return;
  }
  location.reload();
});

events.addEventListener('status', (event) => {
  const { text } = JSON.parse(event.data);
  show(text);
});
