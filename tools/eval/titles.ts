/**
 * `npm run eval:titles`: how well titles rebuilt from file names (src/text/file-title.ts) match
 * the real headlines. The corpus's raw texts without a title line (../shared/corpus/orangesum,
 * `txt_title_line` false in its manifest) are named after their headline, and the manifest keeps
 * that headline (`title`): each file is read as a build reads it, and the title it gets is
 * compared with the headline, word by word (letters and digits; case and accents count;
 * punctuation, which a name cannot hold, does not).
 *
 * Prints: the files whose name reads as a headline, how many got a rebuilt title (the others
 * keep a title derived from their lede), the share of rebuilt words that are the headline's (in
 * order, case and accents included; and folded), the titles with every word right, and the
 * colons put after a rubric against the headline's, and how often « … » marks a title shorter than
 * its headline (and wrongly a whole one). Figures are given for the whole corpus and
 * for the fifths of the manifest (files at positions ≡ 0…4 mod 5): the rules were tuned reading
 * the titles of fifths 0, 3 and 4 only; fifths 1 and 2 were only counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile } from '../../src/ingest/index.ts';
import { withoutRubric } from '../../src/ingest/text-rules.ts';
import { fileHeadline } from '../../src/text/file-headline.ts';
import { foldText } from '../../src/text/fold.ts';
import { DEFAULT_CORPUS as CORPUS } from '../bench/corpus.ts';

interface Entry { file_txt: string; title: string; txt_title_line: boolean }

const manifestPath = join(CORPUS, 'manifest.jsonl');
if (!existsSync(manifestPath)) {
  console.log(`eval:titles: no corpus at ${CORPUS}; nothing to measure`);
  process.exit(0);
}
const untitled = readFileSync(manifestPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Entry).filter((e) => !e.txt_title_line);

const words = (s: string): string[] => s.replace(/[’']/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];

/** Length of the longest common subsequence of two word lists. */
function common(a: readonly string[], b: readonly string[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const next = [0];
    for (let j = 1; j <= b.length; j++) next.push(x === b[j - 1] ? row[j - 1]! + 1 : Math.max(row[j]!, next[j - 1]!));
    row = next;
  }
  return row[b.length]!;
}

/** Where a title's colon is: the number of words before it, or -1. */
const colonAt = (t: string): number => (/\S\s*:\s/.test(t) ? words(t.split(/\s*:\s/)[0]!).length : -1);

interface Figures { named: number; rebuilt: number; words: number; right: number; foldedRight: number; allRight: number; colonsReal: number; colonsRight: number; colonsWrong: number; shorter: number; shorterMarked: number; whole: number; wholeMarked: number }
const empty = (): Figures => ({ named: 0, rebuilt: 0, words: 0, right: 0, foldedRight: 0, allRight: 0, colonsReal: 0, colonsRight: 0, colonsWrong: 0, shorter: 0, shorterMarked: 0, whole: 0, wholeMarked: 0 });
const all = empty();
const fifths = [0, 1, 2, 3, 4].map(empty);

untitled.forEach((e, i) => {
  const result = ingestFile(e.file_txt, readFileSync(join(CORPUS, e.file_txt)));
  if (result.ok !== true || result.article.titleOrigin === 'title-line' || result.article.titleOrigin === 'front-matter') return;
  for (const f of [all, fifths[i % 5]!]) {
    f.named += fileHeadline(e.file_txt) !== undefined ? 1 : 0;
    if (result.article.titleOrigin !== 'file-name') continue;
    const ours = words(result.article.title.replace(/…$/u, ''));
    const real = words(e.title);
    const right = common(ours, real);
    f.rebuilt++;
    f.words += ours.length;
    f.right += right;
    f.foldedRight += common(ours.map(foldText), real.map(foldText));
    if (right === ours.length) f.allRight++;
    // Shorter than the headline, a title says so with « … »; whole, it does not.
    const marked = result.article.title.endsWith('…');
    if (ours.length < real.length) {
      f.shorter++;
      if (marked) f.shorterMarked++;
    } else {
      f.whole++;
      if (marked) f.wholeMarked++;
    }
    // A headline's media rubric (« VIDÉO. », « EN IMAGES - ») is in no file name (`article-`, `video-` are left out): its colon is counted without it.
    const [a, b] = [colonAt(result.article.title), colonAt(withoutRubric(e.title))];
    if (b > 0) f.colonsReal++;
    if (a > 0 && a === b) f.colonsRight++;
    else if (a > 0) f.colonsWrong++;
  }
});

const pct = (n: number, d: number): string => `${d ? ((100 * n) / d).toFixed(1) : '–'} %`;
const line = (f: Figures): string =>
  `${f.rebuilt} of ${f.named} titleless files named after their headline got a rebuilt title (${pct(f.rebuilt, f.named)}); words right ${pct(f.right, f.words)} (folded ${pct(f.foldedRight, f.words)}); titles with every word right ${pct(f.allRight, f.rebuilt)}; colons after a rubric: ${f.colonsRight} right, ${f.colonsWrong} elsewhere, of ${f.colonsReal} in the headlines; « … » on ${pct(f.shorterMarked, f.shorter)} of the titles shorter than their headline, on ${pct(f.wholeMarked, f.whole)} of the whole ones`;
console.log(`Titles rebuilt from file names, against the real headlines (${CORPUS}, ${untitled.length} raw texts without a title line)`);
console.log(`  all: ${line(all)}`);
fifths.forEach((f, i) => console.log(`  fifth ${i}${[0, 3, 4].includes(i) ? ' (read while tuning)' : ' (never read)'}: ${line(f)}`));
