/**
 * A failed `npm run build` leaves the previous output as it was: the build script
 * (`src/cli/build.ts`) builds into a work folder and swaps it in only on success.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectOutDir } from '../helpers/build.ts';
import { runBuildScript } from '../helpers/sample-site.ts';
import { projectRoot } from '../helpers/paths.ts';
import { minimalContent, STACK_LINE } from './run-cli.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';

const KELLSBURY = 'explainers/kellsbury-cycle-lane-budget.md';
const sample = (file: string) => readFileSync(path.join(projectRoot, 'content', file), 'utf8');

const build = (outDir: string, content: string) =>
  runBuildScript(outDir, { EXPLAINERS_CONTENT: content });

describe('npm run build', { timeout: 2 * BUILD_TIMEOUT }, () => {
  it('keeps the previous output when content is broken, and replaces it whole on success', () => {
    const outDir = path.join(projectOutDir('explainers-dist-'), 'dist');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'index.html'), 'previous good build');
    writeFileSync(path.join(outDir, 'stale.txt'), 'from the previous build');

    // The smallest content that shows the point: the sample settings and one explainer.
    const broken = minimalContent({
      'explainers/broken.md': '---\ntitle: "never closed\n---\n\nText.\n',
    });
    const failed = build(outDir, broken);
    expect(failed.status).not.toBe(0);
    expect(failed.output).toMatch(
      /broken\.md:2:8 {2}error {2}Unexpected quotation mark `"` left open/,
    );
    expect(failed.output).toMatch(/The previous .*dist\/ is unchanged/);
    expect(failed.output).not.toMatch(STACK_LINE);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('previous good build');
    expect(existsSync(path.join(outDir, 'stale.txt'))).toBe(true);
    expect(existsSync(`${outDir}.build`)).toBe(false);

    const good = build(outDir, minimalContent({ [KELLSBURY]: sample(KELLSBURY) }));
    expect(good.status, good.output).toBe(0);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('<!DOCTYPE html>');
    expect(existsSync(path.join(outDir, 'explainers/kellsbury-cycle-lane-budget/index.html'))).toBe(
      true,
    );
    expect(existsSync(path.join(outDir, 'stale.txt'))).toBe(false);
  });
});
