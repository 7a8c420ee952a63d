/**
 * Provenance: which text of the source article the analysis was made on. `source.sha256` in the
 * frontmatter is the SHA-256 of the **source text as annotated**, defined exactly as:
 *
 * 1. the explainer's source blocks in order (paragraphs, headings, lists, quotations, tables,
 *    code, footnotes: everything in the source column; comments are not source text);
 * 2. the text of each as readers read it (`mdast-util-to-string` of the block: Markdown syntax,
 *    link targets and the editor's directives left out, the words inside `:claim[…]` and
 *    `:quote[…]` kept);
 * 3. every run of white space (line ends of any kind included) as one space, trimmed;
 * 4. the blocks joined by `\n\n`, encoded as UTF-8, hashed with SHA-256, written as 64
 *    lowercase hexadecimal digits.
 *
 * So marking a claim, writing a comment or re-wrapping a paragraph keeps the hash; changing,
 * adding or removing a word of the article does not. `source.paragraphs` holds the first six
 * hexadecimal digits of the SHA-256 of each block's text (steps 2–3), separated by spaces: with
 * it, `check` names the first paragraph that changed.
 */
import { createHash } from 'node:crypto';

/** A block's text as hashed: white space runs as one space, trimmed. */
export const hashedText = (text: string) => text.replace(/\s+/gu, ' ').trim();

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The SHA-256 of the source text (see the module comment), lowercase hex. */
export function sourceSha256(blocks: readonly { text: string }[]): string {
  return sha256(blocks.map((block) => hashedText(block.text)).join('\n\n'));
}

/** Length of one paragraph's short hash in `source.paragraphs`. */
export const PARAGRAPH_HASH_LENGTH = 6;

/** The short hash of each block, as `source.paragraphs` lists them. */
export function paragraphHashes(blocks: readonly { text: string }[]): string[] {
  return blocks.map((block) => sha256(hashedText(block.text)).slice(0, PARAGRAPH_HASH_LENGTH));
}

/** The value of `source.paragraphs`: the short hashes separated by spaces. */
export const paragraphsField = (blocks: readonly { text: string }[]) =>
  paragraphHashes(blocks).join(' ');

/**
 * The index of the first block that differs from the recorded short hashes: a changed block, or
 * the first block beyond the recorded ones. `blocks.length` when every block matches but some
 * recorded ones are gone; undefined when they all match.
 */
export function firstChangedBlock(
  blocks: readonly { text: string }[],
  recorded: readonly string[],
): number | undefined {
  const now = paragraphHashes(blocks);
  const index = now.findIndex((hash, i) => hash !== recorded[i]);
  if (index >= 0) return index;
  return recorded.length > now.length ? now.length : undefined;
}

/** The hash as the page shows it: its first 12 digits. */
export const shortHash = (hash: string) => hash.slice(0, 12);
