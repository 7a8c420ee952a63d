/**
 * Stable ids for blocks and annotations. An id is made from the text it names (`q-an-act-of-
 * madness`), not from its position, so inserting a paragraph does not move every permalink, and
 * a changed passage breaks its anchor instead of silently pointing at other text.
 */
import path from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { Reporter } from '../contract/messages.ts';
import { cutText } from '../contract/text.ts';
import { isPageId } from '../contract/site-paths.ts';

const MAX_WORDS = 6;
const MAX_LENGTH = 48;

/** A word: a letter or digit, with the letters, digits and combining marks after it. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
/** WORD on ASCII text in lower case, where it is letters and digits only (and much faster). */
const ASCII_WORD = /[a-z0-9]+/g;
const ASCII = /^\p{ASCII}*$/u;

/**
 * Lowercase words of the text joined by hyphens (letters and digits of any script), at most
 * `MAX_LENGTH` characters. With `wholeWords` (a new file's name, which becomes its address), a
 * word the limit would cut goes whole (`…-despite`, not `…-despite-obje`); ids keep the cut
 * they have always had, since they are permalinks.
 */
export function slugify(text: string, maxWords = MAX_WORDS, wholeWords = false): string {
  // Only the first words count: look at a bounded prefix, not the whole paragraph. NFKC leaves
  // ASCII as it is, so plain-ASCII text skips it.
  let prefix = cutText(text, maxWords * 40);
  const ascii = ASCII.test(prefix);
  if (!ascii) prefix = prefix.normalize('NFKC');
  prefix = prefix.toLowerCase();
  const words: string[] = [];
  const word = ascii ? ASCII_WORD : WORD;
  word.lastIndex = 0;
  for (let m = word.exec(prefix); m && words.length < maxWords; m = word.exec(prefix))
    words.push(m[0]);
  const joined = words.join('-');
  let slug = cutText(joined, MAX_LENGTH);
  if (
    wholeWords &&
    slug.length < joined.length &&
    joined[slug.length] !== '-' &&
    slug.includes('-')
  )
    slug = slug.slice(0, slug.lastIndexOf('-'));
  return slug.replace(/-+$/, '');
}

/**
 * The key of a page named by words (its address: a topic's under `/tags/`, a speaker's without an
 * id under `/people/`): the words as a slug, empty when they have no letter or digit.
 */
export const pageKey = (words: string) => slugify(words, 8);

/** The set of ids already given out in this file. */
function idsOf(file: VFile): Set<string> {
  file.data.ids ??= new Set();
  return file.data.ids;
}

/** True when `id` is free in this file. */
export function isIdFree(file: VFile, id: string): boolean {
  return !idsOf(file).has(id);
}

/** Take an id the editor chose; false when it is already taken. */
export function claimId(file: VFile, id: string): boolean {
  const ids = idsOf(file);
  if (ids.has(id)) return false;
  ids.add(id);
  return true;
}

/** A new id `prefix-words-of-text`, with `-2`, `-3`, … added when that is taken. */
export function newId(file: VFile, prefix: string, text: string): string {
  const ids = idsOf(file);
  const stem = [prefix, slugify(text)].filter(Boolean).join('-') || prefix;
  // Remember where the numbering of each stem got to, so repeated text stays linear.
  const next = (suffixes.get(file) ?? suffixes.set(file, new Map()).get(file))!;
  let n = next.get(stem) ?? 1;
  let id = n === 1 ? stem : `${stem}-${n}`;
  while (ids.has(id)) id = `${stem}-${++n}`;
  next.set(stem, n + 1);
  ids.add(id);
  return id;
}

const suffixes = new WeakMap<VFile, Map<string, number>>();

/**
 * Take an id the editor wrote (`#id`), reporting an invalid or duplicate one; returns the id, or
 * undefined when it cannot be used (the caller then lets remark-model give one out). Reported
 * with the caller's `report`, so the message names the plugin that read the id.
 */
export function claimExplicitId(
  file: VFile,
  id: string,
  node: Node,
  report: Reporter,
): string | undefined {
  if (!/^[\p{L}\p{N}][\p{L}\p{M}\p{N}_-]*$/u.test(id)) {
    report(file, {
      reason: `Unexpected id \`#${id}\`, expected letters, digits, hyphens and underscores`,
      ruleId: 'invalid-id',
      place: node,
      severity: 'error',
      hint: 'Write an id such as `#unfounded-claim`.',
    });
    return undefined;
  }
  if (isPageId(id)) {
    report(file, {
      reason: `Unexpected id \`#${id}\`, expected one the explainer page does not use itself`,
      ruleId: 'reserved-id',
      place: node,
      severity: 'error',
      hint: `Choose another id: the page uses \`#${id}\` for its own parts (a view, a heading or a note), and a link to it would land there. Ids beginning \`note-\` or \`user-content-\` are the page's too.`,
    });
    return undefined;
  }
  if (claimId(file, id)) return id;
  report(file, {
    reason: `Unexpected duplicate id \`#${id}\`, expected each id once in the file`,
    ruleId: 'duplicate-id',
    place: node,
    severity: 'error',
    hint: 'Rename one of the two: ids are permalinks and `on=` targets.',
  });
  return undefined;
}

/** The slug of an explainer: its file name without the extension, as an id. */
export function slugFromPath(filePath: string): string {
  return slugify(path.basename(filePath).replace(/\.(md|markdown)$/i, ''), 20);
}
