/**
 * Raw text dumps (DESIGN.md, "Content conventions"): optional title line, a ` date AAAA[-MM[-JJ]]`
 * line with the lede on it or after it, short lines as section headings, `Source : X` last.
 */
import type { Section } from '../model.ts';
import { dateAlone, parseDate, UPDATED_LINE } from './dates.ts';
import { BYLINE, bylineAndDate } from './byline.ts';
import { readFrenchDate } from './french-date.ts';
import { decodeEntities } from '../text/html-entities.ts';
import { htmlTagIn } from './markup.ts';
import type { Parsed } from './parsed.ts';
import { NO_QUOTES, quotesAfter, withSpanningQuotes, type QuoteState } from '../text/spanning-quotes.ts';
import { inCapitals, sentenceCase, textSpellings } from '../text/capitals.ts';
import { bulletOf, goesOn, headingSize, headingText, isCommonFirstName, isDebris, isHeadingCandidate, isReadMore, pullQuoteHeading, readMoreSource, LEDE_REPEATED, ledePiece, ledeRepeat, looksTruncated, truncationWarning, withoutEmbedLinks, withoutScrapeMarks, type LedeRepeat } from './text-rules.ts';

interface Line {
  text: string;
  /** 1-based line number in the file. */
  n: number;
  /** An embedded tweet's text (its links were cut): never a heading. */
  embed?: boolean;
}

const DATE_LINE = /^\s?date\b[ \t:]*(\S*)[ \t]*(.*)$/i;
const SOURCE_LINE = /^source\s*:\s*(.+)$/i;
/** The date line is looked for among the first lines only: later, `date` is just a word. */
const DATE_LINE_WINDOW = 4;
/**
 * A time after a date in figures on its line: `10:00`, `à 10h00`, `, 10 h 30`, `à 9h`. Not one
 * followed by a dash: that opens a live report's entry (` date 2017-05-03 23h30 - Les deux
 * candidats…`, then `23h20 - …`), which keeps its time as the entries after it do.
 */
