/**
 * Markdown articles: front matter fields, then the body through markdown-it with raw HTML off.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { Section } from '../model.ts';
import { dateAlone, parseDate, readDateValue } from './dates.ts';
import { aliasPath, readAliases, readSlug } from './addresses.ts';
import { readFrontMatter } from './front-matter.ts';
import { labelledHeader } from './labelled-header.ts';
import { bylineAndDate } from './byline.ts';
import { withoutGeneratorMarks, type GeneratorMarks } from './generator-marks.ts';
import { htmlAsMarkdown } from './html-markup.ts';
import { htmlTagIn, isSafeLink, onlyImages, reviewTokens } from './markup.ts';
import type { Parsed } from './parsed.ts';
import { decodeEntities } from '../text/html-entities.ts';
import { foldText } from '../text/fold.ts';
import { listItemText } from '../text/list-items.ts';
import { bulletOf, goesOn, headingText, isCommonFirstName, isDebris, isHeadingCandidate, isReadMore, LEDE_REPEATED, ledePiece, ledeRepeat, looksTruncated, readMoreSource, truncationWarning, withoutBullet, withoutEmbedLinks, withoutScrapeMarks, loneQuote, type LedeRepeat } from './text-rules.ts';
import { leavesQuoteOpen, NO_QUOTES, quotesAfter, spanningQuotes, type QuoteState } from '../text/spanning-quotes.ts';
import { inCapitals, sentenceCase, textSpellings } from '../text/capitals.ts';

/** Raw HTML off; links checked against an allowlist (markup.ts), refused ones noted for the editor. */
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
const refusedLinks = new Set<string>();
md.validateLink = (url: string): boolean => {
  const ok = isSafeLink(url);
  if (!ok) refusedLinks.add(url);
  return ok;
};

// A table wider than a phone's screen scrolls in its own box, which a keyboard can reach (WCAG 2.1.1).
md.renderer.rules.table_open = () => '<div class="table-scroll" role="region" aria-label="Tableau" tabindex="0"><table>\n';
md.renderer.rules.table_close = () => '</table></div>\n';

/** Parses a Markdown body; links markdown-it refused are returned with the tokens. */
function parseBody(body: string): { tokens: Token[]; refused: string[] } {
  refusedLinks.clear();
  const tokens = md.parse(withListNumbersEscaped(body), {});
  return { tokens, refused: [...refusedLinks] };
}

/**
 * A number opening a line with a backslash before it (`\1. Dupont-Aignan…`): a converter's escape
 * of an ordered list's number, which Markdown only takes after the digits (`1\.`); a backslash
 * before a digit is shown as written. Written the Markdown way, the line reads `1. Dupont-Aignan…`.
 * @example withListNumbersEscaped('\\2. Mimie Mathy lui répond') // '2\\. Mimie Mathy lui répond'
 */
function withListNumbersEscaped(body: string): string {
  return body.replace(/^( {0,3})\\(\d{1,9})([.)])/gmu, '$1$2\\$3');
}

/** Front-matter keys whose values are topics: lists, and rubrics that may be a single text. */
const TOPIC_LIST_KEYS = ['topics', 'tags', 'categories', 'rubriques', 'sujets'] as const;
const TOPIC_TEXT_KEYS = ['category', 'rubrique'] as const;
/**
 * Other names archives give Kiosque's keys: in French, and as other site generators and
 * exporters write them (Hugo's `publishDate`, Astro's `pubDate`, schema.org's
 * `datePublished`). A key Kiosque reads is taken first, then these in order; the others met
 * beside it are reported as not read.
 */
export const KEY_ALIASES = {
  title: ['titre'],
  // The standfirst, as news sites and site generators name it (Hugo's `description` and `summary`).
  lede: ['chapo', 'chapô', 'chapeau', 'accroche', 'description', 'summary', 'excerpt', 'resume', 'résumé'],
  date: ['date_publication', 'date_de_publication', 'datePublication', 'publication', 'publishDate', 'publish_date', 'pubDate', 'published', 'datePublished', 'date_published'],
  author: ['auteur', 'autrice', 'authors', 'auteurs', 'signature'],
  url: ['lien', 'source_url', 'canonical'],
  draft: ['brouillon'],
} as const satisfies Partial<Record<string, readonly string[]>>;
/** A user's login, not a name: lowercase, one word, maybe with a dot, a dash or digits (`admin`, `pierre.morel`, `redac_2`). */
const LOGIN = /^[a-z0-9][a-z0-9._-]*$/u;

/** Statuses of a post that keep it out of a site (WordPress's `post_status`, Ghost's and Pelican's `status`). */
const UNPUBLISHED_STATUS = new Set(['draft', 'pending', 'private', 'future', 'trash', 'auto-draft', 'inherit', 'scheduled', 'hidden', 'brouillon', 'en attente', 'privé', 'prive']);

/**
 * Keys other site generators use to lay out a page (Jekyll's `layout` and `permalink`, Hugo's
 * `weight`, `aliases`, `lastmod`…), which hold none of the article's text: noted as set aside,
 * not warned about, since every file of such an archive has them.
 */
const LAYOUT_KEYS = new Set(['layout', 'permalink', 'weight', 'type', 'menu', 'toc', 'comments', 'lastmod', 'keywords', 'image', 'images', 'thumbnail', 'featured_image', 'cover', 'series', 'sitemap', 'excerpt_separator', 'share', 'showToc', 'hidden']);
const KNOWN_KEYS = new Set(['title', 'lede', 'date', 'source', 'url', 'draft', 'publisher', 'author', 'slug', 'aliases', 'redirect_from', ...TOPIC_LIST_KEYS, ...TOPIC_TEXT_KEYS]);
const ALIAS_KEYS = new Set<string>(Object.values(KEY_ALIASES).flat());

