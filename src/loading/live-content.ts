/**
 * The dev server's live view of the content, so a save shows without waiting for Astro.
 *
 * Astro's dev server serves pages from its content store as last written to disk, and it writes
 * the store 500 ms after the last change a loader made to it (a fixed debounce), then tells the
 * browser to reload: most of the editor's loop (save to updated page) was that wait. In `npm run
 * dev` our loaders (`loader.ts`, `content-problems.ts`) also publish each collection here, in
 * memory, when they finish loading; the pages read it (`src/views/explainers.ts`,
 * `src/views/settings.ts`, `ContentProblems.astro`) and fall back to Astro's store in a build,
 * where nothing is published. When a reload changed what the pages show, the
 * {@link liveContentReload} integration clears Astro's cache of `getStaticPaths` and tells the
 * browser to reload, as Astro does after writing its store; Astro's own reload, half a second
 * later, brings nothing new and is dropped, so the browser reloads once per save.
 *
 * The loaders run in Astro's content environment and the pages in its server environment: each
 * has its own copy of this module in one process, so the state is kept on `globalThis`.
 */
import type { AstroIntegration } from 'astro';
import { devMark } from './dev-timing.ts';

/** An entry as a loader stored it (what `getCollection` gives the pages, less the collection). */
export interface LiveEntry {
  id: string;
  data: Record<string, unknown>;
  digest?: string | number;
}

interface Published {
  entries: readonly LiveEntry[];
  signature: readonly string[];
}

interface Live {
  /** What the pages read. */
  collections: Map<string, Published>;
  /** Published by a loader while others were still reloading: shown when the last is done. */
  pending: Map<string, Published>;
  /** Loader reloads started and not finished (the loaders reload together on one save). */
  busy: number;
  /** Set by the integration once the dev server runs: clears caches, reloads the browser. */
  announce?: () => void;
  /** Set by the integration: reloads the browser. */
  reload?: () => void;
  /** A reload the integration held back while loaders were reloading: owed when they are done. */
  owed?: boolean;
}

const KEY = Symbol.for('annotated-explainers.live-content');
const live = (): Live =>
  ((globalThis as Record<symbol, unknown>)[KEY] ??= {
    collections: new Map(),
    pending: new Map(),
    busy: 0,
  }) as Live;

/**
 * What of an entry the pages see: a change to it must reach them. Made once per entry object
 * (Astro's store makes a new one for each entry a loader sets, and keeps the others), so a save
 * among 1,000 explainers serialises one entry, not every one.
 */
const entrySignatures = new WeakMap<LiveEntry, string>();
const signatureOf = (entries: readonly LiveEntry[]) =>
  entries.map((entry) => {
    let signature = entrySignatures.get(entry);
    if (signature === undefined) {
      signature = JSON.stringify([entry.id, entry.digest ?? null, entry.data]);
      entrySignatures.set(entry, signature);
    }
    return signature;
  });

const sameSignature = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((signature, i) => signature === b[i]);

/**
 * Publish a collection's entries as the pages should see them now (dev only: the loaders call
 * this when they have a watcher). They are shown when no other loader is still reloading.
 */
export function publishCollection(name: string, entries: readonly LiveEntry[]): void {
  const state = live();
  const signature = signatureOf(entries);
  const shown = state.pending.get(name) ?? state.collections.get(name);
  if (shown && sameSignature(shown.signature, signature)) return;
  state.pending.set(name, { entries, signature });
  if (state.busy === 0) show();
}

/** The entries of a collection published in this dev server, if any (never in a build). */
export function liveCollection(name: string): readonly LiveEntry[] | undefined {
  return live().collections.get(name)?.entries;
}

/**
 * Count a loader's reload as coming; call the function it returns when that reload is done. Call
 * it in the same tick as the save's watcher event, so that what the loaders reloading for one
 * save publish is shown at once, when the last of them is done.
 */
export function reloadComing(): () => void {
  const state = live();
  state.busy += 1;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    state.busy -= 1;
    if (state.busy === 0 && !show() && state.owed) {
      state.owed = false;
      state.reload?.();
    }
  };
}

/**
 * Show every pending collection, and in the same tick clear Astro's cache of `getStaticPaths`
 * and reload the browser: no page can be served from a mix of old and new content.
 */
function show(): boolean {
  const state = live();
  if (state.pending.size === 0) return false;
  for (const [name, published] of state.pending) state.collections.set(name, published);
  state.pending.clear();
  devMark('live content shown');
  state.owed = false;
  state.announce?.();
  return true;
}

/**
 * How long a browser reload that is not ours waits to see whether the loaders are reloading
 * (they start in the same turn as the save's watcher event, which sent it).
 */
const HOLD_MS = 20;

/** The server environments whose cache of `getStaticPaths` Astro clears on a content change. */
const SERVER_ENVIRONMENTS = ['ssr', 'prerender'];

/**
 * In `astro dev`: clear the route cache and reload the browser when the live content changes,
 * and drop the browser reload Astro sends after writing its store (the pages already show what
 * it holds). Does nothing in a build.
 */
export function liveContentReload(): AstroIntegration {
  return {
    name: 'explainers:live-content',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const client = server.environments.client;
        if (!client) return;
        let ours = false;
        let astroStoreWritten = false;
        for (const name of SERVER_ENVIRONMENTS) {
          const hot = server.environments[name]?.hot;
          if (!hot) continue;
          const send = hot.send.bind(hot) as (...args: unknown[]) => void;
          hot.send = ((...args: unknown[]) => {
            // Astro announces a written store to the server environments, then to the browser,
            // in one go (`invalidateDataStore`).
            if (!ours && args[0] === 'astro:content-changed') {
              astroStoreWritten = true;
              queueMicrotask(() => (astroStoreWritten = false));
            }
            send(...args);
          }) as typeof hot.send;
        }
        const clientSend = client.hot.send.bind(client.hot) as (...args: unknown[]) => void;
        client.hot.send = ((...args: unknown[]) => {
          const payload = args[0] as { type?: string } | undefined;
          if (astroStoreWritten && payload?.type === 'full-reload') {
            astroStoreWritten = false;
            return;
          }
          if (payload?.type === 'full-reload') {
            // A reload sent on the save itself (after a content error, every file change
            // reloads the page) would show the page before the loaders have read the file, and
            // make the page miss our reload while it loads: held, and dropped if the loaders
            // are reloading (theirs follows when they are done, or this one is owed).
            setTimeout(() => {
              const state = live();
              if (state.busy > 0) state.owed = true;
              else clientSend(...args);
            }, HOLD_MS);
            return;
          }
          clientSend(...args);
        }) as typeof client.hot.send;
        const reload = () => clientSend({ type: 'full-reload', path: '*' });
        live().reload = reload;
        live().announce = () => {
          ours = true;
          try {
            for (const name of SERVER_ENVIRONMENTS) {
              server.environments[name]?.hot.send('astro:content-changed', {});
            }
          } finally {
            ours = false;
          }
          reload();
        };
      },
    },
  };
}
