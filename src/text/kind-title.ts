/**
 * Titles that say the kind of page they head (review 34): « France — lieu », « Retraites —
 * sujet », and on a listing's numbered pages their dates, « Retraites — sujet (3 – 12 mars 2020) ».
 * Pure; read back by the `<title>` filter (src/site/filters/short-title.ts), which shortens the
 * name, not what tells pages apart.
 */
import { ENTITY_BASE } from '../model/entity-kinds.ts';

/** The kinds of listing page a title names: each kind of entity, a topic, the timeline. */
export const PAGE_KINDS: readonly string[] = [...Object.values(ENTITY_BASE).map((b) => b.one), 'sujet', 'chronologie'];

/**
 * A page's title with the kind of page it is, as `<title>` and og:title show it, so that a place
 * and a topic of the same name (`/lieux/france/`, `/sujets/france/`) are told apart in a tab, a
 * bookmark or a search engine's results.
 * @example kindTitle('France', 'lieu') // 'France — lieu'
 */
export function kindTitle(name: string, kind: string): string {
  return `${name} — ${kind}`;
}

/**
 * The title of a listing's numbered page: its listing's title and the dates it holds, the form
 * `kindTitleParts` reads back.
 * @example datedTitle('Retraites — sujet', '3 – 12 mars 2020') // 'Retraites — sujet (3 – 12 mars 2020)'
 */
export function datedTitle(title: string, span: string): string {
  return `${title} (${span})`;
}

/** The parts of a title `kindTitle` made, with the dates of a numbered page (`datedTitle`) when it has them. */
export interface KindTitleParts {
  name: string;
  kind: string;
  /** The dates between parentheses after the kind, without them (`3 – 12 mars 2020`). */
  span?: string;
}

const KIND_TITLE = new RegExp(`^(.+) — (${PAGE_KINDS.join('|')})(?: \\(([^()]+)\\))?$`, 'u');

/**
 * The parts of a kind title; undefined for any other title (an article's).
 * @example kindTitleParts('Retraites — sujet (3 – 12 mars 2020)') // { name: 'Retraites', kind: 'sujet', span: '3 – 12 mars 2020' }
 * @example kindTitleParts('Macron — le retour') // undefined
 */
export function kindTitleParts(title: string): KindTitleParts | undefined {
  const m = KIND_TITLE.exec(title);
  if (!m) return undefined;
  return { name: m[1]!, kind: m[2]!, ...(m[3] !== undefined ? { span: m[3] } : {}) };
}
