/** "Did you mean …?": the name an editor most likely meant, or none when nothing is near. */
import { describe, expect, it } from 'vitest';
import { closestName, didYouMean } from '../../src/contract/suggest.ts';
import { parseYaml } from '../../src/markdown/yaml-place.ts';
import { frontmatterSchema } from '../../src/contract/frontmatter.ts';
import { peopleSchema, ratingsSchema, siteSchema } from '../../src/contract/settings.ts';

const RATINGS = [
  ['mostly-accurate', 'Mostly accurate', 'Weitgehend richtig'],
  ['misleading', 'Misleading', 'Irreführend'],
  ['false', 'False'],
] as const;

describe('closestName', () => {
  it('sets case, spaces and underscores aside, and reads a label as its id', () => {
    expect(closestName('Misleading', RATINGS)).toBe('misleading');
    expect(closestName('Mostly accurate', RATINGS)).toBe('mostly-accurate');
    expect(closestName('mostly_accurate', RATINGS)).toBe('mostly-accurate');
    expect(closestName('irreführend', RATINGS)).toBe('misleading');
  });

  it('takes the nearest within a third of the letters, rounded, at least one', () => {
    expect(closestName('mislaeding', RATINGS)).toBe('misleading');
    expect(closestName('titel', ['title', 'description'])).toBe('title'); // two edits in five
    expect(closestName('fals', RATINGS)).toBe('false');
    expect(closestName('tite', ['title'])).toBe('title');
    expect(closestName('tl', ['title'])).toBeUndefined();
    expect(closestName('dubious', RATINGS)).toBeUndefined();
  });

  it('suggests nothing for a tie, an exact name or an empty one', () => {
    expect(closestName('ab', ['ac', 'ad'])).toBeUndefined();
    expect(closestName('false', RATINGS)).toBeUndefined();
    expect(closestName('  ', RATINGS)).toBeUndefined();
  });

  it('writes the question with the name shown as asked', () => {
    expect(didYouMean('acurate', ['accurate'], (id) => `\`rating=${id}\``)).toBe(
      'Did you mean `rating=accurate`? ',
    );
    expect(didYouMean('zzz', ['accurate'])).toBe('');
  });
});

describe('a field a YAML file does not take', () => {
  const suggested = (text: string, schema: Parameters<typeof parseYaml>[1]) => {
    const result = parseYaml(text, schema);
    return result.ok ? [] : result.problems.map((p) => p.suggestion).filter(Boolean);
  };

  it('is named with the field its object takes, at any depth', () => {
    const frontmatter = 'title: x\nsummary: y\npublished: 2026-01-01\n';
    expect(suggested(`${frontmatter}sumary: z\n`, frontmatterSchema)).toEqual([
      'Did you mean `summary`? ',
    ]);
    expect(suggested(`${frontmatter}source:\n  publsher: X\n`, frontmatterSchema)).toEqual([
      'Did you mean `publisher`? ',
    ]);
    expect(
      suggested(
        `${frontmatter}source: {publisher: X}\ncorrections:\n  - date: 2026-01-02\n    txt: t\n`,
        frontmatterSchema,
      ),
    ).toEqual(['Did you mean `text`? ']);
    expect(suggested('titel: x\n', siteSchema)).toEqual(['Did you mean `title`? ']);
    expect(suggested('- id: a\n  name: A\n  alias: [b]\n', peopleSchema)).toEqual([
      'Did you mean `aliases`? ',
    ]);
    expect(
      suggested(
        'scale:\n  - id: a\n    label: A\n    description: d\n    colour: "#8e0000"\n    translations:\n      de: { lable: B }\n',
        ratingsSchema,
      ),
    ).toEqual(['Did you mean `label`? ']);
    expect(suggested(`${frontmatter}wholly_unknown: z\n`, frontmatterSchema)).toEqual([]);
  });
});
