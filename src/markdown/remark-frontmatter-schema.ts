/**
 * Validate the explainer's YAML frontmatter (parsed into a `yaml` node by remark-frontmatter)
 * against the zod schema, and put the result on `file.data.frontmatter`. Each problem becomes an
 * error at the line and column of the field, naming the field and what was expected.
 */
import type { Root, Yaml } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { frontmatterSchema } from '../contract/frontmatter.ts';
import { reporter } from '../contract/messages.ts';
import { opensFrontmatter } from './frontmatter-end.ts';
import { parseYaml } from './yaml-place.ts';

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
    if (result.ok) {
      file.data.frontmatter = result.value;
      return;
    }
    // YAML lines start on the line after the opening `---`.
    const firstLine = (node.position?.start.line ?? 1) + 1;
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

export default remarkFrontmatterSchema;
