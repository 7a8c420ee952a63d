/**
 * The MUSTs of the W3C Web Annotation data model (https://www.w3.org/TR/annotation-model/) that
 * the export's shape can break, checked by hand for the default suite: the collection's context,
 * id and type; its first page; each annotation's id, type, target, bodies and motivation. The
 * corpora suite runs the W3C test suite's own schemas on top (`test/corpora/w3c-suite.ts`).
 */
import { ANNO_CONTEXT } from '../../src/exports/web-annotation.ts';

type Node = Record<string, unknown>;

const isIri = (value: unknown) =>
  typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);
const types = (node: Node) => [node.type].flat();
const MOTIVATIONS = new Set([
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
  'quoting',
]);

function annotationProblems(item: Node): string[] {
  const problems: string[] = [];
  if (!isIri(item.id)) problems.push('id is not an IRI');
  if (!types(item).includes('Annotation')) problems.push('type is not Annotation');
  const targets = [item.target ?? []].flat() as unknown[];
  if (targets.length === 0) problems.push('no target');
  for (const target of targets) {
    if (!isIri(target) && !isIri((target as Node | null)?.source))
      problems.push('target has no IRI');
  }
  for (const body of [item.body ?? []].flat() as unknown[]) {
    const node = body as Node | null;
    if (
      !isIri(body) &&
      (typeof node !== 'object' || node === null || !('value' in node || isIri(node.id)))
    )
      problems.push('body is neither an IRI nor a resource with a value or id');
  }
  for (const motivation of [item.motivation ?? []].flat()) {
    if (!MOTIVATIONS.has(String(motivation)))
      problems.push(`unknown motivation ${String(motivation)}`);
  }
  return problems;
}

/** Every broken MUST of an `AnnotationCollection` with an embedded first page. */
export function modelProblems(doc: object): string[] {
  const collection = doc as Node;
  const problems: string[] = [];
  if (![collection['@context']].flat().includes(ANNO_CONTEXT))
    problems.push(`collection: @context lacks ${ANNO_CONTEXT}`);
  if (!isIri(collection.id)) problems.push('collection: id is not an IRI');
  if (!types(collection).includes('AnnotationCollection'))
    problems.push('collection: type is not AnnotationCollection');
  const page = collection.first as Node | undefined;
  const items = (page?.items ?? []) as Node[];
  if (!page || !types(page).includes('AnnotationPage') || !Array.isArray(page.items))
    problems.push('collection: first is not an AnnotationPage with items');
  if (!Number.isInteger(collection.total) || (collection.total as number) < items.length)
    problems.push('collection: total is not a count of its annotations');
  items.forEach((item, index) => {
    for (const problem of annotationProblems(item)) problems.push(`item ${index}: ${problem}`);
  });
  return problems;
}
