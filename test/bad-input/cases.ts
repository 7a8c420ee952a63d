/**
 * The catalogue of bad input: files an editor (or an attacker) might hand the build, each with
 * the messages it must give (rule, severity, line, column) and, where it renders, what the
 * rendered model must show. Used by the unit catalogue and by the `check`/build runs over all of
 * them at once.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { expect } from 'vitest';
import type { Processed } from '../../src/markdown/pipeline.ts';
import type { Severity, RuleId } from '../../src/contract/messages.ts';
import { minimalFrontmatter } from '../helpers/settings.ts';
import { paragraphsField, sourceSha256 } from '../../src/contract/provenance.ts';

export type Expected = [rule: RuleId, severity: Severity, line: number, column: number];

export interface BadCase {
  name: string;
  /** The file: text (written as UTF-8) or raw bytes. */
  input: () => string | Uint8Array;
  /** Every message the file gives, exactly. */
  messages: Expected[];
  /** A pattern the first message's text must match, where the wording matters. */
  reason?: RegExp;
  /** Further checks on the result (for files that render). */
  check?: (result: Processed) => void;
  /** Checks on the explainer's page, as the real build of the catalogue writes it. */
  page?: (html: string) => void;
  /** The editor wrote markup to be shown as text (escaped): it may appear on the page. */
  markupAsText?: boolean;
  /** Not for the build and check runs over the whole catalogue (too slow to do twice). */
  unitOnly?: boolean;
  /** The explainer's stand-off notes file (`case.notes.md`), and every message it gives. */
  notes?: { text: string; messages: Expected[] };
}

const UNSAFE_NAMES =
  ':quote["hi"]{by="<img src=x onerror=window.__xss=1><script>window.__xss=1</script>"} and :claim[this]{by="<script>alert(1)</script>" rating=false}.';

/** The body starts on this line of a file with the minimal frontmatter. */
export const BODY = minimalFrontmatter.split('\n').length;
const doc = (body: string) => minimalFrontmatter + body;
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
/** Frontmatter whose `source.sha256` and `paragraphs` were recorded for these paragraphs. */
const hashedFor = (paragraphs: string[]) => {
  const blocks = paragraphs.map((text) => ({ text }));
  return minimalFrontmatter.replace(
    'source:\n',
    `source:\n  sha256: "${sourceSha256(blocks)}"\n  paragraphs: "${paragraphsField(blocks)}"\n`,
  );
};
/** Minimal frontmatter with a corrections log (YAML lines, indented under `corrections:`). */
const corrected = (yaml: string) =>
  minimalFrontmatter.replace(/---\n$/, `corrections:\n${yaml}---\n`);
/** The body starts on this line after {@link hashedFor}'s frontmatter. */
const HASHED_BODY = BODY + 2;
/** The first correction's first line in {@link corrected}'s frontmatter. */
const CORRECTION = BODY;

