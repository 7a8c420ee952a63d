/**
 * mdast → safe HTML for one block or one comment body, as the model stores it.
 *
 * Quotations and claims become `<mark>` elements with the span's id; a span that has a note in
 * the analysis column gets `aria-details` and a small link to that note. Raw HTML in the content
 * is parsed and then sanitised to GitHub's allow-list, and only http(s) and mailto URLs survive as
 * links, so nothing from content reaches the page as script.
 */
import type { Element, ElementContent, Root as HastRoot, Properties } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Definition, Nodes as MdastNodes, RootContent } from 'mdast';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import type { ClaimNode, QuoteNode } from './types.ts';

/** The id of the note that explains the span with this id. */
export const noteIdFor = (spanId: string) => `note-${spanId}`;

/** Our own attributes on top of GitHub's allow-list. */
const htmlSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'mark'],
  attributes: {
    ...defaultSchema.attributes,
    mark: [
      'id',
      'className',
      'ariaDetails',
      'ariaDescription',
      'dataSpeaker',
      'dataRating',
      'dataQuote',
      'tabIndex',
    ],
    a: [...(defaultSchema.attributes?.a ?? []), ['className', 'note-link'], 'ariaLabel'],
  },
};
const CLOBBER_PREFIX = defaultSchema.clobberPrefix ?? 'user-content-';

export interface RenderOptions {
  /** Ids of spans that have a note in the analysis column. */
  noted: ReadonlySet<string>;
}

function spanHandler(kind: 'quote' | 'claim', options: RenderOptions): Handler {
  return (state: State, node: QuoteNode | ClaimNode): ElementContent[] => {
    const id = node.data.id;
    const properties: Properties = { className: [kind] };
    if (node.type === 'quote') {
      if (node.data.segment === 0 && id) properties.id = id;
      else if (id) properties.dataQuote = id;
      if (node.data.speaker) properties.dataSpeaker = node.data.speaker.name;
    } else {
      if (id) properties.id = id;
      if (node.data.rating) {
        properties.dataRating = node.data.rating;
        (properties.className as string[]).push(`rating-${node.data.rating}`);
      }
    }
    const noted =
      id !== undefined &&
      options.noted.has(id) &&
      (node.type === 'claim' || node.data.segment === 0);
    if (noted) properties.ariaDetails = noteIdFor(id);
    const mark: Element = {
      type: 'element',
      tagName: 'mark',
      properties,
      children: state.all(node),
    };
    state.patch(node, mark);
    if (!noted) return [mark];
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: {
        href: `#${noteIdFor(id)}`,
        className: ['note-link'],
        ariaLabel: `Go to the note on this ${kind}`,
      },
      children: [],
    };
    return [mark, link];
  };
}

/**
 * Render each of `nodes` on its own, sharing the document's link definitions. Returns one HTML
 * string per node.
 */
export function renderNodes(
  nodes: ReadonlyArray<RootContent | { type: 'root'; children: RootContent[] }>,
  definitions: readonly Definition[],
  options: RenderOptions,
): string[] {
  const handlers = {
    quote: spanHandler('quote', options),
    claim: spanHandler('claim', options),
  } as Record<string, Handler>;
  return nodes.map((node) => {
    const children = node.type === 'root' ? node.children : [node];
    const mdast: MdastNodes = { type: 'root', children: [...children, ...definitions] };
    let hast = toHast(mdast, { allowDangerousHtml: true, handlers }) as HastRoot;
    let hasRaw = false;
    visit(hast, 'raw', () => {
      hasRaw = true;
      return false;
    });
    if (hasRaw) hast = raw(hast) as HastRoot;
    hast = sanitize(hast, htmlSchema) as HastRoot;
    // Our own span ids were prefixed like any other id: take the prefix off them again.
    visit(hast, 'element', (element) => {
      const id = element.properties.id;
      if (element.tagName === 'mark' && typeof id === 'string' && id.startsWith(CLOBBER_PREFIX)) {
        element.properties.id = id.slice(CLOBBER_PREFIX.length);
      }
    });
    return toHtml(hast);
  });
}
