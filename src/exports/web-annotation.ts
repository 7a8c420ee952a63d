/**
 * An explainer as a W3C Web Annotation `AnnotationCollection` (https://www.w3.org/TR/annotation-model/):
 * one `Annotation` per quotation (motivation `quoting`), claim (`assessing`) and comment
 * (`commenting`), in reading order, all in one embedded `AnnotationPage`.
 *
 * Every annotation targets the explainer page through a `TextQuoteSelector` (exact, prefix,
 * suffix). The text a selector refers to is the source text: the blocks' plain text in order, one
 * line break between blocks ({@link sourceTextOf}). A quotation or claim selects its span; a
 * comment selects the span it is about (`on=`), or else its whole block.
 */
import type { Annotation, Explainer } from '../contract/explainer.ts';
import { findRating } from '../indexes/ratings.ts';
import { lastModified } from '../indexes/corrections.ts';
import type { Rating, Site } from '../contract/settings.ts';
import type { SiteUrls } from './site-urls.ts';
import { explainerPath, webAnnotationPath } from '../contract/site-paths.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The W3C motivation for each kind of annotation. */
export const MOTIVATIONS = {
  quote: 'quoting',
  claim: 'assessing',
  comment: 'commenting',
} as const satisfies Record<Annotation['kind'], string>;

/** Characters of context kept on each side of the exact text (as Hypothesis keeps). */
export const CONTEXT_LENGTH = 32;
/** What separates two blocks in the source text that selectors refer to. */
export const BLOCK_SEPARATOR = '\n';

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface SourceText {
  text: string;
  /** Where each block's text starts in `text`. */
  blockStart: Map<string, number>;
}

/** The explainer's source text: every block's text, in order, separated by a line break. */
export function sourceTextOf(explainer: Pick<Explainer, 'blocks'>): SourceText {
  const blockStart = new Map<string, number>();
  let offset = 0;
  for (const block of explainer.blocks) {
    blockStart.set(block.id, offset);
    offset += block.text.length + BLOCK_SEPARATOR.length;
  }
  return { text: explainer.blocks.map((block) => block.text).join(BLOCK_SEPARATOR), blockStart };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The selector for [start, end) of `text`, with up to {@link CONTEXT_LENGTH} characters of
 * context each side (fewer at the start and end, never half a surrogate pair).
 */
export function textQuoteAt(text: string, start: number, end: number): TextQuote {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from += 1;
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to -= 1;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(from, start),
    suffix: text.slice(end, to),
  };
}

/** Where an annotation points in its block: a span, or the whole block for a block comment. */
export interface AnnotationTarget {
  blockId: string;
  span?: { start: number; end: number };
}

/** The block and span an annotation is about (a comment on a span: that span). */
export function targetOf(
  explainer: Pick<Explainer, 'annotations'>,
  annotation: Annotation,
): AnnotationTarget {
  if (annotation.kind !== 'comment') return { blockId: annotation.blockId, span: annotation.span };
  const spanned = explainer.annotations.find(
    (other) => other.kind !== 'comment' && other.id === annotation.target,
  );
  if (spanned && spanned.kind !== 'comment') {
    return { blockId: spanned.blockId, span: spanned.span };
  }
  return { blockId: annotation.target };
}

/** The text-quote selector of an annotation in its explainer's source text. */
export function textQuoteOf(
  explainer: Pick<Explainer, 'blocks' | 'annotations'>,
  annotation: Annotation,
  source: SourceText = sourceTextOf(explainer),
): TextQuote {
  const target = targetOf(explainer, annotation);
  const start = source.blockStart.get(target.blockId) ?? source.blockStart.get(annotation.blockId);
  const block = explainer.blocks.find((b) => b.id === target.blockId);
  if (start === undefined || !block) return { exact: '', prefix: '', suffix: '' };
  const span = target.span ?? { start: 0, end: block.text.length };
  return textQuoteAt(source.text, start + span.start, start + span.end);
}

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'identifying' | 'assessing' | 'commenting';
  value: string;
  format: 'text/plain' | 'text/html';
  language?: string;
}

export interface Agent {
  type: 'Person' | 'Organization';
  name: string;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: (typeof MOTIVATIONS)[keyof typeof MOTIVATIONS];
  created: string;
  modified?: string;
  creator?: Agent | Agent[];
  body?: TextualBody[];
  target: {
    type: 'SpecificResource';
    source: string;
    selector: TextQuote & { type: 'TextQuoteSelector' };
    state?: SourceState;
  };
}

