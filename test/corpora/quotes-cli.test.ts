/**
 * `explainer quotes` on the seed article: exactly its quotations at their offsets and its
 * speakers (against `expected.json`), and the readable listing of its first quotations.
 */
import { describe, expect, it } from 'vitest';
import { describeQuotesJson, quotes } from '../cli/quotes-cli.ts';
import { seed } from './corpora.ts';

const article = seed();
describeQuotesJson(article);

describe('explainer quotes on the seed', () => {
  it('lists each quotation on a line with its place, speaker and cue', async () => {
    const out = await quotes(article.file);
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines).toHaveLength(article.gold.quotes.length);
    expect(lines[0]).toMatch(
      /^3:\d+\t"madness\."\t— US officials \(cue, imply, verb-implicit\/group 0\.\d\d\)$/,
    );
    expect(lines[1]).toMatch(/'backdoors'\t— no speaker \(scare\)$/);
  });
});
