/**
 * Reading and processing explainer files exactly as the build does. The content loader
 * (`loader.ts`) and `explainer check` both go through these functions, so the two can never
 * disagree about a file:
 *
 *   listExplainerFiles(dir)   the `.md` files of a folder, sorted
 *   readExplainerSource(path) the bytes decoded as UTF-8; a byte that is not UTF-8 is noted
 *   processExplainerSource()  the pipeline, plus the encoding warning; nesting too deep to
 *                             parse in good time is refused first with its place, and a crash
 *                             (a stack overflow, a bug) becomes an error message, never a
 *                             stack trace
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Point } from 'unist';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { report } from '../contract/messages.ts';
import {
  createProcessor,
  processExplainer,
  slugFromPath,
  type Processed,
} from '../markdown/pipeline.ts';
import type { Settings } from '../contract/settings.ts';

const MARKDOWN = /\.(md|markdown)$/i;

/** The Markdown files of an explainers folder, by name. */
export function listExplainerFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && MARKDOWN.test(entry.name))
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

/**
 * Two files that make one slug (`Harbour Ferry Subsidy.md` and `harbour-ferry-subsidy.md`: one
 * page would replace the other): a file with its error for each of them, naming the other.
 */
export function slugCollisions(files: readonly string[]): VFile[] {
  const problems: VFile[] = [];
  const bySlug = Map.groupBy(files, (file) => slugFromPath(file));
  for (const [slug, same] of bySlug) {
    if (same.length < 2) continue;
    for (const file of same) {
      const others = same.filter((f) => f !== file).map((f) => `\`${path.basename(f)}\``);
      const vfile = new VFile({ path: file });
      report(vfile, {
        reason: `Unexpected second file for the page /explainers/${slug}/: ${others.join(', ')} makes the same slug, expected one file per slug`,
        ruleId: 'slug-collision',
        place: { line: 1, column: 1 },
        severity: 'error',
        hint: 'File names become addresses in lowercase with hyphens; rename or delete one of the files.',
      });
      problems.push(vfile);
    }
  }
  return problems;
}

/**
 * The files of an explainers folder that are not Markdown (`notes.txt`), which would silently
 * not be published: a file with its error for each. Hidden files and editor backups
 * (`.x.md.swp`, `x.md~`) are left alone.
 */
export function strayFiles(dir: string): VFile[] {
  const problems: VFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile() || MARKDOWN.test(entry.name) || /^\.|~$/.test(entry.name)) continue;
    const vfile = new VFile({ path: path.join(dir, entry.name) });
    report(vfile, {
      reason: `Unexpected file \`${entry.name}\` in the explainers folder, expected Markdown files (.md): it would not be published`,
      ruleId: 'not-markdown',
      place: { line: 1, column: 1 },
      severity: 'error',
      hint: `Rename it to \`${entry.name.replace(/\.[^.]*$/, '')}.md\` if it is an explainer (\`npx explainer import\` turns an article into one), or move it out of the folder.`,
    });
    problems.push(vfile);
  }
  return problems.sort((a, b) => a.path.localeCompare(b.path));
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

/**
 * Lists and block quotations nested deeper than this are refused before parsing. No article
 * needs more than a handful of levels, and the parser's time grows faster than the square of
 * the depth (lists 500 deep take seconds, 1,000 deep half a minute), so a file nested like this
 * could stall a build; deeper still, rendering it overflows the stack.
 */
export const MAX_NESTING = 256;

/**
 * The first line whose container prefix (`>` and list markers, and indentation, where every
 * two columns may open a level) goes deeper than {@link MAX_NESTING}, and the column where it
 * does. An upper bound of the real depth, found by reading only the start of each line.
 */
export function tooDeep(
  value: string,
): { line: number; column: number; depth: number } | undefined {
  const lines = value.split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const text = lines[index]!;
    let markers = 0;
    let columns = 0;
    let crossed = -1;
    let afterMarker = false;
    let i = 0;
    for (; i < text.length; i += 1) {
      const c = text[i]!;
      // An ordered list marker: up to nine digits, then `.` or `)`, then a space.
      const ordered = /^\d{1,9}[.)](?=[ \t])/.exec(text.slice(i, i + 11))?.[0];
      const marker =
        c === '>' ||
        ordered !== undefined ||
        ((c === '-' || c === '*' || c === '+') && /[ \t]/.test(text[i + 1] ?? ''));
      if (marker) markers += 1;
      else if (c !== ' ' && c !== '\t') break;
      // The space after a marker belongs to it; other spaces indent (and may open a level).
      else if (!afterMarker) columns += c === ' ' ? 1 : 4 - (columns % 4);
      afterMarker = marker;
      if (crossed < 0 && markers + Math.floor(columns / 2) > MAX_NESTING) crossed = i;
      if (ordered) i += ordered.length - 1;
    }
    // A prefix with nothing after it is a thematic break or a blank line, not nesting.
    if (crossed >= 0 && text.slice(i).trim() !== '') {
      return { line: index + 1, column: crossed + 1, depth: markers + Math.floor(columns / 2) };
    }
  }
  return undefined;
}

