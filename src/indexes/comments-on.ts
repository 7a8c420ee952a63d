/**
 * The comments on marked spans (claims and quotations), grouped by the span they are about. The
 * page's rows, the annotations-only view, the claim index, the search records and the structured
 * data all read comments this one way.
 */
import type { Comment, Explainer } from '../contract/explainer.ts';

const grouped = new WeakMap<Pick<Explainer, 'annotations'>, ReadonlyMap<string, Comment[]>>();

/**
 * An explainer's comments on a span, by the span's id, each list in reading order. A comment on
 * a whole block is not among them. Made once per model object.
 */
export function commentsOnSpans(
  explainer: Pick<Explainer, 'annotations'>,
): ReadonlyMap<string, readonly Comment[]> {
  const known = grouped.get(explainer);
  if (known) return known;
  const bySpan = new Map<string, Comment[]>();
  for (const a of explainer.annotations) {
    if (a.kind !== 'comment' || a.target === a.blockId) continue;
    const list = bySpan.get(a.target);
    if (list) list.push(a);
    else bySpan.set(a.target, [a]);
  }
  grouped.set(explainer, bySpan);
  return bySpan;
}
