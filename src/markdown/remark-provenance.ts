/**
 * Provenance: when the frontmatter records `source.sha256`, the source text must still be the
 * text it was recorded for (see `src/contract/provenance.ts` for exactly what is hashed). A
 * mismatch is reported as `source-changed` at the first paragraph that differs from
 * `source.paragraphs`: an error in an explainer to be published, since its page would show a
 * hash of a text it no longer has; a warning in a draft and in the dev server, where the editor
 * is still pasting and fixing the text. The message gives the new values to record.
 */
import type { Root } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { reporter } from '../contract/messages.ts';
import { firstChangedBlock, paragraphsField, sourceSha256 } from '../contract/provenance.ts';
import { shorten } from '../contract/text.ts';
import { frontmatterPointOf } from './yaml-place.ts';

const report = reporter('remark-provenance');

export interface ProvenanceOptions {
  /** True in the dev server: a changed source is a warning. */
  preview?: boolean;
}

export default function remarkProvenance(options: ProvenanceOptions = {}) {
  return (tree: Root, file: VFile) => {
    const frontmatter = file.data.frontmatter;
    const body = file.data.explainer;
    const recorded = frontmatter?.source.sha256;
    if (!frontmatter || !body || !recorded) return;
    const now = sourceSha256(body.blocks);
    if (now === recorded) return;
    const paragraphs = frontmatter.source.paragraphs?.split(' ');
    const index = paragraphs ? firstChangedBlock(body.blocks, paragraphs) : undefined;
    const block = index === undefined ? undefined : body.blocks[index];
    const last = body.blocks.at(-1);
    let reason: string;
    let place: Point;
    if (block && index !== undefined) {
      reason = `Unexpected change to the source text in paragraph ${index + 1} (\`${shorten(block.text.replace(/\s+/g, ' ').trim(), 40)}\`), expected the text \`source.sha256\` was recorded for`;
      place = { line: block.place.line, column: block.place.column };
    } else if (index !== undefined && last) {
      reason = `Unexpected end of the source text after paragraph ${index}, expected ${paragraphs!.length - index} more paragraph${paragraphs!.length - index === 1 ? '' : 's'} as \`source.sha256\` was recorded`;
      place = { line: last.place.line, column: last.place.column };
    } else {
      reason =
        'Unexpected change to the source text, expected the text `source.sha256` was recorded for';
      place = frontmatterPointOf(tree, ['source', 'sha256']);
    }
    report(file, {
      reason,
      ruleId: 'source-changed',
      place,
      severity: options.preview || frontmatter.draft ? 'warning' : 'error',
      hint: `Restore the article's words; or, if the source really changed, say so under \`corrections\` and record the new text under \`source\`: sha256: "${now}" and paragraphs: "${paragraphsField(body.blocks)}".`,
    });
  };
}
