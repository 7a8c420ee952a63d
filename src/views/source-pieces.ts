/**
 * A source block cut at its marks, so that each note can sit in the page right after the line of
 * its mark (a margin note floated beside that line on wide screens) while the paragraph still
 * reads as one: the pieces are shown inline, one after the other, and only the notes between
 * them leave the flow.
 *
 * A block that is one paragraph is cut at its marks; a list or a block quotation keeps its notes
 * inside it, right after the mark in an item's own text or after the marked paragraph, so a note
 * on its first item is not beside its last; any other block (a table, a heading…) is one piece,
 * its notes after it.
 * A paragraph's cut closes every element open at the mark and opens it again after (without its
 * id, so no id is doubled). The text is never changed: the pieces' text, in order, is the block's
 * text.
 *
 * A quotation without a note also gets its speaker here, as a short label right after it (who
 * said it, and whether the editor confirmed it or it was attributed automatically), so every
 * speaker is on the page without hovering.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Explainer, Quote } from '../contract/explainer.ts';
import { oncePerExplainer, quoteWithin } from '../indexes/quote-within.ts';
import type { Catalogue } from '../contract/i18n/index.ts';
import { noteIdFor } from '../markdown/render-html.ts';
import { shorten } from '../contract/text.ts';

export interface SourcePiece {
  /** HTML of this piece of the block. */
  html: string;
  /** Ids of the marked spans whose notes follow this piece (in order). */
  notesAfter: string[];
}

/** Where a quotation's speaker comes from, as the page says it. */
export type SpeakerOrigin = 'confirmed' | 'automatic';

/** Whether a quotation's speaker was given by the editor (`:quote[…]{by=…}`) or found in the text. */
export const speakerOrigin = (quote: Pick<Quote, 'speakerSource'>): SpeakerOrigin =>
  quote.speakerSource === 'editor' ? 'confirmed' : 'automatic';

const NOTE_PREFIX = '#note-';

const isElement = (node: RootContent | ElementContent | undefined): node is Element =>
  node?.type === 'element';
const classes = (el: Element): string[] => {
  const c = el.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
};
const isNoteLink = (el: Element) => el.tagName === 'a' && classes(el).includes('note-link');
const isSpanPermalink = (el: Element) =>
  el.tagName === 'a' && classes(el).includes('span-permalink');

/** True when `node` is or holds a note link. */
function holdsNoteLink(node: ElementContent): boolean {
  if (!isElement(node)) return false;
  return isNoteLink(node) || node.children.some(holdsNoteLink);
}

/** A copy of an element that opens again after a cut: the same look, no id of its own. */
function reopened(el: Element, children: ElementContent[]): Element {
  const { id: _id, ariaDetails: _details, tabIndex: _tab, ...properties } = el.properties;
  return { ...el, properties, children };
}

/** The span id a note link points to. */
function noteLinkId(link: Element): string {
  const href = String(link.properties.href ?? '');
  return href.startsWith(NOTE_PREFIX) ? href.slice(NOTE_PREFIX.length) : href.slice(1);
}

/** The span ids of every note link in `el`, in order. */
function noteLinkIds(el: Element): string[] {
  return isNoteLink(el)
    ? [noteLinkId(el)]
    : el.children.flatMap((child) => (isElement(child) ? noteLinkIds(child) : []));
}

/**
 * Where a list's or a block quotation's notes go: a comment no content can hold (the sanitised
 * HTML keeps no comments), put into the tree and then cut at in the written HTML.
 */
const CUT = 'explainers:notes-here';

