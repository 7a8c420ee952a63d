/**
 * Site paths are one branded type: a link on a page or in an export is made from one, never from
 * a stray string (the `@ts-expect-error` lines fail `npm run check:types` if a string is taken).
 */
import { describe, expect, it } from 'vitest';
import {
  annotationPath,
  assetPath,
  explainerPath,
  homePath,
  type SitePath,
} from '../../src/contract/site-paths.ts';
import { href, siteUrls } from '../../src/views/paths.ts';

describe('site paths', () => {
  it('become links under the base path and absolute URLs on the site', () => {
    expect(href(explainerPath('a-b'))).toBe('/explainers/a-b/');
    expect(href(homePath)).toBe('/');
    expect(href(assetPath('favicon.svg'))).toBe('/favicon.svg');
    const url = siteUrls('https://example.org/');
    expect(url(annotationPath('a-b', 'q-x'))).toBe('https://example.org/explainers/a-b/#q-x');
    expect(url(homePath)).toBe('https://example.org/');
  });

  it('are not strings made anywhere else', () => {
    // @ts-expect-error a plain string is not a site path
    const stray: SitePath = 'explainers/a-b/';
    // @ts-expect-error nor does href take one
    expect(href('claims/')).toBe('/claims/');
    expect(stray).toBe('explainers/a-b/');
  });
});
