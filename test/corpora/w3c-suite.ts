/**
 * The W3C Web Annotation test suite (`web-annotation/w3c-web-annotation-tests/` in the corpora)
 * run the way its harness runs it: each `*.test` file lists assertion schemas (JSON Schema
 * draft-04) that `$ref` the shared `definitions/`; a document passes a test when every assertion
 * whose `expectedResult` is "valid" validates it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { corporaDir } from './corpora.ts';

export const suiteDir = path.join(corporaDir, 'web-annotation/w3c-web-annotation-tests');

interface Assertion {
  id: string;
  assertionType: 'must' | 'should' | 'may';
  expectedResult: 'valid' | 'invalid';
  title: string;
}

const readJson = (file: string): unknown =>
  JSON.parse(readFileSync(path.join(suiteDir, file), 'utf8'));

const ajv = new Ajv({ allErrors: false, strict: false, logger: false });
addFormats(ajv);
for (const name of readdirSync(path.join(suiteDir, 'definitions'))) {
  ajv.addSchema(readJson(`definitions/${name}`) as object);
}
const compiled = new Map<string, { assertion: Assertion; validate: ValidateFunction }>();

function assertionAt(file: string) {
  let entry = compiled.get(file);
  if (!entry) {
    const schema = readJson(file) as Assertion;
    entry = { assertion: schema, validate: ajv.compile(schema) };
    compiled.set(file, entry);
  }
  return entry;
}

/** The assertion files a `*.test` file lists. */
export function assertionsOf(testFile: string): string[] {
  return (readJson(testFile) as { assertions: string[] }).assertions;
}

export interface Failure {
  assertion: string;
  title: string;
}

/** The assertions of `testFile` that `doc` does not meet (empty when it passes). */
export function runSuiteTest(testFile: string, doc: unknown): Failure[] {
  return assertionsOf(testFile).flatMap((file) => {
    const { assertion, validate } = assertionAt(file);
    const valid = validate(doc) === true;
    return valid === (assertion.expectedResult === 'valid')
      ? []
      : [{ assertion: file, title: assertion.title }];
  });
}

/** Run one assertion file on `doc`: true when it gives its expected result. */
export function meetsAssertion(file: string, doc: unknown): boolean {
  const { assertion, validate } = assertionAt(file);
  return (validate(doc) === true) === (assertion.expectedResult === 'valid');
}

export const ANNOTATION_MUSTS = 'annotations/annotationMusts.test';
export const COLLECTION_MUSTS = 'collections/collectionMusts.test';
export const PAGE_MUSTS = 'collections/pages/pageMusts.test';

interface Collection {
  '@context': unknown;
  first?: { items?: unknown[] };
}

/**
 * Every failure of an AnnotationCollection with an embedded first page: the collection against
 * the collection and page tests, and each embedded annotation (which takes the collection's
 * `@context`, as JSON-LD gives it) against the annotation tests.
 */
export function checkCollection(collection: Collection): string[] {
  const failures = [
    ...runSuiteTest(COLLECTION_MUSTS, collection),
    ...runSuiteTest(PAGE_MUSTS, collection),
  ].map((f) => `collection: ${f.assertion}`);
  (collection.first?.items ?? []).forEach((item, index) => {
    const doc = { '@context': collection['@context'], ...(item as object) };
    for (const f of runSuiteTest(ANNOTATION_MUSTS, doc)) {
      failures.push(`item ${index}: ${f.assertion}`);
    }
  });
  return failures;
}

/** The suite's sample documents, parsed (or the text, for a sample that is not JSON). */
export function samples(kind: 'correct' | 'incorrect'): Array<{ name: string; doc: unknown }> {
  const dir = path.join(suiteDir, 'tools/samples', kind);
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(dir, name), 'utf8');
      try {
        return { name, doc: JSON.parse(text) as unknown };
      } catch {
        return { name, doc: text };
      }
    });
}
