import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes, quoteMarksFor } from '../../src/quotes/marks/index.ts';
import { checkInvariants, OBJECT } from './scan-invariants.ts';
import { fcRuns } from '../helpers/fc-runs.ts';

/**
 * The quotation-mark detector: CLDR's conventions for every locale (from the npm package), and
 * hand-written cases. The typography libraries' cases, and that the committed table is what the
 * generator makes of CLDR, are in the corpora suite (`test/corpora/typography.test.ts`).
 */

// ---------------------------------------------------------------------------------------------
// CLDR's quotation delimiters, from the npm package cldr-misc-full

interface CldrEntry {
  quotationStart: string;
  quotationEnd: string;
  alternateQuotationStart: string;
  alternateQuotationEnd: string;
}
const cldrMain = path.join(
  path.dirname(createRequire(import.meta.url).resolve('cldr-misc-full/package.json')),
  'main',
);
const cldr = {
  locales: Object.fromEntries(
    readdirSync(cldrMain).map((tag) => {
      const file = JSON.parse(readFileSync(path.join(cldrMain, tag, 'delimiters.json'), 'utf8'));
      return [tag, file.main[tag].delimiters as CldrEntry];
    }),
  ),
};

/**
 * Locales whose marks CLDR changed after the release `src/quotes/data/locales.json` was made
 * from (47; the package is 48): each is checked to still differ, so the list cannot go stale.
 */
const CHANGED_SINCE_TABLE = [
  'bua',
  'cv',
  'eo',
  'kk-Arab',
  'nso',
  'pms',
  'sgs',
  'sq',
  'sq-MK',
  'sq-XK',
  'tyv',
  'yue-Hans',
];
const sameMarks = (tag: string, d: CldrEntry) => {
  const marks = quoteMarksFor(tag);
  return (
    marks.primary.join('') === d.quotationStart + d.quotationEnd &&
    marks.alternate.join('') === d.alternateQuotationStart + d.alternateQuotationEnd
  );
};

describe('quoteMarksFor', () => {
  const locales = Object.entries(cldr.locales);

  it(`gives CLDR's marks for all ${locales.length} CLDR locales but those changed since`, () => {
    expect(locales.length).toBeGreaterThan(700);
    const wrong = locales.filter(([tag, d]) => !sameMarks(tag, d));
    expect(wrong.map(([tag]) => tag)).toEqual(CHANGED_SINCE_TABLE);
  });

  it('falls back de-CH → de → en, whatever the spelling', () => {
    expect(quoteMarksFor('de-CH')).toEqual({ primary: ['„', '“'], alternate: ['‚', '‘'] });
    expect(quoteMarksFor('de-DE-1996')).toEqual(quoteMarksFor('de'));
    expect(quoteMarksFor('DE_at')).toEqual(quoteMarksFor('de'));
    expect(quoteMarksFor('fr-CH')).toEqual({ primary: ['«', '»'], alternate: ['‹', '›'] });
    expect(quoteMarksFor('fr-u-nu-latn')).toEqual(quoteMarksFor('fr'));
    expect(quoteMarksFor('zh-TW')).toEqual({ primary: ['「', '」'], alternate: ['『', '』'] });
    expect(quoteMarksFor('xx-YY')).toEqual({ primary: ['“', '”'], alternate: ['‘', '’'] });
    expect(quoteMarksFor('')).toEqual(quoteMarksFor('en'));
    expect(quoteMarksFor('not a tag!')).toEqual(quoteMarksFor('en'));
  });

  it('returns fresh arrays', () => {
    quoteMarksFor('de').primary[0] = 'x';
    expect(quoteMarksFor('de').primary[0]).toBe('„');
  });
});

