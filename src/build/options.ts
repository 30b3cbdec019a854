/**
 * The site options every entry point starts from (CLI, `npm start`, tools, tests): one place
 * for the site's title and description.
 */
import type { SiteOptions } from '../model.ts';

/**
 * Kiosque's default site options, with `overrides`.
 * @example siteOptions({ basePath: '/kiosque/' }).title // 'Kiosque'
 */
export function siteOptions(overrides: Partial<SiteOptions> = {}): SiteOptions {
  return { title: 'Kiosque', description: 'Archives d’actualité en français', basePath: '/', origin: 'http://localhost:8080', ...overrides };
}
