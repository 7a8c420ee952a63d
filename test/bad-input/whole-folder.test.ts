/**
 * The whole bad-input catalogue as one content folder, read from disk as the build reads it:
 * `explainer check` lists each file's messages at their places, and the real Astro build fails
 * listing every error, with file and line, and no stack trace. That the cases without errors
 * build, and none of their pages shows the editor's markup as text, is shown by the build of odd
 * file names in `hostile.test.ts` (one build of a site that must build, for both).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { testSettings } from '../helpers/settings.ts';
import { type BadCase } from './cases.ts';
import { allMessages, fileName, included, notesName, writeCases } from './catalogue-folder.ts';
import { runCommand, STACK_LINE, tempDir } from './run-cli.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';

/** A content folder with the test settings and these cases as its explainers. */
function contentFolder(of: readonly BadCase[]): string {
  const content = tempDir('explainers-bad-');
  mkdirSync(path.join(content, 'explainers'));
  writeFileSync(path.join(content, 'site.yaml'), stringify(testSettings.site));
  writeFileSync(path.join(content, 'ratings.yaml'), stringify({ scale: testSettings.ratings }));
  writeFileSync(path.join(content, 'people.yaml'), stringify(testSettings.people));
  writeCases(content, of);
  return content;
}

describe('the bad-input catalogue as a content folder', { timeout: BUILD_TIMEOUT }, () => {
  let content: string;
  beforeAll(() => {
    content = contentFolder(included);
  });

  it('check gives every file its messages at their places', async () => {
    const result = await runCommand(['check', content, '--json'], { cwd: content });
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(STACK_LINE);
    const report = JSON.parse(result.stdout) as {
      files: number;
      messages: Array<{
        file: string;
        ruleId: string;
        severity: string;
        line: number;
        column: number;
      }>;
    };
    expect(report.files).toBe(included.length);
    const byPlace = (a: readonly unknown[], b: readonly unknown[]) =>
      (a[2] as number) - (b[2] as number) || (a[3] as number) - (b[3] as number);
    included.forEach((badCase, index) => {
      const got = report.messages
        .filter((m) => m.file === path.join('explainers', fileName(index)))
        .map((m) => [m.ruleId, m.severity, m.line, m.column]);
      expect(got.sort(byPlace), badCase.name).toEqual([...badCase.messages].sort(byPlace));
      const gotNotes = report.messages
        .filter((m) => m.file === path.join('explainers', notesName(index)))
        .map((m) => [m.ruleId, m.severity, m.line, m.column]);
      expect(gotNotes.sort(byPlace), badCase.name).toEqual(
        [...(badCase.notes?.messages ?? [])].sort(byPlace),
      );
    });
  });

  it('the build fails listing every error with its file and line, and no stack trace', () => {
    const result = runBuild(tempDir('explainers-out-'), { EXPLAINERS_CONTENT: content });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    const errors = included.reduce(
      (n, c, index) =>
        n + allMessages(c, index).filter(([, , severity]) => severity === 'error').length,
      0,
    );
    expect(output).toContain(`Content has ${errors} errors:`);
    included.forEach((badCase, index) => {
      for (const [file, rule, severity, line, column] of allMessages(badCase, index)) {
        if (severity !== 'error') continue;
        expect(output, badCase.name).toMatch(
          new RegExp(`${file.replaceAll('.', '\\.')}:${line}:${column} {2}error {2}.* {2}${rule}`),
        );
      }
    });
    expect(output).not.toMatch(STACK_LINE);
  });
});
