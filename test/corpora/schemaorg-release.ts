/**
 * The schema.org checker (`test/exports/schemaorg.ts`) over schema.org's own vocabulary, from
 * `claimreview/schemaorg/` in the corpora: the ClaimReview / Claim / Rating subset, and the full
 * v30.0 release for the terms they inherit (Thing, CreativeWork, …).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { list, schemaOrgChecker, type Term, type Vocabulary } from '../exports/schemaorg.ts';
import { corporaDir } from './corpora.ts';

const dir = path.join(corporaDir, 'claimreview/schemaorg');

type Ref = { '@id': string };
interface RawTerm {
  '@id': string;
  '@type': string | string[];
  'rdfs:subClassOf'?: Ref | Ref[];
  'schema:domainIncludes'?: Ref | Ref[];
  'schema:rangeIncludes'?: Ref | Ref[];
}

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
const vocabulary: Vocabulary = new Map();
for (const raw of release['@graph']) vocabulary.set(raw['@id'], termOf(raw));
for (const value of Object.values(subset)) {
  if (!Array.isArray(value)) continue;
  for (const raw of value as RawTerm[]) vocabulary.set(raw['@id'], termOf(raw));
}

export const { checkSchemaOrg, checkSchemaOrgDocument } = schemaOrgChecker(vocabulary);
