/**
 * Anything that looks like a directive but is not ours (`Note:this`, `::x`, `:::aside`) goes
 * back to being the text it was, character for character, taken from the source. An unknown
 * container keeps its content and gets a warning, since `:::` is rarely typed by accident.
 */
import type { Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { Node, Parent } from 'unist';
import { visit } from './walk.ts';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { reporter } from '../contract/messages.ts';
import { closestName } from '../contract/suggest.ts';
import { DIRECTIVE_NAMES } from './remark-directive-syntax.ts';
import { reportUnreadAttributes } from './speakers.ts';
import { inNotesFile } from './notes-file.ts';

const report = reporter('remark-restore-directives');

type Directive = ContainerDirective | LeafDirective | TextDirective;

const isDirective = (node: Node): node is Directive =>
  node.type === 'textDirective' ||
  node.type === 'leafDirective' ||
  node.type === 'containerDirective';

/** The source text from `start` to `end`, or a reconstruction where positions are missing. */
function slice(
  source: string,
  start: number | undefined,
  end: number | undefined,
  fallback: string,
): string {
  if (start === undefined || end === undefined) return fallback;
  return source.slice(start, end);
}

/**
 * Restored directive syntax (`:name[`, `]{a="b c"}`): text on the page, but not prose, so the
 * quotation finder does not read the marks inside attributes as quotations.
 */
function syntaxNode(value: string): Text {
  return { type: 'text', value, data: { directiveSyntax: true } };
}

function plainText(value: string): Text {
  return { type: 'text', value };
}

/** The text around a directive's label: `:name[` before and `]{attrs}` after. */
function around(source: string, node: Directive, marker: string): [string, string] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  const attributes = Object.entries(node.attributes ?? {})
    .map(([k, v]) => (v ? `${k}="${v}"` : k))
    .join(' ');
  const fallbackAfter = attributes ? `]{${attributes}}` : ']';
  if (node.type === 'containerDirective' || first === undefined) {
    return [slice(source, start, first ?? end, `${marker}${node.name}`), ''];
  }
  return [
    slice(source, start, first, `${marker}${node.name}[`),
    slice(source, last, end, fallbackAfter),
  ];
}

/**
 * A leaf directive interrupts a paragraph (`text` / `::name` / `more` are three blocks), so a
 * restored one is joined again with the paragraphs on the lines next to it, with the line break
 * between them, into the one paragraph a reader of the text sees.
 */
function joinLines(sourceOf: (node: Node) => string, children: Node[], restored: Set<Node>): void {
  for (let i = 0; i + 1 < children.length;) {
    const [a, b] = [children[i]!, children[i + 1]!];
    const adjacent =
      a.type === 'paragraph' &&
      b.type === 'paragraph' &&
      (restored.has(a) || restored.has(b)) &&
      a.position &&
      b.position &&
      a.position.end.line + 1 === b.position.start.line;
    if (!adjacent) {
      i += 1;
      continue;
    }
    const first = a as Paragraph;
    const second = b as Paragraph;
    // The line ending as written, without the spaces around it (a paragraph drops those).
    const between = slice(sourceOf(a), a.position!.end.offset, b.position!.start.offset, '\n');
    first.children.push(plainText(between.replace(/^[ \t]+|[ \t]+$/g, '')), ...second.children);
    first.position = { start: a.position!.start, end: b.position!.end };
    restored.add(first);
    children.splice(i + 1, 1);
  }
}

/** The inline directives an editor writes, which a misspelt name (`:cliam[…]`) most likely meant. */
const INLINE_NAMES = ['claim', 'quote'];

/**
 * A text or leaf directive not ours whose name is a slip for one of ours (`:cliam`, `:Quote`,
 * `::claims`) and that is written as markup (a `[` or `{` right after the name): an error, since
 * the claim or quotation would be missing from the page and its brackets and attributes shown as
 * text. Without brackets (`note:clam`) it is read as prose.
 */
function reportNearMiss(
  file: VFile,
  source: string,
  node: TextDirective | LeafDirective,
  marker: string,
): void {
  const start = node.position?.start.offset;
  if (start === undefined || DIRECTIVE_NAMES.has(node.name)) return;
  const next = source.charAt(start + marker.length + node.name.length);
  const meant = next === '[' || next === '{' ? closestName(node.name, INLINE_NAMES) : undefined;
  if (!meant) return;
  report(file, {
    reason: `Unexpected directive \`${marker}${node.name}\`, expected \`:${meant}\``,
    ruleId: 'unknown-directive',
    place: node,
    severity: 'error',
    hint: `Did you mean \`:${meant}[…]\`? Only \`:claim[…]\`, \`:quote[…]\` and \`:::comment\` are read as marks; to show this as text, put a backslash before the colon.`,
  });
}

