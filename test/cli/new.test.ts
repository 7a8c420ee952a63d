/**
 * `explainer new <slug>`: a draft whose every frontmatter field is explained, that passes
 * `check`, and that never replaces a file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { frontmatterSchema, sourceSchema } from '../../src/contract/frontmatter.ts';
import { minimalContent, runCli, runCommand, STACK_LINE, tempDir } from '../bad-input/run-cli.ts';
import { projectRoot } from '../helpers/paths.ts';

describe('explainer new', () => {
  // The real bin once (its exit code, what it prints on a pipe); the other tests run the
  // commands in this process (`runCommand`), by the same code.
  it('scaffolds a draft with every frontmatter field explained, which passes check', async () => {
    const dir = tempDir();
    const result = runCli(['new', 'council-budget-2027', '--out', dir, '--date', '2026-11-27']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*council-budget-2027\.md, a draft/);
    const file = path.join(dir, 'council-budget-2027.md');
    const text = readFileSync(file, 'utf8');
    const yaml = text.split('\n---\n')[0]!;
    const lines = yaml.split('\n');
    // Every field of the schema appears (set, or commented out when optional), with a note above.
    const fields = [
      ...Object.keys(frontmatterSchema.shape).map((key) => ({ key, indent: '' })),
      ...Object.keys(sourceSchema.shape).map((key) => ({ key, indent: '  ' })),
    ];
    for (const { key, indent } of fields) {
      const at = lines.findIndex((line) => new RegExp(`^${indent}(?:# )?${key}:`).test(line));
      expect(at, `field ${key}`).toBeGreaterThan(0);
      expect(lines[at - 1], `note above ${key}`).toMatch(new RegExp(`^${indent}# \\S`));
    }
    const fm = parseYaml(yaml.replace(/^---\n/, '')) as Record<string, unknown>;
    expect(fm).toMatchObject({ draft: true, published: '2026-11-27' });
    // The provenance of its sample text, which check confirms (no source-changed).
    expect((fm.source as { sha256?: string }).sha256).toMatch(/^[0-9a-f]{64}$/);

    const check = await runCommand(['check', file, '--content', path.join(projectRoot, 'content')]);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/0 errors, 0 warnings, 1 info in 1 explainer/);
    expect(check.stdout).toContain('Draft explainer, left out of the site  draft');
  });

  it("gives the content folder's language as the example of `language`", async () => {
    const content = minimalContent();
    const settings = path.join(content, 'site.yaml');
    writeFileSync(
      settings,
      readFileSync(settings, 'utf8').replace(/^language: .*$/m, 'language: fr'),
    );
    const dir = tempDir();
    const result = await runCommand(['new', 'piscine', '--out', dir, '--content', content]);
    expect(result.status, result.stderr).toBe(0);
    const text = readFileSync(path.join(dir, 'piscine.md'), 'utf8');
    expect(text).toContain('site.yaml is used (fr)');
    expect(text).toContain('\n# language: fr\n');
  });

  it('takes a title, and never replaces an existing file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'taken.md');
    writeFileSync(file, 'work in progress');
    const again = await runCommand(['new', 'taken', '--out', dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(
      /^Unexpected existing file `.*taken\.md`, expected a new file name/,
    );
    expect(readFileSync(file, 'utf8')).toBe('work in progress');

    expect(
      (await runCommand(['new', 'titled', '--out', dir, '--title', 'A "quoted" title: yes']))
        .status,
    ).toBe(0);
    const fm = parseYaml(
      readFileSync(path.join(dir, 'titled.md'), 'utf8').split('\n---\n')[0]!.slice(4),
    ) as {
      title: string;
    };
    expect(fm.title).toBe('A "quoted" title: yes');
  });

  it('takes words with spaces as the title, and makes the slug from them', async () => {
    const dir = tempDir();
    const result = await runCommand(['new', 'Ferry Fares, again!', '--out', dir]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('its slug made from the title');
    const file = readFileSync(path.join(dir, 'ferry-fares-again.md'), 'utf8');
    expect(file).toContain('title: "Ferry Fares, again!"');
    // --title still decides the title.
    expect((await runCommand(['new', 'Tolls rise', '--title', 'Other', '--out', dir])).status).toBe(
      0,
    );
    expect(readFileSync(path.join(dir, 'tolls-rise.md'), 'utf8')).toContain('title: "Other"');
    // A long title's slug ends at a whole word (it is the page's address for good).
    const long = 'Council approves £2m harbour upgrade despite objections from residents';
    expect((await runCommand(['new', long, '--out', dir])).status).toBe(0);
    expect(existsSync(path.join(dir, 'council-approves-2m-harbour-upgrade-despite.md'))).toBe(true);
  });

  it('refuses a slug that is not lowercase words joined by hyphens', async () => {
    const dir = tempDir();
    // Each with the slug its words make, to copy; words there are none of, without one. Words
    // with spaces are a title (above), but not a path.
    for (const [slug, example] of [
      ['Has_Underscores', ', such as `has-underscores`'],
      ['../a path', ', such as `a-path`'],
      ['UPPER', ', such as `upper`'],
      ['../escape', ', such as `escape`'],
      ['trailing-', ', such as `trailing`'],
      ['!!!', ''],
    ]) {
      const result = await runCommand(['new', slug!, '--out', dir]);
      expect(result.status, slug).toBe(2);
      expect(result.stderr.split('\n')[0]).toBe(
        `Unexpected slug \`${slug}\`, expected lowercase words joined by hyphens${example}`,
      );
      expect(result.stderr).not.toMatch(STACK_LINE);
    }
  });

  it('refuses a --date that is not a day of the calendar, and writes nothing', async () => {
    const dir = tempDir();
    for (const date of ['2026-13-01', '2026-02-30', '2025-02-29']) {
      const result = await runCommand(['new', 'dated', '--out', dir, '--date', date]);
      expect(result.status, date).toBe(2);
      expect(result.stderr).toMatch(/^Unexpected --date `.*`, expected a day that exists/);
      expect(existsSync(path.join(dir, 'dated.md'))).toBe(false);
    }
  });

  it('set to draft: false with its placeholders still in, fails check at each of them', async () => {
    const dir = tempDir();
    expect(
      (await runCommand(['new', 'unreviewed', '--out', dir, '--date', '2026-11-27'])).status,
    ).toBe(0);
    const file = path.join(dir, 'unreviewed.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true', 'draft: false'));
    const check = await runCommand(['check', file, '--content', path.join(projectRoot, 'content')]);
    expect(check.status).toBe(1);
    const rules = check.stdout.split('\n').filter((l) => / {2}error {2}/.test(l));
    expect(rules).toHaveLength(5);
    for (const line of rules) expect(line).toMatch(/Unexpected placeholder .* {2}placeholder$/);
  });
});
