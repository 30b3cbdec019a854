/**
 * The text of an article as a reader reads it: the search vocabulary (« Essayez ») and the
 * evaluation tools read articles through it.
 */
import type { Article } from '../model.ts';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const BLOCK_TAG = /<\/?(?:p|h[1-6]|li|ul|ol|blockquote|pre|br|hr|table|tr|td|th|div)\b[^>]*>/gi;

/** Characters a reader never sees: soft hyphens (`beau\u00adcoup` reads `beaucoup`), zero-width spaces and joiners. */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;

/**
 * Everything a reader reads as the article's text: title, lede and body (the text of the
 * Markdown body's HTML when there is one), invisible characters left out.
 * @example articleText({ title: 'T', lede: 'beau\u00adcoup', sections: [{ paragraphs: ['P'] }] } as Article) // 'T\nbeaucoup\nP'
 */
export function articleText(article: Pick<Article, 'title' | 'lede' | 'sections' | 'bodyHtml'>): string {
  const body = article.bodyHtml
    ? article.bodyHtml.replace(BLOCK_TAG, '\n').replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!)
    : article.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.paragraphs]).join('\n');
  return [article.title, article.lede, body].join('\n').replace(INVISIBLE, '');
}

/** A title cut from its lede: an ellipsis at its end, before the quotes it closes (src/ingest/title.ts, `deriveTitle`). */
const CUT_TITLE = /…[\s"”»]*$/u;

/**
 * The lede as shown under a title derived from it (`titleOrigin` `derived`): without the opening
 * sentences the title already says (« Le prince William ne passera pas Pâques en famille. Il est
 * en voyage officiel. » under the title « Le prince William ne passera pas Pâques en famille »
 * shows « Il est en voyage officiel. »); nothing when the title holds the whole lede. A title cut
 * with « … », or any other title, leaves the lede as it is.
 * @example ledeUnderTitle({ title: 'Le prince ne viendra pas', titleOrigin: 'derived', lede: 'Le prince ne viendra pas. Il est au Canada.' }) // 'Il est au Canada.'
 */
export function ledeUnderTitle(a: Pick<Article, 'title' | 'titleOrigin' | 'lede'>): string {
  if (a.titleOrigin !== 'derived' || CUT_TITLE.test(a.title)) return a.lede;
  const text = a.lede.replace(/\s+/g, ' ').trim();
  if (!text.startsWith(a.title)) return a.lede;
  const rest = text.slice(a.title.length).replace(/^[\s.!?…;:,]+/u, '');
  // Nothing left: the title says the whole lede, shown once.
  if (!rest) return '';
  return /^[\p{Lu}\p{N}«"“(]/u.test(rest) ? rest : a.lede;
}

/**
 * What a card shows of the lede under the title: `ledeUnderTitle`, and under a title cut from the
 * lede with « … » the lede from where the title stops (« … qui relèvent de la délation »), so
 * that a card never says its opening twice.
 * @example cardLede({ title: 'Il dénonce des pratiques…', titleOrigin: 'derived', lede: 'Il dénonce des pratiques qui relèvent de la délation.' }) // '… qui relèvent de la délation.'
 */
export function cardLede(a: Pick<Article, 'title' | 'titleOrigin' | 'lede'>): string {
  if (a.titleOrigin !== 'derived' || !CUT_TITLE.test(a.title)) return ledeUnderTitle(a);
  const head = a.title.replace(CUT_TITLE, '');
  const text = a.lede.replace(/\s+/g, ' ').trim();
  // The title drops a quotation mark it would leave open at its start.
  const from = text.startsWith(head) ? text : text.replace(/^[«"“][\s\u00a0\u202f]*/u, '');
  if (head === '' || !from.startsWith(head)) return a.lede;
  // A title cut at a pause (`…en début de soirée…`): the card goes on after it (`… après des incidents`).
  const rest = from.slice(head.length).replace(/^[\s,;:–—]+/u, '');
  return rest ? `… ${rest}` : a.lede;
}
