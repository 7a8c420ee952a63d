/**
 * Remembered pairs (src/indexes/pair-memo.ts) are the full computation's pairs, in its order,
 * whatever changed between two lists: parts (an explainer's items) new, gone, replaced or
 * reordered.
 */
import { describe, expect, it } from 'vitest';
import { rememberedPairs, wordsToLookUp, type PairRule } from '../../src/indexes/pair-memo.ts';
import { prng } from '../helpers/corpus.ts';

interface Item {
  owner: number;
  group: string | null;
  /** Distinct words. */
  words: string[];
}

const overlap = (a: readonly string[], b: readonly string[]) => {
  const shared = b.filter((word) => a.includes(word)).length;
  return shared / (a.length + b.length - shared);
};

function allPairs(
  items: readonly Item[],
  match: (a: Item, b: Item) => boolean,
): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  items.forEach((a, i) =>
    items.forEach((b, j) => {
      if (i < j && a.group !== null && a.group === b.group && match(a, b)) pairs.push([i, j]);
    }),
  );
  return pairs;
}

describe('rememberedPairs', () => {
  for (const threshold of [0.5, 0.6, 0.8]) {
    it(`gives the full computation’s pairs after every kind of change (overlap ≥ ${threshold})`, () => {
      const random = prng(18).next;
      const pick = (n: number) => Math.floor(random() * n);
      // A small vocabulary, so that many items overlap by every amount.
      let owners = 0;
      const makeItem = (owner: number): Item => {
        const words = new Set<string>();
        const size = 1 + pick(7);
        while (words.size < size) words.add(`w${pick(12)}`);
        return { owner, group: random() < 0.1 ? null : `g${pick(3)}`, words: [...words] };
      };
      /** An explainer's items: a new owner, none to five items. */
      const make = (): Item[] => {
        owners += 1;
        return Array.from({ length: pick(6) }, () => makeItem(owners));
      };
      /** Items of different owners in one group pair when their words overlap enough. */
      const match = (a: Item, b: Item) =>
        a.owner !== b.owner && overlap(a.words, b.words) >= threshold;
      let fullRuns = 0;
      const rule: PairRule<Item, Item> = {
        prepare: (item) => item,
        group: (item) => item.group,
        words: (item) => item.words,
        threshold,
        match,
        all: (items) => {
          fullRuns += 1;
          return allPairs(items, match);
        },
      };
      const remembered = rememberedPairs(rule);
      let parts = Array.from({ length: 60 }, make);
      expect(remembered(parts)).toEqual(allPairs(parts.flat(), match));
      for (let step = 0; step < 200; step += 1) {
        parts = parts.slice();
        const change = pick(4);
        if (change === 0) parts[pick(parts.length)] = make();
        else if (change === 1) parts.splice(pick(parts.length), 1);
        else if (change === 2) parts.splice(pick(parts.length), 0, make(), make());
        else parts.reverse();
        expect(remembered(parts)).toEqual(allPairs(parts.flat(), match));
      }
      // One full computation; every later list was made from the one before.
      expect(fullRuns).toBe(1);
    });
  }

  it('looks up just enough of an item’s words', () => {
    // An item of 5 words overlaps another by 0.6 only if they share 3 words: 3 of any 5 chosen.
    expect(wordsToLookUp(5, 0.6)).toBe(3);
    expect(wordsToLookUp(4, 0.5)).toBe(3);
    expect(wordsToLookUp(10, 0.8)).toBe(3);
    expect(wordsToLookUp(1, 0.5)).toBe(1);
  });
});
