/**
 * Links between explainers looked up across the folder, as `check` and the loader do
 * (`src/loading/explainer-links.ts`): a link to no file is an error (naming the file meant, when
 * one is near); a link from an explainer on the site to a draft or a scheduled one is an error in
 * a build and a warning in the dev server; an explainer that is not on the site may link to one
 * that is not either.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/cli/check-content.ts';
import { severityOf } from '../../src/contract/messages.ts';
import { linkProblems } from '../../src/loading/explainer-links.ts';

/** A folder of explainers, each `[name, frontmatter lines, body]`. */
function folder(files: Array<[string, string, string]>): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'explainer-links-')), 'explainers');
  mkdirSync(dir);
  for (const [name, fields, body] of files) {
    writeFileSync(
      path.join(dir, name),
      `---\ntitle: ${name}\nsummary: A test.\n${fields}\nsource:\n  publisher: Test\n---\n\n${body}\n`,
    );
  }
  return dir;
}

const FILES: Array<[string, string, string]> = [
  ['published.md', 'published: 2026-01-01', 'Text :claim[here]{#here}.'],
  ['draft.md', 'published: 2026-01-01\ndraft: true', 'Text.'],
  ['scheduled.md', 'published: 2999-01-01', 'Text.'],
  [
    'linking.md',
    'published: 2026-01-02',
    'See [one](published.md#here), [two](draft.md), [three](scheduled.md#x), [four](publishd.md) and [five](published.md#hre).',
  ],
  ['draft-linking.md', 'published: 2026-01-02\ndraft: true', '[a](draft.md) [b](gone.md)'],
];

/** `check`'s link messages for the folder: file, line, column, severity and text. */
async function checked(dir: string) {
  const files = FILES.map(([name]) => path.join(dir, name));
  const { files: results } = await checkContent({ contentDir: path.dirname(dir), files });
  return results.flatMap((file) =>
    file.messages
      .filter((m) => m.ruleId === 'link-target')
      .map((m) => [path.basename(file.path), m.line, m.column, severityOf(m), m.reason, m.note]),
  );
}

describe('links between explainers', () => {
  it('are errors when they lead to no file, or from a page on the site to one not on it; warnings when their #id names nothing there', async () => {
    const messages = await checked(folder(FILES));
    expect(
      messages.map(([file, line, column, severity]) => [file, line, column, severity]),
    ).toEqual([
      ['linking.md', 9, 31, 'error'],
      ['linking.md', 9, 48, 'error'],
      ['linking.md', 9, 73, 'error'],
      // `#here` is the claim's id; `#hre` names nothing there.
      ['linking.md', 9, 97, 'warning'],
      // A draft may link to a draft; not to a file that is not there.
      ['draft-linking.md', 10, 15, 'error'],
    ]);
    const [draft, scheduled, missing, id] = messages.map((m) => m[4]);
    expect(draft).toBe(
      'Unexpected link to `draft.md`, expected an explainer on the site: it is a draft, so the link would lead to a missing page',
    );
    expect(scheduled).toContain('it is scheduled for 2999-01-01');
    expect(missing).toMatch(
      /^Unexpected link to `publishd\.md`, expected the file of an explainer/,
    );
    expect(messages[2]![5]).toMatch(/^Did you mean `published\.md`\?/);
    expect(id).toBe(
      'Unexpected `#hre` in the link to `published.md#hre`, expected the id of a claim, quotation, comment or block of that explainer: the link lands at the top of its page',
    );
    expect(messages[3]![5]).toMatch(/^Did you mean `#here`\?/);
  });

  it('written in a stand-off comment are judged at their place in the notes file', async () => {
    const dir = folder(FILES);
    writeFileSync(
      path.join(dir, 'published.notes.md'),
      ':::comment[Text]\nSee [our check](gone.md).\n:::\n',
    );
    const messages = await checked(dir);
    expect(
      messages.filter(([file]) => file === 'published.notes.md').map((m) => m.slice(0, 4)),
    ).toEqual([['published.notes.md', 2, 5, 'error']]);
  });

  it('to a draft are warnings in the dev server, which shows drafts', () => {
    const dir = folder(FILES);
    const file = path.join(dir, 'linking.md');
    const links = [
      { slug: 'draft', written: 'draft.md', line: 9, column: 26 },
      { slug: 'gone', written: 'gone.md', line: 9, column: 40 },
    ];
    const [problems] = linkProblems(
      [{ path: file, slug: 'linking', links }],
      FILES.map(([name]) => path.join(dir, name)),
      { dev: true },
    );
    expect(problems!.messages.map((m) => [m.column, severityOf(m)])).toEqual([
      [26, 'warning'],
      [40, 'error'],
    ]);
  });
});
