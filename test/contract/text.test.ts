/**
 * Every cut falls between graphemes: fast-check strings of astral letters, combining sequences,
 * emoji ZWJ and flag sequences are cut at every length; no result has a lone surrogate or a
 * broken grapheme, and slugs (which become file names and URLs) percent-encode without error.
 */
import fc from 'fast-check';
import { fcRuns } from '../helpers/fc-runs.ts';
import { describe, expect, it } from 'vitest';
import { cutText, shorten } from '../../src/contract/text.ts';
import { slugify } from '../../src/markdown/ids.ts';

/** Whole graphemes, including ones made of several code points and astral ones. */
const GRAPHEMES = [
  'a',
  'Z',
  ' ',
  '-',
  '7',
  'é',
  'e\u0301',
  'a\u0308\u0323',
  'क\u093f',
  'ह\u094d',
  '𝐀',
  '𐐷',
  '𠀋',
  '😀',
  '👩🏽‍💻',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '🇬🇧',
  '東',
  'ß',
  'İ',
  'ﬁ',
  '\r\n',
];

const text = fc
  .array(fc.constantFrom(...GRAPHEMES), { maxLength: 40 })
  .map((parts) => parts.join(''));

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const segments = (value: string) => [...segmenter.segment(value)].map((s) => s.segment);
const boundaries = (value: string) =>
  new Set([...[...segmenter.segment(value)].map((s) => s.index), value.length]);

describe('cutting text', () => {
  it('cuts at the last grapheme boundary within the length', () => {
    fc.assert(
      fc.property(text, fc.nat(120), (value, max) => {
        const cut = cutText(value, max);
        expect(value.startsWith(cut)).toBe(true);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(cut.isWellFormed()).toBe(true);
        const at = boundaries(value);
        expect(at.has(cut.length)).toBe(true);
        // Nothing more would fit: the next boundary is past the length.
        const next = Math.min(...[...at].filter((b) => b > cut.length));
        if (cut.length < value.length) expect(next).toBeGreaterThan(max);
      }),
      { numRuns: fcRuns(3000), seed: Number(process.env.FC_SEED ?? 20261127) },
    );
  });

  it('shortens to at most the length, ending in an ellipsis only when it cut', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 100 }), (value, max) => {
        const short = shorten(value, max);
        expect(short.length).toBeLessThanOrEqual(max);
        expect(short.isWellFormed()).toBe(true);
        if (value.length <= max) expect(short).toBe(value);
        else expect(short.endsWith('…')).toBe(true);
      }),
      { numRuns: fcRuns(2000), seed: Number(process.env.FC_SEED ?? 20261127) },
    );
  });

  it('makes slugs of whole graphemes that encode as URLs', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 20 }), (value, words) => {
        const slug = slugify(value, words);
        expect(slug.isWellFormed()).toBe(true);
        expect(slug.length).toBeLessThanOrEqual(48);
        expect(() => decodeURIComponent(encodeURIComponent(slug))).not.toThrow();
        const whole = new Set(segments(value.normalize('NFKC').toLowerCase()));
        for (const grapheme of segments(slug)) {
          if (grapheme !== '-') expect(whole, `${slug} in ${value}`).toContain(grapheme);
        }
      }),
      { numRuns: fcRuns(3000), seed: Number(process.env.FC_SEED ?? 20261127) },
    );
  });

  it('cuts where a plain slice would split a pair or a sequence', () => {
    expect(cutText('ab😀', 3)).toBe('ab');
    expect(cutText('abe\u0301', 3)).toBe('ab');
    expect(cutText('a👩🏽‍💻', 5)).toBe('a');
    expect(shorten('x'.repeat(78) + '𝐀𝐀', 80)).toBe('x'.repeat(78) + '…');
    expect(slugify('a' + '𐐷'.repeat(30))).toBe('a' + '𐐷'.repeat(23));
  });
});
