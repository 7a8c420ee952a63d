/**
 * The dev server's store flush: after a reload the loader asks Astro (through the
 * `refreshContent` its integration was given) for a sync that runs only the content problems'
 * loader, and asks again while Astro skips it (it does while reloading its content config). No
 * timing is checked: only which syncs are asked for and when the flush stops asking.
 */
import { describe, expect, it } from 'vitest';
import {
  devStoreFlush,
  flushContentStore,
  noteProblemsLoad,
  PROBLEMS_LOADER,
} from '../../src/loading/dev-store-flush.ts';

/** Hand `refresh` to the flush, as Astro's dev server does at start-up. */
function setUp(refresh: (options: { loaders?: string[] }) => Promise<void>): void {
  const hook = devStoreFlush.hooks['astro:server:setup'] as unknown as (options: {
    refreshContent: typeof refresh;
  }) => void;
  hook({ refreshContent: refresh });
}

describe('the dev store flush', () => {
  it('asks for a sync of the content problems loader only, once when it runs', async () => {
    const asked: Array<string[] | undefined> = [];
    setUp(async ({ loaders }) => {
      asked.push(loaders);
      noteProblemsLoad();
    });
    await flushContentStore();
    expect(asked).toEqual([[PROBLEMS_LOADER]]);
  });

  it('asks again while Astro skips the sync, and stops once it has run', async () => {
    let calls = 0;
    setUp(async () => {
      calls += 1;
      // Astro's refreshContent does nothing while its content config reloads.
      if (calls >= 3) noteProblemsLoad();
    });
    // A bound no machine reaches here: the verdict does not depend on speed.
    await flushContentStore(600_000);
    expect(calls).toBe(3);
  });

  it('gives up when the sync never runs (Astro then writes the store itself)', async () => {
    let calls = 0;
    setUp(async () => {
      calls += 1;
    });
    await flushContentStore(0);
    expect(calls).toBe(1);
  });
});
