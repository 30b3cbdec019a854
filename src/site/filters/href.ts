/**
 * Site URLs under the base path, and absolute URLs for feeds and canonical links.
 * @example href('/sujets/', '/x/') // '/x/sujets/'
 */
export function href(url: string, basePath: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#')) return url;
  return basePath.replace(/\/$/, '') + (url.startsWith('/') ? url : `/${url}`);
}

/** @example absoluteUrl('/sujets/', { origin: 'https://a.fr', basePath: '/x/' }) // 'https://a.fr/x/sujets/' */
export function absoluteUrl(url: string, site: { origin: string; basePath: string }): string {
  return site.origin.replace(/\/$/, '') + href(url, site.basePath);
}
