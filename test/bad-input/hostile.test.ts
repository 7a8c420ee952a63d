/**
 * The hostile folders of `hostile-cases.ts` through `explainer check` and the real build: check
 * says exactly what the catalogue expects, and the build agrees (fails exactly when check finds
 * an error, naming the same files and places), without a stack trace. Odd file names that give
 * a page address build, each page at its slug, with every address in the sitemap encoded once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';
import { expectAgreement, runBuildCommand, runCheck } from './agreement.ts';
import { hostileFolders, makeGoodFolder, makeOddNamesFolder, oddNames } from './hostile-cases.ts';
import { runCli, STACK_LINE, tempDir } from './run-cli.ts';

const BUILD_TIMEOUT = 300_000;

describe('hostile content folders: check and the build agree', () => {
  for (const hostile of hostileFolders) {
    it(
      hostile.name,
      () => {
        const content = makeGoodFolder();
        hostile.make(content);
        const check = runCheck(content);
        expect(check.status, check.output).toBe(hostile.exit);
        if (hostile.refusal) expect(check.refusal).toMatch(hostile.refusal);
        const got = check.messages.map((m) => [
          path.relative(content, path.resolve(projectRoot, m.file)),
          m.ruleId,
          m.severity,
          m.line,
          m.column,
        ]);
        expect(got.sort()).toEqual(hostile.messages().sort());
        expectAgreement(check, runBuildCommand(content));
      },
      BUILD_TIMEOUT,
    );
  }

  it(
    'odd file names build, each page at its slug, every address encoded once',
    () => {
      const content = makeOddNamesFolder();
      const check = runCheck(content);
      expect(check.status, check.output).toBe(0);
      const build = runBuildCommand(content);
      expectAgreement(check, build);
      for (const [name, slug] of oddNames) {
        expect(existsSync(path.join(build.outDir, 'explainers', slug, 'index.html')), name).toBe(
          true,
        );
      }
      const sitemap = readFileSync(path.join(build.outDir, 'sitemap-0.xml'), 'utf8');
      const locations = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
      for (const [, slug] of oddNames) {
        expect(locations).toContain(`https://example.org/explainers/${encodeURIComponent(slug)}/`);
      }
      for (const location of locations) {
        expect(location).not.toContain('%25');
        const file = decodeURIComponent(new URL(location).pathname);
        expect(existsSync(path.join(build.outDir, file, 'index.html')), location).toBe(true);
      }
    },
    BUILD_TIMEOUT,
  );
});

describe('check given a path that is no folder or file', () => {
  it('a named pipe is an unreadable file, at once (not waited on)', () => {
    const content = makeGoodFolder();
    const pipe = path.join(tempDir(), 'pipe.md');
    execFileSync('mkfifo', [pipe]);
    const result = runCli(['check', pipe, '--content', content]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /pipe\.md:1:1 {2}error {2}Unexpected named pipe where a file should be, .* {2}unreadable-file/,
    );
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });

  it('a broken link is a path that is not there (exit 2, one line)', () => {
    const link = path.join(tempDir(), 'gone.md');
    symlinkSync(path.join(path.dirname(link), 'nowhere.md'), link);
    const result = runCli(['check', link]);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toMatch(/^Unexpected path `.*gone\.md`, expected/);
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });
});
