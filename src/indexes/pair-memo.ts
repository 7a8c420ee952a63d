/**
 * The memos of the site-wide indexes: a whole index remembered per list of explainers
 * ({@link rememberedPerList}), and its pairs remembered per item ({@link rememberedPairs}).
 *
 * Site-wide pairs (related claims, quotations said elsewhere) are worked out again only for what
 * changed. Both relations depend on the two items alone, so when a list of items differs from
 * the last one by a few items (the dev server after a save: one explainer's model is new, the
 * other models are the same objects), the pairs among the unchanged items stay as they were,
 * and only the new items need comparing. Both relations are word overlaps (Jaccard) of at least
 * a threshold t, so a new item is compared only with items that share one of its words; an
 * index from each word to the items holding it, kept up to date between lists, gives those.
 * The result is the same as the full computation's, in the same order.
 */
import type { Explainer } from '../contract/explainer.ts';

export interface PairRule<T, P> {
  /** What the rule compares of an item (made once per item object). */
  prepare(item: T): P;
  /** Items pair only within a group; null: the item pairs with nothing. */
  group(prepared: P): string | null;
  /** The item's distinct words: two items pair only when their overlap reaches `threshold`. */
  words(prepared: P): readonly string[];
  /** The lowest word overlap (Jaccard, above 0) at which two items can pair. */
  threshold: number;
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

/**
 * How many of an item's `size` words to look up so that every item overlapping it by at least
 * `threshold` holds one of them, whichever they are: such an item shares at least ⌈t·size⌉ of
 * them (its overlap is at most what it shares over `size`), so at most size − ⌈t·size⌉ of any
 * chosen words can be missing from it.
 */
export const wordsToLookUp = (size: number, threshold: number) =>
  size - Math.ceil(threshold * size - 1e-9) + 1;

/**
 * `rule.all`, remembered: the pairs of a list are made from the last list's where it can. The
 * items come in parts (one per explainer, each part an array kept per model object), and a part
 * that is the same array as last time holds the same items: what changed is found per part,
 * not per item. Returns the pairs `[i, j]` of the parts' items taken in order (`parts.flat()`).
 */
export function rememberedPairs<T extends object, P>(
  rule: PairRule<T, P>,
): (parts: ReadonlyArray<readonly T[]>) => Array<[number, number]> {
  const prepared = new WeakMap<T, P>();
  const prepare = (item: T) => {
    let found = prepared.get(item);
    if (found === undefined) prepared.set(item, (found = rule.prepare(item)));
    return found;
  };
  /** Each item's part and place in it. */
  const home = new WeakMap<T, { part: readonly T[]; at: number }>();
  let last: { parts: ReadonlySet<readonly T[]>; pairs: Array<[T, T]> } | undefined;
  /**
   * The items of the last list per group, made on the first list with new items after a full
   * computation, and then kept up to date; and per group, word → the items of that group holding
   * it, made only for the groups new items fall in (a word common on the site may be rare among
   * one speaker's quotations), so that a list with no new items, or the first save after the
   * dev server starts, does not index every item's words.
   */
  let groups: Map<string, Set<T>> | undefined;
  const byWord = new Map<string, Map<string, Set<T>>>();
  const place = (item: T, add: boolean) => {
    const mine = prepare(item);
    const group = rule.group(mine);
    if (group === null) return;
    let members = groups!.get(group);
    if (add) {
      if (!members) groups!.set(group, (members = new Set()));
      members.add(item);
    } else members?.delete(item);
    const words = byWord.get(group);
    if (!words) return;
    for (const word of rule.words(mine)) {
      let holders = words.get(word);
      if (add) {
        if (!holders) words.set(word, (holders = new Set()));
        holders.add(item);
      } else holders?.delete(item);
    }
  };
  /** The word index of a group, made from its members when first asked for. */
  const wordsOf = (group: string) => {
    let words = byWord.get(group);
    if (!words) {
      words = new Map();
      for (const item of groups!.get(group) ?? []) {
        for (const word of rule.words(prepare(item))) {
          let holders = words.get(word);
          if (!holders) words.set(word, (holders = new Set()));
          holders.add(item);
        }
      }
      byWord.set(group, words);
    }
    return words;
  };
  const settle = (part: readonly T[]) => part.forEach((item, at) => home.set(item, { part, at }));

  return (parts) => {
    const now = new Set(parts);
    const previous = last?.parts;
    const fresh = previous ? parts.filter((part) => !previous.has(part)) : parts;
    const freshItems = fresh.reduce((sum, part) => sum + part.length, 0);
    const allItems = parts.reduce((sum, part) => sum + part.length, 0);
    let pairs: Array<[T, T]>;
    if (!last || freshItems > allItems * MOST_NEW) {
      const items = parts.flat();
      pairs = rule.all(items).map(([i, j]): [T, T] => [items[i]!, items[j]!]);
      groups = undefined;
      byWord.clear();
      for (const part of fresh) settle(part);
    } else {
      const gone = [...last.parts].filter((part) => !now.has(part));
      // Pairs of items still there are still pairs: the rule looks at the two items alone.
      pairs =
        gone.length === 0
          ? last.pairs.slice()
          : last.pairs.filter(([a, b]) => now.has(home.get(a)!.part) && now.has(home.get(b)!.part));
      if (groups) {
        for (const part of gone) for (const item of part) place(item, false);
      } else if (fresh.length > 0) {
        groups = new Map();
        for (const part of parts)
          if (previous!.has(part)) for (const item of part) place(item, true);
      }
      for (const part of fresh) {
        settle(part);
        for (const item of part) {
          const mine = prepare(item);
          const key = rule.group(mine);
          if (key !== null) {
            const index = wordsOf(key);
            // Its rarest words in its group: the fewest items to compare.
            const words = rule
              .words(mine)
              .map((word) => index.get(word))
              .sort((a, b) => (a?.size ?? 0) - (b?.size ?? 0))
              .slice(0, wordsToLookUp(rule.words(mine).length, rule.threshold));
            const seen = new Set<T>();
            for (const holders of words) {
              for (const other of holders ?? []) {
                if (seen.has(other)) continue;
                seen.add(other);
                if (rule.match(mine, prepare(other))) pairs.push([item, other]);
              }
            }
          }
          // Each new item is placed once compared, so two new items are compared once.
          place(item, true);
        }
      }
    }
    last = { parts: now, pairs };
    const offsets = new Map<readonly T[], number>();
    let offset = 0;
    for (const part of parts) {
      offsets.set(part, offset);
      offset += part.length;
    }
    const position = (item: T) => {
      const { part, at } = home.get(item)!;
      return offsets.get(part)! + at;
    };
    return pairs
      .map(([a, b]): [number, number] => {
        const i = position(a);
        const j = position(b);
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
