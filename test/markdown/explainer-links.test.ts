/**
 * Links from one explainer to another by its file (`[words](other.md)`): the page links to that
 * explainer's page under the base path, the model notes each link where it is written (for the
 * loader and `check` to look up), and every other relative link is still refused (`unsafe-url`),
 * as is a site path written as raw HTML.
 */
import { describe, expect, it } from 'vitest';
import { explainerFileLink } from '../../src/contract/site-paths.ts';
import { processExplainer } from '../../src/markdown/pipeline.ts';
import { minimalFrontmatter, testSettings } from '../helpers/settings.ts';

/** The first line of the body, after `minimalFrontmatter`'s seven lines. */
const BODY = 8;

async function processed(body: string, basePath?: string) {
  const { explainer, file } = await processExplainer(
    { path: 'x.md', value: `${minimalFrontmatter}${body}` },
    { ...testSettings, basePath },
  );
  const model = explainer ?? file.data.explainer!;
  const html = [
    ...model.blocks.map((b) => b.html),
    ...model.annotations.flatMap((a) => (a.kind === 'comment' ? [a.html] : [])),
  ].join('\n');
  const messages = file.messages.map((m) => [m.ruleId, m.line, m.column]);
  return { html, links: explainer?.links, messages };
}

describe('links to other explainers by their files', () => {
  it('link to the explainer page under the base path, with the fragment as written', async () => {
    const { html, links, messages } = await processed(
      'See [the check](other.md#fully-funded), [the list](./waiting-list.md) and [ref][r].\n\n[r]: other.md\n',
      '/fact-checks',
    );
    expect(messages).toEqual([]);
    expect(html).toContain('<a href="/fact-checks/explainers/other/#fully-funded">the check</a>');
    expect(html).toContain('<a href="/fact-checks/explainers/waiting-list/">the list</a>');
    expect(html).toContain('<a href="/fact-checks/explainers/other/">ref</a>');
    // Our marker does not reach the page.
    expect(html).not.toContain('data-explainer-own');
    expect(links).toEqual([
      { slug: 'other', written: 'other.md#fully-funded', line: BODY, column: 5 },
      { slug: 'waiting-list', written: './waiting-list.md', line: BODY, column: 41 },
      { slug: 'other', written: 'other.md', line: BODY, column: 75 },
    ]);
  });

  it('take a file name as the slug the loader gives it, and work in a comment', async () => {
    const { html, links } = await processed(
      ':::comment\nAs [we found](<Waiting List 2026.md>).\n:::\n\nText.\n',
    );
    expect(html).toContain('<a href="/explainers/waiting-list-2026/">we found</a>');
    expect(links?.map((l) => l.slug)).toEqual(['waiting-list-2026']);
  });

  it('leave every other relative link refused, and a site path in raw HTML too', async () => {
    const { html, links, messages } = await processed(
      '[up](../other.md) [in](notes/other.md) [query](other.md?x=1) [site](/explainers/other/) <a href="/explainers/other/">raw</a>\n',
    );
    expect(links).toBeUndefined();
    expect(html).not.toContain('href');
    expect(messages).toEqual([
      ['unsafe-url', BODY, 1],
      ['unsafe-url', BODY, 19],
      ['unsafe-url', BODY, 40],
      ['unsafe-url', BODY, 62],
      ['unsafe-url', BODY, 89],
    ]);
  });

  it("point a refused relative link's editor to the file name, and only a relative one", async () => {
    const { file } = await processExplainer(
      {
        path: 'x.md',
        value: `${minimalFrontmatter}[a](/explainers/other/) [b](ftp://x.org/a.md)\n`,
      },
      testSettings,
    );
    const [relative, other] = file.messages.map((m) => m.note);
    expect(relative).toContain('write its file name, e.g. [words](other-explainer.md)');
    expect(other).not.toContain('file name');
  });

  it('tell a file link from any other URL', () => {
    expect(explainerFileLink('a.md')).toEqual({ file: 'a.md', fragment: '' });
    expect(explainerFileLink('./a.markdown#x')).toEqual({ file: 'a.markdown', fragment: '#x' });
    expect(explainerFileLink('%C3%BC.md')).toEqual({ file: 'ü.md', fragment: '' });
    for (const url of ['javascript:a.md', 'https://x.org/a.md', 'a.txt', 'a/b.md', '%E0.md', ''])
      expect(explainerFileLink(url), url).toBeUndefined();
  });
});
