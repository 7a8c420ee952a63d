/**
 * The limits of `src/contract/limits.ts` that are checked on a file's text before it is parsed,
 * so that no input can stall a build or exhaust its memory. Each refusal names the limit and the
 * place where the text crosses it; `check` runs the same function, in well under a second
 * whatever the file.
 */
import type { Point } from 'unist';
import {
  MAX_BRACKET_NESTING,
  MAX_DELIMITER_RUN,
  MAX_FILE_BYTES,
  MAX_NESTING,
} from '../contract/limits.ts';
import type { RuleId } from '../contract/messages.ts';

/** What a refusal says, for `report()`. */
export interface Refusal {
  ruleId: Extract<RuleId, 'nesting-depth' | 'limit-exceeded'>;
  reason: string;
  place: Point;
  hint: string;
}

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

/** The lines of `value` outside fenced code blocks, with their 0-based numbers. */
function* linesOutsideFences(value: string): Generator<{ index: number; text: string }> {
  const lines = value.split(/\r\n|\r|\n/);
  let fence: string | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const text = lines[index]!;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    } else if (marker) fence = marker;
    else yield { index, text };
  }
}

/** The place of the first run of `*` or `_` longer than {@link MAX_DELIMITER_RUN}, outside code fences. */
export function longDelimiterRun(
  value: string,
): { line: number; column: number; length: number } | undefined {
  const tooLong = new RegExp(`[*_]{${MAX_DELIMITER_RUN + 1},}`);
  for (const { index, text } of linesOutsideFences(value)) {
    const run = tooLong.exec(text);
    // A line of nothing but the run is a thematic break, which the parser takes at once.
    if (run && text.trim() !== run[0]) {
      return { line: index + 1, column: run.index + 1, length: run[0].length };
    }
  }
  return undefined;
}

/**
 * Where `[` brackets first nest deeper than {@link MAX_BRACKET_NESTING} (a backslash escapes a
 * bracket; fenced code is left out), and how deep they go. Brackets left open at the end of a
 * paragraph close with it.
 */
export function bracketTooDeep(
  value: string,
): { line: number; column: number; depth: number } | undefined {
  let depth = 0;
  let crossed: { line: number; column: number } | undefined;
  let deepest = 0;
  for (const { index, text } of linesOutsideFences(value)) {
    if (text.trim() === '') depth = 0;
    for (let i = 0; i < text.length; i += 1) {
      const c = text[i];
      if (c === '\\') i += 1;
      else if (c === '[') {
        depth += 1;
        deepest = Math.max(deepest, depth);
        if (depth > MAX_BRACKET_NESTING && !crossed) crossed = { line: index + 1, column: i + 1 };
      } else if (c === ']') depth = Math.max(0, depth - 1);
    }
  }
  return crossed && { ...crossed, depth: deepest };
}

export const NESTING_HINT =
  'Flatten the nested lists or `>` quotations: nothing this deep can be shown on a page.';

/** Why a file is refused before parsing, or undefined when it is within every limit. */
export function refusalOf(text: string, bytes: number): Refusal | undefined {
  if (bytes > MAX_FILE_BYTES) {
    return {
      ruleId: 'limit-exceeded',
      reason: `Unexpected file of ${(bytes / 1024 / 1024).toFixed(1)} MB, expected at most ${MAX_FILE_BYTES / 1024 / 1024} MB`,
      place: { line: 1, column: 1 },
      hint: 'Split the article into several explainers, or leave out what is not annotated.',
    };
  }
  const deepHtml = htmlTooDeep(text);
  if (deepHtml) {
    return {
      ruleId: 'nesting-depth',
      reason: `Unexpected HTML nested about ${deepHtml.depth} levels deep, expected elements nested at most ${MAX_NESTING} levels`,
      place: { line: deepHtml.line, column: deepHtml.column },
      hint: 'Close the HTML elements sooner: nothing this deep can be shown on a page.',
    };
  }
  const deep = tooDeep(text);
  if (deep) {
    return {
      ruleId: 'nesting-depth',
      reason: `Unexpected nesting about ${deep.depth} levels deep, expected lists and block quotations nested at most ${MAX_NESTING} levels`,
      place: { line: deep.line, column: deep.column },
      hint: NESTING_HINT,
    };
  }
  const brackets = bracketTooDeep(text);
  if (brackets) {
    return {
      ruleId: 'nesting-depth',
      reason: `Unexpected brackets nested ${brackets.depth} levels deep, expected \`[\` nested at most ${MAX_BRACKET_NESTING} levels`,
      place: { line: brackets.line, column: brackets.column },
      hint: 'Close the links or `:quote[…]` sooner, or escape a bracket meant as text (`\\[`).',
    };
  }
  const run = longDelimiterRun(text);
  if (run) {
    return {
      ruleId: 'limit-exceeded',
      reason: `Unexpected run of ${run.length} \`*\` or \`_\`, expected at most ${MAX_DELIMITER_RUN} in a row`,
      place: { line: run.line, column: run.column },
      hint: 'Shorten the run, or escape the characters (`\\*`) if they are meant as text.',
    };
  }
  return undefined;
}