/**
 * The front matter with each of Kiosque's keys that is missing taken from its first alias
 * given (`KEY_ALIASES`), the line it was on too; an alias not taken, beside the key or an
 * earlier alias, is reported.
 * @example withKeyAliases({ titre: 'Un titre' }, {}, []).data.title // 'Un titre'
 */
export function withKeyAliases(data: Record<string, unknown>, fieldLines: Record<string, number>, diagnostics: Diags): { data: Record<string, unknown>; fieldLines: Record<string, number> } {
  const out = { data: { ...data }, fieldLines: { ...fieldLines } };
  for (const [key, aliases] of Object.entries(KEY_ALIASES)) {
    for (const alias of aliases) {
      if (!Object.hasOwn(data, alias)) continue;
      if (out.data[key] === undefined) {
        out.data[key] = data[alias];
        if (fieldLines[alias] !== undefined) out.fieldLines[key] = fieldLines[alias];
      } else {
        diagnostics.push({ id: 'front-matter-duplicate-key', level: 'warning', line: fieldLines[alias], message: `clé « ${alias} » ignorée : ${key} est déjà donné ; gardez l’une des deux` });
      }
    }
  }
  return out;
}

function inlineText(token: Token | undefined): string {
  if (!token?.children) return token?.content ?? '';
  return token.children
    .map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' || c.type === 'hardbreak' ? ' ' : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Cuts an embedded tweet's links and the remains of its tag, and the marks a scrape left, from a
 * paragraph's text (./text-rules.ts, `withoutEmbedLinks`, `withoutScrapeMarks`); returns what was cut.
 */
function cutLeftovers(inline: Token): string[] {
  const cut: string[] = [];
  const children = inline.children ?? [];
  children.forEach((child, i) => {
    if (child.type !== 'text') return;
    const out = withoutEmbedLinks(child.content, i === 0);
    // And a scrape's garbled style tags, and a dash after the paragraph's last punctuation (./text-rules.ts, `withoutScrapeMarks`).
    const marks = withoutScrapeMarks(out.text, i === children.length - 1);
    child.content = marks.text;
    cut.push(...out.cut, ...marks.cut);
  });
  return cut;
}

/**
 * The body's tokens with each top-level paragraph that opens with a dash or a bullet (`\- de
 * traverser…`, escaped by the scrape; ../text/list-items.ts) as an item of a list, a run of them
 * and a list beside them as one list, as the raw dump's paragraphs are shown.
 */
function paragraphItemsAsLists(tokens: Token[]): Token[] {
  const TokenOf = tokens[0]?.constructor as (new (type: string, tag: string, nesting: -1 | 0 | 1) => Token) | undefined;
  if (!TokenOf) return tokens;
  const make = (type: string, tag: string, nesting: -1 | 0 | 1, from: Token): Token => {
    const t = new TokenOf(type, tag, nesting);
    t.block = true;
    t.map = from.map;
    if (type.startsWith('list_item') || type.startsWith('bullet_list')) t.markup = '-';
    return t;
  };
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i]!;
    const inline = tokens[i + 1];
    const first = inline?.children?.[0];
    const item = open.type === 'paragraph_open' && open.level === 0 && first?.type === 'text' ? listItemText(first.content) : undefined;
    if (item === undefined) {
      out.push(open);
      continue;
    }
    first!.content = item;
    inline!.content = listItemText(inline!.content) ?? inline!.content;
    const close = tokens[i + 2]!;
    open.hidden = close.hidden = true;
    out.push(make('bullet_list_open', 'ul', 1, open), make('list_item_open', 'li', 1, open), open, inline!, close, make('list_item_close', 'li', -1, open), make('bullet_list_close', 'ul', -1, open));
    i += 2;
  }
  // A list closed just before another opens at the top level: one list.
  return out.filter((t, i) => !(t.type === 'bullet_list_close' && t.level === 0 && out[i + 1]?.type === 'bullet_list_open' && out[i + 1]!.level === 0) && !(t.type === 'bullet_list_open' && t.level === 0 && out[i - 1]?.type === 'bullet_list_close' && out[i - 1]!.level === 0));
}

/** Bullets a scraper leaves before a heading; `-` and `*` open Markdown lists instead. */
const HEADING_BULLETS = new Set(['•', '►', '▶', '▸', '♦', '◆', '■', '▪', '●']);


/**
 * The author's headings keep no scraped bullet either (`## • Sur le risque de 2e vague`), nor a
 * straight quote alone (./text-rules.ts, `loneQuote`: `## Nous avons demandé que Malte ouvre ses ports"`).
 */
function withoutHeadingLeftovers(tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]!.type !== 'heading_open') continue;
    const inline = tokens[i + 1]!;
    const first = inline.children?.[0];
    if (first?.type === 'text' && HEADING_BULLETS.has(bulletOf(first.content) ?? '')) {
      first.content = withoutBullet(first.content);
      inline.content = withoutBullet(inline.content);
    }
    withoutHeadingQuoteAlone(inline);
  }
}

/** A heading's inline tokens without its lone quote (`loneQuote`), in the text token that holds it. */
function withoutHeadingQuoteAlone(inline: Token): void {
  const children = inline.children ?? [];
  const at = loneQuote(inline.content);
  const first = children[0];
  const last = children[children.length - 1];
  if (at === 'start' && first?.type === 'text' && first.content.startsWith('"')) {
    first.content = first.content.slice(1).trimStart();
    inline.content = inline.content.slice(1).trimStart();
  } else if (at === 'end' && last?.type === 'text' && last.content.endsWith('"')) {
    last.content = last.content.slice(0, -1).trimEnd();
    inline.content = inline.content.slice(0, -1).trimEnd();
  }
}

