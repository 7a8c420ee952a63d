/**
 * A claim or quotation kept in the stand-off notes file is the one marked inline: for a
 * paragraph of generated words (apostrophes, many scripts, combining marks, emoji, look-alikes of
 * directives, entities, a web address) and any run of its words found once in it (for a
 * quotation, in quotation marks), `::claim[the words]` in the notes file gives the same page,
 * model and messages as `:claim[the words]` in the text, and `::quote` as `:quote`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processExplainer, type Processed } from '../../src/markdown/pipeline.ts';
import { fcRuns } from '../helpers/fc-runs.ts';
import { minimalFrontmatter, testSettings } from '../helpers/settings.ts';
import { WORK_TIMEOUT } from '../helpers/timeouts.ts';
import { WORDS } from './generated-explainers.ts';

/** The page's part of a result: the blocks' HTML and the annotations, and every message. */
const pageOf = ({ explainer, file, notes }: Processed) => ({
  blocks: explainer?.blocks.map((b) => b.html),
  annotations: explainer?.annotations,
  messages: [...file.messages, ...(notes?.messages ?? [])].map((m) => m.reason),
});

/** Words as a reader reads them: an entity as its character. */
const asRead = (text: string) => text.replaceAll('&amp;', '&');

const paragraphAndRun = fc
  .array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 12 })
  .chain((words) =>
    fc.integer({ min: 0, max: words.length - 1 }).chain((start) =>
      fc.record({
        words: fc.constant(words),
        start: fc.constant(start),
        length: fc.integer({ min: 1, max: Math.min(4, words.length - start) }),
        // A claim of the words, or a quotation of them in quotation marks.
        kind: fc.constantFrom('claim', 'quote'),
      }),
    ),
  );

/** The directive's attributes for each kind. */
const ATTRIBUTES = { claim: '{#c rating=false}', quote: '{#c by="Andrew Parker"}' };

describe('stand-off claims and quotations', () => {
  it(
    'mark the same words as inline claims and quotations, for 300 generated paragraphs',
    async () => {
      await fc.assert(
        fc.asyncProperty(paragraphAndRun, async ({ words, start, length, kind }) => {
          const inner = words.slice(start, start + length).join(' ');
          const run = kind === 'quote' ? `“${inner}”` : inner;
          const text = [...words.slice(0, start), run, ...words.slice(start + length)].join(' ');
          // Found once, as a reader reads the paragraph (overlapping finds count).
          const read = asRead(text);
          const first = read.indexOf(asRead(run));
          fc.pre(read.indexOf(asRead(run), first + 1) === -1);
          const marked = [
            ...words.slice(0, start),
            `:${kind}[${run}]${ATTRIBUTES[kind]}`,
            ...words.slice(start + length),
          ].join(' ');
          const inline = await processExplainer(
            { path: 'x.md', value: `${minimalFrontmatter}\n${marked}\n` },
            testSettings,
          );
          const standOff = await processExplainer(
            {
              path: 'x.md',
              value: `${minimalFrontmatter}\n${text}\n`,
              notes: {
                path: 'x.notes.md',
                value: `::${kind}[${asRead(run)}]${ATTRIBUTES[kind]}\n`,
              },
            },
            testSettings,
          );
          expect(pageOf(standOff)).toEqual(pageOf(inline));
        }),
        { numRuns: fcRuns(300), seed: Number(process.env.FC_SEED ?? 20261207) },
      );
    },
    WORK_TIMEOUT,
  );
});
