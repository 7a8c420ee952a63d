/**
 * Nothing lost, for any document: fast-check generates explainers with quotations in many
 * conventions, apostrophes, claims, explicit quotations, comments, things that only look like
 * directives, inline markup, footnotes and text in many scripts, each in two versions: annotated,
 * and the plain source text it annotates (the same Markdown without claims, quotations'
 * directives and comments; `generated-explainers.ts`). The pipeline must never throw, and the text of each source block on the page must
 * equal, character for character, the text of the same block in a plain CommonMark + GFM parse
 * of the plain version (mdast-util-to-string).
 */
import fc from 'fast-check';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { explainerSchema } from '../../src/contract/explainer.ts';
import { MESSAGE_SOURCES, RULE_IDS } from '../../src/contract/messages.ts';
import { createProcessor, processExplainer } from '../../src/markdown/pipeline.ts';
import { minimalFrontmatter, testSettings } from '../helpers/settings.ts';
import { fcRuns } from '../helpers/fc-runs.ts';
import { documentArb, pageText } from './generated-explainers.ts';
import { WORK_TIMEOUT } from '../helpers/timeouts.ts';

const plainParser = unified().use(remarkParse).use(remarkGfm);

const processor = createProcessor(testSettings);

/** An `<a>` opened before the one before it is closed, in HTML as the pipeline writes it. */
const LINK_IN_LINK = /<a\b[^>]*>(?:(?!<\/a>)[^])*<a\b/;

describe('nothing lost', () => {
  it(
    'keeps the source text of 2,000 generated documents, character for character',
    async () => {
      await fc.assert(
        fc.asyncProperty(documentArb, async (generated) => {
          const { explainer, file } = await processExplainer(
            { path: 'generated.md', value: minimalFrontmatter + generated.annotated },
            testSettings,
            processor,
          );
          expect(file.messages.filter((m) => m.fatal === true)).toEqual([]);
          const plain = plainParser.parse(generated.plain) as Root;
          const expected = plain.children.map((node) => toString(node));
          expect(explainer!.blocks.map((b) => b.text)).toEqual(expected);
          expect(explainer!.blocks.map((b) => pageText(b.html))).toEqual(expected);
          // No link inside a link (a browser splits one, and the words after it lose the link).
          for (const block of explainer!.blocks) expect(block.html).not.toMatch(LINK_IN_LINK);
          // Where the parts of a block start: inside its text, in order, each once.
          for (const block of explainer!.blocks)
            for (const [i, at] of (block.breaks ?? []).entries())
              expect(at > (block.breaks![i - 1] ?? 0) && at < block.text.length, block.text).toBe(
                true,
              );
        }),
        { numRuns: fcRuns(2000), seed: Number(process.env.FC_SEED ?? 20261127) },
      );
    },
    WORK_TIMEOUT,
  );

  it(
    'never throws on 1,000 strings of Markdown punctuation, marks and any Unicode, and reports well-formed messages and models',
    async () => {
      const junk = fc
        .array(
          fc.oneof(
            fc.constantFrom(
              '\n',
              '\n\n',
              ':',
              '::',
              ':::',
              '[',
              ']',
              '{',
              '}',
              '#',
              '"',
              "'",
              '“',
              '”',
              '«',
              '*',
              '_',
              '`',
              '<',
              '>',
              '-',
              '|',
              '\\',
              '&',
              '\r\n',
              '\t',
              ' ',
              'comment',
              'claim',
              'quote',
              'on=',
              'rating=',
              'by="',
              // Whole directives that are errors (unknown rating, repeated id, `on=` to nothing).
              ':claim[a]{#d rating=nope}',
              ':quote[b]{#d}',
              ':::comment{on=nowhere}',
            ),
            fc.string({ unit: 'grapheme', maxLength: 4 }),
            fc.string({ unit: 'binary', maxLength: 2 }),
          ),
          { maxLength: 60 },
        )
        .map((parts) => parts.join(''));
      await fc.assert(
        fc.asyncProperty(junk, async (body) => {
          const value = minimalFrontmatter + body;
          const { explainer, file } = await processExplainer(
            { path: 'junk.md', value },
            testSettings,
            processor,
          );
          // Every message names a known rule and its source, at a line of the file.
          const lines = value.split(/\r\n|\r|\n/).length;
          for (const m of file.messages) {
            expect(RULE_IDS, m.reason).toContain(m.ruleId);
            expect(MESSAGE_SOURCES, m.reason).toContain(m.source);
            expect(m.line ?? 1, m.reason).toBeGreaterThanOrEqual(1);
            expect(m.line ?? 1, m.reason).toBeLessThanOrEqual(lines);
          }
          // A model exactly when there is no error, and a valid one: its own schema, one id each,
          // every annotation in a row of the page.
          expect(explainer === undefined).toBe(file.messages.some((m) => m.fatal === true));
          if (!explainer) return;
          expect(explainerSchema.safeParse(explainer).error).toBeUndefined();
          const ids = [...explainer.blocks, ...explainer.annotations].map((x) => x.id);
          expect(new Set(ids).size).toBe(ids.length);
          const blockIds = new Set(explainer.blocks.map((b) => b.id));
          for (const a of explainer.annotations) expect(blockIds, a.id).toContain(a.blockId);
        }),
        { numRuns: fcRuns(1000), seed: Number(process.env.FC_SEED ?? 20261127) },
      );
    },
    WORK_TIMEOUT,
  );
});
