/**
 * Reading and processing explainer files exactly as the build does. The content loader
 * (`loader.ts`) and `explainer check` both go through these functions, so the two can never
 * disagree about a file:
 *
 *   listExplainerFiles(dir)   the `.md` entries of a folder, sorted (notes files left out)
 *   readExplainerSource(path) the bytes decoded as UTF-8; a byte that is not UTF-8 is noted, and
 *                             a file that cannot be read (`read-file.ts`) is noted with why;
 *                             with the explainer's stand-off notes file, when it has one
 *   orphanNotes(dir)          notes files whose explainer is not there: an error each
 *   processExplainerSource()  the pipeline, plus the encoding warning; an unreadable file or one
 *                             whose name gives no slug is refused first; a file past one of
 *                             the limits of `limits.ts` is refused first with its place, and a crash
 *                             (a stack overflow, a bug) becomes an error message, never a
 *                             stack trace
 */
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Point } from 'unist';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { reporter, type Report } from '../contract/messages.ts';
import {
  createProcessor,
  processExplainer,
  withoutBom,
  type Processed,
} from '../markdown/pipeline.ts';
import { slugFromPath } from '../markdown/ids.ts';
import type { Settings } from '../contract/settings.ts';
import { explainerPathOf, isNotesPath, notesPathOf } from '../markdown/notes-file.ts';
import { NESTING_HINT, refusalOf } from './limits.ts';
import { readContentFile, UNREADABLE_HINT } from './read-file.ts';

const report = reporter('explainer-files');

const MARKDOWN = /\.(md|markdown)$/i;

/**
 * The Markdown files of an explainers folder, by name: every entry named `*.md` or `*.markdown`,
 * whatever it is, so a folder, a named pipe or a link with such a name is read (a broken one is
 * reported by {@link readExplainerSource}) instead of being left out without a word. Hidden
 * entries that are not plain files are left out: editors keep their lock files there (Emacs's
 * `.#name.md` is a link to nowhere). Stand-off notes files (`x.notes.md`) belong to their
 * explainer and are read with it.
 */
export function listExplainerFiles(dir: string): string[] {
  return markdownEntries(dir)
    .filter((file) => !isNotesPath(file))
    .sort();
}

function markdownEntries(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => MARKDOWN.test(entry.name) && (entry.isFile() || !entry.name.startsWith('.')))
    .map((entry) => path.join(dir, entry.name));
}

/** True when something is at the path (a broken link counts: it is reported when read). */
const present = (file: string) => lstatSync(file, { throwIfNoEntry: false }) !== undefined;

/** A notes file without its explainer: a file with its error. */
export function orphanNote(notesFile: string): VFile {
  const vfile = new VFile({ path: notesFile });
  const explainer = path.basename(explainerPathOf(notesFile));
  report(vfile, {
    reason: `Unexpected notes file \`${path.basename(notesFile)}\` without its explainer, expected \`${explainer}\` beside it: its notes would be shown nowhere`,
    ruleId: 'notes-orphan',
    place: { line: 1, column: 1 },
    severity: 'error',
    hint: `Put the article in \`${explainer}\` (or rename the notes file after the explainer it belongs to: \`<slug>.notes.md\` beside \`<slug>.md\`).`,
  });
  return vfile;
}

/** The explainer file a notes file belongs to (`x.md`, else `x.markdown`), if it is there. */
export function explainerOfNotes(notesFile: string): string | undefined {
  const md = explainerPathOf(notesFile);
  const markdown = md.replace(/\.md$/, '.markdown');
  return [md, markdown].find(present);
}

/** The notes files of a folder whose explainer is not there, each with its error. */
export function orphanNotes(dir: string): VFile[] {
  return markdownEntries(dir)
    .filter((file) => isNotesPath(file) && !explainerOfNotes(file))
    .sort()
    .map(orphanNote);
}

/**
 * Two files that make one slug (`Harbour Ferry Subsidy.md` and `harbour-ferry-subsidy.md`: one
 * page would replace the other): a file with its error for each of them, naming the other.
 */
export function slugCollisions(files: readonly string[]): VFile[] {
  const problems: VFile[] = [];
  const bySlug = Map.groupBy(files, (file) => slugFromPath(file));
  for (const [slug, same] of bySlug) {
    // A name that makes no slug at all is an `invalid-file-name` of its own.
    if (same.length < 2 || slug === '') continue;
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
  /** Why the file could not be read at all (then `value` is empty). */
  unreadable?: string;
  /** The explainer's stand-off notes file (`x.notes.md`), when there is one. */
  notes?: ExplainerSource;
}

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
  const before = withoutBom(new TextDecoder('utf-8').decode(bytes.subarray(0, byteOffset)));
  const point = location(withoutBom(value)).toPoint(before.length) ?? {
    line: 1,
    column: 1,
  };
  return {
    path: filePath,
    value,
    encoding: { byteOffset, byte: bytes[byteOffset] ?? 0, count: offsets.length, point },
  };
}

