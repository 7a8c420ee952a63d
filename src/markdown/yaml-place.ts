/**
 * Parse YAML and validate it with a zod schema, turning every problem into a message placed at
 * the exact line and column of the offending field. Used for explainer frontmatter and for the
 * files in `content/` (`site.yaml`, `ratings.yaml`, `people.yaml`).
 */
import { LineCounter, isMap, isNode, isScalar, parseDocument, visit, type YAMLError } from 'yaml';
import type { z } from 'zod';
import type { Root } from 'mdast';
import type { Point } from 'unist';
import { cutText } from '../contract/text.ts';
import { isRuleId, type RuleId } from '../contract/messages.ts';
import { didYouMean } from '../contract/suggest.ts';

export interface YamlProblem {
  /** "Unexpected …, expected …". */
  reason: string;
  /** How to fix it, where the cause is known (a YAML syntax error). */
  hint?: string;
  /** Where, counted in the YAML text (1-based). */
  point: Point;
  kind: 'yaml' | 'schema';
  /** The field path, e.g. `source.url`. */
  field?: string;
  /** A rule more precise than the schema's own, where the schema names one (`unsafe-name`). */
  ruleId?: RuleId;
  /** For a field the schema does not take, the one it most likely is: "Did you mean `summary`? ". */
  suggestion?: string;
}

/**
 * The fields the object schema at `path` in `schema` takes (through lists, records, optional,
 * default and piped schemas), for suggesting one in place of a mistyped field.
 */
function fieldsAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let def = schema.def as unknown as SchemaDef;
  let at = 0;
  for (let steps = 0; steps < 64; steps += 1) {
    const key = String(path[at]);
    // Through wrappers (optional, default, pipe) without using up a step of the path.
    const inner =
      def.innerType ??
      def.in ??
      (at === path.length ? undefined : (def.shape?.[key] ?? def.element ?? def.valueType));
    if (!inner)
      return def.type === 'object' && at === path.length ? Object.keys(def.shape ?? {}) : [];
    if (!def.innerType && !def.in) at += 1;
    def = inner.def;
  }
  return [];
}

/** The parts of a zod schema's definition `fieldsAt` reads. */
interface SchemaDef {
  type: string;
  shape?: Record<string, { def: SchemaDef }>;
  element?: { def: SchemaDef };
  valueType?: { def: SchemaDef };
  innerType?: { def: SchemaDef };
  in?: { def: SchemaDef };
}

export type YamlResult<T> = { ok: true; value: T } | { ok: false; problems: YamlProblem[] };

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return cutText(`${typeof value} ${JSON.stringify(value)}`, 60);
}