/**
 * Headings in capitals, authored or scraped (`## LES PERDANTS`, `ÉVITER UN REFUS`), shown as
 * sentences spelt as the text spells its words (src/text/capitals.ts), as raw text shows them;
 * the title counts with the paragraphs. A heading with markup inside (`## **UN** MOT`) stays.
 */
function headingsAsSentences(tokens: Token[], title: string): void {
  const headings = tokens.filter((t, i) => t.type === 'inline' && tokens[i - 1]?.type === 'heading_open' && inCapitals(t.content) && t.children?.length === 1 && t.children[0]!.type === 'text');
  if (headings.length === 0) return;
  const spellings = textSpellings([title, ...tokens.filter((t, i) => t.type === 'inline' && tokens[i - 1]?.type !== 'heading_open').map(inlineText)]);
  for (const inline of headings) {
    const text = sentenceCase(inline.content, spellings, isCommonFirstName);
    inline.children![0]!.content = text;
    inline.content = text;
  }
}

/**
 * Headings a scraper left as paragraphs: `► À GAUCHE`, `• UNE SOMME RECORD`, `ÉVITER UN REFUS`.
 * A top-level paragraph of one line, after the lede, that opens with a bullet or is written in
 * capitals, and that raw text would take as a heading (./text-rules.ts, `isHeadingCandidate`),
 * becomes a heading (h2, its bullet dropped) when text or a list follows it; a line with the
 * same bullet as the line before it is an item of a list. In a body with headings of its own
 * (`##`), other short paragraphs stay as the author wrote them. A body without any is scraped
 * text in Markdown clothes: its short lines are headings as in raw text (`Une épouse impuissante`).
 */
function promoteScrapedHeadings(tokens: Token[]): void {
  const authored = tokens.some((t) => t.type === 'heading_open');
  const lines = new Map<number, string>();
  const lineAt = (i: number): string | undefined => {
    const open = tokens[i];
    const inline = tokens[i + 1];
    if (open?.type !== 'paragraph_open' || open.level !== 0 || inline?.type !== 'inline') return undefined;
    if (!lines.has(i)) lines.set(i, inline.children?.every((c) => c.type === 'text') ? inline.content : '');
    return lines.get(i);
  };
  let paragraphs = 0;
  let previousBullet: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const line = lineAt(i);
    if (line === undefined) continue;
    const bullet = bulletOf(line);
    const heading = paragraphs > 0 && line !== '' && !isDebris(line) && isHeadingCandidate(line) && (bullet !== undefined ? HEADING_BULLETS.has(bullet) : !authored || inCapitals(line));
    const next = tokens[i + 3];
    const nextLine = lineAt(i + 3);
    const followed = next?.type === 'bullet_list_open' || next?.type === 'ordered_list_open' || (nextLine !== undefined && !(isHeadingCandidate(nextLine) && bulletOf(nextLine) === bullet));
    if (heading && followed && !(bullet !== undefined && bullet === previousBullet)) {
      tokens[i]!.type = 'heading_open';
      tokens[i + 2]!.type = 'heading_close';
      tokens[i]!.tag = tokens[i + 2]!.tag = 'h2';
      const text = tokens[i + 1]!.children![0]!;
      text.content = headingText(text.content);
      tokens[i + 1]!.content = headingText(tokens[i + 1]!.content);
    }
    previousBullet = bullet;
    paragraphs++;
    i += 2;
  }
}

/**
 * Joins the body's paragraphs that a dump broke, as a raw text's lines are (./text-rules.ts,
 * `goesOn`): a Markdown export of a scraped article cuts its quotations at sentences too
 * (« "Arnaud Beltrame est Français. », then « Il appartient à tout le monde". »), which no author
 * writes: a quotation's next paragraph opens with its quote. Paragraphs of the body's top level
 * only, one after the other; the second's text goes on the first's after a line break.
 */
function joinBrokenParagraphs(tokens: Token[]): void {
  const paragraphAt = (i: number) => tokens[i]?.type === 'paragraph_open' && tokens[i]!.level === 0 && tokens[i + 1]?.type === 'inline' && tokens[i + 2]?.type === 'paragraph_close';
  const kept: Token[] = [];
  /** The last paragraph kept, while the next tokens may go on it: read line after line, as raw text is (a body of 100,000 such paragraphs stays linear). */
  let last: { open: Token; inline: Token; parts: string[]; lastLine: string; length: number; quotes: QuoteState } | undefined;
  /** The last paragraph's text, whole, once nothing more goes on it. */
  const settle = () => {
    if (last && last.parts.length > 1) last.inline.content = last.parts.join('\n');
    last = undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!paragraphAt(i)) {
      settle();
      kept.push(tokens[i]!);
      continue;
    }
    const [open, inline, close] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    const text = inline.content;
    i += 2;
    if (last && goesOn(last.lastLine, last.quotes, last.length, text, () => last!.parts.join('\n'))) {
      last.parts.push(text);
      last.lastLine = text.slice(text.lastIndexOf('\n') + 1);
      last.length += text.length + 1;
      last.quotes = quotesAfter(last.quotes, text);
      last.inline.children!.push(new MarkdownIt.Token('softbreak', 'br', 0), ...(inline.children ?? []));
      if (last.open.map && open.map) last.open.map = [last.open.map[0], open.map[1]];
      continue;
    }
    settle();
    kept.push(open, inline, close);
    inline.children ??= [];
    last = { open, inline, parts: [text], lastLine: text.slice(text.lastIndexOf('\n') + 1), length: text.length, quotes: quotesAfter(NO_QUOTES, text) };
  }
  settle();
  if (kept.length === tokens.length) return;
  tokens.length = 0;
  for (const t of kept) tokens.push(t);
}

