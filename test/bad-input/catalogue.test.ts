/**
 * Every case of the bad-input catalogue (`cases.ts`) through the build's own reading and
 * processing (`src/loading/explainer-files.ts`): each gives exactly its messages at their places,
 * or renders safely with its text kept, and none throws.
 */
import { describe, expect, it } from 'vitest';
import { hasErrors, severityOf } from '../../src/contract/messages.ts';
import type { VFile } from 'vfile';
import { decodeExplainer, processExplainerSource } from '../../src/loading/explainer-files.ts';
import { testSettings } from '../helpers/settings.ts';
import { cases, markupShown } from './cases.ts';

/** The exit code `explainer check` gives a file (src/cli/commands/check.ts: 1 on any error). */
const checkExitCode = (file: VFile) => (hasErrors(file) ? 1 : 0);

const byPlace = (a: readonly unknown[], b: readonly unknown[]) =>
  (a[2] as number) - (b[2] as number) || (a[3] as number) - (b[3] as number);

const bytesOf = (input: string | Uint8Array) =>
  typeof input === 'string' ? new TextEncoder().encode(input) : input;

describe('bad input catalogue', () => {
  it('has at least 60 cases', () => expect(cases.length).toBeGreaterThanOrEqual(60));

  for (const badCase of cases) {
    it(
      badCase.name,
      async () => {
        const source = decodeExplainer(bytesOf(badCase.input()), 'case.md');
        if (badCase.notes)
          source.notes = decodeExplainer(bytesOf(badCase.notes.text), 'case.notes.md');
        const result = await processExplainerSource(source, testSettings);
        const notesMessages = (result.notes?.messages ?? []).map((m) => [
          m.ruleId,
          severityOf(m),
          m.line ?? 1,
          m.column ?? 1,
        ]);
        expect(notesMessages.sort(byPlace)).toEqual(
          [...(badCase.notes?.messages ?? [])].sort(byPlace),
        );
        const messages = result.file.messages.map((m) => [
          m.ruleId,
          severityOf(m),
          m.line ?? 1,
          m.column ?? 1,
        ]);
        expect(messages.sort(byPlace)).toEqual([...badCase.messages].sort(byPlace));
        if (badCase.reason) expect(result.file.messages[0]?.reason).toMatch(badCase.reason);
        for (const m of [...result.file.messages, ...(result.notes?.messages ?? [])]) {
          expect(m.reason).toMatch(/^(Unexpected|Missing|Draft|Scheduled) /);
          expect(m.note, `hint for ${m.ruleId}`).toBeTruthy();
        }
        const errors = [...badCase.messages, ...(badCase.notes?.messages ?? [])].some(
          ([, severity]) => severity === 'error',
        );
        expect(result.explainer === undefined).toBe(errors);
        // `explainer check` and the build: exit 1 on an error, 0 otherwise; and what renders
        // shows none of the editor's markup as text.
        expect(
          Math.max(checkExitCode(result.file), result.notes ? checkExitCode(result.notes) : 0),
        ).toBe(errors ? 1 : 0);
        if (result.explainer && !badCase.markupAsText) expect(markupShown(result)).toBeUndefined();
        badCase.check?.(result);
      },
      120_000,
    );
  }
});
