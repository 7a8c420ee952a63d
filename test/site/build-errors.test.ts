/**
 * Content errors fail the real Astro build, each with its file, line, column and rule id or
 * field, and leave what was in the output folder alone. One build shows every content error
 * (the loader lists them all before it stops): a frontmatter field of the wrong type in one
 * explainer; in another, a rating off the scale, a claim id used twice and a comment `on=` a span
 * that is not there. A bad field in site settings stops the build before any content is read: the
 * site settings' loader, run in this process as the build runs it (`loadSettingsAsBuild`; real
 * builds that fail on settings are in `test/bad-input/hostile.test.ts`).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSettingsAsBuild } from '../bad-input/agreement.ts';
import { runBuild } from '../helpers/build.ts';
import { projectRoot } from '../helpers/paths.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';

/** A copy of the sample content with `file` (relative to it) edited. */
function editContent(dir: string, file: string, edit: (text: string) => string): string {
  const target = path.join(dir, file);
  const text = edit(readFileSync(target, 'utf8'));
  writeFileSync(target, text);
  return text;
}

function copyContent(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'explainers-content-'));
  cpSync(path.join(projectRoot, 'content'), dir, { recursive: true });
  return dir;
}

describe('a build with bad content', { timeout: BUILD_TIMEOUT }, () => {
  let output = '';
  let status: number | null;
  let outDir: string;
  let claims: string;
  beforeAll(() => {
    const content = copyContent();
    editContent(content, 'explainers/kellsbury-cycle-lane-budget.md', (t) =>
      t.replace('published: 2026-10-14', 'published: soon'),
    );
    claims = editContent(content, 'explainers/westmarch-school-meals-pledge.md', (t) =>
      t
        .replace('rating=accurate}', 'rating=pants-on-fire}')
        .replace('{#pilot-cost ', '{#fully-funded ')
        .concat('\n:::comment{on=no-such-claim}\nDangling.\n:::\n'),
    );
    outDir = mkdtempSync(path.join(tmpdir(), 'explainers-out-'));
    writeFileSync(path.join(outDir, 'index.html'), 'previous good build');
    const result = runBuild(outDir, { EXPLAINERS_CONTENT: content });
    status = result.status;
    output = result.stdout + result.stderr;
  }, BUILD_TIMEOUT);

  it('fails naming the file, the line and the field, and keeps the previous output', () => {
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /kellsbury-cycle-lane-budget\.md:4:12 {2}error {2}Unexpected string "soon" for `published`/,
    );
    expect(output).not.toMatch(/^\s+at .*loader\.ts/m);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('previous good build');
  });

  it('lists each broken claim with file:line:column and rule id', () => {
    const lineOf = (needle: string) => claims.slice(0, claims.indexOf(needle)).split('\n').length;
    const where = 'westmarch-school-meals-pledge\\.md';
    expect(output).toMatch(
      new RegExp(
        `${where}:${lineOf('pants-on-fire')}:\\d+ {2}error {2}Unexpected rating \`pants-on-fire\`.*unknown-rating`,
      ),
    );
    expect(output).toMatch(
      new RegExp(
        `${where}:${lineOf('{#fully-funded by=moira')}:\\d+ {2}error .*duplicate id.*duplicate-id`,
      ),
    );
    expect(output).toMatch(
      new RegExp(
        `${where}:${lineOf('on=no-such-claim')}:1 {2}error {2}Unexpected \`on=no-such-claim\`.*comment-target`,
      ),
    );
  });

  it('fails on a bad field in site settings, naming the file', async () => {
    const content = copyContent();
    editContent(content, 'site.yaml', (t) => t.replace(/^baseUrl: .*$/m, 'baseUrl: not a url'));
    const result = await loadSettingsAsBuild(content);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/site\.yaml:\d+:\d+ {2}error .*`baseUrl`/);
    expect(existsSync(content)).toBe(true);
  });
});