/** Read an explainer file as the build reads it, with its notes file if it has one. */
export function readExplainerSource(filePath: string): ExplainerSource {
  const source = readOne(filePath);
  const notesPath = notesPathOf(filePath);
  return present(notesPath) ? { ...source, notes: readOne(notesPath) } : source;
}

function readOne(filePath: string): ExplainerSource {
  const read = readContentFile(filePath);
  if ('unreadable' in read) return { path: filePath, value: '', unreadable: read.unreadable };
  return decodeExplainer(read.bytes, filePath);
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** A file standing for one the pipeline could not process, with one error saying why. */
function failed(source: ExplainerSource, why: (file: VFile) => void): VFile {
  const file = new VFile({ path: source.path, value: withoutBom(source.value) });
  why(file);
  return file;
}

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

/** What makes the file itself unusable, before its text is looked at: unreadable, or no slug. */
function fileProblemOf(source: ExplainerSource): Report | undefined {
  const place = { line: 1, column: 1 };
  if (source.unreadable !== undefined) {
    return {
      reason: source.unreadable,
      ruleId: 'unreadable-file',
      place,
      severity: 'error',
      hint: UNREADABLE_HINT,
    };
  }
  if (slugFromPath(source.path) === '') {
    // `😀.md`, `..md`, `-.md`: the page address is made from the letters and digits of the name.
    return {
      reason: `Unexpected file name \`${path.basename(source.path)}\` without a letter or digit, expected a name the page address can be made from`,
      ruleId: 'invalid-file-name',
      place,
      severity: 'error',
      hint: 'Rename the file with words of the title, for example `council-budget-2026.md`: its name (lowercase, words joined by hyphens) is the address of the page.',
    };
  }
  return undefined;
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
  const fileProblem = fileProblemOf(source);
  if (fileProblem) {
    return { file: failed(source, (file) => report(file, fileProblem)) };
  }
  const text = withoutBom(source.value);
  const refusal = refusalOf(text, Buffer.byteLength(source.value));
  if (refusal) {
    return {
      file: failed(source, (file) => report(file, { ...refusal, severity: 'error' })),
    };
  }
  const notes = source.notes;
  const notesRefusal = notes && refusalOf(withoutBom(notes.value), Buffer.byteLength(notes.value));
  const notesProblem =
    notes &&
    (fileProblemOf(notes) ??
      encodingProblemOf(notes) ??
      (notesRefusal ? { ...notesRefusal, severity: 'error' as const } : undefined));
  if (notes && notesProblem) {
    const processed = await processExplainerSource(
      { ...source, notes: undefined },
      settings,
      processor,
    );
    return { file: processed.file, notes: failed(notes, (file) => report(file, notesProblem)) };
  }
  let processed: Processed;
  try {
    processed = await processExplainer(
      {
        path: source.path,
        value: source.value,
        ...(notes ? { notes: { path: notes.path, value: notes.value } } : {}),
      },
      settings,
      processor,
    );
  } catch (error) {
    return { file: crashed(source, error) };
  }
  const encoding = encodingProblemOf(source);
  if (encoding) {
    report(processed.file, encoding);
    return { file: processed.file, ...(processed.notes ? { notes: processed.notes } : {}) };
  }
  return processed;
}

/** The `encoding` error of a source that is not UTF-8, if it is not. */
function encodingProblemOf({ encoding }: ExplainerSource): Report | undefined {
  if (!encoding) return undefined;
  const more = encoding.count - 1;
  return {
    reason: `Unexpected byte ${hex(encoding.byte)} at byte offset ${encoding.byteOffset}${more > 0 ? ` (and ${more} more invalid sequence${more === 1 ? '' : 's'})` : ''}, expected UTF-8 text`,
    ruleId: 'encoding',
    place: encoding.point,
    severity: 'error',
    hint: `Save the file as UTF-8 in your editor (it was probably saved as Latin-1 or Windows-1252, where this byte is \`${new TextDecoder('windows-1252').decode(new Uint8Array([encoding.byte]))}\`); read as UTF-8 it would show as � (U+FFFD).`,
  };
}
