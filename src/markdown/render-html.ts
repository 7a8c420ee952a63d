/**
 * mdast → safe HTML for one block or one comment body, as the model stores it.
 *
 * Quotations and claims become `<mark>` elements with the span's id; a span that has a note in
 * the analysis column gets `aria-details` and a small link to that note. Raw HTML in the content
 * is parsed and then sanitised to GitHub's allow-list, and only http(s) and mailto URLs survive as
 * links (and the editor's links to other explainers by their files, which become links to their
 * pages), so nothing from content reaches the page as script.
 */
import { randomUUID } from 'node:crypto';
import type { Element, ElementContent, Root as HastRoot, Properties } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type {
  Definition,
  Html,
  Link,
  LinkReference,
  Nodes as MdastNodes,
  RootContent,
} from 'mdast';
import { defaultHandlers, toHast, type Handler, type State } from 'mdast-util-to-hast';
import { EXIT, visit } from './walk.ts';
import { isHttpUrl, isLinkUrl } from '../contract/frontmatter.ts';
import { explainerFileLink, explainerPath, hrefUnder } from '../contract/site-paths.ts';
import { slugFromPath } from './ids.ts';
import { catalogueFor, type Catalogue } from '../contract/i18n/index.ts';
import { footnoteHandlers, type FootnoteNumbers } from './footnotes.ts';
import type { ClaimNode, QuoteNode } from './types.ts';

/** The id of the note that explains the span with this id. */
export const noteIdFor = (spanId: string) => `note-${spanId}`;

/**
 * Elements whose content HTML reads as text or leaves unshown (`textarea`, `title`, the legacy
 * `xmp` and `plaintext`, and `noscript`, `noembed`, `noframes` as a browser with scripts reads
 * them): the sanitiser removes each with its content (`remark-unsafe-content` says so).
 */
export const RAW_TEXT_ELEMENTS = [
  'title',
  'textarea',
  'xmp',
  'plaintext',
  'noscript',
  'noembed',
  'noframes',
];

/** Raw HTML without its comments, which show nothing (an unclosed one hides the rest of it). */
export const withoutComments = (html: string) => html.replace(/<!--[\s\S]*?(?:-->|$)/g, '');

/** Our own attributes on top of GitHub's allow-list. */
const htmlSchema: Schema = {
  ...defaultSchema,
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
  tagNames: [...(defaultSchema.tagNames ?? []), 'mark'],
  // A style sheet's rules are not words of the source: dropped whole, as scripts are (by default
  // the sanitiser keeps an unknown element's text, and the page showed `p { color: red }`). So
  // are the elements whose content HTML reads as text, not markup (`RAW_TEXT_ELEMENTS`): kept,
  // their tags showed on the page as text (`<textarea>typed <b>x</b>` showed `<b>x</`).
  strip: [...(defaultSchema.strip ?? []), 'style', ...RAW_TEXT_ELEMENTS],
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
      'dataExplainerOwn',
    ],
    // One className entry only: the sanitiser reads the first, so ours extends GitHub's.
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter(
        (entry) => !(Array.isArray(entry) && entry[0] === 'className'),
      ),
      ['className', 'data-footnote-backref', 'note-link', 'span-permalink'],
      'ariaLabel',
      'dataExplainerOwn',
    ],
  },
};
const CLOBBER_PREFIX = defaultSchema.clobberPrefix ?? 'user-content-';

/**
 * Property that tells our own `<mark>` elements, and the links to other explainers' pages that we
 * made from the editor's links to their files, from any written as raw HTML in the content.
 */
const OWN = 'dataExplainerOwn';

/** Links to these only: absolute http(s) or mailto URLs, or a place on the same page. */
const isLinkable = (href: unknown) => typeof href === 'string' && isLinkUrl(href);
/** Images from these only (no `javascript:`, `data:` or paths that ignore the base path). */
const isImageSource = (src: unknown) => typeof src === 'string' && isHttpUrl(src);

/**
 * A remote image, when remote images are off: its alt text, as a link to the image (or as text
 * inside a link that is already there), so nothing loads from the image's host.
 */
function imageAsLink(image: Element, inLink: boolean): ElementContent {
  const alt = typeof image.properties.alt === 'string' ? image.properties.alt : '';
  const text: ElementContent = { type: 'text', value: alt || 'image' };
  if (inLink) return text;
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: String(image.properties.src), className: ['remote-image'] },
    children: [text],
  };
}

