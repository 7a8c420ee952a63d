/**
 * The last word on markup: none of it may reach a page as text. After our directives have become
 * claims, quotations and comments and every other directive its text again, a text node that
 * still holds `:claim[`, `:::comment`, a lone `:::` fence or an attribute block (`]{#id by=…}`)
 * is markup the editor wrote and the parser did not read as they meant: an error at that place,
 * never a page that shows it. So is a footnote reference whose note is missing (`[^2]`), which
 * Markdown leaves as text; a link reference without its definition (`[the report][ref]`) is a
 * warning, since pasted text may hold such brackets. Markup escaped on purpose (`\:claim[`,
 * `\[^2]`) or in code spans is text, as written. A claim or quotation marked inside an image's
 * description (`![… :claim[…]{…}](…)`), which is plain text, is an error too; and so is one in a
 * frontmatter field a page shows as written (the title, the summary, a tag…), as when a
 * find-and-replace that marks a claim in the text marks the same words in the summary. A second
 * definition of a footnote or link label is a warning: Markdown sends every reference to the
 * first, so a link goes to the old address after its definition was added again with a new one,
 * and a second note is shown without a number, reached by nothing.
 */
import type { Definition, FootnoteDefinition, Root } from 'mdast';
import type { Node } from 'unist';
import { visit, visitParents } from './walk.ts';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Frontmatter } from '../contract/frontmatter.ts';
import { reporter, type RuleId, type Severity } from '../contract/messages.ts';
import { inNotesFile } from './notes-file.ts';
import { frontmatterPointOf } from './yaml-place.ts';

const report = reporter('remark-markup-leak');

const shows = 'it would show on the page';

/**
 * Markup as it would show on the page, what to say about it, and how to fix it (`found` is the
 * markup as the text has it, cut to 40 characters).
 */
const LEAKS: Array<{
  pattern: RegExp;
  ruleId: RuleId;
  severity: Severity;
  /** `inNotes`: the markup is in a stand-off comment, in the notes file. */
  reason: (found: string, inNotes?: boolean) => string;
  hint: (found: string) => string;
  /** Only where the file has the text as it reads (escaped or encoded otherwise, it is text). */
  asWrittenOnly?: boolean;
  /** Markup a frontmatter field of one line can hold too (`markupInFrontmatter`). */
  inFields?: boolean;
}> = [
  {
    pattern: /(?<![\p{L}\p{N}\\:]):{1,3}(?:claim|quote|comment)(?=[[{\s]|$)/gu,
    inFields: true,
    ruleId: 'directive-syntax',
    severity: 'error',
    reason: (found) =>
      `Unexpected \`${found}\` in the text, expected it to be read as a claim, quotation or comment: ${shows}`,
    hint: () =>
      'Write a claim as :claim[the words]{#id rating=…}, a quotation as :quote["the words"]{by="Who"} and a comment as :::comment on a line of its own; to show this as text, put a backslash before the colon.',
  },
  {
    pattern: /(?:^|\n)[ \t]*:{3,}/g,
    ruleId: 'directive-syntax',
    severity: 'error',
    reason: (found) =>
      `Unexpected \`${found}\` in the text, expected it to be read as the end of a \`:::comment\`: ${shows}`,
    hint: () =>
      'A `:::` line closes a `:::comment`: open one above it, or delete the line; to show colons as text, put a backslash before the first.',
  },
  {
    pattern: /\{#[\p{L}\p{N}_-]+[^{}\n]*\}?|\{[^{}\n]*\b(?:by|rating|on)=[^{}\n]*\}?/gu,
    inFields: true,
    ruleId: 'directive-syntax',
    severity: 'error',
    reason: (found) =>
      `Unexpected \`${found}\` in the text, expected it to be read as the attributes of a \`:claim\` or \`:quote\`: ${shows}`,
    hint: () =>
      'Attributes in `{…}` belong right after `:claim[…]` or `:quote[…]`, with straight quotes: {#id by="Who said it" rating=…}.',
  },
  {
    pattern: /\[\^[^\]\s]+\]/gu,
    ruleId: 'missing-definition',
    severity: 'error',
    asWrittenOnly: true,
    // A notes file holds no footnotes: a comment there refers to the explainer's.
    reason: (found, inNotes) =>
      `Unexpected footnote reference \`${found}\` without its note, expected a line \`${found}: the note\` in ${inNotes ? 'the explainer file' : 'this file'}: ${shows}`,
    hint: (found) =>
      `Add \`${found}: …\` on a line of its own (usually at the foot of the explainer file), or write \`\\${found}\` to show the characters.`,
  },
  {
    pattern: /\[[^\]\n]+\]\[[^\]\n]*\]/gu,
    ruleId: 'missing-definition',
    severity: 'warning',
    asWrittenOnly: true,
    reason: (found) =>
      `Unexpected link reference \`${found}\` without its definition, expected a line \`[${labelOf(found)}]: https://…\` in this file: it shows on the page as written`,
    hint: (found) =>
      `Add \`[${labelOf(found)}]: https://…\` on a line of its own, or write the link in place as [words](https://…); to show the brackets as text, put a backslash before the first.`,
  },
];