/**
 * The version of the source text the selectors were made on (the model's TimeState, section
 * 4.3.1): the day its text was retrieved (else published), and the SHA-256 of the text as
 * annotated (`source.sha256`, see `src/contract/provenance.ts`) under schema.org's `sha256`,
 * which the model's context maps with its `schema:` prefix.
 */
export interface SourceState {
  type: 'TimeState';
  sourceDate: string;
  'schema:sha256': string;
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: {
    id: string;
    type: 'AnnotationPage';
    startIndex: 0;
    items: WebAnnotation[];
  };
}

/** A calendar date as the `xsd:dateTime` the model asks for (midnight UTC). */
const dateTime = (date: string) => `${date}T00:00:00Z`;

/** Who wrote the analysis: the explainer's editors, else the site's author. */
export function creatorsOf(explainer: Pick<Explainer, 'editors'>, site: Site): Agent[] {
  if (explainer.editors.length > 0) {
    return explainer.editors.map((name) => ({ type: 'Person', name }));
  }
  return site.author ? [{ type: 'Organization', name: site.author }] : [];
}

function bodiesOf(
  annotation: Annotation,
  settings: { site: Site; ratings: readonly Rating[] },
  language: string,
): TextualBody[] {
  const plain = (purpose: TextualBody['purpose'], value: string): TextualBody => ({
    type: 'TextualBody',
    purpose,
    value,
    format: 'text/plain',
  });
  switch (annotation.kind) {
    case 'quote':
      return annotation.speaker ? [plain('identifying', annotation.speaker.name)] : [];
    case 'claim': {
      const rating = findRating(settings.ratings, annotation.rating);
      return [
        // The scale is written in the site's language.
        ...(rating
          ? [{ ...plain('assessing', rating.label), language: settings.site.language }]
          : []),
        ...(annotation.claimant ? [plain('identifying', annotation.claimant.name)] : []),
      ];
    }
    case 'comment':
      return [
        {
          type: 'TextualBody',
          purpose: 'commenting',
          value: annotation.html,
          format: 'text/html',
          language,
        },
      ];
  }
}

/**
 * The explainer's annotations as one `AnnotationCollection`. Quotations are bodies naming the
 * speaker (`identifying`); claims carry the rating's label (`assessing`) and the claimant
 * (`identifying`); comments carry their sanitised HTML (`commenting`).
 */
export function annotationCollection(
  explainer: Explainer,
  settings: { site: Site; ratings: readonly Rating[] },
  urls: SiteUrls,
): AnnotationCollection {
  const collection = urls(webAnnotationPath(explainer.slug));
  const page = urls(explainerPath(explainer.slug));
  const source = sourceTextOf(explainer);
  const creators = creatorsOf(explainer, settings.site);
  const { sha256, retrieved, published } = explainer.source;
  const modified = lastModified(explainer);
  const state: SourceState | undefined = sha256
    ? {
        type: 'TimeState',
        sourceDate: dateTime(retrieved ?? published ?? explainer.published),
        'schema:sha256': sha256,
      }
    : undefined;
  const items = explainer.annotations.map((annotation): WebAnnotation => {
    const body = bodiesOf(annotation, settings, explainer.language);
    return {
      // Through URL, so ids in other scripts are percent-encoded as an IRI-to-URI mapping requires.
      id: new URL(`#${annotation.id}`, collection).href,
      type: 'Annotation',
      motivation: MOTIVATIONS[annotation.kind],
      created: dateTime(explainer.published),
      ...(modified ? { modified: dateTime(modified) } : {}),
      ...(creators.length ? { creator: creators.length === 1 ? creators[0]! : creators } : {}),
      ...(body.length ? { body } : {}),
      target: {
        type: 'SpecificResource',
        source: page,
        selector: { type: 'TextQuoteSelector', ...textQuoteOf(explainer, annotation, source) },
        ...(state ? { state } : {}),
      },
    };
  });
  return {
    '@context': ANNO_CONTEXT,
    id: collection,
    type: 'AnnotationCollection',
    label: `Annotations on "${explainer.title}"`,
    total: items.length,
    first: { id: `${collection}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
