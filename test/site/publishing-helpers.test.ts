/**
 * The small functions behind the reader's pages, on explainers made by the real pipeline:
 * text-fragment links, search records, the span ↔ note highlight rules, topics, the
 * annotations-only view and the labels of collapsed notes.
 */
import { describe, expect, it } from 'vitest';
import { highlightCss } from '../../src/views/highlight-css.ts';
import { viewOf } from '../../src/views/note-view.ts';
import { notesViewItems, openingWords } from '../../src/views/notes-view.ts';
import {
  originalLinks,
  textDirective,
  textFragmentUrl,
  uniqueTextDirectives,
} from '../../src/views/text-fragment.ts';
import { newestFirst, topicsOf } from '../../src/views/topics.ts';
import { processExplainer } from '../../src/markdown/pipeline.ts';
import type { Explainer } from '../../src/contract/explainer.ts';
import { rowsOf } from '../../src/indexes/rows.ts';
import { indexAnnotations } from '../../src/indexes/site-index.ts';
import { searchRecords } from '../../src/exports/search-records.ts';
import { testSettings } from '../helpers/settings.ts';

async function explainer(body: string, frontmatter = ''): Promise<Explainer> {
  const value = `---\ntitle: T\nsummary: S.\npublished: 2026-01-01\n${frontmatter}source:\n  publisher: P\n  url: https://example.com/a\n---\n\n${body}`;
  const { explainer, file } = await processExplainer({ path: 't.md', value }, testSettings);
  if (!explainer) throw new Error(file.messages.join('\n'));
  return explainer;
}

const BODY = [
  'The minister said the plan had :claim[cut waiting lists by half]{#half by=andrew-parker rating=false}.',
  ':::comment{on=half}\nThe lists fell by a fifth.\n:::',
  'Parker added: "We are on track," and left.',
  'A paragraph about the budget.',
  ':::comment\nThe budget is smaller than it looks.\n:::',
].join('\n\n');

describe('text-fragment links to the original', () => {
  it('percent-encodes the passage and escapes the characters the directive syntax uses', () => {
    expect(textDirective('"cost-free, fast & cheap"')).toBe('cost%2Dfree%2C%20fast%20%26%20cheap');
  });

  it('matches a long passage by its first and last words', () => {
    const passage = '“one two three four five six seven eight nine ten eleven twelve”';
    expect(textDirective(passage)).toBe(
      'one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve',
    );
  });

  it('replaces the URL’s own fragment, and gives nothing without a URL or words', () => {
    expect(textFragmentUrl('https://example.com/a#top', '«Bonjour»')).toBe(
      'https://example.com/a#:~:text=Bonjour',
    );
    expect(textFragmentUrl(undefined, 'text')).toBeUndefined();
    expect(textFragmentUrl('https://example.com/', '""')).toBeUndefined();
  });

  /** How many places of `text` a directive matches (prefix, start and suffix, spaces between). */
  function matches(directive: string, text: string): number {
    const parts = directive.split(',').map(decodeURIComponent);
    const prefix = parts[0]!.endsWith('-') ? parts.shift()!.slice(0, -1) : '';
    const suffix = parts.at(-1)!.startsWith('-') ? parts.pop()!.slice(1) : '';
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = [prefix, parts.join(' '), suffix].filter(Boolean).map(escape).join('\\s*');
    return [...text.matchAll(new RegExp(pattern, 'g'))].length;
  }

  it('makes each link to a repeated passage unique on the target page', async () => {
    const e = await explainer(
      [
        'The trains ran "on time" in September, the company said.',
        'But "on time" in its figures means five minutes late.',
        'A third "on time" in September, and a unique "quiet" one.',
      ].join('\n\n'),
    );
    const links = originalLinks(e);
    const quotes = e.annotations.filter((a) => a.kind === 'quote');
    const onTime = quotes.filter((a) => a.text.includes('on time')).map((a) => links.get(a.id)!);
    expect(onTime).toHaveLength(3);
    expect(new Set(onTime).size).toBe(3);
    const text = e.blocks.map((b) => b.text).join('\n\n');
    for (const link of onTime) {
      const directive = link.split('#:~:text=')[1]!;
      expect(directive).toMatch(/-,on%20time,-/);
      expect(matches(directive, text), link).toBe(1);
    }
    // The first is told from the third by more than one word around it.
    expect(onTime[0]).toContain('ran%20%22-,on%20time,-%22%20in');
    // A passage that occurs once needs no context.
    const quiet = quotes.find((a) => a.text.includes('quiet'))!;
    expect(links.get(quiet.id)).toBe('https://example.com/a#:~:text=quiet');
  });

  it('takes the words around a passage in a table from its own and the next cells, apart', async () => {
    const e = await explainer(
      [
        '| Route | Note |',
        '|---|---|',
        '| Harbourton | "peak only" |',
        '| Westmarch | "peak only" |',
      ].join('\n'),
    );
    const links = [...originalLinks(e).values()];
    expect(links).toHaveLength(2);
    // "Harbourton" and the quotation are cells of their own: a space between them, as the page
    // shows them, never "Harbourton%22".
    expect(links[0]).toBe(
      'https://example.com/a#:~:text=Harbourton%20%22-,peak%20only,-%22%20Westmarch',
    );
    expect(links[1]).toBe('https://example.com/a#:~:text=Westmarch%20%22-,peak%20only,-%22');
  });

  it('gives context only within a block and never more than six words', () => {
    const same = 'a b c d e f g h';
    const directives = uniqueTextDirectives(
      [`${same} x ${same}`, `${same} x ${same}`],
      [
        { block: 0, passage: 'x' },
        { block: 1, passage: 'x' },
      ],
    );
    // Nothing tells them apart within six words: the plain passage.
    expect(directives).toEqual(['x', 'x']);
  });
});

