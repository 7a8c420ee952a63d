/**
 * Every annotation across the site, each with its explainer, the sentence around it and the
 * site path of its exact spot. The people, claims and data pages, the exports and search all
 * read this one index instead of walking explainers themselves. Linear in the number of
 * annotations.
 */
import { segmenter } from '../quotes/segmenter.ts';
import type { Annotation, Block, Explainer, Speaker } from '../contract/explainer.ts';
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

/** The sentence(s) of `text` that contain [start, end), found with the language's rules. */
export function sentenceAround(text: string, start: number, end: number, language: string): string {
  const sentences = segmenter(language, 'sentence');
  let from = 0;
  let to = text.length;
  for (const { index, segment } of sentences.segment(text)) {
    const segmentEnd = index + segment.length;
    if (segmentEnd <= start) from = segmentEnd;
    if (index >= end) {
      to = index;
      break;
    }
  }
  return text.slice(from, to).trim();
}

export function indexAnnotations(explainers: readonly Explainer[]): IndexedAnnotation[] {
  return explainers.flatMap(annotationsIndexed);
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
  const blocks = new Map(explainer.blocks.map((b) => [b.id, b]));
  const entries = explainer.annotations.map((annotation) => {
    const block = blocks.get(annotation.blockId) ?? { id: annotation.blockId, text: '' };
    const context =
      annotation.kind === 'comment'
        ? annotation.text
        : sentenceAround(
            block.text,
            annotation.span.start,
            annotation.span.end,
            explainer.language,
          );
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
