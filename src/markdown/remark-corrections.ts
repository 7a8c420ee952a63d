/**
 * The corrections log (`corrections` in the frontmatter): a correction that names a claim must
 * name one in this file, a `previousRating` must be on the scale, belong to a named claim and
 * differ from the rating after the change (the next change's `previousRating`, or the claim's
 * rating in the text), and no correction may be dated before the explainer was published. Each
 * problem is an error at the field in the frontmatter. Rating changes are added to their claims
 * in the model (`ratingChanges`, oldest first), so every page and export shows the same history.
 */
import type { Root } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import type { Claim, RatingChange } from '../contract/explainer.ts';
import { reporter } from '../contract/messages.ts';
import type { Rating } from '../contract/settings.ts';
import { frontmatterPointOf } from './yaml-place.ts';

const report = reporter('remark-corrections');

export interface CorrectionOptions {
  ratings?: readonly Rating[];
}

export default function remarkCorrections(options: CorrectionOptions = {}) {
  const ratingIds = (options.ratings ?? []).map((r) => r.id);
  return (tree: Root, file: VFile) => {
    const frontmatter = file.data.frontmatter;
    const body = file.data.explainer;
    if (!frontmatter || !body || frontmatter.corrections.length === 0) return;
    const at = (path: Array<string | number>): Point => frontmatterPointOf(tree, path);
    const claims = new Map(
      body.annotations.flatMap((a): Array<[string, Claim]> =>
        a.kind === 'claim' ? [[a.id, a]] : [],
      ),
    );
    const changes = new Map<string, RatingChange[]>();
    /** The index in the log of each rating change, for a message at its field. */
    const entries = new Map<RatingChange, number>();
    frontmatter.corrections.forEach((correction, i) => {
      if (correction.date < frontmatter.published) {
        report(file, {
          reason: `Unexpected correction dated ${correction.date}, before the explainer was published (${frontmatter.published}), expected a date on or after it`,
          ruleId: 'correction-date',
          place: at(['corrections', i, 'date']),
          severity: 'error',
          hint: 'A correction is made after publication: check the year and month.',
        });
      }
      const claim = correction.claim === undefined ? undefined : claims.get(correction.claim);
      if (correction.claim !== undefined && !claim) {
        report(file, {
          reason: `Unexpected \`claim: ${correction.claim}\` in a correction, expected the id of a claim in this file`,
          ruleId: 'correction-target',
          place: at(['corrections', i, 'claim']),
          severity: 'error',
          hint: 'Give the claim an id, e.g. :claim[…]{#my-id rating=…}, and name it here.',
        });
      }
      const previous = correction.previousRating;
      if (previous === undefined) return;
      if (correction.claim === undefined) {
        report(file, {
          reason:
            '`previousRating` in a correction without `claim`, expected the id of the claim whose rating changed',
          ruleId: 'correction-target',
          place: at(['corrections', i, 'previousRating']),
          severity: 'error',
          hint: 'Add `claim: <id>` to this correction.',
        });
      } else if (!ratingIds.includes(previous)) {
        report(file, {
          reason: `Unexpected previous rating \`${previous}\`, expected one of ${ratingIds.map((r) => `\`${r}\``).join(', ') || 'none (the scale is empty)'}`,
          ruleId: 'correction-target',
          place: at(['corrections', i, 'previousRating']),
          severity: 'error',
          hint: "Use the id the rating had in the content folder's ratings.yaml.",
        });
      } else if (claim) {
        const list = changes.get(claim.id) ?? [];
        changes.set(claim.id, list);
        const change: RatingChange = { from: previous, to: null, date: correction.date };
        list.push(change);
        entries.set(change, i);
      }
    });
    for (const [id, list] of changes) {
      const claim = claims.get(id)!;
      list.sort((a, b) => a.date.localeCompare(b.date));
      list.forEach((change, k) => (change.to = list[k + 1]?.from ?? claim.rating));
      claim.ratingChanges = list;
      // A change to the rating it already had: the rating was not changed in the text (or the
      // next correction's `previousRating` is wrong), and the note would say "from False to False".
      for (const change of list.filter((c) => c.from === c.to)) {
        const last = change === list.at(-1);
        report(file, {
          reason: `Unexpected \`previousRating: ${change.from}\` for \`${id}\`, expected the rating it had before this correction: it is rated \`${change.from}\` ${last ? 'in the text' : 'by the next correction'} too, so its note would say the rating changed from ${change.from} to ${change.from}`,
          ruleId: 'correction-target',
          place: at(['corrections', entries.get(change)!, 'previousRating']),
          severity: 'error',
          hint: last
            ? `Give the claim its new rating in the text (:claim[…]{#${id} rating=…}), or correct \`previousRating\` to the rating it had before.`
            : "Correct this `previousRating`, or the next correction's, to the rating the claim had before each change.",
        });
      }
    }
  };
}
