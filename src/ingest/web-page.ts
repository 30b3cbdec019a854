/**
 * A whole web page saved under an article's name (a browser's « Enregistrer sous », a scraper that
 * kept the page): its `<head>`, menus, scripts and footer around the article. Read as text, its
 * markup became the title and the lede (`< !DOCTYPE html>`); it is refused instead, since what is
 * the article in it cannot be told from the page around it.
 */

/** A document's opening: its doctype, or an `<html>` tag, at the start of a line. */
const OPENING = /(?:^|\n)[ \t]*(<!doctype\s+html\b[^>\n]*>?|<html(?:\s[^>\n]*)?>)/i;

/** Nothing, or a front matter alone, before the document: it is the file's text, not an example in it. */
const NOTHING_BEFORE = /^\s*$|^(?:---|\+\+\+)[ \t]*\n[\s\S]*?\n(?:---|\+\+\+)[ \t]*\n\s*$/;

/**
 * Where a whole HTML document opens, when the text holds one: a doctype, or an `<html>` tag
 * followed by its `<head>` or `<body>`, opening the text or the body after its front matter (its
 * line from 1, and the tag); undefined for a body written in HTML (`<p>…</p>`, as WordPress
 * exports it), which is read, and for a page shown as an example in an article's code.
 * @example webPage('---\ntitle: T\n---\n<!DOCTYPE html>\n<html><body><p>Texte</p></body></html>') // { line: 4, opening: '<!DOCTYPE html>' }
 * @example webPage('<p>Le maire a parlé.</p>\n<p>Il a dit « <html> ».</p>') // undefined
 */
export function webPage(text: string): { line: number; opening: string } | undefined {
  const m = OPENING.exec(text);
  if (!m) return undefined;
  const opening = m[1]!;
  const at = m.index + m[0].indexOf('<');
  if (!NOTHING_BEFORE.test(text.slice(0, at))) return undefined;
  if (!/^<!doctype/i.test(opening) && !/<(?:head|body)[\s>]/i.test(text.slice(at))) return undefined;
  return { line: text.slice(0, at).split('\n').length, opening };
}

/**
 * The rejection message of a web page: what it is, where it opens, and what to do.
 * @example webPageMessage('<!DOCTYPE html>') // 'page web entière (« <!DOCTYPE html> »), pas le texte d’un article : …'
 */
export function webPageMessage(opening: string): string {
  return `page web entière (« ${opening.slice(0, 40)} »), pas le texte d’un article : son en-tête, ses menus et ses scripts seraient publiés avec lui ; rien n’est publié ; copiez le seul texte de l’article dans un fichier .txt, ou son HTML (ses <p>, <h2>…) dans un .md`;
}
