/**
 * Say what the HTML sanitiser will take out, so nothing disappears silently: links and images
 * whose URL is not http(s) (or mailto, or `#…`, for links) keep their text but lose the link, and
 * raw HTML that is script, a style sheet, a template, an element whose content is read as text
 * (`<textarea>`, `<noscript>`), a CDATA section or processing instruction, an event handler, an
 * embedded frame or an unclosed comment is removed (an embedded element's words stay).
 * An image from another host, while `site.yaml`'s `remoteImages` is off, is shown as its alt text
 * linked to the image: an info, so the editor knows what readers see.
 */
import type { Html, Root } from 'mdast';
import type { Node, Parent } from 'unist';
import { SKIP, visit } from './walk.ts';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { isHttpUrl, isLinkUrl, schemeOf } from '../contract/frontmatter.ts';
import { explainerFileLink } from '../contract/site-paths.ts';
import { slugFromPath } from './ids.ts';
import { RAW_TEXT_ELEMENTS, withoutComments } from './render-html.ts';
import { inNotesFile } from './notes-file.ts';
import { reporter } from '../contract/messages.ts';

const report = reporter('remark-unsafe-content');
import { cutText } from '../contract/text.ts';

/** Raw HTML the sanitiser takes out: what to call it, and what the page keeps of it. */
const DROPPED_HTML: Array<[RegExp, string, string]> = [
  [/<script\b/i, '`<script>`', 'it is removed with its content'],
  [/<style\b/i, '`<style>`', 'it is removed with its rules'],
  // A template's content is never shown, by a browser or here.
  [/<template\b/i, '`<template>`', 'it is removed with its content'],
  [
    new RegExp(`<(${RAW_TEXT_ELEMENTS.join('|')})\\b`, 'i'),
    'an element whose content is read as text (`<textarea>`, `<noscript>`…)',
    'it is removed with its content',
  ],
  // HTML reads both as comments.
  [/<!\[CDATA\[/, 'a CDATA section `<![CDATA[`', 'it is removed with its content'],
  [/<\?/, 'a processing instruction `<?…?>`', 'it is removed with its content'],
  [
    /<(iframe|object|embed|frame|form|input|button|svg|math)\b/i,
    'an embedded element',
    'the element is removed, any words in it stay as text',
  ],
  [/\son[a-z]+\s*=/i, 'an event handler attribute (on…=)', 'the attribute is removed'],
  [/\b(javascript|vbscript|data):/i, 'a script URL', 'the URL is removed'],
];

/** The `href` of each `<a>` and the `src` of each `<img>` in raw HTML (quoted either way, or not). */
const URL_ATTRIBUTE = /<(a|img)\b[^>]*?\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
/** A URL that runs script: `DROPPED_HTML` names it. */
const SCRIPT_URL = /^\s*(javascript|vbscript|data):/i;

/** An element the sanitiser removes with its content (`DROPPED_HTML` names each), to its end. */
const REMOVED_WHOLE = new RegExp(
  `<(script|style|template|${RAW_TEXT_ELEMENTS.join('|')})\\b[\\s\\S]*?(?:</\\1\\s*>|$)`,
  'gi',
);

/** Parents of inline HTML, where each tag is a node of its own and an element spans nodes. */
const PHRASING_PARENTS = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
]);

/**
 * The nodes after `index` in `parent`, to the inline HTML that closes `tag` (that one too): an
 * element opened by inline HTML and removed with its content takes them with it.
 */
function removedWith(parent: Parent, index: number, tag: string): Node[] {
  const closing = new RegExp(`</${tag}\\s*>`, 'i');
  const after = parent.children.slice(index + 1);
  const end = after.findIndex((node) => node.type === 'html' && closing.test((node as Html).value));
  return end < 0 ? after : after.slice(0, end + 1);
}

