/**
 * Marks that other site generators leave in a Markdown body, which no reader should see:
 * - HTML comments (`<!-- … -->`, on one line or over several), the summary divider `<!--more-->`
 *   of Hugo, Jekyll and WordPress among them: a comment is never published, so its text was never
 *   meant to be read (markdown-it, with raw HTML off, would show it as text);
 * - Hugo's shortcodes (`{{< figure src="x.jpg" >}}`, `{{% note %}}…{{% /note %}}`) and Liquid's
 *   tags and its variables in Jekyll (`{% include video.html %}`, `{% raw %}`, `{{ page.title }}`): templates,
 *   which Kiosque does not run; the site's address (`{{ site.baseurl }}/dossiers/`) leaves its path, quietly.
 *   A shortcode closed further on (`{{< /name >}}`) wraps text, which is kept without its tags;
 *   one that is not makes something (an image, a video, an embedded post) and goes whole;
 * - kramdown's attribute lists and table of contents (`{: .lead}`, `* TOC` and `{:toc}`), layout only, removed as quietly
 *   as the summary divider;
 * - Obsidian's links between notes (`[[Emmanuel Macron]]`, `[[note|le texte]]`), which are their
 *   text, and its embeds (`![[photo.jpg]]`), which go as images do.
 * Code (fenced or indented blocks, code spans) is left as written, and every line break is kept,
 * so that each line keeps its number for the editor's messages. Pure.
 */
import { CODE_SPAN, codeLines } from './code-lines.ts';

/** What was taken out of a body. */
export interface GeneratorMarks {
  text: string;
  /** The 0-based line of each comment, and whether it is the summary divider `<!--more-->`. */
  comments: { line: number; more: boolean }[];
  /** The 0-based line and the name of each Hugo shortcode or Liquid tag, and whether text was kept between its tags. */
  shortcodes: { line: number; name: string; kind: 'hugo' | 'liquid'; wraps: boolean }[];
  /** The 0-based line of each Obsidian embed (`![[photo.jpg]]`) dropped. */
  embeds: number[];
}

/** `{{< name … >}}`, `{{% /name %}}`: the closing slash, the name. */
const SHORTCODE = /\{\{([<%])\s*(\/?)\s*([\w./-]+)[^]*?[>%]\}\}/gu;
/** `{% name … %}`, `{%- name -%}`: a Liquid tag and its name. */
const LIQUID = /\{%-?\s*(\w+)[^%]*?-?%\}/gu;
/**
 * `{{ site.baseurl }}`, `{{ page.title }}`, `{{ "/x" | relative_url }}`: a Liquid output of Jekyll's variables or a
 * filtered value. Other braces (`{{ 7 * 7 }}`) are text: what a text says, never run.
 */
