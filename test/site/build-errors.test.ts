/**
 * A content error fails the real Astro build with the file, line, column and field, and leaves
 * what was in the output folder alone.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { projectRoot } from '../helpers/paths.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';

function brokenContent(
  edit: (text: string) => string,
  file = 'explainers/kellsbury-cycle-lane-budget.md',
) {
  const dir = mkdtempSync(path.join(tmpdir(), 'explainers-content-'));
  cpSync(path.join(projectRoot, 'content'), dir, { recursive: true });
  const target = path.join(dir, file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  return dir;
}

describe('a build with bad content', { timeout: BUILD_TIMEOUT }, () => {
  it('fails naming the file, the line and the field, and keeps the previous output', () => {
    const content = brokenContent((t) => t.replace('published: 2026-10-14', 'published: soon'));
    const outDir = mkdtempSync(path.join(tmpdir(), 'explainers-out-'));
    writeFileSync(path.join(outDir, 'index.html'), 'previous good build');
    const result = runBuild(outDir, { EXPLAINERS_CONTENT: content });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toMatch(
      /kellsbury-cycle-lane-budget\.md:4:12 {2}error {2}Unexpected string "soon" for `published`/,
    );
    expect(output).not.toMatch(/^\s+at .*loader\.ts/m);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('previous good build');
  });

  it('fails on a rating off the scale with its place and rule id', () => {
    const content = brokenContent((t) => t.replace('rating=false}', 'rating=pants-on-fire}'));
    const result = runBuild(mkdtempSync(path.join(tmpdir(), 'explainers-out-')), {
      EXPLAINERS_CONTENT: content,
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(
      /kellsbury-cycle-lane-budget\.md:\d+:\d+ {2}error {2}Unexpected rating `pants-on-fire`.*unknown-rating/,
    );
  });

  it('fails on a bad field in site settings, naming the file', () => {
    const content = brokenContent(
      (t) => t.replace(/^baseUrl: .*$/m, 'baseUrl: not a url'),
      'site.yaml',
    );
    const result = runBuild(mkdtempSync(path.join(tmpdir(), 'explainers-out-')), {
      EXPLAINERS_CONTENT: content,
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/site\.yaml:\d+:\d+ {2}error .*`baseUrl`/);
    expect(existsSync(content)).toBe(true);
  });
});
