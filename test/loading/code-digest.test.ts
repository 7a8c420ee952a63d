/**
 * The loader's cache key covers the code that makes models: every module the loader reaches by
 * import, wherever it lives. Changing a detector file changes the key (so every explainer is
 * processed again); changing a page does not; moving a module changes it too.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleClosure, pipelineCode } from '../../src/loading/code-digest.ts';
import { projectRoot } from '../helpers/paths.ts';

/** A copy of the project's `src/` and lockfile to edit. */
function copyProject(): { root: string; loader: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'explainers-code-'));
  cpSync(path.join(projectRoot, 'src'), path.join(root, 'src'), { recursive: true });
  cpSync(path.join(projectRoot, 'package-lock.json'), path.join(root, 'package-lock.json'));
  return { root, loader: path.join(root, 'src/loading/loader.ts') };
}

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('the code digest', () => {
  it('reaches the pipeline, the detector, its data and the worker thread from the loader', () => {
    const loader = path.join(projectRoot, 'src/loading/loader.ts');
    const reached = moduleClosure(loader).map((file) => path.relative(projectRoot, file));
    expect(reached).toEqual(
      expect.arrayContaining([
        'src/markdown/pipeline.ts',
        'src/markdown/remark-quotes.ts',
        'src/quotes/attribution.ts',
        'src/quotes/data/locales.json',
        'src/contract/explainer.ts',
        'src/loading/pipeline-worker.ts',
      ]),
    );
    expect(reached.filter((file) => /^src\/(pages|components|views)\//.test(file))).toEqual([]);
  });

  it('changes when a detector file changes, and not when a page does', () => {
    const { root, loader } = copyProject();
    const before = pipelineCode(root, loader);
    edit(path.join(root, 'src/pages/[...page].astro'), (text) => `${text}\n<!-- edited -->\n`);
    expect(pipelineCode(root, loader)).toBe(before);
    const detector = moduleClosure(loader).find((file) => file.includes('/src/quotes/'))!;
    edit(detector, (text) => `${text}\n// edited\n`);
    expect(pipelineCode(root, loader)).not.toBe(before);
  });

  it('changes when a module the pipeline loads moves to another folder', () => {
    const { root, loader } = copyProject();
    const before = pipelineCode(root, loader);
    const from = path.join(root, 'src/markdown/remark-claims.ts');
    const to = path.join(root, 'src/markdown/plugins/remark-claims.ts');
    cpSync(from, to);
    renameSync(from, `${from}.moved`);
    edit(path.join(root, 'src/markdown/pipeline.ts'), (text) =>
      text.replace("'./remark-claims.ts'", "'./plugins/remark-claims.ts'"),
    );
    const after = pipelineCode(root, loader);
    expect(after).not.toBe(before);
    expect(after).toContain('src/markdown/plugins/remark-claims.ts');
  });

  it('is read again when a module changes, and when a module it named but was missing appears', () => {
    const { root, loader } = copyProject();
    const first = pipelineCode(root, loader);
    expect(pipelineCode(root, loader)).toBe(first);
    const pipeline = path.join(root, 'src/markdown/pipeline.ts');
    edit(pipeline, (text) => `import './remark-later.ts';\n${text}`);
    const named = pipelineCode(root, loader);
    expect(named).not.toBe(first);
    expect(named).not.toContain('src/markdown/remark-later.ts');
    writeFileSync(path.join(root, 'src/markdown/remark-later.ts'), 'export const later = 1;\n');
    expect(pipelineCode(root, loader)).toContain('src/markdown/remark-later.ts');
  });
});
