/**
 * Stand-off notes (`<slug>.notes.md`): the same explainer written with inline notes and with its
 * notes kept apart gives the same model, apart from ids and places; strict anchoring reports
 * 0 or several matches at the note, with the closest passage or the context that would tell them
 * apart.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { severityOf } from '../../src/contract/messages.ts';
import { processExplainer, type Processed } from '../../src/markdown/pipeline.ts';
import { minimalFrontmatter, testSettings } from '../helpers/settings.ts';
import { projectRoot } from '../helpers/paths.ts';

const fixtures = path.join(projectRoot, 'test/fixtures/stand-off');
const read = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

/** The model with what may differ between the two ways of writing removed: places and markdown. */
function comparable({ explainer }: Processed) {
  const { markdown: _markdown, file: _file, slug: _slug, ...rest } = explainer!;
  return {
    ...rest,
    blocks: rest.blocks.map(({ place: _place, ...block }) => block),
    annotations: rest.annotations.map(({ place: _place, ...annotation }) => annotation),
  };
}

const standOff = (body: string, notes: string) =>
  processExplainer(
    {
      path: 'x.md',
      value: minimalFrontmatter + body,
      notes: { path: 'x.notes.md', value: notes },
    },
    testSettings,
  );

/** Messages as [rule, severity, line, column]. */
const messagesOf = (file: Processed['file'] | undefined) =>
  (file?.messages ?? []).map((m) => [m.ruleId, severityOf(m), m.line, m.column]);

describe('stand-off notes', () => {
  it('give the same model as the same notes written inline', async () => {
    const inline = await processExplainer(
      { path: 'harbour-ferry.md', value: read('inline.md') },
      testSettings,
    );
    const apart = await processExplainer(
      {
        path: 'harbour-ferry.md',
        value: read('harbour-ferry.md'),
        notes: { path: 'harbour-ferry.notes.md', value: read('harbour-ferry.notes.md') },
      },
      testSettings,
    );
    expect(messagesOf(inline.file)).toEqual([]);
    expect(messagesOf(apart.file)).toEqual([]);
    expect(messagesOf(apart.notes)).toEqual([]);
    expect(comparable(apart)).toEqual(comparable(inline));
    expect(apart.explainer!.annotations.map((a) => a.kind)).toEqual([
      'claim',
      'comment',
      'quote',
      'quote', // found automatically inside the claim, as inline
      'claim',
      'comment',
      'quote',
      'claim',
      'comment',
    ]);
  });
});

describe("a stand-off comment's references", () => {
  it("name the explainer's footnotes and link definitions, and the notes file's own, as inline", async () => {
    const result = await standOff(
      'The board cut fares.[^1]\n\n[^1]: Board minutes.\n\n[r]: https://example.com/r\n',
      ':::comment[The board cut fares.]\nSee [the report][r], [the minutes][q] and the note[^1].\n:::\n\n[q]: https://example.com/q\n',
    );
    expect(messagesOf(result.file)).toEqual([]);
    expect(messagesOf(result.notes)).toEqual([]);
    const comment = result.explainer!.annotations.find((a) => a.kind === 'comment')!;
    expect(comment.kind === 'comment' && comment.html).toMatch(
      /^<p>See <a href="https:\/\/example\.com\/r">the report<\/a>, <a href="https:\/\/example\.com\/q">the minutes<\/a> and the note<sup><a href="#user-content-fn-1"/,
    );
  });

  it('to a footnote the explainer lacks are an error in the notes file, naming where the note goes', async () => {
    const result = await standOff('Text.\n', ':::comment[Text.]\nSee[^9].\n:::');
    expect(messagesOf(result.notes)).toEqual([['missing-definition', 'error', 2, 4]]);
    expect(result.notes!.messages[0]!.reason).toContain('`[^9]: the note` in the explainer file');
  });
});

