/**
 * The Eleventy glue: global data, filters, passthrough. The archive arrives already built.
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { SITE_URLS } from '../model/urls.ts';
import { archiveFeed, atomFeed, jsonFeed, sitemapXml, topicFeed } from './feeds.ts';
import { filters } from './filters/index.ts';
import { cacheNunjucksCompiles } from './nunjucks-cache.ts';
import { partials } from './views/index.ts';

interface Config {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addNunjucksGlobal(name: string, fn: (...args: never[]) => unknown): void;
  addPassthroughCopy(path: string | Record<string, string>): void;
  /** True when the programmatic API was given `quietMode: true` (src/build/index.ts). */
  quietMode: boolean;
  /** Eleventy's console logger: `overrideLogger` replaces where its lines go. */
  logger: { overrideLogger(logger: Pick<Console, 'log' | 'warn' | 'info' | 'error'>): void };
  /** The benchmark group that times every filter; it logs its own warnings. */
  benchmarks: { config: { setIsVerbose(verbose: boolean): void } };
  on(event: 'eleventy.engine.njk', listener: (engine: { nunjucks: { Template?: { prototype: unknown } } }) => void): void;
}

/** Registers filters, global data and assets; src/site/render.ts adds the archive as global data `archive`. */
export function kiosqueSite(config: Config): void {
  // Global data
  config.addGlobalData('csp', CONTENT_SECURITY_POLICY);
  config.addGlobalData('urls', SITE_URLS);

  // Filters
  for (const [name, fn] of Object.entries(filters)) config.addFilter(name, fn);
  config.addFilter('archiveFeed', archiveFeed);
  config.addFilter('topicFeed', topicFeed);
  config.addFilter('atomFeed', atomFeed);
  config.addFilter('jsonFeed', jsonFeed);
  config.addFilter('sitemapXml', sitemapXml);

  // Partials of the TypeScript pages, for the Nunjucks pages (./views/index.ts)
  for (const [name, fn] of Object.entries(partials)) config.addNunjucksGlobal(name, fn);

  // Passthrough
  // Absolute, like the input folder (.eleventy.ts): the command line may run from any folder.
  config.addPassthroughCopy({ [join(PROJECT_ROOT, 'public')]: '/' });

  // Quiet mode. `quietMode` leaves two kinds of line on the console: the closing "Copied … Wrote
  // … files" summary, which Eleventy logs with `force: true`, and "Benchmark … Nunjucks Filter"
  // warnings from the filter benchmarks, a group created before quiet mode is applied (so the
  // fix for https://github.com/11ty/eleventy/issues/1484 does not reach it). Errors still print.
  if (config.quietMode) {
    config.logger.overrideLogger({ log() {}, warn() {}, info() {}, error: console.error });
    config.benchmarks.config.setIsVerbose(false);
  }

  config.on('eleventy.engine.njk', ({ nunjucks }) => {
    // Performance: one compile per template source, not one per page (./nunjucks-cache.ts)
    cacheNunjucksCompiles(nunjucks);
  });
}
