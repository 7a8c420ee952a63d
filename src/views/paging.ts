/**
 * Lists that grow with the site, split into pages of `pageSize` (`site.yaml`): the claims index,
 * each rating's page, each person's and each topic's page, and the home page. Each page is a
 * route of its own (`…/page/<n>/`, `pagedPath`), so no page grows without bound and each is
 * rendered and cached apart.
 */

/** One page of a list: its items, its number (from 1) and how many pages the list has. */
export interface Page<T> {
  items: T[];
  number: number;
  count: number;
  /** The place in the whole list (from 1) of the page's first item. */
  start: number;
}

/** `items` in pages of `size`, in order; an empty list is one empty page. */
export function pagesOf<T>(items: readonly T[], size: number): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    count,
    start: i * size + 1,
  }));
}

/** The page numbers a pager links to: the first, the last, and two either side of `current`. */
export function pagerNumbers(current: number, count: number): number[] {
  const shown = new Set([1, count]);
  for (let n = current - 2; n <= current + 2; n += 1) if (n >= 1 && n <= count) shown.add(n);
  return [...shown].sort((a, b) => a - b);
}

/** A group's items on one page of a list made of groups. */
export interface Section<G, T> {
  group: G;
  items: T[];
  /** The group began on an earlier page. */
  continued: boolean;
  /** The place in its group (from 1) of the section's first item. */
  start: number;
}

/** One page of a list made of groups: its items, and the groups (or their parts) they are in. */
export interface GroupedPage<G, T> extends Page<T> {
  sections: Section<G, T>[];
}

/**
 * A list made of groups, in pages: the groups in their order, their items counted into pages of
 * `size`, a group that does not fit going on to the next page (the claims index's claimants, a
 * person's quotations then claims). Also the page each group begins on, for an index of groups.
 */
export function groupedPages<G, T>(
  groups: readonly G[],
  itemsOf: (group: G) => readonly T[],
  size: number,
): { pages: GroupedPage<G, T>[]; firstPageOf: Map<G, number> } {
  const firstPageOf = new Map<G, number>();
  const entries = groups.flatMap((group) =>
    itemsOf(group).map((item, index) => ({ group, item, index })),
  );
  const pages = pagesOf(entries, size).map((page) => {
    const sections: Section<G, T>[] = [];
    for (const { group, item, index } of page.items) {
      const last = sections.at(-1);
      if (last?.group === group) last.items.push(item);
      else {
        const continued = firstPageOf.has(group);
        sections.push({ group, items: [item], continued, start: index + 1 });
        if (!continued) firstPageOf.set(group, page.number);
      }
    }
    return { ...page, items: page.items.map((entry) => entry.item), sections };
  });
  return { pages, firstPageOf };
}
