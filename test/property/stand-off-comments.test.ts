/**
 * A comment kept in the stand-off notes file is the comment written inline: for any generated
 * words (claims, quotations, footnote references, links, things that only look like directives,
 * many scripts), the page shows the same comment, with the same text and HTML, and the same
 * messages are given (in the notes file, at the words' places there, instead of the explainer
 * file). The words of such a comment come from another file than the explainer's, which every
 * plugin that reads the text at a node's offsets must take into account.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processExplainer, type Processed } from '../../src/markdown/pipeline.ts';
import { fcRuns } from '../helpers/fc-runs.ts';
import { minimalFrontmatter, testSettings } from '../helpers/settings.ts';
import { WORK_TIMEOUT } from '../helpers/timeouts.ts';
import { FOOTNOTE_LABELS, paragraph } from './generated-explainers.ts';

const PASSAGE = 'The board cut fares by a third.';
/**
 * Every footnote a comment may refer to has its note, and the link reference below its
 * definition, in the explainer's text.
 */
const FOOTNOTES = [
  ...FOOTNOTE_LABELS.map((label) => `[^${label}]: A note.`),
  '[report]: https://example.com/report',
].join('\n\n');

/** Words a comment may also hold: references, raw HTML, refused links, misspelt and escaped marks. */
const EXTRA = fc.constantFrom(
  '[the report][report]',
  '[the report][]',
  '[the minutes][none]',
  'a note[^9]',
  '<b>bold</b>',
  '<a href="/about/">about</a>',
  '<img src="chart.png" alt="chart">',
  '[see](other.md)',
  '[see](../up.md)',
  ':cliam[x]{rating=false}',
  ':claim[left open',
  ':claim[x]{by=a, rating=false}',
  '\\:claim[escaped]',
  '{#stray by="x"}',
);
const words = fc
  .tuple(paragraph, fc.array(EXTRA, { maxLength: 2 }))
  .map(([{ annotated }, extra]) => [annotated, ...extra].join(' '));

/** The comment, and every message as rule, severity and text (the places differ by design). */
function commentOf({ explainer, file, notes }: Processed) {
  const model = explainer ?? file.data.explainer;
  const comment = model?.annotations.find((a) => a.kind === 'comment');
  const messages = [...file.messages, ...(notes?.messages ?? [])]
    // A footnote's note goes in the explainer file, which the message names from a notes file.
    .map(
      (m) =>
        `${m.ruleId} ${m.fatal} ${m.reason.replace(' in the explainer file:', ' in this file:')}`,
    )
    .sort();
  return {
    published: explainer !== undefined,
    text: comment?.kind === 'comment' ? comment.text : undefined,
    html: comment?.kind === 'comment' ? comment.html : undefined,
    messages,
  };
}

describe('stand-off comments', () => {
  it(
    'are the comments written inline, for 300 generated comments',
    async () => {
      await fc.assert(
        fc.asyncProperty(words, async (words) => {
          const inline = await processExplainer(
            {
              path: 'x.md',
              value: `${minimalFrontmatter}\n${PASSAGE}\n\n:::comment\n${words}\n:::\n\n${FOOTNOTES}\n`,
            },
            testSettings,
          );
          const standOff = await processExplainer(
            {
              path: 'x.md',
              value: `${minimalFrontmatter}\n${PASSAGE}\n\n${FOOTNOTES}\n`,
              notes: { path: 'x.notes.md', value: `:::comment[${PASSAGE}]\n${words}\n:::\n` },
            },
            testSettings,
          );
          expect(commentOf(standOff)).toEqual(commentOf(inline));
          // Nothing about the comment's words is said of the explainer file.
          expect(standOff.file.messages.map((m) => m.reason)).toEqual([]);
        }),
        { numRuns: fcRuns(300), seed: Number(process.env.FC_SEED ?? 20261207) },
      );
    },
    WORK_TIMEOUT,
  );
});
