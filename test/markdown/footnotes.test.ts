/**
 * GFM footnotes reach the page: each definition is shown (where the editor wrote it, usually at
 * the foot of the source), numbered in the order of first reference; each reference links to its
 * note and the note links back to every reference; every id carries the sanitiser's prefix once.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { processExplainer } from '../../src/markdown/pipeline.ts';
import { minimalFrontmatter, testSettings } from '../helpers/settings.ts';

/** The page of a body, with the messages (rule, line, column) it is expected to give. */
async function page(body: string, messages: Array<[string, number, number]> = []) {
  const { explainer, file } = await processExplainer(
    { path: 'x.md', value: `${minimalFrontmatter}${body}` },
    testSettings,
  );
  expect(file.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual(messages);
  // With an error there is no explainer to publish, but the model shows what the page would be.
  const model = explainer ?? file.data.explainer!;
  const html = [
    ...model.blocks.map((b) => b.html),
    ...model.annotations.flatMap((a) => (a.kind === 'comment' ? [a.html] : [])),
  ].join('\n');
  return { model, tree: fromHtml(html, { fragment: true }), html };
}

const BODY = `The council says collisions fell[^fell], and the lane cost £14m[^cost].

A second mention of the fall[^fell].

:::comment
The report[^cost] gives no baseline.
:::

[^cost]: Council budget, table 3.

[^fell]: Police figures for 2025,
    with *two* paragraphs.

    The second paragraph.

[^orphan]: A note nothing refers to.
`;

describe('footnotes', () => {
  it('shows every definition, with its text, numbered by first reference', async () => {
    const { model: explainer, tree } = await page(BODY);
    const notes = selectAll('section.footnotes li', tree);
    expect(notes.map((li) => li.properties.id)).toEqual([
      'user-content-fn-2',
      'user-content-fn-1',
      'user-content-fn-3',
    ]);
    const text = hastText(tree);
    for (const words of [
      'Council budget, table 3.',
      'two',
      'The second paragraph.',
      'A note nothing refers to.',
    ])
      expect(text).toContain(words);
    expect(explainer.blocks.filter((b) => b.type === 'footnoteDefinition')).toHaveLength(3);
  });

  it('links each reference to its note and each note back to every reference', async () => {
    const { tree } = await page(BODY);
    const ids = new Set(selectAll('[id]', tree).map((el) => String(el.properties.id)));
    const refs = selectAll('a[data-footnote-ref]', tree);
    const backs = selectAll('a[data-footnote-backref]', tree);
    expect(refs.map((a) => a.properties.href)).toEqual([
      '#user-content-fn-1',
      '#user-content-fn-2',
      '#user-content-fn-1',
      '#user-content-fn-2',
    ]);
    expect(refs.map((a) => hastText(a))).toEqual(['1', '2', '1', '2']);
    expect(backs).toHaveLength(4);
    for (const a of [...refs, ...backs]) {
      const target = String(a.properties.href).slice(1);
      expect(ids, target).toContain(target);
    }
    for (const a of refs)
      expect(backs.map((b) => b.properties.href)).toContain(`#${a.properties.id}`);
    // Every id carries the prefix once, and none is given twice.
    const all = selectAll('[id]', tree).map((el) => String(el.properties.id));
    expect(all.filter((id) => id.includes('user-content-user-content'))).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps a second definition of a label as text, with a warning, and a reference to nothing as written, which is an error', async () => {
    const { tree, html } = await page(
      'One[^a] and [^missing].\n\n[^a]: First.\n\n[^a]: Second.\n',
      [
        ['duplicate-definition', 12, 1],
        ['missing-definition', 8, 13],
      ],
    );
    expect(selectAll('li[id]', tree)).toHaveLength(1);
    expect(hastText(tree)).toContain('Second.');
    expect(hastText(tree)).toContain('[^missing]');
    expect(html).not.toContain('undefined');
  });
});
