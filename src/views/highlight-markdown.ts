/**
 * The annotated-Markdown view's highlighting: Shiki with the Markdown and YAML grammars, its
 * JavaScript regex engine and one theme whose colours are CSS variables (`--md-*`, set for both
 * colour schemes in `views.css`, where the contrast test reads them).
 *
 * One theme tokenizes each file once; Astro's `<Code>` with a light and a dark theme tokenized it
 * twice, with the WebAssembly engine. On the benchmark corpus this is 0.7 ms a file against 2.5,
 * with the same tokens (checked on the sample content and 200 benchmark files).
 */
import { createCssVariablesTheme, createHighlighterCore, type HighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

const THEME = 'explainer-source';

let highlighter: Promise<HighlighterCore> | undefined;

function load(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    themes: [createCssVariablesTheme({ name: THEME, variablePrefix: '--md-' })],
    langs: [import('shiki/langs/markdown.mjs'), import('shiki/langs/yaml.mjs')],
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

/** A `<pre class="shiki markdown-source">` of the file's text, every character kept. */
export async function highlightMarkdown(markdown: string): Promise<string> {
  return (await load()).codeToHtml(markdown, {
    lang: 'markdown',
    theme: THEME,
    transformers: [
      {
        pre(node) {
          this.addClassToHast(node, 'markdown-source');
        },
      },
    ],
  });
}
