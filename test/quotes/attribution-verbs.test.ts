/**
 * The reporting verbs the attribution reads at run time: the committed `attribution-verbs.json`
 * is exactly what `scripts/gen-attribution-verbs.ts` makes of the Gender Gap Tracker lists.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formsOf,
  generateAttributionVerbs,
  renderAttributionVerbs,
} from '../../scripts/gen-attribution-verbs.ts';
import { lexiconFor } from '../../src/quotes/lexicon/index.ts';
import { sharedFixtures } from '../helpers/paths.ts';

const listsDir = path.join(sharedFixtures, 'quotes/gender-gap-tracker');
const committed = readFileSync(
  new URL('../../src/quotes/data/verbs.json', import.meta.url),
  'utf8',
);

describe('attribution-verbs.json', () => {
  it('is what scripts/gen-attribution-verbs.ts makes of the fixture lists', () => {
    expect(renderAttributionVerbs(generateAttributionVerbs(listsDir))).toBe(committed);
  });

  it('holds every form of the English and French lists', () => {
    for (const lang of ['en', 'fr']) {
      const forms = formsOf(
        readFileSync(path.join(listsDir, `quote_verb_list.${lang}.txt`), 'utf8'),
      );
      expect(forms.length).toBeGreaterThan(100);
      const lexicon = lexiconFor(lang);
      expect(forms.filter((form) => !lexicon.verbs.has(form))).toEqual([]);
    }
  });

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