describe('the link from a span to its note', () => {
  it('keeps the punctuation after the span before the link, with the text unchanged', async () => {
    const e = await explainer(BODY);
    const block = e.blocks[0]!;
    expect(block.html).toMatch(/<\/mark>\.<a [^>]*class="note-link"/);
    expect(block.html).not.toMatch(/class="note-link"[^>]*><\/a>\./);
    expect(block.text).toContain('by half.');
  });
});

describe('search records', () => {
  it('gives each annotation one record, found at its note, with exact filters', async () => {
    const e = await explainer(BODY);
    const { records, language } = searchRecords([e], testSettings.ratings, 'en');
    expect(language).toBe('en');
    expect(records).toHaveLength(e.annotations.length);
    const claim = records.find((r) => r.url.endsWith('#note-half'))!;
    expect(claim.url).toBe('/explainers/t/#note-half');
    expect(claim.filters).toEqual({
      Type: ['Claim'],
      Speaker: ['Andrew Parker'],
      Rating: ['False'],
    });
    expect(claim.content).toContain('The lists fell by a fifth.'); // its comment
    expect(claim.meta.title).toBe('Claim by Andrew Parker: cut waiting lists by half');
    // The explainer it is in, which Pagefind's interface shows as "Explainer: its title".
    expect(claim.meta).toEqual({ title: claim.meta.title, Explainer: e.title });
    const quote = records.find((r) => r.filters.Type?.[0] === 'Quotation')!;
    // A quotation without a note is found at the quotation itself.
    const quoteAnnotation = e.annotations.find((a) => a.kind === 'quote')!;
    expect(quote.url).toBe(`/explainers/t/#${quoteAnnotation.id}`);
    expect(quote.filters.Rating).toBeUndefined();
    const comments = records.filter((r) => r.filters.Type?.[0] === 'Comment');
    expect(comments).toHaveLength(2);
    for (const r of records) {
      for (const name of Object.keys(r.filters)) {
        expect(['Type', 'Speaker', 'Rating']).toContain(name);
      }
    }
    // In German: the filters' names, the types and the titles.
    const german = searchRecords([e], testSettings.ratings, 'de').records;
    const claimDe = german.find((r) => r.url.endsWith('#note-half'))!;
    expect(Object.keys(claimDe.filters)).toEqual(['Art', 'Person', 'Bewertung']);
    expect(claimDe.filters.Art).toEqual(['Behauptung']);
    expect(claimDe.meta.title).toBe('Behauptung von Andrew Parker: cut waiting lists by half');
    // In the page's language too (it said "Explainer:" on every search page).
    expect(claimDe.meta).toEqual({ title: claimDe.meta.title, Erklärstück: e.title });
    const spanish = searchRecords([e], testSettings.ratings, 'es').records;
    expect(Object.keys(spanish[0]!.meta).sort()).toEqual(['Análisis', 'title']);
  });
});

describe('span ↔ note highlighting', () => {
  it('writes one rule per noted span, tying the span and its note together', async () => {
    const e = await explainer(BODY);
    const css = highlightCss(rowsOf(e));
    expect(css).toContain('[id="half"]:hover');
    expect(css).toContain('[id="note-half"]:focus-within');
    expect(css).toContain(':is([id="half"],[id="note-half"])');
    expect(css.split('.row:has(').length - 1).toBe(1); // the quotation has no note
    expect(highlightCss([])).toBe('');
  });
});