const LIQUID_OUTPUT = /\{\{-?\s*((?:site|page|post|include|layout|paginator|jekyll)(?:\.[\w-]+)+|["'][^"'{}]*["']\s*\|[^{}]*?)\s*-?\}\}/gu;
/** A comment whole on its part of a line, and one that goes on past it. */
const COMMENT = /<!--[^]*?-->/gu;
const COMMENT_OPEN = /<!--/u;
const MORE = /^<!--\s*more\s*-->$/iu;
/** `[[note]]`, `[[note|texte]]`, `[[note#partie]]`; `![[photo.jpg]]`, an embed. */
const WIKILINK = /(!?)\[\[([^[\]|#\n]*)(?:#[^[\]|\n]*)?(?:\|([^[\]\n]*))?\]\]/gu;
/** Kramdown's attribute lists and extensions (`{: .lead}`, `{:toc}`, `{::options …}`), Jekyll's default Markdown's. */
const KRAMDOWN = /\{::?[^{}\n]{0,200}\}/gu;
/** The list item that kramdown makes a table of contents of (`* TOC` before `{:toc}`). */
const KRAMDOWN_TOC = /^\s*(?:[*+-]|1\.)\s+(?:toc|table of contents|sommaire)\s*$/iu;
/** Text that may hold a mark. */
const MARKED = /<!--|\{\{|\{%|\[\[|\{:/u;
/** Liquid tags that close a block of another: `{% endraw %}` wraps what `{% raw %}` opened. */
const LIQUID_END = /^end/u;

/**
 * The body without its comments, shortcodes and Liquid tags.
 * @example withoutGeneratorMarks('Le lede.\n\n<!--more-->\n\nLa suite.').text // 'Le lede.\n\n\n\nLa suite.'
 * @example withoutGeneratorMarks('{{< youtube abc >}}\nTexte.').shortcodes // [{ line: 0, name: 'youtube', kind: 'hugo', wraps: false }]
 */
export function withoutGeneratorMarks(body: string): GeneratorMarks {
  const comments: GeneratorMarks['comments'] = [];
  const shortcodes: GeneratorMarks['shortcodes'] = [];
  const embeds: number[] = [];
  if (!MARKED.test(body)) return { text: body, comments, shortcodes, embeds };
  // Shortcodes closed somewhere in the body wrap text; Liquid blocks (`{% raw %}`) have an `end` tag.
  const closed = new Set([...body.matchAll(SHORTCODE)].filter((m) => m[2] === '/').map((m) => m[3]!));
  const liquidEnds = new Set([...body.matchAll(LIQUID)].filter((m) => LIQUID_END.test(m[1]!)).map((m) => m[1]!.replace(LIQUID_END, '')));
  const lines = body.split('\n');
  const isCode = codeLines();
  let inComment = false;
  /** A part of a line outside code, without its marks; sets `inComment` when a comment goes on past it. */
  const clean = (part: string, line: number): string => {
    let out = part.replace(COMMENT, (c) => {
      comments.push({ line, more: MORE.test(c) });
      return '';
    });
    const open = COMMENT_OPEN.exec(out);
    if (open) {
      comments.push({ line, more: false });
      inComment = true;
      out = out.slice(0, open.index);
    }
    out = out.replace(SHORTCODE, (_, _d: string, slash: string, name: string) => {
      if (!slash) shortcodes.push({ line, name, kind: 'hugo', wraps: closed.has(name) });
      return '';
    });
    out = out.replace(LIQUID, (_, name: string) => {
      if (!LIQUID_END.test(name)) shortcodes.push({ line, name, kind: 'liquid', wraps: liquidEnds.has(name) });
      return '';
    });
    // A site's address in a link (`]({{ site.baseurl }}/dossiers/retraites/)`) leaves the path; another output its place.
    out = out.replace(LIQUID_OUTPUT, (_, name: string) => {
      if (!/^site\.(?:baseurl|url)$/u.test(name)) shortcodes.push({ line, name: name.replace(/\s*\|.*$/su, ''), kind: 'liquid', wraps: false });
      return '';
    });
    out = out.replace(KRAMDOWN, '');
    return out.replace(WIKILINK, (_, embed: string, target: string, label: string | undefined) => {
      if (embed) {
        embeds.push(line);
        return '';
      }
      return (label ?? target).trim();
    });
  };
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (inComment) {
      const end = line.indexOf('-->');
      if (end < 0) {
        lines[i] = '';
        continue;
      }
      inComment = false;
      line = line.slice(end + 3);
      lines[i] = line;
    }
    if (isCode(line, lines[i - 1]) || !MARKED.test(line)) continue;
    // `* TOC` then `{:toc}`: the table of contents kramdown would make, which a page of one article does not need.
    if (/^\s*\{:toc\}\s*$/iu.test(line) && i > 0 && KRAMDOWN_TOC.test(lines[i - 1]!)) lines[i - 1] = '';
    const parts = line.split(CODE_SPAN);
    let out = '';
    for (const [n, part] of parts.entries()) {
      if (inComment) break;
      out += n % 2 === 1 ? part : clean(part, i);
    }
    // A line that held only marks is blank: the paragraphs around it stay apart.
    lines[i] = out.trim() === '' ? '' : out;
  }
  return { text: lines.join('\n'), comments, shortcodes, embeds };
}
