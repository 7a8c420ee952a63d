/**
 * Timestamps of the dev server's work after a save, for `npm run bench -- --only dev` (the
 * editor's loop): with `EXPLAINERS_DEV_TIMING` set, each mark prints one line with the wall-clock
 * time in milliseconds, which the bench puts beside the time it saved the file. Off otherwise.
 */
const on = Boolean(process.env.EXPLAINERS_DEV_TIMING);

/** Print `label` with the current time (epoch milliseconds), when timing is on. */
export function devMark(label: string): void {
  if (!on) return;
  console.log(`[dev-timing] ${(performance.timeOrigin + performance.now()).toFixed(1)} ${label}`);
}
