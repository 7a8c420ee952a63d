/**
 * `explainer import`: our own test article becomes an explainer with its slug line, credit, lede
 * and `Comment:` paragraph recognised, every character of its text kept, no file ever replaced
 * (the seed article gets the same in the corpora suite); text that looks like Markdown stays text;
 * the result passes `check` and builds, and the build prints the same warnings as `check`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { processExplainer } from '../../src/markdown/pipeline.ts';
import { minimalContent, runCommand, STACK_LINE, tempDir } from '../bad-input/run-cli.ts';
import { harbourFerry } from '../helpers/articles.ts';
import { runBuild } from '../helpers/build.ts';
import { projectRoot } from '../helpers/paths.ts';
import { testSettings } from '../helpers/settings.ts';
import { explainerText } from '../site/publishing-crawl.ts';
import { describeImport } from './import-article.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';

const articleFile = harbourFerry.file;
const slug = 'ferry-fares-harbour';

describeImport(
  harbourFerry,
  'Councillors in Wrenmouth voted on Tuesday to raise ferry fares by 12 per cent…',
);

describe('explainer import', { timeout: BUILD_TIMEOUT }, () => {
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
    const result = await runCommand([
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

  it('refuses unsafe or malformed options before writing anything', async () => {
    const dir = tempDir();
    const url = await runCommand([
      'import',
      articleFile,
      '--out',
      dir,
      '--url',
      'javascript:alert(1)',
    ]);
    expect(url.status).toBe(2);
    expect(url.stderr).toMatch(
      /^Unexpected --url `javascript:alert\(1\)`, expected an http\(s\) URL/,
    );
    const slug = await runCommand(['import', articleFile, '--out', dir, '--slug', 'Not A Slug']);
    expect(slug.status).toBe(2);
    const missing = await runCommand(['import', path.join(dir, 'nothing.txt'), '--out', dir]);
    expect(missing.status).toBe(2);
    expect(url.stderr + slug.stderr + missing.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(path.join(dir, `${slug}.md`))).toBe(false);
  });

  it('writes into the content folder, passes check, builds, and the build prints the same warnings as check', async () => {
    const content = minimalContent({
      'explainers/zz-warnings.md': `---\ntitle: Warnings\nsummary: Some.\npublished: 2026-01-02\nsource:\n  publisher: P\n---\n\nHe said "never closed.\n\nA :claim[claim] unrated, and :claim[another]{#another colour=red}.\n`,
    });
    const imported = await runCommand([
      'import',
      articleFile,
      '--content',
      content,
      '--publisher',
      'RT',
      '--publish',
    ]);
    expect(imported.status).toBe(0);
    const file = path.join(content, `explainers/${slug}.md`);
    expect(existsSync(file)).toBe(true);

    const check = await runCommand(['check', content]);
    expect(check.status).toBe(0);
    const warnings = check.stdout.split('\n').filter((line) => /\d+:\d+ {2}warning {2}/.test(line));
    expect(warnings.length).toBeGreaterThanOrEqual(3);

    const outDir = tempDir('explainers-out-');
    const build = runBuild(outDir, { EXPLAINERS_CONTENT: content });
    const printed = build.stdout + build.stderr;
    expect(build.status, printed).toBe(0);
    for (const warning of warnings) expect(printed).toContain(warning);
    const page = readFileSync(path.join(outDir, `explainers/${slug}/index.html`), 'utf8');
    expect(explainerText(fromHtml(page))).toContain(
      'show a surplus in two of the last three years',
    );
    expect(path.relative(projectRoot, file)).not.toMatch(/^content\//);
  });
});
