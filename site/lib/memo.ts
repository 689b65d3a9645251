/**
 * The memo rule, written once. A value derived from an object is right for as long as that
 * object is the same object, because:
 *
 * - the loader (site/loaders/cms.ts) replaces a document object exactly when the document
 *   changed, and keeps the same object while it did not;
 * - a derived document (site/model/derive.ts) stays the same object exactly while its
 *   document and everything it looked up stay the same objects;
 * - and so on up: cards, print subjects, search records and digests are derived from
 *   derived documents, by this helper.
 *
 * Keys are held weakly: a value goes when its object does. The proof is
 * tests/unit/plan-memo.test.ts, which plans incrementally and afresh and compares every key.
 */
export function byIdentity<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>()
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V
    const value = make(key)
    cache.set(key, value)
    return value
  }
}
