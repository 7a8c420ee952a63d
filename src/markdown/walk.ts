/**
 * Tree walks for our plugins: `visit` and `visitParents` with the behaviour of
 * `unist-util-visit` and `unist-util-visit-parents` as we use them (preorder, an `enter` visitor,
 * a node type or no test; a visitor returns nothing, `SKIP`, `EXIT`, `CONTINUE` or the index to
 * go on from), at a fraction of their cost. Those libraries make a closure for every node and
 * give it a readable name for stack traces (`Object.defineProperty`), which was a tenth of the
 * pipeline's time; here a node costs a loop step and a call. The visitor may change the tree as
 * those libraries allow: children are read again at each step, so nodes put in place of the
 * current one, or after it, are walked.
 */
import type { Node, Parent } from 'unist';
import type { BuildVisitor as BuildIndexVisitor } from 'unist-util-visit';
import type { BuildVisitor as BuildParentsVisitor } from 'unist-util-visit-parents';

/** Do not walk this node's children. */
export const SKIP = 'skip';
/** Stop the walk. */
export const EXIT = false;
/** Go on as usual. */
export const CONTINUE = true;

type Result = typeof SKIP | boolean | number | [boolean | typeof SKIP, number?] | null | void;

/**
 * What a node's walk tells its parent: stop (`false`), go on with the next child (`undefined`),
 * or go on from an index.
 */
type Next = false | number | undefined;

/**
 * Walk `tree` in preorder, calling `enter` on the nodes of `type` (every node when undefined)
 * with the node, its index and its parent, and, when `withParents`, its ancestors from the root:
 * a fresh array for each parent, as `unist-util-visit-parents` gives it, so a visitor may keep it.
 */
function walk(
  tree: Node,
  type: string | undefined,
  withParents: boolean,
  enter: (
    node: Node,
    index: number | undefined,
    parent: Parent | undefined,
    parents: Parent[],
  ) => Result,
): void {
  const none: Parent[] = [];
  const one = (
    node: Node,
    index: number | undefined,
    parent: Parent | undefined,
    parents: Parent[],
  ): Next => {
    let next: Next;
    if (type === undefined || node.type === type) {
      const result = enter(node, index, parent, parents);
      const action = Array.isArray(result)
        ? result[0]
        : typeof result === 'number'
          ? CONTINUE
          : result;
      const at = Array.isArray(result)
        ? result[1]
        : typeof result === 'number'
          ? result
          : undefined;
      if (action === EXIT) return false;
      if (typeof at === 'number') next = at;
      if (action === SKIP) return next;
    }
    if (!('children' in node) || !(node as Parent).children) return next;
    const self = node as Parent;
    const inner = withParents ? [...parents, self] : none;
    let offset = 0;
    while (offset > -1 && offset < self.children.length) {
      const after = one(self.children[offset]!, offset, self, inner);
      if (after === false) return false;
      offset = after === undefined ? offset + 1 : after;
    }
    return next;
  };
  one(tree, undefined, undefined, none);
}

/** `visit` of `unist-util-visit`: the visitor gets the node, its index and its parent. */
export function visit<Tree extends Node, Check extends string>(
  tree: Tree,
  check: Check,
  visitor: BuildIndexVisitor<Tree, Check>,
): void;
export function visit<Tree extends Node>(tree: Tree, visitor: BuildIndexVisitor<Tree>): void;
export function visit(
  tree: Node,
  checkOrVisitor: string | ((...args: never[]) => unknown),
  maybeVisitor?: (...args: never[]) => unknown,
): void {
  const type = typeof checkOrVisitor === 'string' ? checkOrVisitor : undefined;
  const visitor = (typeof checkOrVisitor === 'string' ? maybeVisitor : checkOrVisitor) as (
    node: Node,
    index: number | undefined,
    parent: Parent | undefined,
  ) => Result;
  walk(tree, type, false, (node, index, parent) => visitor(node, index, parent));
}

/** `visitParents` of `unist-util-visit-parents`: the visitor gets the node and its ancestors. */
export function visitParents<Tree extends Node, Check extends string>(
  tree: Tree,
  check: Check,
  visitor: BuildParentsVisitor<Tree, Check>,
): void {
  const enter = visitor as unknown as (node: Node, parents: Parent[]) => Result;
  walk(tree, check, true, (node, _index, _parent, parents) => enter(node, parents));
}
