/**
 * Eleventy configuration: directories and the Kiosque plugin. The archive itself is passed in
 * by src/cli/index.ts through the programmatic API; article files are never Eleventy input.
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from './src/paths.ts';
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
    // Absolute: Eleventy resolves a relative input folder against the working folder, and the
    // command line may run from any folder.
    dir: { input: join(PROJECT_ROOT, 'templates', 'pages'), includes: '../layouts', data: '../data' },
    templateFormats: ['njk', '11ty.ts'],
    htmlTemplateEngine: 'njk',
  };
}