describe('strict anchoring', () => {
  const body = `
The council said the lane cut collisions by 40 per cent in its first year.

The council said the budget was met, and the *lane was* finished on time.

- apples
- pears
`;
  /** The notes file's messages, and the explainer's (which must have none). */
  async function notesMessages(notes: string) {
    const result = await standOff(body, notes);
    expect(messagesOf(result.file)).toEqual([]);
    return result;
  }

  it('a note that matches nowhere is an error at the note, with the closest passage', async () => {
    const result = await notesMessages(
      'text\n\n::claim[cut colisions by 40 percent]{by="The council" rating=false}\n',
    );
    expect(messagesOf(result.notes)).toEqual([
      ['notes-syntax', 'error', 1, 1],
      ['note-anchor', 'error', 3, 1],
    ]);
    const message = result.notes!.messages[1]!;
    expect(message.reason).toMatch(/matches no passage of `x\.md` \(0 matches\)/);
    expect(message.note).toMatch(
      /closest passage is “cut collisions by 40 per cent” at x\.md:9:27 \(2 characters differ\)/,
    );
    expect(result.explainer).toBeUndefined();
  });

  it('offers a closest passage without white space at its ends', async () => {
    const result = await notesMessages('::claim[cut collisions by 40%]{rating=false}\n');
    const message = result.notes!.messages.find((m) => m.ruleId === 'note-anchor')!;
    // The best match ends with the space that stands for the "%": offered without it.
    expect(message.note).toMatch(/closest passage is “cut collisions by 40” at x\.md:9:27/);
  });

  it('a note that matches twice is an error naming both lines and the context that tells them apart', async () => {
    const result = await notesMessages('::quote[The council said]{by="The council"}\n');
    expect(messagesOf(result.notes)).toEqual([['note-anchor', 'error', 1, 1]]);
    const message = result.notes!.messages[0]!;
    expect(message.reason).toMatch(/matches 2 passages of `x\.md` \(lines 9, 11\)/);
    expect(message.note).toMatch(/suffix=" the lane"/);
  });

  it('prefix and suffix pick one of several; a wrong one says the words alone match', async () => {
    const good = await notesMessages(
      '::quote[The council said]{by="The council" suffix=" the budget"}\n',
    );
    expect(messagesOf(good.notes)).toEqual([]);
    const quote = good.explainer!.annotations.find((a) => a.kind === 'quote' && a.explicit)!;
    expect(quote.place.line).toBe(4 + 7);
    const bad = await notesMessages('::quote[The council said]{prefix="Yesterday "}\n');
    expect(bad.notes!.messages[0]!.reason).toMatch(/words alone occur 2 times/);
  });

  it('a passage must stay within one paragraph and enclose emphasis whole, and notes may not overlap', async () => {
    const result = await notesMessages(
      [
        '::claim[applespears]{rating=false}',
        '::claim[and the lane]{rating=false}',
        '::claim[cut collisions by 40]{rating=false}',
        '::claim[40 per cent in]{rating=false}',
      ].join('\n\n'),
    );
    expect(messagesOf(result.notes)).toEqual([
      ['note-anchor', 'error', 1, 1],
      ['note-anchor', 'error', 3, 1],
      ['note-anchor', 'error', 7, 1],
    ]);
    const [block, emphasis, overlap] = result.notes!.messages;
    expect(block!.reason).toMatch(/runs from one paragraph, item or cell into the next/);
    expect(emphasis!.reason).toMatch(/starts inside emphasis/);
    expect(overlap!.reason).toMatch(/overlaps that of the note on line 5/);
  });

  it("a later plugin's message about a note is reported at the note, in the notes file", async () => {
    const result = await notesMessages(
      '\n::claim[the budget was met]{rating=imaginary}\n\n:::comment{on=nothing}\nWhy?\n:::\n',
    );
    expect(messagesOf(result.notes)).toEqual([
      ['unknown-rating', 'error', 2, 1],
      ['comment-target', 'error', 4, 1],
    ]);
  });

  it("a message about a comment's words is at their place in the notes file, and a link to another explainer is noted there", async () => {
    const result = await notesMessages(
      ':::comment[the budget was met]\nSee [a script](javascript:x), <img src="chart.png" alt="chart">\nand [our other check](other.md).\n:::\n',
    );
    expect(messagesOf(result.notes)).toEqual([
      ['unsafe-url', 'warning', 2, 5],
      ['unsafe-url', 'warning', 2, 31],
    ]);
    expect(result.explainer?.links).toEqual([
      { slug: 'other', written: 'other.md', line: 3, column: 5, inNotes: true },
    ]);
  });

  it("directive-like text in a comment's words stays the text written in the notes file", async () => {
    const words = 'At 10:30, :foo[bar] and a:b[c]{d=e}';
    const result = await notesMessages(`:::comment[the budget was met]\n${words}\n::baz{x}\n:::\n`);
    expect(messagesOf(result.notes)).toEqual([]);
    const comment = result.explainer!.annotations.find((a) => a.kind === 'comment')!;
    expect(comment.kind === 'comment' && comment.text).toBe(`${words}\n::baz{x}`);
  });

  it("markup left as text in a comment's words is an error in the notes file, as inline", async () => {
    const result = await notesMessages(':::comment[the budget was met]\nSee the note[^9].\n:::\n');
    expect(messagesOf(result.notes)).toEqual([['missing-definition', 'error', 2, 13]]);
  });

  it('words that hold a directive look-alike (10:30) or follow an entity are marked as inline', async () => {
    const body = 'AT&amp;T said at 10:30 that fares rose.\n';
    const inline = await processExplainer(
      {
        path: 'x.md',
        value: `${minimalFrontmatter}AT&amp;T said at :claim[10:30 that fares]{#f rating=false} rose.\n`,
      },
      testSettings,
    );
    const apart = await standOff(body, '::claim[10:30 that fares]{#f rating=false}\n');
    expect(messagesOf(apart.notes)).toEqual([]);
    expect(apart.explainer!.blocks[0]!.html).toBe(inline.explainer!.blocks[0]!.html);
    expect(apart.explainer!.annotations).toEqual(inline.explainer!.annotations);
  });

  it('a directive written wrong in a note or its words is reported as inline, in the notes file', async () => {
    const result = await standOff(
      'The council said the budget was met.\n',
      '::claim[the budget was met]{#met rating=false, by=x}\n\n:::comment{on=met}\nSee :claim[left open\n:::\n',
    );
    expect(messagesOf(result.file)).toEqual([]);
    expect(messagesOf(result.notes)).toEqual([
      ['directive-syntax', 'error', 1, 1],
      ['directive-syntax', 'error', 4, 5],
      // Moved here from the explainer by the claims plugin, after the notes were read.
      ['unknown-rating', 'error', 1, 1],
    ]);
    expect(result.notes!.messages[1]!.reason).toBe(
      'Unexpected `:claim[` without its closing `]`, expected the marked words between `[` and `]`',
    );
  });

  it('attributes in curly quotes are read as straight ones, with a warning, as inline', async () => {
    const result = await notesMessages(
      '::claim[the budget was met]{#met by=“The council” rating=false}\n\n:::comment{on=“met”}\nIt was not.\n:::\n',
    );
    expect(messagesOf(result.notes)).toEqual([
      ['smart-quotes', 'warning', 1, 37],
      ['smart-quotes', 'warning', 3, 15],
    ]);
    const claim = result.explainer!.annotations.find((a) => a.kind === 'claim');
    expect(claim?.kind === 'claim' && [claim.id, claim.claimant?.name]).toEqual([
      'met',
      'The council',
    ]);
    expect(
      result.explainer!.annotations.some((a) => a.kind === 'comment' && a.target === 'met'),
    ).toBe(true);
  });

  it('a comment with words goes after their block; one with on= after its span’s block', async () => {
    const result = await notesMessages(
      ':::comment[budget was met]\nOn the budget.\n:::\n\n::claim[in its first year]{#year rating=false}\n\n:::comment{on=year}\nOn the year.\n:::\n',
    );
    expect(messagesOf(result.notes)).toEqual([]);
    const [first, second] = result.explainer!.blocks;
    const comments = result.explainer!.annotations.filter((a) => a.kind === 'comment');
    expect(comments.map((c) => [c.text, c.blockId, c.target])).toEqual([
      ['On the year.', first!.id, 'year'],
      ['On the budget.', second!.id, second!.id],
    ]);
  });
});
