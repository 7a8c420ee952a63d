/**
 * `scanParagraphs`: quotations over consecutive paragraphs, the news style of a quotation that
 * runs on (left open, reopened with the same mark) and the marks that pair with nothing. And
 * `paragraphsOf`, the one splitter of a plain text into paragraphs (`explainer quotes` and
 * `explainer import` both read plain text with it).
 */
import { describe, expect, it } from 'vitest';
import { scanParagraphs } from '../../src/quotes/marks/index.ts';
import { paragraphsOf } from '../../src/quotes/plain-text.ts';

describe('scanParagraphs', () => {
  it('links the pieces of a quotation that runs over paragraphs', () => {
    const scans = scanParagraphs(
      ['“First part, still open.', '“Second part, still open.', '“Last part,” she said.'],
      'en',
    );
    expect(scans.map((s) => s.quotes.map((q) => q.continues))).toEqual([[undefined], [0], [0]]);
    expect(scans.flatMap((s) => s.unmatched)).toEqual([]);
  });

  it('links the nested pieces too, outermost first', () => {
    const scans = scanParagraphs(['“He said ‘never', '“‘again,’ and left.”'], 'en');
    expect(scans[0]!.quotes.map((q) => q.depth)).toEqual([0, 1]);
    expect(scans[1]!.quotes.map((q) => [q.depth, q.continues])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('reads French continued paragraphs, reopened with », as one quotation', () => {
    const texts = ['« Nous partons, a-t-il dit.', '» Demain, sans faute.', '» Et pour de bon. »'];
    const scans = scanParagraphs(texts, 'fr');
    expect(scans.map((s) => s.quotes.map((q) => q.continues))).toEqual([[undefined], [0], [0]]);
    expect(scans.map((s) => s.quotes.map((q) => [q.open, q.close]))).toEqual([
      [['«', '']],
      [['»', '']],
      [['»', '»']],
    ]);
    expect(scans.flatMap((s) => s.unmatched)).toEqual([]);
  });

  it('runs an outer quotation on with a multi-paragraph inner one, reopened or not', () => {
    // Each paragraph reopens both marks (“‘), as style guides ask.
    const both = scanParagraphs(
      ['He read: “The letter said, ‘We regret.', '“‘We will not renew.’ That was all,” he said.'],
      'en',
    );
    expect(both[1]!.quotes.map((q) => [q.open, q.close, q.depth, q.continues])).toEqual([
      ['“', '”', 0, 0],
      ['‘', '’', 1, 1],
    ]);
    // Only the inner one is reopened: the outer one runs on with it, with no mark of its own.
    const texts = ['“Outer, ‘inner one.', '‘inner two.', '‘inner three.’ Outer ends.”'];
    const inner = scanParagraphs(texts, 'en');
    expect(inner.map((s, i) => s.quotes.map((q) => texts[i]!.slice(q.start, q.end)))).toEqual([
      ['“Outer, ‘inner one.', '‘inner one.'],
      ['‘inner two.', '‘inner two.'],
      ['‘inner three.’ Outer ends.”', '‘inner three.’'],
    ]);
    expect(inner.map((s) => s.quotes.map((q) => [q.open, q.depth, q.continues]))).toEqual([
      [
        ['“', 0, undefined],
        ['‘', 1, undefined],
      ],
      [
        ['', 0, 0],
        ['‘', 1, 1],
      ],
      [
        ['', 0, 0],
        ['‘', 1, 1],
      ],
    ]);
    expect(inner.flatMap((s) => s.unmatched)).toEqual([]);
    // And in French, German and with straight marks.
    for (const [lang, pair] of [
      ['fr', ['« Il a dit : “ nous partons.', '» “ Demain.” Fin. »']],
      ['de', ['„Er sagte: ‚Wir gehen.', '„‚Morgen.‘ Ende.“']],
      ['en', ['He said, "The letter said, \'We regret.', '"\'We will not renew.\' That was all."']],
    ] as const) {
      const scans = scanParagraphs(pair, lang);
      expect(
        scans[1]!.quotes.map((q) => [q.depth, q.continues]),
        lang,
      ).toEqual([
        [0, 0],
        [1, 1],
      ]);
      expect(
        scans.flatMap((s) => s.unmatched),
        lang,
      ).toEqual([]);
    }
  });

  it('keeps pieces of a quotation apart from a new one in the next paragraph', () => {
    const scans = scanParagraphs(['He said: “First part.', '“Second part.”', 'Then “a new one.”']);
    expect(scans.map((s) => s.quotes.map((q) => q.continues))).toEqual([
      [undefined],
      [0],
      [undefined],
    ]);
  });

  it('reports an opening mark the next paragraph does not reopen, with its offset', () => {
    const scans = scanParagraphs(['He said "this never closes.', 'And ” this never opened.'], 'en');
    expect(scans[0]!.quotes).toEqual([]);
    expect(scans[0]!.unmatched).toEqual([{ offset: 8, mark: '"', kind: 'open' }]);
    expect(scans[1]!.unmatched).toEqual([{ offset: 4, mark: '”', kind: 'close' }]);
  });

  it('reads the marks of the language: German „…“ and French « … »', () => {
    const [de] = scanParagraphs(['„Wir verdienen keinen Cent“, sagte sie.'], 'de');
    expect(de!.quotes.map((q) => [q.open, q.close])).toEqual([['„', '“']]);
    const [fr] = scanParagraphs(['« Nous refusons », a-t-elle dit.'], 'fr');
    expect(fr!.quotes.map((q) => [q.open, q.close])).toEqual([['«', '»']]);
  });

  it('takes no apostrophe or prime for a quotation mark', () => {
    const [scan] = scanParagraphs(["Britain's users' O'Brien in the '90s is 6'2\" tall."], 'en');
    expect(scan!.quotes).toEqual([]);
    expect(scan!.unmatched).toEqual([]);
  });
});

describe('paragraphsOf', () => {
  it('splits at blank lines and keeps each paragraph’s offset and text as written', () => {
    const text = '\n\nFirst line\nsecond line \n\n  Second\n \t\n\nThird\n\n';
    const paragraphs = paragraphsOf(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['First line\nsecond line ', 'Second', 'Third']);
    for (const { start, text: paragraph } of paragraphs)
      expect(text.slice(start, start + paragraph.length)).toBe(paragraph);
  });

  it('takes a line of any white space, a no-break space too, for a blank line', () => {
    expect(paragraphsOf('One\n\u00a0 \nTwo\n\u3000\nThree').map((p) => p.text)).toEqual([
      'One',
      'Two',
      'Three',
    ]);
  });

  it('finds no paragraph in white space', () => {
    expect(paragraphsOf(' \n\n\t\n')).toEqual([]);
    expect(paragraphsOf('')).toEqual([]);
  });
});
