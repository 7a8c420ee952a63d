/**
 * A site with an empty rating scale (a written conclusion only, as Full Fact publishes) and the
 * same claim in two explainers, built under a base path: claims carry no rating anywhere, there
 * are no rating pages or figures and no ClaimReview, the exports still pass, the repeated claim
 * is shown as related both ways, and every link stays under the base path.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/exports/dataset.ts';
import { modelProblems } from '../exports/web-annotation-model.ts';
import type { Built } from '../helpers/build.ts';
import { attr, internalLinks, listPages, page, resolve, text } from './claims-helpers.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';
import { BASE, emptyScaleSiteAndData } from './empty-scale-site.ts';

let site: Built;
let dataset: Dataset;

// The build is shared with `test/browser/layout.test.ts` (see `empty-scale-site.ts`).
beforeAll(async () => {
  ({ site, dataset } = await emptyScaleSiteAndData());
}, BUILD_TIMEOUT);

describe('an empty rating scale', () => {
  it('builds without rating pages, and the data says there is no scale', () => {
    const claimsDir = readdirSync(path.join(site.outDir, 'claims'), { withFileTypes: true });
    // No rating's page: only the claims index's own further pages.
    expect(claimsDir.filter((d) => d.isDirectory()).map((d) => d.name)).toEqual(['page']);
    expect(dataset.ratings).toEqual([]);
    const claims = dataset.annotations.filter((a) => a.kind === 'claim');
    expect(claims.length).toBeGreaterThan(10);
    for (const claim of claims) expect(claim.kind === 'claim' && claim.rating).toBe(null);
  });

  it('shows no rating anywhere: no badges, no figures, no "Not rated"', () => {
    const claimsPages = listPages(site, 'claims/index.html', BASE);
    expect(claimsPages.length).toBeGreaterThan(1);
    for (const file of [
      ...claimsPages.map((p) => p.file),
      'index.html',
      'explainers/kellsbury-cycle-lane-budget/index.html',
    ]) {
      const root = page(site, file);
      expect(selectAll('.rating-badge, .rating-bar, .rating-nav', root), file).toEqual([]);
      expect(text(root), file).not.toContain('Not rated');
    }
    expect(claimsPages.flatMap((p) => selectAll('.claim-item', p.root))).toHaveLength(
      dataset.annotations.filter((a) => a.kind === 'claim').length,
    );
  });

  it('has no ClaimReview, and claims are still exported with the assessing motivation', () => {
    for (const explainer of dataset.explainers) {
      const html = site.read(`explainers/${explainer.slug}/index.html`);
      const doc = JSON.parse(
        html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!,
      );
      expect(JSON.stringify(doc)).not.toMatch(/ClaimReview|"Rating"/);
      const collection = JSON.parse(site.read(`explainers/${explainer.slug}/annotations.jsonld`));
      expect(modelProblems(collection)).toEqual([]);
      for (const item of collection.first.items) {
        if (item.motivation !== 'assessing') continue;
        expect(item.body.map((b: { purpose: string }) => b.purpose)).toEqual(['identifying']);
      }
    }
  });
});

describe('the same claim in two explainers', () => {
  it('is shown as related on the claims index, both ways, with working links', () => {
    const items = listPages(site, 'claims/index.html', BASE).flatMap((p) =>
      selectAll('.claim-item', p.root),
    );
    const related = items.filter((item) => select('.claim-related', item));
    expect(related).toHaveLength(2);
    const targets = related.map((item) => attr(select('.claim-related a', item)!, 'href')).sort();
    expect(targets).toEqual([
      `${BASE}explainers/kellsbury-cycle-lane-budget/#forty-per-cent`,
      `${BASE}explainers/westmarch-school-meals-pledge/#pryce-again`,
    ]);
    for (const href of targets) expect(resolve(site, href, BASE), href).toBeDefined();
    expect(text(page(site, 'claims/index.html'))).toContain('2 claims appear in more than one');
  });

  it("is shown in each claim's note on the explainer pages, linking to the other", () => {
    for (const [slug, id, other] of [
      [
        'kellsbury-cycle-lane-budget',
        'forty-per-cent',
        'westmarch-school-meals-pledge/#pryce-again',
      ],
      [
        'westmarch-school-meals-pledge',
        'pryce-again',
        'kellsbury-cycle-lane-budget/#forty-per-cent',
      ],
    ]) {
      const note = select(`[id="note-${id}"]`, page(site, `explainers/${slug}/index.html`))!;
      expect(note, id).toBeDefined();
      const links = selectAll('.claim-related a', note).map((a) => attr(a, 'href'));
      expect(links).toEqual([`${BASE}explainers/${other}`]);
    }
    // Claims made once have no such list.
    const page1 = page(site, 'explainers/riverline-rail-punctuality/index.html');
    expect(selectAll('.claim-related', page1)).toHaveLength(0);
  });

  it('is linked in the dataset and the CSV', () => {
    const again = dataset.annotations.find((a) => a.id === 'pryce-again')!;
    expect(again.kind === 'claim' && again.related).toEqual([
      `https://example.org${BASE}explainers/kellsbury-cycle-lane-budget/#forty-per-cent`,
    ]);
    expect(site.read('data/claims.csv')).toContain(
      `https://example.org${BASE}explainers/westmarch-school-meals-pledge/#pryce-again`,
    );
  });
});

describe('under a base path', () => {
  it('keeps every link of the claims pages, the data links and the home overview under it', () => {
    const checks: Array<[string, string]> = [
      ['claims/index.html', 'main'],
      ['explainers/kellsbury-cycle-lane-budget/index.html', '.data-links'],
      ['index.html', '.rating-overview'],
    ];
    for (const [file, selector] of checks) {
      const root = page(site, file);
      const links = selectAll(`${selector} a[href]`, root).map((a) => attr(a, 'href'));
      expect(links.length, file).toBeGreaterThan(2);
      for (const href of links) {
        if (href.startsWith('#')) continue;
        // Links in the editors' comments go to other sites.
        if (/^(https?|mailto):/.test(href) && !href.startsWith('https://example.org/')) continue;
        expect(href.startsWith(BASE), `${file}: ${href}`).toBe(true);
        expect(resolve(site, href, BASE), `${file}: ${href}`).toBeDefined();
      }
      expect(internalLinks(root, selector).every((href) => href.startsWith(BASE))).toBe(true);
    }
    const collection = JSON.parse(
      site.read('explainers/kellsbury-cycle-lane-budget/annotations.jsonld'),
    );
    expect(collection.id).toBe(
      `https://example.org${BASE}explainers/kellsbury-cycle-lane-budget/annotations.jsonld`,
    );
    expect(collection.first.items[0].target.source).toBe(
      `https://example.org${BASE}explainers/kellsbury-cycle-lane-budget/`,
    );
  });
});
