/**
 * The search post-step reads the records the build wrote: a lone surrogate (which a YAML escape
 * can put in a title or a name, and which Pagefind refuses) becomes U+FFFD, and a file without
 * one is read as it is, without the slower mending pass.
 */
import { describe, expect, it } from 'vitest';
import { readRecords } from '../../src/cli/search-index.ts';

const file = (title: string) =>
  JSON.stringify({
    language: 'en',
    records: [
      {
        url: '/explainers/a/#q-x',
        content: `words ${title}`,
        meta: { title, explainer: 'E' },
        filters: { Type: ['Quote'] },
        place: 'a.md:1:1',
      },
    ],
  });

describe('reading the search records', () => {
  it('mends a lone surrogate, written as an escape, into U+FFFD', () => {
    const text = file('Half a flag \ud83c');
    expect(text).toContain('\\ud83c');
    const [record] = readRecords(text).records;
    expect(record!.meta.title).toBe('Half a flag \ufffd');
    expect(record!.content).toBe('words Half a flag \ufffd');
  });

  it('reads a file without one as it was written (a whole flag stays whole)', () => {
    const text = file('A flag \ud83c\udff4 and “quotes”');
    expect(readRecords(text)).toEqual(JSON.parse(text));
    expect(readRecords(text).records[0]!.meta.title).toBe('A flag \ud83c\udff4 and “quotes”');
  });
});
