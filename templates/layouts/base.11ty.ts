/**
 * The layout of the Nunjucks pages (`layout: base.11ty.ts`); the TypeScript pages call
 * basePage themselves. It reads archive.site.
 */
import { basePage, type LayoutData } from '../../src/site/views/base.ts';

export function render(data: LayoutData & { content: string }): string {
  return basePage(data, data.content);
}
