/** Every template filter, registered in one loop by the plugin. */
import { frenchTypography, frenchTypographyRich } from '../../text/french-typography.ts';
import { frenchTypographyHtml } from '../../text/french-typography-html.ts';
import { monthChart } from '../month-chart.ts';
import { absoluteUrl, href } from './href.ts';
import { jsonForScript } from './json-ld.ts';
import { rebaseLinks } from './rebase-links.ts';
import { shortTitle } from './short-title.ts';

/** Texts up to this long are kept with their typography: titles, excerpts, names, labels. */
const SHORT_TEXT = 400;
/** Texts kept at most, per process (about 50 MB); then the store starts again. */
const MAX_KEPT = 200_000;

/**
 * `set`, with its result kept for short texts: an article's title and excerpt are set on every
 * page that lists its card (its topics, entities, month, neighbours), in every run of a renderer
 * process, where its card is a new object each time (src/site/views/made-once.ts keys by object).
 * Typography is a pure function of the text, so the kept result is the one `set` gives.
 * @example const typo = keptByText(frenchTypography); typo('l\'IA') === typo('l\'IA') // set once
 */
export function keptByText(set: (text: string) => string): (text: string) => string {
  const kept = new Map<string, string>();
  return (text) => {
    if (text.length > SHORT_TEXT) return set(text);
    let out = kept.get(text);
    if (out === undefined) {
      if (kept.size >= MAX_KEPT) kept.clear();
      out = set(text);
      kept.set(text, out);
    }
    return out;
  };
}

const typoKept = keptByText(frenchTypography);
const typoRichKept = keptByText(frenchTypographyRich);

export const filters = {
  /** Prefixes a site URL with the base path: `{{ url | href(archive.site.basePath) }}`. */
  href,
  absoluteUrl,
  /** French typography on plain text (escaped afterwards by Nunjucks): `{{ title | typo }}`. */
  typo: (text: string | number) => typoKept(String(text)),
  /** French typography on plain text into escaped HTML with raised ordinals, for element content only: `{{ p | typoRich | safe }}`. */
  typoRich: (text: string | number) => typoRichKept(String(text)),
  /** French typography on the text of trusted HTML (Markdown bodies): `{{ bodyHtml | typoHtml | safe }}`. */
  typoHtml: frenchTypographyHtml,
  /** Bar geometry for the chart partial (../views/charts.ts): `{{ monthChartFigure(bars | monthChart('id', 'Articles par mois'), base) | safe }}`. */
  monthChart,
  jsonForScript,
  /** Base path on site-relative links of a Markdown body: `{{ bodyHtml | rebaseLinks(base) }}`. */
  rebaseLinks,
  /** A long page title cut at a word for `<title>`: `{{ pageTitle | shortTitle | typo }}`. */
  shortTitle,
} satisfies Record<string, (...args: never[]) => unknown>;
