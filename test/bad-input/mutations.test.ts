/**
 * Random editor mistakes: the sample explainers, each changed by one slip of the kind editors
 * make (a `]`, `:::`, `{`, `}` or quotation mark deleted; straight quotes in attributes swapped
 * for single or curly ones, as word processors paste them; an id used twice; a fence typed at
 * the start of a line), through the build's own reading and processing. Every such slip, at every
 * place in the body of every sample explainer where it can happen (about 400 mutations):
 *
 *   0 crashes      no exception, no `internal-error`
 *   0 leaks        a file that passes (no error) shows none of the editor's markup as text
 *   0 losses       a file that passes keeps every word of the original's source column there
 *
 * Each mistake either fails the file with a message, or is read as the editor meant it. A failure
 * names the mutation, the file and the place (character offset) of the slip.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../src/contract/messages.ts';
import {
  decodeExplainer,
  listExplainerFiles,
  processExplainerSource,
} from '../../src/loading/explainer-files.ts';
import { loadSettings } from '../../src/loading/load-settings.ts';
import { createProcessor, type Processed } from '../../src/markdown/pipeline.ts';
import { projectRoot } from '../helpers/paths.ts';
import { markupShown } from './cases.ts';
import { WORK_TIMEOUT } from '../helpers/timeouts.ts';

/** Offsets of every match of `pattern` in the body (after the frontmatter). */
function offsets(text: string, pattern: RegExp, from: number): number[] {
  return [...text.slice(from).matchAll(pattern)].map((m) => m.index + from);
}

/** The attribute blocks `{…}` of directives in the body. */
const attributeBlocks = (text: string, from: number) =>
  [...text.slice(from).matchAll(/\]\{[^}\n]*\}|:::comment\{[^}\n]*\}/g)].map((m) => ({
    start: m.index + from,
    text: m[0],
  }));

interface Mutation {
  name: string;
  /** Every text this slip can make of `text` (body from offset `body`), each with its place. */
  apply: (text: string, body: number) => Array<{ at: number; text: string }>;
}

const removeAt = (text: string, at: number, length = 1) =>
  text.slice(0, at) + text.slice(at + length);

function deleteOne(name: string, pattern: RegExp): Mutation {
  return {
    name,
    apply: (text, body) =>
      offsets(text, pattern, body).map((at) => ({
        at,
        text: removeAt(text, at, pattern.source.replace(/\\/g, '').length),
      })),
  };
}