describe('the annotations-only view', () => {
  it('lists every annotation in reading order, with comments on a span under it', async () => {
    const e = await explainer(BODY);
    const items = notesViewItems(e);
    expect(items.map((i) => i.annotation.kind)).toEqual(['claim', 'quote', 'comment']);
    expect(items[0]!.comments.map((c) => c.text)).toEqual(['The lists fell by a fifth.']);
    expect(items[0]!.context).toBe('The minister said the plan had cut waiting lists by half.');
    expect(items[2]!.context).toBe('A paragraph about the budget.');
  });

  it('gives a span in a list item, a table cell or a paragraph of a block quotation the sentence of that part only', async () => {
    const e = await explainer(
      [
        'Three things the audit left out:',
        '',
        '- contract variations',
        '- consultants\' fees, "never itemised" said Mr Hale',
        '',
        '| Route | Note |',
        '|---|---|',
        '| Harbourton | "peak only" fares |',
        '',
        '> The first paragraph ends here',
        '>',
        '> "We stand by it," a spokesperson said',
        '',
        ':::comment',
        'On the quotation.',
        ':::',
      ].join('\n'),
    );
    const [, list, table, quotation] = e.blocks;
    // Where each part starts in the block's text, which runs them together.
    expect(list!.text).toBe('contract variationsconsultants\' fees, "never itemised" said Mr Hale');
    expect(list!.breaks).toEqual(['contract variations'.length]);
    expect(table!.breaks).toEqual([5, 9, 19]);
    expect(quotation!.breaks).toEqual(['The first paragraph ends here'.length]);
    expect(e.blocks[0]!.breaks).toBeUndefined();
    const contexts = Object.fromEntries(
      indexAnnotations([e]).map((i) => [
        i.annotation.kind === 'comment' ? 'comment' : i.annotation.text,
        i.context,
      ]),
    );
    expect(contexts).toEqual({
      '"never itemised"': 'consultants\' fees, "never itemised" said Mr Hale',
      '"peak only"': '"peak only" fares',
      '"We stand by it,"': '"We stand by it," a spokesperson said',
      comment: 'On the quotation.',
    });
    // A comment on the block quotation opens with its paragraphs' words apart.
    const onQuotation = notesViewItems(e).find((i) => i.annotation.kind === 'comment');
    expect(onQuotation!.context).toBe(
      'The first paragraph ends here "We stand by it," a spokesperson said',
    );
  });

  it('gives no context for a span that is its whole sentence', async () => {
    const e = await explainer(
      'The mayor spoke. "We will not raise the tolls," she said.\n\n"Nobody was misled."\n',
    );
    const contexts = notesViewItems(e).map((i) => [
      i.annotation.kind === 'quote' && i.annotation.text,
      i.context,
    ]);
    expect(contexts).toEqual([
      ['"We will not raise the tolls,"', '"We will not raise the tolls," she said.'],
      ['"Nobody was misled."', ''],
    ]);
  });

  it('shortens a long passage to its opening words', () => {
    expect(openingWords('a b c d', 2)).toBe('a b …');
    expect(openingWords(' a  b ', 2)).toBe('a b');
  });
});

describe('note labels', () => {
  it('names a collapsed note by its kind and its rating or speaker', async () => {
    const e = await explainer(BODY);
    const labels = e.annotations.map((a) => viewOf(a, testSettings.ratings).summary);
    expect(labels).toEqual([
      'Claim: False',
      'Comment',
      expect.stringMatching(/^Quotation/),
      'Comment',
    ]);
  });
});

describe('topics', () => {
  it('groups explainers by tag, newest first, one page per spelling of a tag', () => {
    const make = (title: string, published: string, tags: string[], updated?: string) =>
      ({ title, published, tags, updated }) as Pick<
        Explainer,
        'title' | 'published' | 'updated' | 'tags'
      >;
    const a = make('A', '2026-01-01', ['Budget', 'rail']);
    const b = make('B', '2026-02-01', ['budget']);
    const c = make('C', '2025-12-01', ['rail'], '2026-03-01');
    expect(newestFirst([a, b, c]).map((e) => e.title)).toEqual(['C', 'B', 'A']);
    const topics = topicsOf([a, b, c]);
    expect(topics.map((t) => [t.key, t.explainers.map((e) => e.title)])).toEqual([
      ['budget', ['B', 'A']],
      ['rail', ['C', 'A']],
    ]);
  });
});
