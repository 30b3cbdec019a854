/**
 * Copying plain objects. On Node 20 (V8 11.3), an object literal that starts with a spread and
 * goes on with other properties (`{ ...article, id }`) gets a hidden class of its own, every
 * time it is evaluated: 200,000 such objects, 200,000 classes, each with its descriptor array
 * (about 300 bytes), and code reading them sees as many shapes. The archive of 20,000 articles
 * held 129,000 classes with one object each, about 40 MB. `Object.assign` onto `{}` shares
 * classes but turns an object of more than about 16 properties (an archive article has 31)
 * into a dictionary, which costs more still. A literal whose first property is written out
 * (`{ id: undefined, ...article, ...extra }`) shares its class and stays fast.
 */

/**
 * `{ ...base, ...extra }`: the same keys in the same order, values of `extra` last.
 * @example extend({ a: 1, b: 2 }, { b: 3, c: 4 }) // { a: 1, b: 3, c: 4 }
 */
export function extend<T extends object, U extends object>(base: T, extra: U): Omit<T, keyof U> & U {
  // The first key of `base` written out first: its value is then the spread's.
  for (const first in base) return { [first]: undefined, ...base, ...extra } as Omit<T, keyof U> & U;
  return { ...extra } as Omit<T, keyof U> & U;
}
