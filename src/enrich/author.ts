/**
 * Who wrote an article. An author is not a source: `Source : Florian Lautre` names the
 * journalist, `Source : Le Parisien` the newspaper. A source is read as a person by
 * `isPersonName` (person-name.ts: a given name Kiosque knows, then one or two capitalised words,
 * e.g. `Roxane Mansano`, `Marc-Emmanuel Adjou`); front matter `author` always names the author. Pure.
 */
import type { Article } from '../model.ts';
import { extend } from '../model/objects.ts';
import { isPersonName } from '../reference/person-name.ts';

/**
 * The article with its author set: front matter `author`, else its source when the source is
 * a person (then no longer shown as a source).
 * @example withAuthor({ ...a, source: 'Florian Lautre' }) // { ...a, author: 'Florian Lautre', source: undefined }
 */
export function withAuthor(a: Article): Article {
  if (a.author || !a.source || !isPersonName(a.source)) return a;
  const { source, ...rest } = a;
  return extend(rest, { author: source });
}
