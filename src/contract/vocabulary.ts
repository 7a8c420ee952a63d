/** A type guard for a closed vocabulary written as an `as const` list. */
export function guardFor<T>(list: readonly T[]): (value: unknown) => value is T {
  return (value: unknown): value is T => (list as readonly unknown[]).includes(value);
}
