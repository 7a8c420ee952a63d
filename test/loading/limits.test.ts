/**
 * Per-file limits (`src/loading/limits.ts`), refused before parsing with the limit named and the
 * place where the text crosses it, as the build and `check` both see them.
 */
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/contract/messages.ts';
import { decodeExplainer, processExplainerSource } from '../../src/loading/explainer-files.ts';
import {
  MAX_BRACKET_NESTING,
  MAX_DELIMITER_RUN,
  MAX_FILE_BYTES,
  MAX_QUOTATION_DEPTH,
  MAX_QUOTATIONS_PER_PARAGRAPH,
} from '../../src/contract/limits.ts';
import { bracketTooDeep, longDelimiterRun } from '../../src/loading/limits.ts';
import { minimalFrontmatter, testSettings } from '../helpers/settings.ts';

const process = (text: string) =>
  processExplainerSource(
    decodeExplainer(new TextEncoder().encode(text), 'limits.md'),
    testSettings,
  );

const messagesOf = async (text: string) =>
  (await process(text)).file.messages.map((m) => formatMessage(m).split('\n')[0]);

const head = `${minimalFrontmatter}\n`;
const headLines = head.split('\n').length - 1;

describe('the delimiter-run limit', () => {
  it('refuses a run of 20,000 `*` at its place, naming the limit', async () => {
    const messages = await messagesOf(
      `${head}Intro.\n\nSee ${'*'.repeat(10_000)}x${'*'.repeat(10_000)}\n`,
    );
    expect(messages).toEqual([
      `limits.md:${headLines + 3}:5  error  Unexpected run of 10000 \`*\` or \`_\`, expected at most ${MAX_DELIMITER_RUN} in a row  limit-exceeded`,
    ]);
  });

  it('accepts a run at the limit, a thematic break, and any run inside fenced code', () => {
    expect(longDelimiterRun(`a ${'_'.repeat(MAX_DELIMITER_RUN)} b`)).toBeUndefined();
    expect(longDelimiterRun(`Text\n\n${'*'.repeat(1000)}\n\nMore`)).toBeUndefined();
    expect(longDelimiterRun(`~~~\n${'*'.repeat(1000)}x\n~~~\n`)).toBeUndefined();
    expect(
      longDelimiterRun(`\`\`\`\`\n\`\`\`\n${'*'.repeat(1000)}x\n\`\`\`\`\nok`),
    ).toBeUndefined();
    expect(longDelimiterRun(`\`\`\`\nok\n\`\`\`\n${'_'.repeat(300)}x`)).toEqual({
      line: 4,
      column: 1,
      length: 300,
    });
  });
});

describe('the file-size limit', () => {
  it(`refuses a file over ${MAX_FILE_BYTES / 1024 / 1024} MB at 1:1 and keeps one at the limit`, async () => {
    const paragraph = 'The council said the budget was fine. '.repeat(40);
    const body = (bytes: number) =>
      `${paragraph}\n\n`.repeat(Math.ceil(bytes / (paragraph.length + 2)));
    const over = await messagesOf(`${head}${body(MAX_FILE_BYTES)}`);
    expect(over).toHaveLength(1);
    expect(over[0]).toMatch(
      /^limits\.md:1:1 {2}error {2}Unexpected file of 8\.0 MB, expected at most 8 MB {2}limit-exceeded$/,
    );
    const under = await process(`${head}${body(64 * 1024)}`);
    expect(under.file.messages).toEqual([]);
  });
});

describe('the nesting limits on quotations', () => {
  it('refuses 3,000 nested :quote directives at the bracket that crosses the limit', async () => {
    const nested = `${':quote['.repeat(3000)}x${']{by=a}'.repeat(3000)}`;
    const messages = await messagesOf(`${head}${nested}\n`);
    expect(messages).toEqual([
      `limits.md:${headLines + 1}:${MAX_BRACKET_NESTING * ':quote['.length + ':quote'.length + 1}  error  Unexpected brackets nested 3000 levels deep, expected \`[\` nested at most ${MAX_BRACKET_NESTING} levels  nesting-depth`,
    ]);
    expect(bracketTooDeep(`${'['.repeat(MAX_BRACKET_NESTING)}x`)).toBeUndefined();
    expect(bracketTooDeep(`${'\\['.repeat(100)}x`)).toBeUndefined();
    expect(bracketTooDeep(`\`\`\`\n${'['.repeat(100)}\n\`\`\`\n`)).toBeUndefined();
  });

  it('refuses a quotation nested deeper than the limit, at its opening mark', async () => {
    const marks = (depth: number) =>
      `${'“‘'.repeat(depth).slice(0, depth)}x${'’”'.repeat(depth).slice(-depth)}`;
    // Depth counts from 0 for the outermost quotation.
    expect(await messagesOf(`${head}He said ${marks(MAX_QUOTATION_DEPTH + 1)}.\n`)).toEqual([]);
    const messages = await messagesOf(`${head}He said ${marks(MAX_QUOTATION_DEPTH + 2)}.\n`);
    expect(messages).toEqual([
      `limits.md:${headLines + 1}:${'He said '.length + MAX_QUOTATION_DEPTH + 2}  error  Unexpected quotation nested ${MAX_QUOTATION_DEPTH + 1} levels deep, expected quotations nested at most ${MAX_QUOTATION_DEPTH} levels  nesting-depth`,
    ]);
  });

  it(`refuses a paragraph of more than ${MAX_QUOTATIONS_PER_PARAGRAPH} quotations, and marks none of them`, async () => {
    const paragraph = (n: number) => Array.from({ length: n }, (_, i) => `"q${i}"`).join(' and ');
    const at = await process(`${head}${paragraph(MAX_QUOTATIONS_PER_PARAGRAPH)}.\n`);
    expect(at.file.messages).toEqual([]);
    expect(at.explainer!.annotations).toHaveLength(MAX_QUOTATIONS_PER_PARAGRAPH);
    const over = await process(`${head}Intro.\n\n${paragraph(37_500)}.\n`);
    expect(over.file.messages.map((m) => formatMessage(m).split('\n')[0])).toEqual([
      `limits.md:${headLines + 3}:1  error  Unexpected 37500 quotations in one paragraph, expected at most ${MAX_QUOTATIONS_PER_PARAGRAPH}  limit-exceeded`,
    ]);
  });
});
