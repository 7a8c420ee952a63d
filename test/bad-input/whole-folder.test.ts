/**
 * The whole bad-input catalogue as one content folder, read from disk as the build reads it:
 * `explainer check` lists each file's messages at their places. The real build of the catalogue
 * is in `hostile.test.ts`: it fails listing every error check finds in it (with file, line,
 * column, message and rule) and no stack trace, in one build with the hostile explainer files;
 * and the cases without errors build, none of their pages showing the editor's markup as text,
 * in its build of odd file names (one build of a site that must build, for both).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { testSettings } from '../helpers/settings.ts';
import { type BadCase } from './cases.ts';
import { fileName, included, notesName, writeCases } from './catalogue-folder.ts';
import { runCommand, STACK_LINE, tempDir } from './run-cli.ts';

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

describe('the bad-input catalogue as a content folder', () => {
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
});
