/**
 * A source block cut at its marks (src/views/source-pieces.ts): the pieces keep the text, in
 * order, and every id once; only a block that is one paragraph is cut at its marks, and a list or
 * a block quotation where its marked items end; an un-noted quotation gets its speaker, marked
 * automatic or confirmed, or, nested in another with none of its own, says it is within that one.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { sourcePieces, speakerOrigin } from '../../src/views/source-pieces.ts';
import { rowsOf } from '../../src/indexes/rows.ts';
import { notesViewItems } from '../../src/views/notes-view.ts';
import { makeExplainer } from '../helpers/make-explainer.ts';
import { en } from '../../src/contract/i18n/en.ts';

/** The pieces' text (as the DOM has it) without the speaker labels added between them. */
function textOf(pieces: { html: string }[]): string {
  return pieces
    .map((p) => {
      const tree = fromHtml(p.html, { fragment: true });
      for (const label of selectAll('.quote-speaker', tree)) label.children = [];
      return toString(tree);
    })
    .join('');
}

describe('sourcePieces', () => {
  it('gives a block with no marked span back as it is, as parsing and writing it again would', async () => {
    const explainer = await makeExplainer(
      'plain',
      'A paragraph with *emphasis*, a [link](https://example.org/a?b=1&c=2) and 5 &lt; 6 & more.\n\n- a list\n- of two\n',
    );
    for (const row of rowsOf(explainer)) {
      const html = row.block.html;
      expect(html).not.toMatch(/span-permalink|note-link/);
      const [piece, ...rest] = sourcePieces(html, explainer, en);
      expect(rest).toEqual([]);
      expect(piece!.html).toBe(html);
      // The same bytes the slow path (parse, then write) gives.
      expect(toHtml(fromHtml(html, { fragment: true }))).toBe(html);
    }
  });

  it('cuts a paragraph after each noted mark, keeping its text and each id once', async () => {
    const explainer = await makeExplainer(
      'cut',
      'She said the plan :claim[costs *twice as much*]{#twice rating=false} as the old one, and :claim[it is late]{#late rating=false}, she added.\n',
    );
    const [row] = rowsOf(explainer);
    const pieces = sourcePieces(row!.block.html, explainer, en);
    expect(pieces.map((p) => p.notesAfter)).toEqual([['twice'], ['late'], []]);
    expect(textOf(pieces)).toBe(toString(fromHtml(row!.block.html, { fragment: true })));
    const ids = pieces.flatMap((p) =>
      selectAll('[id]', fromHtml(p.html, { fragment: true })).map((e) => e.properties.id),
    );
    expect(ids).toEqual(['twice', 'late']);
    // Every piece after the first goes on from the one before it.
    expect(pieces.slice(1).every((p) => p.html.startsWith('<p class="source-cont">'))).toBe(true);
  });

  it('closes and reopens what is open at the mark, without its id', async () => {
    const explainer = await makeExplainer(
      'nested',
      'Before *an emphasised :claim[claim]{#inside rating=false} and more* after.\n',
    );
    const [row] = rowsOf(explainer);
    const pieces = sourcePieces(row!.block.html, explainer, en);
    expect(pieces).toHaveLength(2);
    expect(pieces[0]!.html).toMatch(
      /<em>an emphasised <mark[^>]*>claim<\/mark><a[^>]*><\/a><\/em>/,
    );
    expect(pieces[1]!.html).toBe('<p class="source-cont"><em> and more</em> after.</p>');
  });

  it('cuts at the next space, so no word or punctuation is parted from the mark', async () => {
    const explainer = await makeExplainer(
      'word',
      'The :claim[cost]{#cost rating=false}s rose, and :claim[fast]{#fast rating=false}. Then more.\n',
    );
    const [row] = rowsOf(explainer);
    const pieces = sourcePieces(row!.block.html, explainer, en);
    expect(pieces.map((p) => p.notesAfter)).toEqual([['cost'], ['fast'], []]);
    expect(pieces[0]!.html).toMatch(/<\/a>s<\/p>$/);
    // The full stop after the mark goes before its note link (the link never starts a line).
    expect(pieces[1]!.html).toMatch(
      /^<p class="source-cont"> rose, and .*<\/mark>\.<a[^>]*><\/a><\/p>$/,
    );
    expect(pieces[2]!.html).toBe('<p class="source-cont"> Then more.</p>');
    expect(textOf(pieces)).toBe(toString(fromHtml(row!.block.html, { fragment: true })));
  });

  it('keeps the speaker of a quotation that ends with a noted claim, and the comma after both, before the note', async () => {
    const explainer = await makeExplainer(
      'quoted-claim',
      'He replied that the funds "only :claim[cover 30 per cent]{#cover rating=false}", and left.\n',
    );
    const [row] = rowsOf(explainer);
    const pieces = sourcePieces(row!.block.html, explainer, en);
    expect(pieces.map((p) => p.notesAfter)).toEqual([['cover'], []]);
    // The quotation's permalink, its label and the comma end the first piece.
    expect(pieces[0]!.html).toMatch(
      /<a[^>]*class="span-permalink"[^>]*><\/a><span class="quote-speaker[^"]*"[^>]*>.*<\/span>,<\/p>$/,
    );
    expect(pieces[1]!.html).toBe('<p class="source-cont"> and left.</p>');
    expect(textOf(pieces)).toBe(toString(fromHtml(row!.block.html, { fragment: true })));
  });

  it("puts a list item's notes right after its mark, in nested lists too: one list, numbered and counted as written, the text kept", async () => {
    const explainer = await makeExplainer(
      'list',
      '3. one :claim[first point]{#first rating=false}, here\n4. two\n   - nested :claim[inner]{#inner rating=false} item\n5. three\n6. four\n',
    );
    const [row] = rowsOf(explainer);
    const pieces = sourcePieces(row!.block.html, explainer, en);
    expect(pieces.map((p) => p.notesAfter)).toEqual([['first'], ['inner'], []]);
    expect(textOf(pieces)).toBe(toString(fromHtml(row!.block.html, { fragment: true })));
    // Each note's place is in its item, right after the mark and the punctuation that ends it;
    // the nested item's inside the nested list; the last piece closes every list.
    expect(pieces[0]!.html).toMatch(/^<ol start="3">\s*<li>one <mark[^]*<\/mark>,<a[^]*<\/a>$/);
    expect(pieces[1]!.html).toMatch(/^ here<\/li>\s*<li>two\s*<ul>\s*<li>nested <mark[^]*<\/a>$/);
    expect(pieces[2]!.html).toMatch(
      /^ item<\/li>\s*<\/ul>\s*<\/li>\s*<li>three<\/li>\s*<li>four<\/li>\s*<\/ol>$/,
    );
    // Put together, the pieces are the list as written: nothing added, nothing lost.
    const whole = fromHtml(pieces.map((p) => p.html).join(''), { fragment: true });
    expect(toHtml(whole)).toBe(row!.block.html);
    // In a loose list the marked paragraph runs on into its notes, before the item's next one.
    const loose = await makeExplainer(
      'loose',
      '- one :claim[point]{#point rating=false}\n\n  two\n\n- three\n',
    );
    const [looseRow] = rowsOf(loose);
    const loosePieces = sourcePieces(looseRow!.block.html, loose, en);
    expect(loosePieces.map((p) => p.notesAfter)).toEqual([['point'], []]);
    expect(loosePieces[0]!.html).toMatch(/<li>\s*<p class="source-noted">one [^]*<\/a><\/p>$/);
    expect(loosePieces[1]!.html).toMatch(/^\s*<p>two<\/p>/);
    expect(textOf(loosePieces)).toBe(toString(fromHtml(looseRow!.block.html, { fragment: true })));
  });

  it("puts a block quotation's notes right after the mark, its paragraph cut there and running on", async () => {
    const explainer = await makeExplainer(
      'quoted',
      '> One :claim[first point]{#first rating=false}, here.\n>\n> Two.\n>\n> Three.\n',
    );
    const [row] = rowsOf(explainer);
    const pieces = sourcePieces(row!.block.html, explainer, en);
    expect(pieces.map((p) => p.notesAfter)).toEqual([['first'], []]);
    expect(textOf(pieces)).toBe(toString(fromHtml(row!.block.html, { fragment: true })));
    expect(pieces[0]!.html).toMatch(
      /^<blockquote>\s*<p class="source-noted">One <mark[^]*<\/mark>,<a [^>]*><\/a><\/p>$/,
    );
    expect(pieces[1]!.html).toMatch(
      /^<p class="source-noted"> here\.<\/p>\s*<p>Two\.<\/p>[^]*<\/blockquote>$/,
    );
  });

  it("puts the note link or permalink of a span marked inside a link, or a footnote's number, after the link: no link in a link, the link whole", async () => {
    const explainer = await makeExplainer(
      'in-link',
      'See [the :claim[best year]{#best rating=false} on *record*](https://example.com/r). And [a "quoted phrase" said Anne](https://example.com/q) twice.\n',
    );
    const [row] = rowsOf(explainer);
    const pieces = sourcePieces(row!.block.html, explainer, en);
    expect(pieces.map((p) => p.notesAfter)).toEqual([['best'], []]);
    // A browser parses a link inside a link as two: the words after the inner one lose the link.
    const page = fromHtml(pieces.map((p) => p.html).join(''), { fragment: true });
    expect(selectAll('a a', page)).toEqual([]);
    const links = selectAll('a[href^="https:"]', page).map((a) => toString(a));
    expect(links).toEqual(['the best year on record', 'a "quoted phrase" said Anne']);
    // The note link after the link and its full stop; the permalink right after the link.
    expect(pieces[0]!.html).toMatch(
      /on <em>record<\/em><\/a>\.<a href="#note-best"[^>]*><\/a><\/p>$/,
    );
    expect(pieces[1]!.html).toMatch(
      /said Anne<\/a><a href="#q-quoted-phrase" class="span-permalink"/,
    );
    // A footnote referred to inside a link: its number follows the link.
    const footnote = await makeExplainer(
      'footnote-in-link',
      'See [the report[^1] here](https://example.com/r).\n\n[^1]: A note.\n',
    );
    const [first] = rowsOf(footnote);
    expect(first!.block.html).toMatch(/>the report here<\/a><sup><a href="#user-content-fn-1"/);
  });

  it('leaves any other block whole (a table)', async () => {
    const explainer = await makeExplainer(
      'table',
      '| a | b |\n|---|---|\n| one :claim[first point]{#first rating=false} | two |\n',
    );
    const [row] = rowsOf(explainer);
    const pieces = sourcePieces(row!.block.html, explainer, en);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.notesAfter).toEqual([]);
  });

  it('names the speaker of a quotation without a note, and says how it was found', async () => {
    const explainer = await makeExplainer(
      'speakers',
      '"We will build it," said Ada Byron. :quote[A bridge too far]{by="Ada Byron"} was her reply.\n',
    );
    const [row] = rowsOf(explainer);
    const html = sourcePieces(row!.block.html, explainer, en)
      .map((p) => p.html)
      .join('');
    const labels = selectAll('.quote-speaker', fromHtml(html, { fragment: true }));
    const quotes = explainer.annotations.filter((a) => a.kind === 'quote');
    const unnoted = quotes.filter((q) => !row!.notes.some((n) => n.annotation.id === q.id));
    expect(labels.map((l) => l.properties.dataFor)).toEqual(unnoted.map((q) => q.id));
    for (const label of labels) {
      const text = toString(label);
      // In brackets that only a screen reader reads: the label is read inside the sentence.
      expect(text).toMatch(/\(Ada Byron, (attributed automatically|confirmed)\)$/);
      expect(selectAll('.visually-hidden', label).map((span) => toString(span))).toEqual([
        '(',
        ')',
      ]);
    }
    const detected = quotes.find((q) => !q.explicit)!;
    const given = quotes.find((q) => q.explicit)!;
    expect(detected.speakerSource).toBe('automatic');
    expect(given.speakerSource).toBe('editor');
    expect(speakerOrigin(detected)).toBe('automatic');
    expect(speakerOrigin(given)).toBe('confirmed');
  });

  it('says a quotation with no speaker inside another is within it, with that one’s speaker, not that none was found', async () => {
    const explainer = await makeExplainer(
      'nested',
      'Ada Byron added: "We have \'cut\' costs." A sign read \'no "entry" here\'.\n',
    );
    const [row] = rowsOf(explainer);
    const html = sourcePieces(row!.block.html, explainer, en)
      .map((p) => p.html)
      .join('');
    const labels = selectAll('.quote-speaker', fromHtml(html, { fragment: true })).map((label) =>
      toString(label).replace(/^.*\(/, ''),
    );
    expect(labels).toEqual([
      'within a quotation by Ada Byron)',
      'Ada Byron, attributed automatically)',
      'within another quotation)',
      'speaker not identified)',
    ]);
    // The permalinks' accessible names say the same.
    expect(
      selectAll('.span-permalink', fromHtml(html, { fragment: true })).map(
        (a) => a.properties.ariaLabel,
      ),
    ).toEqual([
      'Permalink to this quotation (within a quotation by Ada Byron)',
      'Permalink to this quotation by Ada Byron',
      'Permalink to this quotation (within another quotation)',
      'Permalink to this quotation (speaker not identified)',
    ]);
  });

  it('reads the explainer’s annotations a bounded number of times per annotation, however many blocks and quotations it has', async () => {
    // 200 paragraphs of 10 quotations, one nested in another in each: work that went through
    // every annotation once per block (or per quotation) read them 200 (or 2,000) times over.
    const paragraph = `Ann Lee said "a 'b' c" ${Array.from({ length: 9 }, (_, i) => `"w${i}"`).join(' and ')}.`;
    const explainer = await makeExplainer(
      'many',
      Array.from({ length: 200 }, () => paragraph).join('\n\n') + '\n',
    );
    let reads = 0;
    const annotations = new Proxy(explainer.annotations, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const counted = { ...explainer, annotations };
    const rows = rowsOf(counted);
    expect(rows).toHaveLength(200);
    const labels = rows.flatMap((row) =>
      sourcePieces(row.block.html, counted, en).flatMap((p) =>
        selectAll('.quote-speaker', fromHtml(p.html, { fragment: true })),
      ),
    );
    expect(labels).toHaveLength(2_200);
    expect(reads).toBeLessThanOrEqual(5 * explainer.annotations.length);
  });

  it('gives a note and the annotations-only view the quotation a quotation is inside', async () => {
    const explainer = await makeExplainer(
      'nested-noted',
      'Ada Byron added: "We have :quote[\'cut\']{#cut} costs."\n\n:::comment{on=cut}\nA scare quote.\n:::\n',
    );
    const quotes = explainer.annotations.filter((a) => a.kind === 'quote');
    const outer = quotes.find((q) => q.id !== 'cut')!;
    expect(outer.speaker?.name).toBe('Ada Byron');
    const [row] = rowsOf(explainer);
    expect(row!.notes.map((n) => [n.annotation.id, n.within?.id])).toEqual([['cut', outer.id]]);
    expect(
      notesViewItems(explainer).flatMap((i) =>
        i.annotation.kind === 'quote' ? [[i.annotation.id, i.within?.id]] : [],
      ),
    ).toEqual([
      [outer.id, undefined],
      ['cut', outer.id],
    ]);
  });
});
