/**
 * Stand-off notes: an explainer's notes kept in `<slug>.notes.md` beside the untouched article.
 * Each note is a directive on its own, naming its passage by the exact words in its brackets
 * (the W3C TextQuoteSelector's `exact`), with `prefix=` and `suffix=` for the words right before
 * and after when the words alone occur more than once:
 *
 *   ::claim[largely unfounded claims]{#unfounded by="US officials" rating=unsupported}
 *   ::quote["no reason to think"]{by=andrew-parker suffix=" the agreement"}
 *
 *   :::comment[told the Financial Times]        about the block these words are in
 *   The analysis, in Markdown.
 *   :::
 *
 *   :::comment{on=unfounded}                     about a claim or quotation, by its id
 *   …
 *   :::
 *
 * The other attributes are those of the inline syntax. Anything else in the file (a paragraph,
 * another directive) is a `notes-syntax` error: nothing written there is dropped silently.
 */
import type {
  BlockContent,
  Definition,
  DefinitionContent,
  Paragraph,
  PhrasingContent,
  Root,
} from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node, Position } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Reporter } from '../contract/messages.ts';
import { reportOpenControls } from './remark-bidi-controls.ts';
import remarkDirectiveSyntax, {
  CURLY,
  CURLY_ALL,
  smartQuotesAt,
} from './remark-directive-syntax.ts';
import { visit } from './walk.ts';
import type { Quote } from './text-quote.ts';

export type NoteKind = 'claim' | 'quote' | 'comment';

export interface Note {
  kind: NoteKind;
  /** The passage, when the note names one by its words (every claim and quotation does). */
  quote?: Quote;
  /** The inline directive's attributes, without the selector's. */
  attributes: Record<string, string>;
  /** Where the note is written in the notes file. */
  position: Position;
  /** Where its words are written (between the brackets), for `reanchor --write`. */
  label?: Position;
  /** A comment's text. */
  children: Array<BlockContent | DefinitionContent>;
  /** A claim's or quotation's words as written (Markdown). */
  phrasing: PhrasingContent[];
}

/** The notes file of an explainer file: `x.md` → `x.notes.md`. */
export const notesPathOf = (explainerPath: string) =>
  explainerPath.replace(/\.(md|markdown)$/i, '') + '.notes.md';

/**
 * True when `node` of an explainer's tree was written in its stand-off notes file (a comment's
 * words, a link definition): its place, and the text at its offsets, are the notes file's.
 */
export const inNotesFile = (file: VFile, node: Node | undefined): boolean =>
  node?.position !== undefined && (file.data.standOff?.moved.has(node.position) ?? false);

/** True for a notes file's name. */
export const isNotesPath = (filePath: string) => /\.notes\.md$/i.test(filePath);

/** The explainer a notes file belongs to: `x.notes.md` → `x.md`. */
export const explainerPathOf = (notesPath: string) => notesPath.replace(/\.notes\.md$/i, '.md');

const SELECTOR = new Set(['prefix', 'suffix']);
const EXAMPLES =
  '`::claim[the exact words]{#id by="Who" rating=misleading}`, `::quote["the words"]{by="Who"}` or `:::comment[words of the paragraph]` … `:::`';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/**
 * A note's words as they read on the page: Markdown as its text, and a directive the parser
 * found inside them (`10:30` holds one, `:30`) as the text it was written as, since the page
 * shows such look-alikes as written (`remark-restore-directives`).
 */
function asRead(node: Node, text: string): string {
  const { start, end } = node.position ?? {};
  if (/Directive$/.test(node.type) && start?.offset !== undefined && end?.offset !== undefined)
    return text.slice(start.offset, end.offset);
  if ('children' in node)
    return (node.children as Node[]).map((child) => asRead(child, text)).join('');
  return toString(node);
}

/** A note's opening line up to its attribute block, the block, and what ends the line. */
const OPENING = /^(:{2,3}(?:claim|quote|comment)\b[^\n]*?)(\{[^{}\n]*\})([ \t]*\r?)$/gm;

/**
 * The text with each note's attribute block in curly quotes (`by=“The board”`, as word
 * processors type them) read as straight quotes, with a `smart-quotes` warning at the first, as
 * inline (`remark-directive-syntax`). One character for one, so every place stays where it is.
 */
function straightenAttributes(text: string, file: VFile, report: Reporter): string {
  if (!CURLY.test(text)) return text;
  const place = location(file);
  return text.replace(OPENING, (line, head: string, block: string, end: string, at: number) => {
    if (!CURLY.test(block)) return line;
    const curly = place.toPoint(at + head.length + block.search(CURLY))!;
    report(file, smartQuotesAt(/^:+\w+/.exec(head)![0], curly));
    return head + block.replace(CURLY_ALL, '"') + end;
  });
}

/**
 * The notes written in a notes file, and its link definitions (for the comments' links);
 * anything else is reported on `file`. The explainer's footnote and link definition `labels`
 * count as defined in the notes (a comment may refer to them, as it may inline): definitions of
 * them are parsed after the file's own text and then left out, so every place in the file stays
 * as it is.
 */
