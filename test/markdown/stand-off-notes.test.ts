/**
 * Stand-off notes (`<slug>.notes.md`): the same explainer written with inline notes and with its
 * notes kept apart gives the same model, apart from ids and places; strict anchoring reports
 * 0 or several matches at the note, with the closest passage or the context that would tell them
 * apart.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { severityOf } from '../../src/contract/messages.ts';
import { processExplainer, type Processed } from '../../src/markdown/pipeline.ts';
import { minimalFrontmatter, testSettings } from '../helpers/settings.ts';
import { projectRoot } from '../helpers/paths.ts';

const fixtures = path.join(projectRoot, 'test/fixtures/stand-off');
const read = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

/** The model with what may differ between the two ways of writing removed: places and markdown. */
function comparable({ explainer }: Processed) {
  const { markdown: _markdown, file: _file, slug: _slug, ...rest } = explainer!;
  return {
    ...rest,
    blocks: rest.blocks.map(({ place: _place, ...block }) => block),
    annotations: rest.annotations.map(({ place: _place, ...annotation }) => annotation),
  };
}

const standOff = (body: string, notes: string) =>
  processExplainer(
    {
      path: 'x.md',
      value: minimalFrontmatter + body,
      notes: { path: 'x.notes.md', value: notes },
    },
    testSettings,
  );

/** Messages as [rule, severity, line, column]. */
const messagesOf = (file: Processed['file'] | undefined) =>
  (file?.messages ?? []).map((m) => [m.ruleId, severityOf(m), m.line, m.column]);

describe('stand-off notes', () => {
  it('give the same model as the same notes written inline', async () => {
    const inline = await processExplainer(
      { path: 'harbour-ferry.md', value: read('inline.md') },
      testSettings,
    );
    const apart = await processExplainer(
      {
        path: 'harbour-ferry.md',
        value: read('harbour-ferry.md'),
        notes: { path: 'harbour-ferry.notes.md', value: read('harbour-ferry.notes.md') },
      },
      testSettings,
    );
    expect(messagesOf(inline.file)).toEqual([]);
    expect(messagesOf(apart.file)).toEqual([]);
    expect(messagesOf(apart.notes)).toEqual([]);
    expect(comparable(apart)).toEqual(comparable(inline));
    expect(apart.explainer!.annotations.map((a) => a.kind)).toEqual([
      'claim',
      'comment',
      'quote',
      'quote', // found automatically inside the claim, as inline
      'claim',
      'comment',
      'quote',
      'claim',
      'comment',
    ]);
  });
});
