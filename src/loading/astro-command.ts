/**
 * Which Astro command this process runs (`dev`, `build`, `sync`, …), as Astro tells the config's
 * integrations (`astro.config.mjs` records it). The config and `src/content.config.ts` each have
 * their own copy of this module (Node's and Vite's), so the command is kept on `globalThis`.
 */
const KEY = Symbol.for('annotated-explainers.astro-command');

type Holder = Record<symbol, string | undefined>;

export function recordAstroCommand(command: string): void {
  (globalThis as Holder)[KEY] = command;
}

/** The command, or `undefined` outside an Astro command (a script importing the config). */
export const astroCommand = (): string | undefined => (globalThis as Holder)[KEY];
