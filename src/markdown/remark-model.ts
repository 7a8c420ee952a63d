/**
 * The last plugin: turns the annotated tree into the explainer model's body (`file.data.explainer`)
 * — the source blocks with their HTML, and every quotation, claim and comment with its id and the
 * block whose row it belongs in. It reads the tree and does not change it.
 */
import type { Definition, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { visit } from './walk.ts';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { catalogueFor } from '../contract/i18n/index.ts';
import type { Annotation, Block, Claim, Comment, Place, Quote } from '../contract/explainer.ts';
import { newId } from './ids.ts';
import { reporter } from '../contract/messages.ts';
import { didYouMean } from '../contract/suggest.ts';
import { numberFootnotes } from './footnotes.ts';
import { renderNodes } from './render-html.ts';
import type { ClaimNode, CommentNode, QuoteNode } from './types.ts';

const report = reporter('remark-model');

const BLOCK_PREFIX: Record<string, string> = {
  paragraph: 'p',
  heading: 'h',
  list: 'list',
  blockquote: 'bq',
  table: 'table',
  code: 'code',
  footnoteDefinition: 'footnote',
};

const placeOf = (node: Node): Place => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

/**
 * Quotation and claim nodes in a block with their offsets in the block's text, counted exactly
 * as mdast-util-to-string counts (values, image alt text, children), in document order.
 */
function spansOf(
  block: RootContent,
): Array<{ node: QuoteNode | ClaimNode; start: number; end: number }> {
  const found: Array<{ node: QuoteNode | ClaimNode; start: number; end: number }> = [];
  let offset = 0;
  const walk = (node: Node) => {
    const start = offset;
    const entry =
      node.type === 'quote' || node.type === 'claim'
        ? { node: node as QuoteNode | ClaimNode, start, end: start }
        : undefined;
    if (entry) found.push(entry);
    if ('value' in node && typeof node.value === 'string') offset += node.value.length;
    else if ('alt' in node && typeof node.alt === 'string' && node.alt) offset += node.alt.length;
    else if ('children' in node && Array.isArray(node.children))
      (node.children as Node[]).forEach(walk);
    if (entry) entry.end = offset;
  };
  walk(block);
  return found;
}

export interface ModelOptions {
  /** Show remote images as images (`site.yaml` `remoteImages`); else as their alt text and a link. */
  remoteImages?: boolean;
  /** The site's language, for an explainer that gives none: the language of its links' labels. */
  language?: string;
  /** The site's base path, for links to other explainers' pages (default `/`). */
  basePath?: string;
}

/**
 * Blocks whose children are blocks of their own, each read apart from the one before (a table's
 * cells count as such); any other node is one part, whatever is inside it (a paragraph's inline
 * HTML, emphasis and links included).
 */
const CONTAINERS = new Set([
  'list',
  'listItem',
  'blockquote',
  'table',
  'tableRow',
  'footnoteDefinition',
]);

/**
 * Where each part of a container block starts in `toString(node)` (none at 0; none for a block
 * that is no container): each part's text counted as mdast-util-to-string counts it.
 */
function breaksOf(node: RootContent): number[] {
  const breaks: number[] = [];
  let offset = 0;
  const walk = (current: Node) => {
    if (CONTAINERS.has(current.type) && 'children' in current && Array.isArray(current.children)) {
      for (const child of current.children as Node[]) walk(child);
      return;
    }
    if (offset > 0 && breaks.at(-1) !== offset) breaks.push(offset);
    offset += toString(current).length;
  };
  if (CONTAINERS.has(node.type)) walk(node);
  return breaks;
}

const remarkModel: Plugin<[ModelOptions?], Root> = (options = {}) => {
  return (tree: Root, file: VFile) => {
    const definitions: Definition[] = [];
    visit(tree, 'definition', (node) => {
      definitions.push(node);
    });

    const blockNodes: RootContent[] = [];
    const blocks: Array<Omit<Block, 'html'>> = [];
    const comments: Array<{ node: CommentNode; after: number }> = [];
    for (const node of tree.children) {
      if (node.type === 'comment') comments.push({ node, after: blocks.length - 1 });
      else if (node.type !== 'definition' && node.type !== 'yaml') {
        const text = toString(node);
        // (An empty last cell or item starts where the text ends: no part of it.)
        const breaks = breaksOf(node).filter((at) => at < text.length);
        blockNodes.push(node);
        blocks.push({
          id: newId(file, BLOCK_PREFIX[node.type] ?? 'b', text),
          type: node.type,
          text,
          ...(breaks.length > 0 ? { breaks } : {}),
          place: placeOf(node),
        });
      }
    }

    // Spans, in document order, and which block each sits in.
    const spans = new Map<string, Annotation[]>(); // blockId → its span annotations
    const spanBlock = new Map<string, string>(); // span id → block id
    blockNodes.forEach((node, index) => {
      const block = blocks[index]!;
      const list: Array<Quote | Claim> = [];
      const byId = new Map<string, Quote | Claim>();
      const unclaimed: Array<[Claim, Node]> = []; // its claims without `by=`
      for (const { node: span, start, end } of spansOf(node)) {
        const known = span.data.id ? byId.get(span.data.id) : undefined;
        if (known) {
          // A later segment of a quotation split by markup it could not enclose.
          known.span.end = end;
          known.text = block.text.slice(known.span.start, end);
          continue;
        }
        const text = block.text.slice(start, end);
        const common = { blockId: block.id, place: placeOf(span), text, span: { start, end } };
        const annotation: Quote | Claim =
          span.type === 'quote'
            ? {
                kind: 'quote',
                id: (span.data.id ??= newId(file, 'q', text)),
                ...common,
                speaker: span.data.speaker,
                ...(span.data.speaker && span.data.speakerSource
                  ? { speakerSource: span.data.speakerSource }
                  : {}),
                ...(span.data.cue ? { cue: span.data.cue } : {}),
                ...(span.data.continues ? { continues: span.data.continues } : {}),
                ...(span.data.partOf ? { partOf: span.data.partOf } : {}),
                explicit: span.data.explicit,
              }
            : {
                kind: 'claim',
                id: (span.data.id ??= newId(file, 'claim', text)),
                ...common,
                claimant: span.data.claimant,
                rating: span.data.rating,
              };
        byId.set(annotation.id, annotation);
        spanBlock.set(annotation.id, block.id);
        list.push(annotation);
        if (annotation.kind === 'claim' && !annotation.claimant) unclaimed.push([annotation, span]);
      }
      spans.set(block.id, list);
      for (const [claim, span] of unclaimed) {
        const quote = list.find(
          (q): q is Quote =>
            q.kind === 'quote' &&
            q.speaker !== null &&
            q.span.start <= claim.span.start &&
            claim.span.end <= q.span.end,
        );
        if (quote) reportClaimantInQuote(file, span, quote);
      }
    });

    // Comments: about a span (`on=`), or about the block before them.
    const blockIds = new Set(blocks.map((b) => b.id));
    const notes = new Map<string, Comment[]>(); // blockId → its comments
    const commentNodes: CommentNode[] = [];
    const placed: Comment[] = [];
    for (const { node, after } of comments) {
      const id = node.data.id ?? newId(file, 'c', toString(node));
      let target = node.data.on;
      let blockId = target
        ? (spanBlock.get(target) ?? (blockIds.has(target) ? target : undefined))
        : undefined;
      if (target && !blockId) {
        // `on=#fairer`: an id is written without its `#` here.
        const bare = target.replace(/^#/, '');
        const known = [...spanBlock.keys(), ...blockIds];
        // `on=fares-rise` for the id made from the claim's words, `claim-fares-rise`.
        const prefixed = ['claim', 'q']
          .map((p) => `${p}-${bare}`)
          .filter((id) => spanBlock.has(id));
        const suggestion =
          bare !== target && known.includes(bare)
            ? `Did you mean \`on=${bare}\`? `
            : prefixed.length === 1
              ? `Did you mean \`on=${prefixed[0]}\`? `
              : didYouMean(bare, known, (id) => `\`on=${id}\``);
        report(file, {
          reason: `Unexpected \`on=${target}\`, expected the id of a claim, quotation or block in this file`,
          ruleId: 'comment-target',
          place: node,
          severity: 'error',
          hint:
            (suggestion || (bare !== target ? 'Write the id without `#`. ' : '')) +
            (spanBlock.size
              ? `Known span ids: ${[...spanBlock.keys()].slice(0, 8).join(', ')}.`
              : 'Mark the span first, e.g. :claim[…]{#my-id}, then write :::comment{on=my-id}.'),
        });
        target = undefined;
      }
      if (!blockId) {
        const before = blocks[Math.max(after, 0)];
        if (after < 0 && !target) {
          report(file, {
            reason:
              'Unexpected comment before any source text, expected it after the block it is about',
            ruleId: 'comment-placement',
            place: node,
            hint: 'Move the comment below the paragraph it comments on.',
          });
        }
        blockId = before?.id ?? '';
      }
      const comment: Comment = {
        kind: 'comment',
        id,
        blockId,
        target: target ?? blockId,
        form: node.data.form,
        place: placeOf(node),
        html: '',
        // Paragraphs of a comment stay apart in its plain text.
        text: node.children.map((child) => toString(child)).join('\n\n'),
      };
      commentNodes.push(node);
      placed.push(comment);
      notes.set(blockId, [...(notes.get(blockId) ?? []), comment]);
    }

    // Spans with a note beside them: claims, the editor's own quotations, anything commented on.
    const noted = new Set<string>();
    for (const list of spans.values()) {
      for (const a of list)
        if (a.kind === 'claim' || (a.kind === 'quote' && a.explicit)) noted.add(a.id);
    }
    for (const c of placed) if (c.target !== c.blockId) noted.add(c.target);

    const rendering = {
      noted,
      footnotes: numberFootnotes(tree),
      remoteImages: options.remoteImages ?? false,
      messages: catalogueFor(file.data.frontmatter?.language ?? options.language ?? 'en'),
      basePath: options.basePath,
    };
    // Blocks and comments in one call: the document's definitions are gathered once.
    const html = renderNodes(
      [
        ...blockNodes,
        ...commentNodes.map((n) => ({
          type: 'root' as const,
          children: n.children as RootContent[],
        })),
      ],
      definitions,
      rendering,
    );
    const blockHtml = html.slice(0, blockNodes.length);
    placed.forEach((comment, index) => {
      comment.html = html[blockNodes.length + index]!;
    });

    file.data.explainer = {
      blocks: blocks.map((block, index) => ({ ...block, html: blockHtml[index]! })),
      annotations: [...blocks.map((b) => b.id), ''].flatMap((blockId) => [
        ...(spans.get(blockId) ?? []),
        ...(notes.get(blockId) ?? []),
      ]),
    };
  };
};

/**
 * A claim without `by=` inside a quotation that has a speaker: its note says "speaker not
 * identified" beside a quotation labelled with a name. The claimant is not taken from the
 * quotation (an automatic speaker would then reach the claims index and ClaimReview as the
 * editor's word); the editor is told instead.
 */
function reportClaimantInQuote(file: VFile, claim: Node, quote: Quote): void {
  const speaker = quote.speaker!;
  const by = speaker.id ?? `"${speaker.name}"`;
  report(file, {
    reason: `Missing \`by=\` on a claim inside a quotation ${quote.speakerSource === 'editor' ? 'given' : 'attributed automatically'} to ${speaker.name}, expected its claimant named: its note says no speaker is identified`,
    ruleId: 'missing-claimant',
    severity: 'info',
    place: claim,
    hint: `If the words are theirs, add \`by=${by}\` to the claim.`,
  });
}

export default remarkModel;
