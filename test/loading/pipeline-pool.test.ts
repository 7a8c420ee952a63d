/**
 * The pipeline on worker threads (`src/loading/pipeline-pool.ts`) gives what it gives on the main
 * thread, file for file and in order: the same models and the same messages at the same places,
 * for the sample content, the whole bad-input catalogue and an explainer with stand-off notes. And the explicit limit on raw HTML
 * nesting, which keeps the two from differing on input deeper than a thread's stack.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/contract/messages.ts';
import type { Processed } from '../../src/markdown/pipeline.ts';
import { decodeExplainer, readExplainerSource } from '../../src/loading/explainer-files.ts';
import { MAX_NESTING } from '../../src/contract/limits.ts';
import { htmlTooDeep } from '../../src/loading/limits.ts';
import { processAll } from '../../src/loading/pipeline-pool.ts';
import { cases } from '../bad-input/cases.ts';
import { projectRoot } from '../helpers/paths.ts';
import { testSettings } from '../helpers/settings.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';

const sources = [
  ...readdirSync(path.join(projectRoot, 'content/explainers')).map((name) =>
    readExplainerSource(path.join(projectRoot, 'content/explainers', name)),
  ),
  ...cases
    .filter((c) => !c.unitOnly)
    .map((c, i) => {
      const input = c.input();
      const source = decodeExplainer(
        typeof input === 'string' ? new TextEncoder().encode(input) : input,
        `case-${i}.md`,
      );
      if (c.notes)
        source.notes = decodeExplainer(
          new TextEncoder().encode(c.notes.text),
          `case-${i}.notes.md`,
        );
      return source;
    }),
  readExplainerSource(path.join(projectRoot, 'test/fixtures/stand-off/harbour-ferry.md')),
];

async function collect(workers: number) {
  const out: Array<{ explainer: Processed['explainer']; messages: string[] }> = [];
  for await (const { explainer, file, notes } of processAll(sources, testSettings, workers)) {
    out.push({
      explainer,
      messages: [...file.messages, ...(notes?.messages ?? [])].map(
        (m) => `${formatMessage(m)}  ${m.source}  ${m.url}`,
      ),
    });
  }
  return out;
}

describe('the pipeline on worker threads', () => {
  it(
    'gives the same models and messages, in order, as on the main thread',
    async () => {
      const [here, workers] = [await collect(0), await collect(2)];
      expect(workers).toHaveLength(sources.length);
      expect(workers).toEqual(here);
      expect(here.some((r) => r.messages.length > 0)).toBe(true);
      expect(here.some((r) => r.explainer)).toBe(true);
      // Stand-off notes cross the thread too: the fixture's notes, and the catalogue's errors in them.
      expect(here.at(-1)!.explainer!.annotations.filter((a) => a.kind === 'claim')).toHaveLength(3);
      expect(here.some((r) => r.messages.some((m) => m.includes('note-anchor')))).toBe(true);
    },
    BUILD_TIMEOUT,
  );
});

describe('htmlTooDeep', () => {
  const nested = (depth: number) => `${'<span>'.repeat(depth)}x${'</span>'.repeat(depth)}`;
  it('allows HTML nested up to the limit, and counts closed, void and self-closing tags out', () => {
    expect(htmlTooDeep(nested(MAX_NESTING))).toBeUndefined();
    expect(htmlTooDeep('<br>'.repeat(1000) + '<img src="a.png"/>'.repeat(1000))).toBeUndefined();
    expect(htmlTooDeep('<i>a</i>'.repeat(5000))).toBeUndefined();
  });
  it('reports where the limit is crossed, and how deep it goes', () => {
    expect(htmlTooDeep(`Intro\n\n${nested(MAX_NESTING + 10)}`)).toEqual({
      line: 3,
      column: MAX_NESTING * '<span>'.length + 1,
      depth: MAX_NESTING + 10,
    });
  });
});
