/** A page Astro could not render is named by the explainer file it is made from. */
import { describe, expect, it } from 'vitest';
import { pageFailures, RENDER_FAILURE, STACK_FRAME } from '../../src/cli/page-failures.ts';
import { makeOddNamesFolder } from '../bad-input/hostile-cases.ts';

describe('pages that fail to render', () => {
  it('are told at their explainer file, as every other message', () => {
    const content = makeOddNamesFolder();
    const line =
      '14:28:32 [ERROR] [build] Caught error rendering /explainers/émile-zola-à-paris/: TypeError: boom';
    const [, page, error] = RENDER_FAILURE.exec(line)!;
    const failed = new Map([
      [page!, error!],
      ['/claims/', 'RangeError: deep'],
    ]);
    expect(pageFailures(failed, content, content).split('\n')).toEqual([
      'explainers/Émile Zola à Paris.md:1:1  error  Unexpected failure rendering the page /explainers/émile-zola-à-paris/ (TypeError: boom), expected the page to be written  internal-error',
      expect.stringMatching(/^ {4}hint: This is a bug in the explainer tools/),
      `${content}:1:1  error  Unexpected failure rendering the page /claims/ (RangeError: deep), expected the page to be written  internal-error`,
      expect.stringMatching(/^ {4}hint: /),
    ]);
  });

  it('stack lines are recognised, and only they', () => {
    expect(STACK_FRAME.test('    at renderPage (file:///x.mjs:1:2)')).toBe(true);
    expect(STACK_FRAME.test('  Stack trace:')).toBe(true);
    expect(STACK_FRAME.test('14:28:32 [build] Complete! at last')).toBe(false);
  });
});
