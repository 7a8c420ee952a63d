/**
 * The layout is the pipeline: each folder of `src/` is one stage, and a module may import only
 * from its own folder or from a stage below it (the README's "How the code is laid out"). No
 * module may reach itself through its imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from '../../src/loading/code-digest.ts';
import { projectRoot } from '../helpers/paths.ts';

/** Stages in pipeline order: a module may import from its own stage or an earlier one. */
export const STAGES = [
  'src/contract',
  'src/quotes',
  'src/markdown',
  'src/loading',
  'src/indexes',
  'src/exports',
  'src/views',
  'src/components',
  'src/layouts',
  'src/pages',
  'src/content.config.ts',
  'src/cli',
  'scripts',
] as const;

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(projectRoot, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro|json)$/.test(entry.name))
    .map((entry) => path.relative(projectRoot, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith('scripts/bench/baseline/'));
}

/** The stage a project file belongs to (its index in STAGES), or -1 outside them. */
export function stageOf(file: string): number {
  return STAGES.findIndex((stage) => file === stage || file.startsWith(`${stage}/`));
}

const files = ['src', 'scripts'].flatMap(filesUnder);
/** Each module's imports of project files, all as paths from the project root. */
const imports = new Map(
  files.map((file) => {
    const absolute = path.join(projectRoot, file);
    const targets = importsOf(absolute, readFileSync(absolute, 'utf8'));
    return [file, targets.map((target) => path.relative(projectRoot, target))];
  }),
);

describe('the layout by stage', () => {
  it('puts every module of src/ in a stage', () => {
    expect(files.filter((file) => stageOf(file) < 0 && file !== 'src/env.d.ts')).toEqual([]);
  });

  it('has no import from a later stage', () => {
    const upward: string[] = [];
    for (const [file, targets] of imports) {
      for (const target of targets) {
        if (stageOf(target) > stageOf(file)) upward.push(`${file} → ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no circle of imports', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of imports.get(file) ?? []) visit(target, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of imports.keys()) visit(file, []);
    expect(circles).toEqual([]);
  });
});
