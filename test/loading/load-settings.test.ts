/**
 * Settings files with an error. `site.yaml`: the error names its field, and every other field of
 * the file is still used (a wrong `pageSize` must not drop the `commentPrefixes` that make an explainer's
 * "Editor's note:" paragraphs comments, which would fail their source checks for no fault of
 * theirs).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/loading/load-settings.ts';
import { minimalContent } from '../bad-input/run-cli.ts';

function withSite(text: string) {
  const content = minimalContent();
  writeFileSync(path.join(content, 'site.yaml'), text);
  const { settings, files } = loadSettings(content);
  const messages = files.flatMap((f) => f.messages.map((m) => [m.ruleId, m.line, m.column]));
  return { site: settings.site, messages };
}

const GOOD = [
  'title: Fact desk',
  'description: Checked.',
  'baseUrl: https://example.net',
  'commentPrefixes: ["Editor\'s note:"]',
];

describe('a site.yaml with an error', () => {
  it('keeps every field that is valid on its own, and the defaults of the others', () => {
    const { site, messages } = withSite([...GOOD, 'pageSize: ten', ''].join('\n'));
    expect(messages).toEqual([['settings-schema', 5, 11]]);
    expect(site).toMatchObject({
      title: 'Fact desk',
      baseUrl: 'https://example.net',
      commentPrefixes: ["Editor's note:"],
      pageSize: 100,
    });
  });

  it('takes the defaults for a file that is no YAML mapping', () => {
    const { site, messages } = withSite('title: [unclosed\n');
    expect(messages.length).toBeGreaterThan(0);
    expect(site).toMatchObject({
      title: 'Explainers',
      commentPrefixes: ['Comment:'],
      pageSize: 100,
    });
  });
});

describe('a rating scale', () => {
  it('refuses the id "page", which the claims index’s later pages use', () => {
    const content = minimalContent();
    const ratings = path.join(content, 'ratings.yaml');
    writeFileSync(
      ratings,
      'scale:\n  - id: page\n    label: Paged\n    description: d\n    colour: "#8e0000"\n',
    );
    const { settings, files } = loadSettings(content);
    const messages = files.flatMap((f) => f.messages.map((m) => [m.ruleId, m.line, m.column]));
    expect(messages).toEqual([['settings-schema', 2, 9]]);
    expect(settings.ratings).toEqual([]);
  });

  it('says to quote an id or label that YAML reads as a boolean, as it is written', () => {
    const content = minimalContent();
    writeFileSync(
      path.join(content, 'ratings.yaml'),
      'scale:\n  - id: false\n    label: False\n    description: d\n    colour: "#8e0000"\n',
    );
    const notes = loadSettings(content).files.flatMap((f) => f.messages.map((m) => m.note));
    expect(notes).toEqual([
      'Write it in quotes, `id: "false"`: unquoted, YAML reads it as a boolean, not as text.',
      'Write it in quotes, `label: "False"`: unquoted, YAML reads it as a boolean, not as text.',
    ]);
  });
});

describe('a people list', () => {
  it('refuses a name or alias that two people share, at the second one', () => {
    const content = minimalContent();
    writeFileSync(
      path.join(content, 'people.yaml'),
      [
        '- id: dafydd-pryce',
        '  name: Dafydd Pryce',
        '  aliases: [Pryce, "Mr Pryce", "Dafydd Pryce"]',
        '- id: gwen-pryce',
        '  name: Gwen Pryce',
        '  aliases: [Gwen, "mr. pryce"]',
        '',
      ].join('\n'),
    );
    const { files } = loadSettings(content);
    const messages = files.flatMap((f) =>
      f.messages.map((m) => [m.ruleId, m.line, m.column, m.fatal]),
    );
    // Case and full stops set aside, as the text is matched; one's own name twice is no clash.
    expect(messages).toEqual([['settings-schema', 6, 19, true]]);
    const [message] = files.flatMap((f) => f.messages);
    expect(message!.reason).toContain('`dafydd-pryce` has it too');
    expect(message!.note).toContain('Keep it for one of them only');
  });

  it('refuses an id that two people share, at the second, saying why', () => {
    const content = minimalContent();
    writeFileSync(
      path.join(content, 'people.yaml'),
      '- id: ann-lee\n  name: Ann Lee\n- id: ann-lee\n  name: Anne Leigh\n',
    );
    const [message, ...rest] = loadSettings(content).files.flatMap((f) => f.messages);
    expect(rest).toEqual([]);
    expect([message!.line, message!.column]).toEqual([3, 7]);
    expect(message!.reason).toBe(
      'Unexpected string "ann-lee" for `1.id`, expected an id no other person has: an earlier one is `ann-lee` too, so `by=ann-lee` could mean either',
    );
  });
});
