/**
 * Precision and recall of entity detection against labelled articles, per kind. A detected
 * entity is right when its name folds to one of a label's spellings (`Edouard Philippe` =
 * `Édouard Philippe`) and its kind is the label's; a right name with the wrong kind counts as
 * a false positive of the detected kind and a miss of the labelled one. A known entity of the
 * reference data also matches a label one of whose spellings the reference gives as its alias
 * (`La République en marche` for a text that writes `En Marche !`): one referent under two
 * names; a station of a network (`France Bleu Paris`) is no alias of it (`France Bleu`).
 */
import type { EntityKind, EntityRef } from '../model.ts';
import { slugify } from '../text/fold.ts';

export interface LabelledEntity {
  kind: EntityKind;
  /** The name, then other spellings. */
  names: string[];
}

export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
}

export type Scores = Record<EntityKind, KindScore>;

/** Mistakes of one article, for reading. */
export interface ArticleErrors {
  falsePositives: string[];
  misses: string[];
}

const KINDS: readonly EntityKind[] = ['person', 'place', 'organisation'];

export const emptyScores = (): Scores => ({ person: { tp: 0, fp: 0, fn: 0 }, place: { tp: 0, fp: 0, fn: 0 }, organisation: { tp: 0, fp: 0, fn: 0 } });

/**
 * Adds one article's counts to `scores` and returns its mistakes.
 * `sameReferent(slug, name)` says whether the known entity `slug` has `name` among its aliases. A name
 * with a qualifier in brackets (`Vienne (département)`) matches its label without it (`Vienne`).
 * @example scoreArticle([{ kind: 'person', name: 'Edouard Philippe', slug: 'edouard-philippe', count: 1 }], [{ kind: 'person', names: ['Édouard Philippe'] }], emptyScores()).misses // []
 */
export function scoreArticle(
  found: readonly EntityRef[],
  labels: readonly LabelledEntity[],
  scores: Scores,
  sameReferent: (slug: string, name: string) => boolean = () => false,
): ArticleErrors {
  const labelSlugs = labels.map((l) => new Set(l.names.map(slugify)));
  const matched = new Set<number>();
  const errors: ArticleErrors = { falsePositives: [], misses: [] };
  for (const e of found) {
    // `Vienne (département)`: a page's name tells the places of one written name apart (src/enrich/homonyms.ts); the text writes `Vienne`.
    const written = slugify(e.name.replace(/ \([^)]*\)$/u, ''));
    const i = labelSlugs.findIndex((slugs, j) => !matched.has(j) && labels[j]!.kind === e.kind && (slugs.has(e.slug) || slugs.has(slugify(e.name)) || slugs.has(written) || labels[j]!.names.some((n) => sameReferent(e.slug, n))));
    if (i >= 0) {
      matched.add(i);
      scores[e.kind].tp++;
    } else {
      scores[e.kind].fp++;
      errors.falsePositives.push(`${e.kind}:${e.name}`);
    }
  }
  labels.forEach((l, j) => {
    if (matched.has(j)) return;
    scores[l.kind].fn++;
    errors.misses.push(`${l.kind}:${l.names[0]}`);
  });
  return errors;
}

const pct = (a: number, b: number): string => (b === 0 ? '  n/a' : `${(a / b).toFixed(3)}`);

/** One line per kind: labels, precision, recall. */
export function formatScores(scores: Scores): string[] {
  return KINDS.map((k) => {
    const s = scores[k];
    return `  ${k.padEnd(13)} labels ${String(s.tp + s.fn).padStart(4)}  précision ${pct(s.tp, s.tp + s.fp)}  rappel ${pct(s.tp, s.tp + s.fn)}`;
  });
}
