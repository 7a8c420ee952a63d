/**
 * A reporter that prints, at the end of a run, the ten slowest test files (set up, import and
 * collect, hooks and tests), the sum of all files' times (with files running in parallel it is
 * more than the wall time; it is the figure to compare between runs on a busy machine), and how
 * many Astro builds, dev servers and Chromium instances the run started (`run-log.ts`).
 * `SLOWEST_FILES=<n>` prints n files instead of ten (`SLOWEST_FILES=100` for all).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class SlowestFiles implements Reporter {
  #logDir = '';

  onInit(): void {
    // Before the global set-up and the workers start, so every worker inherits it.
    this.#logDir = mkdtempSync(path.join(tmpdir(), 'explainers-test-log-'));
    process.env.EXPLAINERS_TEST_LOG = path.join(this.#logDir, 'started.log');
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const { started, byFile } = this.#started();
    const timed = testModules.map((module) => {
      const d = module.diagnostic();
      const ms =
        d.environmentSetupDuration +
        d.prepareDuration +
        d.collectDuration +
        d.setupDuration +
        d.duration;
      return { file: module.relativeModuleId, ms };
    });
    if (timed.length === 0) return;
    timed.sort((a, b) => b.ms - a.ms);
    const shown = Number(process.env.SLOWEST_FILES) || 10;
    const lines = timed.slice(0, shown).map(({ file, ms }) => {
      const spawned = byFile.get(file);
      return `  ${(ms / 1000).toFixed(1).padStart(7)} s  ${file}${spawned ? `  (${spawned})` : ''}`;
    });
    const sum = timed.reduce((total, { ms }) => total + ms, 0) / 1000;
    console.log(
      `\nSlowest test files (of ${timed.length}; all files together ${sum.toFixed(1)} s):\n` +
        `${lines.join('\n')}\nStarted: ${started}\n`,
    );
  }

  /**
   * "17 astro build, 1 astro dev, 6 chromium" in all and for each file, from the log the helpers
   * append to.
   */
  #started(): { started: string; byFile: Map<string, string> } {
    let lines: string[] = [];
    try {
      lines = readFileSync(path.join(this.#logDir, 'started.log'), 'utf8').split('\n');
    } catch {
      // Nothing was started.
    }
    rmSync(this.#logDir, { recursive: true, force: true });
    const summary = (entries: string[]): string => {
      const counts = new Map<string, number>();
      for (const what of entries) counts.set(what, (counts.get(what) ?? 0) + 1);
      return [...counts].map(([what, n]) => `${n} ${what}`).join(', ');
    };
    const entries = lines.filter(Boolean).map((line) => line.split('\t'));
    const files = new Set(entries.map(([, file]) => file ?? ''));
    const byFile = new Map(
      [...files].map((file) => [
        file,
        summary(entries.filter(([, f]) => (f ?? '') === file).map(([what]) => what ?? '')),
      ]),
    );
    const started = summary(entries.map(([what]) => what ?? ''));
    return { started: started || 'no build, dev server or browser', byFile };
  }
}
