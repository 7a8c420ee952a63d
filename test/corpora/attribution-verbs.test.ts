/**
 * The reporting verbs the attribution reads at run time: the committed `verbs.json` is exactly
 * what `scripts/gen-attribution-verbs.ts` makes of the Gender Gap Tracker lists, and holds every
 * form of them.
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
import { corporaDir } from './corpora.ts';

const listsDir = path.join(corporaDir, 'quotes/gender-gap-tracker');
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
});
