/**
 * What French typography changes on a real corpus (`npm run typography:report [-- DIR]`): counts
 * by rule over every title, lede, heading and paragraph of the raw-text files, and of the
 * rendered Markdown bodies, then about 30 changes drawn at random (seeded) to read by eye, and
 * every spot that looks like a damaged quote (a guillemet turned the wrong way).
 * DIR defaults to $KIOSQUE_CORPUS or /work/shared/corpus/orangesum.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCommandLine } from '../src/cli/args.ts';
import { ingestFile } from '../src/ingest/index.ts';
import { DEFAULT_CORPUS } from './bench/corpus.ts';
import { foldTypography, frenchTypographyRich } from '../src/text/french-typography.ts';
import { frenchTypographyHtml } from '../src/text/french-typography-html.ts';

const DIR = readCommandLine(process.argv.slice(2), {}, 'usage: npm run typography:report -- [CORPUS_DIR]').positionals[0] ?? DEFAULT_CORPUS;

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;
const unescape = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** Rule → how to count its effect from the text before and the set text after (unescaped, tags kept). */
const RULES: Record<string, (before: string, after: string) => number> = {
  'quotes paired into « »': (b, a) => count(a, /«/g) - count(b, /«/g),
  'nested quotes as “ ”': (b, a) => count(a, /“/g) - count(b, /“/g),
  'straight quotes left unpaired': (_b, a) => count(a.replace(/<[^>]+>/g, ''), /"/g),
  'apostrophes ’': (b, a) => count(a, /’/g) - count(b, /’/g),
  'ellipses …': (b, a) => count(a, /…/g) - count(b, /…/g),
  'dashes – for spaced hyphens': (b, a) => count(a, /–/g) - count(b, /–/g),
  'ordinals raised (<sup>)': (_b, a) => count(a, /<sup>/g),
  'no-break spaces (U+00A0, U+202F)': (b, a) => count(a, /[\u00a0\u202f]/g) - count(b, /[\u00a0\u202f]/g),
};
/** A guillemet turned the wrong way: a closing one where a quote opens, or an opening one before punctuation. */
const DAMAGE = /(?:^|[\s’'(:])[\u202f\u00a0]?»(?=[\p{L}\p{N}])|«[\u202f\u00a0]?(?=[,.;:!?)]|$)/u;

/** A small seeded generator (mulberry32), so the sample is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Change {
  file: string;
  before: string;
  after: string;
}

/** What each sampled rule puts in the text: the sample shows the text around it. */
const MARKS: Record<string, RegExp> = {
  'guillemets « »': /«/,
  'nested “ ”': /“/,
  'unpaired "': /"/,
  'ellipsis …': /…/,
  'dash –': / – /,
  'ordinal <sup>': /<sup>/,
  'apostrophe ’': /’/,
};
/** How many changes of each kind the sample shows (34 in all). */
const QUOTA: Record<string, number> = { 'guillemets « »': 10, 'nested “ ”': 6, 'unpaired "': 4, 'ellipsis …': 4, 'dash –': 4, 'ordinal <sup>': 4, 'apostrophe ’': 2 };

/** The text around the first `mark` in `after`, and the same stretch of `before` (matched by folded length). */
function window(before: string, after: string, mark: RegExp): { before: string; after: string } | undefined {
  const at = after.search(mark);
  if (at < 0) return undefined;
  const from = Math.max(0, at - 50);
  const folded = foldTypography(after.slice(0, from)).length;
  let i = 0;
  while (i < before.length && foldTypography(before.slice(0, i)).length < folded) i++;
  return { before: before.slice(i, i + 100).replace(/\s+/g, ' '), after: after.slice(from, from + 110).replace(/\s+/g, ' ') };
}

function main(): void {
  if (!existsSync(join(DIR, 'txt'))) {
    console.error(`Corpus introuvable : ${DIR} (attendu : un dossier avec txt/ et md/).`);
    process.exit(1);
  }
  const totals = Object.fromEntries(Object.keys(RULES).map((k) => [k, 0])) as Record<string, number>;
  const changedArticles = Object.fromEntries(Object.keys(RULES).map((k) => [k, 0])) as Record<string, number>;
  const changes = new Map<string, Change[]>(Object.keys(MARKS).map((k) => [k, []]));
  const damaged: Change[] = [];
  let texts = 0;
  let lost = 0;
  let files = 0;
  for (const format of ['txt', 'md']) {
    for (const name of readdirSync(join(DIR, format)).sort()) {
      const file = `${format}/${name}`;
      const r = ingestFile(file, readFileSync(join(DIR, file)));
      if (r.ok !== true) continue;
      files++;
      const a = r.article;
      const pieces: [string, string][] = [a.title, a.lede, ...(a.bodyHtml === undefined ? a.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs]) : [])]
        .filter(Boolean)
        .map((t) => [t, unescape(frenchTypographyRich(t))]);
      if (a.bodyHtml !== undefined) pieces.push([unescape(a.bodyHtml.replace(/<(?!\/?sup>)[^>]+>/g, ' ')), unescape(frenchTypographyHtml(a.bodyHtml).replace(/<(?!\/?sup>)[^>]+>/g, ' '))]);
      const seen = new Set<string>();
      for (const [before, after] of pieces) {
        texts++;
        if (foldTypography(after) !== foldTypography(before)) lost++;
        for (const [rule, measure] of Object.entries(RULES)) {
          const n = measure(before, after);
          totals[rule]! += n;
          if (n > 0) seen.add(rule);
        }
        if (DAMAGE.test(after) && !DAMAGE.test(before)) damaged.push({ file, before, after });
        if (before === after) continue;
        for (const [kind, mark] of Object.entries(MARKS)) {
          if (kind !== 'unpaired "' && mark.test(before.replace(/<[^>]+>/g, ''))) continue;
          const w = window(before, after, mark);
          if (w) changes.get(kind)!.push({ file, ...w });
        }
      }
      for (const rule of seen) changedArticles[rule]!++;
    }
  }
  console.log(`Typographie sur ${DIR} : ${files} fichiers publiés, ${texts} textes (titres, chapeaux, intertitres, paragraphes, corps Markdown).`);
  console.log(`Textes dont le repli diffère de l'original (caractère perdu ou inventé) : ${lost}`);
  console.log('\nRègle\toccurrences\tfichiers');
  for (const rule of Object.keys(RULES)) console.log(`${rule}\t${totals[rule]}\t${changedArticles[rule]}`);
  console.log(`\nGuillemets suspects (ouvrant/fermant à l'envers) : ${damaged.length}`);
  for (const d of damaged.slice(0, 40)) {
    const at = d.after.search(DAMAGE);
    console.log(`  ${d.file} : …${d.after.slice(Math.max(0, at - 60), at + 40)}…`);
  }
  const next = random(15);
  const sample: (Change & { kind: string })[] = [];
  for (const [kind, pool] of changes) {
    const left = [...pool];
    for (let n = 0; n < QUOTA[kind]! && left.length; n++) sample.push({ kind, ...left.splice(Math.floor(next() * left.length), 1)[0]! });
  }
  console.log(`\n${sample.length} changements tirés au hasard (graine 15), par règle :`);
  for (const c of sample) console.log(`- [${c.kind}] ${c.file}\n    avant : ${c.before}\n    après : ${c.after}`);
}

main();
