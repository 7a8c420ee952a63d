/**
 * Quotations and speakers through the whole Markdown pipeline (`remark-quotes.ts`): the model's
 * speaker, cue and `continues`, explicit `:quote` winning, the HTML, and `file.data.quotations`
 * with offsets into the file's text.
 */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/contract/explainer.ts';
import { formatMessage } from '../../src/contract/messages.ts';
import { processExplainer } from '../../src/markdown/pipeline.ts';
import { minimalFrontmatter, testSettings } from '../helpers/settings.ts';

async function run(body: string, frontmatter = minimalFrontmatter) {
  const value = frontmatter + body;
  const { file, explainer } = await processExplainer({ path: 'test.md', value }, testSettings);
  const quotes = (explainer?.annotations ?? []).filter((a): a is Quote => a.kind === 'quote');
  return { value, file, explainer, quotes };
}

describe('remark-quotes attribution', () => {
  it('gives an automatic quotation its speaker, with the people.yaml id, and its cue', async () => {
    const { quotes, explainer } = await run(
      'Andrew Parker told the Financial Times that he had "no reason to think" it was in danger.\n',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      speaker: { name: 'Andrew Parker', id: 'andrew-parker' },
      cue: 'told',
      explicit: false,
    });
    expect(explainer!.blocks[0]!.html).toContain('data-speaker="Andrew Parker"');
  });

  it('lets an explicit :quote{by} win over what the text says', async () => {
    const { quotes } = await run(
      'Jane Doe said :quote["no reason to think"]{by="Andrew Parker"}.\n',
    );
    expect(quotes[0]).toMatchObject({ speaker: { id: 'andrew-parker' }, explicit: true });
    expect(quotes[0]!.cue).toBeUndefined();
  });

  it('attributes an explicit :quote without by like any other', async () => {
    const { quotes } = await run('Jane Doe said :quote["no reason to think"] on Monday.\n');
    expect(quotes[0]).toMatchObject({ speaker: { name: 'Jane Doe' }, cue: 'said', explicit: true });
  });

  it('uses explicit speakers for pronouns after them', async () => {
    const { quotes } = await run(
      'Officials were :quote["sure"]{by="Andrew Parker"} of it.\n\n"It was never in doubt," he said.\n',
    );
    expect(quotes.map((q) => q.speaker?.id)).toEqual(['andrew-parker', 'andrew-parker']);
  });

  it('makes the pieces of a quotation over paragraphs one quotation with one speaker', async () => {
    const { quotes } = await run(
      'Jane Doe spoke last.\n\n“The first paragraph runs on.\n\n“The second one closes it,” she said.\n',
    );
    expect(quotes).toHaveLength(2);
    expect(quotes[1]!.continues).toBe(quotes[0]!.id);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Jane Doe', 'Jane Doe']);
  });

  it('attributes a quotation that crosses emphasis, with its speaker in a link', async () => {
    const { quotes } = await run('*"This is* very bad," said [Jane Doe](https://x.example).\n');
    expect(quotes[0]).toMatchObject({ text: '"This is very bad,"', speaker: { name: 'Jane Doe' } });
  });

  it('reads the language from the frontmatter', async () => {
    const { quotes } = await run(
      'Jane Doe sprach zuerst. „Wir verdienen keinen Cent“, sagte sie.\n',
      minimalFrontmatter
        .replace('---\n', '---\nlanguage: de\n')
        .replace(/^---\nlanguage/, '---\nlanguage'),
    );
    expect(quotes[0]).toMatchObject({ speaker: { name: 'Jane Doe' }, cue: 'sagte' });
  });

  it('lists every quotation with offsets into the file in file.data.quotations', async () => {
    const body =
      'Andrew Parker said it was "a *deeply* flawed plan" and &amp; "madness."\n\n' +
      'He added :quote["nothing"]{by="Robert O\'Brien"} more.\n';
    const { file, value } = await run(body);
    const found = file.data.quotations!;
    expect(found.map((q) => q.text)).toEqual([
      '"a *deeply* flawed plan"',
      '"madness."',
      '"nothing"',
    ]);
    for (const q of found) expect(value.slice(q.start, q.end)).toBe(q.text);
    const parker = found[0]!.speaker!;
    expect(value.slice(parker.start, parker.end)).toBe('Andrew Parker');
    expect(found[2]!.speaker).toEqual({ name: "Robert O'Brien", id: 'robert-obrien' });
  });

  it('warns about an unmatched mark at its line and column', async () => {
    const { file } = await run('He said "this never closes.\n\nAnd ” this never opened.\n');
    const lines = minimalFrontmatter.split('\n').length - 1;
    expect(file.messages.map((m) => formatMessage(m, 'test.md').split('\n')[0])).toEqual([
      `test.md:${lines + 1}:9  warning  Unexpected unclosed quotation mark \`"\`, expected a closing mark in the same paragraph  unmatched-quote`,
      `test.md:${lines + 3}:5  warning  Unexpected closing quotation mark \`”\`, expected an opening mark before it  unmatched-quote`,
    ]);
  });

  it('places each quotation in the model at its line and column', async () => {
    const { quotes } = await run('First line.\n\nSo "quoted" here.\n');
    const lines = minimalFrontmatter.split('\n').length - 1;
    expect(quotes[0]!.place).toEqual({ line: lines + 3, column: 4 });
  });
});
