/**
 * The annotated Markdown view shows the file without the editor's comments (`<!-- … -->` in the
 * body, `# …` in the frontmatter), which neither Markdown nor YAML publishes; comments inside
 * code, YAML strings and block scalars are text and stay.
 */
import { describe, expect, it } from 'vitest';
import { processExplainer } from '../../src/markdown/pipeline.ts';
import { testSettings } from '../helpers/settings.ts';

const FILE = `---
# Private: the council's press office sent the figures.
title: "A # in a string" # check with Ann
summary: |
  # a line of the summary
  more
published: 2026-01-01
source:
  publisher: X   # not the real name
---

Text <!-- inline private note --> here.

<!-- TODO: check the figure
with the council -->

\`<!-- in inline code -->\` and

\`\`\`
<!-- in a code block -->
\`\`\`

End.
`;

describe('the annotated Markdown view', () => {
  it('leaves out the editor’s comments, and only them', async () => {
    const { explainer } = await processExplainer({ path: 'x.md', value: FILE }, testSettings);
    expect(explainer!.markdown).toBe(`---
title: "A # in a string"
summary: |
  # a line of the summary
  more
published: 2026-01-01
source:
  publisher: X
---

Text here.


\`<!-- in inline code -->\` and

\`\`\`
<!-- in a code block -->
\`\`\`

End.
`);
  });

  it('is the file itself when it has no comments', async () => {
    const value = FILE.replace(/ *#(?! in a string| a line).*\n/g, '\n').replace(
      /<!-- [^`]*?-->/g,
      '',
    );
    const { explainer } = await processExplainer({ path: 'x.md', value }, testSettings);
    expect(explainer!.markdown).toBe(value);
  });
});
