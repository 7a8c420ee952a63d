/**
 * The generated corpus at scale: `CORPUS_DOCS` explainers (default 3,000) of
 * `test/helpers/corpus.ts` in one folder, through check once and the real build once; the build
 * succeeds whenever check passes, and every explainer that is not a draft has its page. On a
 * loaded 2-core machine the build takes several minutes. `CORPUS_SEED=<n>` writes another one.
 */
import { describe, it } from 'vitest';
import { expectCorpusBuilds } from '../bad-input/agreement.ts';

const count = Number(process.env.CORPUS_DOCS ?? 3000);

describe(`a generated corpus of ${count} explainers`, () => {
  it('builds whenever check passes, every explainer with its page', async () => {
    await expectCorpusBuilds(count, Number(process.env.CORPUS_SEED ?? 1));
  }, 3_600_000);
});
