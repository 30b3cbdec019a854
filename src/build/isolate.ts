/**
 * Per-file isolation (issue 11): one input must cost one article, never the build. Two tools:
 * `plainData` copies a value into fresh plain objects, refusing anything that is not data
 * (a function, a class instance, a cycle), so what reaches a worker message, JSON or a template
 * is data we built; `setApart` runs a step over all items and, when it throws, finds the items
 * that make it throw and runs it again without them.
 */

/** A value that is not plain data, with where it was found (`$.diagnostics[0].line`). */
export class NotPlainData extends Error {
  constructor(readonly path: string, readonly what: string) {
    super(`${path}: ${what}`);
  }
}

const MAX_DEPTH = 64;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text with each lone surrogate (a `"\ud800"` YAML escape makes one) replaced by U+FFFD:
 * JSON readers such as Pagefind's service refuse them, and one failed the whole index (issue 11).
 * @example wellFormed('a\ud800b') // 'a\ufffdb'
 */
export function wellFormed(text: string): string {
  // The native check first: almost every string is well formed, and the regex scan of every
  // string of 10,000 articles cost about a second.
  return text.isWellFormed() ? text : text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Where a value that is not plain data was found, added segment by segment as the error unwinds. */
function within(error: unknown, segment: string): never {
  if (error instanceof NotPlainData) throw new NotPlainData(`$${segment}${error.path.slice(1)}`, error.what);
  throw error;
}

/**
 * A deep copy made only of well-formed strings, numbers, booleans, null, arrays and fresh
 * objects (own enumerable keys; `undefined` fields dropped). Throws `NotPlainData` on a function, symbol,
 * bigint, Map, Date or other class instance, or nesting deeper than 64 (a cycle).
 * @example plainData({ a: [1, 'x'] }) // { a: [1, 'x'] }, a new object
 * @example plainData({ line: Object }) // throws NotPlainData('$.line', 'function')
 */
export function plainData<T>(value: T): T {
  return walk(value, 0, undefined) as T;
}

/**
 * Throws what `plainData` would throw, without copying: for data built from plain data (the
 * archive), where only a mistake of ours could break the rule. An object met again (an article
 * card is in dozens of lists) is checked once.
 * @example checkPlainData({ cards: [card, card] }) // undefined; the card checked once
 */
export function checkPlainData(value: unknown): void {
  walk(value, 0, new Set());
}

/** `plainData`'s walk: copies when `checked` is undefined, else only checks, skipping objects in `checked`. */
function walk(value: unknown, depth: number, checked: Set<object> | undefined): unknown {
  if (typeof value === 'string') return checked ? value : wellFormed(value);
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value !== 'object') throw new NotPlainData('$', typeof value);
  if (checked?.has(value)) return value;
  if (depth > MAX_DEPTH) throw new NotPlainData('$', `nesting deeper than ${MAX_DEPTH}`);
  let result: unknown = value;
  if (Array.isArray(value)) {
    const out = checked ? undefined : new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      try {
        const copy = walk(value[i], depth + 1, checked);
        if (out) out[i] = copy;
      } catch (e) {
        within(e, `[${i}]`);
      }
    }
    result = out ?? value;
  } else {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) throw new NotPlainData('$', `instance of ${(value as object).constructor?.name ?? 'a class'}`);
    const out: Record<string, unknown> | undefined = checked ? undefined : {};
    for (const k of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[k];
      if (v === undefined) continue;
      let copy: unknown;
      try {
        copy = walk(v, depth + 1, checked);
      } catch (e) {
        within(e, `.${k}`);
      }
      if (!out) continue;
      // defineProperty: a key named `__proto__` stays a key, never a prototype.
      if (k === '__proto__') Object.defineProperty(out, k, { value: copy, enumerable: true, writable: true, configurable: true });
      else out[k] = copy;
    }
    result = out ?? value;
  }
  // Marked once its whole content passed: an object met again while still being walked is a cycle.
  checked?.add(value);
  return result;
}

export interface SetApart<T> {
  item: T;
  error: unknown;
}

/**
 * Runs `step` over all items. When it throws, the items that make it throw are found by
 * halving (a run over a half that passes clears that half; a single item that throws is a
 * culprit), set apart, and `step` runs again over the rest. The common case costs one run; one
 * culprit among n costs about 2·log2(n) more runs on shrinking halves.
 * @example setApart([1, 2, 3], (xs) => xs.map((x) => { if (x === 2) throw new Error(); return x; }))
 * // { result: [1, 3], apart: [{ item: 2, error: Error }] }
 */
export function setApart<T, R>(items: T[], step: (items: T[]) => R): { result: R; apart: SetApart<T>[] } {
  const apart: SetApart<T>[] = [];
  const culprits = (some: T[]): SetApart<T>[] => {
    try {
      step(some);
      return [];
    } catch (error) {
      if (some.length === 1) return [{ item: some[0]!, error }];
      const mid = some.length >> 1;
      return [...culprits(some.slice(0, mid)), ...culprits(some.slice(mid))];
    }
  };
  let rest = items;
  for (;;) {
    try {
      return { result: step(rest), apart };
    } catch (whole) {
      if (rest.length <= 1) {
        if (rest.length === 0) throw whole;
        apart.push({ item: rest[0]!, error: whole });
        rest = [];
        continue;
      }
      const mid = rest.length >> 1;
      const found = [...culprits(rest.slice(0, mid)), ...culprits(rest.slice(mid))];
      // The step fails on the whole but on no part alone: not an input's fault.
      if (found.length === 0) throw whole;
      apart.push(...found);
      rest = rest.filter((item) => !found.some((f) => f.item === item));
    }
  }
}

/**
 * What an unexpected error says in a report line: its message, first line, bounded.
 * @example errorText(new TypeError('x is not a function\n  at …')) // 'TypeError: x is not a function'
 */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n')[0]!.slice(0, 200);
}
