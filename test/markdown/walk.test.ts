/**
 * `src/markdown/walk.ts` stands in for unist-util-visit and unist-util-visit-parents in our
 * plugins: on the same trees, with the same visitors (skipping, stopping, changing the tree and
 * going on from an index), it must call the visitors in the same order with the same arguments
 * and leave the same tree.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node, Parent } from 'unist';
import { visit as libraryVisit } from 'unist-util-visit';
import { visitParents as libraryVisitParents } from 'unist-util-visit-parents';
import { describe, expect, it } from 'vitest';
import { EXIT, SKIP, visit, visitParents } from '../../src/markdown/walk.ts';

const MARKDOWN = `---
title: x
---

# A *heading* with \`code\`

A paragraph with *emphasis*, **strong *nested* words**, a [link](https://example.com "t") and
:claim[a claim]{#c by=x}. Another :x[look-alike] and "a quotation".

> A quotation block
>
> - with a list
> - of *two* items
>
> :::comment
> inside
> :::

| a | b |
|---|---|
| *c* | d |

1. one
2. two [^1]

[^1]: A footnote with *emphasis*.

[ref]: https://example.com
`;

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkDirective);
const parse = () => processor.runSync(processor.parse(MARKDOWN)) as Root;

type Visit = typeof libraryVisit;
type Log = string[];
const where = (node: Node, index: number | undefined, parent: Parent | undefined) =>
  `${node.type}@${index ?? '-'} in ${parent?.type ?? '-'}`;

/** Each scenario runs with one `visit` and returns what it saw and the tree it left. */
const scenarios: Record<string, (v: Visit, tree: Root) => Log> = {
  'every node': (v, tree) => {
    const log: Log = [];
    v(tree, (node, index, parent) => void log.push(where(node, index, parent)));
    return log;
  },
  'one type': (v, tree) => {
    const log: Log = [];
    v(tree, 'emphasis', (node, index, parent) => void log.push(where(node, index, parent)));
    return log;
  },
  'skipping paragraphs': (v, tree) => {
    const log: Log = [];
    v(tree, (node, index, parent) => {
      log.push(where(node, index, parent));
      if (node.type === 'paragraph') return SKIP;
      return undefined;
    });
    return log;
  },
  'stopping at the table': (v, tree) => {
    const log: Log = [];
    v(tree, (node, index, parent) => {
      log.push(where(node, index, parent));
      return node.type === 'table' ? EXIT : undefined;
    });
    return log;
  },
  'unwrapping and going on from the index': (v, tree) => {
    const log: Log = [];
    v(tree, (node, index, parent) => {
      log.push(where(node, index, parent));
      if (
        (node.type === 'emphasis' || node.type === 'textDirective') &&
        parent &&
        index !== undefined
      ) {
        (parent as Parent).children.splice(index, 1, ...(node as Parent).children);
        return index;
      }
      return undefined;
    });
    return log;
  },
  'replacing and skipping': (v, tree) => {
    const log: Log = [];
    v(tree, 'strong', (node, index, parent) => {
      log.push(where(node, index, parent));
      if (!parent || index === undefined) return undefined;
      parent.children[index] = { type: 'text', value: 'replaced' };
      return [SKIP, index + 1];
    });
    return log;
  },
  'removing and going back': (v, tree) => {
    const log: Log = [];
    v(tree, (node, index, parent) => {
      log.push(where(node, index, parent));
      if (node.type === 'inlineCode' && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return index;
      }
      return undefined;
    });
    return log;
  },
};

describe('walk.ts against unist-util-visit', () => {
  for (const [name, scenario] of Object.entries(scenarios)) {
    it(`${name}: same calls, same tree`, () => {
      const [a, b] = [parse(), parse()];
      const expected = scenario(libraryVisit, a);
      const actual = scenario(visit as unknown as Visit, b);
      expect(actual.length).toBeGreaterThan(0);
      expect(actual).toEqual(expected);
      expect(b).toEqual(a);
    });
  }
});

describe('walk.ts against unist-util-visit-parents', () => {
  it('gives each node its ancestors, in arrays a visitor may keep', () => {
    const run = (v: typeof libraryVisitParents, tree: Root) => {
      const kept: Array<{ type: string; ancestors: Node[] }> = [];
      v(tree, 'text', (node, ancestors) => {
        kept.push({ type: node.type, ancestors });
      });
      // Read after the walk: an array reused by the walk would have changed by now.
      return kept.map(
        ({ type, ancestors }) => `${type} < ${ancestors.map((a) => a.type).join(' < ')}`,
      );
    };
    const expected = run(libraryVisitParents, parse());
    expect(expected.length).toBeGreaterThan(10);
    expect(run(visitParents as unknown as typeof libraryVisitParents, parse())).toEqual(expected);
  });
});
