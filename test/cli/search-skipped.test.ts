/**
 * The search step gives Pagefind each explainer page without the elements Pagefind skips whole
 * (`pagefindReads` in `src/cli/search-part.ts`): the sample site's pages lose their other views
 * and index to the same bundle, byte for byte, as the pages whole; and the cut takes exactly the
 * marked elements, nested or not, and leaves a page alone where it cannot be sure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexPart, pagefindReads, type PartPage } from '../../src/cli/search-part.ts';
import { tempDir } from '../bad-input/run-cli.ts';
import { folderBytes } from '../helpers/folder-bytes.ts';
import { sampleSite } from '../helpers/sample-site.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';

const SKIP = 'data-pagefind-ignore="all"';

describe('what Pagefind reads of a page', () => {
  it('cuts every element marked to be skipped whole, with what it holds', () => {
    expect(
      pagefindReads(
        `<article data-pagefind-body><p>Kept.</p><section id="a" ${SKIP}><h2>A</h2><section><p>Inner</p></section><p>Still A</p></section><p>Kept too.</p><div ${SKIP}><div>x</div></div><section class="b" ${SKIP} tabindex="-1"></section></article>`,
      ),
    ).toBe('<article data-pagefind-body><p>Kept.</p><p>Kept too.</p></article>');
  });

  it('reads tags in attribute values, comments and raw text as what they are', () => {
    const skipped = [
      `<section ${SKIP}><a title="</section><p>not a tag">x</a></section>`,
      `<section ${SKIP}><span title='<section x="1">'>y</span></section>`,
      `<section ${SKIP}><!-- </section> --></section>`,
      `<section ${SKIP}><script type="application/ld+json">{"a": "</section>"}</script></section>`,
      `<section ${SKIP}><section/><p>z</p></section>`,
    ];
    for (const element of skipped)
      expect(pagefindReads(`<p>Before</p>${element}<p>After</p>`)).toBe(
        '<p>Before</p><p>After</p>',
      );
  });

  it('leaves what is only ignored for its words, and the attribute written as text', () => {
    const pages = [
      '<div data-pagefind-ignore><p>Filters still read</p></div>',
      '<p data-pagefind-ignore="index">Kept</p>',
      `<p>Write ${SKIP} to skip an element.</p>`,
      `<p title="${SKIP}">The attribute inside another's value</p>`,
      `<p title='a ${SKIP}'>The same in single quotes</p>`,
      `<p class="a"${SKIP}>No space before it</p>`,
      `<section ${SKIP}><section>Never closed</section>`,
      `<section ${SKIP}><script>never closed</section>`,
    ];
    for (const page of pages) expect(pagefindReads(page)).toBe(page);
  });

  it(
    "indexes the sample site's pages, cut, to the same bundle as whole",
    async () => {
      const { outDir } = await sampleSite();
      const whole: PartPage[] = readdirSync(path.join(outDir, 'explainers')).map((slug) => {
        const sourcePath = `explainers/${slug}/index.html`;
        return { sourcePath, content: readFileSync(path.join(outDir, sourcePath), 'utf8') };
      });
      const cut = whole.map((page) => ({ ...page, content: pagefindReads(page.content) }));
      expect(whole.length).toBeGreaterThan(3);
      for (const [i, page] of cut.entries()) {
        expect(whole[i]!.content).toContain(SKIP);
        expect(page.content).not.toContain(SKIP);
        expect(page.content.length).toBeLessThan(whole[i]!.content.length * 0.8);
      }
      const [one, two] = [
        tempDir('explainers-pagefind-whole-'),
        tempDir('explainers-pagefind-cut-'),
      ];
      await indexPart({ forceLanguage: 'en', records: [], pages: whole, outputPath: one });
      await indexPart({ forceLanguage: 'en', records: [], pages: cut, outputPath: two });
      const bundle = folderBytes(two);
      expect([...bundle.keys()].filter((file) => file.endsWith('.pf_fragment'))).not.toEqual([]);
      expect(bundle).toEqual(folderBytes(one));
    },
    BUILD_TIMEOUT,
  );
});