/** A comment's opening line whose attributes the parser could not read: a paragraph of text. */
const UNREAD_COMMENT = /^:::comment(\{.*)/;

const remarkRestoreDirectives: Plugin<[], Root> = () => {
  return (tree: Root, file: VFile) => {
    const reported = (file.data.brokenDirectives ??= new WeakSet());
    // The text a node was written in: a stand-off comment's words are in the notes file.
    const standOff = file.data.standOff;
    const [text, notesText] = [String(file.value), String(standOff?.file.value ?? '')];
    const sourceOf = (node: Node) => (inNotesFile(file, node) ? notesText : text);
    visit(tree, 'paragraph', (node, index, parent) => {
      const first = node.children[0];
      const unread = first?.type === 'text' ? UNREAD_COMMENT.exec(first.value) : null;
      if (!unread || !first) return;
      // Reported here once: neither this line nor the `:::` that closes it is a leak of its own.
      reported.add(first);
      const fence = [node, ...(parent?.children.slice((index ?? 0) + 1) ?? [])]
        .flatMap((block) => (block.type === 'paragraph' ? block.children : []))
        .find((text) => text.type === 'text' && /(?:^|\n):::[ \t]*(?:\n|$)/.test(text.value));
      if (fence) reported.add(fence);
      reportUnreadAttributes(
        file,
        ':::comment',
        unread[1]!,
        node,
        ':::comment{on=claim-id}',
        report,
      );
    });
    const restoredLeaves = new Set<Node>();
    // Text restored here is not a leak of our markup (remark-markup-leak): a look-alike such as
    // `a:b[c]{d=e}` is the text it was, and an unknown container is reported below.
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (!isDirective(node) || !parent || index === undefined) return;
      const restored = (value: string): Text => {
        const text = syntaxNode(value);
        if (!DIRECTIVE_NAMES.has(node.name) || node.type === 'containerDirective')
          reported.add(text);
        return text;
      };
      let replacement: Node[];
      const source = sourceOf(node);
      if (node.type !== 'containerDirective')
        reportNearMiss(file, source, node, node.type === 'textDirective' ? ':' : '::');
      if (node.type === 'textDirective') {
        if (node.children.length === 0) {
          replacement = [
            restored(
              slice(
                source,
                node.position?.start.offset,
                node.position?.end.offset,
                `:${node.name}`,
              ),
            ),
          ];
        } else {
          const [before, after] = around(source, node, ':');
          replacement = [restored(before), ...node.children, restored(after)];
        }
      } else if (node.type === 'leafDirective') {
        const [before, after] = around(source, node, '::');
        const paragraph: Paragraph = {
          type: 'paragraph',
          children: node.children.length
            ? [restored(before), ...(node.children as PhrasingContent[]), restored(after)]
            : [
                restored(
                  slice(
                    source,
                    node.position?.start.offset,
                    node.position?.end.offset,
                    `::${node.name}`,
                  ),
                ),
              ],
          position: node.position,
        };
        restoredLeaves.add(paragraph);
        replacement = [paragraph];
      } else {
        report(file, {
          reason: `Unexpected directive \`:::${node.name}\`, expected \`:::comment\``,
          ruleId: 'unknown-directive',
          place: node,
          severity: 'error',
          hint: 'Only `:::comment` is a container here (check its spelling); to show the colons as text, put a backslash before the first: `\\:::`.',
        });
        const opening = slice(
          source,
          node.position?.start.offset,
          node.children[0]?.position?.start.offset,
          `:::${node.name}`,
        ).trimEnd();
        const closing = slice(
          source,
          node.children.at(-1)?.position?.end.offset,
          node.position?.end.offset,
          '',
        ).trim();
        const fences = [restored(opening), ...(closing ? [restored(closing)] : [])];
        replacement = [
          { type: 'paragraph', children: [fences[0]!] } satisfies Paragraph,
          ...(node.children as RootContent[]),
          ...(fences[1] ? [{ type: 'paragraph', children: [fences[1]] } satisfies Paragraph] : []),
        ];
      }
      parent.children.splice(index, 1, ...replacement);
      // Revisit the same index: restored children may hold directives of their own.
      return index;
    });
    if (restoredLeaves.size === 0) return;
    visit(tree, (node) => {
      if ('children' in node) joinLines(sourceOf, node.children as Node[], restoredLeaves);
    });
  };
};

export default remarkRestoreDirectives;
