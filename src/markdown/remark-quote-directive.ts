/**
 * Explicit quotations: `:quote["no reason to think"]{by="Andrew Parker"}`. The editor's marking
 * overrides the detector and its attribution; an optional `#id` names the permalink.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Person } from '../contract/settings.ts';
import { report } from '../contract/messages.ts';
import { claimExplicitId } from './ids.ts';
import { checkAttributes, indexPeople, resolveSpeaker } from './speakers.ts';
import type { QuoteNode } from './types.ts';

export interface QuoteDirectiveOptions {
  people?: readonly Person[];
}

export default function remarkQuoteDirective(options: QuoteDirectiveOptions = {}) {
  const people = indexPeople(options.people ?? []);
  return (tree: Root, file: VFile) => {
    visit(tree, 'textDirective', (node, index, parent) => {
      if (node.name !== 'quote' || !parent || index === undefined) return;
      checkAttributes(
        file,
        node,
        ['id', 'by'],
        ':quote["the words"]{by="Who said it"}',
        parent.children[index + 1],
      );
      if (toString(node).trim() === '') {
        report(file, {
          reason: 'Unexpected empty `:quote[]`, expected the quoted words between the brackets',
          ruleId: 'quote-empty',
          place: node,
          severity: 'error',
          hint: 'Write the words inside: :quote["the words"]{by="Who said it"}, or remove it.',
        });
      }
      const attributes = node.attributes ?? {};
      const quote: QuoteNode = {
        type: 'quote',
        children: node.children,
        data: {
          id: attributes.id ? claimExplicitId(file, attributes.id.trim(), node) : undefined,
          segment: 0,
          explicit: true,
          speaker: resolveSpeaker(file, attributes.by, people, node),
          hName: 'mark',
        },
        position: node.position,
      };
      parent.children[index] = quote;
      return SKIP;
    });
  };
}
