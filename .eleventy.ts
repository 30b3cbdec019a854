/**
 * Eleventy configuration: directories and the Kiosque plugin. The archive itself is passed in
 * by src/cli/index.ts through the programmatic API; article files are never Eleventy input.
 */
import { kiosqueSite } from './src/site/plugin.ts';

interface EleventyConfig {
  addPlugin(plugin: unknown, options?: unknown): void;
  addExtension(extensions: string[], options: { key: string }): void;
}

export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(kiosqueSite);
  // Pages rendered thousands of times are TypeScript render functions (templates/pages/*.11ty.ts),
  // loaded as JavaScript templates through tsx, which runs Kiosque.
  eleventyConfig.addExtension(['11ty.ts'], { key: '11ty.js' });
  return {
    dir: { input: 'templates/pages', includes: '../layouts', data: '../data' },
    templateFormats: ['njk', '11ty.ts'],
    htmlTemplateEngine: 'njk',
  };
}
