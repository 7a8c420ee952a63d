/**
 * The tests parse Markdown with the build of micromark and mdast-util-from-markdown the site
 * runs, not their development builds (assertions and `debug` calls on every token, a quarter more
 * CPU): `codeTheSiteRuns` in `vitest.config.ts` keeps the `development` export condition out of
 * the test workers, where a project's merged config had brought it back.
 */
import { describe, expect, it } from 'vitest';

describe('the Markdown parser the tests load', () => {
  it('is the build the site runs, for the packages with a development build', () => {
    for (const name of ['micromark', 'mdast-util-from-markdown', 'micromark-core-commonmark']) {
      expect(import.meta.resolve(name), name).not.toMatch(/\/dev\//);
      expect(import.meta.resolve(name), name).toMatch(/\/node_modules\//);
    }
    expect(process.execArgv.join(' ')).not.toMatch(/--conditions[ =]development/);
  });
});
