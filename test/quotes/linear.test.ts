/**
 * The quotation-mark scan is linear in the length of its text. Work is counted, not timed (a
 * verdict on speed would depend on the machine): every call of the character and apostrophe
 * helpers the scan reads the text through is counted, and halving the text must at least
 * halve the count (a quadratic scan would make it four times as large), with a bound per character.
 */
import { describe, expect, it, vi } from 'vitest';
import { findQuotes } from '../../src/quotes/marks/index.ts';
import { checkInvariants } from './scan-invariants.ts';

const counter = vi.hoisted(() => ({
  calls: 0,
  /** The module with each of its functions counting its calls. */
  counting<T extends object>(module: T): T {
    return Object.fromEntries(
      Object.entries(module).map(([name, value]) => [
        name,
        typeof value === 'function'
          ? (...args: unknown[]) => {
              counter.calls += 1;
              return (value as (...a: unknown[]) => unknown)(...args);
            }
          : value,
      ]),
    ) as T;
  },
}));

vi.mock('../../src/quotes/marks/characters.ts', async (original) =>
  counter.counting(await original<object>()),
);
vi.mock('../../src/quotes/marks/apostrophes.ts', async (original) =>
  counter.counting(await original<object>()),
);

/** Scan `text`, returning the scan and how many helper calls it took. */
function counted(text: string, lang = 'en') {
  counter.calls = 0;
  const scan = findQuotes(text, lang);
  return { scan, calls: counter.calls };
}

/** Helper calls per character of text that no linear scan needs more than. */
const PER_CHARACTER = 20;

describe('the scan does linear work', () => {
  it('counts its helpers (so the counts below measure something)', () => {
    expect(
      counted(`“Quote with ‘inner’ and it’s fine,” said the users' friend.`).calls,
    ).toBeGreaterThan(5);
  });

  it('scans a paragraph of 10,000 quotations, with work in proportion to its length', () => {
    const paragraph = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `“Quote ${i} with ‘inner’ and it’s fine,” said the users' friend.`,
      ).join(' ');
    const { scan, calls } = counted(paragraph(10_000));
    expect(scan.quotes).toHaveLength(20_000);
    expect(scan.unmatched).toEqual([]);
    expect(calls).toBeLessThanOrEqual(PER_CHARACTER * paragraph(10_000).length);
    expect(calls).toBeLessThanOrEqual(2.2 * counted(paragraph(5_000)).calls);
  });

  it('stays linear on pathological input', () => {
    const cases: Array<[string, (n: number) => string]> = [
      ['10,000 levels deep', (n) => '“'.repeat(n) + '”'.repeat(n)],
      ['nothing fits', (n) => '„'.repeat(n) + '»'],
      ['every closer searches', (n) => '‘'.repeat(n) + ' x ' + '”'.repeat(n)],
      ['plural possessives with single quotes open', (n) => `'a `.repeat(n) + `users' `.repeat(n)],
      ['one long run', (n) => '"'.repeat(n * 5)],
      ['digits before inch marks', (n) => `${'1'.repeat(n)}"`.repeat(20)],
      ['spaces before an apostrophe', (n) => ' '.repeat(n * 5) + "'x"],
    ];
    for (const [name, make] of cases) {
      const text = make(10_000);
      const { scan, calls } = counted(text);
      checkInvariants(text, scan);
      expect(calls, name).toBeLessThanOrEqual(PER_CHARACTER * text.length);
      expect(calls, name).toBeLessThanOrEqual(2.2 * counted(make(5_000)).calls + 100);
    }
  });
});