/** Elements of a list item or a quotation that hold others of the kind (their notes go inside). */
const CONTAINERS = new Set(['ul', 'ol', 'li', 'blockquote']);
/** Other blocks a list item or a quotation may hold: their notes follow them. */
const BLOCKS = new Set([
  'p',
  'pre',
  'table',
  'hr',
  'div',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/**
 * A list or a block quotation with its notes inside it, right after each mark (with the rest of
 * its word): in a list item's own text, and in a paragraph of an item or a quotation, cut at its
 * marks into pieces that run on inline (`source-noted`), as a block's own paragraph is; after
 * any other block that holds one; at any depth of nested lists and quotations. So each note
 * follows the line of its mark and floats beside it on a wide screen, as a paragraph's do. The
 * container stays one element (one list, numbered and counted as written): its HTML is cut where
 * the notes go, each piece but the last leaving elements open that the next one closes.
 */
function containerPieces(block: Element): SourcePiece[] {
  const cuts: string[][] = [];
  const cut = (ids: string[]): ElementContent => {
    cuts.push(ids);
    return { type: 'comment', value: CUT };
  };
  /** A paragraph cut at its marks, as a block's own is: pieces that run on inline, notes between. */
  const cutParagraph = (p: Element): ElementContent[] =>
    paragraphPieces(p).flatMap(({ piece, id }) => [
      withClass(piece, 'source-noted'),
      ...(id === undefined ? [] : [cut([id])]),
    ]);
  const place = (el: Element): Element => {
    const out: ElementContent[] = [];
    let rest = el.children;
    while (rest.length > 0) {
      const [child, ...after] = rest;
      rest = after;
      if (!isElement(child) || !holdsNoteLink(child)) out.push(child!);
      else if (CONTAINERS.has(child.tagName)) out.push(place(child));
      else if (child.tagName === 'p') out.push(...cutParagraph(child));
      else if (BLOCKS.has(child.tagName)) out.push(child, cut(noteLinkIds(child)));
      else {
        // A mark (or the inline element holding it) in an item's own text.
        const [joined, others] = splitAtSpace(after);
        out.push(child, ...joined, cut(noteLinkIds(child)));
        rest = others;
      }
    }
    return { ...el, children: out };
  };
  const parts = toHtml(place(block)).split(`<!--${CUT}-->`);
  return parts.map((html, i) => ({ html, notesAfter: cuts[i] ?? [] }));
}

/** A quotation's permalink, or the speaker label after it (`addSpeakers`). */
const isSpanEnd = (node: ElementContent | undefined) =>
  isElement(node) && (isSpanPermalink(node) || classes(node).includes('quote-speaker'));

/**
 * What follows a mark, split where a cut after it falls: the permalink and speaker label of a
 * quotation that ends there, and the rest of a word or the punctuation right after the mark, stay
 * with it, and the cut is at the next space, so no word, no "," or "." and no speaker is parted
 * from what it ends.
 */
function splitAtSpace(after: ElementContent[]): [ElementContent[], ElementContent[]] {
  const ends = after.findIndex((node) => !isSpanEnd(node));
  const kept = ends < 0 ? after : after.slice(0, ends);
  const [next, ...others] = ends < 0 ? [] : after.slice(ends);
  const joined = next?.type === 'text' ? /^\S+/u.exec(next.value)?.[0] : undefined;
  if (next?.type !== 'text' || !joined) return [kept, after.slice(kept.length)];
  const remaining = next.value.slice(joined.length);
  return [
    [...kept, { type: 'text', value: joined }],
    [...(remaining ? [{ type: 'text' as const, value: remaining }] : []), ...others],
  ];
}

/**
 * Cut `el` after its first note link: the part up to and with the link, the rest (null when
 * nothing is left), and the span id the link points to.
 */
function cutAtFirstLink(el: Element): { left: Element; right: Element | null; id: string } | null {
  const i = el.children.findIndex(holdsNoteLink);
  if (i < 0) return null;
  const child = el.children[i] as Element;
  const after = el.children.slice(i + 1);
  if (isNoteLink(child)) {
    const [joined, rest] = splitAtSpace(after);
    const left = { ...el, children: [...el.children.slice(0, i + 1), ...joined] };
    return { left, right: rest.length > 0 ? reopened(el, rest) : null, id: noteLinkId(child) };
  }
  const inner = cutAtFirstLink(child)!;
  // A link that ends `child` (a note link last in a quotation's mark): what follows `child`
  // and stays with a mark stays with it.
  const [joined, rest] = inner.right ? [[], [inner.right, ...after]] : splitAtSpace(after);
  const left = { ...el, children: [...el.children.slice(0, i), inner.left, ...joined] };
  return { left, right: rest.length > 0 ? reopened(el, rest) : null, id: inner.id };
}

/**
 * A quotation that the page gives a note the model did not (one said elsewhere, known only
 * site-wide): its permalink becomes the link to that note and its mark points at the note, as for
 * any noted span.
 */
function linkNotes(node: Root | Element, ids: ReadonlySet<string>, t: Pick<Catalogue, 'goToNote'>) {
  node.children.forEach((child, i) => {
    if (!isElement(child)) return;
    const id = isSpanPermalink(child) ? String(child.properties.href ?? '').slice(1) : '';
    if (!ids.has(id)) return linkNotes(child, ids, t);
    const mark = node.children[i - 1];
    if (isElement(mark)) mark.properties.ariaDetails = noteIdFor(id);
    child.properties = {
      href: `#${noteIdFor(id)}`,
      className: ['note-link'],
      ariaLabel: t.goToNote.quote,
    };
  });
}

/** Every un-noted quotation's permalink gets its speaker label right after it. */
function addSpeakers(node: Root | Element, label: (quoteId: string) => Element | null): void {
  const out: (RootContent | ElementContent)[] = [];
  for (const child of node.children) {
    out.push(child);
    if (!isElement(child)) continue;
    if (isSpanPermalink(child)) {
      const tag = label(String(child.properties.href ?? '').slice(1));
      if (tag) out.push(tag);
    } else addSpeakers(child, label);
  }
  node.children = out as Element['children'];
}

/**
 * What is said of a quotation whose speaker is not named: that it is within `within` (the
 * quotation it is part of, `quoteWithin`), with that one's speaker, or that none was found.
 */
export const unnamedSpeaker = (t: Pick<Catalogue, 'speaker'>, within: Quote | undefined) =>
  within ? t.speaker.within(within.speaker?.name) : t.speaker.none;

/**
 * The speaker label of an un-noted quotation, as phrasing content (it sits inside the text). It
 * starts with the quotation's first words, shown only where the label is in the margin (so one
 * pushed down still says which quotation it is about) and hidden from assistive technology,
 * which reads the label right after the quotation itself. `within`: the quotation it is part
 * of (`quoteWithin`), which a quotation with no speaker of its own is labelled by.
 */
export function speakerLabel(quote: Quote, t: Pick<Catalogue, 'speaker'>, within?: Quote): Element {
  const origin = speakerOrigin(quote);
  const text = quote.speaker
    ? `${quote.speaker.name}, ${t.speaker[origin]}`
    : unnamedSpeaker(t, within);
  return {
    type: 'element',
    tagName: 'span',
    properties: {
      className: ['quote-speaker', `speaker-${quote.speaker ? origin : 'none'}`],
      dataFor: quote.id,
      dataPagefindIgnore: true,
    },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['speaker-words'], ariaHidden: 'true' },
        children: [{ type: 'text', value: `${shorten(quote.text, 32)} ` }],
      },
      // In brackets for a screen reader, which reads the label inside the sentence; the
      // brackets are not shown (the label is set apart by its box).
      hidden('('),
      { type: 'text', value: text },
      hidden(')'),
    ],
  };
}

