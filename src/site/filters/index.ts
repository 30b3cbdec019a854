/** Every template filter, registered in one loop by the plugin. */
import { frenchTypography } from '../../text/french-typography.ts';
import { absoluteUrl, href } from './href.ts';
import { jsonForScript } from './json-ld.ts';

export const filters = {
  /** Prefixes a site URL with the base path: `{{ url | href(archive.site.basePath) }}`. */
  href,
  absoluteUrl,
  /** French typography on plain text (escaped afterwards by Nunjucks). */
  typo: frenchTypography,
  jsonForScript,
} satisfies Record<string, (...args: never[]) => unknown>;
