/**
 * `explainer check`: every problem, as the build finds it, one line each with a hint; exit 1 on
 * errors, 0 on warnings only, 2 on usage errors; `--json` for tools; progress on large folders.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE_SOURCES, RULE_IDS } from '../../src/contract/messages.ts';
import { copyContent, runCli, runCommand, STACK_LINE, tempDir } from '../bad-input/run-cli.ts';
import { minimalFrontmatter } from '../helpers/settings.ts';

const fm = (extra = '') => minimalFrontmatter.replace('---\ntitle', `---\n${extra}title`);

/** One file per rule the issue names; the sample content's people and ratings apply. */
const BROKEN = {
  'explainers/a-schema.md':
    fm().replace('published: 2026-01-01', 'published: 2026-13-45') + 'Text.\n',
  'explainers/b-ids.md':
    fm() + 'A :claim[one]{#x rating=false} and :claim[two]{#x rating=false}.\n',
  'explainers/c-rating.md': fm() + 'A :claim[one]{rating=pants-on-fire}.\n',
  'explainers/d-target.md': fm() + 'Text.\n\n:::comment{on=nowhere}\nNote.\n:::\n',
  'explainers/e-warnings.md':
    fm() +
    ':::comment\nToo early.\n:::\n\n' +
    ':quote["hi"]{by=no-such-person} and "open.\n\n' +
    ':::comment\n:::\n\n' +
    'A :claim[claim] with no rating.\n',
  'explainers/f-draft.md': fm('draft: true\n') + 'Text.\n',
};

