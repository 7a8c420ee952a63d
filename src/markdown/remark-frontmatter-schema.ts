/**
 * Validate the explainer's YAML frontmatter (parsed into a `yaml` node by remark-frontmatter)
 * against the zod schema, and put the result on `file.data.frontmatter`. Each problem becomes an
 * error at the line and column of the field, naming the field and what was expected.
 */
import type { Root, Yaml } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { frontmatterSchema, latestToday, type Frontmatter } from '../contract/frontmatter.ts';
import { reporter } from '../contract/messages.ts';
import { opensFrontmatter } from './frontmatter-end.ts';
import { parseYaml, yamlPointOf } from './yaml-place.ts';
import { pageKey } from './ids.ts';

const report = reporter('remark-frontmatter-schema');

const HINT =
  'See "Frontmatter" in the README: title, summary, published (YYYY-MM-DD) and source.publisher are required.';

const remarkFrontmatterSchema: Plugin<[], Root> = () => {
  return (tree: Root, file: VFile) => {
    const first = tree.children[0];
    if (first?.type !== 'yaml') {
      // A first line of `---` with no closing one: the frontmatter is there, unfinished.
      const unclosed = opensFrontmatter(String(file.value));
      report(file, {
        reason: unclosed
          ? 'Missing the `---` that closes the frontmatter, expected a line `---` after its last field'
          : 'Missing frontmatter, expected a `---` block with title, summary, published and source',
        ruleId: 'frontmatter-schema',
        place: { line: 1, column: 1 },
        severity: 'error',
        hint: unclosed ? 'Add a line with only `---` after the last field, before the text.' : HINT,
      });
      return;
    }
    const node: Yaml = first;
    const result = parseYaml(node.value, frontmatterSchema);
    // YAML lines start on the line after the opening `---`.
    const firstLine = (node.position?.start.line ?? 1) + 1;
    if (result.ok) {
      file.data.frontmatter = result.value;
      for (const { path, reason, hint, severity } of [
        ...datesOutOfOrder(result.value),
        ...tagProblems(result.value.tags),
      ]) {
        const point = yamlPointOf(node.value, path) ?? { line: 1, column: 1 };
        report(file, {
          reason,
          ruleId: path[0] === 'corrections' ? 'correction-date' : 'frontmatter-schema',
          place: { line: firstLine + point.line - 1, column: point.column },
          severity: severity ?? 'error',
          hint: hint ?? 'Check the year and month: one of the two dates is wrong.',
        });
      }
      return;
    }
    for (const problem of result.problems) {
      report(file, {
        reason: problem.reason,
        ruleId:
          problem.kind === 'yaml'
            ? 'frontmatter-yaml'
            : (problem.ruleId ??
              (/^corrections\.\d+\.date$/.test(problem.field ?? '')
                ? 'correction-date'
                : 'frontmatter-schema')),
        place: { line: firstLine + problem.point.line - 1, column: problem.point.column },
        severity: 'error',
        hint:
          (problem.suggestion ?? '') +
          (problem.hint ??
            (problem.field?.startsWith('corrections')
              ? 'Each correction is `- date: YYYY-MM-DD` and `text: …` (see "Corrections" in the README).'
              : HINT)),
      });
    }
  };
};

/** A problem of a frontmatter that passes its schema, at its field. */
interface Problem {
  path: Array<string | number>;
  reason: string;
  hint?: string;
  severity?: 'error' | 'warning';
}

/**
 * Dates that each pass alone but cannot all be true: the page, the feed and the structured data
 * would publish them as they are (an explainer "updated" before it was published, or on a day
 * still to come).
 */
function datesOutOfOrder(frontmatter: Frontmatter): Problem[] {
  const { published, updated, source } = frontmatter;
  const found: Problem[] = [];
  // A scheduled explainer (`published` after today) may be dated ahead; a published one may not
  // say it was updated or corrected, or its source copied, on a day still to come.
  const today = latestToday();
  if (published <= today) {
    const dates: Array<[Array<string | number>, string | undefined]> = [
      [['updated'], updated],
      [['source', 'retrieved'], source.retrieved],
      ...frontmatter.corrections.map((c, i): [Array<string | number>, string] => [
        ['corrections', i, 'date'],
        c.date,
      ]),
    ];
    for (const [path, date] of dates) {
      if (date !== undefined && date > today)
        found.push({
          path,
          reason: `Unexpected \`${path.join('.')}\` ${date}, a day still to come, expected a day that has come`,
          hint: 'Check the year and month.',
        });
    }
  }
  if (updated !== undefined && updated < published)
    found.push({
      path: ['updated'],
      reason: `Unexpected \`updated\` ${updated}, before \`published\` (${published}), expected the date of a change made after publication`,
    });
  if (source.published !== undefined && source.published > published)
    found.push({
      path: ['source', 'published'],
      reason: `Unexpected \`source.published\` ${source.published}, after the explainer's \`published\` (${published}), expected the source to come out before the explainer of it`,
    });
  if (
    source.retrieved !== undefined &&
    source.published !== undefined &&
    source.retrieved < source.published
  )
    found.push({
      path: ['source', 'retrieved'],
      reason: `Unexpected \`source.retrieved\` ${source.retrieved}, before \`source.published\` (${source.published}), expected the day its text was copied, on or after its publication`,
    });
  return found;
}

/**
 * Tags that cannot have a page of their own: one with no letter or digit (`🙂`, `!!!`) makes no
 * address (its link went to `/tags//`, which is no page), and two that make the same one
 * (`Transport`, `transport`) are one topic, linked twice.
 */
function tagProblems(tags: readonly string[]): Problem[] {
  const found: Problem[] = [];
  const seen = new Map<string, string>();
  tags.forEach((tag, index) => {
    const key = pageKey(tag);
    const earlier = seen.get(key);
    if (!key)
      found.push({
        path: ['tags', index],
        reason: `Unexpected tag \`${tag}\`, expected letters or digits: a topic's page is named by them`,
        hint: "Add a word to the tag (a topic page's address is made of its letters and digits), or remove it.",
      });
    else if (earlier !== undefined)
      found.push({
        path: ['tags', index],
        reason: `Unexpected tag \`${tag}\`, the same topic as \`${earlier}\`, expected each topic once: both would link to one page`,
        hint: 'Keep one of the two.',
        severity: 'warning',
      });
    else seen.set(key, tag);
  });
  return found;
}

export default remarkFrontmatterSchema;
