/**
 * A Markdown body written in HTML, as WordPress and other exporters write them
 * (`<p>Le texte en <strong>gras</strong>.</p>`): the tags that only shape text are read as the
 * text they shape, in Markdown, before markdown-it parses the body. Paragraph and block tags
 * become paragraph breaks, headings `##` headings, list items `-` items, links Markdown links
 * (which markdown-it then checks as any link: ./markup.ts); emphasis and other inline tags are
 * dropped, their text kept; images are dropped, and WordPress's captioned images with their
 * caption. Any other tag (`<script>`, `<iframe>`, `<table>`, `<form>`…) is left as written:
 * markdown-it shows it as text, with the `raw-html` warning, and never runs it. Code (fenced or
 * indented blocks, `code spans`) is left as written. Tags are matched by their whole name,
 * followed by a space, `/` or `>`: `<i.dupont@mail.fr>` (an e-mail autolink) is no `<i>`. Pure.
 */

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
/** An image: dropped (articles carry text only). */
const IMAGE = /<img(?=[\s/>])[^<>]*>/giu;

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
    .replace(HEADING, (_, level: string, html: string) => (count(2), `\n\n${'#'.repeat(Math.max(2, Number(level)))} ${inner(html)}\n\n`))
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

/** A fence opening or closing a code block. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

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
  let fence: string | undefined;
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
  lines.forEach((line, i) => {
    const f = FENCE.exec(line);
    if (fence !== undefined) {
      if (f && f[1]!.startsWith(fence)) fence = undefined;
      return push(line, i);
    }
    if (f) {
      fence = f[1]!.charAt(0).repeat(3);
      return push(line, i);
    }
    // An indented line after a blank one is code.
    if (/^(?: {4}|\t)/.test(line) && (i === 0 || lines[i - 1]!.trim() === '')) return push(line, i);
    // Code spans are left as written: the parts between them are read alone.
    const text = line.split(/(`[^`]*`)/).map((part, n) => {
      if (n % 2 === 1) return part;
      const read = shaped(part);
      tags += read.tags;
      images += read.images;
      if (read.images > 0) imageLine ??= i;
      return read.text;
    }).join('');
    push(text, i);
  });
  if (tags === 0 && images === 0) return unchanged();
  while (out.length > 0 && out[0]!.trim() === '') {
    out.shift();
    sourceLines.shift();
  }
  return { text: out.join('\n'), tags, images, ...(imageLine !== undefined ? { imageLine } : {}), sourceLines };
}