/** Raw HTML with an `<img>` whose `src` is an http(s) URL. */
const REMOTE_IMG = /<img\b[^>]*?\ssrc\s*=\s*["']?\s*(https?:[^\s"'>]*)/i;

export interface UnsafeContentOptions {
  /** `site.yaml`'s `remoteImages`: when on, a remote image is shown and nothing is said. */
  remoteImages?: boolean;
}

/** Say that a link loses its URL, or an image its source, and what the page keeps. */
function unsafeUrl(file: VFile, place: Node, what: 'link' | 'image', url: string): void {
  const relative = schemeOf(url) === undefined;
  report(file, {
    reason: `Unexpected ${what} URL \`${cutText(url, 60)}\`, expected an absolute http(s)${what === 'link' ? ' or mailto' : ''} URL`,
    ruleId: 'unsafe-url',
    place,
    hint:
      what === 'link'
        ? `The words stay on the page without the link. Write the full address, e.g. https://example.com/page${relative ? '; to link another explainer, write its file name, e.g. [words](other-explainer.md)' : ''}.`
        : 'The image is left out (its alt text stays in the text of the block). Use an https:// address.',
  });
}

const remarkUnsafeContent: Plugin<[UnsafeContentOptions?], Root> = (options = {}) => {
  /** Say that a remote image is shown as a link, unless `remoteImages` is on. */
  const remoteImage = (file: VFile, place: Node, url: string) => {
    if (options.remoteImages) return;
    report(file, {
      reason: `Unexpected image from another host, \`${cutText(url, 60)}\`, expected one on this site: it is shown as its alt text, linked to it`,
      ruleId: 'remote-image',
      severity: 'info',
      place,
      hint: "`remoteImages` is off in the content folder's site.yaml, so no reader's browser asks the image's host for it. Set `remoteImages: true` there to show images from other hosts.",
    });
  };
  return (tree: Root, file: VFile) => {
    const definitions = new Map<string, string>();
    visit(tree, 'definition', (node) => {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    });
    /** Nodes inside an element that inline HTML opened and the sanitiser removes whole. */
    const removed = new WeakSet<Node>();
    visit(tree, (node, index, parent) => {
      if (removed.has(node)) return SKIP;
      const isLink = node.type === 'link' || node.type === 'linkReference';
      if (isLink || node.type === 'image' || node.type === 'imageReference') {
        const url =
          node.type === 'link' || node.type === 'image'
            ? node.url
            : definitions.get(node.identifier);
        if (url !== undefined && !isLink && isHttpUrl(url)) remoteImage(file, node, url);
        const target = isLink && url !== undefined ? explainerFileLink(url) : undefined;
        if (target) {
          const { line = 1, column = 1 } = node.position?.start ?? {};
          const slug = slugFromPath(target.file);
          // A link in a stand-off comment is at its place in the notes file.
          (file.data.explainerLinks ??= []).push({
            slug,
            written: url!,
            line,
            column,
            ...(inNotesFile(file, node) ? { inNotes: true } : {}),
          });
          return;
        }
        if (url === undefined || (isLink ? isLinkUrl(url) : isHttpUrl(url))) return;
        unsafeUrl(file, node, isLink ? 'link' : 'image', url);
      } else if (node.type === 'html') {
        // What of the HTML can show: not its comments, nor an element removed with its content.
        let open: string | undefined;
        const shown = withoutComments(node.value).replace(REMOVED_WHOLE, (element, tag: string) => {
          if (!new RegExp(`</${tag}\\s*>$`, 'i').test(element)) open = tag;
          return '';
        });
        if (open && parent && index !== undefined && PHRASING_PARENTS.has(parent.type))
          for (const inside of removedWith(parent, index, open)) removed.add(inside);
        const image = REMOTE_IMG.exec(shown);
        if (image) remoteImage(file, node, image[1]!);
        const found = DROPPED_HTML.find(([pattern]) => pattern.test(node.value));
        const unclosedComment = /<!--(?![\s\S]*-->)/.test(node.value);
        if (found || unclosedComment)
          report(file, {
            reason: unclosedComment
              ? 'Unexpected unclosed HTML comment `<!--`, expected `-->`: the rest of the block is hidden'
              : `Unexpected raw HTML with ${found![1]}, expected Markdown: ${found![2]}`,
            ruleId: 'raw-html',
            place: node,
            hint: unclosedComment
              ? 'Close the comment with `-->`, or write `&lt;!--` to show the characters.'
              : 'Only plain formatting HTML is kept (GitHub’s allow-list); write the content in Markdown.',
          });
        // A link or image source the sanitiser drops (a script URL is a `raw-html` of its own).
        for (const [, tag, , ...values] of shown.matchAll(URL_ATTRIBUTE)) {
          const url = values.find((value) => value !== undefined)!.trim();
          const isLink = tag!.toLowerCase() === 'a';
          if (!SCRIPT_URL.test(url) && !(isLink ? isLinkUrl(url) : isHttpUrl(url)))
            unsafeUrl(file, node, isLink ? 'link' : 'image', url);
        }
      }
    });
  };
};

export default remarkUnsafeContent;
