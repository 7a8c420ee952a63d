/**
 * Editor comments: `:::comment` … `:::` (about the block before it), `:::comment{on=id}` (about a
 * marked span) and legacy paragraphs that begin with a configured prefix such as `Comment:`.
 * Each becomes a `comment` node; the model moves it to the analysis column.
 */
import type { ContainerDirective } from 'mdast-util-directive';
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from './walk.ts';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { claimExplicitId } from './ids.ts';
import { didYouMean } from '../contract/suggest.ts';
import { reporter } from '../contract/messages.ts';
import type { CommentNode } from './types.ts';

const report = reporter('remark-comments');

export interface CommentOptions {
  /** Paragraph prefixes that mark a legacy comment, e.g. `Comment:`. */
  prefixes?: readonly string[];
}

const ALLOWED_ATTRIBUTES = new Set(['on', 'id']);

function isCommentDirective(node: unknown): node is ContainerDirective {
  const n = node as ContainerDirective;
  return n?.type === 'containerDirective' && n.name === 'comment';
}

/** The prefix a legacy comment paragraph starts with, if any; strips it from the paragraph. */
function stripPrefix(paragraph: Paragraph, prefixes: readonly string[]): boolean {
  const first = paragraph.children[0];
  if (!first) return false;
  // `Comment: …` as plain text, or `**Comment:** …` in bold or italics.
  if (first.type === 'text') {
    const prefix = prefixes.find((p) => first.value.startsWith(p));
    if (!prefix) return false;
    first.value = first.value.slice(prefix.length).replace(/^\s+/, '');
    if (first.value === '') paragraph.children.shift();
    return true;
  }
  if (
    (first.type === 'strong' || first.type === 'emphasis') &&
    prefixes.includes(toString(first).trim())
  ) {
    paragraph.children.shift();
    const next: PhrasingContent | undefined = paragraph.children[0];
    if (next?.type === 'text') next.value = next.value.replace(/^\s+/, '');
    return true;
  }
  return false;
}

/**
 * True when the container ends with its closing fence. An unclosed `:::comment` runs to the end
 * of the file (or of the list or quotation it is in), taking the source text after it along.
 */
function isClosed(file: VFile, directive: ContainerDirective): boolean {
  const { start, end } = directive.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return true;
  const lines = String(file.value)
    .slice(start.offset, end.offset)
    .split(/\r?\n|\r/);
  // The last line is the fence, after any `>` of an enclosing block quotation.
  return lines.length > 1 && /^(?:[ \t]*>)*[ \t]*:{3,}[ \t]*$/.test(lines.at(-1)!);
}

/** How many colons open the container (`:::` or more). */
function fenceLength(file: VFile, directive: ContainerDirective): number {
  const start = directive.position?.start.offset;
  if (start === undefined) return 3;
  return /^:+/.exec(String(file.value).slice(start, start + 100))?.[0].length ?? 3;
}

/**
 * A `:::comment` without its closing `:::` takes the source text after it into the comment,
 * out of the source column: an error at the comment left open, not at what follows it.
 */
function reportUnclosed(file: VFile, directive: ContainerDirective, nextLine?: number): void {
  report(file, {
    reason:
      nextLine === undefined
        ? 'Unexpected `:::comment` left open, expected a closing `:::` line: the text after it would be taken into the comment'
        : `Unexpected \`:::comment\` left open before the next \`:::comment\` on line ${nextLine}, expected a closing \`:::\` line: the text between would be taken into the comment`,
    ruleId: 'directive-unclosed',
    place: directive.position?.start,
    severity: 'error',
    hint: 'End the comment with a line of three colons, `:::`, right after its last paragraph.',
  });
}

