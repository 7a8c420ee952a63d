/** `explainer quotes` as editors run it, and its checks against an article's ground truth. */
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCommand, type CliResult } from '../bad-input/run-cli.ts';
import type { Article } from '../helpers/articles.ts';

/** `explainer quotes …args` from the project folder, in this process (`runCommand`). */
export const quotes = (...args: string[]): Promise<CliResult> => runCommand(['quotes', ...args]);

/** `explainer quotes …args` by the real bin, a process of its own (`runCli`). */
export const quotesProcess = (...args: string[]): CliResult => runCli(['quotes', ...args]);

export interface JsonQuote {
  start: number;
  end: number;
  text: string;
  speaker: { name: string; id?: string; start?: number; end?: number } | null;
  cue?: string;
}

/**
 * `explainer quotes <article> --json` gives exactly the article's quotations and speakers. With
 * `withheld`, a gold speaker may be left out where the attribution is unsure (right or silent:
 * only a wrong name fails); coverage is measured by `npm run eval:quotes`.
 */
export function describeQuotesJson(article: Article, { withheld = false } = {}): void {
  const { gold } = article;
  const lang = gold.language ?? 'en';
  describe(`explainer quotes ${article.name} --json`, () => {
    let run: CliResult;
    let found: JsonQuote[];
    beforeAll(async () => {
      run = await quotes(article.file, '--lang', lang, '--json');
      found = JSON.parse(run.stdout) as JsonQuote[];
    });

    it('finds exactly its quotations, at their offsets', () => {
      expect(run.status).toBe(0);
      expect(found.map(({ start, end, text }) => ({ start, end, text }))).toEqual(
        gold.quotes.map((q) => q.quote),
      );
    });

    it('names each speaker where the text does', () => {
      gold.quotes.forEach((expected, i) => {
        const speaker = found[i]!.speaker;
        if (expected.speaker === null) expect(speaker).toBeNull();
        else if (!withheld || speaker !== null) {
          expect(speaker?.name).toBe(expected.speaker);
          expect({ start: speaker?.start, end: speaker?.end }).toEqual({
            start: expected.speaker_span!.start,
            end: expected.speaker_span!.end,
          });
        }
      });
    });

    it('prints only the fields of the documented shape', () => {
      for (const q of found) {
        expect(
          Object.keys(q).filter((k) => !['start', 'end', 'text', 'speaker', 'cue'].includes(k)),
        ).toEqual([]);
        expect(article.text.slice(q.start, q.end)).toBe(q.text);
      }
    });
  });
}
