/**
 * The unit layer in one process (`npm run test:unit`): every `tests/unit/<area>/*.test.ts`,
 * imported in name order, so that TypeScript is loaded once instead of once per file. Any file
 * can also run alone: `npx tsx --test tests/unit/enrich/topics.test.ts`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const files = readdirSync(here, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .sort();
for (const f of files) await import(join(here, f));
