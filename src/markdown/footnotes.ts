/**
 * GFM footnotes (`text[^1]` … `[^1]: the note`) in a model whose blocks are rendered one at a
 * time. mdast-util-to-hast numbers footnotes and writes their list only when it renders the whole
 * document at once, so here the numbers are given once per document, in the order of first
 * reference (as GitHub does), and each reference and each definition is rendered where it stands:
 * a reference as a superscript link to its note, a definition (usually at the foot of the source)
 * as a one-item numbered list with a link back to every reference. A definition nobody refers to
 * is still shown (nothing the editor wrote is lost), numbered after the others.
 *
 * Ids are written without the sanitiser's `user-content-` prefix, which it adds once; links are
 * written with it, since the sanitiser leaves `href` alone.
 */
import type { Element, ElementContent } from 'hast';
import type { FootnoteDefinition, FootnoteReference, Root } from 'mdast';
import type { Handler, State } from 'mdast-util-to-hast';
import { visit } from './walk.ts';

/** What the sanitiser puts before every id; our links point at the prefixed ids. */
export const ID_PREFIX = 'user-content-';

export interface FootnoteNumbers {
  /** Each reference: its footnote's number and which reference to that footnote it is (1, 2…). */
  references: Map<FootnoteReference, { number: number; nth: number }>;
  /** Each definition that owns its label: its number and how many references it has. */
  definitions: Map<FootnoteDefinition, { number: number; references: number }>;
}

/** Number the footnotes of a document: by first reference, then unreferenced ones in order. */
export function numberFootnotes(tree: Root): FootnoteNumbers {
  const owners = new Map<string, FootnoteDefinition>(); // identifier → its first definition
  const definitionsInOrder: FootnoteDefinition[] = [];
  visit(tree, 'footnoteDefinition', (node) => {
    definitionsInOrder.push(node);
    if (!owners.has(node.identifier)) owners.set(node.identifier, node);
  });
  const numbers = new Map<string, { number: number; references: number }>();
  const references: FootnoteNumbers['references'] = new Map();
  visit(tree, 'footnoteReference', (node) => {
    let entry = numbers.get(node.identifier);
    if (!entry) numbers.set(node.identifier, (entry = { number: numbers.size + 1, references: 0 }));
    entry.references += 1;
    references.set(node, { number: entry.number, nth: entry.references });
  });
  const definitions: FootnoteNumbers['definitions'] = new Map();
  for (const node of definitionsInOrder) {
    if (owners.get(node.identifier) !== node) continue;
    let entry = numbers.get(node.identifier);
    if (!entry) numbers.set(node.identifier, (entry = { number: numbers.size + 1, references: 0 }));
    definitions.set(node, entry);
  }
  return { references, definitions };
}

const referenceId = (number: number, nth: number) =>
  nth === 1 ? `fnref-${number}` : `fnref-${number}-${nth}`;

const element = (
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[],
): Element => ({ type: 'element', tagName, properties, children });

const text = (value: string): ElementContent => ({ type: 'text', value });

/** The two to-hast handlers, for the footnotes of one document. */
export function footnoteHandlers(numbers: FootnoteNumbers): Record<string, Handler> {
  const reference = (state: State, node: FootnoteReference): Element => {
    const found = numbers.references.get(node);
    // A reference parsed outside this document's numbering (cannot happen in the pipeline).
    if (!found) return element('sup', {}, [text(`[^${node.label ?? node.identifier}]`)]);
    const { number, nth } = found;
    const link = element(
      'a',
      {
        href: `#${ID_PREFIX}fn-${number}`,
        id: referenceId(number, nth),
        dataFootnoteRef: true,
        ariaLabel: `Footnote ${number}`,
      },
      [text(String(number))],
    );
    state.patch(node, link);
    return element('sup', {}, [link]);
  };
  const definition = (state: State, node: FootnoteDefinition): Element => {
    const found = numbers.definitions.get(node);
    const content = state.all(node);
    if (found) {
      const backs: ElementContent[] = [];
      for (let nth = 1; nth <= found.references; nth += 1) {
        backs.push(
          element(
            'a',
            {
              href: `#${ID_PREFIX}${referenceId(found.number, nth)}`,
              dataFootnoteBackref: true,
              className: ['data-footnote-backref'],
              ariaLabel: `Back to reference ${found.number}${nth > 1 ? `-${nth}` : ''}`,
            },
            [text(nth === 1 ? '↩' : `↩${nth}`)],
          ),
        );
      }
      // The links back go at the end of the last paragraph, as GitHub puts them (spaced by CSS,
      // so the note's text is exactly what the editor wrote).
      const last = content.findLast((child) => child.type === 'element');
      if (last?.type === 'element' && last.tagName === 'p') last.children.push(...backs);
      else content.push(...backs);
    }
    const section = (children: ElementContent[]) =>
      element('section', { className: ['footnotes'], dataFootnotes: true }, children);
    // A second definition of a label no reference can reach: its text, unnumbered.
    if (!found) return section(content);
    const item = element('li', { id: `fn-${found.number}` }, content);
    state.patch(node, item);
    return section([element('ol', { start: found.number }, [item])]);
  };
  return {
    footnoteReference: reference as Handler,
    footnoteDefinition: definition as Handler,
  };
}
