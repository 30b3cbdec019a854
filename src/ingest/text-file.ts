/**
 * A `.txt` file: a raw text dump (./raw-text.ts), or one that opens with a front matter (YAML or TOML),
 * or with labelled lines (`Titre : …`, `Date : …`: ./labelled-header.ts), as some exporters write them. The front matter is read as a Markdown file's is
 * (./markdown.ts, `frontMatterFields`: its keys win), and the text after it as raw text: one
 * paragraph per line, headings as short lines, never Markdown.
 */
import { readFrontMatter, type FrontMatterResult } from './front-matter.ts';
import { labelledHeader } from './labelled-header.ts';
import { frontMatterFields } from './markdown.ts';
import type { Parsed } from './parsed.ts';
import { parseRawText } from './raw-text.ts';
import { ledeRepeat } from './text-rules.ts';

/** A front matter's opening fence, YAML or TOML, on the file's first line. */
const FENCE = /^(?:---|\+\+\+)[ \t]*\r?\n/;

/**
 * A front matter followed by labelled lines (a `slug:` put above an export's `Titre : …` lines, as
 * Kiosque's own advice says): both read, the front matter's keys first, every line kept.
 */
function withLabelledLines(fm: FrontMatterResult): FrontMatterResult {
  const labelled = fm.ok ? labelledHeader(fm.body) : undefined;
  if (!fm.ok || !labelled) return fm;
  const shift = fm.bodyStartLine - 1;
  const lines = Object.fromEntries(Object.entries(labelled.fieldLines).map(([key, line]) => [key, line + shift]));
  return { ok: true, data: { ...labelled.data, ...fm.data }, fieldLines: { ...lines, ...fm.fieldLines }, body: labelled.body, bodyStartLine: labelled.bodyStartLine + shift };
}

/**
 * Parses a `.txt` file, with or without a front matter.
 * @example parseTextFile('---\ntitle: T\ndate: 2024-02-01\n---\nLe texte.').title // 'T'
 * @example parseTextFile(' date 2024-02 Le texte.').date?.iso // '2024-02'
 */
export function parseTextFile(text: string): Parsed {
  // A front matter, or labelled lines (`Titre : …`, `Date : …`) read as one (./labelled-header.ts).
  const fm = FENCE.test(text) ? withLabelledLines(readFrontMatter(text)) : labelledHeader(text);
  // A first line of dashes that opens no front matter that reads (a rule drawn by a scraper) is text.
  if (!fm?.ok || Object.keys(fm.data).length === 0) return parseRawText(text);
  const diagnostics: Parsed['diagnostics'] = [];
  const fields = frontMatterFields(fm, diagnostics);
  const body = parseRawText(fm.body, fields.title !== undefined);
  const shift = fm.bodyStartLine - 1;
  const at = (line: number | undefined) => (line === undefined ? undefined : line + shift);
  // The front matter's date wins; without one, the text's date line, if any, dates the article.
  const bodyDiagnostics = body.diagnostics
    .filter((d) => !(d.id === 'undated' && fields.date))
    .map((d) => (d.line === undefined ? d : { ...d, line: at(d.line)! }));
  const title = fields.title ?? body.title;
  const titleLine = fields.title !== undefined ? fields.titleLine : at(body.titleLine);
  const date = fields.date ?? (fields.undated ? body.date : undefined);
  const dateLine = fields.date || !fields.undated ? fields.dateLine : at(body.dateLine);
  const source = fields.source ?? body.source;
  const { lede, sections } = fields.lede ? withFrontLede(fields.lede, body) : body;
  return {
    lede,
    sections,
    truncated: body.truncated,
    ...(title !== undefined ? { title } : {}),
    ...(titleLine !== undefined ? { titleLine } : {}),
    titleFromFrontMatter: fields.title !== undefined && fields.title !== '',
    ...(date ? { date } : {}),
    ...(dateLine !== undefined ? { dateLine } : {}),
    topics: fields.topics,
    ...(source ? { source } : {}),
    ...(fields.author ? { author: fields.author } : {}),
    ...(fields.originalUrl ? { originalUrl: fields.originalUrl } : {}),
    draft: fields.draft,
    ...(fields.slug ? { slug: fields.slug } : {}),
    ...(fields.aliases ? { aliases: fields.aliases, ...(fields.aliasesLine !== undefined ? { aliasesLine: fields.aliasesLine } : {}) } : {}),
    diagnostics: [...diagnostics, ...bodyDiagnostics],
  };
}

/**
 * The front matter's standfirst as the lede, and the text's own first paragraph back at the top of
 * its text; when one repeats the other (`ledeRepeat`), the longer is the lede and the other goes.
 * @example withFrontLede('Le conseil a voté.', { lede: 'Mardi, le conseil a voté le budget.', sections: [{ paragraphs: [] }] }).sections[0].paragraphs // ['Mardi, le conseil a voté le budget.']
 */
function withFrontLede(front: string, body: Pick<Parsed, 'lede' | 'sections'>): Pick<Parsed, 'lede' | 'sections'> {
  if (!body.lede) return { lede: front, sections: body.sections };
  const repeat = ledeRepeat(front, body.lede, true, 0);
  if (!repeat.keep) return { lede: repeat.lede ?? front, sections: body.sections };
  const [first, ...rest] = body.sections;
  return { lede: front, sections: [{ ...first!, paragraphs: [body.lede, ...first!.paragraphs] }, ...rest] };
}
