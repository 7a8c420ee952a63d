/**
 * The dev server's browser reloads (`liveContentReload`): a reload sent on a save itself (after a
 * content error, Astro reloads the page on every file change) waits for the loaders, so the page
 * reloads once, with the saved file read, instead of once too early and then missing ours while
 * it loads. A fake server stands in for Astro's: what matters is what reaches the browser.
 */
import type { AstroIntegration } from 'astro';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  liveContentReload,
  publishCollection,
  reloadComing,
} from '../../src/loading/live-content.ts';

type Send = (...args: unknown[]) => void;
let toBrowser: unknown[][];
let client: { hot: { send: Send } };

beforeAll(() => {
  toBrowser = [];
  client = { hot: { send: (...args) => toBrowser.push(args) } };
  const server = {
    environments: {
      client,
      ssr: { hot: { send: () => {} } },
      prerender: { hot: { send: () => {} } },
    },
  };
  const setup = liveContentReload().hooks['astro:server:setup'] as NonNullable<
    AstroIntegration['hooks']['astro:server:setup']
  >;
  void setup({ server } as unknown as Parameters<typeof setup>[0]);
  vi.useFakeTimers();
});
afterEach(() => {
  toBrowser.length = 0;
});
afterAll(() => {
  vi.useRealTimers();
  // The state lives on globalThis: leave no fake server's reload behind for other files.
  const state = (globalThis as Record<symbol, { announce?: unknown; reload?: unknown }>)[
    Symbol.for('annotated-explainers.live-content')
  ]!;
  state.announce = undefined;
  state.reload = undefined;
});

const reloads = () =>
  toBrowser.filter(([payload]) => (payload as { type?: string }).type === 'full-reload');
let n = 0;
const newContent = () => publishCollection(`test-${(n += 1)}`, [{ id: 'a', data: { n } }]);

describe('browser reloads in the dev server', () => {
  it('holds a reload sent on a save while the loaders reload, and reloads once when they are done', () => {
    const done = reloadComing();
    client.hot.send({ type: 'full-reload', path: '*' }); // Astro's, on the save
    vi.advanceTimersByTime(1000);
    expect(reloads()).toEqual([]);
    newContent();
    expect(reloads()).toEqual([]); // still reloading
    done();
    expect(reloads()).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(reloads()).toHaveLength(1);
  });

  it('owes the held reload when the loaders bring nothing new', () => {
    const done = reloadComing();
    client.hot.send({ type: 'full-reload', path: '*' });
    vi.advanceTimersByTime(1000);
    done();
    expect(reloads()).toHaveLength(1);
  });

  it('passes a reload on when no loader is reloading (a change to the code)', () => {
    client.hot.send({ type: 'full-reload', path: '*' });
    expect(reloads()).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(reloads()).toHaveLength(1);
    // Anything else goes at once.
    client.hot.send({ type: 'update', updates: [] });
    expect(toBrowser).toHaveLength(2);
  });
});
