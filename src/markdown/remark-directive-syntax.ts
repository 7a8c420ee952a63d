/**
 * Our directives as the editor meant them, or an error at the cause. remark-directive reads
 * `:claim[…]{…}` only when it is written exactly right; otherwise it silently reads less, and the
 * rest would reach the page as text:
 *
 *   :claim[words{#id rating=x}          no `]`: an empty claim, then `[words{#id …}` as text
 *   :claim[words]{by=“Ferries Ltd”}    curly quotes (as Word and Docs paste them): the attribute
 *                                       block cannot be read and stays as text
 *   :claim[words]{by="Ferries Ltd}      an open quote or no `}`: the same
 *
 * Runs right after remark-directive. Attribute values in curly quotes are read as quoted, with a
 * warning (the intent is plain); a block that still cannot be read, or a label without its `]`,
 * is an error at the character that breaks it.
 */
import type { Parent, Root, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Point } from 'unist';
import { visit } from './walk.ts';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { reporter, type Report } from '../contract/messages.ts';

const report = reporter('remark-directive-syntax');

type Directive = ContainerDirective | LeafDirective | TextDirective;

/** The directives the editor writes; other names are text that only looks like a directive. */
export const DIRECTIVE_NAMES: ReadonlySet<string> = new Set(['claim', 'quote', 'comment']);

/** Curly and low quotation marks that word processors put where a straight one was typed. */
export const CURLY = /[“”„‟«»‘’‚‛]/;
export const CURLY_ALL = new RegExp(CURLY.source, 'g');
const CURLY_PAIR = /^[“„‟«»‘‚‛'][^]*[”“«»’‘']$/;

const EXAMPLE = {
  claim: ':claim[the words]{#id by="Who said it" rating=misleading}',
  quote: ':quote["the words"]{by="Who said it"}',
  comment: ':::comment{on=claim-id}',
} as Record<string, string>;

const attributeParser = unified().use(remarkParse).use(remarkDirective);

/** The attributes of `{…}` as remark-directive reads them, or undefined when it cannot. */
function readAttributes(block: string): Record<string, string> | undefined {
  const tree = attributeParser.parse(`:x${block}`);
  const paragraph = tree.children[0];
  const only = paragraph?.type === 'paragraph' ? paragraph.children : [];
  if (only.length !== 1 || only[0]!.type !== 'textDirective') return undefined;
  return Object.fromEntries(
    Object.entries(only[0]!.attributes ?? {}).map(([k, v]) => [k, v ?? '']),
  );
}

/** The attribute block `{…}` starting at `from`, up to its `}` (or undefined: none before `end`). */
function blockAt(source: string, from: number, end: number): string | undefined {
  const close = source.indexOf('}', from);
  return close === -1 || close >= end ? undefined : source.slice(from, close + 1);
}

/**
 * The first attribute the block `{…}` gives twice (`rating=false … rating=accurate`, or two
 * `#id`s), with the offset of its second; remark-directive keeps only the last of them. Quoted
 * values are skipped; `.class`, which adds up, never counts.
 */
