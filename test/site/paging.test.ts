/**
 * Lists in pages, in a real build with `pageSize: 2` (the empty-scale site, under a base path):
 * the home page, the claims index, each person's and each topic's page. Every list is read by
 * following its pager's "next" links from its first page; each item is on exactly one page, in
 * order, numbered on from the page before, every later page names its place in its title and
 * at its top, and the pager marks the current page and links the one before.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/exports/dataset.ts';
import type { Built } from '../helpers/build.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';
import { attr, listPages, resolve, text } from './claims-helpers.ts';
import { BASE, PAGE_SIZE, emptyScaleSiteAndData } from './empty-scale-site.ts';

let site: Built;
let dataset: Dataset;

beforeAll(async () => {
  ({ site, dataset } = await emptyScaleSiteAndData());
}, BUILD_TIMEOUT);

/** The pages of the list that starts at `first`, with checks every list in pages must pass. */
function pagesOf(first: string): Array<{ file: string; root: Root }> {
  const pages = listPages(site, first, BASE);
  pages.forEach(({ file, root }, i) => {
    const position = `Page ${i + 1} of ${pages.length}`;
    if (pages.length > 1) {
      // A later page's title says which it is; the first keeps the list's own.
      if (i > 0) expect(text(select('title', root)!), file).toContain(position);
      else expect(text(select('title', root)!), file).not.toContain('Page');
      expect(selectAll('nav.pager', root), file).toHaveLength(1);
      const current = selectAll('nav.pager a[aria-current="page"]', root);
      expect(
        current.map((a) => resolve(site, attr(a, 'href'), BASE)),
        file,
      ).toEqual([file]);
      if (i > 0) {
        expect(text(select('.page-position', root)!), file).toBe(position);
        const previous = select('nav.pager a[rel="prev"]', root)!;
        expect(resolve(site, attr(previous, 'href'), BASE), file).toBe(pages[i - 1]!.file);
      }
    } else expect(select('nav.pager', root), file).toBeUndefined();
  });
  return pages;
}

/** The subfolders of a folder of the output (a person's or a topic's pages), without `page/`. */
const keysIn = (folder: string) =>
  readdirSync(path.join(site.outDir, folder), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'page')
    .map((d) => d.name);

describe('lists in pages', () => {
  it('puts every explainer on the home page once, newest first, numbered down across pages', () => {
    const pages = pagesOf('index.html');
    expect(pages.length).toBe(Math.ceil(dataset.explainers.length / PAGE_SIZE));
    expect(pages.map((p) => p.file).slice(0, 2)).toEqual(['index.html', 'page/2/index.html']);
    const lists = pages.map(({ root }) => select('ol.explainer-list', root)!);
    const titles = lists.flatMap((list) => selectAll('li h2 a', list).map(text));
    const newest = [...dataset.explainers].sort((a, b) =>
      (b.updated ?? b.published).localeCompare(a.updated ?? a.published),
    );
    expect(titles.toSorted()).toEqual(newest.map((e) => e.title).toSorted());
    expect(new Set(titles).size).toBe(titles.length);
    // Newest first: dates never rise down the pages.
    const dates = lists.flatMap((list) =>
      selectAll('li > .meta > time:first-child', list).map((t) => attr(t, 'dateTime')),
    );
    expect(dates).toEqual(dates.toSorted().reverse());
    // Numbered down from the number of explainers, going on across pages.
    expect(lists.map((list) => [attr(list, 'reversed'), attr(list, 'start')])).toEqual(
      lists.map((_, i) => ['true', String(dataset.explainers.length - i * PAGE_SIZE)]),
    );
    // The first page only has the site's description and claims.
    expect(selectAll('.lede, .rating-overview', pages[1]!.root)).toEqual([]);
  });

  it('puts each claim on one page of the index, naming a claimant again where their claims go on', () => {
    const pages = pagesOf('claims/index.html');
    const claims = dataset.annotations.filter((a) => a.kind === 'claim');
    expect(pages.length).toBe(Math.ceil(claims.length / PAGE_SIZE));
    const items = pages.flatMap(({ root }) => selectAll('.claim-item', root));
    expect(items).toHaveLength(claims.length);
    expect(new Set(items.map((item) => attr(item, 'id'))).size).toBe(claims.length);
    const continued = pages.flatMap(({ root }) =>
      selectAll('section.claimant-group h3', root)
        .map(text)
        .filter((h) => h.includes('continued')),
    );
    expect(continued.length).toBeGreaterThan(0);
    // The index of claimants links each to the page their claims begin on.
    for (const a of selectAll('.claimant-index a', pages[0]!.root))
      expect(resolve(site, attr(a, 'href'), BASE), attr(a, 'href')).toBeDefined();
  });

  it("puts each of a person's quotations and claims on one page, each section's count kept", () => {
    let paged = 0;
    for (const key of keysIn('people')) {
      const pages = pagesOf(`people/${key}/index.html`);
      if (pages.length > 1) paged += 1;
      const items = pages.flatMap(({ root }) => selectAll('li.person-annotation', root));
      // Each item's link to its exact spot (`#id`).
      const spots = items.map((li) =>
        selectAll('.person-source a', li)
          .map((a) => attr(a, 'href'))
          .find((href) => href.includes('#'))!,
      );
      expect(new Set(spots).size, key).toBe(items.length);
      for (const spot of spots) expect(resolve(site, spot, BASE), spot).toBeDefined();
      // Each section's heading gives its whole count, on every page it is on.
      const counted = new Map<string, number>();
      const shown = new Map<string, number>();
      for (const { root } of pages) {
        for (const section of selectAll('section', root)) {
          const [, heading, n] = /^(\w+) \((?:continued, )?(\d+)\)$/.exec(
            text(select('h2', section)!),
          )!;
          counted.set(heading!, Number(n));
          // Numbered on from the page before.
          const start = attr(select('ol.person-annotations', section)!, 'start');
          expect(start, key).toBe(String((shown.get(heading!) ?? 0) + 1));
          shown.set(
            heading!,
            (shown.get(heading!) ?? 0) + selectAll('li.person-annotation', section).length,
          );
        }
      }
      expect(shown, key).toEqual(counted);
    }
    expect(paged).toBeGreaterThan(0);
  });

  it("puts each of a topic's explainers on one of its pages", () => {
    let paged = 0;
    for (const key of keysIn('tags')) {
      const pages = pagesOf(`tags/${key}/index.html`);
      if (pages.length > 1) paged += 1;
      const lists = pages.map(({ root }) => select('ol.explainer-list', root)!);
      const links = lists.flatMap((list) => selectAll('li h2 a', list).map((a) => attr(a, 'href')));
      expect(new Set(links).size, key).toBe(links.length);
      expect(
        lists.map((list) => attr(list, 'start')),
        key,
      ).toEqual(lists.map((_, i) => String(i * PAGE_SIZE + 1)));
      const label = text(select('h1', pages[0]!.root)!);
      const tagged = dataset.explainers.filter((e) => e.tags.some((tag) => label.includes(tag)));
      expect(links.length, key).toBe(tagged.length);
    }
    expect(paged).toBeGreaterThan(0);
  });
});
