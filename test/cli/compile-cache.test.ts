/**
 * The `explainer` bin turns on Node's compile cache itself (`src/cli/compile-cache.ts`), in
 * `node_modules/.cache/` unless `NODE_COMPILE_CACHE` names a folder, and its modules are read
 * through it. Node's own debug lines (`NODE_DEBUG_NATIVE=COMPILE_CACHE`) say where it is.
 */
import { describe, expect, it } from 'vitest';
import { COMPILE_CACHE_DIR } from '../../src/cli/compile-cache.ts';
import { runCli } from '../bad-input/run-cli.ts';

describe('the explainer bin', () => {
  it('reads its modules through the compile cache in node_modules/.cache', () => {
    // (An empty NODE_COMPILE_CACHE: Node starts without a cache, as for an editor.)
    const result = runCli(['--help'], {
      env: { NODE_COMPILE_CACHE: '', NODE_DEBUG_NATIVE: 'COMPILE_CACHE' },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(`[compile cache] resolved path ${COMPILE_CACHE_DIR} `);
    expect(result.stderr).toMatch(
      /compile cache\].* for StrippedTypeScript .*\/src\/cli\/main\.ts/,
    );
  });
});
