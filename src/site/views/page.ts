/**
 * What every TypeScript page template (templates/pages/*.11ty.ts) receives from Eleventy: the
 * global data of ../plugin.ts and ../render.ts, plus the item its pagination aliases.
 */
import type { Archive } from '../../model.ts';
import type { SITE_URLS } from '../../model/urls.ts';

export interface PageData {
  archive: Archive;
  urls: typeof SITE_URLS;
  csp: string;
}

/** A page's pagination over one archive list, as Eleventy reads it (and ../render-plan.ts too). */
export interface Pagination<Alias extends string> {
  data: `archive.${keyof Archive & string}`;
  size: 1;
  alias: Alias;
}
