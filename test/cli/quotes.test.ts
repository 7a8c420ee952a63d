/**
 * `npx explainer quotes <paths…> [--lang xx] [--json] [--explain] [--content dir]`, run as editors run it: JSON
 * offsets into the file's text for a plain-text article (our own test article, checked against
 * its ground truth; the seed gets the same in the corpora suite) and for a Markdown explainer;
 * many files, folders and patterns in one run, keyed by path; `--explain`; the readable listing,
 * and usage errors.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { harbourFerry } from '../helpers/articles.ts';
import { describeQuotesJson, quotes, quotesProcess, type JsonQuote } from './quotes-cli.ts';

describeQuotesJson(harbourFerry);

describe('explainer quotes --json', () => {
  it('gives offsets into a Markdown file’s own text, frontmatter and markup included', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'quotes-cli-'));
    const file = path.join(dir, 'x.md');
    const text =
      '---\ntitle: T\nsummary: S\npublished: 2026-01-01\nsource:\n  publisher: P\n---\n\n' +
      'Dafydd Pryce told the *Courier* that it was "a **clear** win."\n\n"No," said Ms O\'Neill.\n';
    writeFileSync(file, text);
    const out = await quotes(file, '--json');
    expect(out.status).toBe(0);
    const list = JSON.parse(out.stdout) as JsonQuote[];
    expect(list.map((q) => q.text)).toEqual(['"a **clear** win."', '"No,"']);
    for (const q of list) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(text.slice(q.speaker!.start, q.speaker!.end)).toMatch(/Dafydd Pryce|Ms O'Neill/);
    }
    // The sample site's people.yaml gives the ids.
    expect(list.map((q) => q.speaker?.id)).toEqual(['dafydd-pryce', 'helen-oneill']);
  });

  it('takes people and the language from the content folder --content names', async () => {
    const content = mkdtempSync(path.join(tmpdir(), 'quotes-content-'));
    writeFileSync(path.join(content, 'site.yaml'), 'title: T\nlanguage: de\n');
    writeFileSync(path.join(content, 'people.yaml'), '- id: jr\n  name: Jana Roth\n');
    const file = path.join(content, 'de.txt');
    writeFileSync(file, '»Wir verdienen keinen Cent«, sagte Jana Roth.\n');
    const out = await quotes(file, '--content', content, '--json');
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toMatchObject([
      { text: '»Wir verdienen keinen Cent«', speaker: { name: 'Jana Roth', id: 'jr' } },
    ]);
  });

  it('reads the language given with --lang', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'quotes-cli-'));
    const file = path.join(dir, 'de.txt');
    writeFileSync(file, '»Wir verdienen keinen Cent«, sagte Jana Roth.\n');
    const german = JSON.parse((await quotes(file, '--lang', 'de', '--json')).stdout) as JsonQuote[];
    expect(german).toMatchObject([
      { text: '»Wir verdienen keinen Cent«', speaker: { name: 'Jana Roth' } },
    ]);
  });
});

describe('explainer quotes over many files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'quotes-many-'));
  const a = path.join(dir, 'a.md');
  const b = path.join(dir, 'sub', 'b.txt');
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(
    a,
    '---\ntitle: T\nsummary: S\npublished: 2026-01-01\nsource:\n  publisher: P\n---\n\n' +
      'Dafydd Pryce said "it is a clear win."\n\nJane Doe walked in.\n\n' +
      // Two people named since, one of them a woman: "she" is less sure.
      'Tom Reid and Ann Lee waited.\n\n' +
      '"We will not stop," she said. "Nor \'stall\' it."\n',
  );
  writeFileSync(b, 'Sam Lee said "no comment" and left.\n');
  writeFileSync(path.join(dir, '.hidden.md'), 'He said "hidden".\n');
  writeFileSync(path.join(dir, 'notes.pdf'), 'He said "not read".\n');

  it('reads files, folders and globs in one run; --json gives one array per file, by path', async () => {
    const out = await quotes(dir, path.join(dir, '*.md'), '--json');
    expect(out.status).toBe(0);
    const byFile = JSON.parse(out.stdout) as Record<string, JsonQuote[]>;
    expect(Object.keys(byFile)).toEqual([a, b]);
    // Each array is what the file gives alone (one file alone still prints a bare array).
    for (const file of [a, b]) {
      const alone = JSON.parse((await quotes(file, '--json')).stdout) as JsonQuote[];
      expect(Array.isArray(alone)).toBe(true);
      expect(byFile[file]).toEqual(alone);
    }
    expect(byFile[b]).toMatchObject([{ text: '"no comment"', speaker: { name: 'Sam Lee' } }]);
  });

  it('--explain says per quotation how its speaker was chosen, or why there is none', async () => {
    const out = await quotes(a, '--explain');
    expect(out.status).toBe(0);
    const text = out.stdout;
    expect(text).toMatch(
      /\n {4}speaker: Dafydd Pryce, automatic\n {4}cue: a reporting verb before/,
    );
    expect(text).toMatch(/ {4}rule: verb-before\/(people|name), confidence 0\.\d\d\n/);
    // A pronoun: the words it stands for, where they are, and the request to confirm it.
    expect(text).toMatch(/ {4}via: a pronoun resolved to an earlier speaker: “she” at 15:21\n/);
    expect(text).toMatch(/confirm it \(confidence below 0\.85\): :quote\[…\]\{by="Jane Doe"\}/);
    expect(text).toMatch(
      /'stall'\t— no speaker \(nested\)\n {4}speaker: none — it is nested in another quotation/,
    );
    const json = JSON.parse((await quotes(a, '--explain', '--json')).stdout) as Array<
      JsonQuote & { reason: string; rule?: string; confidence?: number; depth: number }
    >;
    expect(json[0]).toMatchObject({ reason: 'cue', rule: expect.stringMatching(/^verb-before\//) });
    expect(json[0]!.confidence).toBeGreaterThan(0);
    expect(json.every((q) => typeof q.depth === 'number')).toBe(true);
  });

  it('fails on a path that is not there and a pattern that matches nothing', async () => {
    expect(await quotes(a, path.join(dir, 'missing.md'))).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('Unexpected missing file'),
    });
    expect(await quotes(path.join(dir, '*.docx'))).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('matches no file'),
    });
  });
});

describe('explainer quotes', () => {
  // The real bin once (its exit code, what it prints on a pipe); the other tests run the
  // command in this process (`runCommand`), by the same code.
  it('lists each quotation on a line with its place, speaker and cue', () => {
    const out = quotesProcess(harbourFerry.file);
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines).toHaveLength(harbourFerry.gold.quotes.length);
    expect(lines[0]).toMatch(
      /^3:\d+\t"the only way to keep the boats running\."\t— Colin Marsh via “the operator's chief executive” \(cue, called, [\w-]+\/[\w-]+ 0\.\d\d\)$/,
    );
    expect(lines.at(-1)).toMatch(/'hidden subsidy'\t— no speaker \(scare\)$/);
  });

  it('warns about an unmatched mark on stderr with its line and column', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'quotes-cli-'));
    const file = path.join(dir, 'x.txt');
    writeFileSync(file, 'One line.\n\nHe said "this never closes.\n');
    const out = await quotes(file);
    expect(out.status).toBe(0);
    expect(out.stderr).toContain(`${file}:3:9  warning  Unexpected unclosed quotation mark`);
    expect(out.stdout.trim()).toBe('No quotations found.');
  });

  it('explains its usage and fails on a bad call', async () => {
    expect(await quotes('--help')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('--json'),
    });
    expect(await quotes()).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('Missing file'),
    });
    expect((await quotes(harbourFerry.file, '--frobnicate')).status).toBe(2);
    expect((await quotes(harbourFerry.file, '--lang')).status).toBe(2);
    expect((await quotes(path.join(tmpdir(), 'no-such-file.txt'))).status).toBe(1);
  });
});
