/**
 * `explainer quotes --json` offsets, for any document: every reported quotation's `start`/`end`
 * slice the file's text to exactly its `text` (fast-check, over the generated explainers, with
 * a byte-order mark, CRLF line ends, restored directives with quoted attributes and character
 * references mixed in). Quotation marks inside restored directive syntax are not quotations, and
 * an empty `:quote[]` is an error, not a quotation at 0:0.
 */
import fc from 'fast-check';
import { fcRuns } from '../helpers/fc-runs.ts';
import { describe, expect, it } from 'vitest';
import { fromMarkdown, quotesContext } from '../../src/cli/commands/quotes.ts';
import { documentArb } from '../property/generated-explainers.ts';
import { minimalFrontmatter, testSettings } from '../helpers/settings.ts';
import { processExplainer } from '../../src/markdown/pipeline.ts';
import { WORK_TIMEOUT } from '../helpers/timeouts.ts';

/** Extra inline text that is hard to place: restored directives, references, escapes. */
const EXTRAS = [
  ':foo{a="b c"}',
  ':x[in "label"]{t=\'y z\'}',
  'AT&amp;T said &quot;no&quot;',
  '\\"escaped\\"',
  '“Café” said Zoë',
  '"a *b* c"',
];

const file = fc
  .tuple(
    documentArb,
    fc.subarray(EXTRAS),
    fc.boolean(), // BOM
    fc.boolean(), // CRLF
  )
  .map(([doc, extras, bom, crlf]) => {
    const text = `${minimalFrontmatter}${extras.join(' ')}\n\n${doc.annotated}`;
    return (bom ? '\uFEFF' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text);
  });

describe('quotes --json offsets', () => {
  // One context for every file, as one `explainer quotes` run over many files has (the site's
  // settings read and the processor made once, not once per file).
  const context = quotesContext(undefined);
  it(
    'slice the file to each quotation’s text, for 500 generated files',
    async () => {
      await fc.assert(
        fc.asyncProperty(file, async (text) => {
          const { quotations } = await fromMarkdown(text, 'generated.md', undefined, context);
          for (const q of quotations) {
            expect(q.end, q.text).toBeGreaterThan(q.start);
            expect(text.slice(q.start, q.end)).toBe(q.text);
          }
        }),
        { numRuns: fcRuns(500), seed: Number(process.env.FC_SEED ?? 20261127) },
      );
    },
    WORK_TIMEOUT,
  );

  it('does not read marks inside restored directive syntax as quotations', async () => {
    const text = `${minimalFrontmatter}A :foo{a="b c"} and :bar[label]{t="y z"} here.\n`;
    const { quotations } = await fromMarkdown(text, 'x.md', undefined);
    expect(quotations).toEqual([]);
  });

  it('reports an empty :quote[] as an error and lists no quotation for it', async () => {
    const text = `${minimalFrontmatter}He said :quote[]{by="Andrew Parker"} and :quote[ ] too.\n`;
    const { quotations } = await fromMarkdown(text, 'x.md', undefined);
    expect(quotations).toEqual([
      expect.objectContaining({
        text: ' ',
        start: text.indexOf(' ]'),
        end: text.indexOf(' ]') + 1,
      }),
    ]);
    const { file: checked } = await processExplainer({ path: 'x.md', value: text }, testSettings);
    expect(checked.messages.filter((m) => m.ruleId === 'quote-empty')).toHaveLength(2);
    expect(checked.messages.every((m) => m.ruleId !== 'quote-empty' || m.fatal === true)).toBe(
      true,
    );
  });
});