function toComment(file: VFile, directive: ContainerDirective): CommentNode {
  const attributes = directive.attributes ?? {};
  for (const name of Object.keys(attributes)) {
    if (!ALLOWED_ATTRIBUTES.has(name)) {
      // A slip for `on` (`onn=`, `on:`) would put the note beside the block before: refused.
      const meant = didYouMean(name, ['on']);
      report(file, {
        reason: `Unexpected attribute \`${name}\` on \`:::comment\`, expected only \`on\` or \`#id\``,
        ruleId: 'unknown-attribute',
        place: directive,
        ...(meant ? { severity: 'error' as const } : {}),
        hint: `${meant}Write \`:::comment{on=claim-id}\` to comment on a marked span, or \`:::comment\` for the block before.`,
      });
    }
  }
  const on = attributes.on?.trim() || undefined;
  const wanted = attributes.id?.trim();
  const id = wanted ? claimExplicitId(file, wanted, directive, report) : undefined;
  return {
    type: 'comment',
    children: directive.children,
    data: { id, on, form: 'directive' },
    position: directive.position,
  };
}

const remarkComments: Plugin<[CommentOptions?], Root> = (options = {}) => {
  const prefixes = options.prefixes ?? ['Comment:'];
  return (tree: Root, file: VFile) => {
    // Comments inside other comments, lists or quotes: unwrap or lift them, and say so.
    const misplaced: Array<{
      node: ContainerDirective;
      parent: { children: unknown[] };
      top: RootContent;
      /** Inside a comment left open: that error says it all. */
      quiet: boolean;
    }> = [];
    const leftOpen = new Set<ContainerDirective>();
    visitParents(tree, 'containerDirective', (node, ancestors) => {
      if (!isCommentDirective(node)) return;
      // A comment inside one opened with as many colons: the editor meant to close the outer
      // one first. Its `:::` is missing, and it has taken the text up to here along.
      const outer = ancestors.find(
        (a): a is ContainerDirective =>
          isCommentDirective(a) && fenceLength(file, a) <= fenceLength(file, node),
      );
      if (outer) {
        if (!leftOpen.has(outer)) {
          leftOpen.add(outer);
          reportUnclosed(file, outer, node.position?.start.line);
        }
      } else if (!ancestors.some((a) => leftOpen.has(a as ContainerDirective))) {
        if (!isClosed(file, node)) {
          leftOpen.add(node);
          reportUnclosed(file, node);
        }
      }
      if (ancestors.length === 1) return;
      misplaced.push({
        node,
        parent: ancestors.at(-1) as { children: unknown[] },
        top: ancestors[1] as RootContent,
        quiet: ancestors.some((a) => leftOpen.has(a as ContainerDirective)),
      });
    });
    for (const { node, parent, top, quiet } of misplaced.reverse()) {
      const index = parent.children.indexOf(node);
      if (isCommentDirective(top)) {
        if (!quiet)
          report(file, {
            reason:
              'Unexpected `:::comment` inside another comment, expected comments one after another',
            ruleId: 'comment-nested',
            place: node,
            hint: 'Close the first comment with `:::` before opening the next; a container needs more colons than the one inside it.',
          });
        parent.children.splice(index, 1, ...node.children);
      } else {
        report(file, {
          reason: `Unexpected \`:::comment\` inside a ${top.type}, expected it after a top-level block`,
          ruleId: 'comment-placement',
          place: node,
          hint: 'Move the comment below the list or quotation it is about; it is shown beside that block.',
        });
        parent.children.splice(index, 1);
        tree.children.splice(tree.children.indexOf(top) + 1, 0, node);
      }
    }

    tree.children = tree.children.map((node): RootContent => {
      let comment: CommentNode | undefined;
      if (isCommentDirective(node)) comment = toComment(file, node);
      else if (node.type === 'paragraph' && stripPrefix(node, prefixes)) {
        comment = {
          type: 'comment',
          children: node.children.length ? [node] : [],
          data: { form: 'prefix' },
          position: node.position,
        };
      }
      if (comment && toString(comment).trim() === '') {
        report(file, {
          reason: 'Unexpected empty comment, expected some text',
          ruleId: 'comment-empty',
          place: comment,
          hint: 'Write the comment between `:::comment` and `:::`, or delete it.',
        });
      }
      return comment ?? node;
    });
  };
};

export default remarkComments;
