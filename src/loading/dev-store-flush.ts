/**
 * The dev server's content store, written out as soon as a reload is done.
 *
 * Astro writes its content store to disk 500 ms after the last change to it (a debounce meant
 * for loaders that set entries one by one as files trickle in), and only then does the dev server
 * drop its cached routes, serve pages from the new store and tell the browser to reload: half a
 * second added to every save of an explainer, most of the editor's loop on small sites. Our
 * loaders reload a whole folder at once, so when they are done there is nothing more to wait for.
 *
 * Astro gives integrations `refreshContent`: a content sync, which ends by writing the store at
 * once. {@link devStoreFlush} keeps it for the loaders, and {@link flushContentStore} runs it for
 * the one loader that is cheap to run again, the content problems' (which notes each run with
 * {@link noteProblemsLoad}). Right after a save Astro reloads its content config, and
 * `refreshContent` does nothing until that is done; so a flush whose sync did not run tries
 * again, for at most the half second Astro's own write would have taken. Kept on `globalThis`: the
 * config and the content loaders are separate module instances in one process.
 */
import type { AstroIntegration } from 'astro';

type RefreshContent = (options: { loaders?: string[] }) => Promise<void>;

const SLOT = Symbol.for('annotated-explainers.dev-store-flush');
const state = ((globalThis as Record<symbol, unknown>)[SLOT] ??= { runs: 0 }) as {
  refresh?: RefreshContent;
  runs: number;
};

/** The name of the content problems' loader (`content-problems.ts`), run by each flush. */
export const PROBLEMS_LOADER = 'content-problems-loader';

/** Called by the content problems' loader each time it loads. */
export function noteProblemsLoad(): void {
  state.runs += 1;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Write the dev server's content store now (no-op in a build, where the sync writes it). Stops
 * asking after `giveUpMs` (by then Astro's own debounced write is due).
 */
export async function flushContentStore(giveUpMs = 500): Promise<void> {
  const refresh = state.refresh;
  if (!refresh) return;
  const until = performance.now() + giveUpMs;
  for (;;) {
    const before = state.runs;
    await refresh({ loaders: [PROBLEMS_LOADER] });
    if (state.runs !== before || performance.now() > until) return;
    await sleep(10);
  }
}

/** The integration that hands `refreshContent` to the loaders in `astro dev`. */
export const devStoreFlush: AstroIntegration = {
  name: 'explainers:dev-store-flush',
  hooks: {
    'astro:server:setup': ({ refreshContent }) => {
      if (refreshContent) state.refresh = refreshContent;
    },
  },
};