const TIME_AFTER_DATE = /^,?\s*(?:à\s*)?(\d{1,2})\s*[h:]\s*(\d{2})?(?![\p{L}\p{N}])(?!\s*[-–—])/iu;
/** Lines of a page's header, the title's included, where a byline, a credit or an update's date may stand. */
const HEADER_WINDOW = 6;
/** An agency's dateline: a place in capitals, a date in words, the agency (`PARIS, 7 janvier 2015 (AFP) -`). */
const DATELINE = /^\p{Lu}[\p{Lu}'’ .-]+,\s+(\d{1,2}(?:er)?\s+\p{L}+\s+\d{4})\s+\((?:AFP|Reuters|AP|Belga|ATS)\)\s*[-–—]/u;
/** A credit alone: a medium with an agency (`Le Monde avec AFP`, `franceinfo avec Reuters`). */
const CREDIT_LINE = /^\S.{1,40}?\s+avec\s+(?:l['’])?(?:AFP|Reuters|AP|agences?)$/u;
/** A title line: short, not a finished sentence. */
function looksLikeTitle(text: string): boolean {
  return text.length <= 200 && !/[.…;,:]\s*$/u.test(text);
}

/**
 * Joins the lines of a paragraph that a dump broke (./text-rules.ts, `goesOn`): hard-wrapped
 * lines, a quotation cut at a sentence's end, `M.` before a name. Only the last line joined, the
 * paragraph's length and its quote state are looked at, so a paragraph of 100,000 wrapped lines
 * stays linear.
 */
function paragraphs(lines: Line[]): Line[] {
  const out: { parts: string[]; n: number; length: number; quotes: QuoteState; embed?: boolean }[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && goesOn(prev.parts[prev.parts.length - 1]!, prev.quotes, prev.length, line.text, () => prev.parts.join(' '))) {
      prev.parts.push(line.text);
      prev.length += line.text.length + 1;
      prev.quotes = quotesAfter(prev.quotes, line.text);
    } else {
      out.push({ parts: [line.text], n: line.n, length: line.text.length, quotes: quotesAfter(NO_QUOTES, line.text), ...(line.embed ? { embed: true } : {}) });
    }
  }
  return out.map((p) => ({ text: p.parts.join(' '), n: p.n, ...(p.embed ? { embed: true } : {}) }));
}

/**
 * Parses a raw text dump; `titled`: its title is given elsewhere (a front matter), so no line of
 * it is taken for one.
 * @example parseRawText(' date 2024-02 Le lede.\n\nUn paragraphe.').date?.precision // 'month'
 */
export function parseRawText(text: string, titled = false): Parsed {
  const diagnostics: Parsed['diagnostics'] = [];
  let lines: Line[] = text
    .split('\n')
    // Runs of spaces mean nothing in a page; collapsed, they cannot make a later regex quadratic.
    // HTML character references a scraper left (`l&rsquo;enjeu`) are the characters they stand for.
    .map((t, i) => ({ text: decodeEntities(t).trimEnd().replace(/(?<=\S)\s{2,}/g, ' '), n: i + 1 }))
    .filter((l) => l.text.trim() !== '');
  // Debris lines dropped, and an embedded tweet's links cut from the others, in line order.
  const debris: { n: number; text: string }[] = [];
  const read: Line[] = [];
  // A news page's header, under its title: an update's date goes (`Mis à jour le …`), a byline alone is the author
  // (`Par Jean Dupont`), a credit alone the source (`Le Monde avec AFP`).
  let author: string | undefined;
  let credit: string | undefined;
  for (const [i, l] of lines.entries()) {
    const header = i > 0 && i < HEADER_WINDOW ? l.text.trim() : '';
    if (isDebris(l.text) || UPDATED_LINE.test(header)) {
      debris.push({ n: l.n, text: l.text.trim() });
      continue;
    }
    const byline = author === undefined ? BYLINE.exec(header)?.[1] : undefined;
    const credited = credit === undefined ? CREDIT_LINE.exec(header)?.[0] : undefined;
    if (byline !== undefined || credited !== undefined) {
      author ??= byline;
      credit ??= credited;
      continue;
    }
    // `Par Marie Lambert — 5 décembre 2019`: the author, and the date the line then gives alone.
    const signed = author === undefined && header ? bylineAndDate(header) : undefined;
    if (signed) {
      author = signed.author;
      read.push({ ...l, text: signed.date });
      continue;
    }
    const links = withoutEmbedLinks(l.text.replace(/^\s+(?!date\b)/iu, ''));
    const { text, cut: marks } = withoutScrapeMarks(links.text);
    for (const c of [...links.cut, ...marks]) debris.push({ n: l.n, text: c });
    read.push(links.cut.length > 0 ? { ...l, text, embed: true } : { ...l, text });
  }
  lines = read;
  if (debris.length > 0) {
    diagnostics.push({ id: 'debris-dropped', level: 'info', line: debris[0]!.n, message: `débris de page retirés : ${debris.map((d) => `« ${d.text} »`).join(', ')} ; rien à faire` });
  }

  for (const l of lines) {
    const tag = htmlTagIn(l.text);
    if (!tag) continue;
    diagnostics.push({ id: 'raw-html', level: 'warning', line: l.n, message: `HTML (${tag.slice(0, 40)}) affiché comme texte, jamais interprété ; retirez-le du fichier` });
    break;
  }

  let source: string | undefined;
  const last = lines[lines.length - 1];
  const sourceMatch = last && SOURCE_LINE.exec(last.text.trim());
  if (sourceMatch) {
    source = sourceMatch[1]!.trim();
    lines.pop();
  }
  source ??= credit;

  let title: string | undefined;
  let titleLine: number | undefined;
  let date: Parsed['date'];
  let dateLineNumber: number | undefined;
  let dateIndex = lines.slice(0, DATE_LINE_WINDOW).findIndex((l) => {
    const m = DATE_LINE.exec(l.text);
    return m !== null && (/^\d/.test(m[1] ?? '') || readFrenchDate(`${m[1]} ${m[2]}`) !== undefined);
  });
  // Without a ` date` line, a line that is a date alone, as a page prints it (`Publié le 12/03/2020 à 10h00`).
  let alone: string | undefined;
  if (dateIndex < 0) dateIndex = lines.slice(0, DATE_LINE_WINDOW).findIndex((l) => (alone = dateAlone(l.text)) !== undefined);
  if (dateIndex >= 0) {
    const dateLine = lines[dateIndex]!;
    dateLineNumber = dateLine.n;
    const m = alone !== undefined ? ['', alone, ''] : DATE_LINE.exec(dateLine.text)!;
    // A date in words (`5 mars 2024 à 14h30`) spans several words; the lede may follow it.
    const after = `${m[1]} ${m[2]}`;
    const words = readFrenchDate(after);
    if (words) [m[1], m[2]] = [after.slice(0, words.length), after.slice(words.length)];
    // A day in figures followed by its time (` date 15/03/2024 à 10h00`, ` date 2024-03-15 10:00`): the time is the date's, not the lede's.
    const time = words ? null : TIME_AFTER_DATE.exec(m[2]!);
    const timed = time ? parseDate(`${m[1]} ${time[1]!.padStart(2, '0')}:${time[2] ?? '00'}`) : undefined;
    if (timed?.ok) [m[1], m[2]] = [`${m[1]} ${time![0].trim()}`, m[2]!.slice(time![0].length)];
    const parsed = timed?.ok ? timed : parseDate(m[1]!);
    if (parsed.ok) {
      date = parsed.date;
      if (parsed.warning) diagnostics.push({ id: 'date-ambiguous', level: 'warning', line: dateLine.n, message: parsed.warning });
    } else {
      diagnostics.push({ id: 'date-invalid', level: 'error', line: dateLine.n, message: parsed.message });
    }
    const before = lines.slice(0, dateIndex);
    if (before.length > 0 && titled) {
      // The title is given elsewhere (a front matter): lines before the date are text.
      lines = [...before, ...lines.slice(dateIndex + 1)];
    } else if (before.length > 0) {
      title = before[0]!.text.trim();
      titleLine = before[0]!.n;
      // Lines between a title and the date line are kept as text, never lost.
      lines = [...before.slice(1), ...lines.slice(dateIndex + 1)];
    } else {
      lines = lines.slice(dateIndex + 1);
    }
    const rest = m[2]!.trim();
    // The lede on the date line is read as the first line of the text: a line may continue it.
    if (rest) lines = [{ text: rest, n: dateLine.n }, ...lines];
  } else {
    // An agency's dateline opening the text (`PARIS, 7 janvier 2015 (AFP) - Douze personnes…`) dates it; it stays in the text.
    const dateline = lines.slice(0, DATE_LINE_WINDOW).map((l) => ({ l, m: DATELINE.exec(l.text.trim()) })).find((x) => x.m !== null);
    const parsed = dateline ? parseDate(dateline.m![1]!) : undefined;
    if (parsed?.ok) {
      date = parsed.date;
      dateLineNumber = dateline!.l.n;
    } else {
      diagnostics.push({ id: 'undated', level: 'warning', line: 1, message: 'pas de ligne « date AAAA[-MM[-JJ]] » : article publié sans date ; ajoutez une ligne de date en tête pour le placer dans la chronologie' });
    }
    const first = lines[0];
    if (!titled && first && lines.length > 1 && looksLikeTitle(first.text)) {
      title = first.text.trim();
      titleLine = first.n;
      lines = lines.slice(1);
    }
  }

  const paras = paragraphs(lines);
  let lede = paras.shift();
  if (!lede) {
    return { lede: '', sections: [], topics: [], draft: false, truncated: false, diagnostics, title, titleLine, date, dateLine: dateLineNumber, source, ...(author ? { author } : {}) };
  }

  const sections: Section[] = [{ paragraphs: [] }];
  const bullets = paras.map((p) => bulletOf(p.text));
  const candidate = bulletedHeadings(paras, bullets, paras.map((p, i) => !p.embed && (isHeadingCandidate(p.text) || pullQuoteHeading(p.text, paras[i + 1]?.text))));
  const bulleted = bullets.map((b) => b !== undefined);
  /** Paragraphs of the text kept so far after the lede. */
  let bodyParagraphs = 0;
  /** Words of the lede the opening paragraphs have repeated in pieces so far (`ledePiece`). */
  let ledeRepeated = 0;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    const next = paras[i + 1];
    const prevIsCandidate = i > 0 && candidate[i - 1]! && sections[sections.length - 1]!.paragraphs.length === 0 && sections.length > 1;
    // A heading is followed by text, or by a bulleted heading (`SUR LE CORONAVIRUS`, then
    // `- Masque obligatoire…`), which may itself follow a heading; a bulleted line after another
    // is an item of a list, not a heading; one with another bullet heads the next part of the list
    // (`► À GAUCHE` after the `•` items of `► À DROITE`).
    const textFollows = !candidate[i + 1] || (bulleted[i + 1]! && bullets[i + 1] !== bullets[i]);
    const listItem = i > 0 && bulleted[i]! && bullets[i] === bullets[i - 1];
    // Nor by a paragraph in lowercase, the rest of its sentence (« Malgré cela, l’économie uruguayenn » / « e a été rudoyée… »).
    if (next && candidate[i] && textFollows && !/^\p{Ll}/u.test(next.text) && (!prevIsCandidate || bulleted[i]) && !listItem) {
      sections.push({ heading: headingText(p.text), paragraphs: [] });
      continue;
    }
    // The lede repeated in pieces, each a paragraph of the text's opening (./text-rules.ts, `ledePiece`): dropped.
    const opening = sections.length === 1 && bodyParagraphs === 0;
    const piece: number | undefined = opening ? ledePiece(lede.text, p.text, ledeRepeated) : undefined;
    // A paragraph that repeats the lede is kept once (`ledeRepeat`), as in Markdown.
    const repeat: LedeRepeat = piece === undefined ? ledeRepeat(lede.text, p.text, opening, bodyParagraphs) : { keep: false };
    if (!repeat.keep) {
      diagnostics.push({ id: 'lede-repeated', level: 'info', line: p.n, message: LEDE_REPEATED });
      if (piece !== undefined) ledeRepeated = piece;
      if (repeat.lede) lede = { ...lede, text: repeat.lede };
      if (!repeat.rest) continue;
    }
    const text = repeat.keep ? p.text.trim() : repeat.rest!;
    sections[sections.length - 1]!.paragraphs.push(text);
    bodyParagraphs++;
  }
  const kept = headingsAsSentences(sections.filter((s, i) => i === 0 || s.heading || s.paragraphs.length > 0), [title ?? '', lede.text]);

  const lastText = [...kept].reverse().find((s) => s.paragraphs.length > 0)?.paragraphs.at(-1) ?? lede.text;
  const readMore = debris.find((l) => isReadMore(l.text));
  const truncated = looksTruncated(lastText, text) || readMore !== undefined;
  if (truncated) diagnostics.push(truncationWarning(paras.at(-1)?.n ?? lede.n, readMore?.text));
  // `Lire la suite sur Le Figaro`: the medium the excerpt comes from, when no `Source :` line says it.
  source ??= readMore && readMoreSource(readMore.text);
  const quoted = quotationsAcrossParagraphs(lede.text.trim(), kept);
  return { title, titleLine, date, dateLine: dateLineNumber, lede: quoted.lede, sections: quoted.sections, source, ...(author ? { author } : {}), topics: [], draft: false, truncated, diagnostics };
}

/**
 * Sections whose headings in capitals are shown as sentences, spelt as the text spells its words
 * (src/text/capitals.ts); `texts` are the title and lede, which count with the paragraphs.
 */
function headingsAsSentences(sections: Section[], texts: string[]): Section[] {
  if (!sections.some((s) => s.heading !== undefined && inCapitals(s.heading))) return sections;
  const spellings = textSpellings([...texts, ...sections.flatMap((s) => s.paragraphs)]);
  return sections.map((s) => (s.heading === undefined ? s : { ...s, heading: sentenceCase(s.heading, spellings, isCommonFirstName) }));
}

/** The lede and sections with the quotations that span paragraphs set as « and » (src/text/spanning-quotes.ts); headings count as paragraphs. */
function quotationsAcrossParagraphs(lede: string, sections: Section[]): { lede: string; sections: Section[] } {
  const texts = [lede, ...sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs])];
  const set = withSpanningQuotes(texts);
  if (set === texts) return { lede, sections };
  let i = 1;
  const next = (): string => set[i++]!;
  return {
    lede: set[0]!,
    sections: sections.map((s) => {
      const heading = next();
      return { ...(s.heading !== undefined ? { heading } : {}), paragraphs: s.paragraphs.map(next) };
    }),
  };
}