/**
 * Sets as « and » the straight quotes of quotations that span paragraphs (src/text/spanning-quotes.ts),
 * in the text of the body's paragraphs and headings, in order; code is left as written.
 */
function setSpanningQuotes(tokens: Token[]): void {
  const blocks = tokens.filter((t, i) => t.type === 'inline' && (tokens[i - 1]?.type === 'paragraph_open' || tokens[i - 1]?.type === 'heading_open'));
  // Most bodies have no two paragraphs whose quotes do not pair: nothing more to do.
  if (blocks.filter((b) => leavesQuoteOpen(b.content)).length < 2) return;
  /** Each block's text tokens, with where each starts in the block's text. */
  const pieces = blocks.map((b) => {
    let at = 0;
    return (b.children ?? []).filter((c) => c.type === 'text').map((c) => ({ token: c, start: (at += c.content.length) - c.content.length }));
  });
  const texts = pieces.map((ps) => ps.map((p) => p.token.content).join(''));
  for (const { open, close } of spanningQuotes(texts)) {
    for (const [{ paragraph, at }, mark] of [[open, '«'], [close, '»']] as const) {
      const piece = pieces[paragraph]!.findLast((p) => p.start <= at)!;
      const i = at - piece.start;
      piece.token.content = `${piece.token.content.slice(0, i)}${mark}${piece.token.content.slice(i + 1)}`;
    }
  }
}

/** A front-matter value as text: a string with its HTML character references decoded (a WordPress export's `L&#8217;IA`), a number or a boolean as written. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return decodeEntities(value).trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

type Diags = Parsed['diagnostics'];

/**
 * The topics a front-matter key gives. `jekyll`: the file is a Jekyll post (it has a `layout`), whose
 * `categories: politique france` and `tags` written as text are words apart, as Jekyll reads them.
 */
function readTopics(value: unknown, line: number | undefined, diags: Diags, key: string, jekyll: boolean): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') {
    // `tags: "politique, économie"`, as some exporters write them: one topic per comma or semicolon.
    const spaced = jekyll && (key === 'categories' || key === 'tags') && !/[,;]/u.test(value);
    const topics = value.split(spaced ? /\s+/u : /[,;]/u).map((t) => t.trim()).filter((t) => t);
    // Jekyll's own way: no warning.
    if (spaced) return topics;
    const read = topics.length === 1 ? 'lu comme un seul sujet' : `lu comme ${topics.length} sujets`;
    diags.push({ id: 'topics-not-list', level: 'warning', line, message: `${key} devrait être une liste : « ${value} » ${read} ; écrivez ${key}: [${topics.join(', ')}]` });
    return topics;
  }
  if (Array.isArray(value)) {
    const out: string[] = [];
    for (const v of value) {
      const t = scalarText(v);
      if (t) out.push(t);
      else diags.push({ id: 'topic-invalid', level: 'warning', line, message: 'un sujet qui n’est pas du texte a été ignoré ; écrivez chaque sujet en mots' });
    }
    return out;
  }
  diags.push({ id: 'topics-invalid', level: 'warning', line, message: 'topics devrait être une liste de mots : ignoré ; écrivez par exemple topics: [économie, santé]' });
  return [];
}

/**
 * Where content was lost to markdown-it's nesting limit (PITFALLS, "maxNesting drops deeper
 * content silently"): a quote or list opened at the deepest level and closed empty.
 */
function droppedByNesting(tokens: Token[]): Token | undefined {
  const deepest = (md.options.maxNesting ?? 100) - 1;
  return tokens.find((t, i) => t.nesting === 1 && t.level >= deepest && tokens[i + 1]?.nesting === -1);
}

/** What a front matter gives an article, read by `frontMatterFields`. */
export interface FrontMatterFields {
  title?: string;
  titleLine?: number;
  /** The standfirst the front matter gives (`lede`, `description`, `chapo`…), whitespace made single spaces. */
  lede?: string;
  /** The date, when the front matter gives one that reads. */
  date?: Parsed['date'];
  dateLine?: number;
  /** The front matter has no date key (or an empty one). */
  undated: boolean;
  topics: string[];
  source?: string;
  author?: string;
  originalUrl?: string;
  draft: boolean;
  /** The address segment the front matter writes (`slug:`), made one (./addresses.ts). */
  slug?: string;
  /** Former addresses (`aliases`, `redirect_from`), as site paths, and the key's line. */
  aliases?: string[];
  aliasesLine?: number;
}

/**
 * The fields of a front matter read (keys, their aliases, their values checked), with a
 * diagnostic for each key unknown or value that does not read; for Markdown files, and for raw
 * texts that open with a front matter.
 */