/**
 * After sanitising: keep our own marks (with their ids as we gave them) and unwrap any other
 * `<mark>`, so content cannot take over the page's ids; unwrap links whose target is not
 * {@link isLinkable} (their text stays, as text); drop image sources that are not http(s); show
 * remote images as links unless they are allowed, and then with no referrer and lazily.
 */
function finish(hast: HastRoot, own: string, remoteImages: boolean): void {
  // Whether a link the editor wrote holds other elements, among which ours may be.
  let linkHoldsElements = false;
  visit(hast, 'element', (element, index, parent) => {
    const { tagName, properties } = element;
    if (isNoteLink(element) && parent && index !== undefined) {
      const moved = punctuationBefore(parent.children, index);
      if (moved) return index + 2;
    }
    // `<picture><source srcset>` would load from anywhere, past the checks below: the picture
    // keeps its `<img>`.
    if (tagName === 'source' && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    const unwrap =
      (tagName === 'mark' && properties[OWN] !== own) ||
      (tagName === 'a' && properties[OWN] !== own && !isLinkable(properties.href));
    if (unwrap && parent && index !== undefined) {
      parent.children.splice(index, 1, ...element.children);
      return index;
    }
    if (tagName === 'a' && !isOwnLink(element))
      linkHoldsElements ||= element.children.some((child) => child.type === 'element');
    if (tagName === 'a') delete properties[OWN];
    if (tagName === 'mark') {
      delete properties[OWN];
      const id = properties.id;
      // Our own span ids were prefixed like any other id: take the prefix off them again.
      if (typeof id === 'string' && id.startsWith(CLOBBER_PREFIX)) {
        properties.id = id.slice(CLOBBER_PREFIX.length);
      }
    }
    // The page's one `<h1>` is its title: raw HTML's is shown one level down (Markdown's
    // headings are moved down before they get here, `remark-heading-levels.ts`).
    if (tagName === 'h1') element.tagName = 'h2';
    if (tagName === 'img' && !isImageSource(properties.src)) delete properties.src;
    if (tagName === 'img' && properties.src !== undefined) {
      if (!remoteImages && parent && index !== undefined) {
        const inLink = parent.type === 'element' && parent.tagName === 'a';
        parent.children.splice(index, 1, imageAsLink(element, inLink));
        return index + 1;
      }
      properties.referrerPolicy = 'no-referrer';
      properties.loading = 'lazy';
    }
    return undefined;
  });
  if (linkHoldsElements) ownLinksOutOfLinks(hast);
}

/** Punctuation that closes what comes before it: it stays with the marked words. */
const CLOSING_PUNCTUATION = /^[.,;:!?…)\]}»›”’"'%]+/u;

const isNoteLink = (element: Element) =>
  element.tagName === 'a' &&
  Array.isArray(element.properties.className) &&
  element.properties.className.includes('note-link');

/**
 * Put the punctuation that follows a span's note link (or the `count` links from `index`) before
 * it ("on time",↗ not "on time"↗,), so the link never stands between the words and their comma or
 * full stop. Only the empty links move: the text keeps its order. True when something moved.
 */
function punctuationBefore(
  children: ElementContent[] | HastRoot['children'],
  index: number,
  count = 1,
) {
  const next = children[index + count];
  if (next?.type !== 'text') return false;
  const match = CLOSING_PUNCTUATION.exec(next.value);
  if (!match) return false;
  const rest = next.value.slice(match[0].length);
  if (rest) next.value = rest;
  else children.splice(index + 1, 1);
  children.splice(index, 0, { type: 'text', value: match[0] });
  return true;
}

/**
 * A link of ours that may sit inside a link the editor wrote: a span's note link or permalink,
 * or a footnote reference (its `<sup>`, holding the link to the footnote).
 */
const isOwnLink = (element: Element) =>
  isNoteLink(element) ||
  (Array.isArray(element.properties.className) &&
    element.properties.className.includes('span-permalink')) ||
  (element.tagName === 'sup' &&
    element.children.some(
      (child) => child.type === 'element' && child.properties.dataFootnoteRef !== undefined,
    ));

