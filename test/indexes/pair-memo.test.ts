/**
 * Remembered pairs (src/indexes/pair-memo.ts) are the full computation's pairs, in its order,
 * whatever changed between two lists: items new, gone, replaced or reordered.
 */
import { describe, expect, it } from 'vitest';
import { rememberedPairs, type PairRule } from '../../src/indexes/pair-memo.ts';
import { prng } from '../helpers/corpus.ts';

interface Item {
  owner: number;
  group: string | null;
  value: number;
}

/** Items of different owners in one group pair when their values are close. */
const match = (a: Item, b: Item) => a.owner !== b.owner && Math.abs(a.value - b.value) <= 2;

function allPairs(items: readonly Item[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  items.forEach((a, i) =>
    items.forEach((b, j) => {
      if (i < j && a.group !== null && a.group === b.group && match(a, b)) pairs.push([i, j]);
    }),
  );
  return pairs;
}

describe('rememberedPairs', () => {
  it('gives the full computation’s pairs after every kind of change', () => {
    const random = prng(18).next;
    const pick = (n: number) => Math.floor(random() * n);
    const make = (): Item => ({
      owner: pick(8),
      group: random() < 0.1 ? null : `g${pick(3)}`,
      value: pick(20),
    });
    let fullRuns = 0;
    const rule: PairRule<Item, Item> = {
      prepare: (item) => item,
      group: (item) => item.group,
      match,
      all: (items) => {
        fullRuns += 1;
        return allPairs(items);
      },
    };
    const remembered = rememberedPairs(rule);
    let items = Array.from({ length: 200 }, make);
    expect(remembered(items)).toEqual(allPairs(items));
    for (let step = 0; step < 200; step += 1) {
      items = items.slice();
      const change = pick(4);
      if (change === 0) items[pick(items.length)] = make();
      else if (change === 1) items.splice(pick(items.length), 1);
      else if (change === 2) items.splice(pick(items.length), 0, make(), make());
      else items.reverse();
      expect(remembered(items)).toEqual(allPairs(items));
    }
    // One full computation; every later list was made from the one before.
    expect(fullRuns).toBe(1);
  });
});
