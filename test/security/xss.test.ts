/**
 * No value from content reaches a page as script. A content folder with script in every field an
 * editor controls (frontmatter, body, comments, speaker names, people, ratings, site settings,
 * tags) is built with the real Astro build; every HTML file of the output is parsed and checked,
 * and a browser loads each page that carries a payload and sees none of them run.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastText } from 'hast-util-to-string';
import type { Browser } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyContent, tempDir } from '../bad-input/run-cli.ts';
import { launch } from '../helpers/browser.ts';
import { runBuild } from '../helpers/build.ts';
import { projectRoot } from '../helpers/paths.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';

/** Each sets `window.__xss` (or opens a dialog) if it ever runs. */
const P = {
  script: '<script>window.__xss=1</script>',
  img: '<img src=x onerror="window.__xss=2">',
  attr: '" onmouseover="window.__xss=3" x="',
  close: '</script><script>window.__xss=4</script>',
  title: '</title><script>window.__xss=5</script>',
  alert: '<svg onload=alert(6)>',
};
const ALL = Object.values(P).join(' ');
const y = (s: string) => JSON.stringify(s);
/** A directive attribute value (they have no escapes: the payloads' double quotes need single ones). */
const attr = (s: string) => `'${s}'`;

const explainer = `---
title: ${y(`Title ${P.title} ${P.img}`)}
summary: ${y(`Summary ${P.script} ${P.attr}`)}
published: 2026-01-01
tags: [${y(`tag ${P.script}`)}]
editors: [${y(`Editor ${P.img}`)}]
source:
  publisher: ${y(`Publisher ${P.close}`)}
  url: "https://example.com/a?q=${encodeURIComponent(P.attr)}"
  author: ${y(`Author ${P.attr}`)}
  credit: ${y(`© ${P.alert}`)}
---

Body ${P.script} and ${P.img} and [a link](javascript:window.__xss=7) and <a href="jav&#x09;ascript:window.__xss=8">x</a> and <iframe srcdoc="${P.script}"></iframe>.

He said :quote["something"]{by=${attr(`Speaker ${P.img}`)}} and :claim[a claim]{#c1 by=${attr(`Claimant ${P.script}`)} rating=false}.

:::comment{on=c1}
A comment ${P.script} ${P.img} [link](javascript:alert(9)) ${P.alert}
:::

"A quotation ${P.close}," said Dafydd Pryce.

:::comment
Block comment ${P.title}
:::
`;

const people = `- id: evil-person
  name: ${y(`Evil ${P.img}`)}
  aliases: [${y(`Evil ${P.script}`)}]
  role: ${y(`Role ${P.attr}`)}
`;

const ratings = `scale:
  - id: "false"
    label: ${y(`False ${P.script}`)}
    description: ${y(`Wrong ${P.attr} ${P.close}`)}
    colour: "#8e0000"
`;

const site = `title: ${y(`Site ${P.title}`)}
description: ${y(`Description ${P.img}`)}
language: en
baseUrl: https://example.org
author: ${y(`Desk ${P.script}`)}
`;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('script in content', { timeout: BUILD_TIMEOUT }, () => {
  let outDir: string;
  let pages: string[];
  beforeAll(() => {
    const content = copyContent({
      'explainers/xss.md': explainer,
      'people.yaml': readFileSync(path.join(projectRoot, 'content/people.yaml'), 'utf8') + people,
      'ratings.yaml': ratings,
      'site.yaml': site,
    });
    // The sample explainers rate claims on a scale this folder does not have: make them drafts.
    for (const name of readdirSync(path.join(content, 'explainers'))) {
      if (name !== 'xss.md')
        writeFileSync(
          path.join(content, 'explainers', name),
          '---\ndraft: true\ntitle: x\nsummary: x\npublished: 2026-01-01\nsource:\n  publisher: x\n---\n',
        );
    }
    outDir = tempDir('explainers-xss-');
    const result = runBuild(outDir, { EXPLAINERS_CONTENT: content });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    pages = htmlFiles(outDir);
  }, BUILD_TIMEOUT);

  it('builds pages that show the payloads as text', () => {
    const page = readFileSync(path.join(outDir, 'explainers/xss/index.html'), 'utf8');
    const text = hastText(fromHtml(page));
    expect(text).toContain(`Title ${P.title}`);
    expect(text).toContain(`Speaker ${P.img}`);
    expect(text).toContain('Body  and  and a link and x and .');
    expect(pages.length).toBeGreaterThan(3);
  });

  it('has no script, event handler or javascript: URL from content in any page', () => {
    for (const file of pages) {
      const tree = fromHtml(readFileSync(file, 'utf8'));
      visit(tree, 'element', (element: Element) => {
        const where = `${path.relative(outDir, file)}: <${element.tagName}>`;
        for (const [name, value] of Object.entries(element.properties)) {
          expect(/^on/i.test(name), `${where} ${name}`).toBe(false);
          if (['href', 'src', 'action', 'formAction', 'srcDoc'].includes(name)) {
            expect(String(value), `${where} ${name}`).not.toMatch(
              /^\s*(?:javascript|data|vbscript):/i,
            );
          }
        }
        expect(['iframe', 'object', 'embed', 'base', 'form'], where).not.toContain(element.tagName);
        if (element.tagName === 'script') {
          const code = hastText(element);
          if (element.properties.type === 'application/ld+json')
            expect(() => JSON.parse(code), where).not.toThrow();
          else expect(code, where).not.toContain('__xss');
        }
        if (element.tagName === 'svg') expect(hastText(element), where).not.toContain('alert');
      });
    }
  });

  describe('in a browser', () => {
    let browser: Browser;
    let served: Served;
    beforeAll(async () => {
      browser = await launch();
      served = await serve(outDir);
    });
    afterAll(async () => {
      await browser?.close();
      await served?.close();
    });

    it('runs none of the payloads on any page that carries one', async () => {
      const carriers = pages.filter((file) => readFileSync(file, 'utf8').includes('__xss'));
      expect(carriers.length).toBeGreaterThan(3);
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      for (const file of carriers) {
        const url = served.url + path.relative(outDir, file).replace(/index\.html$/, '');
        await page.goto(url, { waitUntil: 'load' });
        // Hover and focus everything: handlers that wait for a pointer or focus would run now.
        await page.evaluate(() => {
          for (const el of document.querySelectorAll('*')) {
            for (const type of ['mouseover', 'focus', 'click']) {
              if (type === 'click' && el.closest('a[href]')) continue;
              el.dispatchEvent(new Event(type, { bubbles: true }));
            }
          }
        });
        expect(
          await page.evaluate(() => (window as { __xss?: unknown }).__xss),
          url,
        ).toBeUndefined();
      }
      expect(dialogs).toEqual([]);
      expect(ALL).toContain('__xss');
    });
  });
});
