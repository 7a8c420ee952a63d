/**
 * The quotation conventions of issue 13 through the whole Markdown pipeline: `single' and
 * ``double'' quotes, a closing mark typed as an opening “, quotations over paragraphs (one id
 * for all their pieces, `partOf`), an outer quotation running on with a multi-paragraph inner
 * one; who gave each speaker (`speakerSource`); and the `speaker-uncertain` warning for every
 * automatic speaker below `CONFIRM_BELOW`. Every character of the source stays in its block.
 */
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/contract/explainer.ts';
import { processExplainer } from '../../src/markdown/pipeline.ts';
import { CONFIRM_BELOW } from '../../src/quotes/confidence.ts';
import { minimalFrontmatter, testSettings } from '../helpers/settings.ts';

async function run(body: string) {
  const value = minimalFrontmatter + body;
  const { file, explainer } = await processExplainer({ path: 'test.md', value }, testSettings);
  const quotes = (explainer?.annotations ?? []).filter((a): a is Quote => a.kind === 'quote');
  return { value, file, explainer, quotes };
}

/** The text of each top-level block of plain CommonMark + GFM, as the page must show it. */
const plainBlocks = (body: string) =>
  unified()
    .use(remarkParse)
    .use(remarkGfm)
    .parse(body)
    .children.map((node) => toString(node));

const BODY = [
  "Jane Doe said ``we will not move,'' and left `for good'.",
  'She called the plan “a disgrace“ on Monday.',
  'Paul Roe read the letter out: “It said, ‘We regret to tell you.',
  '‘We will not renew the lease.’ That was all,” he said.',
  '“The first part runs on.',
  '“The second part ends it,” said Paul Roe.',
  'Andrew Parker said :quote["no reason to think"]{by=andrew-parker} on Monday.',
].join('\n\n');

describe('quotation conventions through the pipeline', () => {
  it('finds each convention, and keeps every character of the source in its block', async () => {
    const { explainer, quotes, file } = await run(`${BODY}\n`);
    expect(file.messages.filter((m) => m.ruleId === 'unmatched-quote')).toEqual([]);
    expect(explainer!.blocks.map((b) => b.text)).toEqual(
      plainBlocks(BODY).map((text) => text.replace(/:quote\[(.*)\]\{[^}]*\}/, '$1')),
    );
    for (const quote of quotes) {
      const block = explainer!.blocks.find((b) => b.id === quote.blockId)!;
      expect(block.text.slice(quote.span.start, quote.span.end)).toBe(quote.text);
    }
    expect(quotes.map((q) => q.text)).toEqual([
      "``we will not move,''",
      "`for good'",
      '“a disgrace“',
      '“It said, ‘We regret to tell you.',
      '‘We regret to tell you.',
      '‘We will not renew the lease.’ That was all,”',
      '‘We will not renew the lease.’',
      '“The first part runs on.',
      '“The second part ends it,”',
      '"no reason to think"',
    ]);
  });

  it('gives every piece of a quotation over paragraphs the id of its first, and one speaker', async () => {
    const { quotes } = await run(`${BODY}\n`);
    const byText = (start: string) => quotes.find((q) => q.text.startsWith(start))!;
    const first = byText('“The first');
    const second = byText('“The second');
    expect([first.partOf, second.partOf]).toEqual([first.id, first.id]);
    expect(second.continues).toBe(first.id);
    expect(first.id).not.toBe(second.id);
    expect([first.speaker?.name, second.speaker?.name]).toEqual(['Paul Roe', 'Paul Roe']);
    // The outer quotation runs on with its inner one; the inner pieces share their own id.
    const outer = byText('“It said');
    const outerPiece = quotes.find((q) => q.text.endsWith('That was all,”'))!;
    expect(outerPiece.partOf).toBe(outer.id);
    const inner = byText('‘We regret');
    expect(quotes.find((q) => q.text === '‘We will not renew the lease.’')!.partOf).toBe(inner.id);
    // A quotation in one paragraph is part of nothing.
    expect(byText('“a disgrace').partOf).toBeUndefined();
  });

  it('says who gave each speaker: the editor’s by, or the automatic attribution', async () => {
    const { quotes } = await run(`${BODY}\n`);
    const explicit = quotes.find((q) => q.explicit)!;
    expect(explicit).toMatchObject({ speaker: { id: 'andrew-parker' }, speakerSource: 'editor' });
    for (const quote of quotes.filter((q) => !q.explicit)) {
      expect(quote.speakerSource, quote.text).toBe(quote.speaker ? 'automatic' : undefined);
    }
    expect(quotes.some((q) => q.speakerSource === 'automatic')).toBe(true);
    const { quotes: found } = await run('Jane Doe said :quote["we stay"] on Monday.\n');
    expect(found[0]).toMatchObject({ speaker: { name: 'Jane Doe' }, speakerSource: 'automatic' });
  });

  it('warns (speaker-uncertain) at each automatic speaker below CONFIRM_BELOW, and only there', async () => {
    const body = [
      'Jane Doe walked in first.',
      // Two people named since, one of them a woman: "she" is less sure.
      'Tom Reid and Ann Lee waited.',
      '"We will not stop," she said. "Not this year."',
      'Paul Roe said the council "has not decided".',
      '"Never," said a spokesperson.',
      'Andrew Parker said :quote["no reason to think"]{by=andrew-parker}.',
    ].join('\n\n');
    const { value, file, explainer } = await run(`${body}\n`);
    expect(explainer).toBeDefined(); // a warning: the explainer is built
    const warned = file.messages.filter((m) => m.ruleId === 'speaker-uncertain');
    const expected = file.data.quotations!.filter(
      (q) =>
        q.speaker &&
        q.reason !== 'explicit' &&
        q.confidence !== undefined &&
        q.confidence < CONFIRM_BELOW,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(warned.map((m) => m.place && 'start' in m.place && m.place.start.offset)).toEqual(
      expected.map((q) => q.start),
    );
    for (const [i, m] of warned.entries()) {
      expect(m.fatal).toBe(false);
      expect(m.source).toBe('remark-quotes');
      expect(m.reason).toContain(`\`${expected[i]!.speaker!.name}\``);
      expect(m.reason).toContain(expected[i]!.rule);
      expect(m.note).toMatch(/:quote\[.+\]\{by=/);
    }
    expect(value.slice(expected[0]!.start, expected[0]!.end)).toBe(expected[0]!.text);
  });
});
