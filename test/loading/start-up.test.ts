/**
 * What every build pays before any explainer is read: the config (`astro.config.mjs`) and the
 * build script (`src/cli/build.ts`) load no more than a good build needs. The pipeline (every
 * plugin, the attribution and its word lists) is loaded once, by the content loader; the config's
 * Markdown processor loads it (and `@astrojs/markdown-remark`) only when Astro renders Markdown
 * itself, which no page does, and the build script only when a page failed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';
import { testFreeEnv } from '../helpers/build.ts';
import { WORK_TIMEOUT } from '../helpers/timeouts.ts';

/** Modules of these folders make up the pipeline and what only pages use. */
const HEAVY = /^src\/(markdown|quotes|indexes|exports|views)\//;

/**
 * In a fresh Node process: every module the config loads, then every module loaded once its
 * Markdown processor has rendered `markdown`, and the HTML.
 */
function loadConfig(markdown: string): { atLoad: string[]; afterRender: string[]; html: string } {
  const script = `
    import module from 'node:module';
    const seen = [];
    module.registerHooks({
      resolve(specifier, context, next) {
        const resolved = next(specifier, context);
        seen.push(resolved.url);
        return resolved;
      },
    });
    const { default: config } = await import(${JSON.stringify(pathToFileURL(path.join(projectRoot, 'astro.config.mjs')).href)});
    const atLoad = [...seen];
    const renderer = await config.markdown.processor.createRenderer({});
    const { code } = await renderer.render(${JSON.stringify(markdown)});
    console.log(JSON.stringify({ atLoad, afterRender: seen, html: code }));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: projectRoot,
    env: { ...testFreeEnv(), EXPLAINERS_CONTENT: path.join(projectRoot, 'content') },
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(child.stderr);
  const result = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
    atLoad: string[];
    afterRender: string[];
    html: string;
  };
  const relative = (urls: string[]) =>
    urls.map((url) =>
      url.startsWith('file:') ? path.relative(projectRoot, new URL(url).pathname) : url,
    );
  return {
    atLoad: relative(result.atLoad),
    afterRender: relative(result.afterRender),
    html: result.html,
  };
}

/**
 * The project modules `entry` loads by static imports, before any of its code runs (type-only
 * imports and `import()` left out), relative to the project root.
 */
function staticImports(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [path.join(projectRoot, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(
      /^(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gms,
    )) {
      pending.push(path.resolve(path.dirname(file), specifier!));
    }
  }
  return [...seen].map((file) => path.relative(projectRoot, file));
}

describe('start-up of a build', () => {
  it(
    'the config loads neither the pipeline nor the Markdown processor; rendering Markdown loads both and runs our plugins',
    () => {
      const { atLoad, afterRender, html } = loadConfig(
        'The minister said "we will act" and :claim[spending rose 5%]{#rise rating=false}.',
      );
      // The settings are read (`site` is their base URL), with their YAML's places for messages.
      expect(atLoad).toContain('src/markdown/yaml-place.ts');
      expect(atLoad.filter((file) => HEAVY.test(file) && !file.endsWith('/yaml-place.ts'))).toEqual(
        [],
      );
      expect(atLoad.filter((url) => url.includes('@astrojs/markdown-remark'))).toEqual([]);
      expect(afterRender).toContain('src/markdown/pipeline.ts');
      // Our plugins ran (the claim is marked), and no smart quotes changed the text.
      expect(html).toContain('<mark>spending rose 5%</mark>');
      expect(html).toContain('"we will act"');
    },
    WORK_TIMEOUT,
  );

  it('the build script loads the pipeline and the pages’ modules only when a page failed', () => {
    const loaded = staticImports('src/cli/build.ts');
    expect(loaded).toEqual(
      expect.arrayContaining(['src/cli/output-folder.ts', 'src/cli/search-index.ts']),
    );
    expect(loaded.filter((file) => HEAVY.test(file) || file.startsWith('src/loading/'))).toEqual(
      [],
    );
  });
});
