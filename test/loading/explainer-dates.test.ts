/**
 * The sitemap's dates (`src/loading/explainer-dates.ts`): read from plain frontmatter lines when
 * they are plain, else from the parsed YAML, with the same result either way.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainerDates, plainFields } from '../../src/loading/explainer-dates.ts';
import { tempDir } from '../bad-input/run-cli.ts';

const block = (...lines: string[]) => ['---', 'title: "T"', ...lines, '---', ''].join('\n');

/** The date a page shows, as `explainerDates` takes it from the fields: `null` for a draft. */
function plainDates(block: string): string | null | undefined {
  const fields = plainFields(block);
  if (!fields) return undefined;
  return fields.draft ? null : (fields.updated ?? fields.published);
}

describe('plainDates', () => {
  it('reads plain, quoted and commented lines, and ignores nested fields', () => {
    expect(plainDates(block('published: 2026-10-14'))).toBe('2026-10-14');
    expect(plainDates(block("published: '2026-10-14'  # first", 'updated: "2026-10-16"'))).toBe(
      '2026-10-16',
    );
    expect(plainDates(block('published: 2026-10-14', 'source:', '  published: 2026-10-12'))).toBe(
      '2026-10-14',
    );
    expect(plainDates(block('published: 2026-10-14', 'draft: true'))).toBeNull();
    expect(plainDates(block('published: 2026-10-14', 'draft: false'))).toBe('2026-10-14');
  });

  it('leaves anything else to the YAML parser', () => {
    for (const lines of [
      ['published: 2026-10-14', 'published: 2026-10-15'],
      ['published: 2026-02-30'],
      ['published: soon'],
      ['published: >-', '  2026-10-14'],
      ['updated: 2026-10-16'],
      ['published: 2026-10-14', 'draft: yes'],
      ['published: 2026-10-14 # ok', 'updated: 2026-10-16 extra'],
    ]) {
      expect(plainDates(block(...lines)), lines.join(' / ')).toBeUndefined();
    }
  });
});

describe('explainerDates', () => {
  it('gives the dates of frontmatter the lines cannot read through the parser', () => {
    const content = tempDir('explainers-dates-');
    const dir = path.join(content, 'explainers');
    mkdirSync(dir);
    const valid = (...lines: string[]) =>
      [
        '---',
        'title: "T"',
        'summary: "S"',
        ...lines,
        'source:',
        '  publisher: "P"',
        '---',
        '',
      ].join('\n');
    const files: Record<string, string> = {
      'plain.md': valid('published: 2026-10-14', 'updated: 2026-10-16'),
      // Not plain lines: the parser reads them.
      'folded.md': valid('published: >-', '  2026-10-14'),
      'spaced.md': valid('published:   2026-10-15   ', 'draft:   false'),
      'flow.md':
        '---\n{ title: "T", summary: "S", published: 2026-09-01, source: { publisher: "P" } }\n---\n',
      'draft.md': valid('published: 2026-10-14', 'draft: true'),
      'broken.md': valid('published: soon'),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    expect(Object.fromEntries(explainerDates(content))).toEqual({
      plain: '2026-10-16',
      folded: '2026-10-14',
      spaced: '2026-10-15',
      flow: '2026-09-01',
    });
  });
});
