/** Every template filter, registered in one loop by the plugin. */
import { frenchTypography, frenchTypographyRich } from '../../text/french-typography.ts';
import { frenchTypographyHtml } from '../../text/french-typography-html.ts';
import { monthChart } from '../month-chart.ts';
import { absoluteUrl, href } from './href.ts';
import { jsonForScript } from './json-ld.ts';
import { rebaseLinks } from './rebase-links.ts';
import { shortTitle } from './short-title.ts';

export const filters = {
  /** Prefixes a site URL with the base path: `{{ url | href(archive.site.basePath) }}`. */
  href,
  absoluteUrl,
  /** French typography on plain text (escaped afterwards by Nunjucks): `{{ title | typo }}`. */
  typo: (text: string | number) => frenchTypography(String(text)),
  /** French typography on plain text into escaped HTML with raised ordinals, for element content only: `{{ p | typoRich | safe }}`. */
  typoRich: (text: string | number) => frenchTypographyRich(String(text)),
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
