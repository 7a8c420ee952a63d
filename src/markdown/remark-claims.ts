/**
 * Claims: `:claim[largely unfounded claims]{#unfounded by="US officials" rating=unsupported}`.
 * The id must be unique in the file and the rating must be on the site's scale.
 */
import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { Node } from 'unist';
import { SKIP, visit } from './walk.ts';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { mayBeUnread, type Person, type Rating, type Settings } from '../contract/settings.ts';
import { claimExplicitId } from './ids.ts';
import { reporter } from '../contract/messages.ts';
import { didYouMean } from '../contract/suggest.ts';
import { checkAttributes, hasWords, indexPeople, resolveSpeaker } from './speakers.ts';
import type { ClaimNode } from './types.ts';

const report = reporter('remark-claims');

export interface ClaimOptions {
  ratings?: readonly Rating[];
  people?: readonly Person[];
  /** What settings files with errors may define: not reported again for each claim. */
  unread?: Settings['unread'];
}

const EXAMPLE = ':claim[the words]{#id by="Who said it" rating=misleading}';

const remarkClaims: Plugin<[ClaimOptions?], Root> = (options = {}) => {
  const ratings = options.ratings ?? [];
  const ratingIds = ratings.map((r) => r.id);
  // Each id with its labels, which an editor may write instead (`rating="Mostly accurate"`).
  const ratingNames = ratings.map(
    (r) => [r.id, r.label, ...Object.values(r.translations ?? {}).map((t) => t.label)] as const,
  );
  const people = indexPeople(options.people ?? []);
  const unread = options.unread;
  return (tree: Root, file: VFile) => {
    const check = (node: TextDirective, next: Node | undefined): ClaimNode => {
      checkAttributes(file, node, ['id', 'by', 'rating'], EXAMPLE, report, next);
      // A claim of no words would be published as an empty rated claim (index, JSON-LD, CSV).
      if (!hasWords(node) && !file.data.brokenDirectives?.has(node)) {
        report(file, {
          reason: 'Unexpected empty `:claim[]`, expected the claimed words between the brackets',
          ruleId: 'claim-empty',
          place: node,
          severity: 'error',
          hint: `Write the words inside: ${EXAMPLE}, or remove it.`,
        });
      }
      const attributes = node.attributes ?? {};
      const id = attributes.id
        ? claimExplicitId(file, attributes.id.trim(), node, report)
        : undefined;
      let rating = attributes.rating?.trim() || null;
      if (rating && !ratingIds.includes(rating) && mayBeUnread(unread?.ratings, rating)) {
        rating = null; // ratings.yaml has the error
      } else if (rating && !ratingIds.includes(rating)) {
        report(file, {
          reason: ratingIds.length
            ? `Unexpected rating \`${rating}\`, expected one of ${ratingIds.map((r) => `\`${r}\``).join(', ')}`
            : `Unexpected rating \`${rating}\`, expected none: the rating scale in ratings.yaml is empty`,
          ruleId: 'unknown-rating',
          place: node,
          severity: 'error',
          hint: ratingIds.length
            ? `${didYouMean(rating, ratingNames, (id) => `\`rating=${id}\``)}Use an id from the content folder's ratings.yaml, or add the rating there.`
            : "Remove `rating=…`, or define a scale in the content folder's ratings.yaml.",
        });
        rating = null;
      } else if (
        !rating &&
        ratingIds.length &&
        !unread?.ratings &&
        !file.data.brokenDirectives?.has(node)
      ) {
        report(file, {
          reason: 'Missing `rating` on `:claim`, expected a rating from the scale',
          ruleId: 'missing-rating',
          place: node,
          hint: `Add rating=… with one of ${ratingIds.join(', ')}.`,
        });
      }
      return {
        type: 'claim',
        children: node.children,
        data: {
          id,
          claimant: resolveSpeaker(file, attributes.by, people, node, report, unread?.people),
          rating,
          hName: 'mark',
        },
        position: node.position,
      };
    };
    visit(tree, 'textDirective', (node, index, parent) => {
      if (node.name !== 'claim' || !parent || index === undefined) return;
      parent.children[index] = check(node, parent.children[index + 1]);
      return SKIP;
    });
  };
};

export default remarkClaims;
