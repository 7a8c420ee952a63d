/**
 * Claims that break the rules fail the real build, each with its file, line, column and rule id:
 * a rating off the scale, a claim id used twice, and a comment `on=` a span that is not there.
 * All three in one build: the loader lists every error before it stops.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { projectRoot } from '../helpers/paths.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';

describe('a build with broken claims', { timeout: BUILD_TIMEOUT }, () => {
  it('fails listing each problem with file:line:column and rule id', () => {
    const content = mkdtempSync(path.join(tmpdir(), 'explainers-badclaims-'));
    cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
    const file = path.join(content, 'explainers/westmarch-school-meals-pledge.md');
    const broken = readFileSync(file, 'utf8')
      .replace('rating=accurate}', 'rating=pants-on-fire}')
      .replace('{#pilot-cost ', '{#fully-funded ')
      .concat('\n:::comment{on=no-such-claim}\nDangling.\n:::\n');
    writeFileSync(file, broken);
    const lineOf = (needle: string) => broken.slice(0, broken.indexOf(needle)).split('\n').length;
    const result = runBuild(mkdtempSync(path.join(tmpdir(), 'explainers-out-')), {
      EXPLAINERS_CONTENT: content,
    });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
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
});
