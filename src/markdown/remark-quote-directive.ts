/**
 * Explicit quotations: `:quote["no reason to think"]{by="Andrew Parker"}`. The editor's marking
 * overrides the detector and its attribution; an optional `#id` names the permalink.
 */
import type { Root } from 'mdast';
import { SKIP, visit } from './walk.ts';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { Person, Settings } from '../contract/settings.ts';
import { claimExplicitId } from './ids.ts';
import { checkAttributes, hasWords, indexPeople, resolveSpeaker } from './speakers.ts';
import type { QuoteNode } from './types.ts';
import { reporter } from '../contract/messages.ts';

const report = reporter('remark-quote-directive');

export interface QuoteDirectiveOptions {
  people?: readonly Person[];
  /** What settings files with errors may define: not reported again for each quotation. */
  unread?: Settings['unread'];
}

const remarkQuoteDirective: Plugin<[QuoteDirectiveOptions?], Root> = (options = {}) => {
  const people = indexPeople(options.people ?? []);
  return (tree: Root, file: VFile) => {
    visit(tree, 'textDirective', (node, index, parent) => {
      if (node.name !== 'quote' || !parent || index === undefined) return;
      checkAttributes(
        file,
        node,
        ['id', 'by'],
        ':quote["the words"]{by="Who said it"}',
        report,
        parent.children[index + 1],
      );
      if (!hasWords(node)) {
        report(file, {
          reason: 'Unexpected empty `:quote[]`, expected the quoted words between the brackets',
          ruleId: 'quote-empty',
          place: node,
          severity: 'error',
          hint: 'Write the words inside: :quote["the words"]{by="Who said it"}, or remove it.',
        });
      }
      const attributes = node.attributes ?? {};
      const speaker = resolveSpeaker(
        file,
        attributes.by,
        people,
        node,
        report,
        options.unread?.people,
      );
      const quote: QuoteNode = {
        type: 'quote',
        children: node.children,
        data: {
          id: attributes.id ? claimExplicitId(file, attributes.id.trim(), node, report) : undefined,
          segment: 0,
          explicit: true,
          speaker,
          ...(speaker ? { speakerSource: 'editor' as const } : {}),
          hName: 'mark',
        },
        position: node.position,
      };
      parent.children[index] = quote;
      return SKIP;
    });
  };
};

export default remarkQuoteDirective;
