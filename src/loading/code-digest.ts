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
import { existsSync, readFileSync, statSync } from 'node:fs';
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

/** Every module reachable from `entry` by relative imports, and the named ones that are missing. */
function closure(entry: string): { found: string[]; missing: string[] } {
  const seen = new Set<string>();
  const missing = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file) || missing.has(file)) continue;
    if (!existsSync(file)) {
      missing.add(file);
      continue;
    }
    seen.add(file);
    pending.push(...importsOf(file, readFileSync(file, 'utf8')));
  }
  return { found: [...seen].sort(), missing: [...missing] };
}

/** Every module reachable from `entry` by relative imports, sorted by path. */
export function moduleClosure(entry: string): string[] {
  return closure(entry).found;
}

/** A file's identity for the memo below: its size and change time in nanoseconds, or missing. */
function stamp(file: string): string {
  const stat = statSync(file, { bigint: true, throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}` : 'missing';
}

/**
 * The last result per root and entry, with the files it read (and the missing ones it was
 * pointed to) and their stamps. The dev server asks on every save; while none of those files
 * changed (a new module can only be reached through an import added to one of them), the answer
 * is the same without reading them again.
 */
const memo = new Map<string, { files: string[]; stamps: string[]; code: string }>();

/** The text of every module `entry` reaches, and of the lockfile, each under its path. */
export function pipelineCode(root: string, entry: string): string {
  const key = `${root}\n${entry}`;
  const known = memo.get(key);
  if (known && known.files.every((file, i) => stamp(file) === known.stamps[i])) return known.code;
  const { found, missing } = closure(entry);
  const files = found.concat(path.join(root, 'package-lock.json'));
  // A missing module that appears later changes the code too: watch it as well.
  const watched = files.concat(missing);
  const stamps = watched.map(stamp);
  const code = files
    .filter((file) => existsSync(file))
    .map((file) => `${path.relative(root, file)}\n${readFileSync(file, 'utf8')}`)
    .join('\n');
  memo.set(key, { files: watched, stamps, code });
  return code;
}
