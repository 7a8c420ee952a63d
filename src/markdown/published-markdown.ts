/**
 * The explainer's Markdown as its page shows it (the annotated Markdown view): the file without
 * the editor's comments, `<!-- … -->` in the body and `# …` in the frontmatter. Markdown and
 * YAML both keep those out of what they publish, and an editor writes in them what readers are
 * not meant to read ("TODO: check the figure with the council", a source's name); the view showed
 * them word for word. A line that held only a comment goes with it. Comments inside code, a YAML
 * string or a block scalar are text, and stay.
 */
import type { Root } from 'mdast';
import { Parser } from 'yaml';
import { visit } from './walk.ts';

/** Start and end offsets of each comment in the file. */
type Range = [start: number, end: number];

/** The offsets of every YAML comment token in `yaml` (its concrete syntax tree). */
function yamlComments(yaml: string, base: number): Range[] {
  const found: Range[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    const token = node as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number') {
      const start = base + token.offset;
      found.push([start, start + String(token.source).length]);
      return;
    }
    for (const value of Object.values(node)) walk(value);
  };
  for (const token of new Parser().parse(yaml)) walk(token);
  return found;
}

/** HTML that is one comment and nothing else. */
function isOneComment(html: string): boolean {
  const value = html.trimEnd();
  return value.startsWith('<!--') && value.indexOf('-->', 4) === value.length - 3;
}

/** `text` without the comments in `tree` (its parsed Markdown, positions included). */
export function publishedMarkdown(text: string, tree: Root): string {
  const ranges: Range[] = [];
  // Most files have neither: no walk, no second parse of the frontmatter.
  const yaml = tree.children[0];
  const yamlStart = yaml?.position?.start.offset;
  if (yaml?.type === 'yaml' && yamlStart !== undefined && yaml.value.includes('#')) {
    // The value starts on the line after the opening `---`.
    const base = text.indexOf('\n', yamlStart) + 1;
    ranges.push(...yamlComments(text.slice(base, base + yaml.value.length), base));
  }
  if (text.includes('<!--'))
    visit(tree, 'html', (node) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined && isOneComment(node.value))
        ranges.push([start, end]);
    });
  if (ranges.length === 0) return text;
  let out = '';
  let from = 0;
  for (let [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    // Spaces before a trailing comment go too; a line left empty goes whole.
    while (start > from && (text[start - 1] === ' ' || text[start - 1] === '\t')) start -= 1;
    const lineStart = start === 0 || text[start - 1] === '\n';
    const eol = text.indexOf('\n', end);
    const restBlank = /^[ \t\r]*$/.test(text.slice(end, eol === -1 ? text.length : eol));
    if (lineStart && restBlank) end = eol === -1 ? text.length : eol + 1;
    out += text.slice(from, start);
    from = end;
  }
  return out + text.slice(from);
}
