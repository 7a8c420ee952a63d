/**
 * Fixture tests for the remark plugins: each folder under `fixtures/` holds `input.md` (body
 * only; a minimal valid frontmatter is added unless the file has its own) and the expected
 * `output.json` (blocks and annotations) and `messages.txt`. Run with UPDATE=1 to write or
 * rewrite the expectations, then review the diff. Without it (and always in CI, where `CI` is
 * set) a missing expected file fails its test.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/contract/messages.ts';
import { processExplainer } from '../../src/markdown/pipeline.ts';
import { minimalFrontmatter, testSettings } from '../helpers/settings.ts';

const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const update = process.env.UPDATE === '1' && !process.env.CI;

function compare(file: string, actual: string) {
  if (update) writeFileSync(file, actual);
  expect(existsSync(file), `${file} is missing: write it with UPDATE=1 and review it`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('remark plugin fixtures', () => {
  const cases = readdirSync(dir).filter((name) => existsSync(path.join(dir, name, 'input.md')));
  it('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(20));
  for (const name of cases) {
    it(name, async () => {
      const input = readFileSync(path.join(dir, name, 'input.md'), 'utf8');
      const value =
        input.startsWith('---\n') || name.startsWith('frontmatter-')
          ? input
          : minimalFrontmatter + input;
      const { file } = await processExplainer({ path: `${name}.md`, value }, testSettings);
      const body = file.data.explainer;
      const output = body
        ? {
            blocks: body.blocks.map(({ id, type, html }) => ({ id, type, html })),
            annotations: body.annotations.map(({ place: _place, ...rest }) => rest),
          }
        : null;
      compare(path.join(dir, name, 'output.json'), `${JSON.stringify(output, null, 2)}\n`);
      // Every message says what it found and what was expected, with a hint, as the
      // catalogue's do (test/bad-input/catalogue.test.ts).
      for (const m of file.messages) {
        expect(m.reason).toMatch(/^(Unexpected|Missing|Draft|Scheduled) /);
        expect(m.note, `hint for ${m.ruleId}`).toBeTruthy();
      }
      compare(
        path.join(dir, name, 'messages.txt'),
        file.messages.map((m) => formatMessage(m, `${name}.md`)).join('\n') + '\n',
      );
    });
  }
});
