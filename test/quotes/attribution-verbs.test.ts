/**
 * The reporting verbs the attribution reads at run time (`lexiconFor`), and how the generator
 * reads a verb list. That the committed `verbs.json` is what `scripts/gen-attribution-verbs.ts`
 * makes of the Gender Gap Tracker lists is checked in the corpora suite
 * (`test/corpora/attribution-verbs.test.ts`).
 */
import { describe, expect, it } from 'vitest';
import { formsOf } from '../../scripts/gen-attribution-verbs.ts';
import { lexiconFor } from '../../src/quotes/lexicon/index.ts';

describe('formsOf', () => {
  it('trims, lower-cases, de-duplicates and sorts forms', () => {
    expect(formsOf('Said\nsaid \n\n# note\nadd\ndira \n')).toEqual(['add', 'dira', 'said']);
  });
});

describe('lexiconFor', () => {
  it('falls back from a region to its language and from an unknown language to English', () => {
    expect(lexiconFor('de-CH').lang).toBe('de');
    expect(lexiconFor('fr_CA').lang).toBe('fr');
    expect(lexiconFor('ja').lang).toBe('en');
    expect(lexiconFor(undefined).lang).toBe('en');
  });

  it('adds the verbs of saying the lists leave out', () => {
    const en = lexiconFor('en');
    for (const verb of ['denied', 'conceded', 'quoted', 'implied'])
      expect(en.verbs.has(verb)).toBe(true);
    expect(lexiconFor('de').verbs.has('sagte')).toBe(true);
  });
});
