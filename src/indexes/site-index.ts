/**
 * Every annotation across the site, each with its explainer, the sentence around it (within its
 * table cell, list item or paragraph, for a block of several) and the site path of its exact
 * spot. The people, claims and data pages, the exports and search all read this one index
 * instead of walking explainers themselves. Linear in the number of annotations.
 */
import { segmenter } from '../quotes/segmenter.ts';
import {
  blockSegment,
  type Annotation,
  type Block,
  type Explainer,
  type Speaker,
} from '../contract/explainer.ts';
import type { Person } from '../contract/settings.ts';
import { annotationPath, type SitePath } from '../contract/site-paths.ts';

export interface ExplainerRef {
  slug: string;
  title: string;
  language: string;
  published: string;
}

export interface IndexedAnnotation {
  annotation: Annotation;
  explainer: ExplainerRef;
  block: Pick<Block, 'id' | 'text'>;
  /** The sentence (or sentences) containing a span; the comment's own text for a comment. */
  context: string;
  /** Site path of the exact spot: `explainers/<slug>/#<id>`. */
  path: SitePath;
}

/** At most this many characters of context are kept on each side of a span. */
export const CONTEXT_MAX = 400;

/** Where each sentence of `text` starts, by the language's rules, and the text's end. */
export function sentenceStarts(text: string, language: string): number[] {
  const starts: number[] = [];
  for (const { index } of segmenter(language, 'sentence').segment(text)) starts.push(index);
  starts.push(text.length);
  return starts;
}

/**
 * The sentence(s) of `text` that contain [start, end). `starts` is {@link sentenceStarts} of the
 * text, worked out once per block: a paragraph of thousands of quotations then costs a binary
 * search per quotation, not a pass over the paragraph.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  starts: readonly number[],
): string {
  // The last sentence start at or before `start`, and the first at or after `end`.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= start) low = middle;
    else high = middle - 1;
  }
  let to = low + 1;
  while (to < starts.length - 1 && starts[to]! < end) to += 1;
  const sentenceStart = starts[low] ?? 0;
  const sentenceEnd = starts[to] ?? text.length;
  // A sentence longer than the window (a paragraph without full stops) is cut at a space, so
  // each annotation's context stays bounded however long its paragraph.
  let cutStart = sentenceStart;
  let cutEnd = sentenceEnd;
  if (start - CONTEXT_MAX > sentenceStart) {
    const space = text.indexOf(' ', start - CONTEXT_MAX);
    cutStart = space >= 0 && space < start ? space + 1 : start;
  }
  if (end + CONTEXT_MAX < sentenceEnd) {
    const space = text.lastIndexOf(' ', end + CONTEXT_MAX);
    cutEnd = space >= end ? space : end;
  }
  const words = text.slice(cutStart, cutEnd).trim();
  return `${cutStart > sentenceStart ? '… ' : ''}${words}${cutEnd < sentenceEnd ? ' …' : ''}`;
}

export function indexAnnotations(explainers: readonly Explainer[]): IndexedAnnotation[] {
  return explainers.flatMap(annotationsIndexed);
}

/** The entries of one kind of annotation, as {@link indexAnnotations} gives them. */
export type IndexedOfKind<K extends Annotation['kind']> = IndexedAnnotation & {
  annotation: Extract<Annotation, { kind: K }>;
};

/** Each explainer's entries per kind, made once per model object. */
const indexedByKind = new WeakMap<Explainer, Map<string, IndexedAnnotation[]>>();

/**
 * The entries of one kind of annotation (the claims, the quotations), one array per explainer,
 * in the order of {@link indexAnnotations}: each array kept per model object, so that a list of
 * explainers where one model changed (the dev server after a save) is gathered without going
 * over every annotation again, and the arrays tell what changed (`pair-memo.ts`).
 */
export function indexedOfKind<K extends Annotation['kind']>(
  explainers: readonly Explainer[],
  kind: K,
): Array<Array<IndexedOfKind<K>>> {
  return explainers.map((explainer) => {
    let kinds = indexedByKind.get(explainer);
    if (!kinds) indexedByKind.set(explainer, (kinds = new Map()));
    let found = kinds.get(kind);
    if (!found) {
      found = annotationsIndexed(explainer).filter((entry) => entry.annotation.kind === kind);
      kinds.set(kind, found);
    }
    return found as Array<IndexedOfKind<K>>;
  });
}

