/**
 * Our GFM plugin (`src/markdown/remark-gfm.ts`) leaves out a literal autolink construct when a
 * document's Markdown cannot hold one (and a table's, likewise): the tree must be exactly remark-gfm's, positions included,
 * for every document, with and without frontmatter. Checked on the CommonMark spec's 652
 * examples (each also with an email, a www link and an http link added, and each behind a
 * frontmatter holding them), hand-written cases at the edges of the frontmatter's fences, and
 * character references and escapes that decode to a link, and fast-check documents built from the
 * characters those constructs, fences and decodings turn on.
 */
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfmUpstream from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { frontmatterEnd } from '../../src/markdown/frontmatter-end.ts';
import remarkGfm, { holdsLiteralMark } from '../../src/markdown/remark-gfm.ts';
import { fcRuns } from '../helpers/fc-runs.ts';

const parsers = (frontmatter: boolean) => {
  const base = () =>
    frontmatter
      ? unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
      : unified().use(remarkParse);
  return {
    upstream: base().use(remarkGfmUpstream).use(remarkDirective),
    ours: base().use(remarkGfm, { frontmatter }).use(remarkDirective),
  };
};
const withFrontmatter = parsers(true);
const withoutFrontmatter = parsers(false);

function expectSameTree(doc: string): void {
  for (const { upstream, ours } of [withFrontmatter, withoutFrontmatter]) {
    const [mine, theirs] = [ours.parse(doc), upstream.parse(doc)];
    // Node's strict deep equality decides (as strict as Vitest's, and about 25 times faster on
    // these 3,900 pairs of trees); Vitest's matcher only says where two trees differ.
    if (!isDeepStrictEqual(mine, theirs)) expect(mine, JSON.stringify(doc)).toStrictEqual(theirs);
  }
}

const spec = createRequire(import.meta.url)('commonmark-spec') as {
  tests: Array<{ markdown: string }>;
};
const examples = spec.tests.map((t) => t.markdown.replace(/→/g, '\t'));
const LINKS = 'Write to ed@example.com, see www.example.com or https://example.com/a_b_.';

describe('our GFM plugin', () => {
  it('gives remark-gfm’s tree for every CommonMark example, with and without links added', () => {
    for (const markdown of examples) {
      expectSameTree(markdown);
      expectSameTree(`${markdown}\n${LINKS}\n`);
      expectSameTree(`---\nurl: ${LINKS}\n---\n${markdown}`);
    }
  });

  it('reads the frontmatter’s fences as micromark does, and text as decoded', () => {
    const cases = [
      '---\nurl: https://x.org\n---\nhttps://y.org and www.z.org, a@b.co',
      '---\nurl: https://x.org\n---\nno link here',
      '---\nurl: https://x.org\n--- \t\r\nno link',
      '---\r\nurl: https://x.org\r\n---\r\nno link',
      '---\rurl: https://x.org\r---\rno link',
      '---\nurl: https://x.org\n---',
      '---\n---\nhttps://x.org',
      '---\nhttps://x.org has no closing fence',
      '---\nhttps://x.org\n----\nstill open',
      '---\nhttps://x.org\n -- -\n',
      '--- x\nhttps://x.org\n---\n',
      '---',
      '---\n',
      '\uFEFF---\nurl: https://x.org\n---\nno link',
      ' ---\nhttps://x.org\n---\n',
      '\n---\nhttps://x.org\n---\n',
      'text\n---\nhttps://x.org\n---\n',
      '---\nurl: www.x.org\n---\nWWW.Y.ORG',
      '---\nmail: a@b.co\n---\nx&#64;y.co and HTTPS://Z.ORG',
      'a&#64;b.co www&period;x.org http&colon;//x.org',
      'www\\.x.org, see HTTP\\://x.org',
      'a\\@b.co',
      '&#119;ww.x.org',
      'a\n:-',
      'a\n-:',
      'a\n:-:\nb',
      '> a\n> :-',
      '- a\n  -:',
      'a | b\n--|--',
      'a\n- :',
      // Marks of a literal autolink where none can start (a first parse leaves the constructs
      // out) and where one can (the document is parsed again with them).
      'See the [source](https://x.org/a_b) and [mail](mailto:a@b.co).',
      'text](https://x.org) and (https://y.org)',
      '[a https://x.org/](b) and [www.x.org]',
      '![see https://x.org](y.png) ![a@b.co](z.png)',
      '`https://x.org` then https://y.org',
      '`a@b.co` <https://x.org> <a@b.co> <a href="http://x.org">x</a>',
      '[ref]: https://x.org\n\n[ref] and [^n]\n\n[^n]: See www.x.org.',
      '*https://x.org*, **a@b.co** and ~~www.x.org~~',
      'http&#58;//x.org and https\\://x.org and ww&#119;.x.org',
      '[https://x.org](https://x.org) [x]: https://y.org',
    ];
    for (const doc of cases) expectSameTree(doc);
    expect(frontmatterEnd('---\na: 1\n---\nbody')).toBe('---\na: 1\n---\n'.length);
    expect(frontmatterEnd('---\na: 1\n---')).toBe('---\na: 1\n---'.length);
    expect(frontmatterEnd('---\na: 1\n')).toBe(0);
    expect(frontmatterEnd('---')).toBe(0);
    expect(frontmatterEnd('\uFEFF---\na: 1\n---\nbody')).toBe('\uFEFF---\na: 1\n---\n'.length);
  });

  it('looks for marks in a tree of 300,000 blocks (more than a call takes arguments)', () => {
    const paragraph = (value: string) => ({
      type: 'paragraph',
      children: [{ type: 'text', value }],
    });
    const blocks = Array.from({ length: 300_000 }, () => paragraph('a'));
    expect(holdsLiteralMark({ type: 'root', children: blocks })).toBe(false);
    blocks.push(paragraph('see www.x.org'));
    expect(holdsLiteralMark({ type: 'root', children: blocks })).toBe(true);
  });

  it('gives remark-gfm’s tree for generated documents', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '---',
        '--- ',
        '----',
        '\n',
        '\r\n',
        '\r',
        ' ',
        '\t',
        '@',
        'a@b.co',
        'www.',
        'WwW.x.org',
        'http:',
        'https://',
        'HTTP://x.org/_a_',
        '&#64;',
        '&#119;',
        '\\',
        '_',
        '*',
        '~',
        '|',
        '[',
        ']',
        '(',
        ')',
        '<',
        '>',
        ':',
        '.',
        '- ',
        '1. ',
        '[^1]',
        '[^1]: ',
        '](',
        '![',
        '`',
        '<a href="',
        'mailto:',
        '| a | b |\n| - | - |',
        ':-',
        '-:',
        '> ',
        'url: ',
      ),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => expectSameTree(pieces.join(''))),
      { numRuns: fcRuns(2000), seed: Number(process.env.FC_SEED ?? 20261207) },
    );
  });
});