describe('explainer check', () => {
  let content: string;
  beforeAll(() => {
    content = copyContent(BROKEN);
  });

  // The real bin, once: its exit code and output on a pipe. The other tests run the command in
  // this process (`runCommand`), by the same code.
  it('prints every problem as file:line:column  severity  message  rule-id, with a hint, and exits 1 on errors', () => {
    const result = runCli(['check', content], { cwd: content });
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    const problems = lines.filter((line) => /^\S+:\d+:\d+ {2}/.test(line));
    for (const line of problems) {
      expect(line).toMatch(
        /^explainers\/[\w-]+\.md:\d+:\d+ {2}(error|warning|info) {2}(Unexpected|Missing|Draft) .+ {2}[a-z]+(-[a-z]+)*$/,
      );
      const next = lines[lines.indexOf(line) + 1]!;
      expect(next).toMatch(/^ {4}hint: \S/);
    }
    expect(result.stdout).toContain(
      'explainers/c-rating.md:8:3  error  Unexpected rating `pants-on-fire`, expected one of `accurate`',
    );
    // In reading order within a file.
    const warnings = problems.filter((line) => line.startsWith('explainers/e-warnings.md'));
    const places = warnings.map((line) => line.split('  ')[0]!.split(':').slice(1).map(Number));
    expect(places).toEqual([...places].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
    expect(result.stdout).toMatch(/\n4 errors, \d+ warnings, 2 info in 12 explainers\n$/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('reports every rule the issue names, with --json for tools', async () => {
    const result = await runCommand(['check', content, '--json'], { cwd: content });
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      files: number;
      errors: number;
      warnings: number;
      infos: number;
      messages: Array<{
        file: string;
        line: number;
        column: number;
        severity: string;
        ruleId: string;
        message: string;
        hint?: string;
        source: string;
        url: string;
      }>;
    };
    expect(report.files).toBe(12);
    const rules = new Set(report.messages.map((m) => m.ruleId));
    for (const rule of [
      'frontmatter-schema',
      'duplicate-id',
      'unknown-rating',
      'comment-target',
      'unknown-speaker',
      'unmatched-quote',
      'comment-empty',
      'comment-placement',
      'missing-rating',
      'draft',
    ]) {
      expect(rules, rule).toContain(rule);
    }
    for (const m of report.messages) {
      expect(RULE_IDS).toContain(m.ruleId);
      expect(m.hint).toBeTruthy();
      expect(MESSAGE_SOURCES).toContain(m.source);
      expect(m.url).toBe(`README.md#rule-${m.ruleId}`);
    }
    expect(report.errors).toBe(report.messages.filter((m) => m.severity === 'error').length);
    expect(report.messages.find((m) => m.ruleId === 'duplicate-id')).toMatchObject({
      file: 'explainers/b-ids.md',
      line: 8,
      column: 36,
      severity: 'error',
      source: 'remark-claims',
    });
    const sourceOf = (ruleId: string) => report.messages.find((m) => m.ruleId === ruleId)?.source;
    expect(sourceOf('frontmatter-schema')).toBe('remark-frontmatter-schema');
    expect(sourceOf('comment-target')).toBe('remark-model');
    expect(sourceOf('unknown-speaker')).toBe('remark-quote-directive');
    expect(sourceOf('unmatched-quote')).toBe('remark-quotes');
    expect(sourceOf('draft')).toBe('pipeline');
    // This content folder is not the project's `content/`: a hint names the settings file as the
    // folder's own, never by a path into another folder.
    for (const ruleId of ['unknown-rating', 'unknown-speaker']) {
      const hint = report.messages.find((m) => m.ruleId === ruleId)?.hint;
      expect(hint, ruleId).toMatch(/the content folder's (?:ratings|people)\.yaml/);
      expect(hint, ruleId).not.toContain('content/');
    }
    expect(
      report.messages.find((m) => m.ruleId === 'missing-rating' && m.file.includes('e-')),
    ).toMatchObject({
      line: 17,
      column: 3,
      severity: 'warning',
    });
  });

  it('exits 0 when there are only warnings, and checks single files with the folder settings', async () => {
    const result = await runCommand(
      ['check', 'explainers/e-warnings.md', 'explainers/f-draft.md', '--content', '.'],
      { cwd: content },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/0 errors, 5 warnings, 1 info in 2 explainers/);
    // `by=no-such-person` is checked against this folder's people.yaml.
    expect(result.stdout).toContain('unknown-speaker');
  });

  it('says what is wrong with a path or an option, with exit code 2', async () => {
    const missing = await runCommand(['check', 'no/such/folder'], { cwd: content });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(
      /^Unexpected path `no\/such\/folder`, expected an existing file or folder/,
    );
    const option = await runCommand(['check', '--no-such-option'], { cwd: content });
    expect(option.status).toBe(2);
    expect(option.stderr).toContain('Usage: explainer check');
    const noContent = await runCommand(['check'], { cwd: tempDir() });
    expect(noContent.status).toBe(2);
    expect(noContent.stderr).toMatch(
      /^Unexpected content folder `content` without an `explainers\/` folder/,
    );
    // A day to build the site as of that is no day is refused, not ignored.
    const today = await runCommand(['check'], {
      cwd: content,
      env: { EXPLAINERS_TODAY: '2027-02-30' },
    });
    expect(today.status).toBe(2);
    expect(today.stderr).toMatch(
      /^Unexpected EXPLAINERS_TODAY=2027-02-30, expected a day of the calendar/,
    );
    expect(missing.stderr + option.stderr + noContent.stderr + today.stderr).not.toMatch(
      STACK_LINE,
    );
  });

  it('shows progress on stderr for a large folder, never in --json output', async () => {
    const dir = tempDir();
    const explainers = path.join(dir, 'explainers');
    mkdirSync(explainers);
    for (const name of ['site.yaml', 'ratings.yaml']) {
      writeFileSync(
        path.join(dir, name),
        name === 'site.yaml'
          ? 'title: T\ndescription: D\nbaseUrl: https://example.org\n'
          : 'scale: []\n',
      );
    }
    for (let i = 0; i < 60; i += 1) {
      writeFileSync(path.join(explainers, `e-${i}.md`), `${fm()}Paragraph ${i} with "a quote".\n`);
    }
    const json = await runCommand(['check', dir, '--json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ files: 60, errors: 0, messages: [] });
    expect(json.stderr).toMatch(/Checked 6\/60 files/);
    expect(json.stderr.trim().split('\n').at(-1)).toBe('Checked 60/60 files');

    const quiet = await runCommand(['check', dir, '--no-progress']);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe('No problems in 60 explainers.\n');
    // A small folder, on a pipe: no progress unless asked for.
    const small = await runCommand(['check', content, '--json']);
    expect(small.stderr).toBe('');
    expect((await runCommand(['check', content, '--json', '--progress'])).stderr).toMatch(
      /Checked 12\/12 files/,
    );
  });
});
