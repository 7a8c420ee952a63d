/**
 * `npx explainer quotes <file> [--lang xx] [--json]`, run as editors run it: JSON offsets into the
 * file's text for a plain-text article (the seed, checked against its ground truth) and for a
 * Markdown explainer, the readable listing, and usage errors.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, sharedFixtures } from '../helpers/paths.ts';

const cli = path.join(projectRoot, 'src/cli/explainer.ts');
const seedFile = path.join(sharedFixtures, 'seed/000_04691d61c50f4310.txt');
const seedText = readFileSync(seedFile, 'utf8');
const seed = JSON.parse(readFileSync(path.join(sharedFixtures, 'seed/expected.json'), 'utf8')) as {
  quotes: Array<{
    quote: { start: number; end: number; text: string };
    speaker: string | null;
    speaker_span?: { start: number; end: number };
  }>;
};

function quotes(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, 'quotes', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonQuote {
  start: number;
  end: number;
  text: string;
  speaker: { name: string; id?: string; start?: number; end?: number } | null;
  cue?: string;
}

describe('explainer quotes --json', () => {
  const run = quotes(seedFile, '--json');
  const found = JSON.parse(run.stdout) as JsonQuote[];

  it('finds exactly the seed’s quotations, at its offsets', () => {
    expect(run.status).toBe(0);
    expect(found.map(({ start, end, text }) => ({ start, end, text }))).toEqual(
      seed.quotes.map((q) => q.quote),
    );
  });

  it('names each seed speaker where the text does, or none where its rule is unsure', () => {
    seed.quotes.forEach((gold, i) => {
      const speaker = found[i]!.speaker;
      if (gold.speaker === null) expect(speaker).toBeNull();
      else if (speaker !== null) {
        expect(speaker?.name).toBe(gold.speaker);
        expect({ start: speaker?.start, end: speaker?.end }).toEqual({
          start: gold.speaker_span!.start,
          end: gold.speaker_span!.end,
        });
      }
    });
  });

  it('prints only the fields of the documented shape', () => {
    for (const q of found) {
      expect(
        Object.keys(q).filter((k) => !['start', 'end', 'text', 'speaker', 'cue'].includes(k)),
      ).toEqual([]);
      expect(seedText.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it('gives offsets into a Markdown file’s own text, frontmatter and markup included', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'quotes-cli-'));
    const file = path.join(dir, 'x.md');
    const text =
      '---\ntitle: T\nsummary: S\npublished: 2026-01-01\nsource:\n  publisher: P\n---\n\n' +
      'Dafydd Pryce told the *Courier* that it was "a **clear** win."\n\n"No," said Ms O\'Neill.\n';
    writeFileSync(file, text);
    const out = quotes(file, '--json');
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

  it('reads the language given with --lang', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'quotes-cli-'));
    const file = path.join(dir, 'de.txt');
    writeFileSync(file, '»Wir verdienen keinen Cent«, sagte Jana Roth.\n');
    const german = JSON.parse(quotes(file, '--lang', 'de', '--json').stdout) as JsonQuote[];
    expect(german).toMatchObject([
      { text: '»Wir verdienen keinen Cent«', speaker: { name: 'Jana Roth' } },
    ]);
  });
});

describe('explainer quotes', () => {
  it('lists each quotation on a line with its place, speaker and cue', () => {
    const out = quotes(seedFile);
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines).toHaveLength(seed.quotes.length);
    expect(lines[0]).toMatch(
      /^3:\d+\t"madness\."\t— no speaker \(uncertain: not “US officials”, verb-implicit\/group 0\.\d\d\)$/,
    );
    expect(lines[3]).toMatch(/— Robert O'Brien via .* \(cue, argued, verb-before\/name 0\.\d\d\)$/);
    expect(lines[1]).toMatch(/'backdoors'\t— no speaker \(scare\)$/);
  });

  it('warns about an unmatched mark on stderr with its line and column', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'quotes-cli-'));
    const file = path.join(dir, 'x.txt');
    writeFileSync(file, 'One line.\n\nHe said "this never closes.\n');
    const out = quotes(file);
    expect(out.status).toBe(0);
    expect(out.stderr).toContain(`${file}:3:9  warning  Unexpected unclosed quotation mark`);
    expect(out.stdout.trim()).toBe('No quotations found.');
  });

  it('explains its usage and fails on a bad call', () => {
    expect(quotes('--help')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('--json'),
    });
    expect(quotes()).toMatchObject({ status: 2, stderr: expect.stringContaining('Missing file') });
    expect(quotes(seedFile, '--frobnicate').status).toBe(2);
    expect(quotes(seedFile, '--lang').status).toBe(2);
    expect(quotes(path.join(tmpdir(), 'no-such-file.txt')).status).toBe(1);
  });
});