/**
 * Take our links out of a link the editor wrote, at any depth: them, in order. A link of the
 * editor's inside it (a web address in a claim's words, which micromark reads apart from the
 * link around it) keeps its words as text, as GFM leaves an address in a link's words.
 */
function takeOwnLinks(element: Element): Element[] {
  const taken: Element[] = [];
  const kept: ElementContent[] = [];
  for (const child of element.children) {
    if (child.type !== 'element') kept.push(child);
    else if (isOwnLink(child)) taken.push(child);
    else {
      taken.push(...takeOwnLinks(child));
      kept.push(...(child.tagName === 'a' ? child.children : [child]));
    }
  }
  element.children = kept;
  return taken;
}

/**
 * A span marked inside a link (`[the :claim[…]{…} report](…)`), or a footnote referred to in one
 * (`[the report[^1] here](…)`), would put our link inside the editor's: a link in a link, which a
 * browser splits (the link's words after ours lost it). Ours go right after the link instead, in
 * order, after the punctuation that follows it when one of them is a note link.
 */
function ownLinksOutOfLinks(node: HastRoot | Element): void {
  for (let i = 0; i < node.children.length; i += 1) {
    const child = node.children[i]!;
    if (child.type !== 'element') continue;
    if (child.tagName !== 'a') {
      ownLinksOutOfLinks(child);
      continue;
    }
    const taken = takeOwnLinks(child);
    node.children.splice(i + 1, 0, ...taken);
    if (taken.some(isNoteLink) && punctuationBefore(node.children, i + 1, taken.length)) i += 1;
    i += taken.length;
  }
}

export interface RenderOptions {
  /** Ids of spans that have a note in the analysis column. */
  noted: ReadonlySet<string>;
  /** The document's footnote numbers (`numberFootnotes`), so each block links to the right note. */
  footnotes?: FootnoteNumbers;
  /** Show http(s) images as images (else as their alt text and a link). */
  remoteImages?: boolean;
  /** The interface in the explainer's language: the accessible names of the links (default English). */
  messages?: Catalogue;
  /** The site's base path, for links to other explainers' pages (default `/`). */
  basePath?: string;
}

/**
 * A link the editor wrote to another explainer by its file (`[words](other.md#id)`), as a link to
 * that explainer's page under the base path, marked as ours so that `finish` keeps it (a path on
 * the site is no link an editor's raw HTML may keep). Any other link is left as it is.
 */
function toExplainerPage(element: Element, basePath: string, own: string): Element {
  const { href } = element.properties;
  const target = typeof href === 'string' ? explainerFileLink(href) : undefined;
  if (target) {
    const page = hrefUnder(basePath, explainerPath(slugFromPath(target.file)));
    element.properties.href = page + target.fragment;
    element.properties[OWN] = own;
  }
  return element;
}

function spanHandler(kind: 'quote' | 'claim', options: RenderOptions, own: string): Handler {
  const messages = options.messages ?? catalogueFor('en');
  /** The quotations being rendered around this node, outermost first. */
  const around: QuoteNode[] = [];
  return (state: State, node: QuoteNode | ClaimNode): ElementContent[] => {
    const id = node.data.id;
    const properties: Properties = { className: [kind], [OWN]: own };
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
    // A span with an id is a link target ("Back to the passage", permalinks): focusable by
    // script and fragment navigation only, so following the link moves keyboard focus to it.
    if (properties.id) properties.tabIndex = -1;
    if (node.type === 'quote') around.push(node);
    const mark: Element = {
      type: 'element',
      tagName: 'mark',
      properties,
      children: state.all(node),
    };
    if (node.type === 'quote') around.pop();
    state.patch(node, mark);
    if (!noted && node.type === 'quote' && properties.id && id) {
      // A quotation without a note gets its permalink here; the page shows it, and the speaker,
      // on hover and keyboard focus. One with no speaker inside another is within that one, as
      // its label says (`quoteWithin`).
      const speaker = node.data.speaker?.name;
      const within = around.at(-1);
      const permalink: Element = {
        type: 'element',
        tagName: 'a',
        properties: {
          href: `#${id}`,
          className: ['span-permalink'],
          ariaLabel: speaker
            ? messages.permalinkQuoteBy(speaker)
            : within
              ? messages.permalinkQuoteWithin(messages.speaker.within(within.data.speaker?.name))
              : messages.permalinkQuoteUnknown,
        },
        // Empty: the page draws its sign, so it never joins the source text (copying, search).
        children: [],
      };
      return [mark, permalink];
    }
    if (!noted) return [mark];
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: {
        href: `#${noteIdFor(id)}`,
        className: ['note-link'],
        ariaLabel: messages.goToNote[kind],
      },
      children: [],
    };
    return [mark, link];
  };
}

