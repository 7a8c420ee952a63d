/**
 * Reading and processing explainer files exactly as the build does. The content loader
 * (`loader.ts`) and `explainer check` both go through these functions, so the two can never
 * disagree about a file:
 *
 *   listExplainerFiles(dir)   the `.md` files of a folder, sorted
 *   readExplainerSource(path) the bytes decoded as UTF-8; a byte that is not UTF-8 is noted
 *   processExplainerSource()  the pipeline, plus the encoding warning, and a last guard that
 *                             turns a crash (a stack overflow on absurd nesting, a bug) into an
 *                             error message with a place instead of a stack trace
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node, Point } from 'unist';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { report } from '../markdown/messages.ts';
import { createProcessor, processExplainer, type Processed } from '../markdown/pipeline.ts';
import type { Settings } from './settings.ts';

/** The Markdown files of an explainers folder, by name. */
export function listExplainerFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(md|markdown)$/i.test(entry.name))
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

/** Where the first byte that is not UTF-8 sits, and how many such sequences there are. */
export interface EncodingProblem {
  /** Offset of the first bad byte in the file. */
  byteOffset: number;
  byte: number;
  /** Invalid sequences in the whole file (each shows as one U+FFFD). */
  count: number;
  /** The same place in the decoded text (the BOM, if any, not counted). */
  point: Point;
}

export interface ExplainerSource {
  path: string;
  /** The text, decoded as UTF-8 with U+FFFD for each invalid sequence. */
  value: string;
  encoding?: EncodingProblem;
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Offsets of the invalid UTF-8 sequences in `bytes`, counted the way the WHATWG decoder counts
 * them (one per U+FFFD it emits): a lead byte with too few valid continuation bytes is one bad
 * sequence, and so is every stray byte.
 */
export function invalidUtf8Offsets(bytes: Uint8Array): number[] {
  const found: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    }
    if (need === 0) {
      found.push(i);
      i += 1;
      continue;
    }
    let taken = 1;
    while (taken <= need) {
      const next = bytes[i + taken];
      if (next === undefined || next < lower || next > upper) break;
      lower = 0x80;
      upper = 0xbf;
      taken += 1;
    }
    if (taken <= need) found.push(i); // the valid prefix is swallowed into one U+FFFD
    i += taken;
  }
  return found;
}

/** Decode an explainer file's bytes: UTF-8, with a note of the first byte that is not. */
export function decodeExplainer(bytes: Uint8Array, filePath: string): ExplainerSource {
  try {
    return { path: filePath, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: decode anyway (each bad sequence becomes U+FFFD) and say where it went wrong.
  }
  const value = new TextDecoder('utf-8').decode(bytes);
  const offsets = invalidUtf8Offsets(bytes);
  const byteOffset = offsets[0] ?? 0;
  const skip = BOM.every((b, i) => bytes[i] === b) ? BOM.length : 0;
  const before = new TextDecoder('utf-8').decode(bytes.subarray(skip, byteOffset));
  const point = location(value.replace(/^\uFEFF/, '')).toPoint(before.length) ?? {
    line: 1,
    column: 1,
  };
  return {
    path: filePath,
    value,
    encoding: { byteOffset, byte: bytes[byteOffset] ?? 0, count: offsets.length, point },
  };
}

/** Read an explainer file as the build reads it. */
export function readExplainerSource(filePath: string): ExplainerSource {
  return decodeExplainer(readFileSync(filePath), filePath);
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** The deepest list or block quotation, found without recursion (a plain CommonMark parse). */
function deepestNesting(value: string): { depth: number; node?: Node } {
  const tree = unified().use(remarkParse).parse(value) as Node;
  let deepest: { depth: number; node?: Node } = { depth: 0 };
  const stack: Array<{ node: Node; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const nests = node.type === 'list' || node.type === 'blockquote';
    const here = depth + (nests ? 1 : 0);
    if (nests && here > deepest.depth) deepest = { depth: here, node };
    const children = (node as Node & { children?: Node[] }).children;
    if (children) for (const child of children) stack.push({ node: child, depth: here });
  }
  return deepest;
}

/** A file standing for one the pipeline could not process, with one error saying why. */
function crashed(source: ExplainerSource, error: unknown): VFile {
  const file = new VFile({ path: source.path, value: source.value.replace(/^\uFEFF/, '') });
  const overflow = error instanceof RangeError && /call stack/i.test(error.message);
  let nesting: ReturnType<typeof deepestNesting> = { depth: 0 };
  if (overflow) {
    try {
      nesting = deepestNesting(String(file.value));
    } catch {
      // Too deep even for a plain parse: report it at the start of the file.
    }
  }
  if (overflow) {
    report(file, {
      reason: nesting.depth
        ? `Unexpected nesting ${nesting.depth} levels deep, expected lists and block quotations nested at most a few hundred levels`
        : 'Unexpected nesting too deep to process, expected lists and block quotations nested at most a few hundred levels',
      ruleId: 'nesting-depth',
      place: nesting.node ?? { line: 1, column: 1 },
      severity: 'error',
      hint: 'Flatten the nested lists or `>` quotations; nothing this deep can be shown on a page.',
    });
  } else {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    report(file, {
      reason: `Unexpected failure in the pipeline (${what.split('\n')[0]}), expected the file to be processed`,
      ruleId: 'internal-error',
      place: { line: 1, column: 1 },
      severity: 'error',
      hint: 'This is a bug in the explainer tools, not in your file: please report it with the file attached.',
    });
  }
  return file;
}

/**
 * Run the pipeline over one source, as the build does: the model and every message, with the
 * encoding warning added. Never throws.
 */
export async function processExplainerSource(
  source: ExplainerSource,
  settings: Settings,
  processor = createProcessor(settings),
): Promise<Processed> {
  let processed: Processed;
  try {
    processed = await processExplainer(
      { path: source.path, value: source.value },
      settings,
      processor,
    );
  } catch (error) {
    return { file: crashed(source, error) };
  }
  const { encoding } = source;
  if (encoding) {
    const more = encoding.count - 1;
    report(processed.file, {
      reason: `Unexpected byte ${hex(encoding.byte)} at byte offset ${encoding.byteOffset}${more > 0 ? ` (and ${more} more invalid sequence${more === 1 ? '' : 's'})` : ''}, expected UTF-8 text`,
      ruleId: 'encoding',
      place: encoding.point,
      hint: 'Save the file as UTF-8 in your editor; until then each bad byte shows as � (U+FFFD).',
    });
  }
  return processed;
}
