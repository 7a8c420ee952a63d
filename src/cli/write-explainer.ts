/**
 * Writing new explainer files for `explainer import` and `explainer new`: YAML values, Markdown
 * that reads back as exactly the text it was made from, and a write that never replaces a file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { slugify } from '../markdown/ids.ts';
import { paragraphsField, sourceSha256 } from '../contract/provenance.ts';
import type { ArticleParagraph } from './plain-article.ts';

/** A YAML double-quoted scalar (JSON's escapes are a subset of YAML's). */
export const yamlString = (value: string) => JSON.stringify(value);

/** Today's date as YYYY-MM-DD, in local time (what an editor means by "today"). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The paragraphs as Markdown in which every character is literal text (or, for a paragraph that
 * came as Markdown, its own Markdown): `*`, `_`, `#`, `<`, `[`
 * and the like are escaped where Markdown would read them as syntax; comments are wrapped in
 * `:::comment` … `:::`. With `directives`, a colon that could start a directive is escaped too
 * (`10\:30`, and the brace of `]{`); without, it is left as typed, which reads better and is right unless the text
 * looks like one of our own directives: the caller checks which one reads back unchanged.
 */
export function markdownOf(paragraphs: readonly ArticleParagraph[], directives: boolean): string {
  const processor = directives
    ? unified().use(remarkGfm).use(remarkDirective).use(remarkStringify)
    : unified().use(remarkGfm).use(remarkStringify);
  const blocks = paragraphs.map((p) => {
    const tree: Root = {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: p.text }] }],
    };
    let body = p.markdown ?? processor.stringify(tree).trimEnd();
    // `]{…}` after an escaped directive is still our attribute syntax to a reader (and to
    // remark-markup-leak): escape its brace too, so it is plainly the article's text.
    // So is a run of colons before a directive's name that Markdown leaves as it is (`and
    // :::comment were typed`): escaped, it is plainly text.
    if (directives && !p.markdown)
      body = body
        .replace(/\]\{/g, ']\\{')
        .replace(/(?<![\\:\p{L}\p{N}])(?=:{1,3}(?:claim|quote|comment)\b)/gu, '\\');
    return p.kind === 'comment' ? `:::comment\n${body}\n:::` : body;
  });
  return `${blocks.join('\n\n')}\n`;
}

/** Raised when the file to write is already there. */
export class FileExistsError extends Error {
  override name = 'FileExistsError';
}

/** Write a new file (making its folder); never replaces an existing one, even in a race. */
export function writeNewFile(filePath: string, text: string): void {
  mkdirSync(path.dirname(filePath), { recursive: true });
  try {
    writeFileSync(filePath, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new FileExistsError(
        `Unexpected existing file \`${filePath}\`, expected a new file name: nothing was written`,
      );
    }
    throw error;
  }
}

/** The slug some words make, as the build makes one of a file name ("Ferry Fares!": `ferry-fares`). */
export const slugOf = (words: string, maxWords = 20) => slugify(words, maxWords, true);

/** A valid explainer slug: what the build makes of the file name is the name itself. */
export const isSlug = (value: string) => value !== '' && slugOf(value) === value;

/**
 * The provenance lines of `source` in a new file (indented under `source:`): the SHA-256 of the
 * source text as annotated and its paragraphs' short hashes (`src/contract/provenance.ts`).
 */
export function provenanceLines(blocks: readonly { text: string }[]): string[] {
  return [
    '  # The SHA-256 of the source text as annotated: `explainer check` reports any change to',
    '  # the words (see "Provenance" in the README).',
    `  sha256: "${sourceSha256(blocks)}"`,
    '  # Short hashes of its paragraphs, so `check` can name the first one that changed.',
    `  paragraphs: "${paragraphsField(blocks)}"`,
  ];
}
