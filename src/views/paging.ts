/**
 * Lists that grow with the site, split into pages of `pageSize` (`site.yaml`): the claims index
 * and each rating's page. Each page is a route of its own (`…/page/<n>/`, `pagedPath`), so no page
 * grows without bound and each is rendered and cached apart.
 */
import type { ClaimantGroup, IndexedClaim } from '../indexes/claim-index.ts';

/** One page of a list: its items, its number (from 1) and how many pages the list has. */
export interface Page<T> {
  items: T[];
  number: number;
  count: number;
}

/** `items` in pages of `size`, in order; an empty list is one empty page. */
export function pagesOf<T>(items: readonly T[], size: number): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    count,
  }));
}

/** The route parameter of page `n` for a `[...page]` route: none for the first. */
export const pageParam = (n: number): string | undefined => (n === 1 ? undefined : `page/${n}`);

/** The page numbers a pager links to: the first, the last, and two either side of `current`. */
export function pagerNumbers(current: number, count: number): number[] {
  const shown = new Set([1, count]);
  for (let n = current - 2; n <= current + 2; n += 1) if (n >= 1 && n <= count) shown.add(n);
  return [...shown].sort((a, b) => a - b);
}

/** A claimant's claims on one page of the claims index. */
export interface ClaimantSection {
  group: ClaimantGroup;
  claims: IndexedClaim[];
  /** The group began on an earlier page. */
  continued: boolean;
}

/** One page of the claims index: the claimants' groups (or their parts) it holds. */
export interface ClaimsIndexPage extends Page<IndexedClaim> {
  sections: ClaimantSection[];
}

/**
 * The claims index in pages: the groups in their order (`groupByClaimant`), their claims
 * counted into pages of `size`, a group that does not fit going on to the next page. Also the
 * page each group begins on, for the index of claimants.
 */
export function claimsIndexPages(
  groups: readonly ClaimantGroup[],
  size: number,
): { pages: ClaimsIndexPage[]; firstPageOf: Map<ClaimantGroup, number> } {
  const groupOf = new Map(groups.flatMap((group) => group.claims.map((c) => [c, group] as const)));
  const firstPageOf = new Map<ClaimantGroup, number>();
  const pages = pagesOf(
    groups.flatMap((group) => group.claims),
    size,
  ).map((page) => {
    const sections: ClaimantSection[] = [];
    for (const claim of page.items) {
      const group = groupOf.get(claim)!;
      const last = sections.at(-1);
      if (last?.group === group) last.claims.push(claim);
      else {
        sections.push({ group, claims: [claim], continued: firstPageOf.has(group) });
        if (!firstPageOf.has(group)) firstPageOf.set(group, page.number);
      }
    }
    return { ...page, sections };
  });
  return { pages, firstPageOf };
}
