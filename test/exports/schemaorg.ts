/**
 * A small schema.org checker for the tests. It checks that every `@type` is a schema.org class,
 * that every property is a schema.org property whose domain includes the node's type (or a
 * supertype), and that every value fits the property's range. The vocabulary comes from the npm
 * package `schema-dts` (schema.org's types as TypeScript declarations: a class's own properties
 * and their ranges on its `…Base` interface, its superclasses in its `extends`); the corpora suite
 * runs the same checks on schema.org's own release (`test/corpora/schemaorg-release.ts`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface Term {
  isClass: boolean;
  isProperty: boolean;
  superClasses: string[];
  domains: string[];
  ranges: string[];
}

/** Every term by its `schema:` id. */
export type Vocabulary = Map<string, Term>;

export const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** The vocabulary `schema-dts` declares. */
export function vocabularyFromSchemaDts(): Vocabulary {
  const file = createRequire(import.meta.url).resolve('schema-dts/dist/schema.d.ts');
  const vocabulary: Vocabulary = new Map();
  const term = (id: string) => {
    let found = vocabulary.get(id);
    if (!found) {
      found = { isClass: false, isProperty: false, superClasses: [], domains: [], ranges: [] };
      vocabulary.set(id, found);
    }
    return found;
  };
  const bases = (clause: string) =>
    [...clause.matchAll(/(\w+)Base\b/g)].map((m) => `schema:${m[1]}`);
  let current: string | undefined;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const base = /^interface (\w+)Base extends ([^{]*)\{/.exec(line);
    const leaf = /^export interface (\w+)Leaf extends ([^{]*)\{/.exec(line);
    const property = /^\s+"(\w+)"\?: SchemaValue<(.+), "\w+">;$/.exec(line);
    if (base) {
      current = `schema:${base[1]}`;
      Object.assign(term(current), { isClass: true, superClasses: bases(base[2]!) });
    } else if (leaf) {
      // A class without properties of its own extends its superclass's Base directly.
      const cls = term(`schema:${leaf[1]}`);
      cls.isClass = true;
      const supers = bases(leaf[2]!).filter((id) => id !== `schema:${leaf[1]}`);
      if (supers.length > 0) cls.superClasses = supers;
    } else if (property && current) {
      const prop = term(`schema:${property[1]}`);
      prop.isProperty = true;
      prop.domains.push(current);
      for (const range of property[2]!.split('|').map((r) => r.trim())) {
        if (range !== 'IdReference' && !prop.ranges.includes(`schema:${range}`))
          prop.ranges.push(`schema:${range}`);
      }
    } else if (line.startsWith('}')) current = undefined;
  }
  return vocabulary;
}

/** The checks over one vocabulary. */
export function schemaOrgChecker(vocabulary: Vocabulary) {
  /** The class and every class it inherits from. */
  function ancestors(type: string): Set<string> {
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
      (range) =>
        range === 'schema:Number' || (range === 'schema:Integer' && Number.isInteger(value)),
    );
  }

  /** Every problem found in a JSON-LD node (and the nodes inside it), as readable strings. */
  function checkSchemaOrg(node: unknown, at = '$'): string[] {
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
  function checkSchemaOrgDocument(doc: Record<string, unknown>): string[] {
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

  return { ancestors, checkSchemaOrg, checkSchemaOrgDocument };
}

export const { checkSchemaOrg, checkSchemaOrgDocument } =
  schemaOrgChecker(vocabularyFromSchemaDts());
