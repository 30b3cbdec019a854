/**
 * A Markdown body written in HTML, as WordPress and other exporters write them
 * (`<p>Le texte en <strong>gras</strong>.</p>`): the tags that only shape text are read as the
 * text they shape, in Markdown, before markdown-it parses the body. Paragraph and block tags
 * become paragraph breaks, headings `##` headings, list items `-` items, links Markdown links
 * (which markdown-it then checks as any link: ./markup.ts); emphasis and other inline tags are
 * dropped, their text kept; images are dropped, and WordPress's captioned images with their
 * caption. A quotation (`<blockquote>`) becomes a Markdown quotation, and a table of plain rows
 * and cells a Markdown table (its first row the header), over as many lines as they take; a
 * table whose cells span rows or columns, or that holds another table, has no Markdown form and
 * is left as written. Any other tag (`<script>`, `<iframe>`, `<form>`…) is left as written:
 * markdown-it shows it as text, with the `raw-html` warning, and never runs it. Code (fenced or
 * indented blocks, `code spans`) is left as written. Tags are matched by their whole name,
 * followed by a space, `/` or `>`: `<i.dupont@mail.fr>` (an e-mail autolink) is no `<i>`. Pure.
 */
import { CODE_SPAN, codeLines } from './code-lines.ts';

