/** Small wording helpers shared by pages and components. */

/** `1 claim`, `3 claims`; `many` defaults to `one` + "s". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
