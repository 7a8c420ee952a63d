/**
 * Node's compile cache for a command of ours (`module.enableCompileCache`): the type-stripped and
 * compiled code of every module is kept in `node_modules/.cache/` (or `$NODE_COMPILE_CACHE`) and
 * reused by the next run, so a command does not strip the types of the project's TypeScript and
 * compile it again each time: an `explainer check` of one file took 1.1–1.4 s of wall time and
 * 1.5–1.8 s of CPU without it, 1.0–1.2 s and 1.2–1.4 s with it. Call before the command's modules
 * are imported. A cache that cannot be written (a read-only folder) is only not used; an empty
 * `NODE_COMPILE_CACHE` counts as none (given to Node as a folder, it is the working folder).
 */
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's compile cache, when `NODE_COMPILE_CACHE` names none (the tests' processes too). */
export const COMPILE_CACHE_DIR = path.join(
  fileURLToPath(new URL('../../', import.meta.url)),
  'node_modules/.cache/explainers-node-compile-cache',
);

export function useCompileCache(): void {
  module.enableCompileCache(process.env.NODE_COMPILE_CACHE || COMPILE_CACHE_DIR);
}