/** Throw unless the HTML could not run script, whatever the browser. */
export function expectSafeHtml(html: string): void {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (element) => {
    expect([
      'script',
      'iframe',
      'object',
      'embed',
      'style',
      'form',
      'svg',
      'math',
      'base',
    ]).not.toContain(element.tagName);
    for (const [name, value] of Object.entries(element.properties)) {
      expect(name.toLowerCase().startsWith('on'), `${element.tagName} has ${name}`).toBe(false);
      if (['href', 'src', 'cite', 'action', 'formAction', 'srcSet'].includes(name)) {
        expect(String(value)).toMatch(/^(?:https?:|mailto:|#)/i);
      }
    }
  });
}

/** Every block and comment of the model, as HTML. */
export function allHtml(result: Processed): string[] {
  const explainer = result.explainer!;
  return [
    ...explainer.blocks.map((b) => b.html),
    ...explainer.annotations.flatMap((a) => (a.kind === 'comment' ? [a.html] : [])),
  ];
}

const text = (html: string) => hastText(fromHtml(html, { fragment: true }));

/** Directive markup as it would read on a page: none of it may reach one as text. */
export const MARKUP =
  /:{1,3}(?:claim|quote|comment)\b|(?:^|\n)\s*:{3,}|\]\{|\{#[\w-]+|\{[^{}\n]*\b(?:by|rating|on)=/;

/** The editor's markup that shows as text in the rendered blocks and comments, if any. */
export function markupShown(result: Processed): string | undefined {
  for (const html of allHtml(result)) {
    const found = MARKUP.exec(text(html));
    if (found) return found[0];
  }
  return undefined;
}

function safeAndKept(words: string) {
  return (result: Processed) => {
    expect(result.explainer).toBeDefined();
    for (const html of allHtml(result)) expectSafeHtml(html);
    expect(allHtml(result).map(text).join(' ')).toContain(words);
  };
}

/** `depth` levels of block quotation and list item, alternating, on one line. */
const mixedNesting = (depth: number) => `${'> - '.repeat(depth / 2)}bottom\n`;

/**
 * Prose paragraphs of `bytes` size, varied (no two alike), with quotations and apostrophes. No
 * verb of saying and no colon: a speaker found in word salad would be uncertain
 * (`speaker-uncertain`).
 */
export function bigBody(bytes: number): { body: string; paragraphs: string[] } {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const words = ['council', 'budget', "Britain's", 'sold', 'the', 'figures', 'paper', 'town'];
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const parts = [`Paragraph ${paragraphs.length}.`];
    for (let k = 0; k < 60; k += 1) {
      const word = words[Math.floor(next() * words.length)]!;
      parts.push(next() < 0.02 ? `"${word} ${k}"` : word);
    }
    const paragraph = `${parts.join(' ')}.`;
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return { body: paragraphs.join('\n\n') + '\n', paragraphs };
}

export const cases: BadCase[] = [
  // Frontmatter
  {
    name: 'invalid YAML',
    input: () => '---\ntitle: "unclosed\nsummary: x\n---\n\nText.\n',
    messages: [['frontmatter-yaml', 'error', 2, 8]],
    reason: /^Unexpected quotation mark `"` left open, expected its closing mark/,
  },
  {
    name: 'duplicate YAML key',
    input: () => minimalFrontmatter.replace('summary:', 'title: Again\nsummary:') + 'Text.\n',
    messages: [['frontmatter-yaml', 'error', 3, 1]],
  },
  {
    name: 'wrong type: a word for a date',
    input: () => minimalFrontmatter.replace('published: 2026-01-01', 'published: soon') + 'Text.\n',
    messages: [['frontmatter-schema', 'error', 4, 12]],
    reason: /^Unexpected string "soon" for `published`, expected a date written as YYYY-MM-DD/,
  },
  {
    name: 'wrong type: a number for the tags',
    input: () => minimalFrontmatter.replace('published:', 'tags: 5\npublished:') + 'Text.\n',
    messages: [['frontmatter-schema', 'error', 4, 7]],
    reason: /^Unexpected number 5 for `tags`, expected a list, such as `\[5\]`$/,
  },
  {
    name: 'wrong type: one tag written without its list',
    input: () =>
      minimalFrontmatter.replace('published:', 'tags: transport policy\npublished:') + 'Text.\n',
    messages: [['frontmatter-schema', 'error', 4, 7]],
    reason:
      /^Unexpected string "transport policy" for `tags`, expected a list, such as `\[transport policy\]`$/,
  },
  {
    name: 'wrong type: text for draft',
    input: () => minimalFrontmatter.replace('published:', 'draft: "yes"\npublished:') + 'Text.\n',
    messages: [['frontmatter-schema', 'error', 4, 8]],
    reason: /`draft`, expected true or false/,
  },
  {
    name: 'an explainer in a language the interface has no catalogue for',
    input: () => minimalFrontmatter.replace('published:', 'language: it\npublished:') + 'Text.\n',
    messages: [['missing-translation', 'error', 4, 11]],
    reason:
      /^Unexpected string "it" for `language`, expected a language the interface is translated into \(en, de, fr, es\)/,
  },
  {
    name: "a rating with no label in the explainer's language",
    input: () =>
      minimalFrontmatter.replace('published:', 'language: fr\npublished:') +
      'La ville :claim[a divisé l’attente par deux]{#moitie rating=false}.\n',
    messages: [['missing-translation', 'error', 4, 11]],
    reason: /^Missing `fr` label for rating `false` in ratings\.yaml/,
  },
  {
    name: 'missing title',
    input: () => minimalFrontmatter.replace('title: Test\n', '') + 'Text.\n',
    messages: [['frontmatter-schema', 'error', 2, 1]],
    reason: /^Missing `title`/,
  },
  {
    name: 'unknown frontmatter field',
    input: () => minimalFrontmatter.replace('summary:', 'author: Someone\nsummary:') + 'Text.\n',
    messages: [['frontmatter-schema', 'error', 3, 1]],
    reason: /^Unexpected field `author`/,
  },
  {
    name: 'no frontmatter at all',
    input: () => 'Just some text.\n',
    messages: [['frontmatter-schema', 'error', 1, 1]],
    reason: /^Missing frontmatter/,
  },
  {
    name: 'frontmatter never closed',
    input: () => minimalFrontmatter.replace(/---\n$/, '') + 'Text.\n',
    messages: [['frontmatter-schema', 'error', 1, 1]],
    reason:
      /^Missing the `---` that closes the frontmatter, expected a line `---` after its last field$/,
  },
  {
    name: 'empty file',
    input: () => '',
    messages: [['frontmatter-schema', 'error', 1, 1]],
  },
  {
    // It published a page with nothing to read.
    name: 'frontmatter only, no body: an error, as is a body of HTML comments only',
    input: () => minimalFrontmatter,
    messages: [['missing-text', 'error', BODY, 1]],
    reason: /^Missing source text in an explainer to be published/,
  },
  {
    name: 'a body of HTML comments only',
    input: () => doc('<!-- TODO: paste the article -->\n\n<!-- and check it -->\n'),
    messages: [['missing-text', 'error', BODY, 1]],
  },
  {
    name: 'javascript: URL in source.url',
    input: () =>
      minimalFrontmatter.replace(
        '  publisher: Test Times',
        '  publisher: Test Times\n  url: javascript:alert(1)',
      ) + 'Text.\n',
    messages: [['frontmatter-schema', 'error', 7, 8]],
    reason: /`source\.url`, expected an absolute http\(s\) URL/,
  },
  // Directives
  {
    name: 'unknown attribute on a claim',
    input: () => doc('A :claim[big claim]{#big rating=false colour=red} here.\n'),
    messages: [['unknown-attribute', 'warning', BODY, 3]],
    reason: /^Unexpected attribute `colour` on `:claim`/,
  },
  {
    name: 'unknown attribute on a comment',
    input: () => doc('Text.\n\n:::comment{colour=red}\nNote.\n:::\n'),
    messages: [['unknown-attribute', 'warning', BODY + 2, 1]],
  },
  {
    name: 'attributes separated by commas: an error, not a speaker called "maya-brennan,"',
    input: () =>
      doc(
        'A :claim[big]{by=maya-brennan, rating=false} and :quote["so"]{by=maya-brennan;} here.\n\nB :claim[small]{by=maya-brennan,rating=false} here.\n',
      ),
    messages: [
      ['directive-syntax', 'error', BODY, 3],
      ['directive-syntax', 'error', BODY, 50],
      ['directive-syntax', 'error', BODY + 2, 32],
    ],
    reason: /^Unexpected `,` after `by=maya-brennan`, expected a space between attributes$/,
  },
  {
    name: 'an id with a space: an error, not the id lost',
    input: () => doc('A :claim[big]{#fares id rating=false} here.\n'),
    messages: [['directive-syntax', 'error', BODY, 3]],
    reason: /^Unexpected empty id on `:claim`/,
  },
  {
    name: 'a misspelt attribute of ours is an error: its value would be lost',
    input: () =>
      doc('A :claim[big]{#big raiting=false} here.\n\n:::comment{onn=big}\nNote.\n:::\n'),
    messages: [
      ['unknown-attribute', 'error', BODY, 3],
      ['missing-rating', 'warning', BODY, 3],
      ['unknown-attribute', 'error', BODY + 2, 1],
    ],
  },
  {
    name: 'unclosed :::comment: an error at the comment',
    input: () => doc('Text.\n\n:::comment\nA note.\n\nMore source text.\n'),
    messages: [['directive-unclosed', 'error', BODY + 2, 1]],
    reason: /^Unexpected `:::comment` left open, expected a closing `:::` line/,
  },
  {
    name: 'unclosed :::comment before the next one: an error at the one left open',
    input: () =>
      doc(
        'Text.\n\n:::comment\nA note.\n\nMore source text.\n\nAnd more.\n\n:::comment\nAnother note.\n:::\n\nEnd.\n',
      ),
    messages: [['directive-unclosed', 'error', BODY + 2, 1]],
    reason: /^Unexpected `:::comment` left open before the next `:::comment` on line 17/,
  },
  {
    name: 'unknown container: an error, not its fence on the page',
    input: () => doc(':::aside\nStill source text.\n'),
    messages: [['unknown-directive', 'error', BODY, 1]],
  },
  {
    name: 'nested comments',
    input: () => doc('Text.\n\n::::comment\nOuter.\n\n:::comment\nInner.\n:::\n::::\n'),
    messages: [['comment-nested', 'warning', BODY + 5, 1]],
    check: (result) => {
      const comment = result.explainer!.annotations.find((a) => a.kind === 'comment');
      expect(comment?.kind === 'comment' && comment.text).toContain('Inner.');
    },
  },
  {
    name: 'duplicate ids',
    input: () => doc('A :claim[one]{#same rating=false} and :claim[two]{#same rating=false}.\n'),
    messages: [['duplicate-id', 'error', BODY, 39]],
    reason: /^Unexpected duplicate id `#same`/,
  },
  {
    name: 'invalid id',
    input: () => doc('A :claim[one]{id="has space" rating=false}.\n'),
    messages: [['invalid-id', 'error', BODY, 3]],
  },
  {
    name: 'an id the page uses for a view',
    input: () =>
      doc('A :claim[one]{#notes rating=false} and :quote["two"]{#note-q-x by=Someone}.\n'),
    messages: [
      ['reserved-id', 'error', BODY, 3],
      ['reserved-id', 'error', BODY, 40],
    ],
    reason: /^Unexpected id `#notes`, expected one the explainer page does not use itself/,
  },
  {
    name: 'unknown rating',
    input: () => doc('A :claim[one]{rating=pants-on-fire}.\n'),
    messages: [['unknown-rating', 'error', BODY, 3]],
    reason: /^Unexpected rating `pants-on-fire`, expected one of `accurate`/,
  },
  {
    name: 'claim without rating on a non-empty scale',
    input: () => doc('A :claim[one] here.\n'),
    messages: [['missing-rating', 'warning', BODY, 3]],
  },
  {
    name: 'on= pointing nowhere',
    input: () => doc('Text.\n\n:::comment{on=nothing-here}\nNote.\n:::\n'),
    messages: [['comment-target', 'error', BODY + 2, 1]],
    reason: /^Unexpected `on=nothing-here`/,
  },
  {
    name: 'comment with no block before it',
    input: () => doc(':::comment\nNote.\n:::\n\nText.\n'),
    messages: [['comment-placement', 'warning', BODY, 1]],
  },
  {
    name: 'empty comment',
    input: () => doc('Text.\n\n:::comment\n:::\n'),
    messages: [['comment-empty', 'warning', BODY + 2, 1]],
  },
  {
    name: 'unknown speaker id',
    input: () => doc(':quote["hello"]{by=nobody-known} she said.\n'),
    messages: [['unknown-speaker', 'warning', BODY, 1]],
  },
  {
    // A person of people.yaml under a name a slip away from theirs would be a second person,
    // with a page of their own; a name further from every one is someone new.
    name: 'a speaker named a slip away from a person of people.yaml: a warning, the name kept',
    input: () =>
      doc(':quote["hello"]{by="Andrew Parkr"} she said, and :quote["so"]{by="Andrea Parks"}.\n'),
    messages: [['unknown-speaker', 'warning', BODY, 1]],
    reason:
      /^Unexpected new speaker `Andrew Parkr`, close to `Andrew Parker` of people.yaml \(`andrew-parker`\)/,
    check: (result) => {
      const speakers = result.explainer!.annotations.map(
        (a) => a.kind === 'quote' && a.speaker?.name,
      );
      expect(speakers).toEqual(['Andrew Parkr', 'Andrea Parks']);
    },
  },
  {
    // Published, the claim was under the name `robert-obrein`, on a page of its own.
    name: 'a speaker id a slip from a known one: an error, not a new speaker',
    input: () =>
      doc(
        ':quote["hello"]{by=andrew-parkr} she said, and :claim[this]{by=robert-obrein rating=false}.\n',
      ),
    messages: [
      ['unknown-speaker', 'error', BODY, 1],
      ['unknown-speaker', 'error', BODY, 48],
    ],
    reason:
      /^Unexpected speaker id `robert-obrein`, expected an id from people.yaml or a name; it is close to `robert-obrien` \(Robert O'Brien\)$/,
  },
  {
    name: 'unmatched quotation mark',
    input: () => doc('He said "it will never close.\n'),
    messages: [['unmatched-quote', 'warning', BODY, 9]],
  },
  {
    // A pronoun's speaker (`verb-after/pronoun`) whose antecedent is only a sentence's subject
    // is right about 8 times in 10 on PolNeAR train, between MIN_CONFIDENCE and CONFIRM_BELOW
    // (src/quotes/confidence.ts).
    name: 'an automatic speaker to confirm: a warning, and the explainer still builds',
    // Two people named since, one of them a woman: "she" is less sure.
    input: () =>
      doc('Jane Doe walked in.\n\nTom Reid and Ann Lee waited.\n\n"We will not stop," she said.\n'),
    messages: [['speaker-uncertain', 'warning', BODY + 4, 1]],
    reason: /^Unexpected uncertain speaker `Jane Doe` \(verb-after\/pronoun, confidence 0\.\d\d\)/,
    check: (result) => {
      const quote = result.explainer!.annotations.find((a) => a.kind === 'quote');
      expect(quote).toMatchObject({ speaker: { name: 'Jane Doe' }, speakerSource: 'automatic' });
      expect(result.file.messages[0]!.note).toContain(':quote["We will not stop,"]{by="Jane Doe"}');
    },
  },
  {
    name: 'draft',
    input: () => minimalFrontmatter.replace('published:', 'draft: true\npublished:') + 'Text.\n',
    messages: [['draft', 'info', 1, 1]],
  },
  // Issue 15: everyday mistakes that published a wrong page with exit code 0
  {
    name: 'curly quotes around an attribute value: read as quoted, with a warning at the quote',
    input: () =>
      doc(
        'The council pays :claim[£1.2m a year]{#subsidy by=“Harbour Ferries Ltd” rating=false} for it.\n',
      ),
    messages: [['smart-quotes', 'warning', BODY, 51]],
    reason:
      /^Unexpected curly quotation marks in the attributes of `:claim`, read as straight quotes/,
    check: (result) => {
      const claim = result.explainer!.annotations.find((a) => a.kind === 'claim');
      expect(claim).toMatchObject({ id: 'subsidy', rating: 'false' });
      expect(claim?.kind === 'claim' && claim.claimant?.name).toBe('Harbour Ferries Ltd');
      expect(result.explainer!.blocks[0]!.text).toBe('The council pays £1.2m a year for it.');
      expect(result.file.messages[0]!.note).toMatch(/straight quotes/);
    },
  },
  {
    name: 'curly single quotes around one word',
    input: () => doc('A :claim[claim]{#c by=‘Parker’ rating=false} here.\n'),
    messages: [['smart-quotes', 'warning', BODY, 23]],
    check: (result) => expect(result.explainer!.blocks[0]!.text).toBe('A claim here.'),
  },
  {
    name: 'curly quotes in :quote and in :::comment{on}',
    input: () =>
      doc(
        'He said :quote["no"]{#no by=„Andrew Parker“} again.\n\n:::comment{on=“no”}\nHe did.\n:::\n',
      ),
    messages: [
      ['smart-quotes', 'warning', BODY, 29],
      ['smart-quotes', 'warning', BODY + 2, 15],
    ],
    check: (result) => {
      const comment = result.explainer!.annotations.find((a) => a.kind === 'comment');
      expect(comment).toMatchObject({ target: 'no' });
    },
  },
  {
    name: ':claim[ without its ]: an error at the claim, not an empty claim',
    input: () => doc('The council :claim[pays £1.2m{#subsidy by="Harbour" rating=false} a year.\n'),
    messages: [['directive-syntax', 'error', BODY, 13]],
    reason: /^Unexpected `:claim\[` without its closing `\]`/,
  },
  {
    name: 'a quotation mark left open in the attributes: an error at it',
    input: () => doc('A :claim[claim]{#c by="Andrew Parker rating=false} here.\n'),
    messages: [['directive-syntax', 'error', BODY, 23]],
    reason: /^Unexpected quotation mark `"` left open in the attributes of `:claim`/,
  },
  {
    name: 'attributes without their }: an error at the {',
    input: () => doc('A :claim[claim]{#c rating=false here.\n'),
    messages: [['directive-syntax', 'error', BODY, 16]],
    reason: /^Unexpected `\{` without its `\}`/,
  },
  {
    name: 'a curly quote opening, a straight one closing: read as quoted',
    input: () => doc('A :claim[claim]{#c by=“Andrew Parker" rating=false} here.\n'),
    messages: [['smart-quotes', 'warning', BODY, 23]],
    check: (result) => expect(result.explainer!.blocks[0]!.text).toBe('A claim here.'),
  },
  {
    name: 'a :::comment opening deleted: its stray ::: is an error',
    input: () => doc('Text.\n\nThe note.\n:::\n\nMore text.\n'),
    messages: [['directive-syntax', 'error', BODY + 3, 1]],
    reason: /^Unexpected `:::` in the text/,
  },
  {
    name: 'a claim written with two colons',
    input: () => doc('::claim[words]{#w rating=false}\n'),
    messages: [
      ['directive-syntax', 'error', BODY, 1],
      ['directive-syntax', 'error', BODY, 15],
    ],
  },
  {
    name: 'attributes without :claim before the words',
    input: () => doc('The council [pays £1.2m]{#subsidy rating=false} a year.\n'),
    messages: [['directive-syntax', 'error', BODY, 25]],
  },
  {
    name: 'a misspelt :::comment is an error, not its fence on the page',
    input: () => doc('Text.\n\n:::commnet\nNote.\n:::\n'),
    messages: [['unknown-directive', 'error', BODY + 2, 1]],
  },
  {
    name: 'a misspelt :claim or :quote is an error, not its claim missing and its brackets on the page',
    input: () =>
      doc('Fares :cliam[rose]{rating=false} and\n:Quote["we listened"]{by="Mr Pryce"}.\n'),
    reason: /^Unexpected directive `:cliam`, expected `:claim`$/,
    messages: [
      ['unknown-directive', 'error', BODY, 7],
      ['unknown-directive', 'error', BODY + 1, 1],
    ],
  },
  {
    name: 'a word like ours after a colon, without brackets, is prose',
    input: () => doc('See the ratio 3:4, Re:quotes and note:clam here.\n'),
    messages: [],
  },
  {
    name: 'a claim or quotation marked in an image description: an error, not its rating lost',
    input: () =>
      doc(
        'See ![A chart :claim[fares rose]{rating=false}](c.png) and ![\\:claim[x] as text](d.png).\n',
      ),
    messages: [
      ['directive-syntax', 'error', BODY, 15],
      ['unsafe-url', 'warning', BODY, 5],
      ['unsafe-url', 'warning', BODY, 60],
    ],
    reason: /^Unexpected `:claim` in an image's description/,
  },
  {
    name: 'markup escaped on purpose stays text',
    input: () => doc('Write \\:claim[words] to mark a claim.\n'),
    messages: [],
    markupAsText: true,
    check: (result) =>
      expect(result.explainer!.blocks[0]!.text).toBe('Write :claim[words] to mark a claim.'),
  },
  {
    name: 'a tag with no letter or digit (no page address: an error), and one topic tagged twice (a warning)',
    input: () =>
      minimalFrontmatter.replace(
        'published: 2026-01-01\n',
        'published: 2026-01-01\ntags: ["\u{1F642}", Transport, transport]\n',
      ) + 'Text.\n',
    messages: [
      ['frontmatter-schema', 'error', 5, 8],
      ['frontmatter-schema', 'warning', 5, 25],
    ],
    reason: /^Unexpected tag `\u{1F642}`, expected letters or digits/u,
  },
  {
    name: 'a speaker named with no letter or digit: an error, not a link to no page',
    input: () =>
      doc(
        'She said :quote["we did"]{by="\u{1F642}"} and :claim[it works]{by="!!!" rating=false}.\n',
      ),
    messages: [
      ['unknown-speaker', 'error', BODY, 10],
      ['unknown-speaker', 'error', BODY, 40],
    ],
    reason: /^Unexpected speaker `!!!`, expected a name with letters or digits/,
  },
  {
    name: 'published on a day still to come: scheduled, left out of the site until then',
    input: () => minimalFrontmatter.replace('2026-01-01', '2999-01-01') + 'Text.\n',
    messages: [['scheduled', 'info', 1, 1]],
    reason: /^Scheduled explainer \(`published: 2999-01-01`, after today\)/,
  },
  {
    name: 'updated, source.retrieved or a correction on a day still to come: an error',
    input: () =>
      minimalFrontmatter
        .replace('published: 2026-01-01\n', 'published: 2026-01-01\nupdated: 2999-01-01\n')
        .replace('source:\n', 'source:\n  retrieved: 2999-01-02\n')
        .replace(/---\n$/, 'corrections:\n  - date: 2999-01-03\n    text: A fix to come.\n---\n') +
      'Text.\n',
    messages: [
      ['frontmatter-schema', 'error', 5, 10],
      ['frontmatter-schema', 'error', 7, 14],
      ['correction-date', 'error', 10, 11],
    ],
    reason: /^Unexpected `updated` 2999-01-01, a day still to come/,
  },
  {
    name: 'published: 2026-02-30 (rolled over to 2 March before)',
    input: () => minimalFrontmatter.replace('2026-01-01', '2026-02-30') + 'Text.\n',
    messages: [['frontmatter-schema', 'error', 4, 12]],
    reason: /^Unexpected string "2026-02-30" for `published`, expected a day that exists/,
  },
  {
    name: 'source.published: 2025-02-29 and updated: 2026-04-31',
    input: () =>
      minimalFrontmatter
        .replace('published: 2026-01-01', 'published: 2026-01-01\nupdated: 2026-04-31')
        .replace('  publisher: Test Times', '  publisher: Test Times\n  published: 2025-02-29') +
      'Text.\n',
    messages: [
      ['frontmatter-schema', 'error', 5, 10],
      ['frontmatter-schema', 'error', 8, 14],
    ],
  },
  {
    name: 'an unquoted colon in the title: "put the value in quotes", at the colon',
    input: () =>
      minimalFrontmatter.replace('title: Test', 'title: Ferry subsidy: what it costs') + 'Text.\n',
    messages: [['frontmatter-yaml', 'error', 2, 21]],
    reason: /^Unexpected colon in a value without quotes, expected the value in quotes/,
    check: (result) =>
      expect(result.file.messages[0]!.note).toContain('title: "Ferry subsidy: what it costs"'),
  },
  {
    name: 'a tab indenting the frontmatter',
    input: () => minimalFrontmatter.replace('  publisher:', '\tpublisher:') + 'Text.\n',
    messages: [['frontmatter-yaml', 'error', 6, 1]],
    reason: /^Unexpected tab in the indentation, expected spaces/,
  },
  {
    name: 'a TODO placeholder in a published explainer',
    input: () =>
      minimalFrontmatter.replace('title: Test', 'title: "TODO: the headline"') + 'Text.\n',
    messages: [['placeholder', 'error', 2, 9]],
    reason: /^Unexpected placeholder `TODO: the headline`/,
  },
  {
    name: "import's Unknown publisher and TODO note in a published explainer",
    input: () =>
      minimalFrontmatter.replace(
        '  publisher: Test Times',
        '  # TODO: name the publisher of the article.\n  publisher: "Unknown publisher"',
      ) + 'Text.\n',
    messages: [
      ['placeholder', 'error', 6, 5],
      ['placeholder', 'error', 7, 15],
    ],
  },
  {
    name: 'placeholders in a draft are fine',
    input: () =>
      minimalFrontmatter.replace('title: Test', 'title: "TODO: the headline"\ndraft: true') +
      'Text.\n',
    messages: [['draft', 'info', 1, 1]],
  },
  // Bytes and line ends
  {
    name: 'BOM: positions as without it',
    input: () => `\uFEFF${doc('He said "it will never close.\n')}`,
    messages: [['unmatched-quote', 'warning', BODY, 9]],
  },
  {
    name: 'CRLF line ends: positions as with LF',
    input: () =>
      crlf(
        minimalFrontmatter.replace('published: 2026-01-01', 'published: soon') +
          'Line one\nHe said "it will never close.\n\nA :claim[one] here.\n',
      ),
    messages: [
      ['frontmatter-schema', 'error', 4, 12],
      ['unmatched-quote', 'warning', BODY + 1, 9],
      ['missing-rating', 'warning', BODY + 3, 3],
    ],
  },
  {
    name: 'CR-only line ends: positions as with LF',
    input: () => doc('Line one\nHe said "it will never close.\n').replace(/\n/g, '\r'),
    messages: [['unmatched-quote', 'warning', BODY + 1, 9]],
  },
  {
    name: 'non-UTF-8 byte in the body',
    input: () => {
      const before = new TextEncoder().encode(doc('Caf'));
      const after = new TextEncoder().encode(' au lait.\n');
      return new Uint8Array([...before, 0xe9, ...after]);
    },
    messages: [['encoding', 'error', BODY, 4]],
    reason: /^Unexpected byte 0xE9 at byte offset \d+, expected UTF-8 text/,
    check: (result) =>
      expect(result.file.messages[0]!.note).toMatch(/Windows-1252, where this byte is `é`/),
  },
  {
    name: 'a Latin-1 file: an error, not "\uFFFD1.2m" on the page',
    input: () => {
      const text = doc('The ferry subsidy costs \u00a31.2m a year.\n');
      return Uint8Array.from(text, (c) => c.charCodeAt(0));
    },
    messages: [['encoding', 'error', BODY, 25]],
    check: (result) => expect(result.file.messages[0]!.note).toMatch(/this byte is `£`/),
  },
  {
    name: 'non-UTF-8 bytes in the frontmatter, counted',
    input: () => {
      const encode = (s: string) => [...new TextEncoder().encode(s)];
      return new Uint8Array([
        ...encode('---\ntitle: Caf'),
        0xe9,
        ...encode(' and cr'),
        0xe8,
        ...encode('me\n'),
        ...encode(minimalFrontmatter.replace('---\ntitle: Test\n', '')),
        ...encode('Text.\n'),
      ]);
    },
    messages: [['encoding', 'error', 2, 11]],
    reason: /\(and 1 more invalid sequence\)/,
  },
  {
    name: 'NUL bytes',
    input: () => doc('a\u0000b\n'),
    messages: [],
    check: (result) => expect(result.explainer!.blocks[0]!.text).toBe('a\uFFFDb'),
  },
  // Size and depth
  {
    name: 'a 5 MB file',
    unitOnly: true,
    input: () => doc(bigBody(5 * 1024 * 1024).body),
    messages: [],
    check: (result) => {
      const { paragraphs } = bigBody(5 * 1024 * 1024);
      expect(result.explainer!.blocks.map((b) => b.text)).toEqual(paragraphs);
    },
  },
  {
    name: '10,000 quotations in one paragraph (over the limit)',
    unitOnly: true,
    input: () => doc(`${Array.from({ length: 10_000 }, (_, i) => `"q${i}"`).join(' and ')}.\n`),
    messages: [['limit-exceeded', 'error', 8, 1]],
    reason: /Unexpected 10000 quotations in one paragraph, expected at most 250/,
  },
  {
    name: 'lists nested 200 deep',
    input: () =>
      doc(`${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`),
    messages: [],
    check: (result) => {
      expect(result.explainer!.blocks).toHaveLength(1);
      expect(result.explainer!.blocks[0]!.text).toContain('item 199');
      expectSafeHtml(result.explainer!.blocks[0]!.html);
    },
  },
  {
    name: 'block quotations nested 250 deep',
    input: () => doc(`${'>'.repeat(250)} deep "words"\n`),
    messages: [],
    check: (result) => expect(result.explainer!.blocks[0]!.text).toBe('deep "words"'),
  },
  {
    name: 'lists nested 300 deep by indentation: an error at the line, in good time',
    input: () =>
      doc(`${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`),
    // Line 257 (item 256) is indented 512 columns; its marker, at column 513, opens level 257.
    messages: [['nesting-depth', 'error', BODY + 256, 513]],
    reason: /^Unexpected nesting about 257 levels deep, expected .* at most 256 levels/,
  },
  {
    name: 'quotations and lists nested 20,000 deep: an error, not a crash',
    input: () => doc(mixedNesting(20_000)),
    // `> - ` repeated: the 257th marker is the `>` at column 513.
    messages: [['nesting-depth', 'error', BODY, 513]],
    reason: /^Unexpected nesting about 20000 levels deep/,
  },
  {
    name: 'ordered lists nested 1,000 deep on one line: an error, not a crash',
    input: () => doc(`${'1. '.repeat(1000)}x\n`),
    // The 257th `1.` starts at column 769.
    messages: [['nesting-depth', 'error', BODY, 769]],
  },
  {
    name: 'block quotations nested 100,000 deep: an error, not a crash',
    input: () => doc(`${'>'.repeat(100_000)} deep\n`),
    messages: [['nesting-depth', 'error', BODY, 257]],
  },
  {
    name: 'inline HTML nested 5,000 deep: an error at the tag, not a crash',
    input: () => doc(`${'<b>'.repeat(5000)}x${'</b>'.repeat(5000)}\n`),
    // The 257th <b> starts at column 769.
    messages: [['nesting-depth', 'error', BODY, 769]],
    reason: /^Unexpected HTML nested about 5000 levels deep, expected .* at most 256 levels/,
  },
  // Script and unsafe URLs
  {
    name: 'raw <script> in the body',
    input: () =>
      doc(
        'Before <script>window.__xss = 1</script> after.\n\n<script>\nwindow.__xss = 2\n</script>\n',
      ),
    messages: [
      ['raw-html', 'warning', 8, 8],
      ['raw-html', 'warning', 10, 1],
    ],
    check: safeAndKept('Before  after.'),
  },
  {
    name: '<img onerror> in the body',
    input: () => doc('An image <img src="x" onerror="window.__xss = 1"> here.\n'),
    // The image's source (a relative URL) goes too.
    messages: [
      ['raw-html', 'warning', 8, 10],
      ['unsafe-url', 'warning', 8, 10],
    ],
    check: safeAndKept('An image  here.'),
  },
  {
    name: 'javascript: URL in a link',
    input: () => doc('A [link](javascript:window.__xss=1) and [another](JaVaScRiPt:alert(1)).\n'),
    messages: [
      ['unsafe-url', 'warning', 8, 3],
      ['unsafe-url', 'warning', 8, 41],
    ],
    check: safeAndKept('A link and another.'),
  },
  {
    name: 'javascript: URL as an autolink and a reference',
    input: () => doc('See <javascript:alert(1)> and [ref].\n\n[ref]: javascript:alert(2)\n'),
    messages: [
      ['unsafe-url', 'warning', 8, 5],
      ['unsafe-url', 'warning', 8, 31],
    ],
    check: safeAndKept('and ref.'),
  },
  {
    name: 'a link or image in raw HTML whose URL the page drops: said, as for Markdown',
    input: () =>
      doc(
        'Call <a href="tel:+441234">the desk</a>, read <a href=/about/>about us</a>, see <img src="chart.png" alt="chart">; <a href="https://example.com">kept</a> <!-- <a href="/old/">hidden</a> -->\n',
      ),
    messages: [
      ['unsafe-url', 'warning', BODY, 6],
      ['unsafe-url', 'warning', BODY, 47],
      ['unsafe-url', 'warning', BODY, 81],
    ],
    reason: /^Unexpected link URL `tel:\+441234`, expected an absolute http\(s\) or mailto URL$/,
    check: safeAndKept('Call the desk, read about us, see ; kept '),
  },
  {
    name: 'elements whose content HTML reads as text: removed with it, said (their tags showed as text)',
    input: () =>
      doc('Type <textarea>your <b>name</b></textarea> here, <xmp><i>raw</i></xmp> there.\n'),
    messages: [
      ['raw-html', 'warning', BODY, 6],
      ['raw-html', 'warning', BODY, 50],
    ],
    reason: /^Unexpected raw HTML with an element whose content is read as text/,
    check: (result) => {
      safeAndKept('Type  here,')(result);
      expect(allHtml(result).join('')).not.toMatch(/&#x3C;|&lt;/);
    },
  },
  {
    name: 'top-level headings in the text: every heading one level down, under the title, said',
    input: () => doc('# Part one\n\n## Detail\n\nWords.\n\nPart two\n===\n\n<h1>Raw</h1>\n'),
    messages: [
      ['heading-level', 'warning', BODY, 1],
      ['heading-level', 'warning', BODY + 6, 1],
      ['heading-level', 'warning', BODY + 9, 1],
    ],
    reason: /^Unexpected top-level heading “Part one” in the text, expected `##` or deeper/,
    check: (result) => {
      expect(allHtml(result)).toEqual([
        '<h2>Part one</h2>',
        '<h3>Detail</h3>',
        '<p>Words.</p>',
        '<h2>Part two</h2>',
        '<h2>Raw</h2>',
      ]);
    },
  },
  {
    name: 'a top-level heading in a comment: that comment’s headings one level down, the text’s as written',
    input: () =>
      doc(
        '## Part one\n\nWords.\n\n:::comment\n# Note heading\n\n## Its detail\n:::\n\n:::comment\n## Another note\n:::\n\n### Detail\n',
      ),
    messages: [['heading-level', 'warning', BODY + 5, 1]],
    reason: /^Unexpected top-level heading “Note heading” in a comment, expected `##` or deeper/,
    check: (result) => {
      expect(allHtml(result)).toEqual([
        '<h2>Part one</h2>',
        '<p>Words.</p>',
        '<h3>Detail</h3>',
        '<h2>Note heading</h2>\n<h3>Its detail</h3>',
        '<h2>Another note</h2>',
      ]);
    },
  },
  {
    name: 'no one named: a claim without a claimant, a quotation inside another with none of its own',
    input: () =>
      doc(
        'The utility said :claim[leaks cost 30 per cent]{#leaks rating=false}.\n\nDafydd Pryce added: "We have :quote[\'cut\']{#cut} costs."\n\n:::comment{on=cut}\nA scare quote.\n:::\n',
      ),
    messages: [],
    page: (html) => {
      const who = selectAll('.rows .note-who', fromHtml(html)).map((p) => hastText(p).trim());
      expect(who).toEqual(['— claimant not identified', '— within a quotation by Dafydd Pryce']);
    },
  },
  {
    name: 'a remote image in an HTML comment or a removed element: nothing shown, so no remote-image info',
    input: () =>
      doc(
        '<noscript>\n<img src="https://x.example/a.png">\n</noscript>\n\n<!--\n<img src="https://y.example/b.png">\n-->\n\nWords <noscript><img src="https://z.example/c.png"> ![p](https://w.example/d.png) [t](tel:1)</noscript> and <img src="https://v.example/e.png">.\n',
      ),
    messages: [
      ['raw-html', 'warning', BODY, 1],
      ['raw-html', 'warning', BODY + 8, 7],
      // After the element: shown, so said.
      ['remote-image', 'info', BODY + 8, 109],
    ],
    check: (result) => {
      expect(allHtml(result).join('')).not.toMatch(/[wxyz]\.example/);
    },
  },
  {
    name: 'entity-encoded and data: URLs in raw HTML',
    input: () =>
      doc(
        'A <a href="jav&#x09;ascript:alert(1)">tab</a>, <a href="data:text/html,<script>alert(1)</script>">data</a>, <img src="data:image/svg+xml,<svg onload=alert(1)>">.\n',
      ),
    messages: [
      // A script URL behind an entity is no URL the page keeps: a link that loses its URL.
      ['unsafe-url', 'warning', 8, 3],
      ['raw-html', 'warning', 8, 48],
      ['raw-html', 'warning', 8, 109],
    ],
    check: safeAndKept('A tab, data, .'),
  },
  {
    name: 'svg, iframe, style, form and base in raw HTML',
    input: () =>
      doc(
        'x <svg><script>alert(1)</script></svg> <iframe srcdoc="<script>alert(1)</script>"></iframe> <style>body{display:none}</style> <form action="https://evil.example"><button>go</button></form> <base href="https://evil.example/"> y\n',
      ),
    messages: [
      ['raw-html', 'warning', 8, 3],
      ['raw-html', 'warning', 8, 8],
      ['raw-html', 'warning', 8, 40],
      ['raw-html', 'warning', 8, 93],
      ['raw-html', 'warning', 8, 127],
      ['raw-html', 'warning', 8, 163],
    ],
    check: safeAndKept('go'),
  },
  {
    // The page showed the style sheet's rules as text (`p { color: red }`) under a warning that
    // said it was removed, and a template's words went with no message.
    name: 'a style sheet and a template in raw HTML: removed whole, as their warnings say',
    input: () =>
      doc(
        'Before.\n\n<style>\np { color: red }\n</style>\n\n<template>Hidden words</template>\n\nAfter.\n',
      ),
    messages: [
      ['raw-html', 'warning', BODY + 2, 1],
      ['raw-html', 'warning', BODY + 6, 1],
    ],
    reason: /^Unexpected raw HTML with `<style>`, expected Markdown: it is removed with its rules$/,
    check: (result) => {
      const shown = allHtml(result).map(text).join(' ');
      expect(shown).not.toContain('color');
      expect(shown).toContain('After.');
    },
  },
  {
    // HTML reads both as comments: their words went with no message.
    name: 'a CDATA section and a processing instruction in raw HTML: removed, each with a warning',
    input: () => doc('Before <![CDATA[ cdata words ]]> and <?php echo "php words"; ?> after.\n'),
    messages: [
      ['raw-html', 'warning', BODY, 8],
      ['raw-html', 'warning', BODY, 38],
    ],
    check: safeAndKept('Before  and  after.'),
  },
  {
    name: 'a raw <mark> cannot take an id of the page',
    input: () => doc('Text <mark id="main" class="claim">marked</mark> here.\n'),
    messages: [],
    check: (result) => {
      const html = result.explainer!.blocks[0]!.html;
      expect(html).not.toMatch(/id="main"/);
      expect(html).toContain('marked');
    },
  },
  {
    name: 'script and onerror in a comment',
    input: () =>
      doc(
        'Text.\n\n:::comment\nNote <script>window.__xss=1</script><img src=x onerror="window.__xss=1"> [x](javascript:alert(1)).\n:::\n',
      ),
    messages: [
      ['raw-html', 'warning', 11, 6],
      ['raw-html', 'warning', 11, 37],
      ['unsafe-url', 'warning', 11, 37],
      ['unsafe-url', 'warning', 11, 74],
    ],
    check: safeAndKept('Note  x.'),
  },
  {
    name: 'script and onerror in a speaker name',
    input: () => doc(`${UNSAFE_NAMES}\n`),
    messages: [
      ['unsafe-name', 'error', BODY, 1],
      ['unsafe-name', 'error', BODY, UNSAFE_NAMES.indexOf(':claim') + 1],
    ],
    reason: /^Unexpected markup in the name `<script>/,
  },
  {
    name: 'a right-to-left override left open (Trojan Source): an error at the mark (in the frontmatter, at the field)',
    input: () =>
      minimalFrontmatter.replace('title: Test', 'title: Test \u202Eevil') +
      'Fares :claim[rose \u202Eby 30]{rating=false} and more.\n\nClosed: \u2067\u05e9\u05dc\u05d5\u05dd\u2069 and \u202Bx\u202C; Hebrew alone: \u05e9\u05dc\u05d5\u05dd.\n\nOpened on one line \u2067\u05e9\u05dc\u05d5\u05dd\nand closed on the next\u2069, in one paragraph.\n',
    messages: [
      ['bidi-control', 'error', 2, 8],
      ['bidi-control', 'error', BODY, 19],
    ],
    reason: /^Unexpected right-to-left override \(U\+202E\) left open/,
  },
  {
    name: 'a claim marked in the summary and a tag as well as in the text (a find-and-replace): an error at each, the page would show the markup',
    input: () =>
      minimalFrontmatter
        .replace(
          'summary: A test.',
          'summary: Fares :claim[rose by 30 per cent]{#fares rating=false}.',
        )
        .replace('published:', 'tags: [fares, "{by=someone}"]\npublished:') +
      'Fares :claim[rose by 30 per cent]{#fares rating=false}.\n',
    messages: [
      ['directive-syntax', 'error', 3, 16],
      ['directive-syntax', 'error', 4, 16],
    ],
    reason: /^Unexpected `:claim` in `summary`, expected plain text/,
  },
  {
    name: 'a footnote and a link label defined twice (a note pasted again, an address added again): a warning at each second one',
    input: () =>
      doc(
        'Fares rose[^1], says [the report][Report].\n\n[^1]: From the 2025 accounts.\n\n[^1]: From the 2026 budget.\n\n[report]: https://example.org/old\n[REPORT]: https://example.org/new\n',
      ),
    messages: [
      ['duplicate-definition', 'warning', BODY + 4, 1],
      ['duplicate-definition', 'warning', BODY + 7, 1],
    ],
    reason:
      /^Unexpected second definition of `\[\^1\]`, expected each note's label once: every reference goes to the first \(at line \d+\)/,
  },
  {
    name: 'a rating on a quotation (a quotation is not rated): an error, not a verdict dropped from the page',
    input: () =>
      doc('Parker said :quote["we cut waiting lists by half"]{by=andrew-parker rating=false}.\n'),
    messages: [['unknown-attribute', 'error', BODY, 13]],
    reason: /^Unexpected attribute `rating` on `:quote`, expected it on a `:claim`/,
  },
  {
    name: 'an attribute given twice (a second rating typed after the first): an error at the second, not the last one kept without a word',
    input: () =>
      doc(
        'Lists :claim[fell by half]{#half rating=false rating=accurate} and :quote["so"]{by=andrew-parker by="Someone Else"}.\n\n:::comment{on=half on=other}\nNote.\n:::\n',
      ),
    messages: [
      ['directive-syntax', 'error', BODY, 47],
      ['directive-syntax', 'error', BODY, 98],
      ['directive-syntax', 'error', BODY + 2, 20],
      ['comment-target', 'error', BODY + 2, 1],
    ],
    reason: /^Unexpected second `rating=` on `:claim`, expected each attribute once/,
  },
  {
    name: 'a rating id that YAML reads as a boolean (`previousRating: false`): the hint says to quote it',
    input: () =>
      corrected(
        '  - date: 2026-01-01\n    text: "Rerated."\n    claim: half\n    previousRating: false\n',
      ) + 'Lists :claim[fell by half]{#half rating=false}.\n',
    messages: [['frontmatter-schema', 'error', CORRECTION + 3, 21]],
    reason: /^Unexpected boolean false for `corrections\.0\.previousRating`/,
    check: (result) =>
      expect(result.file.messages[0]!.note).toBe(
        'Write it in quotes, `previousRating: "false"`: unquoted, YAML reads it as a boolean, not as text.',
      ),
  },
  {
    name: 'a correction that names the rating the claim still has as the one before (its rating not changed in the text): an error, not "changed from False to False"',
    input: () =>
      corrected(
        '  - date: 2026-01-02\n    text: "Rerated."\n    claim: half\n    previousRating: "false"\n',
      ) + 'Lists :claim[fell by half]{#half rating=false}.\n',
    messages: [['correction-target', 'error', CORRECTION + 3, 21]],
    reason:
      /^Unexpected `previousRating: false` for `half`, expected the rating it had before this correction: it is rated `false` in the text too/,
  },
  {
    name: 'an empty by="" (a name left to fill in): a warning, read as no by= at all',
    input: () =>
      doc('Parker said :quote["we will"]{by=""} and :claim[it fell]{by=" " rating=false}.\n'),
    messages: [
      ['unknown-speaker', 'warning', BODY, 13],
      ['unknown-speaker', 'warning', BODY, 42],
    ],
    reason: /^Unexpected empty `by=""`, expected a name or an id from people\.yaml/,
  },
  {
    name: 'a zero-width space in a speaker id: an error, not a name that looks like the id',
    input: () =>
      doc('Said :quote["we did"]{by=dafydd\u200B-pryce} and :quote["so"]{by="Ann\u00ADe Lee"}.\n'),
    messages: [
      ['unsafe-name', 'error', BODY, 6],
      ['unsafe-name', 'error', BODY, 45],
    ],
    reason: /^Unexpected invisible character U\+200B in the name `dafydd-pryce`/,
  },
  {
    name: 'an id that breaks out of its attribute',
    input: () => doc(':claim[this]{#"><script>alert(1)</script> rating=false} and more.\n'),
    // remark-directive-syntax reads the block up to the quotation mark that breaks it.
    messages: [
      ['directive-syntax', 'error', BODY, 15],
      ['raw-html', 'warning', BODY, 17],
      ['unmatched-quote', 'warning', BODY, 15],
    ],
    reason: /^Unexpected quotation mark `"` left open in the attributes of `:claim`/,
  },
  {
    name: 'a comment whose id breaks out of its attributes',
    input: () => doc('Para.\n\n:::comment{#"><script>alert(1)</script>}\nText\n:::\n'),
    messages: [
      ['invalid-id', 'error', BODY + 2, 1],
      ['raw-html', 'warning', BODY + 2, 15],
      ['unmatched-quote', 'warning', BODY + 2, 13],
    ],
  },
  // Provenance and corrections
  {
    name: 'a source text that no longer matches its hash',
    input: () =>
      hashedFor(['First paragraph.', 'The council cut collisions by 40 per cent.']) +
      'First paragraph.\n\nThe council cut collisions by 30 per cent.\n',
    messages: [['source-changed', 'error', HASHED_BODY + 2, 1]],
    reason: /^Unexpected change to the source text in paragraph 2 /,
  },
  {
    name: 'a correction without a date',
    input: () => corrected('  - text: A figure was fixed.\n') + 'Text.\n',
    messages: [['correction-date', 'error', CORRECTION, 5]],
    reason: /^Missing `corrections.0.date`, expected a date written as YYYY-MM-DD/,
  },
  {
    name: 'a correction dated on a day that does not exist',
    input: () => corrected('  - date: 2026-02-30\n    text: A figure was fixed.\n') + 'Text.\n',
    messages: [['correction-date', 'error', CORRECTION, 11]],
  },
  {
    name: 'a correction naming a claim that is not in the file',
    input: () =>
      corrected(
        '  - date: 2026-02-01\n    text: Re-rated.\n    claim: gone\n    previousRating: accurate\n',
      ) + 'The :claim[figures]{#here rating=false} are wrong.\n',
    messages: [['correction-target', 'error', CORRECTION + 2, 12]],
  },
  {
    name: 'an empty explicit quotation',
    input: () => doc('He said :quote[]{by="Andrew Parker"} nothing.\n'),
    messages: [['quote-empty', 'error', BODY, 9]],
  },
  {
    name: 'a stand-off note whose words match no passage',
    input: () => doc('The mayor said the budget is balanced.\n'),
    messages: [],
    notes: {
      text: '::claim[the budjet is balanced]{by="The mayor" rating=false}\n',
      messages: [['note-anchor', 'error', 1, 1]],
    },
  },
  {
    name: 'a stand-off note with a direction override left open: an error in the notes file',
    input: () => doc('The mayor said the budget is balanced.\n'),
    messages: [],
    notes: {
      text: '::claim[the budget is \u202Ebalanced]{by="The mayor" rating=false}\n\n:::comment[The mayor said]\nOpen \u2067here\u2069, closed.\n:::\n',
      messages: [
        ['note-anchor', 'error', 1, 1],
        ['bidi-control', 'error', 1, 23],
      ],
    },
  },
  {
    name: 'a stand-off note whose words match two passages',
    input: () => doc('The mayor said yes.\n\nThe mayor said no.\n'),
    messages: [],
    notes: {
      text: '\n::quote[The mayor said]{by="The mayor"}\n',
      messages: [['note-anchor', 'error', 2, 1]],
    },
  },
  {
    name: 'a stand-off notes file with text that is not a note',
    input: () => doc('The mayor said yes.\n'),
    messages: [],
    notes: {
      text: 'The mayor is wrong.\n\n:claim[The mayor]{rating=false}\n',
      messages: [
        ['notes-syntax', 'error', 1, 1],
        ['notes-syntax', 'error', 3, 1],
      ],
    },
  },
];
