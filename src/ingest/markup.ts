/**
 * What an article's text may turn into in HTML (PITFALLS, "Markdown"). Articles are text:
 * raw HTML is never interpreted, links go only to http(s), mailto, tel or site-relative addresses,
 * and images are not published (a hot-linked image leaks readers to another site and is
 * blocked by the CSP `img-src 'self' data:` anyway).
 */
import type { Token } from 'markdown-it';

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
/** An HTML tag or comment as an editor would write it: `<b>`, `</script>`, `<img src=x>`, `<!--`. */
const HTML_TAG = /<(?:\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|!--)/i;

/**
 * The link may be published: no scheme (site-relative or `#anchor`), or http, https, mailto.
 * markdown-it's own check is a blocklist (`javascript:`, `vbscript:`, `file:`, most `data:`);
 * this is an allowlist, so `data:image/png`, `blob:` or an app's custom scheme stay text too.
 * @example isSafeLink('https://example.org/a') // true
 * @example isSafeLink(' JavaScript:alert(1)') // false
 */
export function isSafeLink(url: string): boolean {
  // Browsers strip leading spaces and C0 controls before reading the scheme.
  const scheme = /^[\u0000-\u0020]*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

/**
 * The first HTML tag written in a text, if any.
 * @example htmlTagIn('Le <b>gras</b>') // '<b>'
 * @example htmlTagIn('a < b et c > d') // undefined
 */
export function htmlTagIn(text: string): string | undefined {
  return HTML_TAG.exec(text)?.[0];
}

/**
 * A table cell's alignment (`| ---: |`), which markdown-it writes as a `style` attribute that the
 * pages' Content-Security-Policy (`style-src 'self'`) blocks, as a class the style sheet aligns.
 * @example alignedByClass(cell) // style="text-align:right" becomes class="align-right"
 */
function alignedByClass(cell: Token): void {
  const align = /^text-align:(left|right|center)$/.exec(String(cell.attrGet('style') ?? ''))?.[1];
  cell.attrs = null;
  if (align) cell.attrSet('class', `align-${align}`);
}

/** Something in an article's Markdown that is not published as written. */
export interface MarkupFinding {
  id: 'image-dropped' | 'raw-html' | 'link-refused';
  /** 1-based line in the Markdown body. */
  line?: number;
  message: string;
}

/** The `meta` of a text token that was an image, its description (`reviewTokens`). */
const IMAGE_DESCRIPTION = { imageDescription: true };

/**
 * Whether a paragraph's inline token holds only images' descriptions (`reviewTokens`): a picture shown before the
 * text, not its opening.
 */
export function onlyImages(inline: Token): boolean {
  const children = inline.children ?? [];
  const described = (c: Token) => c.meta?.imageDescription === true;
  return children.some(described) && children.every((c) => described(c) || c.type === 'softbreak' || c.type === 'hardbreak' || (c.type === 'text' && !c.content.trim()));
}

/**
 * Makes parsed Markdown tokens safe to render, in place: images become their alt text,
 * external links get `rel="nofollow noopener noreferrer"`, table cells are aligned by a class, runs of spaces in text become one. Returns what an editor should know:
 * the first image and the first HTML tag, and each link markdown-it refused (`refusedLinks`,
 * from its `validateLink`), placed on the line where its text is left.
 * @example reviewTokens(new MarkdownIt().parse('![logo](https://x.fr/a.png)', {}), [])[0].id // 'image-dropped'
 */
export function reviewTokens(tokens: Token[], refusedLinks: readonly string[]): MarkupFinding[] {
  const findings: MarkupFinding[] = [];
  const once = new Set<MarkupFinding['id']>();
  const note = (finding: MarkupFinding) => {
    if (once.has(finding.id)) return;
    once.add(finding.id);
    findings.push(finding);
  };
  const refusal = (url: string, line?: number): MarkupFinding => ({
    id: 'link-refused',
    ...(line !== undefined ? { line } : {}),
    message: `lien vers « ${url.slice(0, 80)} » affiché comme texte (seuls http(s), mailto, tel et les adresses du site sont des liens) ; retirez-le ou donnez une adresse https://`,
  });
  const unplaced = new Set(refusedLinks);
  for (const block of tokens) {
    if (block.type === 'th_open' || block.type === 'td_open') alignedByClass(block);
    if (block.type !== 'inline' || !block.children) continue;
    const line = block.map ? block.map[0] + 1 : undefined;
    let text = '';
    for (const child of block.children) {
      if (child.type === 'image') {
        const src = String(child.attrGet('src') ?? '');
        note({ id: 'image-dropped', line, message: `image « ${src.slice(0, 80)} » non publiée, seule sa description l’est ; les articles ne portent que du texte : retirez l’image` });
        child.type = 'text';
        child.tag = '';
        child.content = (child.children ?? []).map((c) => c.content).join('');
        child.children = null;
        child.attrs = null;
        // Known as an image's description: no lede (./markdown.ts).
        child.meta = IMAGE_DESCRIPTION;
      } else if (child.type === 'link_open') {
        if (/^(?:https?:)?\/\//i.test(String(child.attrGet('href') ?? ''))) child.attrSet('rel', 'nofollow noopener noreferrer');
      } else if (child.type === 'text') {
        // Runs of spaces mean nothing in a page; collapsed, they cannot make a later regex
        // (typography on the rendered HTML) quadratic. Code keeps its spaces.
        child.content = child.content.replace(/(?<=\S)\s{2,}/g, ' ');
        text += child.content;
      }
    }
    const tag = htmlTagIn(text);
    if (tag) note({ id: 'raw-html', line, message: `HTML (${tag.slice(0, 40)}) affiché comme texte, jamais interprété ; retirez-le ou écrivez en Markdown` });
    for (const url of unplaced) {
      if (!text.includes(url)) continue;
      findings.push(refusal(url, line));
      unplaced.delete(url);
    }
  }
  for (const url of unplaced) findings.push(refusal(url));
  return findings;
}