/** Bulleted lines of one sign, each followed by text, from which they are an article's headings. */
const BULLETED_HEADINGS = 3;

/**
 * The heading candidates with the bulleted lines of one sign that head the parts of a text: at
 * least BULLETED_HEADINGS of them, each followed by a paragraph of text, most of them headings by
 * their own look. The others then are headings too, though one holds an ellipsis or ends with a
 * parenthesis (`• Hollande : sa popularité se stabilise... à un niveau bas (22%, -2 points)`, among
 * `• Cazeneuve sous la barre des 50%`): in one article, some became list items and some headings (review 33).
 * Not a line that ends a sentence, nor a long one.
 */
function bulletedHeadings(paras: readonly { text: string }[], bullets: readonly (string | undefined)[], candidate: boolean[]): boolean[] {
  const out = [...candidate];
  for (const sign of new Set(bullets.filter((b) => b !== undefined))) {
    const at = bullets.flatMap((b, i) => (b === sign ? [i] : []));
    const heads = at.every((i) => paras[i + 1] !== undefined && bullets[i + 1] === undefined && !candidate[i + 1]);
    if (!heads || at.length < BULLETED_HEADINGS || at.filter((i) => candidate[i]).length * 2 < at.length) continue;
    for (const i of at) {
      const t = headingText(paras[i]!.text).replace(/\s*["»”]\s*$/u, '');
      if (headingSize(t) && !/[.!:;,]\s*$/u.test(t)) out[i] = true;
    }
  }
  return out;
}
