/**
 * Nothing check passes may fail the build: 60 generated explainers (`test/helpers/corpus.ts`:
 * every quotation convention, astral, combining, right-to-left and zero-width characters, emoji
 * sequences, directives valid and malformed, raw HTML, entities, tables, code, CRLF…) in one
 * folder, through check once and the real build once. The generator deals each kind of text in a
 * fixed rotation, so 60 documents hold every kind many times over, every title cut (a quarter of
 * them inside an astral letter: lone surrogates), three drafts and every line end with and without
 * a byte-order mark. `CORPUS_SEED=<n>` writes another corpus; the corpora suite
 * (`test/corpora/generated-corpus.test.ts`) runs 3,000.
 */
import { describe, it } from 'vitest';
import { expectCorpusBuilds } from './agreement.ts';

const count = 60;

describe(`a generated corpus of ${count} explainers`, () => {
  it('builds whenever check passes, every explainer with its page', async () => {
    await expectCorpusBuilds(count, Number(process.env.CORPUS_SEED ?? 1));
  }, 900_000);
});