describe('every CLDR convention, in its language', () => {
  it('finds a nested quotation written with each locale’s primary and alternate marks', () => {
    const failures: string[] = [];
    for (const [tag, d] of Object.entries(cldr.locales)) {
      if (CHANGED_SINCE_TABLE.includes(tag)) continue;
      const text = `He said ${d.quotationStart}Outer ${d.alternateQuotationStart}inner${d.alternateQuotationEnd} text.${d.quotationEnd} Then`;
      const scan = findQuotes(text, tag);
      const got = scan.quotes.map((q) => `${q.start}-${q.end}@${q.depth}`).join(' ');
      const want = `8-${text.length - 5}@0 15-22@1`;
      if (got !== want || scan.unmatched.length > 0) failures.push(`${tag}: ${text} → ${got}`);
    }
    expect(failures).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-written cases

/** The quoted stretches, as [text of the quotation, depth]. */
const quoted = (text: string, lang?: string) =>
  findQuotes(text, lang).quotes.map((q) => [text.slice(q.start, q.end), q.depth] as const);

describe('seed sentences', () => {
  it('Britain’s 5G: an apostrophe', () => {
    expect(findQuotes("Britain's 5G network")).toEqual({
      quotes: [],
      unmatched: [],
      openAtEnd: [],
    });
  });

  it('hidden ’backdoors’ granting: a quotation ending in s', () => {
    expect(quoted("with hidden 'backdoors' granting access")).toEqual([["'backdoors'", 0]]);
  });

  it('users’ data: a plural possessive, not a stray mark', () => {
    expect(findQuotes("the users' data and the ministers'")).toEqual({
      quotes: [],
      unmatched: [],
      openAtEnd: [],
    });
    expect(findQuotes('the users’ data')).toEqual({ quotes: [], unmatched: [], openAtEnd: [] });
  });

  it('a plural possessive inside a quotation leaves the closing to a better mark', () => {
    expect(quoted("'The ministers' decision was final,' he said.")).toEqual([
      ["'The ministers' decision was final,'", 0],
    ]);
    expect(quoted('‘We protect our users’ data,’ she said.')).toEqual([
      ['‘We protect our users’ data,’', 0],
    ]);
    expect(quoted("He quoted 'the ministers' at length.")).toEqual([["'the ministers'", 0]]);
  });

  it('O’Brien, the UK’s, and a quotation ending after a full stop', () => {
    const text =
      'Robert O\'Brien argued that Huawei would "steal wholesale state secrets, whether they are the UK\'s nuclear secrets or secrets from MI6 or MI5."';
    const scan = findQuotes(text, 'en-GB');
    expect(scan.unmatched).toEqual([]);
    expect(scan.quotes).toEqual([
      { start: text.indexOf('"'), end: text.length, open: '"', close: '"', depth: 0 },
    ]);
  });

  it('It’s unclear', () => {
    expect(findQuotes("It's unclear whether it’s true")).toEqual({
      quotes: [],
      unmatched: [],
      openAtEnd: [],
    });
  });
});

describe('conventions', () => {
  it('German „…“ with ‚…‘ inside', () => {
    expect(quoted('Er sagte: „Er sagte ‚nie wieder‘ am Montag“.', 'de')).toEqual([
      ['„Er sagte ‚nie wieder‘ am Montag“', 0],
      ['‚nie wieder‘', 1],
    ]);
  });

  it('German reads “ as closing, English as opening', () => {
    expect(quoted('„Ja“, sagte er, „gut“.', 'de').map(([q]) => q)).toEqual(['„Ja“', '„gut“']);
    expect(quoted('He said “yes” and “no”.', 'en').map(([q]) => q)).toEqual(['“yes”', '“no”']);
    // English quotes in a German text still pair by flanking.
    expect(quoted('Er las “Faust” gestern.', 'de').map(([q]) => q)).toEqual(['“Faust”']);
  });

  it('German and Danish »…«, French «…», Swedish »…»', () => {
    expect(quoted('Er sagte: »Nie ›wieder‹ das.«', 'de')).toEqual([
      ['»Nie ›wieder‹ das.«', 0],
      ['›wieder‹', 1],
    ]);
    expect(quoted('Han sagde »Det er ›nok‹ nu« og gik.', 'da')).toEqual([
      ['»Det er ›nok‹ nu«', 0],
      ['›nok‹', 1],
    ]);
    expect(quoted('Han sa »Hej» och gick.', 'sv')).toEqual([['»Hej»', 0]]);
    // Spaced guillemets: the language decides.
    expect(quoted('Il a dit « oui » puis « non ».', 'fr').map(([q]) => q)).toEqual([
      '« oui »',
      '« non »',
    ]);
    expect(quoted('Er sagte » ja « und ging.', 'de').map(([q]) => q)).toEqual(['» ja «']);
  });

  it('French « Il a dit “jamais” hier »', () => {
    expect(quoted('Il a répondu : « Il a dit “jamais” hier ».', 'fr')).toEqual([
      ['« Il a dit “jamais” hier »', 0],
      ['“jamais”', 1],
    ]);
  });

  it('French with no-break spaces and a nested ‹…›', () => {
    expect(
      quoted('«\u202FIl a dit ‹\u00A0jamais\u00A0› hier\u202F»', 'fr-CH').map(([, d]) => d),
    ).toEqual([0, 1]);
  });

  it('Japanese 「…『…』…」', () => {
    expect(quoted('彼は「昨日『もう二度と』と言った」と話した。', 'ja')).toEqual([
      ['「昨日『もう二度と』と言った」', 0],
      ['『もう二度と』', 1],
    ]);
  });

  it('Polish and Hungarian „…”, Swedish and Finnish ”…”', () => {
    expect(quoted('Powiedział: „Nigdy «więcej»”.', 'pl')).toEqual([
      ['„Nigdy «więcej»”', 0],
      ['«więcej»', 1],
    ]);
    expect(quoted('Azt mondta: „Soha »többé«”.', 'hu')).toEqual([
      ['„Soha »többé«”', 0],
      ['»többé«', 1],
    ]);
    expect(quoted('Han sa: ”Aldrig ’igen’ i dag”.', 'sv')).toEqual([
      ['”Aldrig ’igen’ i dag”', 0],
      ['’igen’', 1],
    ]);
    expect(quoted('”Ei”, hän sanoi, ”ei koskaan”.', 'fi').map(([q]) => q)).toEqual([
      '”Ei”',
      '”ei koskaan”',
    ]);
  });

  it('straight quotes in a language of curly ones, and mixed straight/curly pairs', () => {
    expect(quoted('Sie sagte "nein" und ging.', 'de')).toEqual([['"nein"', 0]]);
    expect(quoted('他说"你好"然后走了', 'zh')).toEqual([['"你好"', 0]]);
    expect(quoted('He said “hello" and left.').map(([q]) => q)).toEqual(['“hello"']);
  });

  it('triple nesting', () => {
    expect(quoted(`"He said 'she wrote "no" twice' today"`).map(([, d]) => d)).toEqual([0, 1, 2]);
    expect(
      quoted('«Он сказал: „Она написала ‚нет‘ дважды“ сегодня»', 'ru').map(([, d]) => d),
    ).toEqual([0, 1, 2]);
  });
});

describe('typewriter, LaTeX and mistyped marks', () => {
  it("`single' and ``double'' quotes, nested, each a quotation with its marks", () => {
    const text = "He said ``we will `never' give up,'' and left `for good'.";
    const scan = findQuotes(text);
    checkInvariants(text, scan);
    expect(scan.quotes.map((q) => [text.slice(q.start, q.end), q.open, q.close, q.depth])).toEqual([
      ["``we will `never' give up,''", '``', "''", 0],
      ["`never'", '`', "'", 1],
      ["`for good'", '`', "'", 0],
    ]);
    expect(scan.unmatched).toEqual([]);
  });

  it('keeps apostrophes inside them, and a stray backtick pairs with nothing, unreported', () => {
    expect(quoted("``Britain's users' data,'' she said.")).toEqual([
      ["``Britain's users' data,''", 0],
    ]);
    expect(quoted("It was `rock 'n' roll'.")).toEqual([["`rock 'n' roll'", 0]]);
    for (const text of ['The `90s', 'run `ls -l', 'a ` b', '```', 'x`y`z', "don't `"])
      expect(findQuotes(text), text).toEqual({ quotes: [], unmatched: [], openAtEnd: [] });
  });

  it('a closing mark typed as an opening “ (or ‘) closes the quotation it opened', () => {
    expect(quoted('She called it “like this“ and left.')).toEqual([['“like this“', 0]]);
    expect(quoted('“Never again“, she said.')).toEqual([['“Never again“', 0]]);
    expect(quoted('He said “we will “never” stop“.')).toEqual([
      ['“we will “never” stop“', 0],
      ['“never”', 1],
    ]);
    expect(quoted('He said ‘so‘ too.')).toEqual([['‘so‘', 0]]);
    expect(findQuotes('She said “we will fight“.').unmatched).toEqual([]);
    // German still closes „ with “, and a lone “ after a word is still reported.
    expect(quoted('„Ja“, sagte er.', 'de')).toEqual([['„Ja“', 0]]);
    expect(findQuotes('we will“ he said').unmatched).toEqual([
      { offset: 7, mark: '“', kind: 'close' },
    ]);
  });
});

describe('apostrophes and primes', () => {
  it('elided years and words', () => {
    for (const text of [
      "the '90s",
      'the ’90s and ’00s',
      "in '95.",
      "'tis the season",
      '’Tis true',
      "give 'em hell",
      "rock 'n' roll",
      'rock ’n’ roll',
      "rock'n'roll",
      "'s-Hertogenbosch",
    ]) {
      expect(findQuotes(text), text).toEqual({ quotes: [], unmatched: [], openAtEnd: [] });
    }
  });

  it('an elided year inside a quotation', () => {
    expect(quoted(`She said, "I don't like '80s music."`)).toEqual([
      [`"I don't like '80s music."`, 0],
    ]);
  });

  it('feet and inches', () => {
    for (const text of [
      `He is 6'2" tall`,
      `He is 5' 11" tall`,
      `a 12" pizza`,
      `6′2″`,
      `5'' and 7'''`,
    ]) {
      expect(findQuotes(text), text).toEqual({ quotes: [], unmatched: [], openAtEnd: [] });
    }
    expect(quoted(`"He is 6'2" tall," she said.`)).toEqual([[`"He is 6'2" tall,"`, 0]]);
    expect(quoted(`He scored "10" points.`)).toEqual([[`"10"`, 0]]);
    expect(quoted(`It was 'number 1'.`)).toEqual([[`'number 1'`, 0]]);
  });

  it('possessives after brackets, quotations and inline code', () => {
    expect(findQuotes("[a]'s b'")).toEqual({ quotes: [], unmatched: [], openAtEnd: [] });
    expect(quoted(`the "Times"'s editor`)).toEqual([['"Times"', 0]]);
    expect(findQuotes(`${OBJECT}'s value`)).toEqual({ quotes: [], unmatched: [], openAtEnd: [] });
  });

  it('a lone single quote mid-sentence is an elision, at the start or after a colon a quotation', () => {
    expect(findQuotes("Marshiness of 'Ammercloth's")).toEqual({
      quotes: [],
      unmatched: [],
      openAtEnd: [],
    });
    expect(findQuotes("He said: 'We will stay").openAtEnd.map((q) => q.start)).toEqual([9]);
    expect(findQuotes("'We will stay").openAtEnd.map((q) => q.start)).toEqual([0]);
  });
});

describe('unmatched marks', () => {
  it('an unclosed quotation runs to the end and is reported', () => {
    const text = 'He said “we will';
    const scan = findQuotes(text);
    expect(scan.quotes).toEqual([{ start: 8, end: text.length, open: '“', close: '', depth: 0 }]);
    expect(scan.openAtEnd).toEqual(scan.quotes);
    expect(scan.unmatched).toEqual([{ offset: 8, mark: '“', kind: 'open' }]);
  });

  it('a closing mark with nothing open is reported', () => {
    expect(findQuotes('we will” he said').unmatched).toEqual([
      { offset: 7, mark: '”', kind: 'close' },
    ]);
    expect(findQuotes('fin » puis', 'fr').unmatched).toEqual([
      { offset: 4, mark: '»', kind: 'close' },
    ]);
    expect(findQuotes('Ende“ und', 'de').unmatched).toEqual([
      { offset: 4, mark: '“', kind: 'close' },
    ]);
  });

  it('a closing mark closes the innermost quotation it fits; the ones inside are dropped', () => {
    const scan = findQuotes('“a ‘b” c’');
    expect(scan.quotes.map((q) => [q.start, q.end, q.depth])).toEqual([[0, 6, 0]]);
    expect(scan.unmatched).toEqual([{ offset: 3, mark: '‘', kind: 'open' }]);
    const crossed = findQuotes(`'foo "bar' baz"`);
    expect(crossed.quotes.map((q) => [q.start, q.end])).toEqual([[0, 10]]);
    expect(crossed.unmatched.map((m) => [m.offset, m.kind])).toEqual([
      [5, 'open'],
      [14, 'close'],
    ]);
  });

  it('marks that are no quotation marks are not reported', () => {
    for (const text of ['foo"bar', 'עם צה”ל ועם צה״ל', 'depression. "', 'end "  ']) {
      expect(findQuotes(text, 'he'), text).toEqual({ quotes: [], unmatched: [], openAtEnd: [] });
    }
    expect(quoted('Il a dit " bonjour " hier', 'fr')).toEqual([['" bonjour "', 0]]);
  });

  it('a mismatched closer is reported, never thrown', () => {
    const scan = findQuotes('„Hallo」 Welt“', 'de');
    expect(scan.quotes.map((q) => [q.open, q.close])).toEqual([['„', '“']]);
    expect(scan.unmatched).toEqual([{ offset: 6, mark: '」', kind: 'close' }]);
  });
});

describe('paragraphs carried over', () => {
  it('news style: each paragraph reopens, only the last closes', () => {
    const paragraphs = [
      '“We will fight,” he said. “We will not stop.',
      '“We will win.',
      '“And then we rest.”',
    ];
    let carry: string[] = [];
    const results = paragraphs.map((text, i) => {
      const scan = findQuotes(text, 'en', { carryOpen: carry });
      checkInvariants(text, scan);
      const next = paragraphs[i + 1] ?? '';
      carry = scan.openAtEnd.filter((q) => next.startsWith(q.open)).map((q) => q.open);
      return scan.openAtEnd.map((q) => q.start);
    });
    expect(results).toEqual([[26], [0], []]);
  });

  it('a carried mark forces the reopening mark to open, French » too', () => {
    // Without the carry, ’ and » at the start of this paragraph would not read as opening.
    expect(
      findQuotes("'Tis done,' he said.", 'en', { carryOpen: ["'"] }).quotes.map((q) => [
        q.start,
        q.end,
      ]),
    ).toEqual([[0, 11]]);
    const french = findQuotes('» Et la suite. »', 'fr', { carryOpen: ['«'] });
    expect(french.quotes.map((q) => [q.open, q.close, q.depth])).toEqual([['»', '»', 0]]);
    expect(french.unmatched).toEqual([]);
    // A carried mark the paragraph does not start with is ignored, and said to be.
    expect(findQuotes('No reopening here.', 'en', { carryOpen: ['“'] })).toEqual({
      quotes: [],
      unmatched: [],
      openAtEnd: [],
      reopened: [undefined],
    });
  });
});

describe('robustness', () => {
  it('never throws on odd input', () => {
    const odd = [
      '',
      '"',
      "'",
      '“',
      '”',
      '»',
      '«',
      OBJECT,
      `${OBJECT}"${OBJECT}`,
      '\uD83D',
      '\uDE00"',
      '"😀"',
      "😀's",
      '""""',
      "''''",
      '" "',
      '\u0000"',
    ];
    for (const text of odd) {
      const scan = findQuotes(text, 'en');
      checkInvariants(text, scan);
    }
    expect(findQuotes('"😀"').quotes).toEqual([
      { start: 0, end: 4, open: '"', close: '"', depth: 0 },
    ]);
    expect(() => findQuotes('“x”', 'not a tag!')).not.toThrow();
    expect(() => findQuotes(undefined as unknown as string)).not.toThrow();
    expect(() =>
      findQuotes('“x”', 'en', { carryOpen: [1, null, '“'] as unknown as string[] }),
    ).not.toThrow();
  });

  it('keeps its invariants on random text', () => {
    const alphabet = [
      ...'"\'`“”‘’„‚«»‹›「」『』 aBs1.,!?-()[]\n\u00A0',
      OBJECT,
      '😀',
      '\uD83D',
      'é',
    ];
    const langs = ['en', 'de', 'fr', 'da', 'sv', 'ja', 'pl', 'ar', 'ru', 'he'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }),
        fc.constantFrom(...langs),
        (chars, lang) => {
          const text = chars.join('');
          checkInvariants(text, findQuotes(text, lang, { carryOpen: ['“', "'"] }));
          checkInvariants(text, findQuotes(text, lang, { impliedOpen: ['«'], carryOpen: ['‘'] }));
        },
      ),
      { numRuns: fcRuns(2000) },
    );
  });

  it('finds a quotation planted in random text, so a detector that finds nothing fails', () => {
    const plain = fc.constantFrom(...'aBs1 .,!?-()\u00A0é'.split(''), '😀');
    const word = fc
      .array(fc.constantFrom(...'abcdefghXYZ'.split('')), { minLength: 1, maxLength: 8 })
      .map((letters) => letters.join(''));
    const langs = ['en', 'de', 'fr', 'da', 'sv', 'ja', 'pl', 'ar', 'ru', 'he'];
    fc.assert(
      fc.property(
        fc.array(plain, { maxLength: 30 }),
        fc.array(word, { minLength: 1, maxLength: 5 }),
        fc.array(plain, { maxLength: 30 }),
        fc.constantFrom(...langs),
        (before, words, after, lang) => {
          const [open, close] = quoteMarksFor(lang).primary;
          const start = before.join('').length + 1;
          const text = `${before.join('')} ${open}${words.join(' ')}${close} ${after.join('')}`;
          const end = start + open.length + words.join(' ').length + close.length;
          expect(findQuotes(text, lang), `${lang}: ${text}`).toEqual({
            quotes: [{ start, end, open, close, depth: 0 }],
            unmatched: [],
            openAtEnd: [],
          });
        },
      ),
      { numRuns: fcRuns(2000) },
    );
  });
});

// That the scan is linear (work counted, not timed) is test/quotes/linear.test.ts.