/** Text that a screen reader reads and the page does not show (`.visually-hidden`, site.css). */
const hidden = (value: string): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { className: ['visually-hidden'] },
  children: [{ type: 'text', value }],
});

/** An explainer's quotations by id, made once for all its blocks (not once per block). */
const quotesById = oncePerExplainer(
  (annotations) =>
    new Map(annotations.flatMap((a) => (a.kind === 'quote' ? [[a.id, a] as const] : []))),
);

/**
 * The block's HTML in pieces, each followed by the notes of the spans it ends with; `noted` are
 * the ids of the spans the page gives a note.
 */
export function sourcePieces(
  html: string,
  explainer: Pick<Explainer, 'annotations'>,
  t: Pick<Catalogue, 'speaker' | 'goToNote'>,
  noted: ReadonlySet<string> = new Set(),
): SourcePiece[] {
  // A block with no marked span (most paragraphs) has nothing to link, label or cut: as it is.
  if (!/span-permalink|note-link/.test(html)) return [{ html, notesAfter: [] }];
  const tree = fromHtml(html, { fragment: true });
  linkNotes(tree, noted, t);
  const quotes = quotesById(explainer.annotations);
  addSpeakers(tree, (id) => {
    const quote = quotes.get(id);
    return quote ? speakerLabel(quote, t, quoteWithin(explainer.annotations, quote)) : null;
  });
  const elements = tree.children.filter(isElement);
  const only =
    elements.length === 1 &&
    tree.children.every((c) => isElement(c) || (c.type === 'text' && c.value.trim() === ''))
      ? elements[0]!
      : undefined;
  if (only && ['ul', 'ol', 'blockquote'].includes(only.tagName)) return containerPieces(only);
  if (only?.tagName !== 'p') return [{ html: toHtml(tree), notesAfter: [] }];

  // Every piece but the first goes on where the one before it stopped.
  return paragraphPieces(elements[0]!).map(({ piece, id }, i) => ({
    html: toHtml(i === 0 ? piece : withClass(piece, 'source-cont')),
    notesAfter: id === undefined ? [] : [id],
  }));
}

/** A paragraph cut after each note link: its pieces, each with the span id it ends with. */
function paragraphPieces(p: Element): Array<{ piece: Element; id?: string }> {
  const pieces: Array<{ piece: Element; id?: string }> = [];
  for (let rest: Element | null = p; rest;) {
    const at = cutAtFirstLink(rest);
    pieces.push(at ? { piece: at.left, id: at.id } : { piece: rest });
    rest = at ? at.right : null;
  }
  return pieces;
}

function withClass(el: Element, name: string): Element {
  return { ...el, properties: { ...el.properties, className: [...classes(el), name] } };
}
