/**
 * Eleventy configuration: directories and the Kiosque plugin. The archive itself is passed in
 * by src/cli/index.ts through the programmatic API; article files are never Eleventy input.
 */
import { kiosqueSite } from './src/site/plugin.ts';

interface EleventyConfig {
  addPlugin(plugin: unknown, options?: unknown): void;
}

export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(kiosqueSite);
  return {
    dir: { input: 'templates/pages', includes: '../partials', layouts: '../layouts', data: '../data' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  };
}
