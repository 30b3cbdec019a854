/**
 * Straight double quotes a text never pairs: the typography sets « and » around each quotation it
 * can pair (src/text/french-typography.ts, and across paragraphs src/text/spanning-quotes.ts);
 * a quote the source opens and never closes (`visés : "Ce « ministre qui…`) stays straight on the
 * page. The editor is told where, once per file. Pure.
 */
import type { Diagnostic } from '../model.ts';
import { typesetText } from '../text/french-typography.ts';
import { leavesQuoteOpen } from '../text/spanning-quotes.ts';

/** Characters of the text shown on each side of the quote. */
const CONTEXT = 30;
/** Characters of a paragraph's opening looked for in the file, to give its line. */
const OPENING = 24;

/**
 * A note naming the first text (title, lede, heading or paragraph) whose typography leaves a
 * straight `"`, with its line in `source` (the file's text) when its opening is found there;
 * undefined when every quote pairs.
 * @example strayQuotes(['Il a dit : "Je pars.'], 'Il a dit : "Je pars.')?.line // 1
 */
export function strayQuotes(texts: readonly string[], source: string): Omit<Diagnostic, 'file'> | undefined {
  // An even number of quotes pairs, as the typography reads them, but for a few (the cost of setting every paragraph twice).
  const stray = texts.filter(leavesQuoteOpen).map((t) => ({ text: t, set: typesetText(t) })).filter((t) => t.set.includes('"'));
  if (stray.length === 0) return undefined;
  const { text: first, set } = stray[0]!;
  const at = set.indexOf('"');
  const excerpt = `${at > CONTEXT ? '…' : ''}${set.slice(Math.max(0, at - CONTEXT), at + CONTEXT).trim()}${at + CONTEXT < set.length ? '…' : ''}`;
  const line = lineOf(first, source);
  const others = stray.length > 1 ? ` (et ${stray.length - 1} autre${stray.length > 2 ? 's' : ''} plus bas)` : '';
  return {
    id: 'quote-unpaired',
    level: 'info',
    ...(line !== undefined ? { line } : {}),
    message: `guillemet droit sans pendant, affiché tel quel : « ${excerpt} »${others} ; fermez la citation ou retirez ce guillemet`,
  };
}

/** The line of `source` where `text` opens, if its first words are found there as written. */
function lineOf(text: string, source: string): number | undefined {
  const opening = text.trim().slice(0, OPENING);
  const at = opening ? source.indexOf(opening) : -1;
  if (at < 0) return undefined;
  let line = 1;
  for (let i = source.indexOf('\n'); i >= 0 && i < at; i = source.indexOf('\n', i + 1)) line++;
  return line;
}
