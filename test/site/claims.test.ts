/**
 * The claims pages, the figures, the JSON-LD and the open-data files in a real build of the
 * sample site; and the same pages in Chromium with JavaScript turned off.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { select, selectAll } from 'hast-util-select';
import type { Root } from 'hast';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/exports/dataset.ts';
import { contrastRatio } from '../../src/contract/settings.ts';
import { parseCsv } from '../exports/csv.ts';
import { checkSchemaOrgDocument } from '../exports/schemaorg.ts';
import { modelProblems } from '../exports/web-annotation-model.ts';
import { launch } from '../helpers/browser.ts';
import type { Built } from '../helpers/build.ts';
import { sampleSite } from '../helpers/sample-site.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { attr, internalLinks, listPages, page, resolve, text } from './claims-helpers.ts';
import { BROWSER_TIMEOUT } from '../helpers/timeouts.ts';

let site: Built;
let dataset: Dataset;
type DatasetClaim = Extract<Dataset['annotations'][number], { kind: 'claim' }>;
let claims: DatasetClaim[];

beforeAll(async () => {
  site = await sampleSite();
  dataset = JSON.parse(site.read('data/annotations.json')) as Dataset;
  claims = dataset.annotations.filter((a): a is DatasetClaim => a.kind === 'claim');
}, BUILD_TIMEOUT);

describe('the claims index', () => {
  it('lists every claim on the site once, over its pages, each linked to its exact spot', () => {
    const pages = listPages(site, 'claims/index.html');
    // The sample site's pageSize (10) splits its claims into pages.
    expect(pages.map((p) => p.file)).toEqual(['claims/index.html', 'claims/page/2/index.html']);
    const items = pages.flatMap((p) => selectAll('.claim-item', p.root));
    expect(items).toHaveLength(claims.length);
    expect(claims.length).toBeGreaterThanOrEqual(10);
    expect(new Set(items.map((item) => attr(item, 'id'))).size).toBe(items.length);
    for (const [i, { root }] of pages.entries())
      expect(selectAll('.claim-item', root).length).toBe(
        i < pages.length - 1 ? 10 : claims.length - 10 * i,
      );
    for (const item of items) {
      const href = attr(select('.claim-text a', item)!, 'href');
      expect(resolve(site, href), href).toBeDefined();
      const [slug, id] = href.match(/^\/explainers\/([^/]+)\/#(.+)$/)!.slice(1) as [string, string];
      const claim = claims.find((c) => c.explainer === slug && c.id === decodeURIComponent(id))!;
      expect(text(select('.claim-text', item)!)).toBe(claim.text);
      const title = dataset.explainers.find((e) => e.slug === slug)!.title;
      expect(text(select('.claim-where', item)!)).toContain(title);
      if (claim.rating) {
        const label = dataset.ratings.find((r) => r.id === claim.rating)!.label;
        expect(text(select('.rating-badge', item)!)).toBe(label);
      } else {
        expect(text(select('.rating-badge', item)!)).toBe('Not rated');
      }
    }
  });

  it('links its pages both ways, marks the current one and names each in its title', () => {
    const [first, second] = listPages(site, 'claims/index.html');
    expect(text(select('title', first!.root)!)).toBe('Claims · Annotated Explainers');
    expect(text(select('title', second!.root)!)).toBe('Claims: Page 2 of 2 · Annotated Explainers');
    expect(text(select('.page-position', second!.root)!)).toBe('Page 2 of 2');
    for (const { root } of [first!, second!]) {
      // One pager, after the list: a navigation landmark with a name of its own.
      expect(selectAll('nav.pager', root)).toHaveLength(1);
      expect(attr(select('nav.pager', root)!, 'ariaLabel')).toBe('Pages');
    }
    const links = (root: Root) =>
      selectAll('nav.pager a', root).map((a) => [
        attr(a, 'href'),
        attr(a, 'rel'),
        attr(a, 'ariaCurrent'),
        attr(a, 'ariaLabel') || text(a),
      ]);
    expect(links(first!.root)).toEqual([
      ['/claims/', '', 'page', 'Page 1'],
      ['/claims/page/2/', '', '', 'Page 2'],
      ['/claims/page/2/', 'next', '', 'Next page'],
    ]);
    expect(links(second!.root)).toEqual([
      ['/claims/', 'prev', '', 'Previous page'],
      ['/claims/', '', '', 'Page 1'],
      ['/claims/page/2/', '', 'page', 'Page 2'],
    ]);
    // The figures, the ratings and the open data are on the first page only.
    expect(
      selectAll('.rating-bar, .rating-nav, .open-data, .claimant-index', second!.root),
    ).toEqual([]);
  });

  it('groups the claims by claimant, and its index of claimants links to the page of each', () => {
    const pages = listPages(site, 'claims/index.html');
    const groups = pages.flatMap(({ file, root }) =>
      selectAll('section.claimant-group', root).map((group) => ({ file, group })),
    );
    const claimants = new Set(claims.map((c) => c.claimant?.name ?? null));
    expect(groups).toHaveLength(claimants.size);
    const index = selectAll('.claimant-index a', pages[0]!.root).map((a) => attr(a, 'href'));
    expect(index).toHaveLength(claimants.size);
    for (const { file, group } of groups) {
      const name = text(select('h3', group)!).replace(/\s*\(\d+ claims?\)$/, '');
      const mine = claims.filter((c) => (c.claimant?.name ?? 'Claimant not identified') === name);
      expect(selectAll('.claim-item', group)).toHaveLength(mine.length);
      const link = index.find((href) => href.endsWith(`#${attr(select('h3', group)!, 'id')}`))!;
      expect(resolve(site, link), link).toBe(file);
    }
  });

  it('shows the distribution as a bar readable without colour, with links to each rating', () => {
    const index = page(site, 'claims/index.html');
    const figure = select('figure.rating-bar', index)!;
    expect(figure).toBeDefined();
    const svg = select('svg[role="img"]', figure)!;
    const title = text(select('title', svg)!);
    expect(title).toMatch(new RegExp(`^${claims.length} claims: `));
    const legend = selectAll('.rating-bar-legend li', figure);
    expect(legend).toHaveLength(dataset.ratings.length + (claims.some((c) => !c.rating) ? 1 : 0));
    let sum = 0;
    legend.forEach((li, i) => {
      const count = Number(text(select('.rating-bar-count', li)!));
      const label = i < dataset.ratings.length ? dataset.ratings[i]!.label : 'Not rated';
      expect(text(li)).toBe(`${label} ${count}`);
      expect(count).toBe(
        claims.filter((c) =>
          i < dataset.ratings.length ? c.rating === dataset.ratings[i]!.id : !c.rating,
        ).length,
      );
      if (count > 0) expect(title).toContain(`${count} ${label}`);
      sum += count;
    });
    expect(sum).toBe(claims.length);
    // One pattern per step, all different, and one segment per rating that has claims.
    const patterns = selectAll('pattern', svg).map((p) => attr(p, 'dataPattern'));
    expect(new Set(patterns).size).toBe(patterns.length);
    expect(selectAll('rect.segment', svg)).toHaveLength(
      legend.filter((li) => text(select('.rating-bar-count', li)!) !== '0').length,
    );
    for (const href of internalLinks(index, '.rating-bar-legend'))
      expect(resolve(site, href)).toBeDefined();
  });

  it('links the open data', () => {
    const links = internalLinks(page(site, 'claims/index.html'), '.open-data');
    expect(links).toEqual(['/data/annotations.json', '/data/claims.csv']);
    for (const href of links) expect(resolve(site, href)).toBeDefined();
  });
});

describe('a page per rating', () => {
  it('exists for every rating on the scale and lists exactly its claims', () => {
    const built = readdirSync(path.join(site.outDir, 'claims'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'page')
      .map((d) => d.name)
      .sort();
    expect(built).toEqual(dataset.ratings.map((r) => r.id).sort());
    for (const rating of dataset.ratings) {
      const root = page(site, `claims/${rating.id}/index.html`);
      expect(text(select('h1', root)!)).toBe(`Claims rated ${rating.label}`);
      const items = selectAll('.claim-item', root);
      const expected = claims.filter((c) => c.rating === rating.id);
      expect(items).toHaveLength(expected.length);
      for (const item of items) expect(text(select('.rating-badge', item)!)).toBe(rating.label);
      const current = selectAll('.rating-nav a[aria-current="page"]', root);
      expect(current.map((a) => attr(a, 'href'))).toEqual([`/claims/${rating.id}/`]);
      if (expected.length === 0) expect(text(root)).toContain('No claim has this rating yet.');
    }
  });
});

describe('the explainer page', () => {
  it('embeds JSON-LD with one ClaimReview per rated claim, all of it schema.org', () => {
    for (const explainer of dataset.explainers) {
      const html = site.read(`explainers/${explainer.slug}/index.html`);
      const scripts = selectAll(
        'script[type="application/ld+json"]',
        page(site, `explainers/${explainer.slug}/index.html`),
      );
      expect(scripts).toHaveLength(1);
      const raw = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!;
      expect(raw).not.toMatch(/[<>]/);
      const doc = JSON.parse(raw) as { '@graph': Array<Record<string, unknown>> };
      expect(checkSchemaOrgDocument(doc)).toEqual([]);
      const reviews = doc['@graph'].filter((n) => n['@type'] === 'ClaimReview');
      const rated = claims.filter((c) => c.explainer === explainer.slug && c.rating);
      expect(reviews.map((r) => r.url)).toEqual(rated.map((c) => c.url));
      expect(doc['@graph'][0]).toMatchObject({ '@type': 'NewsArticle', url: explainer.url });
    }
  });

  it("ends with its claims by rating and links to its data, the site's data and the claims", () => {
    const root = page(site, 'explainers/kellsbury-cycle-lane-budget/index.html');
    const section = select('.data-links', root)!;
    const legend = selectAll('.rating-bar-legend li', section).map(text);
    const mine = claims.filter((c) => c.explainer === 'kellsbury-cycle-lane-budget');
    expect(legend.reduce((n, li) => n + Number(li.split(' ').at(-1)), 0)).toBe(mine.length);
    expect(legend.every((li) => !li.endsWith(' 0'))).toBe(true); // compact: only ratings it has
    const links = internalLinks(root, '.data-links');
    expect(links).toEqual(
      expect.arrayContaining([
        '/explainers/kellsbury-cycle-lane-budget/annotations.jsonld',
        '/data/annotations.json',
        '/data/claims.csv',
        '/claims/',
      ]),
    );
    for (const href of links) expect(resolve(site, href), href).toBeDefined();
    const alternate = selectAll('link[rel="alternate"]', root).map((l) => attr(l, 'href'));
    expect(alternate).toContain(
      'https://example.org/explainers/kellsbury-cycle-lane-budget/annotations.jsonld',
    );
  });
});

describe('the home page', () => {
  it("shows the site's claims by rating and links to the claims and the data", () => {
    const root = page(site, 'index.html');
    const overview = select('.rating-overview', root)!;
    expect(select('figure.rating-bar svg title', overview)).toBeDefined();
    const links = internalLinks(root, '.rating-overview');
    expect(links).toEqual(
      expect.arrayContaining(['/claims/', '/data/annotations.json', '/data/claims.csv']),
    );
    for (const href of links) expect(resolve(site, href), href).toBeDefined();
  });
});

describe('the open-data files', () => {
  it('export every explainer as a Web Annotation collection that meets the model', () => {
    for (const explainer of dataset.explainers) {
      const collection = JSON.parse(site.read(`explainers/${explainer.slug}/annotations.jsonld`));
      expect(collection.id).toBe(explainer.webAnnotations);
      expect(collection.total).toBe(
        dataset.annotations.filter((a) => a.explainer === explainer.slug).length,
      );
      expect(modelProblems(collection)).toEqual([]);
    }
  });

  it('write the claims CSV with a row per claim', () => {
    const [header, ...rows] = parseCsv(site.read('data/claims.csv').replace(/^\uFEFF/, ''));
    expect(header![0]).toBe('explainer');
    expect(rows.map((r) => r[3])).toEqual(
      [...claims]
        .sort((a, b) => (a.explainer < b.explainer ? -1 : a.explainer > b.explainer ? 1 : 0))
        .map((c) => c.id),
    );
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  let server: Served;
  /**
   * One tab with JavaScript off for both tests (a new tab costs Chromium more than a page load):
   * the claims pages allow no script anyway, and the colour scheme is switched in place.
   */
  let tab: Page;
  beforeAll(async () => {
    server = await serve(site.outDir);
    browser = await launch();
    tab = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('filters claims by rating with JavaScript turned off', async () => {
    await tab.goto(`${server.url}claims/`);
    const rating = dataset.ratings.find((r) => claims.some((c) => c.rating === r.id))!;
    await tab
      .getByRole('navigation', { name: 'Claims by rating' })
      .getByRole('link', { name: rating.label, exact: true })
      .click();
    await tab.waitForURL(`**/claims/${rating.id}/`);
    const items = tab.locator('.claim-item');
    expect(await items.count()).toBe(claims.filter((c) => c.rating === rating.id).length);
  });

  it('keeps every rating badge at 4.5:1 or more, in light and dark mode', async () => {
    await tab.goto(`${server.url}claims/`);
    for (const colorScheme of ['light', 'dark'] as const) {
      await tab.emulateMedia({ colorScheme });
      const pairs = await tab.$$eval('.rating-badge', (badges) =>
        badges.map((b) => {
          const style = getComputedStyle(b);
          return [style.color, style.backgroundColor];
        }),
      );
      // One badge per claim on the page (the first page of the index: pageSize, 10).
      expect(pairs.length).toBe(Math.min(claims.length, 10));
      const hex = (rgb: string) =>
        `#${rgb
          .match(/\d+/g)!
          .slice(0, 3)
          .map((n) => Number(n).toString(16).padStart(2, '0'))
          .join('')}`;
      for (const [fg, bg] of pairs)
        expect(contrastRatio(hex(fg!), hex(bg!)), colorScheme).toBeGreaterThanOrEqual(4.5);
    }
  });
});
