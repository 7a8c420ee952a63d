/**
 * `explainer import` on a plain-text article with a slug line, a credit line, a lede and one
 * `Comment:` paragraph, checked against the article's ground truth: the head lines recognised,
 * every character of its text kept, no file ever replaced.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { processExplainer, type Processed } from '../../src/markdown/pipeline.ts';
import { runCli, runCommand, tempDir } from '../bad-input/run-cli.ts';
import type { Article } from '../helpers/articles.ts';
import { testSettings } from '../helpers/settings.ts';
import { paragraphsField, sourceSha256 } from '../../src/contract/provenance.ts';

const squash = (s: string) => s.replace(/\s+/g, '');
const frontmatterOf = (text: string) =>
  parseYaml(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;

/** `title`: the display title the import should make of the lede. */
export function describeImport(article: Article, title: string): void {
  const expected = { ...article.gold, layout: article.gold.layout! };
  const slug = expected.layout.line_1.text.toLowerCase().replace(/\s+/g, '-');
  describe(`explainer import ${article.name}`, () => {
    let out: string;
    let text: string;
    let processed: Processed;
    beforeAll(async () => {
      out = tempDir();
      // The real bin once (its exit code, what it prints on a pipe); the other runs of a command
      // in these tests are in this process (`runCommand`), by the same code.
      const result = runCli([
        'import',
        article.file,
        '--out',
        out,
        '--publisher',
        'Example Courier',
        '--url',
        'https://news.example/2026/11/article',
        '--date',
        '2026-11-27',
      ]);
      // Imported as a draft: its one problem is the `draft` info; besides it, only the automatic
      // speakers the editor should confirm (`speaker-uncertain`).
      expect(result.stderr).toMatch(
        /^\S+:1:1 {2}info {2}Draft explainer[^\n]*\n[^\n]*hint[^\n]*\n(?:\S+:\d+:\d+ {2}warning {2}[^\n]* {2}speaker-uncertain\n[^\n]*hint[^\n]*\n)*$/,
      );
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(
        new RegExp(
          `^Wrote .*${slug}\\.md: ${expected.layout.paragraphs} paragraphs, ${expected.editor_comments.length} comment.*, ${expected.quotes.length} quotations found`,
        ),
      );
      text = readFileSync(path.join(out, `${slug}.md`), 'utf8');
      processed = await processExplainer({ path: `${slug}.md`, value: text }, testSettings);
    });

    it('recognises the slug line, the © credit line and the lede', () => {
      const fm = frontmatterOf(text);
      expect(text).toContain(`# The article's slug line was: ${expected.layout.line_1.text}\n`);
      expect(fm.source).toEqual({
        publisher: 'Example Courier',
        url: 'https://news.example/2026/11/article',
        credit: expected.layout.line_2.text,
        // The provenance of the text as written: what the pipeline reads back.
        sha256: sourceSha256(processed.explainer!.blocks),
        paragraphs: paragraphsField(processed.explainer!.blocks),
      });
      const lede = article.text.split('\n')[2]!;
      expect(fm.summary).toBe(lede);
      expect(processed.explainer!.blocks[0]!.text).toBe(lede);
      expect(fm.published).toBe('2026-11-27');
    });

    it('makes a display title from the lede, not the slug line, and marks it for the editor', () => {
      const fm = frontmatterOf(text);
      expect(fm.title).not.toBe(expected.layout.line_1.text);
      expect(fm.title).toBe(title);
      expect(text).toMatch(/\n# TODO: write a display title[^\n]*\ntitle: /);
    });

    it('keeps every paragraph, and the Comment: paragraph as a comment on the paragraph before', () => {
      const { blocks, annotations } = processed.explainer!;
      expect(blocks).toHaveLength(expected.layout.paragraphs);
      const comments = annotations.filter((a) => a.kind === 'comment');
      expect(comments).toHaveLength(1);
      const [comment] = comments;
      const before = blocks.find((b) => b.id === comment!.blockId)!;
      expect(before.text.startsWith(expected.editor_comments[0]!.follows_paragraph_starting)).toBe(
        true,
      );
      expect(comment!.kind === 'comment' && comment!.text).toBe(expected.editor_comments[0]!.body);
      // Every character of the article after its two head lines, in order.
      const pieces = blocks.flatMap((block) => [
        block.text,
        ...comments
          .filter((c) => c.blockId === block.id)
          .map((c) => `Comment: ${c.kind === 'comment' ? c.text : ''}`),
      ]);
      const body = article.text.split('\n').slice(2).join('\n');
      expect(squash(pieces.join(''))).toBe(squash(body));
      expect(annotations.filter((a) => a.kind === 'quote').map((a) => a.text)).toEqual(
        expected.quotes.map((q) => q.quote.text),
      );
      // No error or warning, but speakers for the editor to confirm.
      expect(
        processed.file.messages.filter(
          (m) => m.fatal !== undefined && m.ruleId !== 'speaker-uncertain',
        ),
      ).toEqual([]);
      // Nothing in the article needed escaping, so the Markdown reads as the article does.
      expect(text.split('\n---\n')[1]).not.toContain('\\');
    });

    it('never replaces an existing file', async () => {
      const target = path.join(out, `${slug}.md`);
      writeFileSync(target, 'the editor has been working here');
      const again = await runCommand(['import', article.file, '--out', out]);
      expect(again.status).toBe(1);
      expect(again.stderr).toMatch(
        new RegExp(
          `^Unexpected existing file \`.*${slug}\\.md\`, expected a new file name: nothing was written`,
        ),
      );
      expect(readFileSync(target, 'utf8')).toBe('the editor has been working here');
    });
  });
}
