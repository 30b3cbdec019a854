/**
 * Small text predicates shared by the raw-text and Markdown parsers.
 */

/** Lines scrapers leave behind that are never article text. Compared folded, whole line. */
const DEBRIS = new Set([
  'table of contents', 'sommaire', 'table des matieres', 'contents', 'advertisement', 'publicite',
  'partager', 'share', 'lire aussi', 'lire la suite', 'a lire aussi', 'voir aussi', 'newsletter',
  'abonnez-vous', 'cookies', 'menu', 'accueil', 'skip to content', 'aller au contenu',
]);

/** AFP-style editor initials closing a dispatch, e.g. `dch/jk` or `fff-abc/pz`. */
const INITIALS = /^[a-z]{2,5}(?:[-/][a-z]{2,5}){1,4}$/;

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s:.…]+$/u, '').trim();
}

/** The line is scraping debris (`Table of Contents`, editor initials…). */
export function isDebris(line: string): boolean {
  const t = line.trim();
  return DEBRIS.has(fold(t)) || INITIALS.test(t);
}

/** Ends like a finished sentence or quotation. */
export function endsSentence(text: string): boolean {
  return /[.!?…»"”)\]]\s*$/u.test(text) || /[.!?…]\s*["”»)]\s*$/u.test(text);
}

/**
 * A section heading: a short line without final punctuation, or a short question.
 * @example isHeadingCandidate('Rencontre avec le président de Samsung Electronics') // true
 */
export function isHeadingCandidate(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 110) return false;
  if (!/^[\p{Lu}\p{N}«"“]/u.test(t)) return false;
  const words = t.split(/\s+/).length;
  if (words > 16) return false;
  if (/\?\s*$/.test(t)) return true;
  return !/[.!…:;,»"”)\]]\s*$/u.test(t);
}

/** Word count of a text, as a reader counts words. */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

/** Folds a paragraph for duplicate detection: lowercase, accents, quotes and apostrophes unified. */
function wordsOf(text: string): string[] {
  return fold(text).replace(/[’ʼ‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
}

/**
 * Two paragraphs say the same thing: identical once folded, or one repeats the other's
 * opening (at least 60 % of the shorter one's words, and at least 8 words).
 * @example nearDuplicate('"Nous avons eu une conversation", a dit X.', '"Nous avons eu une conversation", a confié Y.')
 */
export function nearDuplicate(a: string, b: string): boolean {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (wa.join(' ') === wb.join(' ')) return wa.length > 0;
  const shorter = Math.min(wa.length, wb.length);
  if (shorter < 8) return false;
  let common = 0;
  while (common < shorter && wa[common] === wb[common]) common++;
  return common >= 8 && common >= shorter * 0.6;
}
