/**
 * The Web Annotation export against the W3C Web Annotation test suite, run with Ajv's draft-04
 * validator as its harness does: every collection of the sample site passes every MUST for
 * collections, pages and annotations; the suite's own invalid samples fail and its valid ones pass.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Explainer } from '../../src/contract/explainer.ts';
import type { Settings } from '../../src/contract/settings.ts';
import { annotationCollection } from '../../src/exports/web-annotation.ts';
import { loadContent, testUrls } from '../exports/content.ts';
import { makeExplainer } from '../helpers/make-explainer.ts';
import {
  ANNOTATION_MUSTS,
  checkCollection,
  meetsAssertion,
  runSuiteTest,
  samples,
} from './w3c-suite.ts';

let content: { settings: Settings; explainers: Explainer[] };
beforeAll(async () => {
  content = await loadContent();
});

describe('annotationCollection', () => {
  it('passes every MUST of the W3C test suite for collections, pages and annotations', () => {
    let annotations = 0;
    for (const explainer of content.explainers) {
      const collection = annotationCollection(explainer, content.settings, testUrls());
      expect(checkCollection(JSON.parse(JSON.stringify(collection)))).toEqual([]);
      annotations += collection.total;
    }
    expect(annotations).toBeGreaterThan(50);
  });

  it('implements the optional motivation and creation-date features the suite looks for', () => {
    const collection = annotationCollection(content.explainers[0]!, content.settings, testUrls());
    const doc = { '@context': collection['@context'], ...collection.first.items[0]! };
    for (const assertion of [
      'annotations/3.3.5-annotationMotivationImplemented.json',
      'annotations/3.3.1-annotationCreatedImplemented.json',
      'annotations/3.3.1-annotationCreatorImplemented.json',
      'annotations/specificResource/4.2.4-textQuoteSelectorValid.json',
      // The source's provenance: a TimeState carrying `source.sha256`.
      'annotations/specificResource/4.3-stateValidIfPresent.json',
      'annotations/specificResource/4.3.1-timeState.json',
      'annotations/specificResource/4.3.1-timeStateValid.json',
    ]) {
      expect(meetsAssertion(assertion, doc), assertion).toBe(true);
    }
  });

  it('passes for an explainer with no annotations (an empty first page)', async () => {
    const empty = await makeExplainer('empty', 'Just text, no marks.');
    const collection = annotationCollection(empty, content.settings, testUrls());
    expect(collection.total).toBe(0);
    expect(checkCollection(JSON.parse(JSON.stringify(collection)))).toEqual([]);
  });

  it('fails the suite when a required part is broken (the check can fail)', () => {
    const collection = annotationCollection(content.explainers[0]!, content.settings, testUrls());
    const broken = JSON.parse(JSON.stringify(collection));
    delete broken.first.items[0].target;
    broken.first.items[1].id = 'not a uri';
    broken.first.items[2].body = [{ type: 'TextualBody' }, 5];
    const failures = checkCollection(broken);
    expect(failures.some((f) => f.startsWith('item 0:'))).toBe(true);
    expect(failures.some((f) => f.startsWith('item 1:'))).toBe(true);
    expect(failures.some((f) => f.startsWith('item 2:'))).toBe(true);
    expect(
      checkCollection({
        ...JSON.parse(JSON.stringify(collection)),
        '@context': 'https://schema.org',
      }),
    ).not.toEqual([]);
  });
});

describe('the W3C suite as run here', () => {
  it("fails every one of the suite's own invalid samples", () => {
    const incorrect = samples('incorrect');
    expect(incorrect.length).toBeGreaterThan(30);
    for (const { name, doc } of incorrect) {
      expect(runSuiteTest(ANNOTATION_MUSTS, doc).length, name).toBeGreaterThan(0);
    }
  });

  it("passes the suite's valid annotation samples (except set targets, see below)", () => {
    const correct = samples('correct').filter(({ doc }) => {
      const d = doc as { type?: string; target?: { type?: string } };
      return (
        d.type === 'Annotation' &&
        !['Composite', 'List', 'Independents'].includes(d.target?.type ?? '')
      );
    });
    expect(correct.length).toBeGreaterThan(35);
    for (const { name, doc } of correct)
      expect(runSuiteTest(ANNOTATION_MUSTS, doc), name).toEqual([]);
  });

  it("passes the suite's valid collection samples", () => {
    const collection = samples('correct').find(({ name }) => name === 'collection1.json')!.doc;
    const failures = checkCollection(collection as never);
    // The suite's target schema recognises a Choice but not a Composite, List or Independents
    // set (annotations/3.2-targetObjectsRecognized.json), so its own samples 11–13 of the 41
    // embedded in collection1.json fail it; everything else passes.
    expect(failures).toEqual([
      'item 10: annotations/3.2-targetObjectsRecognized.json',
      'item 11: annotations/3.2-targetObjectsRecognized.json',
      'item 12: annotations/3.2-targetObjectsRecognized.json',
    ]);
  });
});
