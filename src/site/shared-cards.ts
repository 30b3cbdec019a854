/**
 * Article cards sent to a renderer process once. A card is one object per article, shared by
 * every list that holds it (src/enrich/archive.ts): an article's related articles, its day and
 * month, its topics', entities' and months' pages. Each run sent to a renderer process
 * (./render-pool.ts) would carry its cards again, and arrive as new objects, so that the process
 * decoded them again and made their HTML again (./views/made-once.ts keys by object). Instead
 * the parent replaces a card it sent to a process before by a reference, and the process puts
 * back the object it kept: from its second run on, a process gets mostly references, and its
 * cards' HTML is made once for all its runs. Pure, apart from the stores passed in.
 */

/** The key of a reference to a card (a string key survives structured cloning; a symbol does not). */
const REF = '\u0000card';

/** A card sent before, by its number. */
interface CardRef {
  [REF]: number;
}

/** Depth of the cards in the lists a run is sent: list, item, field, array, day group, array, card. */
const DEPTH = 6;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/**
 * Replaces, in `value` (a run's list, or any value a run is sent), each card of `cards` by a
 * reference, numbered in `sent` (the cards already sent to this process; updated). Copies only
 * what holds a card; returns the value to send and the cards sent for the first time, by number.
 * @example const sent = new Map(); referCards([{ related: [card] }], new Set([card]), sent) // { value: [{ related: [{ '\u0000card': 0 }] }], fresh: [[0, card]] }
 */
export function referCards(value: unknown, cards: ReadonlySet<object>, sent: Map<object, number>): { value: unknown; fresh: [number, object][] } {
  const fresh: [number, object][] = [];
  const refer = (v: unknown, depth: number): unknown => {
    if (!isObject(v)) return v;
    if (cards.has(v)) {
      let n = sent.get(v);
      if (n === undefined) {
        n = sent.size;
        sent.set(v, n);
        fresh.push([n, v]);
      }
      return { [REF]: n } satisfies CardRef;
    }
    if (depth === 0) return v;
    if (Array.isArray(v)) {
      let out: unknown[] | undefined;
      v.forEach((e, i) => {
        const r = refer(e, depth - 1);
        if (r !== e) (out ??= [...v])[i] = r;
      });
      return out ?? v;
    }
    let out: Record<string, unknown> | undefined;
    for (const k of Object.keys(v)) {
      const r = refer(v[k], depth - 1);
      if (r !== v[k]) (out ??= { ...v })[k] = r;
    }
    return out ?? v;
  };
  return { value: refer(value, DEPTH), fresh };
}

/**
 * In the renderer process: puts back in `value` (as received, changed in place) the cards its
 * references stand for, from `kept` (the cards received so far; `fresh` is added to it first).
 * The same card is then the same object in every run. Returns `value`.
 * @example restoreCards([{ related: [{ '\u0000card': 0 }] }], [[0, card]], new Map()) // [{ related: [card] }]
 */
export function restoreCards<T>(value: T, fresh: readonly [number, object][], kept: Map<number, object>): T {
  for (const [n, card] of fresh) kept.set(n, card);
  const restore = (v: unknown, depth: number): unknown => {
    if (!isObject(v)) return v;
    if (REF in v) {
      const card = kept.get(v[REF] as number);
      if (!card) throw new Error(`carte d’article ${String(v[REF])} inconnue du processus de rendu`);
      return card;
    }
    if (depth === 0) return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = restore(v[i], depth - 1);
    } else {
      for (const k of Object.keys(v)) v[k] = restore(v[k], depth - 1);
    }
    return v;
  };
  return restore(value, DEPTH) as T;
}
