/**
 * Parse YAML and validate it with a zod schema, turning every problem into a message placed at
 * the exact line and column of the offending field. Used for explainer frontmatter and for the
 * files in `content/` (`site.yaml`, `ratings.yaml`, `people.yaml`).
 */
import { LineCounter, isMap, isNode, isScalar, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import type { Point } from 'unist';

export interface YamlProblem {
  /** "Unexpected …, expected …". */
  reason: string;
  /** Where, counted in the YAML text (1-based). */
  point: Point;
  kind: 'yaml' | 'schema';
  /** The field path, e.g. `source.url`. */
  field?: string;
}

export type YamlResult<T> = { ok: true; value: T } | { ok: false; problems: YamlProblem[] };

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`.slice(0, 60);
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
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        kind: 'yaml',
        reason: `Unexpected YAML syntax: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
        point: pointAt(
          error.code === 'MISSING_CHAR' && /quote/.test(error.message)
            ? openingQuote(text, error.pos[0])
            : error.pos[0],
        ),
      })),
    };
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
        ? `Missing \`${field}\`, ${issue.message}`
        : issue.code === 'unrecognized_keys'
          ? `Unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${[...path, k].join('.')}\``).join(', ')}, expected only the documented fields`
          : `Unexpected ${describe(actual)}${field ? ` for \`${field}\`` : ''}, ${issue.message}`;
      return { kind: 'schema', reason, point: pointAt(offset), field };
    }),
  };
}