/** Elements that have no end tag, and so never nest. */
const VOID_ELEMENTS = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
);

/**
 * Where raw HTML in the text first nests deeper than {@link MAX_NESTING} elements (open tags not
 * yet closed, void and self-closing ones left out), and how deep it goes. The renderers recurse
 * once per level, so without this a file nested thousands deep would fail on the stack, at a
 * depth that depends on the thread it runs on.
 */
export function htmlTooDeep(
  value: string,
): { line: number; column: number; depth: number } | undefined {
  let depth = 0;
  let crossed: number | undefined;
  let deepest = 0;
  for (const tag of value.matchAll(/<(\/?)([A-Za-z][\w-]*)\b[^<>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = tag;
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing && !VOID_ELEMENTS.has(name!.toLowerCase())) depth += 1;
    if (depth > MAX_NESTING && crossed === undefined) crossed = tag.index;
    deepest = Math.max(deepest, depth);
  }
  if (crossed === undefined) return undefined;
  const before = value.slice(0, crossed);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = crossed - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line, column, depth: deepest };
}

/** A file standing for one the pipeline could not process, with one error saying why. */
function failed(source: ExplainerSource, why: (file: VFile) => void): VFile {
  const file = new VFile({ path: source.path, value: source.value.replace(/^\uFEFF/, '') });
  why(file);
  return file;
}

const NESTING_HINT =
  'Flatten the nested lists or `>` quotations: nothing this deep can be shown on a page.';

function crashed(source: ExplainerSource, error: unknown): VFile {
  return failed(source, (file) => {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      // Inline markup can nest too (emphasis, raw HTML): too deep for the renderers' recursion.
      report(file, {
        reason:
          'Unexpected markup nested too deeply to process, expected lists, quotations, emphasis or HTML nested at most a few hundred levels',
        ruleId: 'nesting-depth',
        place: { line: 1, column: 1 },
        severity: 'error',
        hint: NESTING_HINT,
      });
      return;
    }
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    report(file, {
      reason: `Unexpected failure in the pipeline (${what.split('\n')[0]}), expected the file to be processed`,
      ruleId: 'internal-error',
      place: { line: 1, column: 1 },
      severity: 'error',
      hint: 'This is a bug in the explainer tools, not in your file: please report it with the file attached.',
    });
  });
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
  const text = source.value.replace(/^\uFEFF/, '');
  const deepHtml = htmlTooDeep(text);
  if (deepHtml) {
    return {
      file: failed(source, (file) =>
        report(file, {
          reason: `Unexpected HTML nested about ${deepHtml.depth} levels deep, expected elements nested at most ${MAX_NESTING} levels`,
          ruleId: 'nesting-depth',
          place: { line: deepHtml.line, column: deepHtml.column },
          severity: 'error',
          hint: 'Close the HTML elements sooner: nothing this deep can be shown on a page.',
        }),
      ),
    };
  }
  const deep = tooDeep(text);
  if (deep) {
    return {
      file: failed(source, (file) =>
        report(file, {
          reason: `Unexpected nesting about ${deep.depth} levels deep, expected lists and block quotations nested at most ${MAX_NESTING} levels`,
          ruleId: 'nesting-depth',
          place: { line: deep.line, column: deep.column },
          severity: 'error',
          hint: NESTING_HINT,
        }),
      ),
    };
  }
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
      severity: 'error',
      hint: `Save the file as UTF-8 in your editor (it was probably saved as Latin-1 or Windows-1252, where this byte is \`${new TextDecoder('windows-1252').decode(new Uint8Array([encoding.byte]))}\`); read as UTF-8 it would show as � (U+FFFD).`,
    });
    return { file: processed.file };
  }
  return processed;
}