function givenTwice(block: string): { name: string; at: number } | undefined {
  const masked = block.replace(/"[^"]*"|'[^']*'/g, (q) => '_'.repeat(q.length));
  const seen = new Set<string>();
  for (const match of masked.matchAll(/(?<=[{\s])(#|[\p{L}_:][\p{L}\p{N}_.:-]*(?==))/gu)) {
    const name = match[1] === '#' ? 'id' : match[1]!;
    if (seen.has(name)) return { name, at: match.index };
    seen.add(name);
  }
  return undefined;
}

/** The offset of what breaks an attribute block that cannot be read, and why. */
function culprit(block: string): { at: number; what: string } {
  const curly = block.search(CURLY);
  if (curly >= 0) return { at: curly, what: `curly quotation mark \`${block[curly]}\`` };
  let open = -1;
  for (let i = 0; i < block.length; i += 1) {
    if (block[i] === '"' || block[i] === "'") {
      if (open === -1) open = i;
      else if (block[i] === block[open]) open = -1;
    }
  }
  if (open >= 0) return { at: open, what: `quotation mark \`${block[open]}\` left open` };
  if (!block.endsWith('}')) return { at: 0, what: '`{` without its `}`' };
  const separator = /[^\s{][,;](?=[^\s,;}])/.exec(
    block.replace(/"[^"]*"|'[^']*'/g, (q) => '_'.repeat(q.length)),
  );
  if (separator)
    return {
      at: separator.index + 1,
      what: `\`${block[separator.index + 1]}\` (attributes are separated by spaces)`,
    };
  return { at: 0, what: 'value it cannot read (an escaped quote, or a space outside quotes)' };
}

/**
 * The `smart-quotes` warning for the attributes of `written` (`:claim`, `:::comment`) at `place`:
 * read as straight quotes. A stand-off note's are said the same way (`notes-file.ts`).
 */
export const smartQuotesAt = (written: string, place: Point): Report => ({
  reason: `Unexpected curly quotation marks in the attributes of \`${written}\`, read as straight quotes`,
  ruleId: 'smart-quotes',
  place,
  hint: 'Use straight quotes (") around attribute values; word processors turn them into “ ” as you type.',
});

export default function remarkDirectiveSyntax() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const place = location(file);
    const pointAt = (offset: number): Point =>
      place.toPoint(offset) ?? { line: 1, column: 1, offset };

    const smartQuotes = (directive: Directive, at: Point) =>
      report(
        file,
        smartQuotesAt(
          `${directive.type === 'containerDirective' ? ':::' : ':'}${directive.name}`,
          at,
        ),
      );

    // `{by=maya-brennan, rating=false}`: attributes are separated by spaces, so the comma is
    // part of the value, and `maya-brennan,` would be published as a speaker no one is; and
    // `{#fares id}` gives the id `id` with no value, which replaces `#fares`.
    const separatorAfter = (
      directive: Directive,
      name: string,
      value: string | null | undefined,
    ) => {
      const comma = name !== 'id' && value ? /^\S*[^\s,;]([,;])$/.exec(value) : null;
      const emptyId = name === 'id' && value === '';
      if (!comma && !emptyId) return;
      report(file, {
        reason: emptyId
          ? `Unexpected empty id on \`${directive.type === 'containerDirective' ? ':::' : ':'}${directive.name}\`, expected \`#\` and the id, once`
          : `Unexpected \`${comma![1]}\` after \`${name}=${value!.slice(0, -1)}\`, expected a space between attributes`,
        ruleId: 'directive-syntax',
        place: directive.position?.start,
        severity: 'error',
        hint: emptyId
          ? 'An id has no spaces (`{#fares-rise …}`), and a bare `id` after `#…` replaces it: write the id once, as `#` and letters, digits and hyphens.'
          : `Separate attributes with spaces, not \`${comma![1]}\`: ${EXAMPLE[directive.name] ?? '{#id by="Who said it"}'}.`,
      });
    };

    const broken = (file.data.brokenDirectives ??= new WeakSet());

    visit(tree, (node, index, parent: Parent | undefined) => {
      if (
        node.type !== 'textDirective' &&
        node.type !== 'leafDirective' &&
        node.type !== 'containerDirective'
      )
        return;
      const directive = node as Directive;
      if (!DIRECTIVE_NAMES.has(directive.name)) return;
      const start = directive.position?.start.offset;
      const end = directive.position?.end.offset;
      const marker = directive.type === 'containerDirective' ? ':::' : ':';

      // An attribute given twice: the directive keeps the last, and the first (a rating, a speaker,
      // an id) is lost without a word. Its block ends the directive (the first line of a
      // container); a `}` inside a quoted value hides it from this look, not from the page.
      const raw = start === undefined || end === undefined ? '' : source.slice(start, end);
      const given = /\{[^{}\n]*\}$/.exec(marker === ':::' ? raw.split('\n')[0]! : raw);
      const twice = given ? givenTwice(given[0]) : undefined;
      if (twice)
        report(file, {
          reason: `Unexpected second \`${twice.name === 'id' ? '#id' : `${twice.name}=`}\` on \`${marker}${directive.name}\`, expected each attribute once: only the last would be kept`,
          ruleId: 'directive-syntax',
          place: pointAt(start! + given!.index + twice.at),
          severity: 'error',
          hint: `Keep the one you mean and delete the other: ${EXAMPLE[directive.name] ?? '{#id by="Who said it"}'}.`,
        });

      // Values remark-directive read unquoted, curly quotes and all: `on=“x”`.
      for (const [name, value] of Object.entries(directive.attributes ?? {})) {
        separatorAfter(directive, name, value);
        if (!value || !CURLY_PAIR.test(value) || !CURLY.test(value)) continue;
        directive.attributes![name] = value.slice(1, -1);
        const at = start === undefined ? -1 : source.indexOf(value, start);
        smartQuotes(directive, at >= 0 ? pointAt(at) : directive.position!.start);
      }
      if (directive.type !== 'textDirective' || start === undefined || end === undefined) return;
      if (!parent || index === undefined) return;
      const paragraphEnd = parent.position?.end.offset ?? source.length;

      // `:claim[words` with no `]`: remark-directive gives an empty `:claim`, the rest is text.
      const next = parent.children[index + 1];
      if (directive.children.length === 0 && source[end] === '[') {
        broken.add(directive);
        if (next) broken.add(next);
        report(file, {
          reason: `Unexpected \`:${directive.name}[\` without its closing \`]\`, expected the marked words between \`[\` and \`]\``,
          ruleId: 'directive-syntax',
          place: directive.position!.start,
          severity: 'error',
          hint: `Close the words with \`]\` before the attributes: ${EXAMPLE[directive.name]}.`,
        });
        return;
      }
      if (source[end] !== '{') return;
      // The attribute block could not be read: it follows the directive as text.
      const block = blockAt(source, end, paragraphEnd);
      const attributes =
        block !== undefined && CURLY.test(block)
          ? readAttributes(block.replace(CURLY_ALL, '"'))
          : undefined;
      if (
        attributes &&
        next?.type === 'text' &&
        next.position?.start.offset === end &&
        next.value.startsWith(block!)
      ) {
        directive.attributes = attributes;
        smartQuotes(directive, pointAt(end + block!.search(CURLY)));
        const rest = next.value.slice(block!.length);
        if (rest) {
          (next as Text).value = rest;
          next.position = { start: pointAt(end + block!.length), end: next.position.end };
        } else parent.children.splice(index + 1, 1);
        directive.position = {
          start: directive.position!.start,
          end: pointAt(end + block!.length),
        };
        return;
      }
      const problem = culprit(block ?? source.slice(end, paragraphEnd));
      broken.add(directive);
      if (next) broken.add(next);
      // The block is reported here; its quotation marks are not also the text's.
      if (block && next?.type === 'text' && next.value.startsWith(block))
        next.value = next.value.slice(block.length);
      report(file, {
        reason: `Unexpected ${problem.what} in the attributes of \`${marker}${directive.name}\`, expected \`{#id name="value" …}\``,
        ruleId: 'directive-syntax',
        place: pointAt(end + problem.at),
        severity: 'error',
        hint: `Write the attributes with straight quotes around values that have spaces, and close them with \`}\`: ${EXAMPLE[directive.name]}.`,
      });
    });
  };
}
