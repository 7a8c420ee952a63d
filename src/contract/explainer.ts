/**
 * The explainer model: the only contract between the Markdown pipeline (`src/markdown/`) and the
 * pages (`src/pages/`). It is plain data, so the build cache can keep it between builds (`model-store.ts`) and
 * the pages never parse Markdown or HTML again.
 *
 * An explainer is its frontmatter plus
 * - `blocks`: the source text, one entry per top-level Markdown block, in order, each with the
 *   HTML to show and its plain text;
 * - `annotations`: quotations, claims and comments, each with a stable `id` (also its permalink
 *   anchor) and the `blockId` of the source block whose row it sits in.
 */
import { guardFor } from './vocabulary.ts';
import { z } from 'zod';
import { frontmatterSchema } from './frontmatter.ts';

/** The closed vocabulary of annotation kinds. */
export const ANNOTATION_KINDS = ['quote', 'claim', 'comment'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];
export const isAnnotationKind = guardFor(ANNOTATION_KINDS);

/** Where something starts in its file (1-based, as editors count). */
export const placeSchema = z.object({ line: z.number().int(), column: z.number().int() });

export const blockSchema = z.object({
  id: z.string(),
  /** The mdast node type: paragraph, heading, list, blockquote, table, code, … */
  type: z.string(),
  /** Rendered, sanitised HTML of the block, with `<mark>` elements around annotated spans. */
  html: z.string(),
  /** The block's text exactly as mdast-util-to-string gives it. */
  text: z.string(),
  /**
   * Where a further paragraph, list item, table cell or other block inside this one starts in
   * `text` (offsets, in order). mdast-util-to-string runs them together ("fees, andthe 2024
   * overspend"); what reads apart is cut or spaced here (`blockSegment`, `readableText`). Absent
   * for a block of one.
   */
  breaks: z.array(z.number().int()).optional(),
  place: placeSchema,
});

/** Who said something: a name as written, and the people.yaml id when one matches. */
export const speakerSchema = z.object({ name: z.string(), id: z.string().optional() });

const annotationBase = {
  id: z.string(),
  blockId: z.string(),
  place: placeSchema,
};

/** Where a marked span sits in its block's `text` (UTF-16 offsets, end-exclusive). */
export const spanSchema = z.object({ start: z.number().int(), end: z.number().int() });

export const quoteSchema = z.object({
  ...annotationBase,
  kind: z.literal('quote'),
  span: spanSchema,
  /** The quotation as written, with its quotation marks. */
  text: z.string(),
  speaker: speakerSchema.nullable(),
  /** The reporting verb or phrase the speaker was found by ("said", "according to"). */
  cue: z.string().optional(),
  /**
   * Who gave the speaker: `editor` for `:quote[…]{by}` (the editor's own or confirmed
   * attribution), `automatic` for one the attribution found in the text. Absent with no speaker.
   */
  speakerSource: z.enum(['editor', 'automatic']).optional(),
  /** For a quotation running over several paragraphs: the id of its piece in the one before. */
  continues: z.string().optional(),
  /**
   * For a quotation running over several paragraphs: the id of its first piece, on every piece
   * (the first included), so all of them can be found by one id.
   */
  partOf: z.string().optional(),
  /** True when the editor marked it with `:quote[…]`, false when the detector found it. */
  explicit: z.boolean(),
});

export const claimSchema = z.object({
  ...annotationBase,
  kind: z.literal('claim'),
  span: spanSchema,
  text: z.string(),
  claimant: speakerSchema.nullable(),
  /** A rating id from ratings.yaml, or null where the scale is empty or none was given. */
  rating: z.string().nullable(),
  /**
   * Each change of the rating recorded in the corrections log, oldest first: the rating it had
   * (`from`), the one it got (`to`) and the correction's date.
   */
  ratingChanges: z
    .array(z.object({ from: z.string(), to: z.string().nullable(), date: z.string() }))
    .optional(),
});

export const commentSchema = z.object({
  ...annotationBase,
  kind: z.literal('comment'),
  /** The id of the block or marked span (claim or quote) the comment is about. */
  target: z.string(),
  /** `directive` for `:::comment`, `prefix` for a legacy `Comment:` paragraph. */
  form: z.enum(['directive', 'prefix']),
  html: z.string(),
  text: z.string(),
});

export const annotationSchema = z.discriminatedUnion('kind', [
  quoteSchema,
  claimSchema,
  commentSchema,
]);

/**
 * A link in the text to another explainer by its file (`[words](other.md)`): the slug it points
 * to, the URL as written, and where it is written. The loader and `check` look each up among the
 * explainers of the folder (`src/loading/explainer-links.ts`).
 */
export const explainerLinkSchema = z.object({
  slug: z.string(),
  written: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  /** Written in a comment of the explainer's stand-off notes file (the line and column are there). */
  inNotes: z.boolean().optional(),
});

export const explainerSchema = frontmatterSchema.extend({
  slug: z.string(),
  /** The file the explainer came from, relative to the project root. */
  file: z.string(),
  language: z.string(),
  /** The explainer file's whole text (frontmatter and annotated Markdown), for the source view. */
  markdown: z.string().optional(),
  blocks: z.array(blockSchema),
  annotations: z.array(annotationSchema),
  /** Links to other explainers by their files, when there are any. */
  links: z.array(explainerLinkSchema).optional(),
});

export type Place = z.output<typeof placeSchema>;
export type Block = z.output<typeof blockSchema>;
export type Speaker = z.output<typeof speakerSchema>;
export type Quote = z.output<typeof quoteSchema>;
export type Claim = z.output<typeof claimSchema>;
export type RatingChange = NonNullable<Claim['ratingChanges']>[number];
export type Comment = z.output<typeof commentSchema>;
export type Annotation = z.output<typeof annotationSchema>;
export type Explainer = z.output<typeof explainerSchema>;
export type ExplainerLink = z.output<typeof explainerLinkSchema>;
/** What the Markdown pipeline produces from the body: the model less the frontmatter. */
export type ExplainerBody = Pick<Explainer, 'blocks' | 'annotations'>;

/** Annotations of one kind, typed. */
export function annotationsOf<K extends AnnotationKind>(
  explainer: Pick<Explainer, 'annotations'>,
  kind: K,
): Extract<Annotation, { kind: K }>[] {
  return explainer.annotations.filter(
    (a): a is Extract<Annotation, { kind: K }> => a.kind === kind,
  );
}

/** How many quotations, claims and comments an explainer has. */
export function countAnnotations(
  explainer: Pick<Explainer, 'annotations'>,
): Record<AnnotationKind, number> {
  const counts: Record<AnnotationKind, number> = { quote: 0, claim: 0, comment: 0 };
  for (const annotation of explainer.annotations) counts[annotation.kind] += 1;
  return counts;
}

/** The part of a block's text between the breaks around [start, end): its cell, item or paragraph. */
export function blockSegment(
  block: Pick<Block, 'text' | 'breaks'>,
  start: number,
  end: number,
): { from: number; to: number } {
  let from = 0;
  let to = block.text.length;
  for (const at of block.breaks ?? []) {
    if (at <= start) from = at;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { from, to };
}

/** A block's text with a space where its paragraphs, items or cells meet, for reading. */
export function readableText(block: Pick<Block, 'text' | 'breaks'>): string {
  if (!block.breaks?.length) return block.text;
  let out = '';
  let from = 0;
  for (const at of block.breaks) {
    out += `${block.text.slice(from, at)} `;
    from = at;
  }
  return out + block.text.slice(from);
}
