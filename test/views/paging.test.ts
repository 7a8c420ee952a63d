/** Lists in pages: the split, the pager's numbers, and lists of groups over pages. */
import { describe, expect, it } from 'vitest';
import { claimsPath, pagedPath, pageParam, ratingPath } from '../../src/contract/site-paths.ts';
import { groupedPages, pagerNumbers, pagesOf } from '../../src/views/paging.ts';

describe('pagesOf', () => {
  it('splits a list into pages of the size, in order, the last one shorter', () => {
    const pages = pagesOf([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.number, p.count, p.start])).toEqual([
      [1, 3, 1],
      [2, 3, 3],
      [3, 3, 5],
    ]);
  });

  it('makes one empty page of an empty list, and one page of a list that fits', () => {
    expect(pagesOf([], 10)).toEqual([{ items: [], number: 1, count: 1, start: 1 }]);
    expect(pagesOf([1, 2], 2)).toEqual([{ items: [1, 2], number: 1, count: 1, start: 1 }]);
  });
});

describe('the paths of pages', () => {
  it('keeps the first page at the list’s own path and puts the others under page/<n>/', () => {
    expect(pagedPath(claimsPath, 1)).toBe('claims/');
    expect(pagedPath(claimsPath, 2)).toBe('claims/page/2/');
    expect(pagedPath(ratingPath('false'), 3)).toBe('claims/false/page/3/');
    expect([1, 2, 12].map(pageParam)).toEqual([undefined, 'page/2', 'page/12']);
  });
});

describe('pagerNumbers', () => {
  it('shows the first, the last and two either side of the current page', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(1, 30)).toEqual([1, 2, 3, 30]);
    expect(pagerNumbers(10, 30)).toEqual([1, 8, 9, 10, 11, 12, 30]);
    expect(pagerNumbers(30, 30)).toEqual([1, 28, 29, 30]);
  });
});

describe('groupedPages', () => {
  const group = (key: string, ...items: number[]) => ({ key, items });
  const itemsOf = (g: ReturnType<typeof group>) => g.items;

  it('fills pages in group order, continuing a group that does not fit on the next page', () => {
    const groups = [group('A', 1, 2, 3), group('B', 4, 5), group('C', 6)];
    const { pages, firstPageOf } = groupedPages(groups, itemsOf, 2);
    const shape = pages.map((page) =>
      page.sections.map((s) => [s.group.key, s.items.length, s.continued, s.start]),
    );
    expect(shape).toEqual([
      [['A', 2, false, 1]],
      [
        ['A', 1, true, 3],
        ['B', 1, false, 1],
      ],
      [
        ['B', 1, true, 2],
        ['C', 1, false, 1],
      ],
    ]);
    expect(groups.map((g) => firstPageOf.get(g))).toEqual([1, 2, 3]);
    // Every claim once, in order.
    expect(pages.flatMap((p) => p.sections.flatMap((s) => s.items))).toEqual(
      groups.flatMap((g) => g.items),
    );
    expect(pages.flatMap((p) => p.items)).toEqual(groups.flatMap((g) => g.items));
  });

  it('gives a list without items one page without groups', () => {
    const { pages } = groupedPages([], itemsOf, 100);
    expect(pages).toEqual([{ items: [], number: 1, count: 1, start: 1, sections: [] }]);
  });
});
