/**
 * Plain-text articles with hand-made ground truth: the project's own (`test/fixtures/articles/`,
 * written for these tests) and, in the corpora suite, the seed article. The same checks run on
 * both, so what the seed shows stays covered by `npm test` on text of our own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExplainerBody } from '../../src/contract/explainer.ts';
import { createProcessor } from '../../src/markdown/pipeline.ts';
import { quotationsInText } from '../../src/quotes/plain-text.ts';
import { projectRoot } from './paths.ts';
import { testSettings } from './settings.ts';

/** The ground truth, in the shape of the seed's `expected.json` (the fields the tests read). */
export interface ArticleGold {
  /** BCP 47 tag; English when absent. */
  language?: string;
  /** The head lines (slug, image credit) and the paragraphs after them, when the article has them. */
  layout?: { line_1: { text: string }; line_2: { text: string }; paragraphs: number };
  editor_comments: Array<{ body: string; follows_paragraph_starting: string }>;
  /** Every quotation, nested ones too; offsets are UTF-16 indices into the text, end-exclusive. */
  quotes: Array<{
    quote: { start: number; end: number; text: string };
    speaker: string | null;
    speaker_span?: { start: number; end: number };
  }>;
  /** Marks that are apostrophes, not quotation marks. */
  apostrophes_not_quotes: Array<{ offset: number }>;
}

export interface Article {
  name: string;
  file: string;
  text: string;
  gold: ArticleGold;
}

export function readArticle(file: string, goldFile: string): Article {
  return {
    name: path.basename(file),
    file,
    text: readFileSync(file, 'utf8'),
    gold: JSON.parse(readFileSync(goldFile, 'utf8')) as ArticleGold,
  };
}

const articlesDir = path.join(projectRoot, 'test/fixtures/articles');
const ownArticle = (name: string) =>
  readArticle(path.join(articlesDir, `${name}.txt`), path.join(articlesDir, `${name}.json`));

/**
 * Our own articles: English with a slug line, a credit line, a `Comment:` paragraph, straight
 * quotes and apostrophes, a quotation over two paragraphs and a nested one; German „…“ »›…‹«;
 * French « … » with a nested “…”.
 */
export const harbourFerry = ownArticle('harbour-ferry');
export const ownArticles = [harbourFerry, ownArticle('stadtbad'), ownArticle('marche-couvert')];

const squash = (s: string) => s.replace(/\s+/g, '');

/** The body text the way the checks compare it: each block, with its comments after it. */
export function blocksWithComments(body: ExplainerBody): string {
  return body.blocks
    .flatMap((block) => [
      block.text,
      ...body.annotations
        .filter((a) => a.kind === 'comment' && a.blockId === block.id)
        .map((a) => `Comment: ${a.kind === 'comment' ? a.text : ''}`),
    ])
    .join('');
}

/**
 * An article through the pipeline (as Markdown, no frontmatter) and through the plain-text
 * quotation finder: every character kept, each `Comment:` paragraph a comment on the paragraph
 * before it, every quotation found at its offsets with its speaker, no apostrophe taken. With
 * `withheld`, a speaker the attribution is unsure of may be left out (never given wrong).
 */
export function describeArticle(article: Article, { withheld = false } = {}): void {
  const { text, gold } = article;
  const language = gold.language ?? 'en';
  describe(`the article ${article.name}`, () => {
    let body: ExplainerBody;
    beforeAll(async () => {
      const settings = { ...testSettings, site: { ...testSettings.site, language } };
      const processor = createProcessor(settings, { frontmatter: false });
      const file = new VFile({ path: 'article.md', value: text });
      await processor.run(processor.parse(file), file);
      body = file.data.explainer!;
    });

    it('keeps every character of the text, in order', () => {
      expect(squash(blocksWithComments(body))).toBe(squash(text));
    });

    it('shows on the page exactly the text of each block', () => {
      for (const block of body.blocks) {
        expect(squash(toText(fromHtml(block.html, { fragment: true })))).toBe(squash(block.text));
      }
    });

    it('turns each Comment: paragraph into a comment on the paragraph before it', () => {
      const comments = body.annotations.filter((a) => a.kind === 'comment');
      expect(comments).toHaveLength(gold.editor_comments.length);
      gold.editor_comments.forEach((expected, i) => {
        const comment = comments[i]!;
        const block = body.blocks.find((b) => b.id === comment.blockId)!;
        expect(block.text.startsWith(expected.follows_paragraph_starting)).toBe(true);
        expect(comment.kind === 'comment' && comment.text).toBe(expected.body);
        expect(comment.kind === 'comment' && comment.target).toBe(block.id);
      });
    });

    it('finds every quotation and takes no apostrophe for one', () => {
      const quotes = body.annotations.filter((a) => a.kind === 'quote').map((a) => a.text);
      expect(quotes).toEqual(gold.quotes.map((q) => q.quote.text));
    });

    it('finds each quotation at its offsets in the plain text, with its speaker where the text names one', () => {
      const found = quotationsInText(text, { lang: language }).quotations;
      expect(found.map(({ start, end }) => ({ start, end, text: text.slice(start, end) }))).toEqual(
        gold.quotes.map((q) => q.quote),
      );
      found.forEach((quotation, i) => {
        const expected = gold.quotes[i]!;
        const speaker = quotation.speaker;
        if (expected.speaker === null) expect(speaker).toBeNull();
        else if (!withheld || speaker !== null) {
          const { name, start, end } = speaker ?? {};
          const span = expected.speaker_span!;
          expect({ name, start, end }).toEqual({
            name: expected.speaker,
            start: span.start,
            end: span.end,
          });
        }
      });
      const marks = new Set(found.flatMap((q) => [q.start, q.end - 1]));
      for (const { offset } of gold.apostrophes_not_quotes) expect(marks.has(offset)).toBe(false);
    });
  });
}