/** Each explainer's entries, made once per model object (several pages and exports ask). */
const indexed = new WeakMap<Explainer, IndexedAnnotation[]>();

function annotationsIndexed(explainer: Explainer): IndexedAnnotation[] {
  const known = indexed.get(explainer);
  if (known) return known;
  const ref: ExplainerRef = {
    slug: explainer.slug,
    title: explainer.title,
    language: explainer.language,
    published: explainer.published,
  };
  const blocks = new Map<string, Pick<Block, 'id' | 'text' | 'breaks'>>(
    explainer.blocks.map((b) => [b.id, b]),
  );
  // Sentence starts of each part of a block that reads apart (a cell, an item, a paragraph),
  // worked out once per part.
  const starts = new Map<string, number[]>();
  const contextOf = (block: Pick<Block, 'id' | 'text' | 'breaks'>, start: number, end: number) => {
    const { from, to } = blockSegment(block, start, end);
    const part = block.text.slice(from, to);
    const key = `${block.id}\0${from}`;
    let found = starts.get(key);
    if (!found) starts.set(key, (found = sentenceStarts(part, explainer.language)));
    return sentenceAround(part, start - from, end - from, found);
  };
  const entries = explainer.annotations.map((annotation) => {
    const block = blocks.get(annotation.blockId) ?? { id: annotation.blockId, text: '' };
    const context =
      annotation.kind === 'comment'
        ? annotation.text
        : contextOf(block, annotation.span.start, annotation.span.end);
    return {
      annotation,
      explainer: ref,
      block: { id: block.id, text: block.text },
      context,
      path: annotationPath(explainer.slug, annotation.id),
    };
  });
  indexed.set(explainer, entries);
  return entries;
}

/** A speaker or claimant, with every quotation and claim attributed to them across the site. */
export interface PersonEntry {
  /** The key of their page (`keyOf`: the people.yaml id, or the name as a slug). */
  key: string;
  /** The people.yaml name, else the name written most often. */
  name: string;
  /** Their people.yaml entry, when they have one. */
  person?: Person;
  /** Newest explainer first, then in the order of the text. */
  quotes: IndexedAnnotation[];
  claims: IndexedAnnotation[];
  /** How many explainers they appear in. */
  explainers: number;
  /** A person or body named in the text or in people.yaml, not a description ("a spokesperson"). */
  named: boolean;
}

/**
 * Group the site's quotations by speaker and claims by claimant. `keyOf` makes the page key of a
 * speaker (pass the link helpers' `speakerKey`, so keys and links agree). Sorted by how much is
 * attributed to each, then by name.
 */
export function peopleIndex(
  entries: readonly IndexedAnnotation[],
  people: readonly Person[],
  keyOf: (speaker: Speaker) => string,
): PersonEntry[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const groups = new Map<string, PersonEntry & { names: Map<string, number> }>();
  const order = [...entries].sort(
    (a, b) =>
      b.explainer.published.localeCompare(a.explainer.published) ||
      a.explainer.slug.localeCompare(b.explainer.slug),
  );
  for (const entry of order) {
    const a = entry.annotation;
    const who = a.kind === 'quote' ? a.speaker : a.kind === 'claim' ? a.claimant : null;
    if (!who || a.kind === 'comment') continue;
    const key = keyOf(who);
    if (!key) continue;
    let group = groups.get(key);
    if (!group) {
      const person = who.id ? byId.get(who.id) : undefined;
      group = {
        key,
        name: person?.name ?? who.name,
        ...(person ? { person } : {}),
        quotes: [],
        claims: [],
        explainers: 0,
        named: false,
        names: new Map(),
      };
      groups.set(key, group);
    }
    (a.kind === 'quote' ? group.quotes : group.claims).push(entry);
    group.names.set(who.name, (group.names.get(who.name) ?? 0) + 1);
  }
  return [...groups.values()]
    .map(({ names, ...group }) => {
      const written = [...names].sort((x, y) => y[1] - x[1])[0]?.[0] ?? group.name;
      const slugs = new Set([...group.quotes, ...group.claims].map((e) => e.explainer.slug));
      const name = group.person?.name ?? written;
      const named = group.person !== undefined || /^[\p{Lu}\p{N}]/u.test(name);
      return { ...group, name, explainers: slugs.size, named };
    })
    .sort(
      (a, b) =>
        b.quotes.length + b.claims.length - (a.quotes.length + a.claims.length) ||
        a.name.localeCompare(b.name),
    );
}
