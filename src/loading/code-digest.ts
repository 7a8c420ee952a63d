/**
 * The code a model is made by: every project module the content loader reaches through relative
 * imports (static, dynamic, and `new URL(…, import.meta.url)` for the worker thread), found by
 * following them from the loader itself, plus the lockfile for the installed packages. The
 * loader's cache key includes their text, so editing (or moving) any module the pipeline loads
 * makes every explainer be processed again, whatever folder it lives in.
 *
 * The scan reads specifiers, not syntax: a specifier in a comment or a type-only import counts
 * too. That can only add a module, which costs a rebuild, never a stale page.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\bnew\s+URL\(\s*)(['"])(\.{1,2}\/[^'"\n]+)\1/g;

/** The relative specifiers a module's text names, resolved against its own path (none for data). */
export function importsOf(file: string, text: string): string[] {
  if (!/\.([cm]?[jt]s|astro)$/.test(file)) return [];
  const found: string[] = [];
  for (const match of text.matchAll(SPECIFIER)) {
    found.push(path.resolve(path.dirname(file), match[2]!));
  }
  return found;
}

/** Every module reachable from `entry` by relative imports, sorted by path. */
export function moduleClosure(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    pending.push(...importsOf(file, readFileSync(file, 'utf8')));
  }
  return [...seen].sort();
}

/** The text of every module `entry` reaches, and of the lockfile, each under its path. */
export function pipelineCode(root: string, entry: string): string {
  const files = moduleClosure(entry).concat(path.join(root, 'package-lock.json'));
  return files
    .filter((file) => existsSync(file))
    .map((file) => `${path.relative(root, file)}\n${readFileSync(file, 'utf8')}`)
    .join('\n');
}
