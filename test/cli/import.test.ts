/**
 * `explainer import`: the seed article becomes an explainer with its slug line, credit, lede and
 * `Comment:` paragraph recognised, every character of its text kept, no file ever replaced; the
 * result passes `check` and builds, and the build prints the same warnings as `check`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { processExplainer, type Processed } from '../../src/markdown/pipeline.ts';
import { copyContent, runCli, STACK_LINE, tempDir } from '../bad-input/run-cli.ts';
import { runBuild } from '../helpers/build.ts';
import { projectRoot, sharedFixtures } from '../helpers/paths.ts';
import { testSettings } from '../helpers/settings.ts';

const seedFile = path.join(sharedFixtures, 'seed/000_04691d61c50f4310.txt');
const seed = readFileSync(seedFile, 'utf8');
const expected = JSON.parse(
  readFileSync(path.join(sharedFixtures, 'seed/expected.json'), 'utf8'),
) as {
  layout: { line_1: { text: string }; line_2: { text: string }; paragraphs: number };
  editor_comments: Array<{ body: string; follows_paragraph_starting: string }>;
  quotes: Array<{ quote: { text: string } }>;
};
const squash = (s: string) => s.replace(/\s+/g, '');
const frontmatterOf = (text: string) =>
  parseYaml(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;

describe('explainer import', () => {
  let out: string;
  let text: string;
  let processed: Processed;
  beforeAll(async () => {
    out = tempDir();
    const result = runCli([
      'import',
      seedFile,
      '--out',
      out,
      '--publisher',
      'RT',
      '--url',
      'https://www.rt.com/news/478073-us-uk-huawei-5g/',
      '--date',
      '2026-11-27',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^Wrote .*5g-chinese\.md: 8 paragraphs, 1 comment, 6 quotations found/,
    );
    text = readFileSync(path.join(out, '5g-chinese.md'), 'utf8');
    processed = await processExplainer({ path: '5g-chinese.md', value: text }, testSettings);
  });

  it('recognises the slug line, the © credit line and the lede', () => {
    const fm = frontmatterOf(text);
    expect(text).toContain(`# The article's slug line was: ${expected.layout.line_1.text}\n`);
    expect(fm.source).toEqual({
      publisher: 'RT',
      url: 'https://www.rt.com/news/478073-us-uk-huawei-5g/',
      credit: expected.layout.line_2.text,
    });
    const lede = seed.split('\n')[2]!;
    expect(fm.summary).toBe(lede);
    expect(processed.explainer!.blocks[0]!.text).toBe(lede);
    expect(fm.published).toBe('2026-11-27');
  });

  it('makes a display title from the lede, not the slug line, and marks it for the editor', () => {
    const fm = frontmatterOf(text);
    expect(fm.title).not.toBe(expected.layout.line_1.text);
    expect(fm.title).toBe(
      "In a bid to pressure the UK into barring Huawei from Britain's 5G rollout…",
    );
    expect(text).toMatch(/\n# TODO: write a display title[^\n]*\ntitle: /);
  });

  it('keeps every paragraph, and the Comment: paragraph as a comment on the paragraph before', () => {
    const { blocks, annotations } = processed.explainer!;
    expect(blocks).toHaveLength(expected.layout.paragraphs);
    const comments = annotations.filter((a) => a.kind === 'comment');
    expect(comments).toHaveLength(1);
    const [comment] = comments;
    const before = blocks.find((b) => b.id === comment!.blockId)!;
    expect(before.text.startsWith(expected.editor_comments[0]!.follows_paragraph_starting)).toBe(
      true,
    );
    expect(comment!.kind === 'comment' && comment!.text).toBe(expected.editor_comments[0]!.body);
    // Every character of the article after its two head lines, in order.
    const pieces = blocks.flatMap((block) => [
      block.text,
      ...comments
        .filter((c) => c.blockId === block.id)
        .map((c) => `Comment: ${c.kind === 'comment' ? c.text : ''}`),
    ]);
    const body = seed.split('\n').slice(2).join('\n');
    expect(squash(pieces.join(''))).toBe(squash(body));
    expect(annotations.filter((a) => a.kind === 'quote').map((a) => a.text)).toEqual(
      expected.quotes.map((q) => q.quote.text),
    );
    expect(processed.file.messages.filter((m) => m.fatal !== undefined)).toEqual([]);
    // Nothing in the article needed escaping, so the Markdown reads as the article does.
    expect(text.split('\n---\n')[1]).not.toContain('\\');
  });

  it('never replaces an existing file', () => {
    const target = path.join(out, '5g-chinese.md');
    writeFileSync(target, 'the editor has been working here');
    const again = runCli(['import', seedFile, '--out', out]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(
      /^Unexpected existing file `.*5g-chinese\.md`, expected a new file name: nothing was written/,
    );
    expect(readFileSync(target, 'utf8')).toBe('the editor has been working here');
  });

  it('keeps text that looks like Markdown or a directive as the text it is', async () => {
    const paragraphs = [
      'keywords line',
      '# Not a heading, and *not emphasis*, _nor this_, `nor code`, <b>nor HTML</b> & AT&amp;T.',
      '1. Not a list item\n- nor this\n> nor a quotation\n    nor code',
      'At 10:30 the :claim[big claim]{rating=false} and :quote["x"]{by=y} and :::comment were typed.',
      '[Not a link](https://example.com) nor [a reference][r], \\ backslashes \\* and ~~strike~~ | a | b |\n|---|---|',
      '"Quoted," she said, "and it\'s fine."',
      'Comment: the editor’s comment.',
    ];
    const dir = tempDir();
    const input = path.join(dir, 'tricky.txt');
    writeFileSync(input, paragraphs.join('\n\n'));
    const result = runCli([
      'import',
      input,
      '--out',
      dir,
      '--slug',
      'tricky',
      '--publisher',
      'Test',
    ]);
    expect(result.status).toBe(0);
    const written = readFileSync(path.join(dir, 'tricky.md'), 'utf8');
    const { explainer } = await processExplainer(
      { path: 'tricky.md', value: written },
      testSettings,
    );
    // Every character, except the spaces that indent a line (plain text has no use for them).
    const trimmed = (p: string) => p.replace(/^[ \t]+/gm, '');
    expect(explainer!.blocks.map((b) => b.text)).toEqual(paragraphs.slice(1, -1).map(trimmed));
    expect(explainer!.annotations.filter((a) => a.kind === 'claim')).toEqual([]);
    const comment = explainer!.annotations.find((a) => a.kind === 'comment');
    expect(comment?.kind === 'comment' && comment.text).toBe('the editor’s comment.');
  });

  it('refuses unsafe or malformed options before writing anything', () => {
    const dir = tempDir();
    const url = runCli(['import', seedFile, '--out', dir, '--url', 'javascript:alert(1)']);
    expect(url.status).toBe(2);
    expect(url.stderr).toMatch(
      /^Unexpected --url `javascript:alert\(1\)`, expected an http\(s\) URL/,
    );
    const slug = runCli(['import', seedFile, '--out', dir, '--slug', 'Not A Slug']);
    expect(slug.status).toBe(2);
    const missing = runCli(['import', path.join(dir, 'nothing.txt'), '--out', dir]);
    expect(missing.status).toBe(2);
    expect(url.stderr + slug.stderr + missing.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(path.join(dir, '5g-chinese.md'))).toBe(false);
  });

  it('writes into the content folder, passes check, builds, and the build prints the same warnings as check', () => {
    const content = copyContent({
      'explainers/zz-warnings.md': `---\ntitle: Warnings\nsummary: Some.\npublished: 2026-01-02\nsource:\n  publisher: P\n---\n\nHe said "never closed.\n\nA :claim[claim] unrated.\n`,
    });
    const imported = runCli([
      'import',
      seedFile,
      '--content',
      content,
      '--publisher',
      'RT',
      '--publish',
    ]);
    expect(imported.status).toBe(0);
    const file = path.join(content, 'explainers/5g-chinese.md');
    expect(existsSync(file)).toBe(true);

    const check = runCli(['check', content]);
    expect(check.status).toBe(0);
    const warnings = check.stdout.split('\n').filter((line) => /\d+:\d+ {2}warning {2}/.test(line));
    expect(warnings.length).toBeGreaterThanOrEqual(3);

    const outDir = tempDir('explainers-out-');
    const build = runBuild(outDir, { EXPLAINERS_CONTENT: content });
    const printed = build.stdout + build.stderr;
    expect(build.status, printed).toBe(0);
    for (const warning of warnings) expect(printed).toContain(warning);
    const page = readFileSync(path.join(outDir, 'explainers/5g-chinese/index.html'), 'utf8');
    expect(page).toContain('Meanwhile Western intelligence agencies are allowed hidden backdoors');
    expect(path.relative(projectRoot, file)).not.toMatch(/^content\//);
  });
});
