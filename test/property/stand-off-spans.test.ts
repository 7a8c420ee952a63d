/**
 * A claim kept in the stand-off notes file is the claim marked inline: for a paragraph of
 * generated words (apostrophes, many scripts, combining marks, emoji, look-alikes of directives,
 * entities, a web address) and any run of its words found once in it, `::claim[the words]` in
 * the notes file gives the same page and model as `:claim[the words]` in the text, and no
 * message either way.
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
    fc
      .integer({ min: 0, max: words.length - 1 })
      .chain((start) =>
        fc
          .integer({ min: 1, max: Math.min(4, words.length - start) })
          .map((length) => ({ words, start, length })),
      ),
  );

describe('stand-off claims', () => {
  it(
    'mark the same words as inline claims, for 300 generated paragraphs',
    async () => {
      await fc.assert(
        fc.asyncProperty(paragraphAndRun, async ({ words, start, length }) => {
          const run = words.slice(start, start + length).join(' ');
          const text = words.join(' ');
          // Found once, as a reader reads the paragraph (overlapping finds count).
          const read = asRead(text);
          const first = read.indexOf(asRead(run));
          fc.pre(read.indexOf(asRead(run), first + 1) === -1);
          const marked = [
            ...words.slice(0, start),
            `:claim[${run}]{#c rating=false}`,
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
              notes: { path: 'x.notes.md', value: `::claim[${asRead(run)}]{#c rating=false}\n` },
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
