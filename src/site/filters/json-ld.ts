/**
 * Serialises an object for a `<script type="application/ld+json">` block: `<`, `>` and `&` are
 * escaped so no text (a `</script>` in a title) can end the script.
 * @example jsonForScript({ headline: '</script>' }) // '{"headline":"\\u003c/script\\u003e"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
