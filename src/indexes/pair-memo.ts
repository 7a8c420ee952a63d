/**
 * The memos of the site-wide indexes: a whole index remembered per list of explainers
 * ({@link rememberedPerList}), and its pairs remembered per item ({@link rememberedPairs}).
 *
 * Site-wide pairs (related claims, quotations said elsewhere) are worked out again only for what
 * changed. Both relations depend on the two items alone, so when a list of items differs from
 * the last one by a few items (the dev server after a save: one explainer's model is new, the
 * other models are the same objects), the pairs among the unchanged items stay as they were,
 * and only the new items need comparing, each with the items of its group. The result is the
 * same as the full computation's, in the same order.
 */
import type { Explainer } from '../contract/explainer.ts';

export interface PairRule<T, P> {
  /** What the rule compares of an item (made once per item object). */
  prepare(item: T): P;
  /** Items pair only within a group; null: the item pairs with nothing. */
  group(prepared: P): string | null;
  /** Whether two items of one group (in different explainers, by the rule) make a pair. */
  match(a: P, b: P): boolean;
  /** Every pair `[i, j]` (i < j) of `items`, in order: the full computation. */
  all(items: readonly T[]): Array<[number, number]>;
}

/**
 * At most this share of the items may be new for the pairs to be worked out from the last ones;
 * past it (the first call, a change of settings: every item new), the full computation is
 * faster. Either way gives the same pairs.
 */
const MOST_NEW = 0.5;

/** `rule.all`, remembered: the pairs of a list are made from the last list's where it can. */
export function rememberedPairs<T extends object, P>(
  rule: PairRule<T, P>,
): (items: readonly T[]) => Array<[number, number]> {
  const prepared = new WeakMap<T, P>();
  const prepare = (item: T) => {
    let found = prepared.get(item);
    if (found === undefined) prepared.set(item, (found = rule.prepare(item)));
    return found;
  };
  let last: { items: ReadonlySet<T>; pairs: Array<[T, T]> } | undefined;

  return (items) => {
    const previous = last?.items;
    const fresh = previous ? items.filter((item) => !previous.has(item)) : items;
    let pairs: Array<[T, T]>;
    if (!last || fresh.length > items.length * MOST_NEW) {
      pairs = rule.all(items).map(([i, j]): [T, T] => [items[i]!, items[j]!]);
      // Ready for the next list, which will most often differ by a few items.
      for (const item of items) prepare(item);
    } else {
      const now = new Set(items);
      // Pairs of items still there are still pairs: the rule looks at the two items alone.
      pairs = last.pairs.filter(([a, b]) => now.has(a) && now.has(b));
      const groups = new Map<string, T[]>();
      for (const item of items) {
        const key = rule.group(prepare(item));
        if (key === null) continue;
        const members = groups.get(key);
        if (members) members.push(item);
        else groups.set(key, [item]);
      }
      const isFresh = new Set(fresh);
      const done = new Set<T>();
      for (const item of fresh) {
        const mine = prepare(item);
        const key = rule.group(mine);
        if (key !== null) {
          for (const other of groups.get(key)!) {
            // Two new items are compared once.
            if (other === item || (isFresh.has(other) && done.has(other))) continue;
            if (rule.match(mine, prepare(other))) pairs.push([item, other]);
          }
        }
        done.add(item);
      }
    }
    last = { items: new Set(items), pairs };
    const index = new Map(items.map((item, i) => [item, i]));
    return pairs
      .map(([a, b]): [number, number] => {
        const i = index.get(a)!;
        const j = index.get(b)!;
        return i < j ? [i, j] : [j, i];
      })
      .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  };
}

/**
 * Lists a site-wide index remembers at once: the pages list explainers in the collection's
 * order and the dataset by slug, so two orders of the same models alternate within a build.
 */
export const REMEMBERED_LISTS = 2;

/** Whether two lists hold the same explainer objects in the same order. */
const sameExplainers = (a: readonly Explainer[], b: readonly Explainer[]) =>
  a.length === b.length && a.every((explainer, i) => explainer === b[i]);

/**
 * `compute`, remembered for the last {@link REMEMBERED_LISTS} lists of explainers it was given.
 * A list counts as the same when it holds the same explainer objects in the same order, so
 * changed content (new objects) is worked on again.
 */
export function rememberedPerList<T>(
  compute: (explainers: readonly Explainer[]) => T,
): (explainers: readonly Explainer[]) => T {
  const last: Array<{ explainers: readonly Explainer[]; value: T }> = [];
  return (explainers) => {
    let found = last.find((entry) => sameExplainers(entry.explainers, explainers));
    if (!found) {
      found = { explainers: [...explainers], value: compute(explainers) };
      last.unshift(found);
      last.length = Math.min(last.length, REMEMBERED_LISTS);
    }
    return found.value;
  };
}
