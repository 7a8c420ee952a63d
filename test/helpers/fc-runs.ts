/**
 * How many cases a fast-check property runs: the test's own default, or `FC_RUNS` for all of them
 * (`FC_RUNS=20000 npx vitest run test/property` for a longer hunt, a small number for a quick try).
 */
export function fcRuns(byDefault: number): number {
  const runs = Number(process.env.FC_RUNS);
  return Number.isInteger(runs) && runs > 0 ? runs : byDefault;
}
