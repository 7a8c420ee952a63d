/**
 * The corrections log across the site: an explainer's corrections newest first, the date of its
 * last change, and every correction on the site for `/corrections/`, the feed and the exports.
 */
import type { Claim, Explainer, RatingChange } from '../contract/explainer.ts';
import type { Correction } from '../contract/frontmatter.ts';

/** Newest first; corrections of one day in the order the editor wrote them. */
export function newestFirst<T extends Pick<Correction, 'date'>>(corrections: readonly T[]): T[] {
  return corrections
    .map((correction, index) => ({ correction, index }))
    .sort((a, b) => b.correction.date.localeCompare(a.correction.date) || a.index - b.index)
    .map(({ correction }) => correction);
}

/** The date of the explainer's last change: `updated` or its newest correction, if later. */
export function lastModified(
  explainer: Pick<Explainer, 'updated' | 'corrections'>,
): string | undefined {
  const dates = [explainer.updated, ...explainer.corrections.map((c) => c.date)].filter(
    (date): date is string => date !== undefined,
  );
  return dates.sort().at(-1);
}

/** The rating change a correction records, for its claim in `explainer`, if any. */
export function changeOf(
  correction: Correction,
  explainer: Pick<Explainer, 'annotations'>,
): RatingChange | undefined {
  if (!correction.claim || !correction.previousRating) return undefined;
  const claim = explainer.annotations.find(
    (a): a is Claim => a.kind === 'claim' && a.id === correction.claim,
  );
  return claim?.ratingChanges?.find(
    (change) => change.date === correction.date && change.from === correction.previousRating,
  );
}

export interface SiteCorrection {
  correction: Correction;
  explainer: Explainer;
  change?: RatingChange | undefined;
}

/** Every correction on the site, newest first (then by explainer, newest first). */
export function siteCorrections(explainers: readonly Explainer[]): SiteCorrection[] {
  const all = explainers
    .slice()
    .sort((a, b) => b.published.localeCompare(a.published))
    .flatMap((explainer) =>
      explainer.corrections.map((correction) => ({
        correction,
        explainer,
        change: changeOf(correction, explainer),
      })),
    );
  return all
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) => b.entry.correction.date.localeCompare(a.entry.correction.date) || a.index - b.index,
    )
    .map(({ entry }) => entry);
}
