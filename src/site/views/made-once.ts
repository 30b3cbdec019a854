/**
 * HTML made once per data object and options. Listing pages repeat the same pieces (an
 * article's card on every list that holds it, a topic's month chart on each of its pages),
 * and the archive shares one object for each: keyed by that object, so new data (the dev
 * server's quick update) never meets an old piece.
 */

/**
 * A maker that calls `make` once per object and key, and returns what it made after that.
 * @example const cardOnce = madeOnce<string>(); cardOnce(card, '/', () => html) // html, made once
 */
export function madeOnce<V>(): (owner: object, key: string, make: () => V) => V {
  const made = new WeakMap<object, Map<string, V>>();
  return (owner, key, make) => {
    let byKey = made.get(owner);
    if (!byKey) made.set(owner, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, make());
    return byKey.get(key) as V;
  };
}
