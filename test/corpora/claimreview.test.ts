/**
 * ClaimReview against the outside sources: Google's fact-check property list is the one the
 * default suite checks with (`test/exports/google-factcheck.ts`), Google's own example passes the
 * checks, and every explainer's JSON-LD on the sample site uses only schema.org types and
 * properties, each in its domain and range, by schema.org's v30.0 release.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainerJsonLd } from '../../src/exports/jsonld.ts';
import { indexClaims } from '../../src/indexes/claim-index.ts';
import { loadContent, testUrls } from '../exports/content.ts';
import { GOOGLE_FACT_CHECK, googleProblems } from '../exports/google-factcheck.ts';
import { corporaDir } from './corpora.ts';
import { checkSchemaOrg, checkSchemaOrgDocument, subset } from './schemaorg-release.ts';

const googleDir = path.join(corporaDir, 'claimreview/google-factcheck');
const readJson = (file: string) =>
  JSON.parse(readFileSync(path.join(googleDir, file), 'utf8')) as Record<string, unknown>;
const googleExample = readJson('google-factcheck-example-claim.jsonld');

describe("Google's fact-check requirements", () => {
  it('are the property lists the default suite checks with', () => {
    const google = readJson('google-factcheck-property-requirements.json');
    for (const [type, lists] of Object.entries(GOOGLE_FACT_CHECK)) {
      const { required, recommended } = google[type] as Record<string, unknown>;
      expect({ required, recommended }, type).toEqual(lists);
    }
  });

  it("accept Google's own fact-check example, by Google's list and by schema.org", () => {
    expect(checkSchemaOrgDocument(googleExample)).toEqual([]);
    // Google's example shows the required properties, not every recommended one.
    expect(googleProblems(googleExample, 'https://example.com/', 'required')).toEqual([]);
    expect(googleProblems(googleExample, 'https://example.com/')).toEqual([
      'Rating.name missing',
      'Claim.firstAppearance missing',
    ]);
    expect(checkSchemaOrg({ '@type': 'Claim', claimReviewed: 'x' })).toEqual([
      '$.claimReviewed: not a property of schema:Claim',
    ]);
  });
});

describe("schema.org's release", () => {
  it('has the types of the ClaimReview subset', () => {
    const types = (subset.types as Array<{ '@id': string }>).map((t) => t['@id']);
    expect(types).toEqual(
      expect.arrayContaining(['schema:ClaimReview', 'schema:Claim', 'schema:Rating']),
    );
  });

  it("accepts every explainer's JSON-LD on the sample site", async () => {
    const { settings, explainers } = await loadContent();
    for (const explainer of explainers) {
      const doc = explainerJsonLd({
        explainer,
        settings,
        urls: testUrls(),
        claims: indexClaims(explainers),
        explainers,
      });
      expect(checkSchemaOrgDocument(doc), explainer.slug).toEqual([]);
    }
  });
});
