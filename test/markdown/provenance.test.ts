import { describe, expect, it } from 'vitest';
import { processExplainer } from '../../src/markdown/pipeline.ts';
import { paragraphsField, sourceSha256 } from '../../src/contract/provenance.ts';
import { severityOf } from '../../src/contract/messages.ts';
import { minimalFrontmatter, testSettings } from '../helpers/settings.ts';

const body = `First paragraph of the article.

The council :claim[cut collisions by 40 per cent]{#cut rating=false} last year.

:::comment
A comment is not source text.
:::

Last paragraph.
`;
const texts = [
  'First paragraph of the article.',
  'The council cut collisions by 40 per cent last year.',
  'Last paragraph.',
];
const blocks = texts.map((text) => ({ text }));
const withHash = (text: string, draft = false) =>
  minimalFrontmatter.replace(
    'source:\n',
    `draft: ${draft}\nsource:\n  sha256: ${sourceSha256(blocks)}\n  paragraphs: "${paragraphsField(blocks)}"\n`,
  ) + text;

/** The 1-based line of `words` in `text`. */
const lineOf = (text: string, words: string) =>
  text.slice(0, text.indexOf(words)).split('\n').length;

const run = (value: string, preview = false) =>
  processExplainer({ path: 'x.md', value }, { ...testSettings, preview });
const rules = (result: Awaited<ReturnType<typeof run>>) =>
  result.file.messages.map((m) => [m.ruleId, severityOf(m), m.line, m.column]);

describe('source.sha256', () => {
  it('is the SHA-256 of the blocks’ text, white space folded, joined by blank lines', async () => {
    const { createHash } = await import('node:crypto');
    expect(sourceSha256(blocks)).toBe(
      createHash('sha256').update(texts.join('\n\n')).digest('hex'),
    );
    // Re-wrapping and CRLF line ends do not change it.
    expect(sourceSha256([{ text: 'a\r\n  b ' }])).toBe(sourceSha256([{ text: 'a b' }]));
  });

  it('passes when the text is the one recorded, whatever the annotations', async () => {
    const result = await run(withHash(body));
    expect(rules(result)).toEqual([]);
    const unannotated = body.replace(
      ':claim[cut collisions by 40 per cent]{#cut rating=false}',
      'cut collisions by 40 per cent',
    );
    expect(rules(await run(withHash(unannotated.replace(/:::comment\n.*\n:::\n\n/, ''))))).toEqual(
      [],
    );
  });

  it('names the first changed paragraph, as an error, with the new values in the hint', async () => {
    const value = withHash(body.replace('40 per cent', '30 per cent'));
    const result = await run(value);
    expect(rules(result)).toEqual([['source-changed', 'error', lineOf(value, 'The council'), 1]]);
    expect(result.explainer).toBeUndefined();
    const message = result.file.messages[0]!;
    expect(message.reason).toMatch(/^Unexpected change to the source text in paragraph 2 /);
    expect(message.note).toContain(
      sourceSha256([texts[0]!, texts[1]!.replace('40', '30'), texts[2]!].map((text) => ({ text }))),
    );
  });

  it('reports removed paragraphs at the last one left', async () => {
    const value = withHash(body.replace('\nLast paragraph.\n', ''));
    const result = await run(value);
    expect(rules(result)).toEqual([['source-changed', 'error', lineOf(value, 'The council'), 1]]);
    expect(result.file.messages[0]!.reason).toMatch(/expected 1 more paragraph/);
  });

  it('is a warning in a draft and in the dev server', async () => {
    const changed = body.replace('Last', 'Final');
    expect(rules(await run(withHash(changed, true)))[0]?.[1]).toBe('warning');
    expect(rules(await run(withHash(changed), true))[0]?.[1]).toBe('warning');
  });

  it('refuses a hash that is not 64 hexadecimal digits', async () => {
    const value = minimalFrontmatter.replace('source:\n', 'source:\n  sha256: abc\n') + body;
    expect(rules(await run(value))).toEqual([['frontmatter-schema', 'error', 6, 11]]);
  });
});
