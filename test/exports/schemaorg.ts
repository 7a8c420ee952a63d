/**
 * A small schema.org checker for the tests, built from the vocabulary in
 * `../shared/fixtures/claimreview/schemaorg/`: the ClaimReview / Claim / Rating subset, and the
 * full v30.0 release for the terms they inherit (Thing, CreativeWork, …). It checks that every
 * `@type` is a schema.org class, that every property is a schema.org property whose domain
 * includes the node's type (or a supertype), and that every value fits the property's range.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedFixtures } from '../helpers/paths.ts';

const dir = path.join(sharedFixtures, 'claimreview/schemaorg');

type Ref = { '@id': string };
interface RawTerm {
  '@id': string;
  '@type': string | string[];
  'rdfs:subClassOf'?: Ref | Ref[];
  'schema:domainIncludes'?: Ref | Ref[];
  'schema:rangeIncludes'?: Ref | Ref[];
}
interface Term {
  isClass: boolean;
  isProperty: boolean;
  superClasses: string[];
  domains: string[];
  ranges: string[];
}

const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const ids = (value: Ref | Ref[] | undefined) => list(value).map((ref) => ref['@id']);

function termOf(raw: RawTerm): Term {
  const types = list(raw['@type']);
  return {
    isClass: types.includes('rdfs:Class'),
    isProperty: types.includes('rdf:Property'),
    superClasses: ids(raw['rdfs:subClassOf']),
    domains: ids(raw['schema:domainIncludes']),
    ranges: ids(raw['schema:rangeIncludes']),
  };
}

const release = JSON.parse(
  readFileSync(path.join(dir, 'v30.0-schemaorg-current-https.jsonld'), 'utf8'),
) as { '@graph': RawTerm[] };
export const subset = JSON.parse(
  readFileSync(path.join(dir, 'v30.0-subset-claimreview-claim-quotation-rating.json'), 'utf8'),
) as { types: RawTerm[]; [properties: string]: RawTerm[] | unknown };

/** Every term by its `schema:` id; the subset's definitions take precedence. */
export const vocabulary = new Map<string, Term>();
for (const raw of release['@graph']) vocabulary.set(raw['@id'], termOf(raw));
for (const value of Object.values(subset)) {
  if (!Array.isArray(value)) continue;
  for (const raw of value as RawTerm[]) vocabulary.set(raw['@id'], termOf(raw));
}

/** The class and every class it inherits from. */
export function ancestors(type: string): Set<string> {
  const seen = new Set<string>();
  const queue = [type];
  while (queue.length) {
    const current = queue.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);
    queue.push(...(vocabulary.get(current)?.superClasses ?? []));
  }
  return seen;
}

const isA = (types: string[], cls: string) => types.some((t) => ancestors(t).has(cls));

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;
const isUrl = (value: string) => /^https?:\/\//.test(value) && URL.canParse(value);

function stringFits(value: string, ranges: string[]): boolean {
  return ranges.some((range) => {
    if (range === 'schema:URL') return isUrl(value);
    if (range === 'schema:Date') return DATE.test(value);
    if (range === 'schema:DateTime') return DATE_TIME.test(value);
    return range === 'schema:Text';
  });
}

function numberFits(value: number, ranges: string[]): boolean {
  return ranges.some(
    (range) => range === 'schema:Number' || (range === 'schema:Integer' && Number.isInteger(value)),
  );
}

/** Every problem found in a JSON-LD node (and the nodes inside it), as readable strings. */
export function checkSchemaOrg(node: unknown, at = '$'): string[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    return [`${at}: expected a node object`];
  }
  const record = node as Record<string, unknown>;
  const problems: string[] = [];
  const types = list(record['@type'] as string | string[] | undefined).map((t) => `schema:${t}`);
  if (types.length === 0) problems.push(`${at}: missing @type`);
  for (const type of types) {
    if (!vocabulary.get(type)?.isClass) problems.push(`${at}: ${type} is not a schema.org class`);
  }
  for (const [key, value] of Object.entries(record)) {
    if (key.startsWith('@')) continue;
    const property = vocabulary.get(`schema:${key}`);
    if (!property?.isProperty) {
      problems.push(`${at}.${key}: not a schema.org property`);
      continue;
    }
    if (!property.domains.some((domain) => isA(types, domain))) {
      problems.push(`${at}.${key}: not a property of ${types.join(', ')}`);
    }
    list(value).forEach((item, index) => {
      const where = Array.isArray(value) ? `${at}.${key}[${index}]` : `${at}.${key}`;
      if (typeof item === 'string') {
        if (!stringFits(item, property.ranges)) {
          problems.push(`${where}: "${item}" does not fit ${property.ranges.join(' | ')}`);
        }
      } else if (typeof item === 'number') {
        if (!numberFits(item, property.ranges)) {
          problems.push(`${where}: ${item} does not fit ${property.ranges.join(' | ')}`);
        }
      } else if (typeof item === 'object' && item !== null && '@type' in item) {
        const itemTypes = list((item as { '@type': string | string[] })['@type']).map(
          (t) => `schema:${t}`,
        );
        if (!property.ranges.some((range) => isA(itemTypes, range))) {
          problems.push(
            `${where}: ${itemTypes.join(', ')} does not fit ${property.ranges.join(' | ')}`,
          );
        }
        problems.push(...checkSchemaOrg(item, where));
      } else {
        problems.push(`${where}: unexpected value ${JSON.stringify(item)}`);
      }
    });
  }
  return problems;
}

/** Check a document: `@context` is schema.org, and every node of it (or of its `@graph`). */
export function checkSchemaOrgDocument(doc: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (
    !['https://schema.org', 'http://schema.org', 'https://schema.org/'].includes(
      String(doc['@context']),
    )
  ) {
    problems.push(`$: unexpected @context ${JSON.stringify(doc['@context'])}`);
  }
  const { '@context': _context, ...rest } = doc;
  const nodes = '@graph' in rest ? (rest['@graph'] as unknown[]) : [rest];
  nodes.forEach((node, index) => problems.push(...checkSchemaOrg(node, `$[${index}]`)));
  return problems;
}
