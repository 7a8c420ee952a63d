/**
 * The explainer's JSON-LD: one ClaimReview per rated claim with every property Google lists as
 * required and recommended, and nothing schema.org does not define for those types (as the npm
 * package `schema-dts` declares them). The corpora suite checks the same against Google's own
 * property list and example and schema.org's release (`test/corpora/claimreview.test.ts`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { indexClaims } from '../../src/indexes/claim-index.ts';
import type { Explainer } from '../../src/contract/explainer.ts';
import { explainerJsonLd, jsonLdScript, type JsonLdNode } from '../../src/exports/jsonld.ts';
import type { Settings } from '../../src/contract/settings.ts';
import { makeExplainer } from '../helpers/make-explainer.ts';
import { loadContent, testUrls } from './content.ts';
import { factCheckExample, googleProblems } from './google-factcheck.ts';
import { checkSchemaOrg, checkSchemaOrgDocument } from './schemaorg.ts';

type Node = Record<string, unknown>;
const graphOf = (doc: JsonLdNode) => doc['@graph'] as Node[];
const reviewsOf = (doc: JsonLdNode) => graphOf(doc).filter((n) => n['@type'] === 'ClaimReview');
let content: { settings: Settings; explainers: Explainer[] };
beforeAll(async () => {
  content = await loadContent();
});

const jsonLdOf = (explainer: Explainer, settings = content.settings, all = content.explainers) =>
  explainerJsonLd({
    explainer,
    settings,
    urls: testUrls(),
    claims: indexClaims(all),
    explainers: all,
  });

describe('the checks themselves', () => {
  it('accept a complete fact-check example and reject a property on the wrong type', () => {
    expect(checkSchemaOrgDocument(factCheckExample)).toEqual([]);
    // The example shows the required properties, not every recommended one.
    expect(googleProblems(factCheckExample, 'https://example.com/', 'required')).toEqual([]);
    expect(googleProblems(factCheckExample, 'https://example.com/')).toEqual([
      'Rating.name missing',
      'Claim.firstAppearance missing',
    ]);
    expect(checkSchemaOrg({ '@type': 'Claim', claimReviewed: 'x' })).toEqual([
      '$.claimReviewed: not a property of schema:Claim',
    ]);
    expect(
      checkSchemaOrg({ '@type': 'Rating', ratingValue: { '@type': 'Person', name: 'x' } }),
    ).not.toEqual([]);
    expect(checkSchemaOrg({ '@type': 'ClaimReview', url: 'not a url' })).not.toEqual([]);
    const { itemReviewed: _omitted, ...withoutItem } = factCheckExample;
    expect(googleProblems(withoutItem, 'https://example.com/', 'required')).toEqual([]);
    expect(googleProblems(withoutItem, 'https://example.com/')).toEqual([
      'ClaimReview.itemReviewed missing',
      'Rating.name missing',
    ]);
    const { reviewRating: _rating, ...withoutRating } = factCheckExample;
    expect(googleProblems(withoutRating, 'https://example.com/', 'required')).toContain(
      'ClaimReview.reviewRating missing',
    );
  });
});

describe('explainerJsonLd on the sample site', () => {
  it('describes the explainer as a NewsArticle based on the source article', () => {
    for (const explainer of content.explainers) {
      const doc = jsonLdOf(explainer);
      const [article] = graphOf(doc);
      expect(article).toMatchObject({
        '@type': 'NewsArticle',
        headline: explainer.title,
        url: `https://example.org/explainers/${explainer.slug}/`,
        inLanguage: explainer.language,
        datePublished: explainer.published,
      });
      expect(article!.isBasedOn).toMatchObject({
        publisher: { '@type': 'Organization', name: explainer.source.publisher },
        ...(explainer.source.url ? { url: explainer.source.url } : {}),
      });
    }
  });

  it('has exactly one ClaimReview per rated claim, with every Google property', () => {
    let reviews = 0;
    for (const explainer of content.explainers) {
      const doc = jsonLdOf(explainer);
      const rated = explainer.annotations.filter((a) => a.kind === 'claim' && a.rating);
      const found = reviewsOf(doc);
      expect(found.map((r) => r.url)).toEqual(
        rated.map(
          (c) => new URL(`/explainers/${explainer.slug}/#${c.id}`, 'https://example.org').href,
        ),
      );
      for (const review of found) {
        expect(googleProblems(review, `https://example.org/explainers/${explainer.slug}/`)).toEqual(
          [],
        );
      }
      reviews += found.length;
    }
    expect(reviews).toBeGreaterThanOrEqual(10);
  });

  it('leaves out a ClaimReview for a claim without a rating', () => {
    const hospital = content.explainers.find((e) =>
      e.annotations.some((a) => a.kind === 'claim' && !a.rating),
    )!;
    const unrated = hospital.annotations.filter((a) => a.kind === 'claim' && !a.rating);
    const urls = reviewsOf(jsonLdOf(hospital)).map((r) => String(r.url));
    for (const claim of unrated) expect(urls.some((u) => u.endsWith(`#${claim.id}`))).toBe(false);
  });

  it('uses only schema.org types and properties, each in its domain and range', () => {
    for (const explainer of content.explainers) {
      expect(checkSchemaOrgDocument(jsonLdOf(explainer)), explainer.slug).toEqual([]);
    }
  });

  it('states the rating and the claimant as the scale and people.yaml give them', () => {
    const explainer = content.explainers.find((e) => e.slug === 'kellsbury-cycle-lane-budget')!;
    const review = reviewsOf(jsonLdOf(explainer)).find((r) =>
      String(r.url).endsWith('#forty-per-cent'),
    )!;
    expect(review.reviewRating).toMatchObject({
      alternateName: 'Missing context',
      ratingValue: 4,
      bestRating: 6,
      worstRating: 1,
    });
    // The sample people.yaml gives no page about him (none exists), so no sameAs…
    const author = (review.itemReviewed as Node).author as Node;
    expect(author).toMatchObject({ '@type': 'Person', name: 'Dafydd Pryce' });
    expect(author.sameAs).toBeUndefined();
    // … and with one, that page.
    const url = 'https://council.example/members/dafydd-pryce';
    const people = content.settings.people.map((p) =>
      p.id === 'dafydd-pryce' ? { ...p, url } : p,
    );
    const withUrl = reviewsOf(jsonLdOf(explainer, { ...content.settings, people })).find((r) =>
      String(r.url).endsWith('#forty-per-cent'),
    )!;
    expect(((withUrl.itemReviewed as Node).author as Node).sameAs).toBe(url);
    expect(String(review.reviewBody)).toContain('The 40 per cent compares 2019 with 2021');
  });
});

describe('related claims in the JSON-LD', () => {
  it('lists every source the same claim appeared in, the earliest as firstAppearance', async () => {
    const later = await makeExplainer(
      'later',
      'He repeated that the lane :claim[cut collisions by 40 per cent]{#again by=andrew-parker rating=false}.',
      {
        sourceUrl: 'https://news.example/later',
        sourcePublished: '2026-05-01',
        published: '2026-05-02',
      },
    );
    const earlier = await makeExplainer(
      'earlier',
      'He said the lane :claim[cut collisions involving cyclists by 40 per cent]{#first by=andrew-parker rating=false}.',
      {
        sourceUrl: 'https://news.example/earlier',
        sourcePublished: '2026-02-01',
        published: '2026-02-02',
      },
    );
    const all = [later, earlier];
    const settings = { ...content.settings, ratings: [...content.settings.ratings] };
    const claim = reviewsOf(jsonLdOf(later, settings, all))[0]!.itemReviewed as Node;
    expect((claim.appearance as Node[]).map((a) => a.url)).toEqual([
      'https://news.example/later',
      'https://news.example/earlier',
    ]);
    expect((claim.firstAppearance as Node).url).toBe('https://news.example/earlier');
    expect(claim.datePublished).toBe('2026-02-01');
  });
});

describe('an empty rating scale', () => {
  it('gives no ClaimReview and no rating at all', async () => {
    const settings: Settings = { ...content.settings, ratings: [] };
    const explainer = await makeExplainer(
      'no-scale',
      'He said :claim[the lane cost £14m]{#cost by=andrew-parker} and more.',
      { settings },
    );
    const doc = jsonLdOf(explainer, settings, [explainer]);
    expect(reviewsOf(doc)).toEqual([]);
    expect(JSON.stringify(doc)).not.toMatch(/Rating/);
    expect(checkSchemaOrgDocument(doc)).toEqual([]);
  });
});

describe('jsonLdScript', () => {
  it('cannot close the script element or open a comment, and parses back unchanged', () => {
    const data = { text: '</script><script>alert(1)</script> <!-- & \u2028 \u2029 "q"' };
    const script = jsonLdScript(data);
    expect(script).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(script)).toEqual(data);
  });
});