/** Rewrite the quotation marks of one attribute block. */
function swapQuotes(name: string, open: string, close: string): Mutation {
  return {
    name,
    apply: (text, body) =>
      attributeBlocks(text, body)
        .filter((block) => block.text.includes('"'))
        .map((block) => {
          let n = 0;
          const swapped = block.text.replace(/"/g, () => (n++ % 2 === 0 ? open : close));
          return {
            at: block.start,
            text:
              text.slice(0, block.start) + swapped + text.slice(block.start + block.text.length),
          };
        }),
  };
}

const MUTATORS: Mutation[] = [
  deleteOne('delete a ]', /\]/g),
  deleteOne('delete a [', /\[/g),
  deleteOne('delete a }', /\}/g),
  deleteOne('delete a {', /\{/g),
  deleteOne('delete a :::', /:::/g),
  deleteOne('delete a "', /"/g),
  swapQuotes('curly quotes in attributes', '“', '”'),
  swapQuotes('single quotes in attributes', "'", "'"),
  swapQuotes('low-high quotes in attributes', '„', '“'),
  swapQuotes('one curly, one straight', '“', '"'),
  {
    name: 'curly quotes around a bare value',
    apply: (text, body) =>
      offsets(text, /(?<=\b(?:by|rating|on)=)[\w-]+/g, body).map((at) => {
        const word = /^[\w-]+/.exec(text.slice(at))![0];
        return { at, text: `${text.slice(0, at)}“${word}”${text.slice(at + word.length)}` };
      }),
  },
  {
    name: 'duplicate an id',
    apply: (text, body) => {
      const ids = [...text.slice(body).matchAll(/\{#([\w-]+)/g)].map((m) => m[1]!);
      if (ids.length < 2) return [];
      return [
        { at: text.indexOf(`{#${ids[1]}`), text: text.replace(`{#${ids[1]}`, `{#${ids[0]}`) },
      ];
    },
  },
  {
    name: 'type ::: at the start of a line',
    apply: (text, body) =>
      offsets(text, /(?<=\n)(?=\S)/g, body).map((at) => ({
        at,
        text: `${text.slice(0, at)}:::${text.slice(at)}`,
      })),
  },
];

/** The words of a model's source column (letters, three or more), as a set. */
const sourceWords = (result: Processed) =>
  new Set(result.explainer!.blocks.flatMap((b) => b.text.match(/\p{L}{3,}/gu) ?? []).map((w) => w));

describe('random editor mistakes', () => {
  it(
    'every mutation of the sample explainers: no crash, no markup shown, no text lost',
    async () => {
      const content = path.join(projectRoot, 'content');
      const { settings } = loadSettings(content);
      const processor = createProcessor(settings);
      const originals = [];
      for (const file of listExplainerFiles(path.join(content, 'explainers'))) {
        // Without the source's hash: a slip that changed the text would otherwise be refused as
        // `source-changed`, and a leak or a loss would never reach the checks below.
        const text = readFileSync(file, 'utf8').replace(/^ {2}(?:sha256|paragraphs): .*\n/gm, '');
        const source = decodeExplainer(new TextEncoder().encode(text), file);
        const result = await processExplainerSource(source, settings, processor);
        if (!result.explainer) continue; // drafts
        originals.push({
          file,
          text,
          body: text.indexOf('\n---', 4) + 4,
          words: sourceWords(result),
        });
      }
      expect(originals.length).toBeGreaterThanOrEqual(4);

      const tally = {
        run: 0,
        failed: 0,
        accepted: 0,
        crashes: [] as string[],
        leaks: [] as string[],
        losses: [] as string[],
      };
      const byMutation = new Map<string, { run: number; failed: number }>();
      const mutations = originals.flatMap((original) =>
        MUTATORS.flatMap((mutator) =>
          mutator
            .apply(original.text, original.body)
            .filter((mutated) => mutated.text !== original.text)
            .map((mutated) => ({ original, mutator, ...mutated })),
        ),
      );
      for (const { original, mutator, at, text: mutated } of mutations) {
        tally.run += 1;
        const label = `${mutator.name} in ${path.basename(original.file)} at ${at}`;
        const counts = byMutation.get(mutator.name) ?? { run: 0, failed: 0 };
        counts.run += 1;
        byMutation.set(mutator.name, counts);
        let result: Processed;
        try {
          const source = decodeExplainer(new TextEncoder().encode(mutated), original.file);
          result = await processExplainerSource(source, settings, processor);
        } catch (error) {
          tally.crashes.push(`${label}: ${String(error)}`);
          continue;
        }
        if (result.file.messages.some((m) => m.ruleId === 'internal-error')) {
          tally.crashes.push(`${label}: ${result.file.messages[0]!.reason}`);
          continue;
        }
        if (hasErrors(result.file)) {
          tally.failed += 1;
          counts.failed += 1;
          continue;
        }
        tally.accepted += 1;
        const shown = markupShown(result);
        if (shown !== undefined) tally.leaks.push(`${label}: shows \`${shown}\``);
        const words = sourceWords(result);
        const lost = [...original.words].filter((w) => !words.has(w));
        if (lost.length > 0) tally.losses.push(`${label}: lost ${lost.slice(0, 5).join(', ')}`);
      }
      console.log(
        `Mutations: ${tally.run} run; ${tally.failed} refused with an error, ${tally.accepted} accepted; ${tally.crashes.length} crashes, ${tally.leaks.length} markup leaks, ${tally.losses.length} text losses\n` +
          [...byMutation]
            .map(([name, c]) => `  ${name}: ${c.run} run, ${c.failed} refused`)
            .join('\n'),
      );
      expect(tally.crashes).toEqual([]);
      expect(tally.leaks).toEqual([]);
      expect(tally.losses).toEqual([]);
      // Every kind of slip happened somewhere in the sample.
      expect(MUTATORS.filter((m) => !byMutation.has(m.name)).map((m) => m.name)).toEqual([]);
    },
    WORK_TIMEOUT,
  );
});
