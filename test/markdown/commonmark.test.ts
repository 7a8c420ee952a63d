/**
 * Regression gate: the 652 CommonMark 0.31.2 examples render identically through our pipeline
 * and through the same parser and renderer without our plugins, except examples that contain a
 * quotation mark or a directive (which our plugins exist to change). None may throw.
 */
import { createRequire } from 'node:module';
import type { Definition, Heading, Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { createProcessor } from '../../src/markdown/pipeline.ts';
import { renderNodes } from '../../src/markdown/render-html.ts';
import { testSettings } from '../helpers/settings.ts';

interface Example {
  markdown: string;
  example: number;
  section: string;
}
/** The spec's examples from the npm package `commonmark-spec`, which writes a tab as →. */
const spec = createRequire(import.meta.url)('commonmark-spec') as {
  tests: Array<{ markdown: string; number: number; section: string }>;
};
const examples: Example[] = spec.tests.map((t) => ({
  markdown: t.markdown.replace(/→/g, '\t'),
  example: t.number,
  section: t.section,
}));

/** A quotation mark, written or as an entity that decodes to one (`&quot;`, `&#39;`, `&ldquo;`). */
const QUOTE_MARKS =
  /["'“”‘’«»„‚‹›「」『』]|&(?:quot|apos|[lr][sd]quo|[lr]aquo|[bs]dquo|bdquo|sbquo|#3[49]|#x2[27]);/i;
const withDirectives = unified().use(remarkParse).use(remarkDirective);
function hasDirective(markdown: string): boolean {
  let found = false;
  visit(withDirectives.parse(markdown), (node) => {
    if (node.type.endsWith('Directive')) found = true;
  });
  return found;
}

/**
 * The same parser and the same block renderer, without our plugins. (Each top-level block is
 * rendered and sanitised on its own, as the side-by-side layout needs, so raw HTML cannot wrap
 * several blocks; that is the renderer's rule, not a plugin's, and is the same on both sides.)
 * One expected difference: a text with a top-level heading has all its headings one level down,
 * under the page's title (`remark-heading-levels.ts`), here written out by hand.
 */
const plain = unified().use(remarkParse).use(remarkGfm);
function renderPlain(markdown: string): string {
  const tree = plain.runSync(plain.parse(markdown)) as Root;
  const definitions: Definition[] = [];
  const headings: Heading[] = [];
  visit(tree, (node) => {
    if (node.type === 'definition') definitions.push(node);
    if (node.type === 'heading') headings.push(node);
  });
  if (headings.some((h) => h.depth === 1))
    for (const h of headings) h.depth = Math.min(6, h.depth + 1) as Heading['depth'];
  const blocks = tree.children.filter((n) => n.type !== 'definition');
  return renderNodes(blocks, definitions, { noted: new Set() }).join('\n');
}

const ours = createProcessor(testSettings, { frontmatter: false });
async function renderOurs(markdown: string): Promise<string> {
  const file = new VFile({ path: 'example.md', value: markdown });
  await ours.run(ours.parse(file), file);
  return file.data.explainer!.blocks.map((b) => b.html).join('\n');
}

describe('CommonMark 0.31.2 spec examples', () => {
  it('has all 652 examples', () => expect(examples).toHaveLength(652));

  const compared = examples.filter(
    (e) => !QUOTE_MARKS.test(e.markdown) && !hasDirective(e.markdown),
  );
  it(`renders ${compared.length} examples without quotation marks or directives identically`, async () => {
    const different: number[] = [];
    for (const e of compared) {
      if ((await renderOurs(e.markdown)) !== renderPlain(e.markdown)) different.push(e.example);
    }
    expect(different).toEqual([]);
    expect(compared.length).toBeGreaterThan(450);
  });

  it('never throws, on any of the 652', async () => {
    const thrown: number[] = [];
    for (const e of examples) {
      await renderOurs(e.markdown).catch(() => thrown.push(e.example));
    }
    expect(thrown).toEqual([]);
  });
});