/** One block or comment body inside the document rendered at once (see {@link renderNodes}). */
interface Part {
  type: 'explainerPart';
  children: RootContent[];
  /** The part's index in the list of nodes to render. */
  index: number;
}

/**
 * Each part's link definitions lookup, as rendering the part on its own would build it: the
 * definitions inside the part first, then the document's in order, the first of each label
 * winning. Undefined for a part with no definitions of its own: it sees the document's.
 */
function ownDefinitions(
  children: readonly RootContent[],
  definitions: readonly Definition[],
): Map<string, Definition> | undefined {
  const own: Definition[] = [];
  for (const child of children)
    visit(child, 'definition', (definition) => {
      own.push(definition);
    });
  if (own.length === 0) return undefined;
  const byId = new Map<string, Definition>();
  for (const definition of [...own, ...definitions]) {
    const id = String(definition.identifier).toUpperCase();
    if (!byId.has(id)) byId.set(id, definition);
  }
  return byId;
}

/**
 * Render each of `nodes` on its own, sharing the document's link definitions. Returns one HTML
 * string per node.
 *
 * The nodes go through mdast-util-to-hast together, each as a part of one document, so the
 * document's definitions are gathered once rather than once per node; each part's hast is
 * exactly what converting it alone would give (the root handler's output for the node, with the
 * definitions it would see), and is then sanitised and serialised on its own.
 */
export function renderNodes(
  nodes: ReadonlyArray<RootContent | { type: 'root'; children: RootContent[] }>,
  definitions: readonly Definition[],
  options: RenderOptions,
): string[] {
  // Unguessable by content, so only the marks made here keep their ids (see `finish`).
  const own = randomUUID();
  const basePath = options.basePath ?? '/';
  const parts: Part[] = nodes.map((node, index) => ({
    type: 'explainerPart',
    children: node.type === 'root' ? node.children : [node],
    index,
  }));
  const hastOf: HastRoot[] = [];
  /** Parts with raw HTML: only the `html` handler makes `raw` nodes. */
  const withHtml = new Set<number>();
  let current = -1;
  const handlers = {
    quote: spanHandler('quote', options, own),
    claim: spanHandler('claim', options, own),
    link: (state: State, node: Link) =>
      toExplainerPage(defaultHandlers.link(state, node), basePath, own),
    linkReference: (state: State, node: LinkReference) => {
      const result = defaultHandlers.linkReference(state, node);
      return Array.isArray(result) ? result : toExplainerPage(result as Element, basePath, own);
    },
    ...(options.footnotes ? footnoteHandlers(options.footnotes) : {}),
    html: (state: State, node: Html) => {
      withHtml.add(current);
      return defaultHandlers.html(state, node);
    },
    explainerPart: (state: State, part: Part) => {
      current = part.index;
      const documentDefinitions = state.definitionById;
      const lookup = definitions.length ? ownDefinitions(part.children, definitions) : undefined;
      if (lookup) state.definitionById = lookup;
      hastOf[part.index] = defaultHandlers.root(state, {
        type: 'root',
        children: part.children,
      }) as HastRoot;
      state.definitionById = documentDefinitions;
      return undefined;
    },
  } as Record<string, Handler>;
  const document = { type: 'root', children: [...parts, ...definitions] } as unknown as MdastNodes;
  toHast(document, { allowDangerousHtml: true, handlers });
  return parts.map((part) => {
    let hast = hastOf[part.index]!;
    let hasRaw = false;
    if (withHtml.has(part.index))
      visit(hast, 'raw', () => {
        hasRaw = true;
        return EXIT;
      });
    if (hasRaw) hast = raw(hast) as HastRoot;
    hast = sanitize(hast, htmlSchema) as HastRoot;
    finish(hast, own, options.remoteImages ?? false);
    return toHtml(hast);
  });
}
