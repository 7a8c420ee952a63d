/**
 * `runCommand` (the command line in the test's own process, which most command tests use) gives
 * what the real bin gives: the same exit code and the same output, for a command that reports
 * problems and for a call with no known command.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalContent, runCli, runCommand } from '../bad-input/run-cli.ts';
import { minimalFrontmatter } from '../helpers/settings.ts';

describe('explainer in the test process', () => {
  it('prints and returns what the bin prints and returns', async () => {
    const content = minimalContent({
      'explainers/a.md': `${minimalFrontmatter}A :claim[claim]{rating=pants-on-fire} and "open.\n`,
    });
    writeFileSync(path.join(content, 'explainers/b.md'), `${minimalFrontmatter}Fine.\n`);
    for (const args of [['check', '.'], ['frobnicate']]) {
      const inProcess = await runCommand(args, { cwd: content });
      const bin = runCli(args, { cwd: content });
      expect(bin.status).not.toBe(0);
      expect(bin.stdout + bin.stderr).toMatch(/unknown-rating|Usage: explainer/);
      expect(inProcess, args.join(' ')).toEqual(bin);
    }
  });
});
