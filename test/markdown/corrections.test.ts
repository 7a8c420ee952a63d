import { describe, expect, it } from 'vitest';
import { processExplainer } from '../../src/markdown/pipeline.ts';
import { severityOf } from '../../src/contract/messages.ts';
import { annotationsOf } from '../../src/contract/explainer.ts';
import { minimalFrontmatter, testSettings } from '../helpers/settings.ts';

const body = 'The council :claim[cut collisions by 40 per cent]{#cut rating=false} last year.\n';
const withCorrections = (yaml: string) =>
  minimalFrontmatter.replace('---\n\n', '').replace(/---\n$/, `corrections:\n${yaml}---\n\n`) +
  body;

const run = (value: string) => processExplainer({ path: 'x.md', value }, testSettings);
const lineOf = (text: string, words: string) =>
  text.slice(0, text.indexOf(words)).split('\n').length;

describe('corrections', () => {
  it('records a rating change on its claim, oldest first, each with the rating it led to', async () => {
    const value = withCorrections(
      [
        '  - date: 2026-02-10',
        '    text: New council figures; the rating was changed.',
        '    claim: cut',
        '    previousRating: unsupported',
        '  - date: 2026-01-20',
        '    text: First rated accurate by mistake.',
        '    claim: cut',
        '    previousRating: accurate',
        '  - date: 2026-01-05',
        '    text: A typo in the summary was fixed.',
        '',
      ].join('\n'),
    );
    const result = await run(value);
    expect(result.file.messages.map((m) => m.reason)).toEqual([]);
    expect(result.explainer!.corrections).toHaveLength(3);
    const [claim] = annotationsOf(result.explainer!, 'claim');
    expect(claim!.ratingChanges).toEqual([
      { from: 'accurate', to: 'unsupported', date: '2026-01-20' },
      { from: 'unsupported', to: 'false', date: '2026-02-10' },
    ]);
  });

  it('refuses a correction without a date, or with a bad one, at the correction', async () => {
    const value = withCorrections('  - text: No date.\n  - date: 2026-02-30\n    text: Bad day.\n');
    const result = await run(value);
    expect(result.file.messages.map((m) => [m.ruleId, severityOf(m), m.line, m.column])).toEqual([
      ['correction-date', 'error', lineOf(value, '  - text: No date'), 5],
      ['correction-date', 'error', lineOf(value, 'date: 2026-02-30'), 11],
    ]);
    expect(result.file.messages[0]!.reason).toMatch(/^Missing `corrections.0.date`/);
  });

  it('refuses a correction dated before publication, an unknown claim and an unknown rating', async () => {
    const value = withCorrections(
      [
        '  - date: 2025-12-31',
        '    text: Too early.',
        '  - date: 2026-02-01',
        '    text: Which claim?',
        '    claim: nothing',
        '  - date: 2026-02-01',
        '    text: Which rating?',
        '    claim: cut',
        '    previousRating: mostly-true',
        '  - date: 2026-02-01',
        '    text: No claim.',
        '    previousRating: accurate',
        '',
      ].join('\n'),
    );
    const result = await run(value);
    expect(result.file.messages.map((m) => [m.ruleId, severityOf(m), m.line, m.column])).toEqual([
      ['correction-date', 'error', lineOf(value, '2025-12-31'), 11],
      ['correction-target', 'error', lineOf(value, 'claim: nothing'), 12],
      ['correction-target', 'error', lineOf(value, 'previousRating: mostly-true'), 21],
      ['correction-target', 'error', lineOf(value, 'previousRating: accurate'), 21],
    ]);
    expect(result.explainer).toBeUndefined();
  });
});
