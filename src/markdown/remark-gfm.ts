/**
 * GitHub Flavored Markdown (tables, footnotes, strikethrough, task lists, literal autolinks), as
 * `remark-gfm` adds it, parsed faster: a construct that cannot succeed in a document is left out
 * of its parser. The email autolink is tried at the start of every run of letters and digits in
 * running text (so micromark cannot take plain text in one stretch), which made it about half of
 * the parse of a news explainer; it needs a raw `@`. The www autolink needs `www.` (any case), the
 * protocol autolink `http:` or `https:`, and a table (tried at the start of every paragraph, whose
 * first line it reads to the end) a `|`, or else `:-` or `-:`, in its delimiter row. Without
 * them, the construct fails wherever it is tried, so the tree is the same, positions included
 * (`test/markdown/remark-gfm.test.ts` compares it with remark-gfm's). After the parse, a transform
 * looks for literal autolinks again in the text as decoded (`&#64;` is `@`, `www\.` is `www.`); it
 * runs unless the Markdown has no `@`, `&`, `www` or `http`, from which no decoded text can make
 * one. Frontmatter is not Markdown: with the `frontmatter` option, what it holds is not looked at.
 *
 * A news explainer's `http` is mostly in its links' destinations (`[source](https://…)`), where
 * no literal autolink can start, yet its presence kept the protocol construct in the parse (a
 * quarter of the parse of the benchmark's explainers). So a document whose marks of the three
 * literal autolinks are all in link destinations (`](…)`, `]: …`) is first parsed without the
 * three constructs and the transform (one with a mark elsewhere is parsed as above, once). A
 * literal autolink that would have started somewhere leaves its mark (`@`, `www.`, `http:`) in
 * the text of that parse: the characters it would have taken stay text, since every construct
 * that could take them instead starts before them and is tried before them either way (code, raw
 * HTML, a link's destination). The transform, likewise, changes only text holding one. Only
 * when some text holds a mark (one decoded from a character reference, say, or one in a link's
 * text) is the document parsed again, as above.
 */
import type { Image, Text } from 'mdast';
import type { Extension as FromMarkdown } from 'mdast-util-from-markdown';
import type { Construct, Extension } from 'micromark-util-types';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Processor } from 'unified';
import type { Node, Parent } from 'unist';
import { frontmatterEnd } from './frontmatter-end.ts';
import { CONTINUE, EXIT, visit } from './walk.ts';

/** Each construct that may be left out (micromark's names), with what it needs in the Markdown. */
const NEEDS: ReadonlyArray<readonly [string, (markdown: string) => boolean]> = [
  ['emailAutolink', (markdown) => markdown.includes('@')],
  ['wwwAutolink', (markdown) => /www\./i.test(markdown)],
  ['protocolAutolink', (markdown) => /https?:/i.test(markdown)],
  // A table's delimiter row has a `|`, or else a `:` beside a `-` (`a` over `:-` is a table).
  ['table', (markdown) => /\||:-|-:/.test(markdown)],
];

/** Markdown whose decoded text may hold a literal autolink (see the transform above). */
const MAY_DECODE_TO_AUTOLINK = /[@&]|www|http/i;

/** The literal autolink constructs, left out of a first parse (see above). */
const LITERALS = new Set(['emailAutolink', 'wwwAutolink', 'protocolAutolink']);

/** Text where a literal autolink, or the transform's, could have started. */
const LITERAL_MARK = /@|www\.|https?:/i;

/** Link destinations, of an inline link (`](…)`) or a definition (`]: …`). */
const DESTINATIONS = /\]\(\s*<?[^\s)>]*|\]:[ \t]*<?[^\s>]*/g;

/** Whether any text (or an image's text) in `tree` holds a literal autolink's mark. */
export function holdsLiteralMark(tree: Node | Parent): boolean {
  let found = false;
  visit(tree, (node) => {
    const text =
      node.type === 'text'
        ? (node as Text).value
        : node.type === 'image'
          ? (node as Image).alt
          : '';
    if (!text || !LITERAL_MARK.test(text)) return CONTINUE;
    found = true;
    return EXIT;
  });
  return found;
}

type Constructs = NonNullable<Extension['flow']>;

/** GFM's syntax without the constructs named in `left`. */
function without(full: Extension, left: ReadonlySet<string>): Extension {
  if (left.size === 0) return full;
  const kept = (map: Constructs = {}): Constructs => {
    const out: Record<string, Construct[]> = {};
    for (const [code, constructs] of Object.entries(map)) {
      const list = [constructs ?? []].flat().filter((construct) => !left.has(construct.name ?? ''));
      if (list.length > 0) out[code] = list;
    }
    return out;
  };
  return { ...full, text: kept(full.text), flow: kept(full.flow) };
}

export interface GfmOptions {
  /** The document may open with YAML frontmatter (remark-frontmatter's `yaml`), never Markdown. */
  frontmatter?: boolean;
}

export default function remarkGfm(this: Processor, options: GfmOptions = {}): void {
  const data = this.data();
  const full = gfm();
  const variants = new Map<string, Extension>();
  const syntaxFor = (markdown: string, leaveLiterals: boolean) => {
    const left = new Set(NEEDS.filter(([, needs]) => !needs(markdown)).map(([name]) => name));
    if (leaveLiterals) for (const name of LITERALS) left.add(name);
    const key = [...left].join();
    let syntax = variants.get(key);
    if (!syntax) variants.set(key, (syntax = without(full, left)));
    return syntax;
  };
  const fullFrom = gfmFromMarkdown();
  const noTransforms = fullFrom.map(({ transforms: _, ...rest }): FromMarkdown => rest);
  const micromarkExtensions = (data.micromarkExtensions ??= []);
  const fromMarkdownExtensions = (data.fromMarkdownExtensions ??= []);
  const syntaxSlot = micromarkExtensions.push(full) - 1;
  const fromSlot = fromMarkdownExtensions.push(fullFrom) - 1;
  (data.toMarkdownExtensions ??= []).push(gfmToMarkdown());
  // remark-parse reads the extensions when it parses: GFM's slots hold the document's own.
  const parse = this.parser;
  if (!parse) return; // no parser (stringifying only): the full syntax is there
  this.parser = (doc, file) => {
    const markdown = options.frontmatter ? doc.slice(frontmatterEnd(doc)) : doc;
    const parseWith = (syntax: Extension, from: FromMarkdown[]) => {
      micromarkExtensions[syntaxSlot] = syntax;
      fromMarkdownExtensions[fromSlot] = from;
      try {
        return parse(doc, file);
      } finally {
        micromarkExtensions[syntaxSlot] = full;
        fromMarkdownExtensions[fromSlot] = fullFrom;
      }
    };
    // Without any mark, the syntax leaves the literal constructs out already: one parse.
    if (!MAY_DECODE_TO_AUTOLINK.test(markdown))
      return parseWith(syntaxFor(markdown, false), noTransforms);
    const complete = () => parseWith(syntaxFor(markdown, false), fullFrom);
    if (LITERAL_MARK.test(markdown.replace(DESTINATIONS, ''))) return complete();
    const first = parseWith(syntaxFor(markdown, true), noTransforms);
    return holdsLiteralMark(first) ? complete() : first;
  };
}
