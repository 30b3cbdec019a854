/**
 * Puts the base path in front of site-relative links (`href="/…"`) of trusted HTML such as a
 * rendered Markdown body, so `[x](/sujets/)` works under `--base-path`. Protocol-relative
 * (`//host`) links are left alone.
 * @example rebaseLinks('<a href="/sujets/">x</a>', '/x/') // '<a href="/x/sujets/">x</a>'
 */
export function rebaseLinks(html: string, basePath: string): string {
  if (basePath === '/') return html;
  const base = basePath.replace(/\/$/, '');
  return html.replace(/(<a\s[^>]*?\bhref=")\/(?!\/)/g, `$1${base}/`);
}