export function frontMatterFields(fm: { data: Record<string, unknown>; fieldLines: Record<string, number> }, diagnostics: Diags): FrontMatterFields {
  // Jekyll's `published: false` keeps a post out of the site: a draft. A date there is a date (`KEY_ALIASES`).
  // So do a WordPress export's `post_status` and Ghost's or Pelican's `status` other than published.
  const status = [fm.data.post_status, fm.data.status].find((v) => typeof v === 'string');
  const unpublished = fm.data.published === false || (typeof status === 'string' && UNPUBLISHED_STATUS.has(status.trim().toLowerCase()));
  if (typeof fm.data.published === 'boolean' || status !== undefined) {
    const { post_status: _, status: __, ...rest } = fm.data;
    if (typeof rest.published === 'boolean') delete rest.published;
    fm = { ...fm, data: rest };
  }
  // A page's own address on the site it comes from (Jekyll's `permalink: /2023/05/10/vote/`; one
  // with placeholders, `/:year/:title/`, is no address) is a former address of the article.
  const permalink = typeof fm.data.permalink === 'string' && 'path' in aliasPath(fm.data.permalink) ? fm.data.permalink : undefined;
  const setAside = Object.keys(fm.data).filter((key) => LAYOUT_KEYS.has(key) && !(key === 'permalink' && permalink));
  if (setAside.length > 0) {
    diagnostics.push({ id: 'front-matter-layout-keys', level: 'info', line: fm.fieldLines[setAside[0]!], message: `clé${setAside.length > 1 ? 's' : ''} de mise en page d’un autre générateur de site (${setAside.map((k) => `« ${k} »`).join(', ')}) sans texte d’article : ignorée${setAside.length > 1 ? 's' : ''} ; rien à faire` });
  }
  for (const key of Object.keys(fm.data)) {
    if (!KNOWN_KEYS.has(key) && !ALIAS_KEYS.has(key) && !LAYOUT_KEYS.has(key)) {
      diagnostics.push({ id: 'front-matter-unknown-key', level: 'warning', line: fm.fieldLines[key], message: `clé « ${key} » inconnue, ignorée ; les clés lues sont title (titre), lede (chapo, description, summary…), date (date_publication, published…), topics (tags, categories, rubrique…), source, author (auteur, authors), url, draft, slug, aliases, redirect_from` });
    }
  }
  const { data, fieldLines } = withKeyAliases(fm.data, fm.fieldLines, diagnostics);

  const title = scalarText(data.title);
  const lede = scalarText(data.lede)?.replace(/\s+/gu, ' ');
  if (data.lede !== undefined && data.lede !== null && lede === undefined) {
    diagnostics.push({ id: 'lede-invalid', level: 'warning', line: fieldLines.lede, message: 'le chapô de l’en-tête devrait être du texte : ignoré, le premier paragraphe sert de chapô ; écrivez par exemple description: Le conseil a voté.' });
  }
  for (const key of ['title', 'lede', 'source', 'topics'] as const) {
    const tag = htmlTagIn(JSON.stringify(data[key] ?? ''));
    if (tag) diagnostics.push({ id: 'raw-html', level: 'warning', line: fieldLines[key], message: `HTML (${tag.slice(0, 40)}) dans ${key} affiché comme texte, jamais interprété ; retirez-le` });
  }
  if (data.title !== undefined && title === undefined) {
    diagnostics.push({ id: 'title-invalid', level: 'warning', line: fieldLines.title, message: 'title devrait être du texte : titre tiré du chapeau ; écrivez par exemple title: Mon titre' });
  }

  let date: Parsed['date'];
  const undated = data.date === undefined || data.date === null || data.date === '';
  if (!undated) {
    const parsed = readDateValue(data.date);
    if (parsed.ok) {
      date = parsed.date;
      if (parsed.warning) diagnostics.push({ id: 'date-ambiguous', level: 'warning', line: fieldLines.date, message: parsed.warning });
    } else {
      diagnostics.push({ id: 'date-invalid', level: 'error', line: fieldLines.date, message: parsed.message });
    }
  }

  const topics = TOPIC_LIST_KEYS.flatMap((key) => readTopics(data[key], fieldLines[key], diagnostics, key, fm.data.layout !== undefined));
  for (const key of TOPIC_TEXT_KEYS) {
    const rubric = scalarText(data[key]);
    if (rubric) topics.push(rubric);
    else topics.push(...readTopics(data[key], fieldLines[key], diagnostics, key, false));
  }

  const source = scalarText(data.source) ?? scalarText(data.publisher);
  for (const key of ['source', 'publisher'] as const) {
    if (data[key] !== undefined && data[key] !== null && scalarText(data[key]) === undefined) {
      diagnostics.push({ id: 'source-invalid', level: 'warning', line: fieldLines[key], message: `${key} devrait être du texte : ignoré ; écrivez par exemple ${key}: Ouest-France` });
    }
  }
  // A list of authors (Hugo's `authors`): `Anne Dupont et Marc Martin`, `A, B et C`.
  // A login, as a WordPress export writes its authors (`admin`, `redaction`, `pierre.morel`), is no byline.
  const names = (Array.isArray(data.author) ? data.author.map(scalarText) : [scalarText(data.author)]).filter((n): n is string => !!n && !LOGIN.test(n));
  const author = names.length > 1 ? `${names.slice(0, -1).join(', ')} et ${names.at(-1)}` : names[0];
  let originalUrl: string | undefined;
  let formerUrl: string | undefined;
  const url = scalarText(data.url);
  if (url) {
    if (/^https?:\/\//i.test(url)) originalUrl = url;
    // Hugo's `url = "/2024/04/accord/"`: the page's address on the site the archive comes from.
    else if (url.startsWith('/') && !url.startsWith('//')) formerUrl = url;
    else diagnostics.push({ id: 'url-invalid', level: 'warning', line: fieldLines.url, message: `url « ${url.slice(0, 80)} » n’est pas une adresse http(s) : ignorée ; écrivez l’adresse https:// complète de l’article d’origine` });
  }
  let draft = unpublished;
  if (data.draft !== undefined) {
    if (typeof data.draft === 'boolean') draft = data.draft;
    else {
      draft = ['true', 'yes', 'oui', '1'].includes(String(data.draft).toLowerCase());
      diagnostics.push({ id: 'draft-invalid', level: 'warning', line: fieldLines.draft, message: `draft devrait valoir true ou false : « ${String(data.draft).slice(0, 40)} » lu comme ${draft} ; écrivez draft: ${draft}` });
    }
  }
  const slug = readSlug(data.slug === undefined || data.slug === null ? undefined : scalarText(data.slug) ?? '', fieldLines.slug, diagnostics);
  // A `permalink` or `url` that is a path of the former site, read as a former address, with a note.
  const former = ([['permalink', permalink, fm.fieldLines.permalink], ['url', formerUrl, fieldLines.url]] as const).flatMap(([key, path, line]) => {
    const read = readAliases(path, line, diagnostics);
    if (read.length > 0) diagnostics.push({ id: 'former-address', level: 'info', line, message: `${key} « ${path} », l’adresse de la page sur l’ancien site : elle renvoie à l’article ; rien à faire` });
    return read;
  });
  // Former addresses: Hugo's `aliases` and Jekyll's `redirect_from` (jekyll-redirect-from), both
  // read when both are given (one added as Kiosque's advice says, beside the other).
  const aliases = [...new Set([...readAliases(data.aliases, fieldLines.aliases, diagnostics), ...readAliases(data.redirect_from, fieldLines.redirect_from, diagnostics), ...former])];
  return {
    ...(slug ? { slug } : {}), ...(aliases.length > 0 ? { aliases, aliasesLine: (fieldLines.aliases ?? fieldLines.redirect_from ?? fm.fieldLines.permalink ?? fieldLines.url)! } : {}),
    ...(title !== undefined ? { title } : {}), ...(fieldLines.title !== undefined ? { titleLine: fieldLines.title } : {}), ...(lede ? { lede } : {}),
    ...(date ? { date } : {}), ...(fieldLines.date !== undefined ? { dateLine: fieldLines.date } : {}), undated,
    topics, ...(source ? { source } : {}), ...(author ? { author } : {}), ...(originalUrl ? { originalUrl } : {}), draft,
  };
}

/**
 * What the editor is told of the marks taken out of a body (`withoutGeneratorMarks`), at the
 * first line of each kind (a link between notes is its text: nothing to tell): a comment is never published, so that needs nothing done (`<!--more-->`,
 * a summary divider, needs no word at all); a shortcode or Liquid tag that wrapped text has lost
 * only its tags; one that made something (an image, a video) has lost that.
 */
function markDiagnostics(marks: GeneratorMarks, bodyStartLine: number): Diags {
  const out: Diags = [];
  const comments = marks.comments.filter((c) => !c.more);
  if (comments.length > 0) {
    const n = comments.length;
    out.push({ id: 'html-comment', level: 'info', line: bodyStartLine + comments[0]!.line, message: `${n} commentaire${n > 1 ? 's' : ''} HTML (<!-- … -->) retiré${n > 1 ? 's' : ''} : un commentaire n’est jamais publié ; rien à faire` });
  }
  // `code court Hugo « figure » retiré`, `balise Liquid « include » retirée`.
  const named = (s: GeneratorMarks['shortcodes'][number], others = 0) => {
    const more = others > 0 ? ` (et ${others} autre${others > 1 ? 's' : ''})` : '';
    return s.kind === 'hugo' ? `code court Hugo « ${s.name} »${more} retiré` : `balise Liquid « ${s.name} »${more} retirée`;
  };
  if (marks.embeds.length > 0) {
    const n = marks.embeds.length;
    out.push({ id: 'image-dropped', level: 'warning', line: bodyStartLine + marks.embeds[0]!, message: `${n} fichier${n > 1 ? 's' : ''} intégré${n > 1 ? 's' : ''} à la manière d’Obsidian (![[…]]) non publié${n > 1 ? 's' : ''} : les articles ne portent que du texte ; retirez-le${n > 1 ? 's' : ''}` });
  }
  const wrapping = marks.shortcodes.find((s) => s.wraps);
  if (wrapping) out.push({ id: 'shortcode-read', level: 'info', line: bodyStartLine + wrapping.line, message: `${named(wrapping)}, le texte entre ses balises gardé : Kiosque n’exécute pas les gabarits ; rien à faire` });
  const dropped = marks.shortcodes.filter((s) => !s.wraps);
  if (dropped.length > 0) {
    out.push({ id: 'shortcode-dropped', level: 'warning', line: bodyStartLine + dropped[0]!.line, message: `${named(dropped[0]!, dropped.length - 1)} : Kiosque n’exécute pas les gabarits, ce qu’il affiche (image, vidéo, message intégré…) n’est pas publié ; remplacez-le par du texte` });
  }
  return out;
}

/**
 * A Markdown file without a front matter whose first lines are labelled (Pelican's and MultiMarkdown's `Title: …`,
 * `Date: …`), or whose `# Titre` is followed by labelled lines (a Notion export's `Date: …`, `Auteur: …`): those
 * lines read as its front matter (./labelled-header.ts), and blanked in its body, so that every line keeps its number.
 */
function withMetadataLines(fm: ReturnType<typeof readFrontMatter>): ReturnType<typeof readFrontMatter> {
  if (!fm.ok || Object.keys(fm.data).length > 0) return fm;
  const lines = fm.body.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  // Under a `# Titre`, from the line after it.
  const from = first >= 0 && /^#\s+\S/u.test(lines[first]!) ? first + 1 : 0;
  const labelled = labelledHeader(lines.slice(from).join('\n'));
  if (!labelled) return fm;
  const used = new Set(Object.values(labelled.fieldLines).map((l) => from + l - 1));
  const body = lines.map((l, i) => (used.has(i) ? '' : l)).join('\n');
  const fieldLines = Object.fromEntries(Object.entries(labelled.fieldLines).map(([key, l]) => [key, fm.bodyStartLine + from + l - 1]));
  return { ...fm, data: labelled.data, fieldLines, body };
}

/** A text's words, folded (case, accents, apostrophes). */
const foldedWords = (text: string): string[] => foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * A heading that only repeats the title: each of its words is one of the title's, whatever the
 * case and accents (`# Une école ferme` under `title: Une école ferme à Ivry`).
 * @example repeatsTitle('Une ÉCOLE ferme', 'Une école ferme à Ivry') // true
 * @example repeatsTitle('Ce que dit le maire', 'Une école ferme') // false
 */
export function repeatsTitle(heading: string, title: string): boolean {
  const words = new Set(foldedWords(title));
  return foldedWords(heading).every((w) => words.has(w));
}

/**
 * Parses a Markdown article with YAML or TOML front matter.
 * @example parseMarkdown('---\ntitle: T\ndate: 2024-02\n---\nLe lede.').date?.precision // 'month'
 */
export function parseMarkdown(text: string): Parsed {
  const diagnostics: Diags = [];
  const fm = withMetadataLines(readFrontMatter(text));
  if (!fm.ok) {
    diagnostics.push({ id: 'front-matter-invalid', level: 'error', line: fm.line, message: fm.message });
    return { lede: '', sections: [], topics: [], draft: false, truncated: false, diagnostics };
  }
  const fields = frontMatterFields(fm, diagnostics);
  const { undated, topics, source, originalUrl, draft, slug, aliases, aliasesLine } = fields;
  /** The author: the front matter's, else a byline printed with the date. */
  let byline = fields.author;
  // A `# Titre` may give the title, and a first paragraph the date (`*Publié le 12 mars 2020*`), below.
  let { title, titleLine, date, dateLine } = fields;

  // Comments, Hugo shortcodes and Liquid tags taken out, every line kept (./generator-marks.ts).
  const marks = withoutGeneratorMarks(fm.body);
  diagnostics.push(...markDiagnostics(marks, fm.bodyStartLine));
  // A body written in HTML (a WordPress export): the tags that only shape text read as Markdown (./html-markup.ts).
  const html = htmlAsMarkdown(marks.text);
  /** The file's line (from 1) of a line of the body as read (from 0). */
  const at = (line: number): number => fm.bodyStartLine + (html.sourceLines[line] ?? line);
  if (html.tags > 0) diagnostics.push({ id: 'html-read', level: 'info', line: at(0), message: `texte écrit en HTML : ${html.tags} balise${html.tags > 1 ? 's' : ''} de mise en forme (<p>, <strong>, <a>…) lue${html.tags > 1 ? 's' : ''} comme du texte mis en forme ; rien à faire` });
  if (html.images > 0) diagnostics.push({ id: 'image-dropped', level: 'warning', line: fm.bodyStartLine + (html.imageLine ?? 0), message: `${html.images} image${html.images > 1 ? 's' : ''} ou vidéo${html.images > 1 ? 's' : ''} HTML (<img>, <iframe>, [caption]…[/caption] avec sa légende) non publiée${html.images > 1 ? 's' : ''} : les articles ne portent que du texte ; retirez-les` });
  const { tokens, refused } = parseBody(html.text);
  const bodyLines = fm.body.split('\n');
  for (const f of reviewTokens(tokens, refused)) {
    diagnostics.push({ id: f.id, level: 'warning', ...(f.line !== undefined ? { line: at(f.line - 1) } : {}), message: f.message });
  }
  const lastContent = bodyLines.findLastIndex((l) => l.trim() !== '') + 1;
  const tooDeep = droppedByNesting(tokens);
  if (tooDeep) {
    diagnostics.push({ id: 'nesting-too-deep', level: 'warning', line: at(tooDeep.map?.[0] ?? 0), message: 'Markdown imbriqué sur plus de 100 niveaux : le texte plus profond sur cette ligne n’est pas publié ; aplatissez les citations ou les listes' });
  }

  // A leading `# Titre` is the title when the front matter has none; it is never a second h1. Under
  // a front matter's title, it goes when it repeats it, and stays as a heading when it says more.
  if (tokens[0]?.type === 'heading_open' && tokens[0].tag === 'h1') {
    const heading = inlineText(tokens[1]);
    if (!title) {
      title = heading;
      titleLine = at(tokens[0].map?.[0] ?? 0);
      tokens.splice(0, 3);
    } else if (repeatsTitle(heading, title)) tokens.splice(0, 3);
  }
  for (const t of tokens) if (t.type.startsWith('heading_') && t.tag === 'h1') t.tag = 'h2';

  withoutHeadingLeftovers(tokens);
  joinBrokenParagraphs(tokens);
  promoteScrapedHeadings(tokens);
  headingsAsSentences(tokens, title ?? '');
  setSpanningQuotes(tokens);
  // The front matter's standfirst is the lede; the first paragraph then stays in the text, or takes
  // the lede's place when it repeats it whole (a description cut short: `ledeRepeat`).
  let lede = fields.lede ?? '';
  /** Debris dropped from the body (`[EMBED url=""]`, `… Lire la suite sur …`, `Photo : …`, `jlv/ial`, a tweet's `pic.twitter.com/…`: ./text-rules.ts), and the first one's body line. */
  const dropped: string[] = [];
  let droppedLine: number | undefined;
  /** `… Lire la suite sur Le Figaro`: the text is an excerpt. */
  let readMore: string | undefined;
  const sections: Section[] = [{ paragraphs: [] }];
  let lastBlockParagraph = '';
  /** Words of the lede the opening paragraphs have repeated in pieces so far. */
  let ledeRepeated = 0;
  /** Paragraphs of the text kept so far after the lede. */
  let bodyParagraphs = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'heading_open') {
      sections.push({ heading: inlineText(tokens[i + 1]), paragraphs: [] });
      lastBlockParagraph = '';
    } else if (t.type === 'inline' && tokens[i - 1]?.type === 'paragraph_open') {
      const cut = cutLeftovers(t);
      if (cut.length > 0) {
        dropped.push(...cut);
        droppedLine ??= t.map?.[0];
      }
      const p = inlineText(t);
      if (!p) continue;
      if (t.level === 1 && isDebris(p)) {
        if (isReadMore(p)) readMore = p;
        dropped.push(p);
        droppedLine ??= t.map?.[0];
        tokens.splice(i - 1, 3);
        i -= 2;
        continue;
      }
      // Without a date in the front matter, a first paragraph that is a date alone, as pages print
      // it under a title (./dates.ts, `dateAlone`), gives it.
      // So does a first paragraph under a subtitle (`# Titre`, `## Sous-titre`, then the date and the text, as Medium and
      // Substack export a post), which then gives the lede too.
      const opensText = undated && !date && (!lede || lede === fields.lede) && bodyParagraphs === 0 && t.level === 1;
      // Or a byline with it (`*Par Marie Lambert — 5 décembre 2019*`, as Ghost prints a post's header): the author too.
      const alone = opensText ? dateAlone(p) : undefined;
      const signed = opensText && alone === undefined ? bylineAndDate(p) : undefined;
      const printed = alone ?? signed?.date;
      const parsed = printed === undefined ? undefined : parseDate(printed);
      if (parsed?.ok) {
        date = parsed.date;
        if (signed && !byline) byline = signed.author;
        dateLine = at(t.map?.[0] ?? 0);
        if (parsed.warning) diagnostics.push({ id: 'date-ambiguous', level: 'warning', line: dateLine, message: parsed.warning });
        tokens.splice(i - 1, 3);
        i -= 2;
        continue;
      }
      if (!lede && t.level === 1 && bodyParagraphs === 0 && !onlyImages(t)) {
        lede = p;
        // The lede is shown apart: drop its three tokens from the body.
        tokens.splice(i - 1, 3);
        i -= 2;
        continue;
      }
      // The lede repeated in pieces, each a paragraph of the text's opening (./text-rules.ts, `ledePiece`): dropped.
      const opening = t.level === 1 && sections.length === 1 && sections[0]!.paragraphs.length === 0;
      const piece = opening && lede ? ledePiece(lede, p, ledeRepeated) : undefined;
      // A paragraph that repeats the lede is kept once (`ledeRepeat`), as in raw text.
      const repeat: LedeRepeat = piece === undefined && lede && t.level === 1 ? ledeRepeat(lede, p, opening, bodyParagraphs) : { keep: true };
      if (piece !== undefined || !repeat.keep) {
        diagnostics.push({ id: 'lede-repeated', level: 'info', line: at(t.map?.[0] ?? 0), message: LEDE_REPEATED });
        if (piece !== undefined) ledeRepeated = piece;
        if (!repeat.keep && repeat.lede) lede = repeat.lede;
        if (repeat.keep || !repeat.rest) {
          tokens.splice(i - 1, 3);
          i -= 2;
          continue;
        }
        // The paragraph without the lede it opens with, as plain text.
        t.children = [Object.assign(new MarkdownIt.Token('text', '', 0), { content: repeat.rest })];
        t.content = repeat.rest;
      }
      const shown = !repeat.keep && repeat.rest ? repeat.rest : p;
      sections[sections.length - 1]!.paragraphs.push(shown);
      // A picture's description before the text does not open it: the lede may still come.
      if (!onlyImages(t)) bodyParagraphs++;
      lastBlockParagraph = t.level === 1 ? shown : '';
    } else if (t.type === 'fence' || t.type === 'code_block' || t.type === 'table_open') {
      // What ends the text after its last paragraph (code, a table the paragraph announces) ends it whole.
      lastBlockParagraph = '';
    }
  }
  if (undated && !date) diagnostics.push({ id: 'undated', level: 'warning', line: fields.dateLine, message: 'pas de date dans l’en-tête : article publié sans date ; ajoutez date: AAAA-MM-JJ' });
  if (dropped.length > 0) {
    diagnostics.push({ id: 'debris-dropped', level: 'info', ...(droppedLine !== undefined ? { line: at(droppedLine) } : {}), message: `débris de page retirés : ${dropped.map((d) => `« ${d} »`).join(', ')} ; rien à faire` });
  }
  const bodyHtml = md.renderer.render(paragraphItemsAsLists(tokens), md.options, {});
  const truncated = (lastBlockParagraph !== '' && looksTruncated(lastBlockParagraph, fm.body)) || readMore !== undefined;
  if (truncated) diagnostics.push(truncationWarning(fm.bodyStartLine + lastContent - 1, readMore));
  return {
    title,
    titleFromFrontMatter: fields.title !== undefined && fields.title !== '',
    titleLine, date, dateLine, lede, sections: sections.filter((s, i) => i === 0 || s.heading || s.paragraphs.length > 0),
    bodyHtml, source: source ?? (readMore && readMoreSource(readMore)), ...(byline ? { author: byline } : {}), originalUrl, topics, draft, truncated, diagnostics,
    ...(slug ? { slug } : {}), ...(aliases ? { aliases, ...(aliasesLine !== undefined ? { aliasesLine } : {}) } : {}),
  };
}
