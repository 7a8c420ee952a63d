/**
 * Nothing check passes may fail the build: 300 generated explainers (`test/helpers/corpus.ts`:
 * every quotation convention, astral, combining, right-to-left and zero-width characters, emoji
 * sequences, directives valid and malformed, raw HTML, entities, tables, code, CRLF…) in one
 * folder, through check once and the real build once. `CORPUS_SEED=<n>` writes another corpus;
 * the corpora suite (`test/corpora/generated-corpus.test.ts`) runs 3,000.
 */
import { describe, it } from 'vitest';
import { expectCorpusBuilds } from './agreement.ts';

describe('a generated corpus of 300 explainers', () => {
  it('builds whenever check passes, every explainer with its page', async () => {
    await expectCorpusBuilds(300, Number(process.env.CORPUS_SEED ?? 1));
  }, 900_000);
});
