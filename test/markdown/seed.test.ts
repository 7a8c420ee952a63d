/**
 * The seed article (a real republished news text) through the pipeline: every character of its
 * text survives, and its `Comment:` paragraph becomes a comment on the paragraph before it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExplainerBody } from '../../src/contract/explainer.ts';
import { createProcessor } from '../../src/markdown/pipeline.ts';
import { sharedFixtures } from '../helpers/paths.ts';
import { testSettings } from '../helpers/settings.ts';

const seedDir = path.join(sharedFixtures, 'seed');
const text = readFileSync(path.join(seedDir, '000_04691d61c50f4310.txt'), 'utf8');
const expected = JSON.parse(readFileSync(path.join(seedDir, 'expected.json'), 'utf8')) as {
  editor_comments: Array<{ body: string; follows_paragraph_starting: string }>;
  quotes: Array<{ quote: { text: string } }>;
};
const squash = (s: string) => s.replace(/\s+/g, '');

describe('seed article', () => {
  let body: ExplainerBody;
  beforeAll(async () => {
    const processor = createProcessor(testSettings, { frontmatter: false });
    const file = new VFile({ path: 'seed.md', value: text });
    await processor.run(processor.parse(file), file);
    body = file.data.explainer!;
  });

  it('keeps every character of the text, in order', () => {
    const comment = body.annotations.find((a) => a.kind === 'comment')!;
    const pieces = body.blocks.flatMap((block) => [
      block.text,
      ...body.annotations
        .filter((a) => a.kind === 'comment' && a.blockId === block.id)
        .map((a) => `Comment: ${a.kind === 'comment' ? a.text : ''}`),
    ]);
    expect(comment).toBeDefined();
    expect(squash(pieces.join(''))).toBe(squash(text));
  });

  it('shows on the page exactly the text of each block', () => {
    for (const block of body.blocks) {
      expect(squash(toText(fromHtml(block.html, { fragment: true })))).toBe(squash(block.text));
    }
  });

  it('turns the Comment: paragraph into a comment on the paragraph before it', () => {
    const comments = body.annotations.filter((a) => a.kind === 'comment');
    expect(comments).toHaveLength(1);
    const [comment] = comments;
    const block = body.blocks.find((b) => b.id === comment!.blockId)!;
    expect(block.text.startsWith(expected.editor_comments[0]!.follows_paragraph_starting)).toBe(
      true,
    );
    expect(comment!.kind === 'comment' && comment!.text).toBe(expected.editor_comments[0]!.body);
    expect(comment!.kind === 'comment' && comment!.target).toBe(block.id);
  });

  it('finds every quotation and takes no apostrophe for one', () => {
    const quotes = body.annotations.filter((a) => a.kind === 'quote').map((a) => a.text);
    expect(quotes).toEqual(expected.quotes.map((q) => q.quote.text));
  });
});