/** The label of a link reference as written: `[words][label]`, or `[label][]`. */
const labelOf = (found: string) => {
  const [, words, label] = /^\[([^\]]*)\]\[([^\]]*)\]$/.exec(found) ?? [];
  return label || words || '';
};

/** The markup of `LEAKS` a field of one line can hold: a directive's name, its attributes. */
const IN_A_FIELD = LEAKS.filter((leak) => leak.inFields);

/** A field's path in the YAML, and its value. */
type Field = [path: (string | number)[], value: string];

/** The frontmatter's fields a page shows as written. */
function shownFields(frontmatter: Frontmatter): Field[] {
  const { title, summary, tags, editors, source, corrections } = frontmatter;
  return [
    [['title'], title],
    [['summary'], summary],
    ...tags.map((tag, i): Field => [['tags', i], tag]),
    ...editors.map((name, i): Field => [['editors', i], name]),
    [['source', 'publisher'], source.publisher],
    [['source', 'author'], source.author ?? ''],
    [['source', 'credit'], source.credit ?? ''],
    ...corrections.map((c, i): Field => [['corrections', i, 'text'], c.text]),
  ];
}

/**
 * Directive markup in a frontmatter field a page shows: an error at the mark, since the page
 * would show it as written (a field is plain text, not Markdown).
 */
function markupInFrontmatter(tree: Root, file: VFile): void {
  const { frontmatter } = file.data;
  if (tree.children[0]?.type !== 'yaml' || !frontmatter) return;
  const lines = String(file.value).split(/\r\n|\r|\n/);
  for (const [path, value] of shownFields(frontmatter)) {
    // Markup after a backslash or between backticks is meant as text, as in the body (the field
    // shows them too).
    const text = value.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
    const found = IN_A_FIELD.flatMap((leak) =>
      [...text.matchAll(leak.pattern)].filter((m) => text[m.index - 1] !== '\\'),
    )[0]?.[0];
    if (found === undefined) continue;
    // At the markup where the field's line has it as written, else at the field.
    const point = frontmatterPointOf(tree, path);
    const at = (lines[point.line - 1] ?? '').indexOf(found, point.column - 1);
    const field = path.filter((part) => typeof part === 'string').join('.');
    report(file, {
      reason: `Unexpected \`${found.slice(0, 40)}\` in \`${field}\`, expected plain text: a frontmatter field is shown as written, so ${shows}`,
      ruleId: 'directive-syntax',
      place: { line: point.line, column: at >= 0 ? at + 1 : point.column },
      severity: 'error',
      hint: 'Mark claims, quotations and comments in the text below the frontmatter, and write the field with the words alone.',
    });
  }
}

/**
 * A label defined twice (`[^1]: …` or `[ref]: https://…`, labels compared as Markdown does,
 * ignoring case): a warning at each definition after the first, in the file that has it.
 */