/** A value as one item of a YAML list written `[…]`: in quotes unless it is plain words. */
const listItem = (value: string | number) =>
  typeof value === 'number' || /^[\p{L}\p{N}][\p{L}\p{N} .'’-]*$/u.test(value)
    ? cutText(String(value), 60)
    : cutText(JSON.stringify(value), 60);

/**
 * What a value of the wrong type should have been, in an editor's words, where the schema gives
 * none of its own (zod's default is "Invalid input: expected array, received string"). A single
 * value where a list belongs is shown as the list it would be (`tags: transport`: `[transport]`).
 */
function expected(issue: z.core.$ZodIssue, actual: unknown): string {
  if (issue.code !== 'invalid_type' || !issue.message.startsWith('Invalid input'))
    return issue.message;
  switch (issue.expected) {
    case 'array':
      return typeof actual === 'string' || typeof actual === 'number'
        ? `expected a list, such as \`[${listItem(actual)}]\``
        : 'expected a list: `[first, second]`, or each item on a line of its own after `- `';
    case 'object':
      return 'expected fields indented under it, one `name: value` a line';
    case 'string':
      return 'expected text';
    case 'number':
      return 'expected a number';
    case 'boolean':
      return 'expected `true` or `false`';
    default:
      return issue.message;
  }
}

/**
 * For a quoted value left open, the parser reports the end of the text; the editor needs the
 * opening quote: the last quote mark before `offset` that starts a value.
 */
function openingQuote(text: string, offset: number): number {
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i -= 1) {
    if (
      (text[i] === '"' || text[i] === "'") &&
      /(?:^\s*|[:\-[{,]\s+)$/.test(text.slice(text.lastIndexOf('\n', i - 1) + 1, i))
    ) {
      return i;
    }
  }
  return offset;
}

/**
 * A YAML syntax error in plain words, at its cause, with the fix for the common ones: a colon in
 * an unquoted value, a tab in the indentation, a quotation mark left open, a field twice.
 */
function syntaxProblem(
  text: string,
  error: YAMLError,
  pointAt: (offset: number) => Point,
): YamlProblem {
  const at = error.pos[0];
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1).split(/\r?\n|\r/)[0]!;
  const problem = (reason: string, offset: number, hint: string): YamlProblem => ({
    kind: 'yaml',
    reason,
    point: pointAt(offset),
    hint,
  });
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY': {
      // `title: Kellsbury: the figures`: the second colon would start a mapping.
      const field = /^\s*(?:-\s+)?([^:#]+?):\s+(.*)$/.exec(line);
      const colon = text.slice(at).search(/:(?=[ \t]|$)/m);
      const quoted = field ? `${field[1]}: ${JSON.stringify(field[2]!.trim())}` : undefined;
      return problem(
        'Unexpected colon in a value without quotes, expected the value in quotes',
        colon >= 0 ? at + colon : at,
        `Put the whole value in double quotes${quoted ? `: ${quoted}` : ''}. A colon followed by a space starts a field in YAML.`,
      );
    }
    case 'TAB_AS_INDENT':
      return problem(
        'Unexpected tab in the indentation, expected spaces',
        at,
        'Indent with spaces only (two per level); set your editor to insert spaces for the Tab key.',
      );
    case 'MULTILINE_IMPLICIT_KEY':
      // `label Mostly accurate`, then the next field: the colon after the name is missing.
      return problem(
        'Unexpected line without a colon after its field name, expected `field: value`',
        at,
        'Write the field name, a colon and a space, then the value, e.g. `label: Mostly accurate`.',
      );
    case 'DUPLICATE_KEY':
      return problem(
        `Unexpected second \`${/^\s*(?:-\s+)?([^:]+)/.exec(line)?.[1]?.trim() ?? 'field'}\`, expected each field once`,
        at,
        'Delete one of the two lines, or merge them.',
      );
    case 'MISSING_CHAR':
      if (/quote/.test(error.message)) {
        const open = openingQuote(text, at);
        return problem(
          `Unexpected quotation mark \`${text[open] ?? '"'}\` left open, expected its closing mark`,
          open,
          "Close the quotes at the end of the value. A quotation mark inside the value is written \\\" between double quotes, or '' between single quotes.",
        );
      }
  }
  return problem(
    `Unexpected YAML syntax: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
    at,
    'Check this line and the one above: indentation with spaces (two per level), a space after each colon, quotes around values that contain a colon or start with a quotation mark, [, {, # or @.',
  );
}

/** Parse `text` as YAML (1.2, core schema) and validate it; problems carry YAML-relative points. */
export function parseYaml<S extends z.ZodType>(text: string, schema: S): YamlResult<z.output<S>> {
  const lineCounter = new LineCounter();
  // Old Mac line ends (a lone CR) are line breaks too; same length, so every offset stays.
  const doc = parseDocument(text.replace(/\r(?!\n)/g, '\n'), { lineCounter, prettyErrors: false });
  const pointAt = (offset: number): Point => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col, offset };
  };
  if (doc.errors.length > 0) {
    // The first syntax error only: after it, the parser's reading of the rest is a guess.
    return { ok: false, problems: [syntaxProblem(text, doc.errors[0]!, pointAt)] };
  }
  let data: unknown;
  try {
    // The yaml package refuses aliases that would expand past a fixed budget (a "billion
    // laughs"), by throwing: that is a problem in the text, at its first alias.
    data = doc.toJS() ?? {};
  } catch (error) {
    let offset = 0;
    visit(doc, {
      Alias(_, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    return {
      ok: false,
      problems: [
        {
          kind: 'yaml',
          reason: `Unexpected YAML that cannot be read as values (${(error as Error).message}), expected values written out, with aliases (\`*name\`) used sparingly`,
          point: pointAt(offset),
        },
      ],
    };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  /** A scalar's value as the text writes it (`False`, `1.50`). */
  const writtenAt = (path: readonly (string | number)[]) => {
    const node = doc.getIn(path, true);
    return isScalar(node) && node.range ? text.slice(node.range[0], node.range[1]) : undefined;
  };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      // Point at the deepest node that exists: the field itself, or the mapping missing it;
      // for an unexpected field, at its key.
      let offset = 0;
      const extraKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      const container =
        extraKey !== undefined ? (path.length ? doc.getIn(path, true) : doc.contents) : undefined;
      const pair = isMap(container)
        ? container.items.find((item) => isScalar(item.key) && item.key.value === extraKey)
        : undefined;
      if (pair && isNode(pair.key) && pair.key.range) offset = pair.key.range[0];
      else
        for (let depth = path.length; depth >= 0; depth -= 1) {
          const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
          if (isNode(node) && node.range) {
            offset = node.range[0];
            break;
          }
        }
      const field = path.join('.');
      const actual = path.length ? doc.getIn(path) : data;
      const missing = actual === undefined && path.length > 0;
      const reason = missing
        ? `Missing \`${field}\`, ${expected(issue, actual)}`
        : issue.code === 'unrecognized_keys'
          ? `Unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${[...path, k].join('.')}\``).join(', ')}, expected only the documented fields`
          : `Unexpected ${describe(actual)}${field ? ` for \`${field}\`` : ''}, ${expected(issue, actual)}`;
      const suggestion =
        issue.code === 'unrecognized_keys' && issue.keys.length === 1
          ? didYouMean(issue.keys[0]!, fieldsAt(schema, path), (f) => `\`${f}\``)
          : '';
      const ruleId = issue.code === 'custom' ? issue.params?.ruleId : undefined;
      // `previousRating: false`, `title: 2026`: text that YAML read as another type, quoted in
      // the hint as written (`False` stays `False`).
      const unquoted =
        issue.code === 'invalid_type' &&
        issue.expected === 'string' &&
        (typeof actual === 'boolean' || typeof actual === 'number')
          ? `Write it in quotes, \`${typeof path.at(-1) === 'string' ? `${String(path.at(-1))}: ` : ''}"${writtenAt(path) ?? String(actual)}"\`: unquoted, YAML reads it as a ${typeof actual}, not as text.`
          : undefined;
      const hint: unknown = issue.code === 'custom' ? issue.params?.hint : unquoted;
      return {
        kind: 'schema',
        reason,
        point: pointAt(offset),
        field,
        ...(isRuleId(ruleId) ? { ruleId } : {}),
        ...(typeof hint === 'string' ? { hint } : {}),
        ...(suggestion ? { suggestion } : {}),
      };
    }),
  };
}

/**
 * Where the value at `path` starts in the YAML `text` (1-based, counted in the YAML), or where
 * the deepest part of the path that exists starts; undefined for text that is not YAML.
 */
export function yamlPointOf(text: string, path: readonly (string | number)[]): Point | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/\r(?!\n)/g, '\n'), { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) return undefined;
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const { line, col } = lineCounter.linePos(node.range[0]);
      return { line, column: col, offset: node.range[0] };
    }
  }
  return undefined;
}

/**
 * Where the value at `path` of an explainer's frontmatter (`tree`'s first node, its YAML) starts
 * in the file; line 1, column 1 when the tree has no frontmatter or the YAML cannot be read.
 */
export function frontmatterPointOf(tree: Root, path: readonly (string | number)[]): Point {
  const yaml = tree.children[0];
  const point = yaml?.type === 'yaml' ? yamlPointOf(yaml.value, path) : undefined;
  // The YAML's lines start on the line after the opening `---`.
  const first = (yaml?.position?.start.line ?? 1) + 1;
  return point ? { line: first + point.line - 1, column: point.column } : { line: 1, column: 1 };
}
