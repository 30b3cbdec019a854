/**
 * The Eleventy glue: global data, filters, passthrough. The archive arrives already built.
 */
import { atomFeed, jsonFeed, sitemap } from './feeds.ts';
import { filters } from './filters/index.ts';
import { cacheNunjucksCompiles } from './nunjucks-cache.ts';

interface Config {
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addPassthroughCopy(path: string | Record<string, string>): void;
  setQuietMode?(quiet: boolean): void;
  on(event: 'eleventy.engine.njk', listener: (engine: { nunjucks: { Template?: { prototype: unknown } } }) => void): void;
}

/** Registers filters and assets; src/cli.ts adds the archive as global data `archive`. */
export function kiosqueSite(config: Config): void {
  // Filters
  for (const [name, fn] of Object.entries(filters)) config.addFilter(name, fn);
  config.addFilter('atomFeed', atomFeed);
  config.addFilter('jsonFeed', jsonFeed);
  config.addFilter('sitemap', sitemap);

  // Passthrough
  config.addPassthroughCopy({ public: '/' });

  // Performance: one compile per template source, not one per page (./nunjucks-cache.ts)
  config.on('eleventy.engine.njk', ({ nunjucks }) => cacheNunjucksCompiles(nunjucks));
}