function definedTwice(tree: Root, file: VFile): void {
  // Each definition writes `]:` after its label: with fewer than two in the file and its notes
  // file, none is defined twice, and the tree is not walked (most explainers).
  const written = `${String(file.value)}\n${String(file.data.standOff?.file.value ?? '')}`;
  if ((written.match(/\]:/g)?.length ?? 0) < 2) return;
  const first = new Map<string, Definition | FootnoteDefinition>();
  visit(tree, (node) => {
    if (node.type !== 'definition' && node.type !== 'footnoteDefinition') return;
    const definition = node as Definition | FootnoteDefinition;
    const key = `${definition.type} ${definition.identifier}`;
    const earlier = first.get(key);
    if (!earlier) return void first.set(key, definition);
    const fromNotes = inNotesFile(file, definition);
    const where =
      inNotesFile(file, earlier) === fromNotes
        ? `line ${earlier.position?.start.line ?? 1}`
        : `the ${fromNotes ? 'explainer' : 'notes'} file`;
    const note = definition.type === 'footnoteDefinition';
    const label = note ? `[^${definition.label}]` : `[${definition.label}]`;
    report(fromNotes ? file.data.standOff!.file : file, {
      reason: note
        ? `Unexpected second definition of \`${label}\`, expected each note's label once: every reference goes to the first (at ${where}), and this note would be shown without a number`
        : `Unexpected second definition of \`${label}\`, expected each link label once: every link to it goes to the first address (at ${where})`,
      ruleId: 'duplicate-definition',
      place: definition.position?.start ?? { line: 1, column: 1 },
      severity: 'warning',
      hint: note
        ? `Give this note a label of its own (\`[^${definition.label}-2]\`, in its reference too), or join the two notes.`
        : 'Delete the definition that is out of date, or give one of them another label and use it in its links.',
    });
  });
}

export default function remarkMarkupLeak() {
  return (tree: Root, file: VFile) => {
    markupInFrontmatter(tree, file);
    definedTwice(tree, file);
    const source = String(file.value);
    const place = location(file);
    const skip = file.data.brokenDirectives;
    // A stand-off comment's words are at their places in the notes file: read and reported there.
    const standOff = file.data.standOff;
    const notes = standOff && {
      file: standOff.file,
      source: String(standOff.file.value),
      place: location(standOff.file),
    };
    visitParents(tree, 'text', (node, ancestors) => {
      if (skip?.has(node)) return;
      // The place in the file: the text node's own, or the nearest block's that has one.
      const holder = [node, ...ancestors.toReversed()].find(
        (n: Node) => n.position?.start.offset !== undefined,
      );
      const fromNotes = inNotesFile(file, holder);
      const {
        source: text,
        place: points,
        file: target,
      } = fromNotes ? notes! : { source, place, file };
      for (const leak of LEAKS) {
        // The first match not escaped on purpose (a backslash before it in the file).
        let from = holder?.position?.start.offset ?? 0;
        let found: string | undefined;
        let at = -1;
        for (const match of node.value.matchAll(leak.pattern)) {
          const written = match[0].replace(/^\n/, '').trimStart();
          at = text.indexOf(written, from);
          if (at > 0 && text[at - 1] === '\\') {
            from = at + written.length;
            continue;
          }
          found = written;
          break;
        }
        if (found === undefined || (at < 0 && leak.asWrittenOnly)) continue;
        report(target, {
          reason: leak.reason(found.slice(0, 40), fromNotes),
          ruleId: leak.ruleId,
          place: (at >= 0 ? points.toPoint(at) : undefined) ??
            holder?.position?.start ?? { line: 1, column: 1 },
          severity: leak.severity,
          hint: leak.hint(found.slice(0, 40)),
        });
        return;
      }
    });
    // An image's description is plain text: a claim or quotation marked in it is read as its
    // words only, and its rating or speaker lost. (A second walk only for a file whose text
    // has such a description at all.)
    if (!/!\[[^\]]*:(?:claim|quote)\[/.test(source)) return;
    visit(tree, 'image', (node) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const match = /(?<![\\\p{L}\p{N}]):(claim|quote)\[/u.exec(source.slice(start, end));
      if (!match) return;
      report(file, {
        reason: `Unexpected \`:${match[1]}\` in an image's description, expected it in the text: the description is plain text, so the ${match[1] === 'claim' ? 'claim and its rating' : 'quotation and its speaker'} would be lost`,
        ruleId: 'directive-syntax',
        place: place.toPoint(start + match.index),
        severity: 'error',
        hint: 'Mark the words in the text beside the image, and write the description without the mark.',
      });
    });
  };
}
