/**
 * A raw text that opens with labelled lines, as newsroom and database exports write them:
 *
 *     Titre : Les éboueurs de Marseille en grève
 *     Date : 2023-05-02
 *     Auteur : Marie Martin
 *     Source : La Provence
 *
 * read as a front matter (./markdown.ts, `frontMatterFields`): the same keys, the same checks
 * and messages. The block is the file's first lines, each `Label : valeur` with a label of
 * `LABELS` (in French or English, any case, accents or not), at least two of them, or one when it
 * gives the title: a text whose first line reads `Date : le mariage de…` is no header. Lists
 * (`Mots-clés : Marseille, grève`) are split at commas and semicolons. Pure.
 */
import { foldText } from '../text/fold.ts';
import type { FrontMatterResult } from './front-matter.ts';

/** Labels, folded, and the front-matter key each stands for. */
const LABELS: Record<string, string> = {
  titre: 'title', title: 'title',
  date: 'date', 'date de publication': 'date', 'publie le': 'date', 'mis en ligne le': 'date',
  auteur: 'author', autrice: 'author', auteurs: 'author', author: 'author', par: 'author', signature: 'author',
  source: 'source', media: 'source', journal: 'source',
  rubrique: 'rubrique', categorie: 'category', categories: 'categories', sujets: 'sujets', sujet: 'rubrique',
  'mots-cles': 'tags', 'mots cles': 'tags', tags: 'tags',
  lien: 'url', url: 'url',
  chapo: 'lede', chapeau: 'lede', resume: 'lede',
  // Pelican's and MultiMarkdown's metadata (`Title:`, `Date:`, `Modified:`, `Slug:`, `Summary:`…).
  summary: 'lede', slug: 'slug', modified: 'lastmod', category: 'category', status: 'status', authors: 'author',
};
/** Keys whose value is a list, written on one line. */
const LIST_KEYS = new Set(['categories', 'sujets', 'tags']);
const LABELLED = /^\s*([\p{L}][\p{L} '’-]{0,24}?)\s*:\s*(\S.*)$/u;

/**
 * The labelled lines that open `text`, as a front matter's result; undefined when it has none.
 * @example labelledHeader('Titre : Grève\nDate : 2023-05-02\n\nLe texte.')?.data // { title: 'Grève', date: '2023-05-02' }
 */
export function labelledHeader(text: string): Extract<FrontMatterResult, { ok: true }> | undefined {
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const data = Object.create(null) as Record<string, unknown>;
  const fieldLines = Object.create(null) as Record<string, number>;
  for (; i < lines.length; i++) {
    const m = LABELLED.exec(lines[i]!);
    const key = m ? LABELS[foldText(m[1]!.trim())] : undefined;
    if (!key || data[key] !== undefined) break;
    const value = m![2]!.trim();
    data[key] = LIST_KEYS.has(key) ? value.split(/[,;]/u).map((v) => v.trim()).filter(Boolean) : value;
    fieldLines[key] = i + 1;
  }
  const keys = Object.keys(data);
  if (keys.length < 2 && !(keys.length === 1 && keys[0] === 'title')) return undefined;
  return { ok: true, data, fieldLines, body: lines.slice(i).join('\n'), bodyStartLine: i + 1 };
}
