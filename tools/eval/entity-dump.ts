/**
 * `npx tsx tools/eval/entity-dump.ts [--articles N]`: one line per entity detected in each of the N
 * corpus articles of the 2,000-article run (SHA-256 order of "build:" + id), `id<TAB>kind<TAB>name`,
 * sorted. Two dumps, before and after a rule, diff into exactly what the rule changes.
 */
import { buildEntityMatcher, detectEntities } from '../../src/enrich/entities.ts';
import { loadKnowledge } from '../../src/enrich/index.ts';
import { readBuiltInKnowledge } from '../../src/build/pipeline.ts';
import { readCommandLine, wholeNumber } from '../../src/cli/args.ts';
import { articleDoc, drawSample, loadArticle, readManifest } from './corpus-sample.ts';

const USAGE = 'usage: npx tsx tools/eval/entity-dump.ts [--articles N]';
const { values } = readCommandLine(process.argv.slice(2), { articles: { type: 'string', default: '2000' } }, USAGE);
const manifest = readManifest();
if (!manifest) {
  console.error('corpus absent');
  process.exit(1);
}
const matcher = buildEntityMatcher(loadKnowledge(readBuiltInKnowledge(), {}).entities);
const lines: string[] = [];
for (const entry of drawSample(manifest, 'build', wholeNumber('--articles', values.articles, 1, USAGE))) {
  for (const e of detectEntities(articleDoc(loadArticle(entry)), matcher)) lines.push(`${entry.id}\t${e.kind}\t${e.name}`);
}
console.log(lines.sort().join('\n'));