export function readNotes(
  file: VFile,
  report: Reporter,
  labels: { footnotes: Iterable<string>; links: Iterable<string> } = { footnotes: [], links: [] },
): { notes: Note[]; definitions: Definition[] } {
  const text = straightenAttributes(String(file.value), file, report);
  const defined = [
    ...[...labels.footnotes].map((label) => `[^${label}]: .`),
    ...[...labels.links].map((label) => `[${label}]: #`),
  ];
  const tree = parser.parse(defined.length ? `${text}\n\n${defined.join('\n\n')}\n` : text) as Root;
  // The added definitions go, wherever they were read (inside a comment left open at the end too).
  visit(tree, (node) => {
    if ('children' in node)
      node.children = (node.children as Node[]).filter(
        (child) => (child.position?.start.offset ?? 0) < text.length,
      ) as typeof node.children;
  });
  reportOpenControls(tree, file);
  // A directive in the notes written wrong (a `:claim[` without its `]` in a comment, attributes
  // split by commas) is reported as inline, in this file; the ones it reports are left alone by
  // the plugins that run after the notes join the explainer (`file.data.brokenDirectives`).
  remarkDirectiveSyntax()(tree, file);
  const notes: Note[] = [];
  const definitions: Definition[] = [];
  for (const node of tree.children) {
    const position = node.position!;
    const isNote =
      (node.type === 'leafDirective' && (node.name === 'claim' || node.name === 'quote')) ||
      (node.type === 'containerDirective' && node.name === 'comment');
    if (!isNote) {
      // Link definitions for the comments.
      if (node.type === 'definition') {
        definitions.push(node);
        continue;
      }
      report(file, {
        reason: `Unexpected ${describe(node)} in a notes file, expected only notes: ${EXAMPLES}`,
        ruleId: 'notes-syntax',
        place: position,
        severity: 'error',
        hint: 'Write each note as a directive on its own line (two colons for claims and quotations, three for comments); text between notes has no place on the page.',
      });
      continue;
    }
    const directive = node as LeafDirective | ContainerDirective;
    const all = Object.fromEntries(
      Object.entries(directive.attributes ?? {}).map(([k, v]) => [k, v ?? '']),
    );
    const attributes = Object.fromEntries(Object.entries(all).filter(([k]) => !SELECTOR.has(k)));
    let phrasing: PhrasingContent[] = [];
    let label: Position | undefined;
    let children: Array<BlockContent | DefinitionContent> = [];
    if (directive.type === 'leafDirective') {
      phrasing = directive.children;
      label = spanOf(directive.children);
    } else {
      const first = directive.children[0];
      if (first?.type === 'paragraph' && first.data?.directiveLabel) {
        phrasing = (first as Paragraph).children;
        label = spanOf(phrasing);
        children = directive.children.slice(1) as typeof children;
      } else children = directive.children as typeof children;
    }
    const exact = phrasing.map((node) => asRead(node, text)).join('');
    const kind = directive.name as NoteKind;
    const name = kind === 'comment' ? ':::comment' : `::${kind}`;
    if (exact === '' && !(kind === 'comment' && attributes.on)) {
      report(file, {
        reason:
          kind === 'comment'
            ? 'Unexpected `:::comment` without words or `on=`, expected the words of the passage it is about in brackets, or `on=` with a claim or quotation id'
            : `Unexpected \`${name}\` without words, expected the exact words of its passage in brackets`,
        ruleId: 'notes-syntax',
        place: position,
        severity: 'error',
        hint: `Write the passage's words as they read in the article: ${EXAMPLES}.`,
      });
      continue;
    }
    if (exact !== '' && kind === 'comment' && attributes.on) {
      report(file, {
        reason:
          'Unexpected `:::comment` with both words and `on=`, expected one way of naming what it is about',
        ruleId: 'notes-syntax',
        place: position,
        severity: 'error',
        hint: 'Keep `on=` to comment on a claim or quotation, or the words in brackets to comment on their paragraph.',
      });
      continue;
    }
    if (exact === '' && (all.prefix || all.suffix)) {
      report(file, {
        reason: `Unexpected \`prefix\` or \`suffix\` on \`${name}{on=…}\`, expected them only beside words in brackets`,
        ruleId: 'notes-syntax',
        place: position,
        severity: 'error',
        hint: 'Remove `prefix=` and `suffix=`: `on=` already names the passage.',
      });
      continue;
    }
    notes.push({
      kind,
      ...(exact === ''
        ? {}
        : {
            quote: {
              exact,
              ...(all.prefix ? { prefix: all.prefix } : {}),
              ...(all.suffix ? { suffix: all.suffix } : {}),
            },
          }),
      attributes,
      position,
      ...(label ? { label } : {}),
      children,
      phrasing,
    });
  }
  return { notes, definitions };
}

function describe(node: Root['children'][number]): string {
  if (node.type === 'paragraph') {
    const only = node.children.length === 1 ? node.children[0] : undefined;
    if (only?.type === 'textDirective') return `\`:${only.name}\` inside a paragraph`;
    return 'text';
  }
  if (node.type === 'leafDirective') return `\`::${node.name}\``;
  if (node.type === 'containerDirective') return `\`:::${node.name}\``;
  return `${node.type}`;
}

/** From the first to the last of some nodes, where they are written. */
function spanOf(nodes: readonly PhrasingContent[]): Position | undefined {
  const start = nodes[0]?.position?.start;
  const end = nodes.at(-1)?.position?.end;
  return start && end ? { start, end } : undefined;
}
