/**
 * Stand-off notes (`<slug>.notes.md`, see `notes-file.ts`) turned into the directives the inline
 * syntax would have made, before the plugins that read directives run: each claim and quotation
 * wraps its passage in a `:claim`/`:quote` text directive, and each comment becomes a
 * `:::comment` after the block it is about. Pages, exports and indexes cannot tell the two apart.
 *
 * Anchoring is strict: a note whose words match no passage or more than one, or whose passage
 * cannot be marked (it runs into the next paragraph, crosses the edge of a link or emphasis, or
 * overlaps another note's), is a `note-anchor` error at the note, with the number of matches and,
 * for none, the closest passage as the fix. Nothing is placed by guessing.
 *
 * Reads the notes from `file.data.standOff` (set by `processExplainer`); messages about a placed
 * note that later plugins report (an unknown rating, a duplicate id), or about anything inside a
 * comment's words (an unsafe link), are moved to the note's place in the notes file by
 * `processExplainer`, through `standOff.moved`.
 */
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { reporter } from '../contract/messages.ts';
import { wrapRanges, type WrapRange } from './inline-text.ts';
import { visit } from './walk.ts';
import { readNotes, type Note } from './notes-file.ts';
import { locate, pointOf, sourceText, type Holder, type SourceText } from './source-text.ts';
import { closestPassages, describeRange, matchQuote, type Quote } from './text-quote.ts';

const report = reporter('remark-stand-off-notes');

/** Shown in messages: a passage's words, cut when long. */
export function shownWords(words: string): string {
  const flat = words.replace(/\s+/g, ' ');
  return `“${flat.length > 80 ? `${flat.slice(0, 77)}…` : flat}”`;
}

