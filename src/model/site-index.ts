/**
 * Every annotation across the site, each with its explainer, the sentence around it and the
 * site path of its exact spot. The people, claims and data pages, the exports and search all
 * read this one index instead of walking explainers themselves. Linear in the number of
 * annotations.
 */
import type { Annotation, Block, Explainer } from './explainer.ts';

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
  /** Site path of the exact spot, without the base: `explainers/<slug>/#<id>`. */
  path: string;
}

/** The sentence(s) of `text` that contain [start, end), found with the language's rules. */
export function sentenceAround(text: string, start: number, end: number, language: string): string {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  let from = 0;
  let to = text.length;
  for (const { index, segment } of segmenter.segment(text)) {
    const segmentEnd = index + segment.length;
    if (segmentEnd <= start) from = segmentEnd;
    if (index >= end) {
      to = index;
      break;
    }
  }
  return text.slice(from, to).trim();
}

export function explainerPath(slug: string): string {
  return `explainers/${slug}/`;
}

export function indexAnnotations(explainers: readonly Explainer[]): IndexedAnnotation[] {
  return explainers.flatMap((explainer) => {
    const ref: ExplainerRef = {
      slug: explainer.slug,
      title: explainer.title,
      language: explainer.language,
      published: explainer.published,
    };
    const blocks = new Map(explainer.blocks.map((b) => [b.id, b]));
    return explainer.annotations.map((annotation) => {
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
        path: `${explainerPath(explainer.slug)}#${annotation.id}`,
      };
    });
  });
}
