/**
 * Raw HTML and links in content go through the sanitiser to a safe allow-list: classic script
 * injection vectors, written in the body and in a comment, come out as HTML that cannot run
 * script when a browser parses it (checked by parsing it the way browsers do), and only http(s)
 * and mailto URLs (and links within the page) become links.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as toText } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { processExplainer } from '../../src/markdown/pipeline.ts';
import { allHtml, expectSafeHtml } from '../bad-input/cases.ts';
import { minimalFrontmatter, testSettings } from '../helpers/settings.ts';

const VECTORS = [
  '<a href="javascript&colon;alert(1)">a</a>',
  '<a href=" javascript:alert(1)">a</a>',
  '<a href="&#106;avascript:alert(1)">a</a>',
  '<a href="java\tscript:alert(1)">a</a>',
  '<a href="vbscript:msgbox(1)">a</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">a</a>',
  '<img src="x" onload="alert(1)" onerror="alert(1)">',
  '<img srcset="javascript:alert(1) 1x">',
  '<body onload="alert(1)">',
  '<div style="background:url(javascript:alert(1))">styled</div>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<input autofocus onfocus="alert(1)">',
  '<details open ontoggle="alert(1)"><summary>s</summary></details>',
  '<table background="javascript:alert(1)"><tr><td>t</td></tr></table>',
  '<template><script>alert(1)</script></template>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<svg><a xlink:href="javascript:alert(1)"><text>t</text></a></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="https://ok.example" target="_blank" onclick="alert(1)">ok</a>',
  '[md](<javascript:alert(1)>) ![img](javascript:alert(1) "t") [ref][bad]\n\n[bad]: javascript:alert(1)',
];

/** The HTML of `body` as a block, and (unless it marks a span) as a comment. */
async function render(body: string, inComment = true, settings = testSettings) {
  const comment = inComment ? `\n\n:::comment\n${body}\n:::` : '';
  const result = await processExplainer(
    { path: 'x.md', value: `${minimalFrontmatter}Before.\n\n${body}${comment}\n` },
    settings,
  );
  expect(result.explainer).toBeDefined();
  return allHtml(result);
}

describe('sanitised HTML', () => {
  for (const vector of VECTORS) {
    it(`makes safe: ${vector.slice(0, 60)}`, async () => {
      for (const html of await render(vector)) {
        expectSafeHtml(html);
        // And still safe once a browser has parsed and re-serialised it (mutation XSS).
        const reparsed = fromHtml(html, { fragment: true });
        for (const el of selectAll('*', reparsed)) {
          expect(Object.keys(el.properties).some((name) => /^on/i.test(name))).toBe(false);
        }
      }
    });
  }

  it('keeps http(s), mailto and same-page links, and drops the rest but keeps their text', async () => {
    const [, block] = await render(
      '[web](https://example.com/a) [mail](mailto:desk@example.com) [here](#p-before) [rel](other/page.html) [ftp](ftp://example.com/f)',
    );
    const links = selectAll('a', fromHtml(block!, { fragment: true })).map((a) =>
      String(a.properties.href),
    );
    expect(links).toEqual(['https://example.com/a', 'mailto:desk@example.com', '#p-before']);
    expect(block).toContain('rel');
    expect(block).toContain('ftp');
  });

  it('keeps the ids of our own marks but not of raw <mark> elements', async () => {
    const [, block] = await render(
      ':claim[ours]{#ours rating=false} and <mark id="p-before" aria-details="x">theirs</mark>',
      false,
    );
    const marks = selectAll('mark', fromHtml(block!, { fragment: true }));
    expect(marks.map((m) => m.properties.id)).toEqual(['ours']);
    expect(block).toContain('theirs');
  });

  describe('remote images', () => {
    const IMAGES =
      '![a chart](https://t.example/chart.png) <img src="https://t.example/px.gif" alt="pixel"> [![linked](https://t.example/l.png)](https://example.com/) <picture><source srcset="https://t.example/s.png"><img src="https://t.example/p.png" alt="pic"></picture>';

    /** What the editor is told about each remote image (`remote-image`, an info). */
    const remoteImageInfos = async (settings = testSettings) => {
      const { file } = await processExplainer(
        { path: 'x.md', value: `${minimalFrontmatter}${IMAGES}\n` },
        settings,
      );
      return file.messages
        .filter((m) => m.ruleId === 'remote-image')
        .map((m) => [m.fatal, /`([^`]*)`/.exec(m.reason)?.[1]]);
    };

    it('are off by default: alt text and a link to the image, nothing that loads', async () => {
      // Each image shown as a link is named to the editor, as an info.
      expect(await remoteImageInfos()).toEqual(
        ['chart.png', 'px.gif', 'l.png', 'p.png'].map((name) => [
          undefined,
          `https://t.example/${name}`,
        ]),
      );
      const [, block] = await render(IMAGES, false);
      const tree = fromHtml(block!, { fragment: true });
      expect(selectAll('img, source', tree)).toEqual([]);
      expect(selectAll('a', tree).map((a) => [a.properties.href, toText(a)])).toEqual([
        ['https://t.example/chart.png', 'a chart'],
        ['https://t.example/px.gif', 'pixel'],
        ['https://example.com/', 'linked'],
        ['https://t.example/p.png', 'pic'],
      ]);
    });

    it('load, when allowed, with no referrer and lazily', async () => {
      const settings = { ...testSettings, site: { ...testSettings.site, remoteImages: true } };
      expect(await remoteImageInfos(settings)).toEqual([]);
      const [, block] = await render(IMAGES, false, settings);
      const tree = fromHtml(block!, { fragment: true });
      const images = selectAll('img', tree);
      expect(images).toHaveLength(4);
      for (const img of images) {
        expect(img.properties.referrerPolicy).toBe('no-referrer');
        expect(img.properties.loading).toBe('lazy');
      }
      expect(selectAll('source', tree)).toEqual([]);
    });
  });
});