/** Tags that hold blocks of text: a paragraph break each, opening or closing. */
const BLOCK = /<\/?(?:p|div|section|article|header|footer|main|aside|figure|figcaption|center|ul|ol|dl|dd|dt|blockquote|hr)(?=[\s/>])[^<>]*>/giu;
/** A line break: a paragraph break, as a raw text's line is a paragraph. */
const BREAK = /<br\s*\/?>/giu;
/** A heading, whole on its line or inside one. */
const HEADING = /<h([1-6])(?=[\s/>])[^<>]*>([^<>]*(?:<(?!\/h\1\b)[^<>]*>[^<>]*)*)<\/h\1\s*>/giu;
/** A heading tag left alone on its line (its text on the next ones): a paragraph break. */
const HEADING_TAG = /<\/?h[1-6](?=[\s/>])[^<>]*>/giu;
/** A list item's tags. */
const ITEM_OPEN = /<li(?=[\s/>])[^<>]*>/giu;
const ITEM_CLOSE = /<\/li\s*>/giu;
/** A link with its address. */
const LINK = /<a\s[^<>]*?href\s*=\s*(["'])([^"'<>]*)\1[^<>]*>([^<>]*)<\/a\s*>/giu;
/** Tags that only style the text they hold, and links without an address: dropped, the text kept. */
const INLINE = /<\/?(?:strong|b|em|i|u|s|span|font|small|big|mark|abbr|cite|q|time|sup|sub|ins|del|a|nobr|wbr)(?=[\s/>])[^<>]*>/giu;
/** WordPress's captioned image, its caption with it (`[caption id="…"]<img …> La légende[/caption]`): dropped as an image. */
const CAPTION = /\[caption\b[^\]]*\][^[]*\[\/caption\]/giu;
/** An image, or an embedded player (`<iframe>`, `<video>`, `<audio>`, `<embed>`, `<object>`, with what they hold): dropped (articles carry text only). */
const IMAGE = /<img(?=[\s/>])[^<>]*>|<(iframe|video|audio|object)(?=[\s/>])[^<>]*>(?:[^<]*(?:<(?!\/\1)[^<]*)*<\/\1\s*>)?|<embed(?=[\s/>])[^<>]*>/giu;

/** The text of a heading or a link, without the inline tags inside it. */
const inner = (html: string): string => html.replace(INLINE, '').replace(/\s+/g, ' ').trim();

/**
 * A part of a body line outside code: its shaping tags read as Markdown. Returns the text and
 * how many tags were read and images dropped.
 */
function shaped(text: string): { text: string; tags: number; images: number } {
  let tags = 0;
  let images = 0;
  const count = (by: number) => (tags += by);
  let out = text
    .replace(CAPTION, () => (images++, ''))
    .replace(HEADING, (_, level: string, html: string) => (count(2), `\n\n${'#'.repeat(Number(level))} ${inner(html)}\n\n`))
    .replace(LINK, (_, _q: string, href: string, label: string) => (count(2), `[${inner(label).replace(/[[\]]/g, '\\$&')}](<${href.trim()}>)`))
    .replace(ITEM_OPEN, () => (count(1), '\n\n- '))
    .replace(ITEM_CLOSE, () => (count(1), '\n\n'))
    .replace(BLOCK, () => (count(1), '\n\n'))
    .replace(BREAK, () => (count(1), '\n\n'))
    .replace(HEADING_TAG, () => (count(1), '\n\n'))
    .replace(IMAGE, () => (images++, ''))
    .replace(INLINE, () => (count(1), ''));
  if (tags + images > 0) out = out.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n');
  return { text: out, tags, images };
}

/** The opening tag of an element read whole, over the lines it takes: a quotation or a table. */
const ELEMENT_OPEN = /<(blockquote|table)(?=[\s/>])[^<>]*>/iu;

/**
 * Where the element opened by `tag` at `from` on line `start` closes: the line, and the offset
 * just after its closing tag; nested elements of the same name are counted.
 */
function closing(lines: readonly string[], start: number, from: number, tag: string): { line: number; end: number } | undefined {
  const re = new RegExp(`<(/?)${tag}(?=[\\s/>])[^<>]*>`, 'giu');
  let depth = 0;
  for (let i = start; i < lines.length; i++) {
    re.lastIndex = i === start ? from : 0;
    for (let m = re.exec(lines[i]!); m; m = re.exec(lines[i]!)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) return { line: i, end: m.index + m[0].length };
    }
  }
  return undefined;
}

/** A table's row, cell and caption; spans, which Markdown tables cannot give. */
const ROW = /<tr(?=[\s>])[^<>]*>([\s\S]*?)<\/tr\s*>/giu;
const CELL = /<(t[hd])(?=[\s>])[^<>]*>([\s\S]*?)<\/\1\s*>/giu;
const TABLE_CAPTION = /<caption(?=[\s>])[^<>]*>([\s\S]*?)<\/caption\s*>/iu;
const SPAN = /\s(?:col|row)span\s*=\s*["']?(?!1["'\s>])\d/iu;

/** A text read on one line: its shaping tags dropped, its spaces and line breaks one space each. */
function oneLine(html: string, counts: { tags: number; images: number }): string {
  const read = shaped(html);
  counts.tags += read.tags;
  counts.images += read.images;
  return read.text.replace(/\s+/gu, ' ').trim();
}

/**
 * A table of plain rows and cells (`html`, from `<table` to `</table>`) as a Markdown table, its
 * first row the header and its caption a paragraph above it, with the tags read and the images
 * dropped in its cells; undefined for a table Markdown cannot write (cells spanning rows or
 * columns, a table inside, no row).
 * @example tableAsMarkdown('<table><tr><th>Poste</th><th>Montant</th></tr><tr><td>Écoles</td><td>2 M€</td></tr></table>')?.text
 * // '| Poste | Montant |\n| --- | --- |\n| Écoles | 2 M€ |'
 */
export function tableAsMarkdown(html: string): { text: string; tags: number; images: number } | undefined {
  if (SPAN.test(html) || /<table(?=[\s/>])/iu.test(html.slice(1))) return undefined;
  const counts = { tags: 0, images: 0 };
  const rows = [...html.matchAll(ROW)].map((row) => [...row[1]!.matchAll(CELL)].map((cell) => oneLine(cell[2]!, counts).replace(/\|/gu, '\\|')));
  const columns = Math.max(0, ...rows.map((r) => r.length));
  if (columns === 0) return undefined;
  const line = (cells: string[]) => `| ${Array.from({ length: columns }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const caption = TABLE_CAPTION.exec(html);
  const [head, ...body] = rows;
  const text = [...(caption ? [oneLine(caption[1]!, counts), ''] : []), line(head!), line(Array(columns).fill('---')), ...body.map(line)].join('\n');
  return { text, ...counts };
}

/** The body read (`htmlAsMarkdown`), with the body line each of its lines comes from. */
export interface HtmlRead {
  text: string;
  /** Tags read as Markdown. */
  tags: number;
  /** Images dropped, and the body line (from 0) of the first. */
  images: number;
  imageLine?: number;
  /** For each line of `text` (from 0), the line of the body it comes from (from 0). */
  sourceLines: number[];
}

/**
 * The body with the HTML tags that only shape text read as Markdown, line by line (a line's
 * tags make paragraph breaks, so each line of the result comes from one line of the body), with
 * how many tags and images there were.
 * @example htmlAsMarkdown('<p>Le texte en <strong>gras</strong>.</p>\n<p>La suite.</p>').text // 'Le texte en gras.\n\nLa suite.'
 * @example htmlAsMarkdown('<script>alert(1)</script>').text // '<script>alert(1)</script>' (left for markdown-it to show as text)
 */
export function htmlAsMarkdown(body: string): HtmlRead {
  const lines = body.split('\n');
  const unchanged = (): HtmlRead => ({ text: body, tags: 0, images: 0, sourceLines: lines.map((_, i) => i) });
  if (!body.includes('<')) return unchanged();
  const out: string[] = [];
  const sourceLines: number[] = [];
  let tags = 0;
  let images = 0;
  let imageLine: number | undefined;
  const push = (text: string, from: number) => {
    for (const line of text.split('\n')) {
      // One blank line between paragraphs is enough.
      if (line.trim() === '' && out.length > 0 && out[out.length - 1]!.trim() === '') continue;
      out.push(line);
      sourceLines.push(from);
    }
  };
  /** A line, or a part of one, outside code: its shaping tags read; code spans left as written. */
  const read = (line: string, i: number) => {
    const text = line.split(CODE_SPAN).map((part, n) => {
      if (n % 2 === 1) return part;
      const r = shaped(part);
      tags += r.tags;
      images += r.images;
      if (r.images > 0) imageLine ??= i;
      return r.text;
    }).join('');
    push(text, i);
  };
  const isCode = codeLines();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isCode(line, lines[i - 1])) {
      push(line, i);
      continue;
    }
    // A quotation or a table, read whole over its lines (outside code spans only).
    const open = line.includes('`') ? null : ELEMENT_OPEN.exec(line);
    const close = open ? closing(lines, i, open.index, open[1]!.toLowerCase()) : undefined;
    const whole = !open || !close ? undefined
      : close.line === i ? line.slice(open.index, close.end)
      : [line.slice(open.index), ...lines.slice(i + 1, close.line), lines[close.line]!.slice(0, close.end)].join('\n');
    const markdown = whole === undefined ? undefined : elementAsMarkdown(open![1]!.toLowerCase(), whole);
    if (markdown === undefined) {
      read(line, i);
      continue;
    }
    read(line.slice(0, open!.index), i);
    tags += markdown.tags + 2;
    images += markdown.images;
    if (markdown.images > 0) imageLine ??= i;
    push(`\n${markdown.text}\n`, i);
    // What follows the closing tag on its line is read as the next line.
    lines[close!.line] = lines[close!.line]!.slice(close!.end);
    i = close!.line - 1;
  }
  if (tags === 0 && images === 0) return unchanged();
  while (out.length > 0 && out[0]!.trim() === '') {
    out.shift();
    sourceLines.shift();
  }
  return { text: out.join('\n'), tags, images, ...(imageLine !== undefined ? { imageLine } : {}), sourceLines };
}

/**
 * A quotation or a table (`html`, its tags included) in Markdown, with the tags read and the
 * images dropped inside: the quotation's text, read as a body, on `> ` lines; the table by
 * `tableAsMarkdown`. Undefined when it has no Markdown form.
 */
function elementAsMarkdown(tag: string, html: string): { text: string; tags: number; images: number } | undefined {
  if (tag === 'table') return tableAsMarkdown(html);
  const inner = htmlAsMarkdown(html.replace(/^<blockquote[^<>]*>/iu, '').replace(/<\/blockquote\s*>$/iu, ''));
  const text = inner.text.trim().split('\n').map((l) => (l.trim() === '' ? '>' : `> ${l}`)).join('\n');
  return { text: inner.text.trim() === '' ? '' : text, tags: inner.tags, images: inner.images };
}
