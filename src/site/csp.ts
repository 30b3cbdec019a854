/**
 * The Content-Security-Policy every page carries in a `<meta http-equiv>` (src/site/views/base.ts
 * reads it as the global data `csp`). No inline script or style, no third party. Search runs
 * under it: Pagefind needs `'wasm-unsafe-eval'`, `img-src data:` and `worker-src blob:`
 * (../shared/PITFALLS.md). No `frame-ancestors`: Chromium logs an error for it in a `<meta>`.
 */

/** Each directive with its sources, in the order they are written. */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['worker-src', ["'self'", 'blob:']],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
];

/**
 * A policy string from directives.
 * @example cspString([['default-src', ["'self'"]], ['img-src', ["'self'", 'data:']]]) // "default-src 'self'; img-src 'self' data:"
 */
export function cspString(directives: ReadonlyArray<readonly [string, readonly string[]]>): string {
  return directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The site's policy. */
export const CONTENT_SECURITY_POLICY = cspString(CSP_DIRECTIVES);
