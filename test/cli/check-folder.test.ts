/**
 * `explainer check` on whole content folders with the mistakes of issue 15 that are not in one
 * explainer: two files for one slug, a file that is not Markdown, and a broken settings file,
 * which is reported once, without an error or warning for each explainer that uses it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';
import { copyContent, runCommand, STACK_LINE } from '../bad-input/run-cli.ts';

interface Report {
  errors: number;
  warnings: number;
  messages: Array<{ file: string; line: number; column: number; ruleId: string; severity: string }>;
}

async function check(content: string): Promise<{ status: number | null; report: Report }> {
  const result = await runCommand(['check', content, '--json'], { cwd: content });
  expect(result.stderr).not.toMatch(STACK_LINE);
  return { status: result.status, report: JSON.parse(result.stdout) as Report };
}

const sample = (name: string) => readFileSync(path.join(projectRoot, 'content', name), 'utf8');
const SLUG = 'kellsbury-cycle-lane-budget';

describe('explainer check on a content folder', () => {
  let baseline: Report;
  beforeAll(async () => {
    baseline = (await check(copyContent())).report;
  });

  it('fails on two files for one slug, naming both, and on a file that is not Markdown', async () => {
    const text = sample(`explainers/${SLUG}.md`);
    const content = copyContent({
      'explainers/Kellsbury Cycle Lane Budget.md': text,
      'explainers/kellsbury-cycle-lane-budget.markdown': text,
      'explainers/notes.txt': 'Ideas for next week.\n',
      'explainers/.draft.md.swp': 'an editor backup',
      'explainers/old.md~': 'another',
    });
    const { status, report } = await check(content);
    expect(status).toBe(1);
    const errors = report.messages.filter((m) => m.severity === 'error');
    expect(errors.map((m) => [m.file, m.ruleId, m.line, m.column]).sort()).toEqual(
      [
        ['explainers/Kellsbury Cycle Lane Budget.md', 'slug-collision', 1, 1],
        ['explainers/kellsbury-cycle-lane-budget.markdown', 'slug-collision', 1, 1],
        [`explainers/${SLUG}.md`, 'slug-collision', 1, 1],
        ['explainers/notes.txt', 'not-markdown', 1, 1],
      ].sort(),
    );
  });

  it('reports one bad line in ratings.yaml once, with no follow-on errors in the explainers', async () => {
    const ratings = sample('ratings.yaml').replace(
      'label: Mostly accurate',
      'label Mostly accurate',
    );
    const line = ratings.split('\n').indexOf('    label Mostly accurate') + 1;
    expect(line).toBeGreaterThan(0);
    const { status, report } = await check(copyContent({ 'ratings.yaml': ratings }));
    expect(status).toBe(1);
    expect(report.messages.filter((m) => m.severity === 'error')).toEqual([
      expect.objectContaining({ file: 'ratings.yaml', ruleId: 'settings-schema', line }),
    ]);
    expect(report.warnings).toBeLessThanOrEqual(baseline.warnings);
  });

  it('reports a rating with a bad colour once; explainers using other ratings are still checked', async () => {
    const ratings = sample('ratings.yaml').replace('colour: "#1b5e20"', 'colour: "#ffff00"');
    const wrong = sample(`explainers/${SLUG}.md`).replace(/rating=[a-z-]+/, 'rating=acurate');
    const { report } = await check(
      copyContent({ 'ratings.yaml': ratings, [`explainers/${SLUG}.md`]: wrong }),
    );
    const errors = report.messages.filter((m) => m.severity === 'error');
    expect(errors.map((m) => [m.file, m.ruleId])).toEqual([
      ['ratings.yaml', 'settings-schema'],
      [`explainers/${SLUG}.md`, 'unknown-rating'],
    ]);
  });

  it('reports a typo in people.yaml once, without an unknown-speaker warning for each use', async () => {
    const people = sample('people.yaml').replace('  name: Dafydd Pryce', '  nme: Dafydd Pryce');
    const { status, report } = await check(copyContent({ 'people.yaml': people }));
    expect(status).toBe(1);
    expect(
      new Set(report.messages.filter((m) => m.severity === 'error').map((m) => m.file)),
    ).toEqual(new Set(['people.yaml']));
    expect(report.messages.filter((m) => m.ruleId === 'unknown-speaker')).toEqual([]);
    expect(report.warnings).toBe(baseline.warnings);
  });

  it('says "put the value in quotes" for an unquoted colon, at the colon', async () => {
    const text = sample(`explainers/${SLUG}.md`).replace(
      /^title: .*$/m,
      'title: Kellsbury cycle lanes: what the figures show',
    );
    const content = copyContent({ [`explainers/${SLUG}.md`]: text });
    const result = await runCommand(['check', `explainers/${SLUG}.md`, '--content', '.'], {
      cwd: content,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      `explainers/${SLUG}.md:2:29  error  Unexpected colon in a value without quotes, expected the value in quotes  frontmatter-yaml\n    hint: Put the whole value in double quotes: title: "Kellsbury cycle lanes: what the figures show".`,
    );
  });
});