/** `prefix="…" suffix="…"` for a selector's context, as the editor writes it. */
export function contextAttributes(quote: Quote): string {
  const value = (v: string) => (v.includes('"') ? `'${v}'` : `"${v}"`);
  return [
    quote.prefix ? `prefix=${value(quote.prefix)}` : '',
    quote.suffix ? `suffix=${value(quote.suffix)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

interface Placed {
  note: Note;
  holder?: Holder;
  block?: RootContent;
  range?: { start: number; end: number };
  from?: Position['start'];
  to?: Position['end'];
}

const remarkStandOffNotes = () => async (tree: Root, file: VFile) => {
  const standOff = file.data.standOff;
  if (!standOff) return;
  const notesFile = standOff.file;
  const article = path.basename(file.path);
  const markdown = String(file.value);
  const source = sourceText(tree);
  const failed = (note: Note, reason: string, hint: string) =>
    report(notesFile, {
      reason,
      ruleId: 'note-anchor',
      place: note.position,
      severity: 'error',
      hint,
    });

  const placed: Placed[] = [];
  /** Ids of notes that could not be placed: comments on them add no second error. */
  const unplaced = new Set<string>();
  // A comment's footnote references and link references may name the explainer's notes and
  // definitions, as they may when it is written inline.
  const labels = { footnotes: new Set<string>(), links: new Set<string>() };
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition') labels.footnotes.add(node.label ?? node.identifier);
    else if (node.type === 'definition') labels.links.add(node.label ?? node.identifier);
  });
  // Directives the notes file's reading finds written wrong are reported once, there.
  notesFile.data.brokenDirectives = file.data.brokenDirectives ??= new WeakSet();
  const { notes, definitions } = readNotes(notesFile, report, labels);
  // The notes file's link definitions join the explainer's, after them (the first of a label
  // wins), for the comments' links; a message about one is at its place in the notes file.
  for (const definition of definitions)
    standOff.moved.set(definition.position!, definition.position!);
  tree.children.push(...definitions);
  for (const note of notes) {
    if (!note.quote) {
      placed.push({ note });
      continue;
    }
    const what = `${note.kind} note ${shownWords(note.quote.exact)}`;
    const matches = await matchQuote(source.text, note.quote);
    if (matches.length === 0) {
      const { reason, hint } = await noMatch(source, note.quote, markdown, article);
      failed(
        note,
        `Unexpected ${what} that matches no passage of \`${article}\` (0 matches)${reason}, expected its words to occur exactly once`,
        hint,
      );
      continue;
    }
    if (matches.length > 1) {
      const lines = matches.map((m) => pointOf(source, m.start, markdown).line);
      const first = await describeRange(source.text, matches[0]!);
      failed(
        note,
        `Unexpected ${what} that matches ${matches.length} passages of \`${article}\` (lines ${[...new Set(lines)].join(', ')}), expected exactly one`,
        `Add the words right before or after the one you mean as prefix= or suffix=; for the one on line ${lines[0]}: ${contextAttributes(first) || '(the words there differ)'}.`,
      );
      continue;
    }
    const located = locate(source, matches[0]!, markdown);
    if ('problem' in located) {
      failed(
        note,
        `Unexpected ${what} whose passage cannot be marked: ${located.problem}, expected words within one paragraph, heading or table cell`,
        'Shorten the words to a passage inside one paragraph (a comment on a whole paragraph takes any words of it).',
      );
      continue;
    }
    placed.push({
      note,
      holder: located.holder,
      block: located.block,
      range: { start: located.start, end: located.end },
      from: located.from,
      to: located.to,
    });
  }

  // Claims and quotations: wrapped in their holders, all of one holder at once.
  const spans = placed.filter((p) => p.note.kind !== 'comment' && p.holder);
  const byHolder = Map.groupBy(spans, (p) => p.holder!);
  const dropped = new Set<Placed>();
  for (const [holder, list] of byHolder) {
    const sorted = [...list].sort(
      (a, b) => a.range!.start - b.range!.start || b.range!.end - a.range!.end,
    );
    for (let i = 0; i < sorted.length; i += 1) {
      const b = sorted[i]!;
      const a = sorted
        .slice(0, i)
        .find(
          (o) => !dropped.has(o) && o.range!.end > b.range!.start && o.range!.end < b.range!.end,
        );
      if (!a) continue;
      dropped.add(b);
      failed(
        b.note,
        `Unexpected ${b.note.kind} note ${shownWords(b.note.quote!.exact)} whose passage overlaps that of the note on line ${a.note.position.start.line} without being inside it, expected notes on passages apart or one within the other`,
        'Mark passages that nest or stay apart, as inline directives must.',
      );
    }
    const ranges = (): Array<WrapRange<Placed>> =>
      list
        .filter((p) => !dropped.has(p))
        .map((p) => ({ start: p.range!.start, end: p.range!.end, value: p }));
    // A passage that crosses the edge of emphasis or a link would be cut into pieces.
    const trial = { children: structuredClone(holder.children) };
    wrapRanges(trial, ranges(), (p, segment, children) => {
      if (segment === 1) {
        dropped.add(p);
        failed(
          p.note,
          `Unexpected ${p.note.kind} note ${shownWords(p.note.quote!.exact)} whose passage starts inside emphasis, strong text or a link and ends outside it (or the other way round), expected a passage that encloses such markup whole`,
          'Widen or shorten the words so they take in the whole of the emphasised or linked words, or none of them.',
        );
      }
      return { type: 'emphasis', children };
    });
    wrapRanges(holder, ranges(), (p, _segment, children) => {
      const position: Position = { start: p.from!, end: p.to! };
      standOff.moved.set(position, p.note.position);
      const directive: TextDirective = {
        type: 'textDirective',
        name: p.note.kind,
        attributes: p.note.attributes,
        children,
        position,
      };
      return directive;
    });
  }

  // Comments: after the block they are about, in the notes file's order.
  const after = new Map<RootContent | undefined, ContainerDirective[]>();
  const blockOfId = new Map<string, RootContent>();
  for (const p of spans) {
    if (!dropped.has(p) && p.note.attributes.id)
      blockOfId.set(p.note.attributes.id.trim(), p.block!);
  }
  for (const note of notes) {
    if (note.kind !== 'comment' && note.attributes.id && !placed.some((p) => p.note === note))
      unplaced.add(note.attributes.id.trim());
  }
  for (const p of spans)
    if (dropped.has(p) && p.note.attributes.id) unplaced.add(p.note.attributes.id.trim());
  for (const p of placed) {
    if (p.note.kind !== 'comment') continue;
    // Its claim or quotation has its error already; the build fails on that one.
    if (!p.block && unplaced.has(p.note.attributes.on?.trim() ?? '')) continue;
    const block = p.block ?? blockOfId.get(p.note.attributes.on?.trim() ?? '');
    // Line and column only: remark-comments reads the file at a comment's offsets.
    const start = block?.position?.start ?? { line: 1, column: 1 };
    const position: Position = {
      start: { line: start.line, column: start.column },
      end: { line: start.line, column: start.column },
    };
    standOff.moved.set(position, p.note.position);
    // The comment's words come from the notes file, at their places there: a message about any
    // of them (a link's URL, raw HTML) goes to the notes file at that place.
    for (const child of p.note.children)
      visit(child, (node) => {
        if (node.position) standOff.moved.set(node.position, node.position);
      });
    const comment: ContainerDirective = {
      type: 'containerDirective',
      name: 'comment',
      attributes: p.note.attributes,
      children: p.note.children,
      position,
    };
    after.set(block, [...(after.get(block) ?? []), comment]);
  }
  if (after.size === 0) return;
  tree.children = tree.children.flatMap((node) => [node, ...(after.get(node) ?? [])]);
  tree.children.push(...(after.get(undefined) ?? []));
};

/** Why a quote matches nothing, and the closest passage as the fix. */
async function noMatch(
  source: SourceText,
  quote: Quote,
  markdown: string,
  article: string,
): Promise<{ reason: string; hint: string }> {
  if (quote.prefix || quote.suffix) {
    const alone = await matchQuote(source.text, { exact: quote.exact });
    if (alone.length > 0) {
      return {
        reason: `; its words alone occur ${alone.length} time${alone.length === 1 ? '' : 's'}, but not with its prefix and suffix`,
        hint: `Correct prefix= and suffix= to the words right before and after the passage; for the one on line ${pointOf(source, alone[0]!.start, markdown).line}: ${contextAttributes(await describeRange(source.text, alone[0]!)) || 'none needed'}.`,
      };
    }
  }
  const near = closestPassages(source.text, quote.exact);
  const best = near[0];
  if (!best) {
    return {
      reason: '',
      hint: `No passage of \`${article}\` comes close: check the words against the article's text (the words as they read, without Markdown).`,
    };
  }
  const at = pointOf(source, best.start, markdown);
  const ties = near.filter((n) => n.errors === best.errors).length;
  return {
    reason: '',
    hint: `The closest passage${ties > 1 ? ` (one of ${ties} as close)` : ''} is ${shownWords(source.text.slice(best.start, best.end))} at ${article}:${at.line}:${at.column} (${best.errors} character${best.errors === 1 ? '' : 's'} differ${best.errors === 1 ? 's' : ''}): copy its words into the note's brackets if it is the one you mean.`,
  };
}

export default remarkStandOffNotes;
